import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { planCalculation } from "../../src/calc/plan.js";
import type { OfficialRates } from "../../src/calc/reference.js";
import { startFxUpdates, type FxUpdater } from "../../src/fx/rates.js";
import { createLogger } from "../../src/logger.js";
import { FakeCbrFeed } from "../helpers/fake-cbr-feed.js";

let feed: FakeCbrFeed;
let app: App;
let lines: string[];
const updaters: FxUpdater[] = [];

beforeEach(async () => {
  feed = await new FakeCbrFeed().start();
  app = createApp({ databasePath: ":memory:", admins: [], logger: createLogger("silent") });
  lines = [];
});
afterEach(async () => {
  for (const updater of updaters.splice(0)) updater.stop();
  app.database.close();
  await feed.stop();
});

function start(onRates: (rates: OfficialRates) => void = (rates) => app.useOfficialRates(rates), retryMs?: number) {
  const updater = startFxUpdates({
    feedUrl: feed.url,
    repo: app.deps.repo,
    logger: createLogger("info", { format: "json", write: (line) => lines.push(line) }),
    onRates,
    fallbackDate: () => app.storedRateDate,
    ...(retryMs !== undefined ? { retryMs } : {}),
  });
  updaters.push(updater);
  return updater;
}

const rubles = () => planCalculation({ gpus: 1000, duration: { value: 10, unit: "day" }, price: 2, currency: "RUB" }, app.deps.calc);

describe("daily official rates", () => {
  it("before any fetch, conversions use the stored 3 Oct 2025 rate; after one, the feed's rate and date", async () => {
    const before = rubles();
    expect(before.kind === "run" && before.converted?.rate).toMatchObject({ perUsd: 81.01, date: "2025-10-03", origin: "fact" });

    await start().nextAttempt();
    const after = rubles();
    expect(after.kind === "run" && after.converted?.rate).toMatchObject({ perUsd: 78.4512, date: "2026-11-27", origin: "feed" });
    const eur = planCalculation({ gpus: 1000, duration: { value: 10, unit: "day" }, price: 2, currency: "EUR" }, app.deps.calc);
    expect(eur.kind === "run" && eur.converted?.rate.perUsd).toBeCloseTo(78.4512 / 90.887, 6);
    expect(app.deps.repo.latestFxRates()).toMatchObject({ date: "2026-11-27", usdRub: 78.4512, eurRub: 90.887 });
    expect(feed.requests).toBe(1);
  });

  it("asks the feed at most once a day: a fetch stored less than a day ago is not repeated", async () => {
    await start().nextAttempt();
    start(); // as after a restart
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(feed.requests).toBe(1);
  });

  it("a failure logs one line, keeps the rate in use, and is retried later", async () => {
    feed.failWith = 500;
    let updated = 0;
    const updater = start(() => updated++, 100);
    await updater.nextAttempt();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "warn",
      msg: expect.stringMatching(/exchange rate feed failed \(.*: HTTP 500 .*\); answers keep the rate for 2025-10-03; next try in 0 min/),
    });
    expect(updated).toBe(0);

    feed.failWith = undefined;
    await updater.nextAttempt();
    expect(updated).toBe(1);
    expect(feed.requests).toBe(2);
  });

  it("a stored official rate is used from the start of the next run, unless FX_SOURCE=none", () => {
    const dir = mkdtempSync(join(tmpdir(), "ai-costs-fx-"));
    try {
      const path = join(dir, "bot.db");
      const first = createApp({ databasePath: path, admins: [], logger: createLogger("silent") });
      first.deps.repo.saveFxRates({ date: "2026-11-20", usdRub: 80, eurRub: 92 });
      first.database.close();

      const next = createApp({ databasePath: path, admins: [], logger: createLogger("silent") });
      expect(next.deps.calc.rates.RUB).toMatchObject({ perUsd: 80, date: "2026-11-20", origin: "feed" });
      next.database.close();
      const off = createApp({ databasePath: path, admins: [], logger: createLogger("silent"), officialRates: false });
      expect(off.deps.calc.rates.RUB).toMatchObject({ perUsd: 81.01, date: "2025-10-03", origin: "fact" });
      off.database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
