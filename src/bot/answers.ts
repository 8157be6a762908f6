import { InlineKeyboard } from "grammy";
import type { AnswerOutcome, AnswerStatus } from "../db/schema.js";
import { measuresOf, type Measure } from "../knowledge/measures.js";
import type { Plan } from "../knowledge/reader/plan.js";
import type { Reading } from "../knowledge/reader/reading.js";
import type { Fact } from "../knowledge/schema.js";
import { callback } from "./callbacks.js";
import type { BotContext } from "./context.js";
import { saveConversation } from "./conversation.js";
import { formatNumber } from "./locales/format.js";
import { plural, t } from "./locales/index.js";
import { describeReading, escapeHtml, renderClaims, renderFacts, verdictLead, type CheckedClaim, type Conversion } from "./render.js";
import { factKeyboard, isUnsure, recordAnswer, sendHtml } from "./reply.js";

type PlanOf<K extends Plan["kind"]> = Extract<Plan, { kind: K }>;

/** Shown when the bot does not know: the questions people ask most. */
const POPULAR_FACTS = ["v3-training-cost", "gpt4-altman", "ds-fleet"];

interface Told {
  question: string;
  outcome: AnswerOutcome;
  status?: AnswerStatus;
  blocks: string[];
  factIds?: string[];
  sourceIds?: string[];
  verdict?: string;
  keyboard?: InlineKeyboard;
}

/** Sends an answer and records it with what it told, the reading and, for checks, the verdict. */
async function tell(ctx: BotContext, reading: Reading | undefined, told: Told): Promise<void> {
  await sendHtml(ctx, told.blocks, told.keyboard);
  const answered = ["answer", "check", "explain", "compare"].includes(told.outcome);
  const status: AnswerStatus = told.status ?? (answered ? (reading && isUnsure(reading) ? "unsure" : "answered") : "unanswered");
  recordAnswer(ctx, {
    question: told.question,
    status,
    matches: [],
    factIds: told.factIds ?? [],
    sourceIds: told.sourceIds ?? [],
    replyText: told.blocks.join("\n\n"),
    outcome: told.outcome,
    verdict: told.verdict ?? null,
  });
}

/** The "Понял так" line, and a button for the other close reading where a name could mean two things. */
function readingLine(ctx: BotContext, subject: string | readonly string[] | undefined, measure: Measure | undefined): string {
  return ctx.t.reader.understood(describeReading(ctx.deps.kb, subject, measure, ctx.lang));
}

function alternativeButton(
  ctx: BotContext,
  reading: Reading | undefined,
  chosen: string,
  measure: PlanOf<"facts">["measure"],
): InlineKeyboard | undefined {
  const other = reading?.subjects[0]?.candidates.find((id) => id !== chosen && ctx.deps.reader.hasFigure(id, measure));
  if (!other) return undefined;
  const name = ctx.deps.kb.subjectById.get(other)?.name[ctx.lang] ?? other;
  return new InlineKeyboard().text(ctx.t.reader.orButton(name), callback.ask(other, measure));
}

/** The facts for a subject and measure, with the reading line; a currency follow-up converts the main figure. */
export async function answerFacts(
  ctx: BotContext,
  plan: PlanOf<"facts">,
  question: string,
  reading?: Reading,
  convertTo?: Conversion,
  outcome: AnswerOutcome = "answer",
): Promise<void> {
  const rendered = renderFacts(ctx.deps.kb, plan.facts, ctx.lang, {
    readingLine: readingLine(ctx, outcome === "compare" ? [...new Set(plan.facts.map((f) => f.subject))] : plan.subject, plan.measure),
    ...(convertTo ? { convertTo, calc: ctx.deps.calc } : {}),
  });
  saveConversation(ctx, {
    kind: "fact",
    factId: plan.facts[0]!.id,
    subjects: [plan.subject],
    measure: plan.measure,
    factIds: plan.facts.map((f) => f.id),
  });
  await tell(ctx, reading, {
    question,
    outcome,
    blocks: rendered.blocks,
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
    keyboard: alternativeButton(ctx, reading, plan.subject, plan.measure),
  });
}

