import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import type { Repository } from "./db/repository.js";
import type { Logger } from "./logger.js";

export interface DeliveryOptions {
  /** How often handled update ids older than three days are forgotten while running. */
  pruneIntervalMs?: number;
}

/**
 * The delivery promise, the same for long polling and webhooks: nothing lost, nothing answered twice.
 * - Updates are written to the SQLite inbox before Telegram is told they arrived (the next getUpdates'
 *   offset, or the webhook's HTTP 200).
 * - An update is marked done in the transaction that records its answer (createBot's UpdateWrites); a
 *   poison update is logged and marked done, so it cannot block the queue.
 * - An update already done, or in hand right now (Telegram re-sending a webhook it thinks was lost), is skipped.
 * - At start, updates left pending by a crash are handled first, in order.
 */
export class Delivery {
  private readonly inHand = new Map<number, Promise<void>>();
  private readonly pruning: NodeJS.Timeout;
  /** When the last update was handled, for the health check. */
  lastHandledAt: Date | undefined;

  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly repo: Repository,
    private readonly logger: Logger,
    { pruneIntervalMs = 60 * 60 * 1000 }: DeliveryOptions = {},
  ) {
    // A bot that runs for weeks must not keep every update id it ever saw.
    this.pruning = setInterval(() => {
      try {
        repo.pruneInbox();
      } catch (error) {
        logger.warn({ err: error }, "pruning the inbox failed");
      }
    }, pruneIntervalMs);
    this.pruning.unref();
  }

  /**
   * Stores updates as pending, in one transaction, before their arrival is confirmed to Telegram.
   * Returns the ids not to handle: those handled before (a re-delivery) and those in hand now.
   */
  store(updates: readonly Update[]): Set<number> {
    const skip = this.repo.storeIncoming([...updates]);
    for (const update of updates) if (this.inHand.has(update.update_id)) skip.add(update.update_id);
    return skip;
  }

  /** Handles a stored update; resolves once it is done (its answer recorded and the update marked done). */
  handle(update: Update): Promise<void> {
    const running = this.inHand.get(update.update_id);
    if (running) return running;
    const task = (async () => {
      try {
        // Once it resolves, createBot has marked the update done in the transaction that records its answer.
        await this.bot.handleUpdate(update);
      } catch (error) {
        this.logger.error({ update_id: update.update_id, err: error }, "update failed");
        try {
          this.repo.markDone(update.update_id);
        } catch (markError) {
          this.logger.error({ update_id: update.update_id, err: markError }, "could not mark a failed update done; it stays pending");
        }
      } finally {
        this.inHand.delete(update.update_id);
        this.lastHandledAt = new Date();
      }
    })();
    this.inHand.set(update.update_id, task);
    return task;
  }

  /**
   * Handles, in order, the updates a previous run stored but did not finish (prunes old handled ids first).
   * Each is checked again just before it runs, since a webhook may have re-delivered and handled it meanwhile.
   */
  async replayPending(stopped: () => boolean = () => false): Promise<number> {
    this.repo.pruneInbox();
    const pending = this.repo.pendingUpdates<Update>();
    if (pending.length) this.logger.info(`handling ${pending.length} update(s) left from the last run`);
    let handled = 0;
    for (const update of pending) {
      if (stopped()) break;
      if (this.inHand.has(update.update_id) || this.repo.isDone(update.update_id)) continue;
      await this.handle(update);
      handled++;
    }
    return handled;
  }

  /**
   * Starts handling every stored update that is pending and not in hand, in update order, without waiting for
   * them (createBot's sequentialize keeps each chat in that order). Synchronous, so nothing slips in between.
   */
  startPending(): number {
    let started = 0;
    for (const update of this.repo.pendingUpdates<Update>()) {
      if (this.inHand.has(update.update_id)) continue;
      void this.handle(update);
      started++;
    }
    return started;
  }

  /** Updates being handled right now. */
  get inHandCount(): number {
    return this.inHand.size;
  }

  /** Resolves when fewer than `limit` updates are in hand. */
  async roomFor(limit: number): Promise<void> {
    while (this.inHand.size >= limit) await Promise.race(this.inHand.values());
  }

  /**
   * Waits for the updates in hand, at most `timeoutMs`; whatever is not done by then stays pending in the
   * inbox and is handled at the next start. Stops the pruning timer.
   */
  async drain(timeoutMs: number): Promise<void> {
    clearInterval(this.pruning);
    const drained = Promise.allSettled([...this.inHand.values()]);
    await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }
}
