import { Composer } from "grammy";
import type { Message, MessageEntity } from "grammy/types";
import { hasCalcParameters, parseCalcQuery } from "../../calc/parse.js";
import type { BotContext } from "../context.js";
import { COMPARE_WORDS, QUESTION_CUE } from "../grammar.js";

/**
 * Groups, supergroups and channels: the bot speaks when spoken to. Commands (with or without
 * @username; grammY ignores those for other bots), @mentions and replies to the bot's own
 * messages go on to the features; in keyword mode, clear AI-cost questions too, rate-limited
 * per group. Everything else is silence. Answers reply to the asker's message.
 */
export const groups = new Composer<BotContext>();

/** A matcher score this high means the message clearly asks something the bot knows. */
const KEYWORD_MIN_SCORE = 0.6;

// Group → supergroup: the old chat's settings, contexts and records follow to the new id.
groups.on("message:migrate_to_chat_id", (ctx) => {
  ctx.deps.repo.migrateChat(ctx.chat.id, ctx.msg.migrate_to_chat_id);
});
groups.on("message:migrate_from_chat_id", (ctx) => {
  ctx.deps.repo.migrateChat(ctx.msg.migrate_from_chat_id, ctx.chat.id);
});

/** Outgoing messages in groups and channels reply to the message that asked. */
groups.use(async (ctx, next) => {
  const asked = ctx.message ?? ctx.channelPost;
  if (asked && ctx.chat && ctx.chat.type !== "private") {
    const chatId = ctx.chat.id;
    ctx.api.config.use((prev, method, payload, signal) => {
      const p = payload as Record<string, unknown>;
      if ((method === "sendMessage" || method === "sendPhoto") && p.chat_id === chatId && p.reply_parameters === undefined) {
        return prev(
          method,
          { ...payload, reply_parameters: { message_id: asked.message_id, allow_sending_without_reply: true } } as typeof payload,
          signal,
        );
      }
      return prev(method, payload, signal);
    });
  }
  await next();
});

const isCommand = (msg: Message) => msg.entities?.some((e) => e.type === "bot_command" && e.offset === 0) ?? false;

/** The text without the bot's @mention, or undefined when the bot is not mentioned. */
function withoutMention(text: string, entities: MessageEntity[] | undefined, me: { id: number; username: string }): string | undefined {
  const mention = entities?.find(
    (e) =>
      (e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username.toLowerCase()}`) ||
      (e.type === "text_mention" && e.user.id === me.id),
  );
  if (!mention) return undefined;
  return `${text.slice(0, mention.offset)} ${text.slice(mention.offset + mention.length)}`
    .replace(/\s+/g, " ")
    .replace(/^[\s,:]+/, "")
    .trim();
}

/** A reply to one of the bot's own messages (a topic's service message does not count). */
const repliesToMe = (msg: Message, meId: number) => msg.reply_to_message?.from?.id === meId && !msg.reply_to_message.forum_topic_created;

function clearlyAsksAboutCosts(ctx: BotContext, text: string): boolean {
  if (!QUESTION_CUE.test(text)) return false;
  const calc = parseCalcQuery(text);
  if (hasCalcParameters(calc) && (calc.gpus !== undefined || calc.gpuHours !== undefined)) return true;
  if (COMPARE_WORDS.test(text) && ctx.deps.reader.subjectsIn(text).length > 0) return true;
  const result = ctx.deps.matcher.match(text);
  return result.kind === "answer" && result.best.score >= KEYWORD_MIN_SCORE;
}

const inGroups = groups.chatType(["group", "supergroup"]);

inGroups.on("message", async (ctx, next) => {
  const msg = ctx.msg;
  if (msg.text === undefined) return; // stickers, photos, service messages: not for the bot
  if (isCommand(msg)) return next();
  const addressed = withoutMention(msg.text, msg.entities, ctx.me);
  if (addressed !== undefined) {
    ctx.questionText = addressed;
    return next();
  }
  if (repliesToMe(msg, ctx.me.id)) {
    ctx.questionText = msg.text;
    return next();
  }
  if (
    ctx.deps.repo.getChatSettings(ctx.chat.id).keywordMode &&
    clearlyAsksAboutCosts(ctx, msg.text) &&
    ctx.deps.repo.claimKeywordSlot(ctx.chat.id)
  ) {
    ctx.questionText = msg.text;
    return next();
  }
  // Ordinary chatter: silence.
});

/** Channel posts: only commands are for the bot; edited posts are never answered again. */
groups.on("channel_post", async (ctx, next) => {
  if (isCommand(ctx.channelPost)) await next();
});
