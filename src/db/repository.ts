import { hash } from "node:crypto";
import { and, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { knowledgeDataHash } from "../knowledge/snapshot.js";
import type { Lang } from "../knowledge/schema.js";
import type { Db } from "./database.js";
import {
  answers,
  chatSettings,
  conversationContexts,
  fxRates,
  heartbeat,
  inbox,
  knowledgeSync,
  userPreferences,
  type AnswerOutcome,
  type AnswerStatus,
  type StoredReading,
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
  outcome?: AnswerOutcome | null;
  verdict?: string | null;
  reading?: StoredReading | null;
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

/** The content hash of a row's JSON. */
const hashOf = (json: string): string => hash("sha256", json);

/** A conversation context as an update leaves it, before it is written. */
export interface ContextWrite {
  chatId: number;
  userId: number | null;
  kind: ContextKind;
  payload: unknown;
}

export interface PendingContext extends ContextWrite {
  revision: number;
  updatedAt: Date;
}

const p = sql.placeholder;
/** On a conflict, the row being inserted wins: `excluded.<column>` for each of the table's columns given. */
const excluded = <T extends SQLiteTable, K extends keyof T["_"]["columns"] & string>(table: T, ...keys: K[]) =>
  Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded.${getTableColumns(table)[key]!.name}`)])) as Record<K, SQL>;

/**
 * The reads and writes every update makes, prepared once: drizzle builds and better-sqlite3 compiles each
 * statement at start instead of per update (built per call they cost ~0.2 ms of an update's ~0.7 ms).
 */
function prepareStatements(db: Db) {
  return {
    saveContext: db
      .insert(conversationContexts)
      .values({
        scopeKey: p("scopeKey"),
        chatId: p("chatId"),
        userId: p("userId"),
        kind: p("kind"),
        payload: p("payload"),
        revision: p("revision"),
        updatedAt: p("updatedAt"),
      })
      .onConflictDoUpdate({
        target: conversationContexts.scopeKey,
        set: excluded(conversationContexts, "chatId", "userId", "kind", "payload", "revision", "updatedAt"),
      })
      .prepare(),
    recordAnswer: db
      .insert(answers)
      .values({
        updateId: p("updateId"),
        chatId: p("chatId"),
        userId: p("userId"),
        messageId: p("messageId"),
        question: p("question"),
        lang: p("lang"),
        status: p("status"),
        matches: p("matches"),
        factIds: p("factIds"),
        sourceIds: p("sourceIds"),
        replyText: p("replyText"),
        outcome: p("outcome"),
        verdict: p("verdict"),
        reading: p("reading"),
        createdAt: p("createdAt"),
      })
      .prepare(),
    markDone: db
      .update(inbox)
      .set({ status: "done", payload: null })
      .where(eq(inbox.updateId, p("updateId")))
      .prepare(),
    userLang: db
      .select({ lang: userPreferences.lang })
      .from(userPreferences)
      .where(eq(userPreferences.userId, sql.placeholder("userId")))
      .prepare(),
    context: db
      .select()
      .from(conversationContexts)
      .where(eq(conversationContexts.scopeKey, sql.placeholder("scopeKey")))
      .prepare(),
  };
}

/** All the bot's reads and writes, so features never build SQL themselves. */
export class Repository {
  private readonly reads: ReturnType<typeof prepareStatements>;

  constructor(private readonly db: Db) {
    this.reads = prepareStatements(db);
  }

  getUserLang(userId: number): Lang | undefined {
    return this.reads.userLang.get({ userId })?.lang;
  }

  setUserLang(userId: number, lang: Lang): void {
    const now = new Date();
    this.db
      .insert(userPreferences)
      .values({ userId, lang, updatedAt: now })
      .onConflictDoUpdate({ target: userPreferences.userId, set: { lang, updatedAt: now } })
      .run();
  }

  /**
   * The scope's context if it is younger than a day (an expired one is deleted), and the last
   * revision stored, expired or not (0 if none), so a writer needs no second read to go past it.
   */
  readContext(scopeKey: string, now = new Date()): { current: StoredContext | undefined; revision: number } {
    const row = this.reads.context.get({ scopeKey });
    if (!row) return { current: undefined, revision: 0 };
    if (now.getTime() - row.updatedAt.getTime() > CONTEXT_TTL_MS) {
      this.db.delete(conversationContexts).where(eq(conversationContexts.scopeKey, scopeKey)).run();
      return { current: undefined, revision: row.revision };
    }
    const current = { kind: row.kind, payload: row.payload, revision: row.revision, updatedAt: row.updatedAt };
    return { current, revision: row.revision };
  }

  /**
   * One update's writes in one transaction, all or nothing: its contexts (with the revisions
   * UpdateWrites gave them), its answer records, and its inbox row marked done. Only a row the poller
   * stored is marked: updates from tests or the terminal chat are not in the inbox.
   */
  commitUpdate(updateId: number, contexts: [string, PendingContext][], records: AnswerRecord[], now = new Date()): void {
    const { saveContext, recordAnswer, markDone } = this.reads;
    this.db.transaction(() => {
      for (const [scopeKey, c] of contexts)
        saveContext.run({
          scopeKey,
          chatId: c.chatId,
          userId: c.userId,
          kind: c.kind,
          payload: c.payload,
          revision: c.revision,
          updatedAt: c.updatedAt,
        });
      for (const r of records) recordAnswer.run({ outcome: null, verdict: null, reading: null, ...r, createdAt: now });
      markDone.run({ updateId });
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
      .where(
        and(
          inArray(answers.status, ["answered", "unsure"]),
          sql`json_array_length(${answers.factIds}) > 0`,
          sql`${answers.createdAt} >= ${since}`,
        ),
      )
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
    this.db.transaction((tx) => {
      for (const update of updates) {
        const inserted = tx
          .insert(inbox)
          .values({ updateId: update.update_id, payload: update, status: "pending", receivedAt: now })
          .onConflictDoNothing()
          .run();
        if (inserted.changes === 1) continue;
        const previous = tx.select({ status: inbox.status }).from(inbox).where(eq(inbox.updateId, update.update_id)).get();
        if (previous?.status === "done") alreadyDone.add(update.update_id);
      }
    });
    return alreadyDone;
  }

  /** Marks an update handled and drops its payload; the id stays to recognise a re-delivery. */
  markDone(updateId: number, now = new Date()): void {
    this.db
      .insert(inbox)
      .values({ updateId, payload: null, status: "done", receivedAt: now })
      .onConflictDoUpdate({ target: inbox.updateId, set: { status: "done", payload: null } })
      .run();
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

  /** True once the update is handled (its answer recorded), false while pending or unknown. */
  isDone(updateId: number): boolean {
    return this.db.select({ status: inbox.status }).from(inbox).where(eq(inbox.updateId, updateId)).get()?.status === "done";
  }

  /** Updates stored but not yet handled. */
  pendingCount(): number {
    return (
      this.db
        .select({ n: sql<number>`count(*)` })
        .from(inbox)
        .where(eq(inbox.status, "pending"))
        .get()?.n ?? 0
    );
  }

  /** For the health check: one small committed write, which fails if the database cannot be written. */
  touchHeartbeat(now = new Date()): void {
    this.db
      .insert(heartbeat)
      .values({ id: 1, at: now })
      .onConflictDoUpdate({ target: heartbeat.id, set: { at: now } })
      .run();
  }

  /** The latest stored official rates (by the date they are for), if any. */
  latestFxRates(): { date: string; usdRub: number; eurRub: number; fetchedAt: Date } | undefined {
    return this.db.select().from(fxRates).orderBy(desc(fxRates.date)).limit(1).get();
  }

  /** When the feed was last fetched successfully, whatever date its rates are for. */
  lastFxFetch(): Date | undefined {
    return this.db.select({ at: fxRates.fetchedAt }).from(fxRates).orderBy(desc(fxRates.fetchedAt)).limit(1).get()?.at;
  }

  saveFxRates(rates: { date: string; usdRub: number; eurRub: number }, now = new Date()): void {
    const row = { ...rates, fetchedAt: now };
    this.db.insert(fxRates).values(row).onConflictDoUpdate({ target: fxRates.date, set: row }).run();
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
    perDay: { day: string; answered: number; unsure: number; unanswered: number }[];
    topFacts: { factId: string; count: number }[];
    unanswered: { question: string; at: Date }[];
    /** Answered, but the reader was not sure of its reading, or asked "did you mean". */
    unsure: { question: string; at: Date }[];
  } {
    const since = now.getTime() - days * 24 * 3600 * 1000;
    const perDay = this.db
      .select({
        day: sql<string>`strftime('%Y-%m-%d', ${answers.createdAt} / 1000, 'unixepoch')`,
        answered: sql<number>`sum(case when ${answers.status} = 'answered' then 1 else 0 end)`,
        unsure: sql<number>`sum(case when ${answers.status} in ('unsure', 'ambiguous') then 1 else 0 end)`,
        unanswered: sql<number>`sum(case when ${answers.status} = 'unanswered' then 1 else 0 end)`,
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
    const unsure = this.db
      .select({ question: answers.question, at: answers.createdAt })
      .from(answers)
      .where(and(inArray(answers.status, ["unsure", "ambiguous"]), sql`${answers.createdAt} >= ${since}`))
      .orderBy(desc(answers.id))
      .limit(10)
      .all();
    return { perDay, topFacts, unanswered, unsure };
  }

  /** The chat's last answer that cited any source: its sources and the facts it told. */
  lastCitedAnswer(chatId: number): { sourceIds: string[]; factIds: string[]; lang: Lang } | undefined {
    return this.db
      .select({ sourceIds: answers.sourceIds, factIds: answers.factIds, lang: answers.lang })
      .from(answers)
      .where(and(eq(answers.chatId, chatId), ne(answers.sourceIds, [])))
      .orderBy(desc(answers.id))
      .limit(1)
      .get();
  }

  /**
   * Mirrors the knowledge base into the database. While its hash (knowledgeDataHash) is the one stored by the last
   * sync, that one read is all. Otherwise rows are compared by content hash, so only what changed is written, and
   * facts and sources gone from the data are removed; all in one transaction with prepared statements (a first
   * start writes ~3,100 rows).
   */
  syncKnowledgeBase(kb: KnowledgeBase): SyncReport {
    const dataHash = knowledgeDataHash(kb);
    const stored = this.db.select({ dataHash: knowledgeSync.dataHash }).from(knowledgeSync).where(eq(knowledgeSync.id, 1)).get();
    if (stored?.dataHash === dataHash) return { inserted: 0, updated: 0, deleted: 0, unchanged: kb.facts.length + kb.sources.length };

    const report: SyncReport = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
    // Plain SQL on better-sqlite3: drizzle's mapping of each row's values cost more than the inserts themselves,
    // and a fact's JSON is then made once, for its hash and its body both. db.test.ts reads the rows back through drizzle.
    const sqlite = this.db.$client;
    const upsertSource = sqlite.prepare(
      `insert into sources (id, title, publisher, url, date, content_hash) values (?, ?, ?, ?, ?, ?)
       on conflict (id) do update set title = excluded.title, publisher = excluded.publisher, url = excluded.url,
         date = excluded.date, content_hash = excluded.content_hash`,
    );
    const upsertFact = sqlite.prepare(
      `insert into facts (id, subject, metric, value, unit, claim_type, as_of, topic, source_ids, body, content_hash)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do update set subject = excluded.subject, metric = excluded.metric, value = excluded.value,
         unit = excluded.unit, claim_type = excluded.claim_type, as_of = excluded.as_of, topic = excluded.topic,
         source_ids = excluded.source_ids, body = excluded.body, content_hash = excluded.content_hash`,
    );
    const hashes = (table: "facts" | "sources") =>
      new Map(sqlite.prepare(`select id, content_hash from ${table}`).raw().all() as [string, string][]);
    /** Rows whose id is not in the list, the list passed as one JSON parameter. */
    const deleteOthers = (table: "facts" | "sources", ids: string[]) =>
      sqlite.prepare(`delete from ${table} where id not in (select value from json_each(?))`).run(JSON.stringify(ids)).changes;
    sqlite.transaction(() => {
      const existingSources = hashes("sources");
      for (const source of kb.sources) {
        const contentHash = hashOf(JSON.stringify(source));
        const previous = existingSources.get(source.id);
        if (previous === contentHash) {
          report.unchanged++;
          continue;
        }
        upsertSource.run(source.id, source.title, source.publisher, source.url, source.date, contentHash);
        report[previous === undefined ? "inserted" : "updated"]++;
      }

      const existingFacts = hashes("facts");
      for (const fact of kb.facts) {
        const body = JSON.stringify(fact);
        const contentHash = hashOf(body);
        const previous = existingFacts.get(fact.id);
        if (previous === contentHash) {
          report.unchanged++;
          continue;
        }
        const { id, subject, metric, value, unit, claimType, asOf, topic, sourceIds } = fact;
        upsertFact.run(
          id,
          subject,
          metric,
          value ?? null,
          unit ?? null,
          claimType,
          asOf,
          topic,
          JSON.stringify(sourceIds),
          body,
          contentHash,
        );
        report[previous === undefined ? "inserted" : "updated"]++;
      }

      report.deleted += deleteOthers(
        "facts",
        kb.facts.map((f) => f.id),
      );
      report.deleted += deleteOthers(
        "sources",
        kb.sources.map((s) => s.id),
      );
      const row = { id: 1, dataHash, syncedAt: new Date() };
      this.db.insert(knowledgeSync).values(row).onConflictDoUpdate({ target: knowledgeSync.id, set: row }).run();
    })();
    return report;
  }
}
