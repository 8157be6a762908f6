import { Composer, InlineKeyboard } from "grammy";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { LANGS, MESSAGES, isLang, langFromTelegram, langOfText, listOf, t, type Lang } from "../locales/index.js";
import { escapeHtml } from "../render.js";

export const language = new Composer<BotContext>();

/** Every update learns its language first: the saved /lang choice, else Telegram's language_code. */
language.use(async (ctx, next) => {
  const userId = ctx.from?.id;
  if (userId === undefined) {
    // Channel posts have no sender: answer in the language the post is written in.
    ctx.lang = langOfText(ctx.channelPost?.text ?? "");
    ctx.langChosen = false;
  } else {
    const chosen = ctx.deps.repo.getUserLang(userId);
    ctx.lang = chosen ?? langFromTelegram(ctx.from?.language_code);
    ctx.langChosen = chosen !== undefined;
  }
  ctx.t = t(ctx.lang);
  await next();
});

/** One button per language, each named in itself. */
const chooser = () => {
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) keyboard.text(MESSAGES[lang].meta.name, callback.lang(lang));
  return keyboard;
};

function saveLang(ctx: BotContext, lang: Lang): void {
  if (ctx.from) ctx.deps.repo.setUserLang(ctx.from.id, lang);
  ctx.lang = lang;
  ctx.langChosen = true;
  ctx.t = t(lang);
}

language.command("lang", async (ctx) => {
  const arg = ctx.match.trim().toLowerCase();
  if (arg === "") {
    await ctx.reply(ctx.t.lang.choose, { reply_markup: chooser() });
    return;
  }
  if (!isLang(arg)) {
    const available = listOf(
      ctx.lang,
      LANGS.map((lang) => `/lang ${lang}`),
    );
    await ctx.reply(escapeHtml(ctx.t.lang.unknown(arg.slice(0, 20), available)), { parse_mode: "HTML", reply_markup: chooser() });
    return;
  }
  saveLang(ctx, arg);
  await ctx.reply(ctx.t.lang.changed);
});

language.callbackQuery(CALLBACK_PATTERNS.lang, async (ctx) => {
  const lang = ctx.match[1] as Lang; // the pattern admits only LANGS
  saveLang(ctx, lang);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t.lang.changed);
});
