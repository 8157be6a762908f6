import type { CalcParams } from "../calc/plan.js";
import type { StoredContext } from "../db/repository.js";
import type { BotContext } from "./context.js";

/** "а если…", "а у R1?", "and for…", "what about…": a message that changes part of the previous question. */
export const FOLLOW_UP = /^\s*(?:а|и|ну а|ну и|а вот|and|but|so|what about|how about|what if)(?![\p{L}])/iu;

/** A follow-up marker, or a message so short it can only refine the last one. */
export function looksLikeFollowUp(text: string, maxWords: number): boolean {
  return FOLLOW_UP.test(text) || text.trim().split(/\s+/).length <= maxWords;
}

/** What a follow-up can refer to. */
export type Conversation =
  { kind: "calc"; params: CalcParams } | { kind: "fact"; factId: string } | { kind: "compare"; subjects: [string, string] };

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
