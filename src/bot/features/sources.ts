import { Composer } from "grammy";
import { CALLBACK_PATTERNS } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { renderFullSources } from "../render.js";
import { sendHtml } from "../reply.js";

/** /sources: the full references (publisher, title, date, URL) behind this chat's last answer. */
export const sources = new Composer<BotContext>();

sources.command("sources", (ctx) => sendFullSources(ctx));

sources.callbackQuery(CALLBACK_PATTERNS.sources, async (ctx) => {
  await ctx.answerCallbackQuery();
  await sendFullSources(ctx);
});

/** Also behind the "Sources" buttons under calculations and comparisons. */
export async function sendFullSources(ctx: BotContext): Promise<void> {
  if (!ctx.chat) return;
  const last = ctx.deps.repo.lastCitedAnswer(ctx.chat.id);
  if (!last) {
    await ctx.reply(ctx.t.sources.noneYet);
    return;
  }
  // The list reads in the language of the answer it belongs to, unless the user picked one with /lang.
  const lang = ctx.langChosen ? ctx.lang : last.lang;
  await sendHtml(ctx, [renderFullSources(ctx.deps.kb, last.sourceIds, last.factIds, lang)]);
}
