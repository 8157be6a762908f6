import type { AnswerRecord, ContextWrite, PendingContext, Repository, StoredContext } from "./repository.js";

/**
 * The writes one update makes — its conversation context and answer records — held until the
 * update is handled, then committed in one transaction together with the update's "done" mark in
 * the inbox. After a crash an update is therefore either recorded and done, or still pending and
 * handled again; never recorded twice, never done without its record.
 */
export class UpdateWrites {
  private readonly contexts = new Map<string, PendingContext>();
  /** Revisions stored before this update, as read by getContext (saves a second read in saveContext). */
  private readonly storedRevisions = new Map<string, number>();
  private readonly answers: AnswerRecord[] = [];
  private committed = false;

  constructor(
    private readonly repo: Repository,
    private readonly updateId: number,
  ) {}

  /** The scope's context as this update left it, else as stored. */
  getContext(scopeKey: string): StoredContext | undefined {
    const pending = this.contexts.get(scopeKey);
    if (pending) return { kind: pending.kind, payload: pending.payload, revision: pending.revision, updatedAt: pending.updatedAt };
    const { current, revision } = this.repo.readContext(scopeKey);
    this.storedRevisions.set(scopeKey, revision);
    return current;
  }

  /**
   * Replaces the scope's context; returns the revision it will have (buttons carry it, so a press on
   * an older message is recognised). Updates of one scope run one at a time (createBot's
   * sequentialize), so reading the revision here cannot race another writer.
   */
  saveContext(scopeKey: string, value: ContextWrite, now = new Date()): number {
    const previous =
      this.contexts.get(scopeKey)?.revision ?? this.storedRevisions.get(scopeKey) ?? this.repo.readContext(scopeKey).revision;
    const revision = previous + 1;
    this.contexts.set(scopeKey, { ...value, revision, updatedAt: now });
    return revision;
  }

  recordAnswer(record: AnswerRecord): void {
    this.answers.push(record);
  }

  /** Writes everything and marks the update done, all or nothing. Only the first call writes. */
  commit(): void {
    if (this.committed) return;
    this.committed = true;
    this.repo.commitUpdate(this.updateId, [...this.contexts], this.answers);
  }
}
