import { Composer, type Middleware } from "grammy";
import { hasCalcParameters, parseLikeModel, periodAsked, ratePeriodOf, type CalcQuery } from "../../calc/parse.js";
import { defaultPartner } from "../../knowledge/compare.js";
import { isMeasure, measuresOf, type Measure } from "../../knowledge/measures.js";
import type { Plan } from "../../knowledge/reader/plan.js";
import { hasCalcProblems, type Reading } from "../../knowledge/reader/reading.js";
import type { Fact } from "../../knowledge/schema.js";
import {
  answerChat,
  answerCheck,
  answerClarify,
  answerDontKnow,
  answerExplain,
  answerFact,
  answerFacts,
  answerForwardedClaims,
  answerMissingMeasure,
  answerNotInData,
} from "../answers.js";
import { CALLBACK_PATTERNS } from "../callbacks.js";
import { questionText, type BotContext } from "../context.js";
import { loadConversation, readingContextOf, type Conversation } from "../conversation.js";
import { formatCount } from "../locales/format.js";
import { t } from "../locales/index.js";
import { answerApiBill, answerCalcFromReading, answerLikeModel, answerWithModelFigures } from "./calculator.js";
import { answerComparison, answerFactsOfEach, answerSideBySide } from "./compare.js";
import { DEFAULT_RANK_LIMIT } from "../../knowledge/rankings.js";
import { answerRanking, parseTopRequest } from "./rankings.js";

/** Longer texts are not questions; reading them would only waste time. */
export const QUESTION_MAX_LENGTH = 500;

/**
 * Reads a question once — with the conversation, so follow-ups ("and Gemini?", "and its parameters?",
 * "in euros?", "and on B200s at $4?", "vs Claude?") continue it — and decides the answer. The
 * question's language is the answer's unless the user chose one with /lang.
 */
export function readQuestion(ctx: BotContext, text: string): void {
  const { reader, planner, kb } = ctx.deps;
  const conversation = loadConversation(ctx);
  const context = readingContextOf(conversation);
  let reading = reader.read(text, context);
  let plan: Plan = planner.plan(reading, context);
  // "and per year?" after a sum a day: that sum, per year.
  const rate = rateAsked(ctx, conversation, reading, text);
  const continues = reading.followUp;
  const onlyCurrency = reading.calc.currency !== undefined && !hasCalcParameters(reading.calc);

  const calcFollowUp = continues && (hasCalcParameters(reading.calc) || onlyCurrency);
  // Figures that cannot be computed with are reported only where the reader took the message for a calculation
  // ("gpt-4o costs $2.50 in and $10 out" quotes two prices, not two contradictory hourly rates).
  if ((hasCalcProblems(reading.calc) && reading.ask === "calc") || (conversation?.kind === "calc" && calcFollowUp)) {
    plan = { kind: "calc" };
  } else if (calcFollowUp && hasCalcParameters(reading.calc) && reading.subjects.length === 0 && plan.kind !== "check") {
    // "and with 4096 GPUs?" with no calculation to change: the calculator says what it is missing.
    plan = { kind: "calc" };
  } else if (onlyCurrency && reading.subjects.length === 0 && (continues || reading.figures.length === 0)) {
    // (A budget quoted in roubles, "under 20K roubles", is no request to convert an earlier figure.)
    // "in euros?": the last figure told, converted; with nothing told, the calculator says what is missing.
    const told =
      conversation?.kind === "fact"
        ? (conversation.factIds ?? []).map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined)
        : [];
    const subject = conversation?.kind === "fact" ? conversation.subjects?.[0] : undefined;
    const measure: Measure | undefined =
      conversation?.kind === "fact" ? (conversation.measure ?? (told[0] ? measuresOf(told[0])[0] : undefined)) : undefined;
    plan = told.length && subject && measure ? { kind: "facts", subject, measure, facts: told } : { kind: "calc" };
  } else if (rate) {
    reading = { ...reading, calc: rate };
    plan = { kind: "calc" };
  } else if (conversation?.kind === "compare" && continues && reading.subjects.length === 1 && plan.kind !== "calc") {
    // "vs Claude?" after a comparison: the first model against the new one.
    plan = { kind: "compare", subjects: [conversation.subjects[0], reading.subjects[0]!.id], measure: reading.measure };
  } else if (conversation?.kind === "fact" && plan.kind === "compare" && plan.subjects.length === 1) {
    // "compare to o1" after R1's API price: the subject told against the one named, on the measure told.
    const told = conversation.subjects?.[0];
    if (told && told !== plan.subjects[0])
      plan = {
        kind: "compare",
        subjects: [told, plan.subjects[0]!],
        measure: reading.measureSaid ? reading.measure : (conversation.measure ?? reading.measure),
      };
  }
  ctx.reading = reading;
  ctx.plan = plan;
  if (!ctx.langChosen && reading.langSure) {
    ctx.lang = reading.lang;
    ctx.t = t(reading.lang);
  }
}

