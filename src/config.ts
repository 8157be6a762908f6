import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from "./logger.js";

const adminList = z
  .string()
  .trim()
  .regex(/^(\d+\s*(,\s*\d+\s*)*)?$/, "must be comma-separated numeric Telegram user ids, e.g. 12345,67890")
  .transform((s) => (s === "" ? [] : s.split(",").map((id) => Number(id.trim()))));

const positiveNumber = z.coerce.number({ error: "must be a number" }).positive({ error: "must be a positive number" });

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
  })
  .refine((c) => (c.FX_USD_RUB === undefined && c.FX_USD_EUR === undefined) || c.FX_RATE_DATE !== undefined, {
    path: ["FX_RATE_DATE"],
    error: "must be set with FX_USD_RUB or FX_USD_EUR, so answers can show the rate's date",
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