/** One fact (a button pressed): the fact and the facts told with it. */
export async function answerFact(ctx: BotContext, fact: Fact, question: string): Promise<void> {
  const related = fact.related.map((id) => ctx.deps.kb.factById.get(id)).filter((f): f is Fact => f !== undefined);
  const measure = measuresOf(fact)[0] ?? "training_cost";
  await answerFacts(ctx, { kind: "facts", subject: fact.subject, measure, facts: [fact, ...related] }, question);
}

/** A claim checked: the verdict first, then what was claimed, the figures it was weighed against, and sources. */
export async function answerCheck(ctx: BotContext, plan: PlanOf<"check">, question: string, reading?: Reading): Promise<void> {
  const m = ctx.t.reader;
  const claimed =
    plan.claim?.text ??
    plan.ratio?.claimed ??
    plan.claimedDate ??
    (plan.claimedChip ? m.trainedOn(ctx.deps.kb.subjectById.get(plan.claimedChip)?.name[ctx.lang] ?? plan.claimedChip) : undefined);
  const found = plan.ratio ? formatNumber(plan.ratio.actual, ctx.lang, 1) : undefined;
  const rendered = renderFacts(ctx.deps.kb, plan.facts, ctx.lang, {
    readingLine: readingLine(ctx, plan.subject, plan.measure),
    lead: [
      ...verdictLead(plan.verdict, claimed, ctx.lang),
      ...(plan.ratio && found ? [escapeHtml(m.ratioFound(found, plural(ctx.lang, plan.ratio.actual, ctx.t.units.times)))] : []),
    ],
  });
  if (plan.subject && plan.measure && plan.facts[0]) {
    saveConversation(ctx, {
      kind: "fact",
      factId: plan.facts[0].id,
      subjects: [plan.subject],
      measure: plan.measure,
      factIds: plan.facts.map((f) => f.id),
    });
  }
  await tell(ctx, reading, {
    question,
    outcome: "check",
    verdict: plan.verdict,
    blocks: rendered.blocks,
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
  });
}

/** "Why" and "what does it include": the explanation, its caveat and sources. */
export async function answerExplain(ctx: BotContext, plan: PlanOf<"explain">, question: string, reading?: Reading): Promise<void> {
  const fact = plan.facts[0]!;
  const rendered = renderFacts(ctx.deps.kb, plan.facts, ctx.lang, { readingLine: readingLine(ctx, fact.subject, measuresOf(fact)[0]) });
  saveConversation(ctx, { kind: "fact", factId: fact.id, subjects: [fact.subject], factIds: plan.facts.map((f) => f.id) });
  await tell(ctx, reading, {
    question,
    outcome: "explain",
    blocks: rendered.blocks,
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
  });
}

/** A subject the data has, without the measure asked: say so, naming both, and offer what there is. */
export async function answerMissingMeasure(
  ctx: BotContext,
  plan: PlanOf<"missing_measure">,
  question: string,
  reading?: Reading,
): Promise<void> {
  const m = ctx.t.reader;
  const subject = escapeHtml(ctx.deps.kb.subjectById.get(plan.subject)?.name[ctx.lang] ?? plan.subject);
  const lines = [readingLine(ctx, plan.subject, plan.measure), m.missingMeasure(subject, escapeHtml(m.measures[plan.measure]))];
  if (plan.offer.length) lines.push(escapeHtml(m.whatThereIs));
  saveConversation(ctx, { kind: "fact", factId: plan.offer[0]?.id ?? "", subjects: [plan.subject], measure: plan.measure, factIds: [] });
  await tell(ctx, reading, {
    question,
    outcome: "missing_measure",
    blocks: [lines.join("\n")],
    ...(plan.offer.length ? { keyboard: factKeyboard(plan.offer, ctx) } : {}),
  });
}

