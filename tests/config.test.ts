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
    });
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
