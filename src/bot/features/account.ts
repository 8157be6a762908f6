import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { formatNumber } from "../locales/format.js";
import { escapeHtml } from "../render.js";
import { sendHtml } from "../reply.js";

/** /forget for everyone, /stats for the admins named in BOT_ADMINS. */
export const account = new Composer<BotContext>();

account.command("forget", async (ctx) => {
  if (!ctx.from) return; // a channel post has no person to forget
  const deleted = ctx.deps.repo.forgetUser(ctx.from.id);
  const n = (x: number) => formatNumber(x, ctx.lang);
  await ctx.reply(ctx.t.account.forgot(n(deleted.answers), deleted.language > 0, n(deleted.contexts)));
});

/** Checked on every call; to anyone else the command does not exist. */
account.command("stats", async (ctx, next) => {
  if (!ctx.from || !ctx.deps.admins.includes(ctx.from.id)) return next();
  const m = ctx.t.account;
  const { kb, repo } = ctx.deps;
  const stats = repo.stats(7);
  const perDay = stats.perDay.map((d) => `${d.day}: ${d.answered} / ${d.unsure} / ${d.unanswered}`).join("\n") || m.none;
  const top =
    stats.topFacts.map((f) => `${f.count} × ${escapeHtml(kb.factById.get(f.factId)?.phrasings[ctx.lang][0] ?? f.factId)}`).join("\n") ||
    m.none;
  const unanswered =
    stats.unanswered.map((u) => `• ${escapeHtml(u.question.length > 80 ? `${u.question.slice(0, 79)}…` : u.question)}`).join("\n") ||
    m.none;
  const unsure =
    stats.unsure.map((u) => `• ${escapeHtml(u.question.length > 80 ? `${u.question.slice(0, 79)}…` : u.question)}`).join("\n") || m.none;
  await sendHtml(ctx, [
    `<b>${m.stats}</b>`,
    `<b>${m.perDay}</b>\n${perDay}`,
    `<b>${m.top}</b>\n${top}`,
    `<b>${m.unsure}</b>\n${unsure}`,
    `<b>${m.unanswered}</b>\n${unanswered}`,
  ]);
});

account.command("stats", async (ctx) => {
  if (ctx.chat.type === "private") await ctx.reply(ctx.t.errors.unknownCommand);
});
