import { Composer, InlineKeyboard } from "grammy";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../render.js";
import { factKeyboard } from "../reply.js";

/** /facts: browse the knowledge base by topic with buttons; a fact button answers like a question. */
export const facts = new Composer<BotContext>();

function topicsKeyboard(ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const topic of ctx.deps.kb.topics) keyboard.text(topic.title[ctx.lang], callback.topic(topic.id)).row();
  return keyboard;
}

facts.command("facts", async (ctx) => {
  await ctx.reply(ctx.t.facts.chooseTopic, { reply_markup: topicsKeyboard(ctx) });
});

facts.callbackQuery(CALLBACK_PATTERNS.topic, async (ctx) => {
  const m = ctx.t.facts;
  const topicId = ctx.match[1];
  if (!topicId) {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(m.chooseTopic, { reply_markup: topicsKeyboard(ctx) });
    return;
  }
  const topic = ctx.deps.kb.topics.find((x) => x.id === topicId);
  if (!topic) {
    await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
    return;
  }
  const inTopic = ctx.deps.kb.facts.filter((f) => f.topic === topic.id);
  const keyboard = factKeyboard(inTopic, ctx).text(m.back, callback.topics());
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(m.inTopic(escapeHtml(topic.title[ctx.lang])), { parse_mode: "HTML", reply_markup: keyboard });
});
