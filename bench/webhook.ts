import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { Delivery } from "../src/delivery.js";
import { createLogger } from "../src/logger.js";
import { startPolling } from "../src/polling.js";
import { startWebhook } from "../src/webhook.js";
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { freePort } from "../tests/helpers/process.js";
import { burst } from "./burst.js";

const TOKEN = "123456789:AAEbenchTokenForTheFakeBotApi_1234";
const SECRET = "bench-secret";
const silent = createLogger("silent");

async function allSent(api: FakeBotApi, count: number): Promise<void> {
  let seen = 0;
  for (let sent = 0; sent < count;) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    for (; seen < api.requests.length; seen++) if (api.requests[seen]!.method === "sendMessage") sent++;
  }
}

/** The full bot as `npm start` runs it in webhook mode, updates posted as Telegram posts them (`connections` at once). */
async function webhookRun(users: number, perUser: number, connections: number): Promise<{ acknowledged: number; answered: number }> {
  const api = await new FakeBotApi().start();
  const dir = mkdtempSync(join(tmpdir(), "bench-webhook-"));
  const app = createApp({ databasePath: join(dir, "bot.db"), admins: [], logger: silent });
  const bot = createBot({ token: TOKEN, apiRoot: api.url, deps: app.deps });
  const delivery = new Delivery(bot, app.deps.repo, silent);
  const port = await freePort();
  const health = { startedAt: new Date(), delivery, repo: app.deps.repo };
  const webhook = await startWebhook(bot, delivery, health, silent, {
    url: "https://bench.test/hook",
    secret: SECRET,
    host: "127.0.0.1",
    port,
  });
  await webhook.started;
  const updates = burst(users, perUser);
  const started = performance.now();
  let next = 0;
  const connection = async () => {
    while (next < updates.length) {
      const response = await fetch(`http://127.0.0.1:${port}/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(updates[next++]),
      });
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  const acknowledged = performance.now() - started;
  await allSent(api, updates.length);
  const answered = performance.now() - started;
  await webhook.stop();
  app.database.close();
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
  return { acknowledged: (updates.length / acknowledged) * 1000, answered: (updates.length / answered) * 1000 };
}

/** The same bot polling the same in-process fake API, for comparison. */
async function pollingRun(users: number, perUser: number): Promise<number> {
  const api = await new FakeBotApi().start();
  const dir = mkdtempSync(join(tmpdir(), "bench-polling-"));
  const app = createApp({ databasePath: join(dir, "bot.db"), admins: [], logger: silent });
  const bot = createBot({ token: TOKEN, apiRoot: api.url, deps: app.deps });
  const polling = startPolling(bot, new Delivery(bot, app.deps.repo, silent), silent, { pollTimeoutSeconds: 1 });
  await polling.started;
  const updates = burst(users, perUser);
  const started = performance.now();
  api.push(...updates);
  await allSent(api, updates.length);
  const ms = performance.now() - started;
  await polling.stop();
  app.database.close();
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
  return (updates.length / ms) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Webhook mode against polling, both with the fake API in this process (pure CPU), in turns: updates/s answered,
 * and for the webhook also updates/s acknowledged (stored in the inbox and answered 200), medians of `runs`.
 */
export async function webhookThroughput({ users = 300, perUser = 10, connections = 40, runs = 3 } = {}) {
  await pollingRun(users, perUser); // warm-up, unmeasured
  await webhookRun(users, perUser, connections);
  const polling: number[] = [];
  const acknowledged: number[] = [];
  const answered: number[] = [];
  for (let i = 0; i < runs; i++) {
    polling.push(await pollingRun(users, perUser));
    const webhook = await webhookRun(users, perUser, connections);
    acknowledged.push(webhook.acknowledged);
    answered.push(webhook.answered);
  }
  return {
    polling: median(polling),
    acknowledged: median(acknowledged),
    answered: median(answered),
    updates: users * perUser,
    connections,
  };
}
