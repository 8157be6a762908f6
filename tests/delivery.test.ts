import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { LOCAL_BOT, messageUpdate, textMessage, textUpdate } from "../src/bot/local-updates.js";
import { createLogger } from "../src/logger.js";
import { Delivery } from "../src/delivery.js";
import { startPolling } from "../src/polling.js";
import { FakeBotApi } from "./helpers/fake-bot-api.js";
import {
  exitOf,
  expectNoneLostAtMostOneRepeatPerChat,
  repliesByDays,
  ROOT,
  slowSends,
  TOKEN,
  TSX,
  until as waitUntil,
} from "./helpers/process.js";

const until = (condition: () => boolean, timeoutMs: number, what: string) => waitUntil(condition, timeoutMs, what, () => output);

let api: FakeBotApi;
let dir: string;
const children: ChildProcess[] = [];
let output = "";

beforeEach(async () => {
  api = await new FakeBotApi().start();
  dir = mkdtempSync(join(tmpdir(), "ai-costs-delivery-"));
  output = "";
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

function startBot(apiRoot = api.url): ChildProcess {
  const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "",
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: apiRoot,
      DATABASE_PATH: join(dir, "bot.db"),
      LOG_LEVEL: "info",
      FX_SOURCE: "none",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
  children.push(proc);
  return proc;
}

const users: User[] = Array.from({ length: 10 }, (_, i) => ({ id: 7000 + i, is_bot: false, first_name: `U${i}`, language_code: "ru" }));

/** 30 questions from 10 users; each asks for a distinct number of days, so every reply says which question it answers. */
function pushBurst(): number[] {
  const days: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [i, user] of users.entries()) {
      const d = 10 + round * 10 + i;
      days.push(d);
      api.push(textUpdate(`2048 GPU на ${d} дней по $2/ч`, user));
    }
  }
  return days;
}

