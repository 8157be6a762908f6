import type { CalcParams } from "../calc/plan.js";
import type { Measure } from "../knowledge/measures.js";
import type { ReadingContext } from "../knowledge/reader/reading.js";
import type { StoredContext } from "../db/repository.js";
import type { BotContext } from "./context.js";

/** What a follow-up can refer to: the last calculation, the last facts told (and what they were about), or the last comparison. */
export type Conversation =
  | { kind: "calc"; params: CalcParams }
  | { kind: "fact"; factId: string; subjects?: string[]; measure?: Measure; factIds?: string[] }
  | { kind: "compare"; subjects: [string, string]; measure?: Measure };

/** What the reader and planner need from the conversation to read a follow-up ("а у Gemini?", "and its parameters?"). */
export function readingContextOf(conversation: Conversation | undefined): ReadingContext | undefined {
  if (!conversation) return undefined;
  switch (conversation.kind) {
    case "fact":
      return { subjects: conversation.subjects ?? [], ...(conversation.measure ? { measure: conversation.measure } : {}), ask: "figure" };
    case "compare":
      return { subjects: [...conversation.subjects], measure: conversation.measure ?? "training_cost", ask: "compare" };
    case "calc":
      return { subjects: [], ask: "calc" };
  }
}

/** Private chats share one context; in groups each user has their own. */
export function scopeKey(ctx: BotContext): string | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  if (chat.type === "private" || chat.type === "channel") return `${chat.id}`;
  return ctx.from ? `${chat.id}:${ctx.from.id}` : `${chat.id}`;
}

export function loadConversation(ctx: BotContext): (Conversation & { revision: number }) | undefined {
  const key = scopeKey(ctx);
  const stored: StoredContext | undefined = key ? ctx.writes.getContext(key) : undefined;
  if (!stored) return undefined;
  return { ...(stored.payload as Conversation), kind: stored.kind, revision: stored.revision } as Conversation & { revision: number };
}

/** Saves the conversation's new state; returns its revision (0 when the update has no chat). */
export function saveConversation(ctx: BotContext, conversation: Conversation): number {
  const key = scopeKey(ctx);
  if (!key || !ctx.chat) return 0;
  const { kind, ...payload } = conversation;
  return ctx.writes.saveContext(key, { chatId: ctx.chat.id, userId: ctx.from?.id ?? null, kind, payload });
}
