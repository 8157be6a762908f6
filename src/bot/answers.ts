import type { MatchRecord } from "../db/schema.js";
import type { Fact } from "../knowledge/schema.js";
import type { BotContext } from "./context.js";
import { escapeHtml, renderFactAnswer } from "./render.js";
import { factKeyboard, recordAnswer, sendHtml } from "./reply.js";
import { FOLLOW_UP, looksLikeFollowUp, loadConversation, saveConversation } from "./conversation.js";

/** Shown when the bot does not know: the questions people ask most. */
const POPULAR_FACTS = ["v3-training-cost", "gpt4-altman", "ds-fleet"];
/** A weak candidate this good is a fair suggestion (only its question is shown, never its figure). */
const SUGGESTION_MIN_SCORE = 0.3;

/** Sends the full answer for one fact and records it with the match scores that chose it. */
export async function answerFact(
  ctx: BotContext,
  fact: Fact,
  question: string,
  matches: MatchRecord[] = [{ factId: fact.id, score: 1 }],
): Promise<void> {
  const answer = renderFactAnswer(ctx.deps.kb, fact, ctx.lang);
  await sendHtml(ctx, answer.blocks);
  saveConversation(ctx, { kind: "fact", factId: fact.id });
  recordAnswer(ctx, {
    question,
    status: "answered",
    matches,
    factIds: answer.factIds,
    sourceIds: answer.sourceIds,
    replyText: answer.blocks.join("\n\n"),
  });
}

/**
 * "what about R1?", "а у GPT-4?": the same kind of figure as the last answer, for another model.
 * Answers a topic follow-up from the conversation, if the message is one and the knowledge
 * base has that figure for the newly named model. Returns false when it is not a follow-up.
 */
export async function answerTopicFollowUp(ctx: BotContext, text: string): Promise<boolean> {
  if (!looksLikeFollowUp(text, 3)) return false;
  // A short message that names its own figure ("параметры дипсика") is a question, not a follow-up.
  if (!FOLLOW_UP.test(text) && ctx.deps.matcher.match(text).kind === "answer") return false;
  const conversation = loadConversation(ctx);
  if (!conversation) return false;
  const { kb, subjects } = ctx.deps;
  const named = subjects.subjects(text);
  if (named.length !== 1) return false;
  const metric = conversation.kind === "fact" ? kb.factById.get(conversation.factId)?.metric : "training_cost";
  const candidates = kb.facts.filter((f) => f.subject === named[0] && f.metric === metric && f.answersQuestions);
  // The primary figure first; an article's claim only if there is nothing else.
  const fact = candidates.find((f) => f.claimType !== "press_report") ?? candidates[0];
  if (!fact) {
    if (!FOLLOW_UP.test(text)) return false;
    // "а у GPT-4?" after a figure GPT-4 has none of: say so, and offer what there is about it.
    const subjectFacts = kb.facts.filter((f) => f.subject === named[0] && f.answersQuestions).slice(0, 3);
    if (subjectFacts.length === 0) return false;
    const reply = ctx.t.questions.noSuchFigure(kb.subjectById.get(named[0] as string)?.name[ctx.lang] ?? String(named[0]));
    await sendHtml(ctx, [escapeHtml(reply)], factKeyboard(subjectFacts, ctx));
    recordAnswer(ctx, { question: text, status: "unanswered", matches: [], factIds: [], sourceIds: [], replyText: reply });
    return true;
  }
  await answerFact(ctx, fact, text, [{ factId: fact.id, score: 1 }]);
  return true;
}

/** Free text → the best fact, a "did you mean" between two, or an honest "I don't know". */
export async function answerQuestion(ctx: BotContext, question: string): Promise<void> {
  const { kb, matcher } = ctx.deps;
  const m = ctx.t.questions;
  const result = matcher.match(question);
  const matches = result.candidates.slice(0, 3).map((c) => ({ factId: c.fact.id, score: round(c.score) }));

  if (result.kind === "answer") return answerFact(ctx, result.best.fact, question, matches);

  if (result.kind === "ambiguous") {
    await sendHtml(
      ctx,
      [m.didYouMean],
      factKeyboard(
        result.candidates.map((c) => c.fact),
        ctx,
      ),
    );
    recordAnswer(ctx, { question, status: "ambiguous", matches, factIds: [], sourceIds: [], replyText: m.didYouMean });
    return;
  }

  const suggestions = result.candidates.filter((c) => c.score >= SUGGESTION_MIN_SCORE).map((c) => c.fact);
  for (const id of POPULAR_FACTS) {
    const fact = kb.factById.get(id);
    if (fact && !suggestions.includes(fact)) suggestions.push(fact);
  }
  const text = `${m.dontKnow}\n${m.dontKnowSuggest}`;
  await sendHtml(ctx, [text], factKeyboard(suggestions.slice(0, 3), ctx));
  recordAnswer(ctx, { question, status: "unanswered", matches, factIds: [], sourceIds: [], replyText: text });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
