import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

const TOKEN = "123456789:AAEtestTokenForTheFakeBotApi_123";

describe("config", () => {
  it("applies defaults", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }, { requireToken: true })).toEqual({
      botToken: TOKEN,
      apiRoot: undefined,
      databasePath: "./data/bot.db",
      admins: [],
      logLevel: "info",
      logFormat: "pretty",
      rates: {},
      fx: { source: "cbr", feedUrl: "https://www.cbr.ru/scripts/XML_daily.asp" },
      mode: "polling",
      webhook: { url: undefined, secret: undefined, port: 8080, host: "0.0.0.0" },
      healthPort: undefined,
    });
  });

  it("webhook mode needs an https WEBHOOK_URL and a WEBHOOK_SECRET as Telegram allows it", () => {
    const webhook = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/tg", WEBHOOK_SECRET: "s3cret_-X" };
    expect(parseConfig({ ...webhook, PORT: "3000", HOST: "127.0.0.1" }, { requireToken: true })).toMatchObject({
      mode: "webhook",
      webhook: { url: "https://bot.example.com/tg", secret: "s3cret_-X", port: 3000, host: "127.0.0.1" },
    });
    expect(() => parseConfig({ ...webhook, WEBHOOK_URL: undefined }, { requireToken: true })).toThrow(
      /^WEBHOOK_URL must be set with BOT_MODE=webhook/,
    );
    expect(() => parseConfig({ ...webhook, WEBHOOK_URL: "http://bot.example.com/tg" }, { requireToken: true })).toThrow(
      /^WEBHOOK_URL must be the public https:\/\/ URL/,
    );
    expect(() => parseConfig({ ...webhook, WEBHOOK_SECRET: undefined }, { requireToken: true })).toThrow(
      /^WEBHOOK_SECRET must be set with BOT_MODE=webhook/,
    );
    expect(() => parseConfig({ ...webhook, WEBHOOK_SECRET: "has space" }, { requireToken: true })).toThrow(
      /^WEBHOOK_SECRET must be 1–256 characters of A-Z, a-z, 0-9, _ and -/,
    );
    expect(() => parseConfig({ ...webhook, WEBHOOK_SECRET: "x".repeat(257) }, { requireToken: true })).toThrow(
      /^WEBHOOK_SECRET must be 1–256/,
    );
    expect(parseConfig({ ...webhook, WEBHOOK_SECRET: "x".repeat(256) }, { requireToken: true }).webhook.secret).toHaveLength(256);
    // Polling needs neither.
    expect(parseConfig({ BOT_TOKEN: TOKEN, HEALTH_PORT: "9090" }, { requireToken: true })).toMatchObject({
      mode: "polling",
      healthPort: 9090,
    });
  });

  it("the rate feed can be switched off or pointed elsewhere", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, FX_SOURCE: "none" }, { requireToken: true }).fx.source).toBe("none");
    expect(parseConfig({ BOT_TOKEN: TOKEN, FX_FEED_URL: "http://127.0.0.1:9/daily" }, { requireToken: true }).fx.feedUrl).toBe(
      "http://127.0.0.1:9/daily",
    );
  });

  it("takes operator exchange rates only with their date", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, FX_USD_RUB: "92.5", FX_RATE_DATE: "2026-11-27" }, { requireToken: true }).rates).toEqual({
      usdRub: 92.5,
      date: "2026-11-27",
    });
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, FX_USD_RUB: "92.5" }, { requireToken: true })).toThrow(
      /^FX_RATE_DATE must be set with FX_USD_RUB/,
    );
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, FX_USD_RUB: "lots", FX_RATE_DATE: "2026-11-27" }, { requireToken: true })).toThrow(
      /^FX_USD_RUB must be a number/,
    );
  });

  it("parses every variable", () => {
    const config = parseConfig(
      { BOT_TOKEN: TOKEN, BOT_API_ROOT: "http://127.0.0.1:8081", DATABASE_PATH: "/tmp/x.db", BOT_ADMINS: "1, 22,333", LOG_LEVEL: "debug" },
      { requireToken: true },
    );
    expect(config).toMatchObject({ apiRoot: "http://127.0.0.1:8081", databasePath: "/tmp/x.db", admins: [1, 22, 333], logLevel: "debug" });
  });

  it.each([
    [{ BOT_TOKEN: "nope" }, /^BOT_TOKEN does not look like a bot token/],
    [{ BOT_TOKEN: TOKEN, BOT_API_ROOT: "ftp://x" }, /^BOT_API_ROOT must be an http\(s\) URL/],
    [{ BOT_TOKEN: TOKEN, BOT_ADMINS: "alice" }, /^BOT_ADMINS must be comma-separated numeric/],
    [{ BOT_TOKEN: TOKEN, LOG_FORMAT: "xml" }, /^LOG_FORMAT must be one of pretty, json/],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, /^LOG_LEVEL must be one of debug, info, warn, error, silent/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "push" }, /^BOT_MODE must be one of polling, webhook/],
    [{ BOT_TOKEN: TOKEN, PORT: "http" }, /^PORT must be a port number/],
    [{ BOT_TOKEN: TOKEN, HEALTH_PORT: "70000" }, /^HEALTH_PORT must be a port number/],
    [{ BOT_TOKEN: TOKEN, FX_SOURCE: "ecb" }, /^FX_SOURCE must be one of cbr, none/],
    [{ BOT_TOKEN: TOKEN, FX_FEED_URL: "cbr.ru" }, /^FX_FEED_URL must be an http\(s\) URL/],
    [{}, /^BOT_TOKEN is not set.*npm run chat/],
  ])("a bad or missing value gives one line naming it: %o", (env, message) => {
    expect(() => parseConfig(env, { requireToken: true })).toThrow(ConfigError);
    expect(() => parseConfig(env, { requireToken: true })).toThrow(message);
  });

  it("the terminal chat needs no token; empty variables count as unset", () => {
    expect(parseConfig({ BOT_TOKEN: "", LOG_LEVEL: " " }, { requireToken: false })).toMatchObject({
      botToken: undefined,
      logLevel: "info",
    });
  });
});
