import type { LogLevel } from "./config.js";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Bot tokens look like 123456:AAE…; they appear in Bot API URLs and so in error messages. */
const TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;
export const redact = (text: string): string => text.replace(TOKEN_PATTERN, "<redacted-token>");

/** One line per event on stderr, token redacted; small on purpose, the bot logs little. */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const log = (at: Exclude<LogLevel, "silent">) => (message: string, data?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const extra = data ? ` ${JSON.stringify(data, (_k, v: unknown) => (v instanceof Error ? v.message : v))}` : "";
    write(redact(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${extra}`));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}
