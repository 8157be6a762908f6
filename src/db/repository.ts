import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { and, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Lang } from "../knowledge/schema.js";
import type { Db } from "./database.js";
import { CommitQueue } from "./commit-queue.js";
import type { ContextWrite } from "./update-writes.js";
import {
  answers,
  chatSettings,
  conversationContexts,
  facts,
  inbox,
  sources,
  userPreferences,
  type AnswerStatus,
  type ContextKind,
  type MatchRecord,
} from "./schema.js";

export interface AnswerRecord {
  updateId: number | null;
  /** Null for inline mode, where the chat is not known. */
  chatId: number | null;
  userId: number | null;
  messageId: number | null;
  question: string;
  lang: Lang;
  status: AnswerStatus;
  matches: MatchRecord[];
  factIds: string[];
  sourceIds: string[];
  replyText: string;
}

export interface ChatSettings {
  keywordMode: boolean;
  keywordIntervalMinutes: number;
}

export const DEFAULT_CHAT_SETTINGS: ChatSettings = { keywordMode: false, keywordIntervalMinutes: 10 };

export interface SyncReport {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/** Follow-ups refer to the last day of conversation at most. */
export const CONTEXT_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredContext {
  kind: ContextKind;
  payload: unknown;
  revision: number;
  updatedAt: Date;
}

const hashOf = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * The statements every update runs, in plain SQL on better-sqlite3. Through drizzle each cost
 * about 7 µs more than SQLite itself takes (parameter mapping per call), which under load was a
 * tenth of the bot's time per update. Values are stored as drizzle stores them (JSON text,
 * timestamps in ms), so the rest of the repository reads them through the schema as usual;
 * the tests read everything written here back through drizzle.
 */
