import { GrammyError, HttpError, InputFile } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { LOCAL_BOT, textUpdate } from "../src/bot/local-updates.js";
import { createLogger } from "../src/logger.js";
import { FakeBotApi, type UploadedFile } from "./helpers/fake-bot-api.js";
import { RU_USER } from "./helpers/harness.js";

// The bot talks to the Bot API through grammY's own client (node-fetch with keep-alive agents). These tests
// send real HTTP to a local fake Bot API: JSON calls, file uploads, Telegram errors, dropped
// connections and aborted long polls must all behave as grammY expects.

let api: FakeBotApi;
let app: App;
beforeEach(async () => {
  api = await new FakeBotApi().start();
  app = createApp({ databasePath: ":memory:", admins: [], logger: createLogger("silent") });
});
afterEach(async () => {
  app.database.close();
  await api.stop();
});

const newBot = () => createBot({ token: "123456:http-client-test", apiRoot: api.url, botInfo: LOCAL_BOT, deps: app.deps });
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

describe("Bot API calls over HTTP", () => {
  it("answers a question with a JSON sendMessage", async () => {
    await newBot().handleUpdate(textUpdate("сколько стоил GPT-4?", RU_USER));
    const [call] = api.calls("sendMessage");
    expect(call?.payload.chat_id).toBe(RU_USER.id);
    expect(call?.payload.parse_mode).toBe("HTML");
    expect(String(call?.payload.text)).toMatch(/GPT-4/);
  });

  it("uploads the /compare chart as a PNG file (multipart), with its caption", async () => {
    await newBot().handleUpdate(textUpdate("/compare deepseek gpt4", RU_USER));
    const [photo] = api.calls("sendPhoto");
    expect(photo, api.requests.map((r) => r.method).join(", ")).toBeDefined();
    const file = photo?.payload.photo as UploadedFile;
    expect(file.head).toEqual(PNG_SIGNATURE);
    expect(file.size).toBeGreaterThan(10_000);
    expect(String(photo?.payload.caption)).toMatch(/DeepSeek/);
    expect(photo?.payload.parse_mode).toBe("HTML");
  });

  it("sends an uploaded file's bytes unchanged", async () => {
    const bytes = new Uint8Array(64 * 1024).map((_, i) => i % 251);
    await newBot().api.sendDocument(1, new InputFile(bytes, "data.bin"));
    const file = api.calls("sendDocument")[0]?.payload.document as UploadedFile;
    expect(file).toMatchObject({ filename: "data.bin", size: bytes.length, head: [...bytes.slice(0, 8)] });
  });

  it("turns a Telegram error into GrammyError with its code and description", async () => {
    api.override("sendMessage", () => ({
      status: 403,
      body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
    }));
    const error = await newBot()
      .api.sendMessage(1, "hi")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
  });

  it("turns a dropped connection into HttpError", async () => {
    api.override("sendMessage", () => "destroy");
    await expect(newBot().api.sendMessage(1, "hi")).rejects.toBeInstanceOf(HttpError);
  });

  it("turns a proxy's HTML error page into HttpError (which the bot retries), not a crash", async () => {
    api.override("sendMessage", () => ({ status: 502, html: "<html><body><h1>502 Bad Gateway</h1></body></html>" }));
    await expect(newBot().api.sendMessage(1, "hi")).rejects.toBeInstanceOf(HttpError);
  });

  it("ends a long poll at once when it is aborted (stopping the bot)", async () => {
    const bot = newBot();
    const controller = new AbortController();
    const started = Date.now();
    const poll = bot.api.getUpdates({ timeout: 2 }, controller.signal as Parameters<typeof bot.api.getUpdates>[1]).catch((e: unknown) => e);
    await api.waitFor("getUpdates");
    controller.abort();
    expect(await poll).toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("reuses connections: many calls, few sockets", async () => {
    const sockets = new Set<unknown>();
    api.onRequest((socket) => sockets.add(socket));
    const bot = newBot();
    for (let i = 0; i < 20; i++) await bot.api.sendMessage(1, `n${i}`);
    expect(api.calls("sendMessage")).toHaveLength(20);
    // keep-alive reuses a connection or two; without it there would be twenty
    expect(sockets.size).toBeLessThanOrEqual(2);
  });
});
