import { Composer, InlineKeyboard } from "grammy";
import { EPOCH_TOPIC_ID } from "../../knowledge/epoch.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import { DEFAULT_RANK_LIMIT } from "../../knowledge/rankings.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { formatCount } from "../locales/format.js";
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
  if (topic.id === EPOCH_TOPIC_ID) {
    // Thousands of facts: an entry point (rankings, the trend) instead of a button each.
    const r = ctx.t.rankings.buttons;
    const keyboard = new InlineKeyboard()
      .text(r.cost, callback.rank("cost", DEFAULT_RANK_LIMIT))
      .row()
      .text(r.compute, callback.rank("compute", DEFAULT_RANK_LIMIT))
      .row()
      .text(r.trend, callback.trend("cost"))
      .row()
      .text(m.back, callback.topics());
    const models = formatCount(epochModelCount(ctx.deps.kb), ctx.lang, ctx.t.units.models, 0);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(m.epochIntro(escapeHtml(topic.title[ctx.lang]), models), { parse_mode: "HTML", reply_markup: keyboard });
    return;
  }
  const inTopic = ctx.deps.kb.facts.filter((f) => f.topic === topic.id);
  const keyboard = factKeyboard(inTopic, ctx).text(m.back, callback.topics());
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(m.inTopic(escapeHtml(topic.title[ctx.lang])), { parse_mode: "HTML", reply_markup: keyboard });
});

const epochModelCounts = new WeakMap<KnowledgeBase, number>();

/** How many models have figures from Epoch AI's table. */
function epochModelCount(kb: KnowledgeBase): number {
  let count = epochModelCounts.get(kb);
  if (count === undefined) {
    count = new Set(kb.facts.filter((f) => f.topic === EPOCH_TOPIC_ID).map((f) => f.subject)).size;
    epochModelCounts.set(kb, count);
  }
  return count;
}
