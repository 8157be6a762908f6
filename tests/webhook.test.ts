import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Update, User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textUpdate } from "../src/bot/local-updates.js";
import { FakeBotApi } from "./helpers/fake-bot-api.js";
import {
  exitOf,
  expectNoneLostAtMostOneRepeatPerChat,
  freePort,
  repliesByDays,
  ROOT,
  slowSends,
  TOKEN,
  TSX,
  until as waitUntil,
} from "./helpers/process.js";

// Webhook mode end to end: the real process (src/main.ts with BOT_MODE=webhook) against the fake Bot API, with the
// test posting updates to it the way Telegram does (JSON body, X-Telegram-Bot-Api-Secret-Token header).

const SECRET = "test-secret_0123456789";
const HOOK_PATH = "/telegram/hook";

let api: FakeBotApi;
let dir: string;
let port: number;
const children: ChildProcess[] = [];
let output = "";
const until = (condition: () => boolean, timeoutMs: number, what: string) => waitUntil(condition, timeoutMs, what, () => output);

beforeEach(async () => {
  api = await new FakeBotApi().start();
  dir = mkdtempSync(join(tmpdir(), "ai-costs-webhook-"));
  port = await freePort();
  output = "";
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

function startBot(env: Record<string, string> = {}): ChildProcess {
  const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "",
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      DATABASE_PATH: join(dir, "bot.db"),
      LOG_LEVEL: "info",
      FX_SOURCE: "none",
      BOT_MODE: "webhook",
      WEBHOOK_URL: `https://bot.example.test${HOOK_PATH}`,
      WEBHOOK_SECRET: SECRET,
      HOST: "127.0.0.1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
  children.push(proc);
  return proc;
}

/** Posts an update as Telegram does; returns the HTTP status, or the connection error's code. */
async function post(update: Update, secret: string | null = SECRET): Promise<number | string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${HOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret !== null ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code ?? String(error);
  }
}

const health = async () => {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const users: User[] = Array.from({ length: 10 }, (_, i) => ({ id: 8000 + i, is_bot: false, first_name: `W${i}`, language_code: "ru" }));

/** 30 questions from 10 users, each asking for a distinct number of days, so every reply says which it answers. */
function burst(): { updates: Update[]; days: number[] } {
  const updates: Update[] = [];
  const days: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [i, user] of users.entries()) {
      const d = 10 + round * 10 + i;
      days.push(d);
      updates.push(textUpdate(`2048 GPU на ${d} дней по $2/ч`, user));
    }
  }
  return { updates, days };
}

/** Waits for the `n`th start (this test's processes share one output) to have set its webhook. */
const webhookSet = (n = 1) => until(() => (output.match(/webhook set for @/g) ?? []).length >= n, 20_000, "the webhook set");

