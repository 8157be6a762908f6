import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/database.js";
import { answers, conversationContexts, inbox } from "../../src/db/schema.js";

/** Reads the tests make of what the bot stored; the bot itself never needs them. */
export function stored(db: Db) {
  return {
    answersForChat: (chatId: number) => db.select().from(answers).where(eq(answers.chatId, chatId)).orderBy(answers.id).all(),
    isDone: (updateId: number) =>
      db.select({ status: inbox.status }).from(inbox).where(eq(inbox.updateId, updateId)).get()?.status === "done",
    pendingUpdates: () =>
      db
        .select({ payload: inbox.payload })
        .from(inbox)
        .where(eq(inbox.status, "pending"))
        .orderBy(inbox.updateId)
        .all()
        .map((r) => r.payload),
    context: (scopeKey: string) => {
      const row = db.select().from(conversationContexts).where(eq(conversationContexts.scopeKey, scopeKey)).get();
      return row ? { kind: row.kind, payload: row.payload, revision: row.revision, updatedAt: row.updatedAt } : undefined;
    },
  };
}