/** A name the data lacks: "not in my data", with close names as buttons (never their figures). */
export async function answerNotInData(ctx: BotContext, plan: PlanOf<"not_in_data">, question: string, reading?: Reading): Promise<void> {
  const m = ctx.t.reader;
  const measure = reading?.measure ?? "training_cost";
  const keyboard = new InlineKeyboard();
  const near = plan.near.filter((id) => ctx.deps.kb.subjectById.has(id)).slice(0, 4);
  for (const id of near) {
    const name = ctx.deps.kb.subjectById.get(id)?.name[ctx.lang] ?? id;
    keyboard.text(m.askButton(name, m.measures[measure]), callback.ask(id, measure)).row();
  }
  const text = [escapeHtml(m.notInData(plan.name.slice(0, 60))), ...(near.length ? [escapeHtml(m.near)] : [])].join("\n");
  await tell(ctx, reading, { question, outcome: "not_in_data", blocks: [text], ...(near.length ? { keyboard } : {}) });
}

export async function answerClarify(ctx: BotContext, plan: PlanOf<"clarify">, question: string, reading?: Reading): Promise<void> {
  const name = plan.subject ? ctx.deps.kb.subjectById.get(plan.subject)?.name[ctx.lang] : undefined;
  const text = name ? escapeHtml(ctx.t.questions.whichFigureOf(name)) : ctx.t.questions.didYouMean;
  await tell(ctx, reading, {
    question,
    outcome: "clarify",
    status: "ambiguous",
    blocks: [text],
    keyboard: factKeyboard(plan.options, ctx),
  });
}

export async function answerDontKnow(ctx: BotContext, plan: PlanOf<"dont_know">, question: string, reading?: Reading): Promise<void> {
  const m = ctx.t.questions;
  const suggestions = [...plan.suggestions];
  for (const id of POPULAR_FACTS) {
    const fact = ctx.deps.kb.factById.get(id);
    if (fact && !suggestions.includes(fact)) suggestions.push(fact);
  }
  const text = `${m.dontKnow}\n${m.dontKnowSuggest}`;
  await tell(ctx, reading, {
    question,
    outcome: "dont_know",
    blocks: [escapeHtml(text)],
    keyboard: factKeyboard(suggestions.slice(0, 3), ctx),
  });
}

/** At most this many claims of a forwarded message are checked; the rest would be a wall of text. */
const MAX_CLAIMS = 5;

/** Sentences of a forwarded message: a claim is one sentence with a figure in it. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?…;])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 400);

/**
 * A message forwarded into the chat: every sentence that states a figure about something the data
 * has is checked on its own, as "is it true that…" would be. Returns false when there is none, so the
 * message is answered as a question instead.
 */
export async function answerForwardedClaims(ctx: BotContext, text: string): Promise<boolean> {
  const { reader, planner, kb } = ctx.deps;
  const claims: CheckedClaim[] = [];
  for (const sentence of sentencesOf(text)) {
    const reading = reader.read(sentence);
    if (reading.figures.length === 0) continue;
    const plan = planner.plan({ ...reading, ask: "check" });
    // A claim about nothing the data has is left out; one the data has but cannot settle is said to be so.
    if (plan.kind !== "check" || plan.subject === undefined || plan.basis === undefined) continue;
    claims.push({ text: sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence, verdict: plan.verdict, basis: plan.basis });
    if (claims.length === MAX_CLAIMS) break;
  }
  if (claims.length === 0) return false;
  if (!ctx.langChosen) {
    const language = reader.read(text);
    if (language.langSure) [ctx.lang, ctx.t] = [language.lang, t(language.lang)];
  }
  const rendered = renderClaims(kb, ctx.t.reader.forwardedHeading, claims, ctx.lang);
  await tell(ctx, undefined, {
    question: text.slice(0, 500),
    outcome: "check",
    verdict: claims.map((c) => c.verdict).join(","),
    blocks: rendered.blocks,
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
  });
  return true;
}

/** Not a question the bot answers: a short word on what it does, and no figure. */
export async function answerChat(ctx: BotContext, question: string, reading?: Reading): Promise<void> {
  await tell(ctx, reading, { question, outcome: "offtopic", blocks: [escapeHtml(ctx.t.reader.chat)] });
}
