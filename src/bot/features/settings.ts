import { Composer, InlineKeyboard } from "grammy";
import type { ChatSettings } from "../../db/repository.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { SWITCH_OFF, SWITCH_ON } from "../grammar.js";
import { formatNumber } from "../locales/format.js";

/** /settings: a group admin switches keyword mode and its interval. */
export const settings = new Composer<BotContext>();

/** The account Telegram shows for anonymous group admins. */
const GROUP_ANONYMOUS_BOT_ID = 1087968824;
export const KEYWORD_INTERVALS = [5, 10, 30, 60] as const;

const minutes = (ctx: BotContext, n: number) => ctx.t.settings.minutes(formatNumber(n, ctx.lang));
const status = (ctx: BotContext, s: ChatSettings) => ctx.t.settings.status(s.keywordMode, minutes(ctx, s.keywordIntervalMinutes));

function keyboard(s: ChatSettings, ctx: BotContext): InlineKeyboard {
  const t = ctx.t.settings;
  const k = new InlineKeyboard().text(s.keywordMode ? t.off : t.on, callback.settings(s.keywordMode ? "off" : "on")).row();
  for (const n of KEYWORD_INTERVALS)
    k.text(`${n === s.keywordIntervalMinutes ? "• " : ""}${minutes(ctx, n)}`, callback.settings(String(n)));
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
  const t = ctx.t.settings;
  if (ctx.chat.type !== "group" && ctx.chat.type !== "supergroup") return void (await ctx.reply(t.privateOnly));
  if (!(await isGroupAdmin(ctx))) return void (await ctx.reply(t.notAdmin));
  const arg = ctx.match.trim().toLowerCase();
  let current = ctx.deps.repo.getChatSettings(ctx.chat.id);
  if (SWITCH_ON.test(arg)) current = ctx.deps.repo.updateChatSettings(ctx.chat.id, { keywordMode: true });
  else if (SWITCH_OFF.test(arg)) current = ctx.deps.repo.updateChatSettings(ctx.chat.id, { keywordMode: false });
  await ctx.reply(status(ctx, current), { parse_mode: "HTML", reply_markup: keyboard(current, ctx) });
});

settings.callbackQuery(CALLBACK_PATTERNS.settings, async (ctx) => {
  const t = ctx.t.settings;
  const chat = ctx.chat;
  if (!chat || (chat.type !== "group" && chat.type !== "supergroup")) return void (await ctx.answerCallbackQuery());
  if (!(await isGroupAdmin(ctx))) return void (await ctx.answerCallbackQuery({ text: t.notAdmin, show_alert: true }));
  const action = ctx.match[1];
  const patch: Partial<ChatSettings> =
    action === "on" ? { keywordMode: true } : action === "off" ? { keywordMode: false } : { keywordIntervalMinutes: Number(action) };
  const updated = ctx.deps.repo.updateChatSettings(chat.id, patch);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(status(ctx, updated), { parse_mode: "HTML", reply_markup: keyboard(updated, ctx) });
});
