import { Composer, InlineKeyboard } from "grammy";
import { hasCalcParameters, parseCalcQuery, parseLikeModel, type CalcQuery } from "../../calc/parse.js";
import { apiPricePreset, presetFromModel, presetParams, presetRuns } from "../../calc/preset.js";
import { resolveModelName } from "../../knowledge/compare.js";
import { mergeParams, planCalculation, type CalcOutcome, type CalcParams } from "../../calc/plan.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { loadConversation, saveConversation } from "../conversation.js";
import { formatNumber } from "../locales/format.js";
import { renderCalculation } from "../render-calc.js";
import { recordAnswer, sendHtml } from "../reply.js";

export const calculator = new Composer<BotContext>();

/** Computes, answers with the working and buttons for the next step, and remembers the parameters. */
export async function answerCalculation(
  ctx: BotContext,
  params: CalcParams,
  question: string,
  query?: CalcQuery,
  fillDuration = true,
): Promise<void> {
  const outcome: CalcOutcome = query?.problems.length
    ? { kind: "problems", problems: query.problems }
    : planCalculation(params, ctx.deps.calc, { fillDuration });
  const answer = renderCalculation(outcome, ctx.deps.calc, ctx.deps.kb, ctx.lang);
  const computed = isComputed(outcome);
  // Incomplete parameters are kept too, so the next message can complete them.
  const revision = outcome.kind === "problems" ? 0 : saveConversation(ctx, { kind: "calc", params });
  // A FLOP count alone has no price nor GPUs to change.
  const keyboard = computed && revision && outcome.kind !== "flop" ? calcKeyboard(revision, params, ctx) : undefined;
  await sendHtml(ctx, answer.blocks, keyboard);
  recordAnswer(ctx, {
    question,
    outcome: "calc",
    status: computed ? "answered" : "unanswered",
    matches: [],
    factIds: answer.factIds,
    sourceIds: answer.sourceIds,
    replyText: answer.blocks.join("\n\n"),
  });
}

const isComputed = (o: CalcOutcome) =>
  o.kind === "run" || o.kind === "gpuHours" || o.kind === "capex" || o.kind === "compute" || o.kind === "flop";

function calcKeyboard(revision: number, params: CalcParams, ctx: BotContext): InlineKeyboard {
  const b = ctx.t.calc.buttons;
  const keyboard = new InlineKeyboard();
  if (params.gpus !== undefined && params.unitPrice === undefined) keyboard.text(b.double, callback.calc(revision, "g2"));
  for (const price of [1, 3] as const)
    if (params.price !== price && params.unitPrice === undefined)
      keyboard.text(b.price(`$${formatNumber(price, ctx.lang)}`), callback.calc(revision, `p${price}`));
  keyboard.row();
  keyboard.text(params.currency === "RUB" ? b.usd : b.rub, callback.calc(revision, params.currency === "RUB" ? "usd" : "rub"));
  keyboard.text(ctx.t.common.sourcesButton, callback.sources());
  return keyboard;
}

/**
 * "/calc like Grok 3 at $1.5/h" (and its Russian form): the model's GPU count and training
 * time (or GPU-hours) from the data, the rest from the text. True when it answered.
 */
export async function answerLikeModel(ctx: BotContext, text: string): Promise<boolean> {
  const like = parseLikeModel(text);
  if (!like) return false;
  const { kb } = ctx.deps;
  const found = like.candidates
    .map((candidate) => ({ candidate, id: resolveModelName(kb, candidate) }))
    .find(({ id }) => id !== undefined && kb.subjectById.get(id)?.kind === "model");
  if (!found?.id) {
    await ctx.reply(ctx.t.calc.presetUnknown(like.candidates[0] ?? text));
    return true;
  }
  await answerWithModelFigures(ctx, found.id, parseCalcQuery(like.rest(found.candidate)), ctx.msg?.text ?? text);
  return true;
}

