import type { Readable } from "node:stream";
import { Agent, request } from "undici";

/** What grammY passes to `fetch` (see grammy/out/core/client.js): JSON text or a multipart stream. */
interface GrammyRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Readable;
  signal?: AbortSignal;
}

/**
 * grammY's `fetch` option on undici's request API. grammY only reads `res.json()`; the WHATWG
 * fetch layers (node-fetch by default, or Node's own fetch) cost a Bot API call about twice the
 * client CPU of a plain undici request, and every answer is one such call.
 * Connections are kept alive; grammY's own signal still aborts a call (timeouts, stopping).
 */
export function createTelegramFetch(): typeof fetch {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
  const telegramFetch = async (url: string, init: GrammyRequestInit = {}) => {
    const response = await request(url, {
      method: (init.method ?? "GET") as "GET" | "POST",
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      dispatcher,
      // Long polling holds a request open for its timeout; grammY's signal ends it, not undici.
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      status: response.statusCode,
      json: () => response.body.json(),
      text: () => response.body.text(),
    };
  };
  return telegramFetch as unknown as typeof fetch;
}
