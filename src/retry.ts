import { HttpError, type Transformer } from "grammy";
import type { Logger } from "./logger.js";

/** Polling calls retry on their own (start-up loop, runner); everything else is retried here. */
const POLLING_METHODS = new Set(["getMe", "getUpdates", "deleteWebhook"]);

/**
 * Network errors (connection refused, reset, timeout): a few retries with backoff and a log line,
 * then the error goes up. grammY's auto-retry handles 429 and 5xx, but retries network errors
 * forever and silently, which would hang a chat with nobody told; it runs with
 * `rethrowHttpErrors` so that this bounded, visible retry takes over.
 */
export function retryNetworkErrors(logger: Logger, { attempts = 4, firstDelayMs = 500 } = {}): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1, delay = firstDelayMs; ; attempt++, delay *= 2) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || POLLING_METHODS.has(method) || attempt >= attempts || signal?.aborted) throw error;
        logger.warn({ err: error }, `network error on ${method}; retry ${attempt}/${attempts - 1} in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
