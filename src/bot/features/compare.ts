import { Composer, InlineKeyboard, InputFile } from "grammy";
import { compare, comparableSubjects, isComparable } from "../../knowledge/compare.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { saveConversation } from "../conversation.js";
import { renderComparison } from "../render-compare.js";
import { recordAnswer, sendHtml } from "../reply.js";

/** Telegram's limit for a photo caption. */
export const CAPTION_LIMIT = 1024;
/** The pair people mean when they name one model: DeepSeek against GPT-4. */
const DEFAULT_PARTNER = "gpt-4";
const DEFAULT_FOR_GPT4 = "deepseek-v3";

const POPULAR: [string, string][] = [
  ["deepseek-v3", "gpt-4"],
  ["deepseek-r1", "gpt-4"],
  ["deepseek-v3", "llama-3.1-405b"],
  ["gpt-4", "gemini-ultra"],
];

export const compareFeature = new Composer<BotContext>();

function knownNames(ctx: BotContext): string {
  return comparableSubjects(ctx.deps.kb).join(", ");
}

function pairKeyboard(ctx: BotContext, exclude?: [string, string]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const name = (id: string) => ctx.deps.kb.subjectById.get(id)?.name[ctx.lang] ?? id;
  for (const [a, b] of POPULAR) {
    if (exclude && exclude[0] === a && exclude[1] === b) continue;
    keyboard.text(ctx.t.compare.pair(name(a), name(b)), callback.compare(a, b)).row();
  }
  return keyboard;
}

/** Resolves what the user named into a pair, or answers why it cannot. Returns undefined when answered. */
async function resolvePair(ctx: BotContext, text: string): Promise<[string, string] | undefined> {
  const m = ctx.t.compare;
  let mentions = ctx.deps.subjects.find(text);
  // "/compare deepseek r1" names two models, even though "deepseek r1" is also R1's full name.
  const wordByWord = text.split(/\s+/).flatMap((word) => ctx.deps.subjects.find(word));
  if (new Set(wordByWord.map((m) => m.subjectId)).size > new Set(mentions.map((m) => m.subjectId)).size) mentions = wordByWord;
  const named = [...new Set(mentions.map((m) => m.subjectId))];
  if (mentions.length >= 2 && named.length === 1) {
    await ctx.reply(m.same);
    return undefined;
  }
  if (named.length === 0) {
    await ctx.reply(m.unknown(knownNames(ctx)));
    return undefined;
  }
  const notComparable = named.find((id) => !isComparable(ctx.deps.kb, id));
  if (notComparable) {
    await ctx.reply(m.notComparable(ctx.deps.kb.subjectById.get(notComparable)?.name[ctx.lang] ?? notComparable, knownNames(ctx)));
    return undefined;
  }
  const [first, second] = named as [string, string | undefined];
  return [first, second ?? defaultPartner(first)];
}

/** Who a model is compared with when only one is named: GPT-4, and DeepSeek V3 for GPT-4 itself. */
export function defaultPartner(subjectId: string): string {
  return subjectId === DEFAULT_PARTNER ? DEFAULT_FOR_GPT4 : DEFAULT_PARTNER;
}

/** The leading blocks that fit in a caption, and the rest for the follow-up message. */
export function splitCaption(blocks: string[], limit: number): { caption: string; remaining: string[] } {
  let caption = "";
  let taken = 0;
  for (const block of blocks) {
    const next = caption ? `${caption}\n\n${block}` : block;
    if (next.length > limit) break;
    caption = next;
    taken++;
  }
  return { caption, remaining: blocks.slice(taken) };
}

/** Sends the comparison: the chart as a photo with the start of the answer as caption, the rest after it. */
export async function answerComparison(ctx: BotContext, a: string, b: string, question: string): Promise<void> {
  if (a === b) return void (await ctx.reply(ctx.t.compare.same));
  const rendered = renderComparison(ctx.deps.kb, compare(ctx.deps.kb, a, b), ctx.lang);
  const keyboard = pairKeyboard(ctx, [a, b]).text(ctx.t.common.sourcesButton, callback.sources());

  let photo: Buffer | undefined;
  try {
    photo = rendered.bars.length
      ? await ctx.deps.renderChart({ title: rendered.chartTitle, subtitle: rendered.chartSubtitle, bars: rendered.bars })
      : undefined;
  } catch (error) {
    ctx.log.warn({ err: error }, "chart rendering failed; sending text only");
  }

  let rest = rendered.blocks;
  if (photo) {
    const { caption, remaining } = splitCaption(rendered.blocks, CAPTION_LIMIT);
    try {
      await ctx.replyWithPhoto(new InputFile(photo, "compare.png"), caption ? { caption, parse_mode: "HTML" } : {});
      rest = remaining;
    } catch (error) {
      ctx.log.warn({ err: error }, "sending the chart failed; sending text only");
    }
  }
  if (rest.length) await sendHtml(ctx, rest, keyboard);
  saveConversation(ctx, { kind: "compare", subjects: [a, b] });
  recordAnswer(ctx, {
    question,
    status: "answered",
    matches: [],
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
    replyText: rendered.blocks.join("\n\n"),
  });
}

compareFeature.command("compare", async (ctx) => {
  const args = ctx.match.trim();
  if (!args) return void (await ctx.reply(ctx.t.compare.usage, { reply_markup: pairKeyboard(ctx) }));
  const pair = await resolvePair(ctx, args);
  if (pair) await answerComparison(ctx, pair[0], pair[1], ctx.msg?.text ?? args);
});

/** "how many times cheaper is DeepSeek than GPT-4?", "gpt4 vs r1", in either language: the same answer as /compare. */
compareFeature.callbackQuery(CALLBACK_PATTERNS.compare, async (ctx) => {
  const [, a, b] = ctx.match;
  if (!a || !b || !isComparable(ctx.deps.kb, a) || !isComparable(ctx.deps.kb, b)) {
    await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  await answerComparison(ctx, a, b, `[button] compare ${a} ${b}`);
});
