import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textUpdate } from "../src/bot/local-updates.js";
import { FakeBotApi } from "./helpers/fake-bot-api.js";
import { exitOf, ROOT, TOKEN, TSX } from "./helpers/process.js";
import { RU_USER } from "./helpers/harness.js";

let api: FakeBotApi;
let dir: string;
let child: ChildProcess | undefined;
let output = "";

beforeEach(async () => {
  api = await new FakeBotApi().start();
  dir = mkdtempSync(join(tmpdir(), "ai-costs-bot-"));
  output = "";
});
afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a real entry point (what `npm start` / `npm run chat` run) with the given environment. */
function run(script: string, env: Record<string, string>, args: string[] = [], cwd = ROOT): ChildProcess {
  const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, script), ...args], {
    cwd,
    // No exchange-rate feed unless a test serves one: nothing here reaches the internet.
    env: { PATH: process.env.PATH ?? "", HOME: dir, FX_SOURCE: "none", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
  child = proc;
  return proc;
}

const startBot = (env: Record<string, string>, cwd?: string) => run("src/main.ts", env, [], cwd);

describe("npm start against a local fake Bot API", () => {
  it("polls, answers a question with sendMessage, and exits 0 on SIGTERM", async () => {
    const dbPath = join(dir, "nested", "bot.db");
    const proc = startBot({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: dbPath, LOG_LEVEL: "info" });
    await api.waitFor("getUpdates", () => true, 15_000);

    api.push(textUpdate("сколько стоил GPT-4?", RU_USER));
    const sent = await api.waitFor("sendMessage");
    expect(sent.payload.chat_id).toBe(RU_USER.id);
    expect(String(sent.payload.text)).toMatch(/Альтман/);
    expect(sent.payload.parse_mode).toBe("HTML");
    // Menus for private chats and groups, in English (default) and Russian.
    await api.waitFor("setMyCommands", () => api.calls("setMyCommands").length >= 4);
    const menus = api
      .calls("setMyCommands")
      .map((c) => `${(c.payload.scope as { type: string }).type}:${(c.payload.language_code as string | undefined) ?? "default"}`);
    expect(menus.sort()).toEqual(["all_group_chats:default", "all_group_chats:ru", "all_private_chats:default", "all_private_chats:ru"]);

    proc.kill("SIGTERM");
    expect(await exitOf(proc)).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/stopped cleanly/);
    expect(output).not.toContain(TOKEN.split(":")[1]);

    // The answer was recorded in the database file (folder created), migrations applied.
    const db = new Database(dbPath, { readonly: true });
    const row = db.prepare("select question, status, source_ids from answers").get() as {
      question: string;
      status: string;
      source_ids: string;
    };
    db.close();
    expect(row).toMatchObject({ question: "сколько стоил GPT-4?", status: "answered" });
    expect(row.source_ids).toContain("wired-altman-gpt4");
  }, 40_000);

  it("on SIGTERM finishes the update in hand, records it, closes the database and exits 0", async () => {
    const dbPath = join(dir, "bot.db");
    let release: () => void = () => undefined;
    const slowSend = new Promise<void>((resolve) => (release = resolve));
    api.override("sendMessage", async () => {
      await slowSend;
      return undefined; // then answer normally
    });
    const proc = startBot({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: dbPath });
    await api.waitFor("getUpdates", () => true, 15_000);
    api.push(textUpdate("сколько стоило обучение R1?", RU_USER));
    await api.waitFor("sendMessage"); // the reply is in flight
    proc.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(proc.exitCode).toBeNull(); // still finishing
    release();
    expect(await exitOf(proc)).toEqual({ code: 0, signal: null });

    const db = new Database(dbPath, { readonly: true });
    const count = db.prepare("select count(*) as n from answers").get() as { n: number };
    db.close();
    expect(count.n).toBe(1);
  }, 40_000);

  it("keeps running when setMyCommands fails, and a second start changes nothing in the knowledge base", async () => {
    api.override("setMyCommands", () => ({
      status: 400,
      body: { ok: false, error_code: 400, description: "Bad Request: BOT_COMMAND_INVALID" },
    }));
    const env = { BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: join(dir, "bot.db"), LOG_LEVEL: "info" };

    const first = startBot(env);
    await api.waitFor("getUpdates", () => true, 15_000);
    api.push(textUpdate("/start", RU_USER));
    await api.waitFor("sendMessage");
    expect(output).toMatch(
      /WARN: setMyCommands failed; the bot runs without that command menu {"lang":"\w+","where":"\w+","cause":"GrammyError: Call to .setMyCommands. failed! \(400: Bad Request: BOT_COMMAND_INVALID\)"}\n/,
    );
    first.kill("SIGTERM");
    expect((await exitOf(first)).code, output).toBe(0);
    expect(output).toMatch(/"inserted":\d+/);

    output = "";
    const second = startBot(env);
    await new Promise<void>((resolve) => {
      const check = () => (/database ready/.test(output) ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(output).toMatch(/"knowledgeSync":\{"inserted":0,"updated":0,"deleted":0,"unchanged":\d+\}/);
    second.kill("SIGINT");
    expect((await exitOf(second)).code, output).toBe(0);
  }, 60_000);

  it("without BOT_TOKEN prints one line that points to npm run chat, and exits 1", async () => {
    const proc = startBot({ DATABASE_PATH: join(dir, "bot.db") });
    expect((await exitOf(proc)).code).toBe(1);
    const lines = output.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/BOT_TOKEN is not set.*npm run chat/);
  }, 20_000);

  it("reads .env from the working directory", async () => {
    writeFileSync(join(dir, ".env"), `BOT_TOKEN=${TOKEN}\nLOG_LEVEL=loud\n`);
    const proc = startBot({}, dir);
    expect((await exitOf(proc)).code).toBe(1);
    expect(output).toMatch(/LOG_LEVEL must be one of/);
  }, 20_000);

  it("a bad value stops start-up with one line naming it", async () => {
    const proc = startBot({ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" });
    expect((await exitOf(proc)).code).toBe(1);
    expect(output.trim().split("\n")).toEqual([expect.stringMatching(/^Configuration error: LOG_LEVEL must be one of/)]);
  }, 20_000);
});

describe("npm run chat", () => {
  it("answers a one-shot question in the terminal without Telegram or a token", async () => {
    const proc = run("src/chat.ts", { DATABASE_PATH: join(dir, "chat.db"), CHAT_LANG: "ru" }, ["сколько стоил GPT-4?"]);
    expect((await exitOf(proc)).code).toBe(0);
    expect(output).toMatch(/Сэм Альтман сказал/);
    expect(output).toMatch(/\[1\] Wired/);
    expect(output).not.toMatch(/<b>|&lt;/);
  }, 20_000);

  it("runs interactively: a question, then a button pressed by number", async () => {
    const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/chat.ts")], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", DATABASE_PATH: join(dir, "chat.db"), CHAT_LANG: "en" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    child = proc;
    proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
    proc.stdin.end("how much does an iphone cost\n1\n");
    expect((await exitOf(proc)).code).toBe(0);
    expect(output).toMatch(/I don't know that/);
    expect(output).toMatch(/DeepSeek puts V3's training at \$5\.576M/);
  }, 20_000);
});
