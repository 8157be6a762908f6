import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from "./logger.js";

const adminList = z
  .string()
  .trim()
  .regex(/^(\d+\s*(,\s*\d+\s*)*)?$/, "must be comma-separated numeric Telegram user ids, e.g. 12345,67890")
  .transform((s) => (s === "" ? [] : s.split(",").map((id) => Number(id.trim()))));

const positiveNumber = z.coerce.number({ error: "must be a number" }).positive({ error: "must be a positive number" });

const port = z.coerce
  .number({ error: "must be a port number (1–65535)" })
  .int({ error: "must be a port number (1–65535)" })
  .min(1, { error: "must be a port number (1–65535)" })
  .max(65535, { error: "must be a port number (1–65535)" });

export const BOT_MODES = ["polling", "webhook"] as const;
export type BotMode = (typeof BOT_MODES)[number];
export const FX_SOURCES = ["cbr", "none"] as const;
export type FxSource = (typeof FX_SOURCES)[number];
/** The Bank of Russia's daily rates (XML, windows-1251). */
export const CBR_DAILY_URL = "https://www.cbr.ru/scripts/XML_daily.asp";

const configSchema = z
  .object({
    BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "does not look like a bot token (123456789:ABC… from @BotFather)")
      .optional(),
    BOT_API_ROOT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. http://127.0.0.1:8081" }).optional(),
    DATABASE_PATH: z.string().trim().min(1).default("./data/bot.db"),
    BOT_ADMINS: adminList.default([]),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
    LOG_FORMAT: z.enum(LOG_FORMATS, { error: `must be one of ${LOG_FORMATS.join(", ")}` }).default("pretty"),
    FX_USD_RUB: positiveNumber.optional(),
    FX_USD_EUR: positiveNumber.optional(),
    FX_RATE_DATE: z.iso.date({ error: "must be a date like 2026-11-28" }).optional(),
    FX_SOURCE: z.enum(FX_SOURCES, { error: `must be one of ${FX_SOURCES.join(", ")}` }).default("cbr"),
    FX_FEED_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default(CBR_DAILY_URL),
    BOT_MODE: z.enum(BOT_MODES, { error: `must be one of ${BOT_MODES.join(", ")}` }).default("polling"),
    WEBHOOK_URL: z
      .url({
        protocol: /^https$/,
        error: "must be the public https:// URL Telegram sends updates to, e.g. https://bot.example.com/telegram",
      })
      .optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(
        /^[A-Za-z0-9_-]{1,256}$/,
        "must be 1–256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule), e.g. from: openssl rand -hex 32",
      )
      .optional(),
    PORT: port.default(8080),
    HOST: z.string().trim().min(1).default("0.0.0.0"),
    HEALTH_PORT: port.optional(),
  })
  .refine((c) => (c.FX_USD_RUB === undefined && c.FX_USD_EUR === undefined) || c.FX_RATE_DATE !== undefined, {
    path: ["FX_RATE_DATE"],
    error: "must be set with FX_USD_RUB or FX_USD_EUR, so answers can show the rate's date",
  })
  .refine((c) => c.BOT_MODE !== "webhook" || c.WEBHOOK_URL !== undefined, {
    path: ["WEBHOOK_URL"],
    error: "must be set with BOT_MODE=webhook: the public https:// URL Telegram sends updates to (a reverse proxy in front of PORT)",
  })
  .refine((c) => c.BOT_MODE !== "webhook" || c.WEBHOOK_SECRET !== undefined, {
    path: ["WEBHOOK_SECRET"],
    error: "must be set with BOT_MODE=webhook, so only Telegram can post updates (1–256 of A-Z a-z 0-9 _ -, e.g. openssl rand -hex 32)",
  });

export interface Config {
  botToken: string | undefined;
  apiRoot: string | undefined;
  databasePath: string;
  admins: number[];
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Operator-set exchange rates (units per US dollar) that replace the stored, sourced ones. */
  rates: { usdRub?: number; usdEur?: number; date?: string };
  /** Where the daily exchange rate comes from: the Bank of Russia's feed, or none (the stored rate only). */
  fx: { source: FxSource; feedUrl: string };
  /** Long polling (no public address needed) or a webhook server behind HTTPS. */
  mode: BotMode;
  /** Webhook mode: the public URL given to setWebhook, its secret, and where the server listens. */
  webhook: { url: string | undefined; secret: string | undefined; port: number; host: string };
  /** Polling mode: the port of the /healthz server, when set (webhook mode serves it on PORT). */
  healthPort: number | undefined;
}

export class ConfigError extends Error {}

/** Parses the environment once; an empty variable counts as unset. Throws ConfigError with one readable line. */
export function parseConfig(env: NodeJS.ProcessEnv, { requireToken }: { requireToken: boolean }): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    throw new ConfigError(`${name} ${issue?.message ?? "is invalid"}`);
  }
  const c = result.data;
  if (requireToken && !c.BOT_TOKEN) {
    throw new ConfigError(
      "BOT_TOKEN is not set: put it in .env or the environment (get one from @BotFather), or try the bot without Telegram: npm run chat",
    );
  }
  return {
    botToken: c.BOT_TOKEN,
    apiRoot: c.BOT_API_ROOT,
    databasePath: c.DATABASE_PATH,
    admins: c.BOT_ADMINS,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT,
    rates: {
      ...(c.FX_USD_RUB !== undefined ? { usdRub: c.FX_USD_RUB } : {}),
      ...(c.FX_USD_EUR !== undefined ? { usdEur: c.FX_USD_EUR } : {}),
      ...(c.FX_RATE_DATE !== undefined ? { date: c.FX_RATE_DATE } : {}),
    },
    fx: { source: c.FX_SOURCE, feedUrl: c.FX_FEED_URL },
    mode: c.BOT_MODE,
    webhook: { url: c.WEBHOOK_URL, secret: c.WEBHOOK_SECRET, port: c.PORT, host: c.HOST },
    healthPort: c.HEALTH_PORT,
  };
}

/**
 * For the entry points: reads `.env` and the environment once; on a bad value prints the one
 * line that names it and exits 1.
 */
export function configFromEnvironmentOrExit({ requireToken }: { requireToken: boolean }): Config {
  loadDotenv({ quiet: true });
  try {
    return parseConfig(process.env, { requireToken });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
}
