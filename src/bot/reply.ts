import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { AnswerOutcome, AnswerStatus, MatchRecord, StoredReading } from "../db/schema.js";
import type { Reading } from "../knowledge/reader/reading.js";
import type { Fact } from "../knowledge/schema.js";
import { callback } from "./callbacks.js";
import type { BotContext } from "./context.js";
import { factLabel, packMessages } from "./render.js";

/**
 * Sends HTML blocks as one or more messages within Telegram's limit. The keyboard goes on the
 * last message; link previews are off because answers cite several links.
 */
export async function sendHtml(ctx: BotContext, blocks: string[], keyboard?: InlineKeyboardMarkup): Promise<void> {
  const messages = packMessages(blocks);
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

/** One button per fact, each on its own row, labelled with the question it answers. */
export function factKeyboard(facts: Fact[], ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const fact of facts) keyboard.text(factLabel(fact, ctx.lang, 60, ctx.deps.kb), callback.fact(fact.id)).row();
  return keyboard;
}

export interface AnswerLog {
  question: string;
  status: AnswerStatus;
  matches: MatchRecord[];
  factIds: string[];
  sourceIds: string[];
  replyText: string;
  outcome?: AnswerOutcome | null;
  verdict?: string | null;
  reading?: StoredReading | null;
}

/**
 * The reader was not sure: a name typo-corrected, a measure assumed rather than said, words it did not
 * know beside what it found. /stats counts these so a curator can look at them.
 */
export function isUnsure(reading: Reading): boolean {
  return (
    reading.subjects.some((s) => s.candidates.length > 1) ||
    (!reading.measureSaid && reading.ask === "figure") ||
    (reading.unknownWords.length > 0 && reading.subjects.length > 0)
  );
}

/** What the reading was, as stored with the answer (for /stats and for tuning). */
function readingRecord(reading: Reading | undefined): StoredReading | null {
  if (!reading) return null;
  return {
    ask: reading.ask,
    lang: reading.lang,
    subjects: reading.subjects.map((s) => s.id),
    measure: reading.measure ?? null,
    figures: reading.figures.map((f) => ({ value: f.value, unit: f.unit, bound: f.bound })),
    unsure: isUnsure(reading),
  };
}

/** Stores what was asked and what the bot answered with (and what it read), for /sources and for the record. */
export function recordAnswer(ctx: BotContext, log: AnswerLog): void {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  ctx.writes.recordAnswer({
    updateId: ctx.update.update_id,
    chatId,
    userId: ctx.from?.id ?? null,
    messageId: ctx.msg?.message_id ?? null,
    lang: ctx.lang,
    reading: readingRecord(ctx.reading),
    ...log,
  });
}
