import { Composer } from "grammy";
import { answerFact, answerQuestion, answerTopicFollowUp } from "../answers.js";
import { CALLBACK_PATTERNS } from "../callbacks.js";
import { questionText, type BotContext } from "../context.js";
import { formatCount } from "../locales/format.js";

/** Longer texts are not questions; matching them would only waste time. */
export const QUESTION_MAX_LENGTH = 500;

/** Free-text questions and the fact buttons that answer like them. */
export const questions = new Composer<BotContext>();

questions.on("message:text", async (ctx, next) => {
  const text = questionText(ctx) ?? "";
  if (text.startsWith("/")) return next();
  const m = ctx.t.errors;
  if (text.trim() === "") return void (await ctx.reply(m.empty));
  if (text.length > QUESTION_MAX_LENGTH)
    return void (await ctx.reply(m.tooLong(formatCount(QUESTION_MAX_LENGTH, ctx.lang, ctx.t.units.characters))));
  if (await answerTopicFollowUp(ctx, text)) return;
  await answerQuestion(ctx, text);
});

questions.callbackQuery(CALLBACK_PATTERNS.fact, async (ctx) => {
  const fact = ctx.deps.kb.factById.get(ctx.match[1] ?? "");
  if (!fact) {
    await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  await answerFact(ctx, fact, `[button] ${fact.phrasings[ctx.lang][0] ?? fact.id}`);
});
