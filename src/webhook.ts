import { webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import type { Delivery } from "./delivery.js";
import type { HealthSource, HttpServer } from "./http-server.js";
import { startHttpServer } from "./http-server.js";
import type { Logger } from "./logger.js";
import { apiSignal, withStartupRetries } from "./startup.js";

export interface WebhookOptions {
  /** The public https URL given to setWebhook; the server takes updates on its path. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; a request without it gets 401 and is not read. */
  secret: string;
  host: string;
  port: number;
  /** BOT_API_ROOT, to name it in start-up errors. */
  apiRoot?: string;
  maxBackoffMs?: number;
  /** How long a stop waits for the updates in hand before giving up on them (they stay pending). */
  drainTimeoutMs?: number;
  /** Updates handled at once; past that, the HTTP answer waits for room, which slows Telegram down. */
  concurrency?: number;
}

export interface Webhook {
  /** Resolves once the webhook is set and updates are handled (or when stopped first); rejects with FatalStartupError. */
  started: Promise<void>;
  /** The server's own address (http://host:port). */
  url: string;
  stop(): Promise<void>;
}

/**
 * Webhook mode: grammY's webhookCallback on a small HTTP server. The delivery promise is the one long polling
 * gives (see Delivery): an update is stored in the inbox before the HTTP 200, so Telegram never forgets one the
 * bot has not stored; it is then handled in the background (well within Telegram's timeout, whatever the answer
 * costs); a re-sent update_id that is done or in hand is answered 200 and skipped; after a crash the pending ones
 * are handled at the next start. Updates that arrive while starting are stored and handled once left-overs are done.
 */
export async function startWebhook(
  bot: Bot<BotContext>,
  delivery: Delivery,
  health: Omit<HealthSource, "ready" | "mode">,
  logger: Logger,
  options: WebhookOptions,
): Promise<Webhook> {
  const { url, secret, host, port, apiRoot, maxBackoffMs = 30_000, drainTimeoutMs = 8_000, concurrency = 100 } = options;
  const stopping = new AbortController();
  let ready = false;

  const receive = async (update: Update): Promise<void> => {
    const id = update.update_id;
    if (typeof id !== "number") throw new SyntaxError("not a Telegram update");
    // Stored (one committed transaction) before Telegram hears 200; a duplicate is acknowledged and skipped.
    if (delivery.store([update]).has(id)) return;
    if (!ready) return; // handled with the left-overs once start-up is done
    void delivery.handle(update);
    await delivery.roomFor(concurrency);
  };
  // webhookCallback needs only these members of a Bot: the receiver stores and schedules instead of handling
  // in the request, so the 200 does not wait for the answer.
  const receiver = { isRunning: () => false, start: () => undefined, init: () => Promise.resolve(), handleUpdate: receive };
  const callback = webhookCallback(receiver as unknown as Bot<BotContext>, "http", {
    secretToken: secret,
    // The update is stored before any wait for room; past this, answer 200 anyway.
    onTimeout: "return",
    timeoutMilliseconds: 10_000,
  });

  const path = new URL(url).pathname;
  const server: HttpServer = await startHttpServer({
    host,
    port,
    logger,
    health: { ...health, mode: "webhook", ready: () => ready },
    webhook: { path, handle: async (req, res) => void (await callback(req, res)) },
  });
  logger.info(`listening on ${server.url} (webhook path ${path}, health /healthz)`);

  const started = (async () => {
    const retries = { apiRoot, logger, stop: stopping.signal, maxBackoffMs };
    const info = await withStartupRetries("getMe", (signal) => bot.api.getMe(apiSignal(signal)), { ...retries, what: "start-up" });
    if (!info || stopping.signal.aborted) return;
    bot.botInfo = info;

    await delivery.replayPending(() => stopping.signal.aborted);
    if (stopping.signal.aborted) return;

    const set = await withStartupRetries(
      "setWebhook",
      (signal) => bot.api.setWebhook(url, { secret_token: secret, drop_pending_updates: false }, apiSignal(signal)),
      { ...retries, what: "setWebhook" },
    );
    if (set === undefined || stopping.signal.aborted) return;
    // Updates stored while starting: handled now, in the order they came, before any newer one.
    delivery.startPending();
    ready = true;
    logger.info(`webhook set for @${info.username}: ${url}`);
  })();
  started.catch(() => undefined);

  return {
    started,
    url: server.url,
    async stop() {
      stopping.abort();
      await started.catch(() => undefined);
      // No new requests (connections refused, 503 on open ones); the ones being stored finish first.
      await server.close();
      // The webhook stays set: Telegram keeps the updates until the next start takes them.
      await delivery.drain(drainTimeoutMs);
    },
  };
}
