import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { LANGS } from "../langs.js";

/** Copies of the knowledge base, synced at start so answers can be joined with what they cited. */
export const sources = sqliteTable("sources", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  publisher: text("publisher").notNull(),
  url: text("url"),
  date: text("date"),
  contentHash: text("content_hash").notNull(),
});

export const facts = sqliteTable("facts", {
  id: text("id").primaryKey(),
  subject: text("subject").notNull(),
  metric: text("metric").notNull(),
  value: real("value"),
  unit: text("unit"),
  claimType: text("claim_type").notNull(),
  asOf: text("as_of"),
  topic: text("topic").notNull(),
  sourceIds: text("source_ids", { mode: "json" }).$type<string[]>().notNull(),
  /** The whole fact as validated, so the database alone can say what was answered. */
  body: text("body", { mode: "json" }).notNull(),
  contentHash: text("content_hash").notNull(),
});

export const userPreferences = sqliteTable("user_preferences", {
  userId: integer("user_id").primaryKey(),
  lang: text("lang", { enum: LANGS }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** `unsure`: answered, but the reader was not sure of its reading (a typo-corrected name, an assumed measure). */
export type AnswerStatus = "answered" | "unsure" | "ambiguous" | "unanswered";
/** What kind of answer a reply was (see src/knowledge/reader/plan.ts). */
export type AnswerOutcome =
  | "answer"
  | "check"
  | "explain"
  | "compare"
  | "calc"
  | "ranking"
  | "missing_measure"
  | "not_in_data"
  | "clarify"
  | "dont_know"
  | "offtopic";
/** The reading behind an answer, as stored. */
export interface StoredReading {
  ask: string;
  lang: string;
  subjects: string[];
  measure: string | null;
  figures: { value: number; unit: string; bound: string }[];
  unsure: boolean;
}
export interface MatchRecord {
  factId: string;
  score: number;
}

/** Every reply to a question, with what it cited; unanswered questions are kept to grow the knowledge base. */
export const answers = sqliteTable(
  "answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    updateId: integer("update_id"),
    /** Null for an inline-mode answer: Telegram does not say which chat it was sent to. */
    chatId: integer("chat_id"),
    userId: integer("user_id"),
    messageId: integer("message_id"),
    question: text("question").notNull(),
    lang: text("lang", { enum: LANGS }).notNull(),
    status: text("status").$type<AnswerStatus>().notNull(),
    /** Candidates the matcher weighed, best first, with scores. */
    matches: text("matches", { mode: "json" }).$type<MatchRecord[]>().notNull(),
    /** Facts the reply actually told (the answer and the facts told with it). */
    factIds: text("fact_ids", { mode: "json" }).$type<string[]>().notNull(),
    sourceIds: text("source_ids", { mode: "json" }).$type<string[]>().notNull(),
    replyText: text("reply_text").notNull(),
    /** What kind of answer it was; null for records made before the reader. */
    outcome: text("outcome").$type<AnswerOutcome>(),
    /** For a claim check: confirmed, roughly_right, misleading, wrong or not_verifiable. */
    verdict: text("verdict"),
    reading: text("reading", { mode: "json" }).$type<StoredReading>(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("answers_chat_idx").on(t.chatId, t.id), index("answers_user_idx").on(t.userId)],
);

export type ContextKind = "calc" | "fact" | "compare";

/**
 * What the conversation is about, for follow-ups ("а если 4096 GPU?"): per chat in private
 * chats, per user in groups. `revision` grows on every change, so a button from an older
 * answer can be told apart from one under the latest answer.
 */
export const conversationContexts = sqliteTable("conversation_contexts", {
  scopeKey: text("scope_key").primaryKey(),
  chatId: integer("chat_id").notNull(),
  userId: integer("user_id"),
  kind: text("kind").$type<ContextKind>().notNull(),
  payload: text("payload", { mode: "json" }).$type<unknown>().notNull(),
  revision: integer("revision").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * One row: the hash of the knowledge base last synced into `facts` and `sources` (src/knowledge/snapshot.ts,
 * knowledgeDataHash). A start with the same hash skips the sync, one read instead of hashing every fact.
 */
export const knowledgeSync = sqliteTable("knowledge_sync", {
  id: integer("id").primaryKey(),
  dataHash: text("data_hash").notNull(),
  syncedAt: integer("synced_at", { mode: "timestamp_ms" }).notNull(),
});

/** Per-group settings; a group without a row has the defaults. */
export const chatSettings = sqliteTable("chat_settings", {
  chatId: integer("chat_id").primaryKey(),
  /** Answer messages that clearly ask about AI costs even without a mention (off by default). */
  keywordMode: integer("keyword_mode", { mode: "boolean" }).notNull().default(false),
  keywordIntervalMinutes: integer("keyword_interval_minutes").notNull().default(10),
  lastKeywordReplyAt: integer("last_keyword_reply_at", { mode: "timestamp_ms" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Updates as they arrive from getUpdates, stored before Telegram is told they were received
 * (the next getUpdates confirms them). An update is "done" once handled; after a crash the
 * pending ones are handled at start, and re-delivered done ones are skipped.
 */
export const inbox = sqliteTable("inbox", {
  updateId: integer("update_id").primaryKey(),
  payload: text("payload", { mode: "json" }).$type<unknown>(),
  status: text("status", { enum: ["pending", "done"] }).notNull(),
  receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * The Bank of Russia's official daily rates as fetched from its feed, one row per date the rates are for.
 * Answers convert with the latest row; the stored rate in the knowledge base is the fallback when there is none.
 */
export const fxRates = sqliteTable("fx_rates", {
  /** The date the rates are set for (YYYY-MM-DD), as the feed gives it. */
  date: text("date").primaryKey(),
  /** Roubles per US dollar and per euro. */
  usdRub: real("usd_rub").notNull(),
  eurRub: real("eur_rub").notNull(),
  /** When it was fetched: the feed is asked at most once a day. */
  fetchedAt: integer("fetched_at", { mode: "timestamp_ms" }).notNull(),
});

/** One row the health check writes, to prove the database takes writes. */
export const heartbeat = sqliteTable("heartbeat", {
  id: integer("id").primaryKey(),
  at: integer("at", { mode: "timestamp_ms" }).notNull(),
});