describe("webhook mode", () => {
  it("sets the webhook with its secret, answers posted updates once, refuses a wrong secret, reports health", async () => {
    startBot();
    await webhookSet();
    const [set] = api.calls("setWebhook");
    expect(set?.payload).toMatchObject({ url: `https://bot.example.test${HOOK_PATH}`, secret_token: SECRET });
    expect(api.calls("getUpdates")).toHaveLength(0);

    // Without the secret, or with a wrong one: 401, and the update is neither handled nor stored.
    const intruder = textUpdate("сколько стоил GPT-4?", users[0]!);
    expect(await post(intruder, null)).toBe(401);
    expect(await post(intruder, "wrong-secret")).toBe(401);

    const question = textUpdate("сколько стоил GPT-4?", users[1]!);
    const started = Date.now();
    expect(await post(question)).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    await api.waitFor("sendMessage", (c) => c.payload.chat_id === users[1]!.id);
    // Telegram sends it again (it missed the 200): answered 200, not handled again.
    expect(await post(question)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(api.calls("sendMessage").filter((c) => c.payload.chat_id === users[1]!.id)).toHaveLength(1);
    expect(api.calls("sendMessage").filter((c) => c.payload.chat_id === users[0]!.id)).toHaveLength(0);

    // Not the webhook's path, or not a POST.
    expect((await fetch(`http://127.0.0.1:${port}/other`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}${HOOK_PATH}`)).status).toBe(405);

    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", mode: "webhook", pendingUpdates: 0, inHand: 0, database: { writable: true } });
    expect(typeof body.uptimeSeconds).toBe("number");
    expect(Date.parse(String(body.lastUpdateHandledAt))).toBeGreaterThan(started - 1000);

    const db = new Database(join(dir, "bot.db"), { readonly: true });
    const inbox = db.prepare("select update_id, status from inbox").all();
    db.close();
    expect(inbox).toEqual([{ update_id: question.update_id, status: "done" }]);
  }, 60_000);

  it("after SIGKILL in the middle of a burst, a restart answers every update, and none twice but those in flight", async () => {
    slowSends(api);
    const { updates, days } = burst();
    const first = startBot();
    await webhookSet();
    // Telegram posts concurrently (up to 40 connections); every update is stored before its 200.
    const statuses = await Promise.all(updates.map((u) => post(u)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    await until(() => api.calls("sendMessage").length >= 8, 20_000, "the first replies");
    first.kill("SIGKILL");
    await exitOf(first);
    const beforeRestart = api.calls("sendMessage").length;
    expect(beforeRestart).toBeLessThan(days.length);

    startBot();
    await webhookSet(2);
    // Telegram, not sure what arrived, sends the whole burst again: done ones are skipped, pending ones handled once.
    const again = await Promise.all(updates.map((u) => post(u)));
    expect(again.every((s) => s === 200)).toBe(true);
    await until(() => days.every((d) => repliesByDays(api).has(d)), 30_000, "every question answered");
    await new Promise((resolve) => setTimeout(resolve, 700));
    const counts = repliesByDays(api);
    expectNoneLostAtMostOneRepeatPerChat(counts, days.length, users.length, `[webhook] SIGKILL after ${beforeRestart} replies`);
  }, 90_000);

  it("SIGTERM: stops accepting, finishes the updates in hand, exits 0; the rest after restart, none twice", async () => {
    slowSends(api);
    const { updates, days } = burst();
    const first = startBot();
    await webhookSet();
    expect((await Promise.all(updates.map((u) => post(u)))).every((s) => s === 200)).toBe(true);
    await until(() => api.calls("sendMessage").length >= 5, 20_000, "the first replies");
    const signalled = Date.now();
    first.kill("SIGTERM");
    await until(() => /SIGTERM received/.test(output), 5000, "the stop to begin");
    // No longer taking updates: the connection is refused (or, on an open connection, 503), so Telegram keeps it.
    const late = textUpdate("2048 GPU на 99 дней по $2/ч", users[0]!);
    // (A kept-alive connection closed under the request shows as a reset socket: not accepted either.)
    expect([503, "ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"]).toContain(await post(late));
    expect(await exitOf(first)).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(output).toMatch(/stopped cleanly/);
    const answeredBeforeStop = repliesByDays(api).size;
    expect(answeredBeforeStop).toBeGreaterThanOrEqual(5);

    startBot();
    await webhookSet(2);
    expect(await post(late)).toBe(200); // Telegram's retry of the refused one
    await until(() => [...days, 99].every((d) => repliesByDays(api).has(d)), 30_000, "every question answered");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...repliesByDays(api).values()].every((n) => n === 1)).toBe(true);
  }, 90_000);

  it("a port already taken stops start-up with one line", async () => {
    const blocker = (await import("node:net")).createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    try {
      const proc = startBot();
      expect((await exitOf(proc)).code).toBe(1);
      expect(output).toMatch(/Cannot listen on 127\.0\.0\.1:\d+: the port is taken/);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 30_000);
});
