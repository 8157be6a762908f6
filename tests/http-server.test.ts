import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { LOCAL_BOT, textUpdate } from "../src/bot/local-updates.js";
import { Delivery } from "../src/delivery.js";
import { startHttpServer, type HttpServer } from "../src/http-server.js";
import { createLogger } from "../src/logger.js";
import { RU_USER } from "./helpers/harness.js";

let app: App;
let delivery: Delivery;
let server: HttpServer;
let ready = false;

beforeEach(async () => {
  app = createApp({ databasePath: ":memory:", admins: [], logger: createLogger("silent") });
  // Outgoing calls answered in-process: the health check is what is tested here.
  const bot = createBot({
    token: "123:health",
    botInfo: LOCAL_BOT,
    deps: app.deps,
    transformers: [() => Promise.resolve({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" } } } as never)],
  });
  delivery = new Delivery(bot, app.deps.repo, createLogger("silent"));
  ready = false;
  server = await startHttpServer({
    host: "127.0.0.1",
    port: 0,
    logger: createLogger("silent"),
    health: { mode: "polling", startedAt: new Date(Date.now() - 5000), delivery, repo: app.deps.repo, ready: () => ready },
  });
});
afterEach(async () => {
  await server.close();
  await delivery.drain(1000);
  app.database.close();
});

const health = async () => {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("GET /healthz", () => {
  it("200 with mode, uptime, last update handled, pending count, and a database that takes a write", async () => {
    expect(await health()).toEqual({
      status: 200,
      body: {
        status: "starting",
        mode: "polling",
        uptimeSeconds: 5,
        lastUpdateHandledAt: null,
        pendingUpdates: 0,
        inHand: 0,
        database: { writable: true },
      },
    });
    ready = true;
    const update = textUpdate("сколько стоил GPT-4?", RU_USER);
    delivery.store([update, textUpdate("второй", RU_USER)]);
    await delivery.handle(update);
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", pendingUpdates: 1 });
    expect(Date.now() - Date.parse(String(body.lastUpdateHandledAt))).toBeLessThan(5000);
    expect(app.database.sqlite.prepare("select count(*) from heartbeat").pluck().get()).toBe(1);
  });

  it("503 when the database cannot be written", async () => {
    app.database.sqlite.pragma("query_only = ON"); // as a read-only file or volume would
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: "error", database: { writable: false, error: expect.stringMatching(/readonly/) } });
  });

  it("once closed, connections are refused", async () => {
    await server.close();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("404 for anything else, and no webhook path unless in webhook mode", async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/telegram`, { method: "POST", body: "{}" })).status).toBe(404);
  });
});
