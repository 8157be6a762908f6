import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textUpdate } from "../src/bot/local-updates.js";
import { FakeBotApi } from "./helpers/fake-bot-api.js";
import { FakeCbrFeed } from "./helpers/fake-cbr-feed.js";
import { exitOf, freePort, ROOT, TOKEN, TSX, until } from "./helpers/process.js";
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
function run(script: string, env: Record<string, string>, args: string[] = [], cwd = ROOT, uid?: number): ChildProcess {
  const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, script), ...args], {
    cwd,
    ...(uid !== undefined ? { uid, gid: uid } : {}),
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

/** Waits for the process to exit, failing if it takes longer than `ms` (a hang is the bug being tested). */
async function exitWithin(proc: ChildProcess, ms: number) {
  const timer = setTimeout(() => proc.kill("SIGKILL"), ms);
  const result = await exitOf(proc);
  clearTimeout(timer);
  expect(result.signal, `still running after ${ms} ms:\n${output}`).toBeNull();
  return result;
}

/** The lines a failed start-up printed that are not routine info lines, stack frames included. */
const problemLines = () =>
  output
    .trim()
    .split("\n")
    .filter((line) => !/ INFO: /.test(line));

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
    // The menus are set in the background, so the warning may come after the first answer.
    await until(
      () => /WARN: setMyCommands failed/.test(output),
      15_000,
      "the setMyCommands warning",
      () => output,
    );
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
    proc.stdin.end("how much did it cost?\n1\n");
    expect((await exitOf(proc)).code).toBe(0);
    expect(output).toMatch(/Did you mean/);
    expect(output).toMatch(/DeepSeek puts V3's training at \$5\.576M/);
  }, 20_000);
});