/**
 * "and per year?" after ChatGPT's $700K a day: the sum told, per the period asked, as the calculation to make;
 * undefined when the message is no such follow-up.
 */
function rateAsked(ctx: BotContext, conversation: Conversation | undefined, reading: Reading, text: string): CalcQuery | undefined {
  if (conversation?.kind !== "fact" || !reading.followUp || reading.subjects.length > 0 || hasCalcParameters(reading.calc))
    return undefined;
  const told = ctx.deps.kb.factById.get(conversation.factId);
  const per = ratePeriodOf(told?.unit);
  const to = periodAsked(text);
  if (!told || typeof told.value !== "number" || !per || !to || per === to) return undefined;
  return { ...reading.calc, amount: told.value, rate: { per: { value: 1, unit: per }, to }, amountFact: told.id };
}

const question = (ctx: BotContext) => ctx.reading?.text ?? questionText(ctx) ?? "";

/**
 * Two subjects side by side: two models through /compare's answer (like with like, with its chart); any
 * other pair (chips, companies, API prices) as the measure asked, for each.
 */
async function answerCompare(ctx: BotContext, plan: Extract<Plan, { kind: "compare" }>): Promise<void> {
  const { kb, planner } = ctx.deps;
  const [a, b] = plan.subjects;
  if (!a) return answerDontKnow(ctx, { kind: "dont_know", suggestions: [] }, question(ctx), ctx.reading);
  const isModel = (id: string | undefined) => id !== undefined && kb.subjectById.get(id)?.kind === "model";
  const partner = b === undefined && isModel(a) ? defaultPartner(kb, a) : undefined;
  const other = b ?? partner?.subjectId;
  const modelMeasure =
    plan.measure === undefined ||
    ["training_cost", "training_compute", "gpu_count", "gpu_hours", "parameters", "training_tokens"].includes(plan.measure);
  if (isModel(a) && isModel(other) && modelMeasure) return answerComparison(ctx, a, other!, question(ctx), partner);
  // "and h20?" after H100 and H800's prices: with no measure said, one both have, the one talked about first.
  if (other && !ctx.reading?.measureSaid && (await answerSideBySide(ctx, a, other, question(ctx), plan.measure))) return;
  const measure = plan.measure ?? "training_cost";
  if (!(await answerFactsOfEach(ctx, other ? [a, other] : [a], measure, question(ctx), ctx.reading)))
    await answerMissingMeasure(ctx, { kind: "missing_measure", subject: a, measure, offer: planner.offer(a) }, question(ctx), ctx.reading);
}