function prepareHotStatements(sqlite: Database.Database) {
  return {
    userLang: sqlite.prepare("select lang from user_preferences where user_id = ?").pluck(),
    context: sqlite.prepare("select kind, payload, revision, updated_at from conversation_contexts where scope_key = ?"),
    contextRevision: sqlite.prepare("select revision from conversation_contexts where scope_key = ?").pluck(),
    saveContext: sqlite.prepare(
      `insert into conversation_contexts (scope_key, chat_id, user_id, kind, payload, revision, updated_at) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (scope_key) do update set chat_id = excluded.chat_id, user_id = excluded.user_id, kind = excluded.kind,
         payload = excluded.payload, revision = excluded.revision, updated_at = excluded.updated_at`,
    ),
    recordAnswer: sqlite.prepare(
      `insert into answers (update_id, chat_id, user_id, message_id, question, lang, status, matches, fact_ids, source_ids, reply_text, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    storeIncoming: sqlite.prepare(
      "insert into inbox (update_id, payload, status, received_at) values (?, ?, 'pending', ?) on conflict do nothing",
    ),
    inboxStatus: sqlite.prepare("select status from inbox where update_id = ?").pluck(),
    // Only a row the poller stored is marked: updates from tests or the terminal chat are not in the inbox.
    markHandled: sqlite.prepare("update inbox set status = 'done', payload = null where update_id = ?"),
    markDone: sqlite.prepare(
      "insert into inbox (update_id, payload, status, received_at) values (?, null, 'done', ?) on conflict (update_id) do update set status = 'done', payload = null",
    ),
  };
}

const answerRow = (r: AnswerRecord, at: Date) =>
  [
    r.updateId,
    r.chatId,
    r.userId,
    r.messageId,
    r.question,
    r.lang,
    r.status,
    JSON.stringify(r.matches),
    JSON.stringify(r.factIds),
    JSON.stringify(r.sourceIds),
    r.replyText,
    at.getTime(),
  ] as const;

/** All the bot's reads and writes, so features never build SQL themselves. */
export class Repository {
  private readonly hot: ReturnType<typeof prepareHotStatements>;
  private readonly commits: CommitQueue;

  constructor(private readonly db: Db) {
    this.hot = prepareHotStatements(db.$client);
    // better-sqlite3's own transaction function, made once: drizzle's builds a wrapper per call.
    const inTransaction = db.$client.transaction((work: () => void) => work());
    this.commits = new CommitQueue((work) => inTransaction(work));
  }

  getUserLang(userId: number): Lang | undefined {
    return this.hot.userLang.get(userId) as Lang | undefined;
  }

  setUserLang(userId: number, lang: Lang): void {
    const now = new Date();
    this.db
      .insert(userPreferences)
      .values({ userId, lang, updatedAt: now })
      .onConflictDoUpdate({ target: userPreferences.userId, set: { lang, updatedAt: now } })
      .run();
  }

  /** The scope's context if it is younger than a day; an expired one is deleted. */
  getContext(scopeKey: string, now = new Date()): StoredContext | undefined {
    return this.readContext(scopeKey, now).current;
  }

  /**
   * The scope's context if it is younger than a day (an expired one is deleted), and the last
   * revision stored, expired or not (0 if none), so a writer needs no second read to go past it.
   */
  readContext(scopeKey: string, now = new Date()): { current: StoredContext | undefined; revision: number } {
    const row = this.hot.context.get(scopeKey) as { kind: ContextKind; payload: string; revision: number; updated_at: number } | undefined;
    if (!row) return { current: undefined, revision: 0 };
    if (now.getTime() - row.updated_at > CONTEXT_TTL_MS) {
      this.db.delete(conversationContexts).where(eq(conversationContexts.scopeKey, scopeKey)).run();
      return { current: undefined, revision: row.revision };
    }
    const current = {
      kind: row.kind,
      payload: JSON.parse(row.payload) as unknown,
      revision: row.revision,
      updatedAt: new Date(row.updated_at),
    };
    return { current, revision: row.revision };
  }

  /** The scope's last revision, expired or not, so revisions only ever grow. */
  contextRevision(scopeKey: string): number | undefined {
    return this.hot.contextRevision.get(scopeKey) as number | undefined;
  }

  /**
   * One update's writes, all or nothing: its contexts (with the revisions UpdateWrites gave them),
   * its answer records, and its inbox row marked done. Resolves once committed (group commit: see
   * CommitQueue).
   */
  commitUpdate(
    updateId: number,
    contexts: [string, ContextWrite & { revision: number; updatedAt: Date }][],
    records: AnswerRecord[],
    now = new Date(),
  ): Promise<void> {
    return this.commits.add(() => {
      for (const [scopeKey, c] of contexts)
        this.hot.saveContext.run(scopeKey, c.chatId, c.userId, c.kind, JSON.stringify(c.payload), c.revision, c.updatedAt.getTime());
      for (const record of records) this.hot.recordAnswer.run(...answerRow(record, now));
      this.hot.markHandled.run(updateId);
    });
  }

  getChatSettings(chatId: number): ChatSettings {
    const row = this.db.select().from(chatSettings).where(eq(chatSettings.chatId, chatId)).get();
    return row ? { keywordMode: row.keywordMode, keywordIntervalMinutes: row.keywordIntervalMinutes } : { ...DEFAULT_CHAT_SETTINGS };
  }

  updateChatSettings(chatId: number, patch: Partial<ChatSettings>, now = new Date()): ChatSettings {
    const next = { ...this.getChatSettings(chatId), ...patch };
    this.db
      .insert(chatSettings)
      .values({ chatId, ...next, updatedAt: now })
      .onConflictDoUpdate({ target: chatSettings.chatId, set: { ...next, updatedAt: now } })
      .run();
    return next;
  }

  /**
   * Takes the group's keyword-mode slot if keyword mode is on and the interval has passed since
   * the last such reply. One UPDATE, so two concurrent messages cannot both take it.
   */
  claimKeywordSlot(chatId: number, now = new Date()): boolean {
    const result = this.db
      .update(chatSettings)
      .set({ lastKeywordReplyAt: now })
      .where(
        and(
          eq(chatSettings.chatId, chatId),
          eq(chatSettings.keywordMode, true),
          sql`(${chatSettings.lastKeywordReplyAt} is null or ${chatSettings.lastKeywordReplyAt} <= ${now.getTime()} - ${chatSettings.keywordIntervalMinutes} * 60000)`,
        ),
      )
      .run();
    return result.changes === 1;
  }

  /** A group became a supergroup: its settings, contexts and records move to the new id. */
  migrateChat(fromChatId: number, toChatId: number): void {
    this.db.transaction((tx) => {
      if (tx.select().from(chatSettings).where(eq(chatSettings.chatId, fromChatId)).get()) {
        tx.delete(chatSettings).where(eq(chatSettings.chatId, toChatId)).run();
        tx.update(chatSettings).set({ chatId: toChatId }).where(eq(chatSettings.chatId, fromChatId)).run();
      }
      for (const context of tx.select().from(conversationContexts).where(eq(conversationContexts.chatId, fromChatId)).all()) {
        const scopeKey = context.scopeKey.replace(/^-?\d+/, String(toChatId));
        tx.delete(conversationContexts).where(eq(conversationContexts.scopeKey, scopeKey)).run();
        tx.update(conversationContexts)
          .set({ chatId: toChatId, scopeKey })
          .where(eq(conversationContexts.scopeKey, context.scopeKey))
          .run();
      }
      tx.update(answers).set({ chatId: toChatId }).where(eq(answers.chatId, fromChatId)).run();
    });
  }

  /** Facts answered most often (the first fact of each answer), since a time if given. */
  topFacts(limit: number, since = 0): { factId: string; count: number }[] {
    return this.db
      .select({ factId: sql<string>`json_extract(${answers.factIds}, '$[0]')`, count: sql<number>`count(*)` })
      .from(answers)
      .where(and(eq(answers.status, "answered"), sql`json_array_length(${answers.factIds}) > 0`, sql`${answers.createdAt} >= ${since}`))
      .groupBy(sql`1`)
      .orderBy(sql`2 desc`, sql`1`)
      .limit(limit)
      .all();
  }

  /**
   * Stores fetched updates as pending, in one transaction; ones seen before are left as they are.
   * Returns the ids of those already handled (a re-delivery), so the poller needs no lookup for the rest.
   */
  storeIncoming(updates: { update_id: number }[], now = new Date()): Set<number> {
    const alreadyDone = new Set<number>();
    if (updates.length === 0) return alreadyDone;
    this.db.transaction(() => {
      for (const update of updates) {
        const stored = this.hot.storeIncoming.run(update.update_id, JSON.stringify(update), now.getTime()).changes === 1;
        if (!stored && this.isDone(update.update_id)) alreadyDone.add(update.update_id);
      }
    });
    return alreadyDone;
  }

  isDone(updateId: number): boolean {
    return this.hot.inboxStatus.get(updateId) === "done";
  }

  /** Marks an update handled and drops its payload; the id stays to recognise a re-delivery. */
  markDone(updateId: number, now = new Date()): void {
    this.hot.markDone.run(updateId, now.getTime());
  }

  pendingUpdates<T>(): T[] {
    return this.db
      .select({ payload: inbox.payload })
      .from(inbox)
      .where(eq(inbox.status, "pending"))
      .orderBy(inbox.updateId)
      .all()
      .map((r) => r.payload as T);
  }

  /** Forgets handled ids older than Telegram keeps undelivered updates (24 h), with a margin. */
  pruneInbox(now = new Date()): number {
    return this.db
      .delete(inbox)
      .where(and(eq(inbox.status, "done"), sql`${inbox.receivedAt} < ${now.getTime() - 3 * 24 * 3600 * 1000}`))
      .run().changes;
  }

  /** Deletes everything stored about a user; returns what was deleted, by kind. */
  forgetUser(userId: number): { answers: number; language: number; contexts: number } {
    return this.db.transaction((tx) => ({
      answers: tx.delete(answers).where(eq(answers.userId, userId)).run().changes,
      language: tx.delete(userPreferences).where(eq(userPreferences.userId, userId)).run().changes,
      contexts: tx
        .delete(conversationContexts)
        .where(sql`${conversationContexts.userId} = ${userId} or ${conversationContexts.scopeKey} = ${String(userId)}`)
        .run().changes,
    }));
  }

  /** For /stats: answers per day, the most asked facts, and the latest questions nobody could answer. */
  stats(
    days: number,
    now = new Date(),
  ): {
    perDay: { day: string; answered: number; unanswered: number }[];
    topFacts: { factId: string; count: number }[];
    unanswered: { question: string; at: Date }[];
  } {
    const since = now.getTime() - days * 24 * 3600 * 1000;
    const perDay = this.db
      .select({
        day: sql<string>`strftime('%Y-%m-%d', ${answers.createdAt} / 1000, 'unixepoch')`,
        answered: sql<number>`sum(case when ${answers.status} = 'answered' then 1 else 0 end)`,
        unanswered: sql<number>`sum(case when ${answers.status} != 'answered' then 1 else 0 end)`,
      })
      .from(answers)
      .where(sql`${answers.createdAt} >= ${since}`)
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .all();
    const topFacts = this.topFacts(5, since);
    const unanswered = this.db
      .select({ question: answers.question, at: answers.createdAt })
      .from(answers)
      .where(and(eq(answers.status, "unanswered"), sql`${answers.createdAt} >= ${since}`))
      .orderBy(desc(answers.id))
      .limit(10)
      .all();
    return { perDay, topFacts, unanswered };
  }

  recordAnswer(record: AnswerRecord): number {
    return Number(this.hot.recordAnswer.run(...answerRow(record, new Date())).lastInsertRowid);
  }

  /** The chat's last answer that cited any source: its sources and the facts it told. */
  lastCitedAnswer(chatId: number): { sourceIds: string[]; factIds: string[] } | undefined {
    return this.db
      .select({ sourceIds: answers.sourceIds, factIds: answers.factIds })
      .from(answers)
      .where(and(eq(answers.chatId, chatId), ne(answers.sourceIds, [])))
      .orderBy(desc(answers.id))
      .limit(1)
      .get();
  }

  answersForChat(chatId: number) {
    return this.db.select().from(answers).where(eq(answers.chatId, chatId)).orderBy(answers.id).all();
  }

  /**
   * Mirrors the knowledge base into the database. Rows are compared by content hash, so a
   * second run with the same data writes nothing; facts and sources gone from the code are removed.
   */
  syncKnowledgeBase(kb: KnowledgeBase): SyncReport {
    const report: SyncReport = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
    this.db.transaction((tx) => {
      const existingSources = new Map(
        tx
          .select({ id: sources.id, hash: sources.contentHash })
          .from(sources)
          .all()
          .map((r) => [r.id, r.hash]),
      );
      for (const source of kb.sources) {
        const contentHash = hashOf(source);
        const previous = existingSources.get(source.id);
        if (previous === contentHash) {
          report.unchanged++;
          continue;
        }
        const row = { ...source, contentHash };
        tx.insert(sources).values(row).onConflictDoUpdate({ target: sources.id, set: row }).run();
        report[previous === undefined ? "inserted" : "updated"]++;
      }

      const existingFacts = new Map(
        tx
          .select({ id: facts.id, hash: facts.contentHash })
          .from(facts)
          .all()
          .map((r) => [r.id, r.hash]),
      );
      for (const fact of kb.facts) {
        const contentHash = hashOf(fact);
        const previous = existingFacts.get(fact.id);
        if (previous === contentHash) {
          report.unchanged++;
          continue;
        }
        const row = {
          id: fact.id,
          subject: fact.subject,
          metric: fact.metric,
          value: fact.value ?? null,
          unit: fact.unit ?? null,
          claimType: fact.claimType,
          asOf: fact.asOf,
          topic: fact.topic,
          sourceIds: fact.sourceIds,
          body: fact,
          contentHash,
        };
        tx.insert(facts).values(row).onConflictDoUpdate({ target: facts.id, set: row }).run();
        report[previous === undefined ? "inserted" : "updated"]++;
      }

      const factIds = kb.facts.map((f) => f.id);
      const sourceIds = kb.sources.map((s) => s.id);
      report.deleted += tx.delete(facts).where(notInArray(facts.id, factIds)).run().changes;
      report.deleted += tx.delete(sources).where(notInArray(sources.id, sourceIds)).run().changes;
    });
    return report;
  }
}
