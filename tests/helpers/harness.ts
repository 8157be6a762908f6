import { Bot, type Middleware, type Transformer } from "grammy";
import type { Chat, InlineKeyboardMarkup, Message, Update, User } from "grammy/types";
import { createApp, type App } from "../../src/app.js";
import type { RateOverrides } from "../../src/calc/reference.js";
import type { BotContext } from "../../src/bot/context.js";
import { apologiseOnError, createBot, updateContext } from "../../src/bot/create-bot.js";
import { callbackUpdate, LOCAL_BOT, messageUpdate, textMessage } from "../../src/bot/local-updates.js";
import { createLogger } from "../../src/logger.js";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export const RU_USER: User = { id: 501, is_bot: false, first_name: "Иван", language_code: "ru" };
export const EN_USER: User = { id: 502, is_bot: false, first_name: "Ann", language_code: "en" };

/**
 * The real bot (createBot, real knowledge base, real migrations on a real SQLite database)
 * driven through bot.handleUpdate, with a transformer that records every outgoing API call
 * and answers it as Telegram would.
 */
export class TestBot {
  readonly calls: ApiCall[] = [];
  readonly app: App;
  readonly bot: Bot<BotContext>;
  private nextMessageId = 9000;

  /** `features`: only these middleware, after the per-update context, instead of the whole bot (see `withOnly`). */
  constructor(
    databasePath = ":memory:",
    extraTransformers: Transformer[] = [],
    rates: RateOverrides = {},
    features?: readonly Middleware<BotContext>[],
  ) {
    this.app = createApp({ databasePath, admins: [], logger: createLogger("silent"), rates });
    const recorder: Transformer = (_prev, method, payload) => {
      this.calls.push({ method, payload: payload });
      const p = payload as Record<string, unknown>;
      const chat = { id: Number(p.chat_id ?? 0), type: "private" } as Chat;
      const result =
        method === "sendMessage" || method === "sendPhoto"
          ? ({ message_id: this.nextMessageId++, date: 0, chat, text: p.text ?? p.caption } as Message)
          : true;
      return Promise.resolve({ ok: true, result } as never);
    };
    // Installed later = called first: extra transformers (fault injection) run before the recorder.
    const transformers = [recorder, ...extraTransformers];
    if (features) {
      this.bot = new Bot<BotContext>("123:test", { botInfo: LOCAL_BOT });
      for (const transformer of transformers) this.bot.api.config.use(transformer);
      this.bot.use(updateContext(this.app.deps), apologiseOnError, ...features);
    } else {
      this.bot = createBot({ token: "123:test", botInfo: LOCAL_BOT, deps: this.app.deps, transformers });
    }
  }

  /**
   * A minimal bot for one feature: the per-update context (deps, logger, writes) and only the middleware
   * given — usually `language` and the feature — on the real knowledge base and a real database.
   */
  static withOnly(...features: Middleware<BotContext>[]): TestBot {
    return new TestBot(":memory:", [], {}, features);
  }

  /** Sends one update and returns the API calls it caused. */
  async handle(update: Update): Promise<ApiCall[]> {
    const before = this.calls.length;
    await this.bot.handleUpdate(update);
    return this.calls.slice(before);
  }

  async send(text: string, from: User = RU_USER, chat?: Chat): Promise<ApiCall[]> {
    return this.handle(messageUpdate(textMessage(text, from, chat)));
  }

  /** Presses a button of a message the bot sent. */
  async press(data: string, from: User = RU_USER): Promise<ApiCall[]> {
    const message = { message_id: 1, date: 0, chat: { id: from.id, type: "private", first_name: from.first_name } } as Message;
    return this.handle(callbackUpdate(data, from, message));
  }

  close(): void {
    this.app.database.close();
  }
}

export const texts = (calls: ApiCall[]): string[] =>
  calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => String(c.payload.text));

export const buttons = (call: ApiCall | undefined): { text: string; data: string }[] =>
  ((call?.payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [])
    .flat()
    .flatMap((b) => ("callback_data" in b ? [{ text: b.text, data: b.callback_data }] : []));

/** Checks that a text is well-formed Telegram HTML: only allowed tags, all closed, entities valid. */
export function assertTelegramHtml(text: string): void {
  const allowed = new Set([
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "blockquote",
    "span",
  ]);
  const stack: string[] = [];
  const tagPattern = /<(\/?)([a-z-]+)(?:\s+[^>]*)?>/g;
  for (const match of text.matchAll(tagPattern)) {
    const [, closing, name] = match as unknown as [string, string, string];
    if (!allowed.has(name)) throw new Error(`disallowed tag <${name}> in: ${text.slice(0, 200)}`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> in: ${text.slice(0, 200)}`);
    } else stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join(", ")}> in: ${text.slice(0, 200)}`);
  const withoutTags = text.replace(tagPattern, "");
  if (/[<>]/.test(withoutTags)) throw new Error(`raw < or > in: ${text.slice(0, 200)}`);
  const badEntity = /&(?!(?:amp|lt|gt|quot|#\d+);)/.exec(withoutTags);
  if (badEntity) throw new Error(`bare & in: ${text.slice(0, 200)}`);
}
