interface Pending {
  write: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the writes of updates that finish in the same turn of the event loop go to SQLite
 * in one transaction. A commit costs far more than the few rows an update writes, and under load
 * many updates finish together. If any write fails, the whole batch rolls back and each write is
 * then committed in a transaction of its own, so a failing write rejects alone and the others still
 * land (failures are rare, so the common path carries no savepoint per write). Nobody waits longer
 * than one turn.
 */
export class CommitQueue {
  private pending: Pending[] = [];
  private scheduled = false;

  /** `transaction` runs a function in a transaction of its own: all or nothing. */
  constructor(private readonly transaction: (work: () => void) => void) {}

  /** Resolves once `write` is committed; rejects with its error if it failed. */
  add(write: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 1) {
      try {
        this.transaction(() => {
          for (const item of batch) item.write();
        });
        for (const item of batch) item.resolve();
        return;
      } catch {
        // Rolled back as a whole; find the failing write(s) one by one below.
      }
    }
    for (const item of batch) {
      try {
        this.transaction(item.write);
        item.resolve();
      } catch (error) {
        item.reject(error);
      }
    }
  }
}
