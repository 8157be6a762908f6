import { Composer, InlineKeyboard } from "grammy";
import { LANGS, type Lang } from "../../knowledge/schema.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { langFromTelegram, t } from "../i18n.js";
import { escapeHtml } from "../render.js";

export const language = new Composer<BotContext>();

/** Every update learns its language first: the saved /lang choice, else Telegram's language_code. */
language.use(async (ctx, next) => {
  const userId = ctx.from?.id;
  if (userId === undefined) {
    // Channel posts have no sender: answer in the language the post is written in.
    ctx.lang = /[а-яё]/i.test(ctx.channelPost?.text ?? "") ? "ru" : "en";
  } else {
    ctx.lang = ctx.deps.repo.getUserLang(userId) ?? langFromTelegram(ctx.from?.language_code);
  }
  await next();
});

const chooser = () => new InlineKeyboard().text("Русский", callback.lang("ru")).text("English", callback.lang("en"));

function saveLang(ctx: BotContext, lang: Lang): void {
  if (ctx.from) ctx.deps.repo.setUserLang(ctx.from.id, lang);
  ctx.lang = lang;
}

language.command("lang", async (ctx) => {
  const arg = ctx.match.trim().toLowerCase();
  if (arg === "") {
    await ctx.reply(t(ctx.lang).langChoose, { reply_markup: chooser() });
    return;
  }
  const lang = LANGS.find((l) => l === arg);
  if (!lang) {
    await ctx.reply(escapeHtml(t(ctx.lang).langUnknown(arg.slice(0, 20))), { parse_mode: "HTML", reply_markup: chooser() });
    return;
  }
  saveLang(ctx, lang);
  await ctx.reply(t(lang).langChanged);
});

language.callbackQuery(CALLBACK_PATTERNS.lang, async (ctx) => {
  const lang = ctx.match[1] as Lang;
  saveLang(ctx, lang);
  await ctx.answerCallbackQuery();
  await ctx.reply(t(lang).langChanged);
});
