import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import type { Repository } from "./db/repository.js";
import type { Logger } from "./logger.js";

export interface PollingOptions {
  /** Longest wait between start-up attempts while Telegram is unreachable. */
  maxBackoffMs?: number;
  /** How long a stop waits for the updates in hand before giving up on them (they stay pending). */
  drainTimeoutMs?: number;
  /** Updates handled at once across chats; within a chat they stay in order (see createBot). */
  concurrency?: number;
  /** Long-polling timeout for getUpdates, seconds. */
  pollTimeoutSeconds?: number;
  /** How often handled update ids older than three days are forgotten while running. */
  pruneIntervalMs?: number;
}

export interface Polling {
  /** Resolves once the bot is initialised and polling (or when stopped before that). */
  started: Promise<void>;
  stop(): Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Long polling that loses nothing and answers nothing twice:
 * - fetched updates are written to the SQLite inbox before the next getUpdates confirms them;
 * - an update is marked done after it is handled, and a re-delivered done update is skipped;
 * - at start, pending updates left by a crash are handled first.
 * Updates run concurrently across chats (grammY runner); createBot's sequentialize keeps each
 * chat (each user in groups) in order. Start-up retries with backoff while Telegram is unreachable.
 */
export function startPolling(bot: Bot<BotContext>, repo: Repository, logger: Logger, options: PollingOptions = {}): Polling {
  const {
    maxBackoffMs = 30_000,
    drainTimeoutMs = 8_000,
    concurrency = 100,
    pollTimeoutSeconds = 30,
    pruneIntervalMs = 60 * 60 * 1000,
  } = options;
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let runner: RunnerHandle | undefined;
  // A bot that runs for weeks must not keep every update id it ever saw.
  const pruning = setInterval(() => {
    try {
      repo.pruneInbox();
    } catch (error) {
      logger.warn({ err: error }, "pruning the inbox failed");
    }
  }, pruneIntervalMs);
  pruning.unref();

  // Fetched updates that the inbox shows were handled before (re-delivered after a crash): skipped.
  const alreadyDone = new Set<number>();

  const handle = (update: Update): Promise<void> => {
    if (alreadyDone.delete(update.update_id)) return Promise.resolve();
    const task = (async () => {
      try {
        // Once it resolves, createBot has marked the update done in the transaction that records its
        // answer (UpdateWrites).
        await bot.handleUpdate(update);
      } catch (error) {
        // A poison update must not block the queue: it is logged and counted as handled.
        logger.error({ update_id: update.update_id, err: error }, "update failed");
        repo.markDone(update.update_id);
      }
    })();
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    return task;
  };

  const started = (async () => {
    for (let attempt = 1, delay = 1000; !stopping.signal.aborted; attempt++, delay = Math.min(delay * 2, maxBackoffMs)) {
      try {
        // Not bot.init(): it retries network errors forever and silently; this loop logs and backs off.
        bot.botInfo = await bot.api.getMe();
        // Long polling and a webhook exclude each other; drop a stale webhook (its updates stay queued).
        await bot.api.deleteWebhook({ drop_pending_updates: false });
        break;
      } catch (error) {
        if (stopping.signal.aborted) return;
        // Expected while the network is down: the cause in one line, no stack.
        logger.warn(
          { cause: String(error) },
          `Telegram unreachable at start-up (attempt ${attempt}); retrying in ${Math.round(delay / 1000)} s`,
        );
        await sleep(delay, stopping.signal);
      }
    }
    if (stopping.signal.aborted) return;

    const pruned = repo.pruneInbox();
    const pending = repo.pendingUpdates<Update>();
    if (pending.length) logger.info({ pruned }, `handling ${pending.length} update(s) left from the last run`);
    // Left-overs first, in order, before anything new arrives.
    for (const update of pending) await handle(update);
    if (stopping.signal.aborted) return;

    runner = run(
      {
        handleUpdate: handle,
        errorHandler: (error: unknown) => logger.error({ err: error }, "runner error"),
        api: {
          getUpdates: async (args, signal) => {
            const updates = await bot.api.getUpdates({ ...args, timeout: pollTimeoutSeconds }, signal);
            for (const id of repo.storeIncoming(updates)) alreadyDone.add(id);
            return updates;
          },
        },
      },
      { runner: { silent: true, retryInterval: "exponential", maxRetryTime: Number.POSITIVE_INFINITY }, sink: { concurrency } },
    );
    logger.info(`polling as @${bot.botInfo.username}`);
  })();

  return {
    started,
    async stop() {
      clearInterval(pruning);
      stopping.abort();
      await started.catch(() => undefined);
      if (runner?.isRunning()) await runner.stop().catch(() => undefined);
      // Finish the updates in hand; whatever is not done in time stays pending for the next start.
      const drained = Promise.allSettled([...inFlight]);
      await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, drainTimeoutMs).unref())]);
    },
  };
}
