import { Composer, InlineKeyboard } from "grammy";
import type { ChatSettings } from "../../db/repository.js";
import type { Lang } from "../../knowledge/schema.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";

/** /settings: a group admin switches keyword mode and its interval. */
export const settings = new Composer<BotContext>();

/** The account Telegram shows for anonymous group admins. */
const GROUP_ANONYMOUS_BOT_ID = 1087968824;
export const KEYWORD_INTERVALS = [5, 10, 30, 60] as const;

const TEXT = {
  ru: {
    privateOnly: "Настройки — для групп: добавьте меня в группу и отправьте /settings там.",
    notAdmin: "Менять настройки могут только администраторы группы.",
    status: (s: ChatSettings) =>
      `<b>Настройки группы</b>\nРежим ключевых слов: <b>${s.keywordMode ? "включён" : "выключен"}</b>.\n` +
      `Когда он включён, я отвечаю и без упоминания на сообщения, которые явно спрашивают о стоимости ИИ, — не чаще раза в ${s.keywordIntervalMinutes} мин. ` +
      "Всегда отвечаю на команды, упоминания и ответы на мои сообщения.",
    on: "Включить",
    off: "Выключить",
    minutes: (n: number) => `${n} мин`,
  },
  en: {
    privateOnly: "Settings are for groups: add me to a group and send /settings there.",
    notAdmin: "Only the group's admins can change settings.",
    status: (s: ChatSettings) =>
      `<b>Group settings</b>\nKeyword mode: <b>${s.keywordMode ? "on" : "off"}</b>.\n` +
      `When it is on, I also answer messages that clearly ask about AI costs without a mention — at most once every ${s.keywordIntervalMinutes} min. ` +
      "I always answer commands, mentions and replies to my messages.",
    on: "Turn on",
    off: "Turn off",
    minutes: (n: number) => `${n} min`,
  },
} as const;

function keyboard(s: ChatSettings, lang: Lang): InlineKeyboard {
  const t = TEXT[lang];
  const k = new InlineKeyboard().text(s.keywordMode ? t.off : t.on, callback.settings(s.keywordMode ? "off" : "on")).row();
  for (const minutes of KEYWORD_INTERVALS)
    k.text(`${minutes === s.keywordIntervalMinutes ? "• " : ""}${t.minutes(minutes)}`, callback.settings(String(minutes)));
  return k;
}

/** Checked with Telegram on every call; an anonymous admin posts as the group itself. */
async function isGroupAdmin(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  const senderChat = ctx.message?.sender_chat;
  if (senderChat?.id === chat.id && (ctx.from === undefined || ctx.from.id === GROUP_ANONYMOUS_BOT_ID)) return true;
  if (!ctx.from) return false;
  const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
  return member.status === "creator" || member.status === "administrator";
}

settings.command("settings", async (ctx) => {
  const t = TEXT[ctx.lang];
  if (ctx.chat.type !== "group" && ctx.chat.type !== "supergroup") return void (await ctx.reply(t.privateOnly));
  if (!(await isGroupAdmin(ctx))) return void (await ctx.reply(t.notAdmin));
  const arg = ctx.match.trim().toLowerCase();
  let current = ctx.deps.repo.getChatSettings(ctx.chat.id);
  if (/\b(on|вкл\p{L}*)\b/u.test(arg)) current = ctx.deps.repo.updateChatSettings(ctx.chat.id, { keywordMode: true });
  else if (/\b(off|выкл\p{L}*)\b/u.test(arg)) current = ctx.deps.repo.updateChatSettings(ctx.chat.id, { keywordMode: false });
  await ctx.reply(t.status(current), { parse_mode: "HTML", reply_markup: keyboard(current, ctx.lang) });
});

settings.callbackQuery(CALLBACK_PATTERNS.settings, async (ctx) => {
  const t = TEXT[ctx.lang];
  const chat = ctx.chat;
  if (!chat || (chat.type !== "group" && chat.type !== "supergroup")) return void (await ctx.answerCallbackQuery());
  if (!(await isGroupAdmin(ctx))) return void (await ctx.answerCallbackQuery({ text: t.notAdmin, show_alert: true }));
  const action = ctx.match[1];
  const patch: Partial<ChatSettings> =
    action === "on" ? { keywordMode: true } : action === "off" ? { keywordMode: false } : { keywordIntervalMinutes: Number(action) };
  const updated = ctx.deps.repo.updateChatSettings(chat.id, patch);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(t.status(updated), { parse_mode: "HTML", reply_markup: keyboard(updated, ctx.lang) });
});
