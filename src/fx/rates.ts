import type { OfficialRates } from "../calc/reference.js";
import type { Repository } from "../db/repository.js";
import type { Logger } from "../logger.js";
import { fetchCbrDaily } from "./cbr.js";

export const FX_FETCH_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const FX_RETRY_MS = 60 * 60 * 1000;

export interface FxUpdaterOptions {
  feedUrl: string;
  repo: Repository;
  logger: Logger;
  /** Called with the new rates once stored; answers use them from then on. */
  onRates: (rates: OfficialRates) => void;
  /** Between successful fetches (a day). */
  intervalMs?: number;
  /** After a failed fetch (an hour). */
  retryMs?: number;
  /** What answers use while the feed cannot be reached, for the log line. */
  fallbackDate: () => string;
  timeoutMs?: number;
}

export interface FxUpdater {
  /** Resolves after the next fetch attempt (tests); the bot never waits for it. */
  nextAttempt(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the official rate fresh in the background: the Bank of Russia's feed is asked when the last successful
 * fetch (stored in SQLite, so restarts count) is a day old, and at most once a day after that; a failure logs one
 * line, keeps the rate answers already use (the last stored, or the knowledge base's), and is retried in an hour.
 * Nothing waits for it: start-up and answers go on with the latest stored rate.
 */
export function startFxUpdates({
  feedUrl,
  repo,
  logger,
  onRates,
  intervalMs = FX_FETCH_INTERVAL_MS,
  retryMs = FX_RETRY_MS,
  fallbackDate,
  timeoutMs = 15_000,
}: FxUpdaterOptions): FxUpdater {
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];

  const schedule = (delayMs: number) => {
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => void attempt(), Math.max(0, delayMs));
    timer.unref(); // never keeps the process alive
  };

  const attempt = async () => {
    try {
      const feed = await fetchCbrDaily(feedUrl, { timeoutMs, signal: stopping.signal });
      const usdRub = feed.rubPer.get("USD");
      const eurRub = feed.rubPer.get("EUR");
      if (usdRub === undefined || eurRub === undefined) throw new Error(`no ${usdRub === undefined ? "USD" : "EUR"} rate in the feed`);
      const rates = { date: feed.date, usdRub, eurRub };
      repo.saveFxRates(rates);
      const latest = repo.latestFxRates() ?? { ...rates, fetchedAt: new Date() };
      onRates({ date: latest.date, usdRub: latest.usdRub, eurRub: latest.eurRub });
      logger.info({ date: latest.date, usdRub: latest.usdRub, eurRub: latest.eurRub }, "official exchange rate updated (Bank of Russia)");
      schedule(intervalMs);
    } catch (error) {
      if (stopping.signal.aborted) return;
      const stored = repo.latestFxRates()?.date ?? fallbackDate();
      logger.warn(
        `exchange rate feed failed (${feedUrl}: ${error instanceof Error ? error.message : String(error)}); ` +
          `answers keep the rate for ${stored}; next try in ${Math.round(retryMs / 60_000)} min`,
      );
      schedule(retryMs);
    } finally {
      const wake = waiters;
      waiters = [];
      for (const w of wake) w();
    }
  };

  const last = repo.lastFxFetch();
  schedule(last ? last.getTime() + intervalMs - Date.now() : 0);

  return {
    nextAttempt: () => new Promise<void>((resolve) => waiters.push(resolve)),
    stop() {
      stopping.abort();
      clearTimeout(timer);
    },
  };
}