describe("start-up errors: one line, and an exit where retrying cannot help", () => {
  const env = () => ({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: join(dir, "bot.db") });

  it("401: the token is wrong or revoked", async () => {
    api.override("getMe", () => ({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } }));
    const proc = startBot(env());
    expect((await exitWithin(proc, 20_000)).code).toBe(1);
    expect(problemLines()).toEqual([expect.stringMatching(/Telegram rejects BOT_TOKEN \(401 Unauthorized\).*revoked.*@BotFather/)]);
    expect(api.calls("getMe")).toHaveLength(1); // not retried
  }, 30_000);

  it("404 on getMe: BOT_API_ROOT is wrong", async () => {
    api.override("getMe", () => ({ status: 404, body: { ok: false, error_code: 404, description: "Not Found" } }));
    const proc = startBot(env());
    expect((await exitWithin(proc, 20_000)).code).toBe(1);
    expect(problemLines()).toEqual([
      expect.stringMatching(/BOT_API_ROOT=http:\/\/127\.0\.0\.1:\d+ answers getMe with 404 Not Found: BOT_API_ROOT is wrong/),
    ]);
  }, 30_000);

  it("409 with a webhook set: says so, and to use BOT_MODE=webhook or delete the webhook", async () => {
    api.webhook = { url: "https://bot.example.test/hook" };
    const proc = startBot(env());
    expect((await exitWithin(proc, 20_000)).code).toBe(1);
    expect(problemLines()).toEqual([
      expect.stringMatching(/409.*a webhook is set for this token \(https:\/\/bot\.example\.test\/hook\).*BOT_MODE=webhook.*deleteWebhook/),
    ]);
    expect(api.webhook).toBeDefined(); // left as it was: it may be another instance's
  }, 30_000);

  it("409 from another poller: says to stop the other instance", async () => {
    api.override("getUpdates", () => ({
      status: 409,
      body: {
        ok: false,
        error_code: 409,
        description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      },
    }));
    const proc = startBot(env());
    expect((await exitWithin(proc, 20_000)).code).toBe(1);
    expect(problemLines()).toEqual([expect.stringMatching(/409.*another instance is polling with this token\. Stop the other instance/)]);
  }, 30_000);

  it("a closed BOT_API_ROOT port: connection refused, named, and retried", async () => {
    const port = await freePort();
    const proc = startBot({ ...env(), BOT_API_ROOT: `http://127.0.0.1:${port}` });
    await until(
      () => /\(attempt 2\)/.test(output),
      20_000,
      "two attempts",
      () => output,
    );
    expect(proc.exitCode).toBeNull();
    expect(output).toMatch(
      new RegExp(
        `Telegram unreachable at start-up \\(attempt 1\\): connection refused \\(ECONNREFUSED\\): nothing listens at 127\\.0\\.0\\.1:${port}; retrying in 1 s`,
      ),
    );
    expect(output).not.toMatch(/Network request for/);
  }, 30_000);

  it("an unknown BOT_API_ROOT host: not found, named, and retried", async () => {
    const proc = startBot({ ...env(), BOT_API_ROOT: "http://no-such-host.invalid:8081" });
    await until(
      () => /\(attempt 1\)/.test(output),
      20_000,
      "an attempt",
      () => output,
    );
    expect(proc.exitCode).toBeNull();
    // Without a resolver the lookup fails as EAI_AGAIN, or hangs into the call's time limit; either way the cause is named.
    expect(output).toMatch(
      /Telegram unreachable at start-up \(attempt 1\): (host not found \(ENOTFOUND\): no-such-host\.invalid|DNS lookup failed \(EAI_AGAIN\) for no-such-host\.invalid|no answer in time \(timeout\))/,
    );
  }, 30_000);

  describe("an unusable DATABASE_PATH fails fast with one line and never hangs", () => {
    it.each([
      [
        "under /proc (where recursive mkdir spins forever)",
        () => "/proc/x/bot.db",
        /\/proc\/x\/bot\.db: ENOENT.*\(\/proc and \/sys hold no files\)/,
      ],
      [
        "a file in /proc itself",
        () => "/proc/bot.db",
        /\/proc\/bot\.db: unable to open database file \(SQLite cannot create or open a file there\)/,
      ],
      [
        "a path under a regular file",
        () => {
          writeFileSync(join(dir, "file"), "x");
          return join(dir, "file", "sub", "bot.db");
        },
        /file\/sub\/bot\.db: ENOTDIR.*\(a part of the path is a file, not a folder\)/,
      ],
      [
        "a file that is not a database",
        () => {
          writeFileSync(join(dir, "notes.txt"), "not a database at all, just text that is long enough to have a header");
          return join(dir, "notes.txt");
        },
        /notes\.txt: file is not a database/,
      ],
    ])(
      "%s",
      async (_name, path, message) => {
        const proc = startBot({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: path() });
        expect((await exitWithin(proc, 10_000)).code).toBe(1);
        expect(output.trim().split("\n")).toEqual([expect.stringMatching(/^Cannot open the database at /)]);
        expect(output).toMatch(message);
        expect(output).toMatch(/set DATABASE_PATH to a file in a writable folder$/m);
        expect(api.requests).toHaveLength(0);
      },
      20_000,
    );

    it("a read-only folder", async () => {
      const readOnly = join(dir, "ro");
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
      chmodSync(dir, 0o755);
      // Root may write anywhere: run the bot as nobody then.
      const uid = process.getuid?.() === 0 ? 65534 : undefined;
      const proc = run(
        "src/main.ts",
        { BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: join(readOnly, "sub", "bot.db") },
        [],
        ROOT,
        uid,
      );
      expect((await exitWithin(proc, 10_000)).code).toBe(1);
      expect(output.trim().split("\n")).toEqual([
        expect.stringMatching(/^Cannot open the database at .*ro\/sub\/bot\.db: EACCES.*\(the folder is not writable by this user\)/),
      ]);
    }, 20_000);
  });
});

describe("health check in polling mode (HEALTH_PORT)", () => {
  it("answers GET /healthz with the mode, uptime, last update handled, pending count and database state", async () => {
    const port = await freePort();
    const proc = startBot({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      DATABASE_PATH: join(dir, "bot.db"),
      HEALTH_PORT: String(port),
      HOST: "127.0.0.1",
    });
    await api.waitFor("getUpdates", () => true, 15_000);
    api.push(textUpdate("сколько стоил GPT-4?", RU_USER));
    await api.waitFor("sendMessage");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      mode: "polling",
      pendingUpdates: 0,
      inHand: 0,
      database: { writable: true },
      lastUpdateHandledAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    proc.kill("SIGTERM");
    expect((await exitOf(proc)).code).toBe(0);
  }, 30_000);
});

