import { z } from "zod";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const adminList = z
  .string()
  .trim()
  .regex(/^(\d+\s*(,\s*\d+\s*)*)?$/, "must be comma-separated numeric Telegram user ids, e.g. 12345,67890")
  .transform((s) => (s === "" ? [] : s.split(",").map((id) => Number(id.trim()))));

const configSchema = z.object({
  BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "does not look like a bot token (123456789:ABC… from @BotFather)")
    .optional(),
  BOT_API_ROOT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. http://127.0.0.1:8081" }).optional(),
  DATABASE_PATH: z.string().trim().min(1).default("./data/bot.db"),
  BOT_ADMINS: adminList.default([]),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
});

export interface Config {
  botToken: string | undefined;
  apiRoot: string | undefined;
  databasePath: string;
  admins: number[];
  logLevel: LogLevel;
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
  };
}
