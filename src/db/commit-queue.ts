interface Pending {
  write: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the writes of updates that finish in the same turn of the event loop go to SQLite
 * in one transaction, each inside its own savepoint. A commit costs far more than the few rows an
 * update writes, and under load many updates finish together. A write that fails rolls back to its
 * savepoint and rejects alone; the others still commit. Nobody waits longer than one turn.
 */
export class CommitQueue {
  private pending: Pending[] = [];
  private scheduled = false;

  /** `transaction` runs a function in a transaction; called inside one, it must use a savepoint (better-sqlite3's do). */
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
    const failed = new Map<Pending, unknown>();
    try {
      this.transaction(() => {
        for (const item of batch) {
          try {
            // Nested: a savepoint inside the outer transaction.
            this.transaction(item.write);
          } catch (error) {
            failed.set(item, error);
          }
        }
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const item of batch) {
      if (failed.has(item)) item.reject(failed.get(item));
      else item.resolve();
    }
  }
}