describe("exchange rates from the Bank of Russia's daily feed", () => {
  let feed: FakeCbrFeed;
  beforeEach(async () => {
    feed = await new FakeCbrFeed().start();
  });
  afterEach(() => feed.stop());

  const askInRoubles = async () => {
    const before = api.calls("sendMessage").length;
    api.push(textUpdate("4096 GPU 30 дней по $2/ч в рублях", RU_USER));
    await api.waitFor("sendMessage", () => api.calls("sendMessage").length > before);
    return String(api.calls("sendMessage").at(-1)!.payload.text);
  };

  it("fetches in the background, stores the rate with its date, converts with it; a restart within a day does not fetch again", async () => {
    const env = { BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: join(dir, "bot.db"), FX_SOURCE: "cbr", FX_FEED_URL: feed.url };
    const first = startBot(env);
    await until(
      () => /official exchange rate updated/.test(output),
      15_000,
      "the rate fetched",
      () => output,
    );
    expect(await askInRoubles()).toMatch(
      /≈ <b>463 млн ₽<\/b> по курсу 78,45 ₽\/\$ на 27 нояб\. 2026 г\. \(официальный курс Банка России, cbr\.ru\)/,
    );
    first.kill("SIGTERM");
    expect((await exitOf(first)).code).toBe(0);
    expect(feed.requests).toBe(1);

    const db = new Database(join(dir, "bot.db"), { readonly: true });
    expect(db.prepare("select date, usd_rub, eur_rub from fx_rates").all()).toEqual([
      { date: "2026-11-27", usd_rub: 78.4512, eur_rub: 90.887 },
    ]);
    db.close();

    // Restarted with the feed down: the stored rate is used, and the feed is not asked (fetched less than a day ago).
    feed.failWith = 503;
    const second = startBot(env);
    await api.waitFor("getUpdates", () => true, 15_000);
    expect(await askInRoubles()).toMatch(/78,45 ₽\/\$ на 27 нояб\. 2026 г\./);
    expect(feed.requests).toBe(1);
    second.kill("SIGTERM");
    expect((await exitOf(second)).code).toBe(0);
  }, 60_000);

  it("when the feed cannot be reached: one line, and answers keep the stored rate of 3 October 2025", async () => {
    feed.failWith = 503;
    startBot({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATABASE_PATH: join(dir, "bot.db"), FX_SOURCE: "cbr", FX_FEED_URL: feed.url });
    await until(
      () => /exchange rate feed failed/.test(output),
      15_000,
      "the failure",
      () => output,
    );
    expect(output.split("\n").filter((line) => /exchange rate/.test(line))).toEqual([
      expect.stringMatching(
        /WARN: exchange rate feed failed \(http:.*: HTTP 503 Service Unavailable\); answers keep the rate for 2025-10-03; next try in 60 min$/,
      ),
    ]);
    expect(await askInRoubles()).toMatch(/по курсу 81,01 ₽\/\$ на 3 окт\. 2025 г\. \[\d\]/);
  }, 30_000);

  it("FX_SOURCE=none asks no feed; FX_USD_RUB still overrides", async () => {
    startBot({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      DATABASE_PATH: join(dir, "bot.db"),
      FX_SOURCE: "none",
      FX_FEED_URL: feed.url,
      FX_USD_RUB: "95.5",
      FX_RATE_DATE: "2026-11-20",
    });
    await api.waitFor("getUpdates", () => true, 15_000);
    expect(await askInRoubles()).toMatch(/по курсу 95,5 ₽\/\$ на 20 нояб\. 2026 г\. \(курс задан настройкой бота\)/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(feed.requests).toBe(0);
  }, 30_000);
});

describe("npm start (the compiled bot, as operators run it)", () => {
  it("builds if needed, runs node dist/main.js, and a SIGTERM to npm reaches the bot: it exits 0 and is not orphaned", async () => {
    const proc = spawn("npm", ["start"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: dir,
        npm_config_update_notifier: "false",
        BOT_TOKEN: TOKEN,
        BOT_API_ROOT: api.url,
        DATABASE_PATH: join(dir, "bot.db"),
        FX_SOURCE: "none",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
    await api.waitFor("getUpdates", () => true, 150_000); // a first build takes a while on a busy machine
    api.push(textUpdate("сколько стоил GPT-4?", RU_USER));
    await api.waitFor("sendMessage");
    const bot = Number(
      execFileSync("ps", ["-o", "pid=", "--ppid", String(proc.pid)])
        .toString()
        .trim(),
    );
    expect(execFileSync("ps", ["-o", "args=", "-p", String(bot)]).toString()).toMatch(/node .*dist\/main\.js/);

    proc.kill("SIGTERM"); // what a service manager or container runtime does to `npm start`
    expect(await exitOf(proc)).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/SIGTERM received/);
    expect(output).toMatch(/stopped cleanly/);
    expect(() => process.kill(bot, 0)).toThrow(/ESRCH/); // the bot is gone with npm
  }, 180_000);
});