/** Every kind of plan to the answer that fits it: the one place that dispatches on what the reader understood. */
const ROUTES: Record<Plan["kind"], Middleware<BotContext>> = {
  facts: (ctx) => answerFacts(ctx, ctx.plan as Extract<Plan, { kind: "facts" }>, question(ctx), ctx.reading, convertTo(ctx.reading)),
  check: (ctx) => answerCheck(ctx, ctx.plan as Extract<Plan, { kind: "check" }>, question(ctx), ctx.reading),
  explain: (ctx) => answerExplain(ctx, ctx.plan as Extract<Plan, { kind: "explain" }>, question(ctx), ctx.reading),
  missing_measure: (ctx) => answerMissingMeasure(ctx, ctx.plan as Extract<Plan, { kind: "missing_measure" }>, question(ctx), ctx.reading),
  not_in_data: (ctx) => answerNotInData(ctx, ctx.plan as Extract<Plan, { kind: "not_in_data" }>, question(ctx), ctx.reading),
  compare: (ctx) => answerCompare(ctx, ctx.plan as Extract<Plan, { kind: "compare" }>),
  calc: async (ctx) => {
    // "like Grok 3 but at $1.5/h": the model's own GPUs and hours, at the price given.
    if (ctx.reading?.presetModel && (await answerLikeModel(ctx, question(ctx)))) return;
    // "how much is that at $2/h" after a model's GPU-hours: that model's figures at the price given.
    if (ctx.reading?.presetModel && !parseLikeModel(question(ctx))) {
      const told = loadConversation(ctx);
      const preferGpuHours = (told?.kind === "fact" && told.measure === "gpu_hours") || ctx.reading.measure === "gpu_hours";
      return answerWithModelFigures(ctx, ctx.reading.presetModel, ctx.reading.calc, question(ctx), { preferGpuHours });
    }
    if (ctx.reading?.apiBill)
      return answerApiBill(ctx, ctx.reading.apiBill.models, ctx.reading.apiBill.side, ctx.reading.calc, question(ctx));
    await answerCalcFromReading(ctx, ctx.reading!.calc, question(ctx), ctx.reading!.followUp);
  },
  ranking: (ctx) => {
    const request = parseTopRequest(ctx.deps.kb, question(ctx)) ?? { kind: "top", measure: "training_cost", limit: DEFAULT_RANK_LIMIT };
    const only = ctx.plan?.kind === "ranking" ? ctx.plan.only : undefined;
    if (only && request.kind === "top") {
      // The models named, whatever maker's name ("DeepSeek V3") the words also held.
      const named = { ...request, only };
      delete named.organization;
      return answerRanking(ctx, named, question(ctx));
    }
    return answerRanking(ctx, request, question(ctx));
  },
  // A timeline is an ordered list: recorded as a ranking, by date.
  history: (ctx) => {
    const plan = ctx.plan as Extract<Plan, { kind: "history" }>;
    return answerFacts(
      ctx,
      { kind: "facts", subject: plan.subject, measure: plan.measure, facts: plan.facts },
      question(ctx),
      ctx.reading,
      undefined,
      "ranking",
    );
  },
  clarify: (ctx) => answerClarify(ctx, ctx.plan as Extract<Plan, { kind: "clarify" }>, question(ctx), ctx.reading),
  dont_know: (ctx) => answerDontKnow(ctx, ctx.plan as Extract<Plan, { kind: "dont_know" }>, question(ctx), ctx.reading),
  chat: (ctx) => answerChat(ctx, question(ctx), ctx.reading),
};

function convertTo(reading: Reading | undefined): "RUB" | "EUR" | undefined {
  return reading?.currency === "RUB" || reading?.currency === "EUR" ? reading.currency : undefined;
}

/** grammY's router over the plan's kind; used for typed questions and for buttons that ask one. */
export const planRouter = new Composer<BotContext>().route((ctx) => ctx.plan?.kind, ROUTES);

/** Reads a question and answers it: typed text, an example button, a "did you mean" pick. */
export async function answerText(ctx: BotContext, text: string): Promise<void> {
  // The group gate may have read this very text already (keyword mode): once is enough.
  if (ctx.reading?.text !== text) readQuestion(ctx, text);
  await planRouter.middleware()(ctx, () => Promise.resolve());
}

/** Free-text questions, and the buttons that answer a fact or ask a measure of a subject. */
export const questions = new Composer<BotContext>();

questions.on("message:text", async (ctx, next) => {
  const text = questionText(ctx) ?? "";
  if (text.startsWith("/")) return next();
  const m = ctx.t.errors;
  if (text.trim() === "") return void (await ctx.reply(m.empty));
  // A forwarded post with claims in it: each claim checked. Forwarded texts run long, so the limit waits.
  if (ctx.msg.forward_origin && (await answerForwardedClaims(ctx, text.slice(0, 4096)))) return;
  if (text.length > QUESTION_MAX_LENGTH)
    return void (await ctx.reply(m.tooLong(formatCount(QUESTION_MAX_LENGTH, ctx.lang, ctx.t.units.characters))));
  await answerText(ctx, text);
});

questions.callbackQuery(CALLBACK_PATTERNS.fact, async (ctx) => {
  const fact = ctx.deps.kb.factById.get(ctx.match[1] ?? "");
  if (!fact) return void (await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton }));
  await ctx.answerCallbackQuery();
  await answerFact(ctx, fact, `[button] ${fact.id}`);
});

/** "Or: DeepSeek (the company)", a near name after "not in my data": the measure asked of that subject. */
questions.callbackQuery(CALLBACK_PATTERNS.ask, async (ctx) => {
  const [, subject = "", measure = ""] = ctx.match;
  const planner = ctx.deps.planner;
  if (!ctx.deps.kb.subjectById.has(subject) || !isMeasure(measure)) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton }));
  }
  await ctx.answerCallbackQuery();
  const facts = planner.factsFor(subject, measure);
  const asked = `[button] ${subject} ${measure}`;
  if (facts.length === 0)
    return answerMissingMeasure(ctx, { kind: "missing_measure", subject, measure, offer: planner.offer(subject) }, asked);
  await answerFacts(ctx, { kind: "facts", subject, measure, facts: facts.slice(0, 4) }, asked);
});
