import { createRequire } from "node:module";
import { pino, stdSerializers, type Logger as PinoLogger } from "pino";
import type * as PinoPretty from "pino-pretty";

/** pino-pretty (some thirty modules) is loaded only for the pretty format: JSON logs start faster. */
const loadPretty = () => createRequire(import.meta.url)("pino-pretty") as typeof PinoPretty;

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `pretty`: one readable line per event (the default); `json`: one JSON object per line, for log collectors. */
export const LOG_FORMATS = ["pretty", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export type Logger = PinoLogger;

/** Bot tokens look like 123456:AAE…; they appear in Bot API URLs and so in error messages and stacks. */
const TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;
export const redact = (text: string): string => text.replace(TOKEN_PATTERN, "<redacted-token>");

export interface LoggerOptions {
  format?: LogFormat;
  /** Where finished lines go (stderr by default); tests pass a collector. */
  write?: (line: string) => void;
}

/**
 * pino, writing to stderr through one last step that redacts the bot token from the whole line — message,
 * fields, error messages and stacks alike — in either format. Errors go under `err` (pino's serializer
 * keeps type, message and stack). Per-update lines come from a child logger carrying `update_id` and
 * `chat_id` (see createBot).
 */
export function createLogger(
  level: LogLevel,
  { format = "pretty", write = (line) => process.stderr.write(line) }: LoggerOptions = {},
): Logger {
  const pretty =
    format === "pretty" && level !== "silent"
      ? loadPretty().prettyFactory({
          colorize: false,
          singleLine: true,
          translateTime: "SYS:yyyy-mm-dd HH:MM:ss.l",
          ignore: "pid,hostname",
        })
      : undefined;
  const destination = {
    write(line: string) {
      write(redact(pretty ? pretty(line) : line));
    },
  };
  return pino(
    {
      level,
      base: undefined,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err, error: stdSerializers.err },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
