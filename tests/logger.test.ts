import { describe, expect, it } from "vitest";
import { messageUpdate, textMessage } from "../src/bot/local-updates.js";
import { createLogger, redact } from "../src/logger.js";
import { RU_USER, TestBot } from "./helpers/harness.js";

const TOKEN = "123456789:AAEtestTokenForTheFakeBotApi_123";

describe("logger", () => {
  it("never prints the bot token: not in messages, fields, error messages or stacks, in either format", () => {
    for (const format of ["pretty", "json"] as const) {
      const lines: string[] = [];
      const logger = createLogger("debug", { format, write: (line) => lines.push(line) });
      const error = new Error(`POST https://api.telegram.org/bot${TOKEN}/getMe failed`);
      logger.error({ err: error, url: `https://api.telegram.org/bot${TOKEN}/x` }, `request with ${TOKEN} failed`);
      const out = lines.join("");
      expect(out).not.toContain("AAEtestToken");
      expect(out.match(/<redacted-token>/g)?.length).toBeGreaterThanOrEqual(4); // message, field, error message, stack
    }
    expect(redact(`x ${TOKEN} y`)).toBe("x <redacted-token> y");
  });

  it("error lines carry the stack", () => {
    const lines: string[] = [];
    createLogger("info", { format: "json", write: (line) => lines.push(line) }).error({ err: new Error("boom") }, "failed");
    const entry = JSON.parse(lines[0]!) as { err: { message: string; stack: string } };
    expect(entry.err.message).toBe("boom");
    expect(entry.err.stack).toMatch(/^Error: boom\n\s+at /);
  });

  it("LOG_FORMAT=json writes one JSON object a line; the default is one readable line per event", () => {
    const json: string[] = [];
    const logger = createLogger("info", { format: "json", write: (line) => json.push(line) });
    logger.info({ path: "/data/bot.db" }, "database ready");
    logger.warn("second");
    const entries = json
      .join("")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toMatchObject([
      { level: "info", msg: "database ready", path: "/data/bot.db" },
      { level: "warn", msg: "second" },
    ]);

    const pretty: string[] = [];
    createLogger("info", { write: (line) => pretty.push(line) }).info({ path: "/data/bot.db" }, "database ready");
    expect(pretty.join("")).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] INFO: database ready \{"path":"\/data\/bot\.db"\}\n$/);
  });

  it("respects the level", () => {
    const lines: string[] = [];
    const logger = createLogger("warn", { write: (line) => lines.push(line) });
    logger.info("hidden");
    logger.warn("shown");
    expect(lines).toHaveLength(1);
  });

  it("every line logged while handling an update carries its update_id and chat id", async () => {
    const lines: string[] = [];
    const bot = new TestBot();
    bot.app.deps.logger = createLogger("debug", { format: "json", write: (line) => lines.push(line) });
    // A chart renderer that fails makes /compare log a warning from inside the feature.
    bot.app.deps.renderChart = () => Promise.reject(new Error("no fonts"));
    const update = messageUpdate(textMessage("/compare deepseek gpt4", RU_USER));
    await bot.handle(update);
    bot.close();
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ update_id: update.update_id, chat_id: RU_USER.id });
    expect(entries.some((e) => e.msg === "chart rendering failed; sending text only")).toBe(true);
  });
});
