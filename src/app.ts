import type { BarChartOptions } from "./chart/bar-chart.js";
import type { ScatterChartOptions } from "./chart/scatter-chart.js";
import { calcReferenceFrom, exchangeRates, type OfficialRates, type RateOverrides } from "./calc/reference.js";
import { openDatabase, type AppDatabase } from "./db/database.js";
import { Repository, type SyncReport } from "./db/repository.js";
import type { BotDeps } from "./bot/context.js";
import { loadKnowledgeBase } from "./knowledge/knowledge-base.js";
import { FactMatcher } from "./knowledge/matcher.js";
import { Planner } from "./knowledge/reader/plan.js";
import { Reader } from "./knowledge/reader/reading.js";
import type { Logger } from "./logger.js";

/** The chart library takes over a second to load: it is loaded on the first /compare, not at start. */
async function renderChart(options: BarChartOptions): Promise<Buffer> {
  const { renderBarChartPng } = await import("./chart/bar-chart.js");
  return renderBarChartPng(options);
}

/** Rankings' and trends' chart, loaded the same way on first use. */
async function renderScatter(options: ScatterChartOptions): Promise<Buffer> {
  const { renderScatterChartPng } = await import("./chart/scatter-chart.js");
  return renderScatterChartPng(options);
}

export interface App {
  deps: BotDeps;
  database: AppDatabase;
  sync: SyncReport;
  /** Answers convert with these official rates from now on (operator-set rates still win). */
  useOfficialRates(rates: OfficialRates): void;
  /** The date of the stored rate in the knowledge base, the fallback when there is no official one. */
  storedRateDate: string;
  /** Builds what answering needs (the matcher, the reader, the planner) now rather than on the first update. */
  warmUp(): void;
}

/**
 * Everything the bot needs but Telegram: database opened and migrated, knowledge base
 * validated and synced into it; the matcher and reader built on first use (or warmUp). Shared by `npm start`, `npm run chat` and tests.
 */
export function createApp({
  databasePath,
  admins,
  logger,
  rates = {},
  officialRates = true,
}: {
  databasePath: string;
  admins: readonly number[];
  logger: Logger;
  rates?: RateOverrides;
  /** Use the official rates stored from the Bank of Russia's feed (false: FX_SOURCE=none, the stored fact only). */
  officialRates?: boolean;
}): App {
  const kb = loadKnowledgeBase();
  const database = openDatabase(databasePath);
  try {
    const repo = new Repository(database.db);
    const sync = repo.syncKnowledgeBase(kb);
    // The matcher and the reader's indexes (~150 ms) are built on first use, or by warmUp() once the bot has asked
    // Telegram for updates: the start does not wait for them, the first long poll does.
    let matcher: FactMatcher | undefined;
    let reader: Reader | undefined;
    let planner: Planner | undefined;
    const deps = {
      kb,
      get matcher() {
        return (matcher ??= new FactMatcher(kb));
      },
      get reader() {
        return (reader ??= new Reader(kb, this.matcher, new Set(kb.lexicon.stopwords)));
      },
      get planner() {
        return (planner ??= new Planner(kb, this.matcher));
      },
      repo,
      calc: calcReferenceFrom(kb, rates, officialRates ? repo.latestFxRates() : undefined),
      renderChart,
      renderScatter,
      admins,
      logger,
    };
    return {
      deps,
      database,
      sync,
      useOfficialRates: (official) => void (deps.calc.rates = exchangeRates(kb, rates, official)),
      warmUp: () => void [deps.reader, deps.planner],
      storedRateDate: kb.factById.get("usd-rub-rate")?.asOf ?? "",
    };
  } catch (error) {
    database.close();
    throw error;
  }
}
