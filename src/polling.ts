import { run, type RunnerHandle } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import type { Delivery } from "./delivery.js";
import type { Logger } from "./logger.js";
import { apiSignal, diagnose, explainConflict, FatalStartupError, withStartupRetries } from "./startup.js";

export interface PollingOptions {
  /** Longest wait between start-up attempts while Telegram is unreachable. */
  maxBackoffMs?: number;
  /** How long a stop waits for the updates in hand before giving up on them (they stay pending). */
  drainTimeoutMs?: number;
  /** Updates handled at once across chats; within a chat they stay in order (see createBot). */
  concurrency?: number;
  /** Long-polling timeout for getUpdates, seconds. */
  pollTimeoutSeconds?: number;
  /** BOT_API_ROOT, to name it in start-up errors. */
  apiRoot?: string;
}

export interface Polling {
  /** Resolves once the bot is initialised and polling (or when stopped before that); rejects with FatalStartupError. */
  started: Promise<void>;
  /** Rejects with FatalStartupError if Telegram refuses polling (401, 409) at any time; never resolves otherwise. */
  failed: Promise<never>;
  stop(): Promise<void>;
}

/**
 * Long polling that loses nothing and answers nothing twice (see Delivery): each batch from getUpdates is stored
 * before the next getUpdates confirms it, left-overs from a crash are handled first. Updates run concurrently
 * across chats (grammY runner); createBot's sequentialize keeps each chat (each user in groups) in order.
 * Start-up retries with backoff while Telegram is unreachable, and stops with one line when retrying cannot help
 * (a wrong token, a wrong BOT_API_ROOT, a webhook set or another instance polling).
 */
export function startPolling(bot: Bot<BotContext>, delivery: Delivery, logger: Logger, options: PollingOptions = {}): Polling {
  const { maxBackoffMs = 30_000, drainTimeoutMs = 8_000, concurrency = 100, pollTimeoutSeconds = 30, apiRoot } = options;
  const stopping = new AbortController();
  let runner: RunnerHandle | undefined;
  let fail: (error: FatalStartupError) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined); // observed by whoever awaits it

  // Fetched updates that the inbox shows were handled before (re-delivered after a crash): skipped.
  const skip = new Set<number>();
  const handle = (update: Update): Promise<void> => (skip.delete(update.update_id) ? Promise.resolve() : delivery.handle(update));

  const started = (async () => {
    const info = await withStartupRetries("getMe", (signal) => bot.api.getMe(apiSignal(signal)), {
      what: "start-up",
      apiRoot,
      logger,
      stop: stopping.signal,
      maxBackoffMs,
    });
    if (!info || stopping.signal.aborted) return;
    bot.botInfo = info;

    await delivery.replayPending(() => stopping.signal.aborted);
    if (stopping.signal.aborted) return;

    runner = run(
      {
        handleUpdate: handle,
        errorHandler: (error: unknown) => logger.error({ err: error }, "runner error"),
        api: {
          getUpdates: async (args, signal) => {
            const updates = await bot.api.getUpdates({ ...args, timeout: pollTimeoutSeconds }, signal);
            for (const id of delivery.store(updates)) skip.add(id);
            return updates;
          },
        },
      },
      { runner: { silent: true, retryInterval: "exponential", maxRetryTime: Number.POSITIVE_INFINITY }, sink: { concurrency } },
    );
    // The runner retries everything but 401 and 409, which end it: a revoked token, a webhook, another poller.
    runner
      .task()
      ?.catch(async (error: unknown) => {
        if (stopping.signal.aborted) return;
        const message =
          error instanceof GrammyError && error.error_code === 409
            ? await explainConflict(bot.api, error)
            : diagnose(error, "getUpdates", apiRoot).message;
        fail(new FatalStartupError(message));
      })
      .catch(() => undefined);
    logger.info(`polling as @${info.username}`);
  })();

  return {
    started,
    failed,
    async stop() {
      stopping.abort();
      await started.catch(() => undefined);
      if (runner?.isRunning()) await runner.stop().catch(() => undefined);
      // Finish the updates in hand; whatever is not done in time stays pending for the next start.
      await delivery.drain(drainTimeoutMs);
    },
  };
}