describe("delivery", () => {
  it("after SIGKILL in the middle of a burst, every question is answered and at most the replies in flight are repeated", async () => {
    slowSends(api);
    const days = pushBurst();
    const first = startBot();
    await until(() => api.calls("sendMessage").length >= 8, 20_000, "the first replies");
    first.kill("SIGKILL");
    await exitOf(first);
    const beforeRestart = api.calls("sendMessage").length;
    expect(beforeRestart).toBeLessThan(days.length);

    startBot();
    await until(() => days.every((d) => repliesByDays(api).has(d)), 30_000, "every question answered");
    await new Promise((resolve) => setTimeout(resolve, 500)); // let any stray duplicate arrive
    const counts = repliesByDays(api);
    expectNoneLostAtMostOneRepeatPerChat(counts, days.length, users.length, `[delivery] SIGKILL after ${beforeRestart} replies`);
  }, 90_000);

  it("SIGTERM during a burst stops taking updates, finishes those in hand, exits 0 within 10 s; the rest are answered after restart, none twice", async () => {
    slowSends(api);
    const days = pushBurst();
    const first = startBot();
    await until(() => api.calls("sendMessage").length >= 5, 20_000, "the first replies");
    const signalled = Date.now();
    first.kill("SIGTERM");
    expect(await exitOf(first)).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);

    startBot();
    await until(() => days.every((d) => repliesByDays(api).has(d)), 30_000, "every question answered");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = repliesByDays(api);
    expect(counts.size).toBe(days.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);
});

describe("concurrency", () => {
  it("a slow chat does not hold up the others, and each chat keeps its order", async () => {
    const [slow, fast] = [users[0]!, users[1]!];
    api.override("sendMessage", (payload) =>
      payload.chat_id === slow.id ? new Promise((resolve) => setTimeout(() => resolve(undefined), 3000)) : undefined,
    );
    startBot();
    await api.waitFor("getUpdates", () => true, 15_000);
    api.push(textUpdate("2048 GPU на 11 дней", slow), textUpdate("2048 GPU на 22 дней", fast), textUpdate("2048 GPU на 33 дней", slow));
    await until(() => api.calls("sendMessage").length >= 3, 20_000, "three replies");
    const order = api.calls("sendMessage").map((c) => /× (\d+) (?:день|дня|дней) /.exec(String(c.payload.text))?.[1]);
    expect(order).toEqual(["11", "22", "33"]);
    const [slowFirst, fastReply, slowSecond] = api.calls("sendMessage");
    // The fast chat was answered while the slow chat's first reply was still in flight (3 s)…
    expect(fastReply!.at - slowFirst!.at).toBeLessThan(2000);
    // …and the slow chat's second question waited for its first.
    expect(slowSecond!.at - slowFirst!.at).toBeGreaterThanOrEqual(2900);
  }, 40_000);
});

describe("inbox upkeep", () => {
  it("forgets handled update ids older than three days while running, not only at start", async () => {
    const app = createApp({ databasePath: join(dir, "prune.db"), admins: [], logger: createLogger("silent") });
    const bot = createBot({ token: TOKEN, apiRoot: api.url, deps: app.deps });
    const delivery = new Delivery(bot, app.deps.repo, createLogger("silent"), { pruneIntervalMs: 100 });
    const polling = startPolling(bot, delivery, createLogger("silent"), { pollTimeoutSeconds: 1 });
    await polling.started;
    const repo = app.deps.repo;
    const fourDaysAgo = new Date(Date.now() - 4 * 24 * 3600 * 1000);
    repo.storeIncoming([{ update_id: 1 }, { update_id: 2 }], fourDaysAgo);
    repo.markDone(1);
    repo.storeIncoming([{ update_id: 3 }]);
    repo.markDone(3);
    const ids = () => app.database.sqlite.prepare("select update_id from inbox order by update_id").pluck().all();
    const deadline = Date.now() + 5000;
    while (ids().includes(1) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    // Old and handled: gone. Old but never handled: kept. Handled but recent: kept (re-delivery is still possible).
    expect(ids()).toEqual([2, 3]);
    await polling.stop();
    app.database.close();
  });
});

describe("faults", () => {
  it("429: waits retry_after and retries; 5xx: backs off and retries; a dropped connection: retries with a log line", async () => {
    let tooMany = 1;
    let serverErrors = 1;
    let drops = 1;
    api.override("sendMessage", () => {
      if (tooMany-- > 0)
        return {
          status: 429,
          body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
        };
      if (serverErrors-- > 0) return { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } };
      if (drops-- > 0) return "destroy";
      return undefined;
    });
    startBot();
    api.push(textUpdate("сколько стоил GPT-4?", users[0]!));
    await until(() => api.calls("sendMessage").length >= 4, 30_000, "the reply after 429, 502 and a dropped connection");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.calls("sendMessage")).toHaveLength(4); // 429, 502, dropped, delivered
    expect(output).toMatch(/network error on sendMessage; retry 1\/3/);
  }, 60_000);

  it("a burst of answers into one group loses nothing: every 429 waits its retry_after and the call is made again", async () => {
    // Telegram allows a group about 20 messages a minute; here the fake API allows 3 a second per chat,
    // so a burst of 12 questions in one group runs into the limit several times.
    const group = { id: -100777, type: "supergroup" as const, title: "flood" };
    const sentAt: number[] = [];
    let refused = 0;
    api.override("sendMessage", (payload) => {
      if (payload.chat_id !== group.id) return undefined;
      const now = Date.now();
      if (sentAt.filter((t) => now - t < 1000).length >= 3) {
        refused++;
        return {
          status: 429,
          body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
        };
      }
      sentAt.push(now);
      return undefined;
    });
    startBot();
    for (const [i, user] of users.slice(0, 4).entries()) {
      for (let round = 0; round < 3; round++) {
        const d = 10 + round * 10 + i;
        api.push(messageUpdate(textMessage(`@ai_costs_bot 2048 GPU на ${d} дней по $2/ч`, user, group)));
      }
    }
    await until(() => sentAt.length >= 12, 45_000, "twelve answers in the group");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(refused).toBeGreaterThan(0);
    const answered = api.calls("sendMessage").filter((c) => c.payload.chat_id === group.id);
    const days = new Set(answered.map((c) => /× (\d+) (?:день|дня|дней) /.exec(String(c.payload.text))?.[1]).filter(Boolean));
    expect(days.size).toBe(12);
    expect(sentAt).toHaveLength(12); // each answer delivered exactly once
  }, 60_000);

  it("a huge retry_after is not waited for: the call fails and the bot goes on", async () => {
    api.override("sendMessage", (payload) =>
      payload.chat_id === users[0]!.id
        ? {
            status: 429,
            body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 3600", parameters: { retry_after: 3600 } },
          }
        : undefined,
    );
    startBot();
    api.push(textUpdate("сколько стоил GPT-4?", users[0]!), textUpdate("сколько стоил GPT-4?", users[1]!));
    await until(() => api.calls("sendMessage").some((c) => c.payload.chat_id === users[1]!.id), 20_000, "the other chat's answer");
  }, 30_000);

  it("Telegram unreachable at start-up: retries with backoff and a log line, then runs", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const proc = startBot(`http://127.0.0.1:${port}`);
    await until(() => /Telegram unreachable at start-up \(attempt 2\)/.test(output), 20_000, "two start-up attempts");
    expect(proc.exitCode).toBeNull();
    const late = await new FakeBotApi().start(port);
    try {
      late.push(textUpdate("сколько стоил GPT-4?", users[0]!));
      await late.waitFor("sendMessage", () => true, 20_000);
    } finally {
      proc.kill("SIGKILL");
      await late.stop();
    }
  }, 45_000);

  it("an unwritable DATABASE_PATH stops start-up with one clear line", async () => {
    writeFileSync(join(dir, "not-a-folder"), "x");
    const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", BOT_TOKEN: TOKEN, DATABASE_PATH: join(dir, "not-a-folder", "bot.db") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    proc.stderr.on("data", (d: Buffer) => (err += d.toString()));
    expect((await exitOf(proc)).code).toBe(1);
    expect(err.trim().split("\n")).toEqual([
      expect.stringMatching(/^Cannot open the database at .*not-a-folder\/bot\.db: (ENOTDIR|EEXIST)/),
    ]);
  }, 20_000);
});

