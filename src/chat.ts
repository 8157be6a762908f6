import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Transformer } from "grammy";
import type { InlineKeyboardMarkup, Message, User } from "grammy/types";
import { createApp } from "./app.js";
import { createBot } from "./bot/create-bot.js";
import { callbackUpdate, LOCAL_BOT, privateChat, textUpdate } from "./bot/local-updates.js";
import { configFromEnvironmentOrExit } from "./config.js";
import { createLogger } from "./logger.js";

/**
 * `npm run chat`: the same bot pipeline (createBot, features, database) in the terminal,
 * with no Telegram and no token. Outgoing API calls are answered locally and printed.
 * Interactive by default; `npm run chat -- "question"` asks once and exits.
 */

const color = process.stdout.isTTY;
const style = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/** Telegram HTML → terminal text. */
export function htmlToTerminal(html: string): string {
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_m, url: string, text: string) => `${text} (${url})`)
    .replace(/<b>(.*?)<\/b>/gs, (_m, text: string) => style("1", text))
    .replace(/<i>(.*?)<\/i>/gs, (_m, text: string) => style("3", text))
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

async function main(): Promise<void> {
  const config = configFromEnvironmentOrExit({ requireToken: false });
  const app = createApp({
    databasePath: config.databasePath,
    admins: config.admins,
    rates: config.rates,
    logger: createLogger(config.logLevel === "info" ? "warn" : config.logLevel, { format: config.logFormat }),
  });

  const user: User = {
    id: 1,
    is_bot: false,
    first_name: "Terminal",
    language_code: process.env.CHAT_LANG ?? (Intl.DateTimeFormat().resolvedOptions().locale.startsWith("ru") ? "ru" : "en"),
  };
  let buttons: { text: string; data: string; message: Message }[] = [];
  let nextMessageId = 1_000_000;

  // Answers every API call locally and prints what the bot sends.
  const terminal: Transformer = (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    const show = (text: string, markup?: InlineKeyboardMarkup) => {
      process.stdout.write(`\n${htmlToTerminal(text)}\n`);
      const message = { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: privateChat(user), text } as Message;
      const rows = markup?.inline_keyboard ?? [];
      const newButtons = rows.flat().flatMap((b) => ("callback_data" in b ? [{ text: b.text, data: b.callback_data, message }] : []));
      if (newButtons.length > 0) {
        buttons = newButtons;
        buttons.forEach((b, i) => process.stdout.write(`  ${style("36", `[${i + 1}]`)} ${b.text}\n`));
      }
      return message;
    };
    let result: unknown = true;
    if (method === "sendPhoto") {
      // The chart is saved next to the database so it can be opened; the caption is printed.
      const photo = (p.photo as { fileData?: unknown } | undefined)?.fileData;
      const file = join(dirname(config.databasePath), "last-chart.png");
      if (photo instanceof Uint8Array) writeFileSync(file, photo);
      process.stdout.write(`\n${style("2", `[chart: ${file}]`)}`);
      result = show(typeof p.caption === "string" ? p.caption : "", p.reply_markup as InlineKeyboardMarkup | undefined);
    } else if (method === "sendMessage" || method === "editMessageText") {
      result = show(typeof p.text === "string" ? p.text : "", p.reply_markup as InlineKeyboardMarkup | undefined);
    } else if (method === "answerCallbackQuery" && typeof p.text === "string") {
      process.stdout.write(`  (${p.text})\n`);
    }
    return Promise.resolve({ ok: true, result } as never);
  };

  const bot = createBot({ token: "0:terminal-chat", botInfo: LOCAL_BOT, deps: app.deps, transformers: [terminal] });
  const ask = async (line: string) => {
    const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
    await bot.handleUpdate(pressed ? callbackUpdate(pressed.data, user, pressed.message) : textUpdate(line, user));
  };

  const oneShot = process.argv.slice(2).join(" ").trim();
  if (oneShot) {
    await ask(oneShot);
    app.database.close();
    return;
  }

  process.stdout.write(
    `${style("2", "Terminal chat with the bot (no Telegram). Type a question or a /command; a number presses a button; Ctrl+D quits.")}\n`,
  );
  await ask("/start");
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "\n> " });
  rl.prompt();
  for await (const line of rl) {
    if (line.trim()) await ask(line.trim());
    rl.prompt();
  }
  app.database.close();
}

await main();
