import { GrammyError, HttpError, type Api } from "grammy";
import type { Logger } from "./logger.js";

/** grammY types its signals with the abort-controller shim's AbortSignal; Node's own is the same at run time. */
export type ApiSignal = Parameters<Api["getMe"]>[0];
export const apiSignal = (signal: AbortSignal): ApiSignal => signal as unknown as ApiSignal;

/** A start-up problem that retrying cannot fix: main prints its one line and exits 1. */
export class FatalStartupError extends Error {}

const TELEGRAM = "https://api.telegram.org";

/** What a failed Bot API call means for start-up: retry (with this line logged) or stop (with this line). */
export interface Diagnosis {
  fatal: boolean;
  message: string;
  /** Telegram's retry_after on 429, seconds. */
  retryAfter?: number;
}

const hostOf = (apiRoot: string | undefined): string => {
  try {
    return new URL(apiRoot ?? TELEGRAM).host;
  } catch {
    return String(apiRoot);
  }
};

/** The cause of a network failure in a few words: what failed and the system's code. */
export function networkCause(error: HttpError, apiRoot: string | undefined, timedOut = false): string {
  if (timedOut) return "no answer in time (timeout)";
  const inner = error.error as { code?: string; type?: string; cause?: { code?: string }; message?: string } | undefined;
  const code = inner?.code ?? inner?.cause?.code;
  const host = hostOf(apiRoot);
  switch (code) {
    case "ECONNREFUSED":
      return `connection refused (ECONNREFUSED): nothing listens at ${host}`;
    case "ENOTFOUND":
      return `host not found (ENOTFOUND): ${host.replace(/:\d+$/, "")}`;
    case "EAI_AGAIN":
      return `DNS lookup failed (EAI_AGAIN) for ${host.replace(/:\d+$/, "")}`;
    case "ETIMEDOUT":
    case "ESOCKETTIMEDOUT":
      return `connection to ${host} timed out (${code})`;
    case "ECONNRESET":
      return `connection to ${host} reset (ECONNRESET)`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `no route to ${host} (${code})`;
    case undefined:
      break;
    default:
      return `${code} at ${host}`;
  }
  if (inner?.type === "invalid-json") return `${host} did not answer with JSON (is BOT_API_ROOT a Bot API server?)`;
  return inner?.message ?? error.message;
}

/**
 * Reads a failed Bot API call at start-up. 401, 404 and other 4xx mean the setup is wrong, and retrying cannot
 * help; network errors, 5xx and 429 pass, so they are retried.
 */
export function diagnose(error: unknown, method: string, apiRoot: string | undefined, timedOut = false): Diagnosis {
  if (error instanceof HttpError) return { fatal: false, message: `Telegram unreachable: ${networkCause(error, apiRoot, timedOut)}` };
  if (!(error instanceof GrammyError)) return { fatal: true, message: `${method} failed: ${String(error)}` };
  const said = `${error.error_code} ${error.description}`;
  if (error.error_code === 401)
    return {
      fatal: true,
      message: `Telegram rejects BOT_TOKEN (${said}): the token is wrong or was revoked; copy the current one from @BotFather (/mybots → API Token)`,
    };
  if (error.error_code === 404)
    return {
      fatal: true,
      message: apiRoot
        ? `The Bot API at BOT_API_ROOT=${apiRoot} answers ${method} with ${said}: BOT_API_ROOT is wrong; it must be the server's root (http://host:port, no /bot… path), or leave it unset for Telegram`
        : `Telegram answers ${method} with ${said}: BOT_TOKEN is not a valid bot token; copy it from @BotFather`,
    };
  if (error.error_code === 429)
    return { fatal: false, message: `Telegram asks to slow down (${said})`, retryAfter: error.parameters.retry_after ?? 5 };
  if (error.error_code >= 500) return { fatal: false, message: `Telegram answers ${method} with ${said}` };
  return { fatal: true, message: `Telegram refuses ${method}: ${said}` };
}

/**
 * 409 on getUpdates: either a webhook is set for this token or another process polls it. getWebhookInfo tells
 * which; the message says what to do about it.
 */
export async function explainConflict(api: Api, error: GrammyError): Promise<string> {
  let webhookUrl: string | undefined;
  try {
    webhookUrl = (await api.getWebhookInfo(apiSignal(AbortSignal.timeout(10_000)))).url || undefined;
  } catch {
    // Unknown: the description still tells which.
    if (/webhook/i.test(error.description)) webhookUrl = "(its address could not be read)";
  }
  if (webhookUrl)
    return (
      `Telegram refuses long polling (409): a webhook is set for this token (${webhookUrl}). ` +
      `Run this bot with BOT_MODE=webhook, or, if no webhook should receive the updates, delete it ` +
      `(https://api.telegram.org/bot<token>/deleteWebhook) and start again`
    );
  return (
    `Telegram refuses long polling (409: ${error.description}): another instance is polling with this token. ` +
    `Stop the other instance (another server, container or terminal running this bot), then start this one`
  );
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

export interface RetryOptions {
  /** What is being done, for the log line ("start-up", "setWebhook"). */
  what: string;
  apiRoot: string | undefined;
  logger: Logger;
  /** Aborted on SIGTERM: stop retrying and return undefined. */
  stop: AbortSignal;
  maxBackoffMs?: number;
  /** One call's time limit (grammY's own is 500 s: far too long to wait at start-up). */
  callTimeoutMs?: number;
}

/**
 * A start-up call, retried with backoff (1 s doubling to 30 s) while the network or Telegram fails, with one log
 * line per attempt naming the cause. Throws FatalStartupError when retrying cannot help; undefined if stopped.
 */
export async function withStartupRetries<T>(
  method: string,
  call: (signal: AbortSignal) => Promise<T>,
  { what, apiRoot, logger, stop, maxBackoffMs = 30_000, callTimeoutMs = 15_000 }: RetryOptions,
): Promise<T | undefined> {
  for (let attempt = 1, delay = 1000; !stop.aborted; attempt++, delay = Math.min(delay * 2, maxBackoffMs)) {
    const timeout = AbortSignal.timeout(callTimeoutMs);
    try {
      return await call(AbortSignal.any([stop, timeout]));
    } catch (error) {
      if (stop.aborted) return undefined;
      const diagnosis = diagnose(error, method, apiRoot, timeout.aborted);
      if (diagnosis.fatal) throw new FatalStartupError(diagnosis.message);
      const wait = diagnosis.retryAfter !== undefined ? diagnosis.retryAfter * 1000 : delay;
      // Expected while the network is down: the cause in one line, no stack. ("Telegram unreachable at start-up
      // (attempt 2): connection refused (ECONNREFUSED): nothing listens at 127.0.0.1:8081; retrying in 2 s")
      const [head, cause] = diagnosis.message.startsWith("Telegram unreachable: ")
        ? ["Telegram unreachable", diagnosis.message.slice("Telegram unreachable: ".length)]
        : [`${method} failed`, diagnosis.message];
      logger.warn(`${head} at ${what} (attempt ${attempt}): ${cause}; retrying in ${Math.round(wait / 1000)} s`);
      await sleep(wait, stop);
    }
  }
  return undefined;
}
