import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { apiSignal, diagnose, FatalStartupError, withStartupRetries } from "../src/startup.js";
import { FakeBotApi } from "./helpers/fake-bot-api.js";
import { freePort, TOKEN } from "./helpers/process.js";

const grammyError = (code: number, description: string, parameters = {}) =>
  new GrammyError("failed", { ok: false, error_code: code, description, parameters }, "getMe", {});

describe("reading a failed call at start-up", () => {
  it("401, 404 and other 4xx are fatal, with what to do; 5xx and 429 are retried", () => {
    expect(diagnose(grammyError(401, "Unauthorized"), "getMe", undefined)).toMatchObject({
      fatal: true,
      message: expect.stringMatching(/Telegram rejects BOT_TOKEN \(401 Unauthorized\): the token is wrong or was revoked.*@BotFather/),
    });
    expect(diagnose(grammyError(404, "Not Found"), "getMe", "http://127.0.0.1:8081")).toMatchObject({
      fatal: true,
      message: expect.stringMatching(/BOT_API_ROOT=http:\/\/127\.0\.0\.1:8081 answers getMe with 404 Not Found: BOT_API_ROOT is wrong/),
    });
    expect(
      diagnose(grammyError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"), "setWebhook", undefined),
    ).toMatchObject({
      fatal: true,
      message: "Telegram refuses setWebhook: 400 Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
    });
    expect(diagnose(grammyError(502, "Bad Gateway"), "getMe", undefined).fatal).toBe(false);
    expect(diagnose(grammyError(429, "Too Many Requests: retry after 7", { retry_after: 7 }), "getMe", undefined)).toMatchObject({
      fatal: false,
      retryAfter: 7,
    });
  });

  it("names a network failure's cause from the error grammY wraps", () => {
    const network = (inner: unknown) => new HttpError("Network request for 'getMe' failed!", inner);
    expect(diagnose(network({ code: "ECONNREFUSED" }), "getMe", "http://127.0.0.1:9").message).toBe(
      "Telegram unreachable: connection refused (ECONNREFUSED): nothing listens at 127.0.0.1:9",
    );
    expect(diagnose(network({ code: "ENOTFOUND" }), "getMe", undefined).message).toBe(
      "Telegram unreachable: host not found (ENOTFOUND): api.telegram.org",
    );
    // undici (Node's fetch) puts the code under cause
    expect(diagnose(network({ cause: { code: "ETIMEDOUT" } }), "getMe", undefined).message).toBe(
      "Telegram unreachable: connection to api.telegram.org timed out (ETIMEDOUT)",
    );
    expect(diagnose(network({ type: "invalid-json" }), "getMe", "http://example.test").message).toMatch(/did not answer with JSON/);
    expect(diagnose(network({}), "getMe", undefined, true).message).toBe("Telegram unreachable: no answer in time (timeout)");
  });
});

describe("start-up retries", () => {
  const lines: string[] = [];
  const msg = (line: string | undefined) => (JSON.parse(line ?? "{}") as { msg?: string }).msg;
  const logger = createLogger("info", { format: "json", write: (line) => lines.push(line) });

  it("a server that never answers: each attempt times out, is logged with its cause, and retried", async () => {
    const silent = createServer(() => undefined).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    const apiRoot = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const bot = new Bot(TOKEN, { client: { apiRoot } });
    const stop = new AbortController();
    lines.length = 0;
    const attempt = withStartupRetries("getMe", (signal) => bot.api.getMe(apiSignal(signal)), {
      what: "start-up",
      apiRoot,
      logger,
      stop: stop.signal,
      callTimeoutMs: 200,
    });
    while (lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    expect(await attempt).toBeUndefined(); // stopped: no result, no error
    silent.closeAllConnections();
    silent.close();
    expect(msg(lines[0])).toBe("Telegram unreachable at start-up (attempt 1): no answer in time (timeout); retrying in 1 s");
    expect(msg(lines[1])).toMatch(/\(attempt 2\).*retrying in 2 s/);
  }, 15_000);

  it("a 401 ends the retries at once with FatalStartupError", async () => {
    const api = await new FakeBotApi().start();
    api.override("getMe", () => ({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } }));
    const bot = new Bot(TOKEN, { client: { apiRoot: api.url } });
    try {
      await expect(
        withStartupRetries("getMe", (signal) => bot.api.getMe(apiSignal(signal)), {
          what: "start-up",
          apiRoot: api.url,
          logger,
          stop: new AbortController().signal,
        }),
      ).rejects.toBeInstanceOf(FatalStartupError);
    } finally {
      await api.stop();
    }
  });

  it("a refused connection is retried until the server is there", async () => {
    const port = await freePort();
    const bot = new Bot(TOKEN, { client: { apiRoot: `http://127.0.0.1:${port}` } });
    lines.length = 0;
    const attempt = withStartupRetries("getMe", (signal) => bot.api.getMe(apiSignal(signal)), {
      what: "start-up",
      apiRoot: `http://127.0.0.1:${port}`,
      logger,
      stop: new AbortController().signal,
    });
    while (lines.length < 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const api = await new FakeBotApi().start(port);
    try {
      expect(await attempt).toMatchObject({ username: expect.any(String) });
      expect(msg(lines[0])).toMatch(/connection refused \(ECONNREFUSED\): nothing listens at 127\.0\.0\.1:\d+; retrying in 1 s$/);
    } finally {
      await api.stop();
    }
  }, 15_000);
});
