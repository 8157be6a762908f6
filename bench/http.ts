import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createApp } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { createLogger } from "../src/logger.js";
import { Delivery } from "../src/delivery.js";
import { startPolling } from "../src/polling.js";
import { TestBot } from "../tests/helpers/harness.js";
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { burst, QUESTIONS, timeUntilAnswered } from "./burst.js";

const TOKEN = "123456789:AAEbenchTokenForTheFakeBotApi_1234";

export interface ThroughputOptions {
  users: number;
  perUser: number;
  /** Added to every Bot API answer, as a remote server's round trip. */
  latencyMs: number;
  /** The fake Bot API in its own process (as Telegram is) or in this one (then its CPU counts against the bot). */
  apiInOwnProcess: boolean;
  /** Runs of each bot, taken in turns (full, echo, full, …); the median is reported. */
  runs: number;
  /** Also time the answer-replaying floor (see answerReplayBot), in the same turns. */
  replay?: Map<string, Record<string, unknown>[]>;
}

/** Something that polls a Bot API at `url` until stopped. */
type Runner = (url: string) => Promise<() => Promise<void>>;

/** The full bot: the same createBot + startPolling as `npm start`, on a SQLite file as in production. */
const fullBot: Runner = (url) => {
  const dir = mkdtempSync(join(tmpdir(), "bench-bot-"));
  const app = createApp({ databasePath: join(dir, "bot.db"), admins: [], logger: createLogger("silent") });
  // The matcher and reader indexes, which npm start builds during its first long poll, are built before the clock
  // starts: left to the first update, their 50–110 ms were 1.5–4% of a ~3 s run meant to measure the steady speed.
  app.warmUp();
  // Without the auto-retry src/main.ts adds: it does nothing while every call succeeds.
  const bot = createBot({ token: TOKEN, apiRoot: url, deps: app.deps });
  const polling = startPolling(bot, new Delivery(bot, app.deps.repo, createLogger("silent")), createLogger("silent"), {
    pollTimeoutSeconds: 1,
  });
  return Promise.resolve(async () => {
    await polling.stop();
    app.database.close();
    rmSync(dir, { recursive: true, force: true });
  });
};

const answerKey = (update: Update) => `${update.message?.from?.language_code ?? ""}:${update.message?.text ?? ""}`;

/** What the full bot sends for each benchmark question, in each language, recorded once through handleUpdate. */
export async function recordAnswers(): Promise<Map<string, Record<string, unknown>[]>> {
  const bot = new TestBot();
  const answers = new Map<string, Record<string, unknown>[]>();
  // Two users (one English, one Russian) each ask every question once.
  for (const update of burst(2, QUESTIONS.length)) {
    const calls = await bot.handle(update);
    answers.set(
      answerKey(update),
      calls.filter((c) => c.method === "sendMessage").map((c) => c.payload),
    );
  }
  bot.close();
  return answers;
}

/**
 * A floor for the pure-CPU row: the full bot's plumbing (runner, grammY's client) replying with the
 * full bot's own recorded answers, but with no matching, no calculator, no SQLite. What it costs
 * is what any bot that sends answers of that size costs; the rest of the full bot's time is its work.
 */
const answerReplayBot =
  (answers: Map<string, Record<string, unknown>[]>): Runner =>
  (url) => {
    const bot = new Bot(TOKEN, { client: { apiRoot: url } });
    bot.on("message:text", async (ctx) => {
      for (const payload of answers.get(answerKey(ctx.update)) ?? []) {
        const { text, ...other } = payload;
        delete other.chat_id; // ctx.reply sets this chat's id
        await ctx.reply(String(text), other);
      }
    });
    const runner = run(bot, { runner: { fetch: { timeout: 1 } } });
    return Promise.resolve(() => runner.stop());
  };

/** The reference: grammY's own long polling and one handler that sends the text back. */
const echoBot: Runner = (url) => {
  const bot = new Bot(TOKEN, { client: { apiRoot: url } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
  void bot.start({ timeout: 1 });
  // stop() confirms the offset with one more getUpdates; on a busy machine the fake API's keep-alive socket can
  // close under it (ECONNRESET). The run is measured by then: that must not end the bench.
  return Promise.resolve(() => bot.stop().catch(() => undefined));
};

async function measure(run: Runner, { users, perUser, latencyMs, apiInOwnProcess }: ThroughputOptions): Promise<number> {
  const count = users * perUser;
  if (!apiInOwnProcess) {
    const api = await new FakeBotApi(latencyMs).start();
    api.push(...burst(users, perUser));
    const stop = await run(api.url);
    const ms = await timeUntilAnswered(api, count);
    await stop();
    await api.stop();
    return (count / ms) * 1000;
  }
  const child = fork(new URL("./fake-api-process.ts", import.meta.url).pathname, [users, perUser, latencyMs].map(String), {
    execArgv: ["--import", "tsx"],
  });
  // The child speaks twice: its address, then (only after the bot has answered everything) the time.
  const next = () =>
    new Promise<{ url?: string; ms?: number }>((resolve) => child.once("message", (m) => resolve(m as { url?: string; ms?: number })));
  const { url } = await next();
  const stop = await run(url!);
  const { ms } = await next();
  await stop();
  child.disconnect();
  await new Promise((resolve) => child.once("exit", resolve));
  return (count / ms!) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Unmeasured runs of both bots until the JIT has settled: a bot in production has been running for
 * hours, and the full bot's code takes about 10,000 updates to reach its steady speed (its first
 * 3,000 run ~40% slower). Start-up is measured on its own.
 */
export async function warmUp(rounds = 3): Promise<void> {
  const options: ThroughputOptions = { users: 300, perUser: 10, latencyMs: 0, apiInOwnProcess: true, runs: 1 };
  for (let i = 0; i < rounds; i++) {
    await measure(fullBot, options);
    await measure(echoBot, options);
  }
}

/**
 * Updates per second for the full bot (runner, matching, calculator, SQLite records) and for a bare
 * grammY echo bot: medians over runs taken in turns, since this machine's speed drifts between runs.
 */
export async function httpThroughput(
  options: ThroughputOptions,
): Promise<{ full: number; echo: number; replay?: number; updates: number; fullRuns: number[]; echoRuns: number[]; replayRuns: number[] }> {
  const fullRuns: number[] = [];
  const echoRuns: number[] = [];
  const replayRuns: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    fullRuns.push(await measure(fullBot, options));
    echoRuns.push(await measure(echoBot, options));
    if (options.replay) replayRuns.push(await measure(answerReplayBot(options.replay), options));
  }
  const replay = replayRuns.length ? { replay: median(replayRuns) } : {};
  return {
    full: median(fullRuns),
    echo: median(echoRuns),
    ...replay,
    updates: options.users * options.perUser,
    fullRuns,
    echoRuns,
    replayRuns,
  };
}