/**
 * A calculation on a model's own figures (its GPUs and time, or GPU-hours) with what the text gives
 * on top: "like Grok 3 at $1.5/h", or "how much is that at $2/h" after the model's GPU-hours.
 */
export async function answerWithModelFigures(
  ctx: BotContext,
  subjectId: string,
  query: CalcQuery,
  question: string,
  { preferGpuHours = false } = {},
): Promise<void> {
  const { kb } = ctx.deps;
  const preset = presetFromModel(kb, subjectId, { preferGpuHours });
  if (!preset || !presetRuns(preset)) {
    await ctx.reply(ctx.t.calc.presetNoFigures(kb.subjectById.get(subjectId)?.name[ctx.lang] ?? subjectId));
    return;
  }
  // The model's figures first; whatever the text gives itself (a GPU count, a duration) replaces them.
  const params = mergeParams(mergeParams(undefined, { problems: [], ...presetParams(preset) }), query);
  await answerCalculation(ctx, params, question, query);
}

/** Tokens billed at a named model's API list price ("10M output tokens on R1"), the first of the versions named that has one. */
export async function answerApiBill(
  ctx: BotContext,
  models: string[],
  side: "input" | "output",
  query: CalcQuery,
  question: string,
): Promise<void> {
  const { kb } = ctx.deps;
  // Input and output both counted: each billed at its own price.
  const sides = query.outputTokens !== undefined ? "both" : side;
  const price = models.map((id) => apiPricePreset(kb, id, sides)).find((p) => p !== undefined);
  if (!price) {
    await ctx.reply(ctx.t.calc.presetNoApiPrice(kb.subjectById.get(models[0]!)?.name[ctx.lang] ?? models[0]!));
    return;
  }
  await answerCalculation(ctx, mergeParams(mergeParams(undefined, { problems: [], ...price }), query), question, query);
}

calculator.command("calc", async (ctx) => {
  const text = ctx.match.trim();
  if (!text) return void (await ctx.reply(ctx.t.calc.usage));
  if (await answerLikeModel(ctx, text)) return;
  const query = parseCalcQuery(text);
  if (!hasCalcParameters(query)) return void (await ctx.reply(ctx.t.calc.usage));
  await answerCalculation(ctx, mergeParams(undefined, query), ctx.msg?.text ?? text, query);
});

/**
 * Free text the reader took for a calculation, or a follow-up to the last one ("and with 4096 GPUs?", "in
 * roubles?"): the reading's calculator parameters, merged into the conversation's when it continues one.
 */
export async function answerCalcFromReading(ctx: BotContext, query: CalcQuery, question: string, continues: boolean): Promise<void> {
  // Unusable values (negative, zero…) are answered as such, whatever came before.
  if (query.problems.length) return answerCalculation(ctx, mergeParams(undefined, query), question, query);
  const conversation = loadConversation(ctx);
  if (conversation?.kind === "calc" && continues) return answerCalculation(ctx, mergeParams(conversation.params, query), question);
  const onlyCurrency = query.currency !== undefined && !hasCalcParameters(query);
  // A follow-up with nothing to follow says what is missing instead of guessing.
  return answerCalculation(ctx, mergeParams(undefined, query), question, undefined, !onlyCurrency && !continues);
}

calculator.callbackQuery(CALLBACK_PATTERNS.calc, async (ctx) => {
  const [, revision, action] = ctx.match;
  const conversation = loadConversation(ctx);
  if (conversation?.kind !== "calc" || String(conversation.revision) !== revision) {
    await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  const params: CalcParams = { ...conversation.params };
  // A price or a currency asks for the cost, as the same words typed would (mergeParams).
  if (action !== "g2") delete params.asked;
  if (action === "g2" && params.gpus !== undefined) params.gpus *= 2;
  else if (action === "p1") params.price = 1;
  else if (action === "p3") params.price = 3;
  else if (action === "rub") params.currency = "RUB";
  else if (action === "usd") params.currency = "USD";
  await answerCalculation(ctx, params, `[button] ${action}`);
});