describe("Delivery, shared by polling and webhooks", () => {
  /** A bot whose sendMessage waits for `release` (to hold an update in hand), recording what it sends. */
  function setup() {
    const app = createApp({ databasePath: ":memory:", admins: [], logger: createLogger("silent") });
    const sent: number[] = [];
    let release: () => void = () => undefined;
    let gate = Promise.resolve();
    const hold = () => (gate = new Promise<void>((resolve) => (release = resolve)));
    const bot = createBot({
      token: TOKEN,
      botInfo: LOCAL_BOT,
      deps: app.deps,
      transformers: [
        async (_prev, method, payload) => {
          if (method === "sendMessage") {
            await gate;
            sent.push(Number((payload as { chat_id: number }).chat_id));
          }
          return { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" } } } as never;
        },
      ],
    });
    const delivery = new Delivery(bot, app.deps.repo, createLogger("silent"));
    return { app, delivery, sent, hold, release: () => release() };
  }

  it("skips an update that is in hand or done, whichever way it comes again", async () => {
    const { app, delivery, sent, hold, release } = setup();
    const update = textUpdate("сколько стоил GPT-4?", users[0]!);
    void hold();
    expect(delivery.store([update])).toEqual(new Set());
    const first = delivery.handle(update);
    // Telegram sends it again while it is being answered (a webhook it thinks was lost): in hand, skipped.
    expect(delivery.store([update])).toEqual(new Set([update.update_id]));
    release();
    await first;
    // …and again once answered: done, skipped.
    expect(delivery.store([update])).toEqual(new Set([update.update_id]));
    expect(sent).toEqual([users[0]!.id]);
    expect(app.deps.repo.isDone(update.update_id)).toBe(true);
    await delivery.drain(100);
    app.database.close();
  });

  it("replays pending updates in order, skipping one handled meanwhile; startPending starts the rest at once", async () => {
    const { app, delivery, sent } = setup();
    const updates = users.slice(0, 3).map((u) => textUpdate("сколько стоил GPT-4?", u));
    delivery.store(updates);
    app.deps.repo.markDone(updates[1]!.update_id); // handled through another path since it was read
    expect(await delivery.replayPending()).toBe(2);
    expect(sent).toEqual([users[0]!.id, users[2]!.id]);
    expect(app.deps.repo.pendingCount()).toBe(0);

    const later = users.slice(3, 5).map((u) => textUpdate("сколько стоил GPT-4?", u));
    delivery.store(later);
    expect(delivery.startPending()).toBe(2);
    expect(delivery.inHandCount).toBe(2);
    await delivery.drain(2000);
    expect(sent.slice(2)).toEqual([users[3]!.id, users[4]!.id]);
    app.database.close();
  });
});
