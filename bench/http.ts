import { Bot } from "grammy";
import type { Update, User } from "grammy/types";
import { createApp } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { textUpdate } from "../src/bot/local-updates.js";
import { createLogger } from "../src/logger.js";
import { startPolling } from "../src/polling.js";
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";

const TOKEN = "123456789:AAEbenchTokenForTheFakeBotApi_1234";
const QUESTIONS = ["сколько стоил GPT-4?", "DeepSeek trained V3 for $6M?", "2048 GPU на 57 дней по $2/ч", "сколько видеокарт у DeepSeek?", "how much did R1 cost?", "как приготовить борщ?"];

function burst(users: number, perUser: number): Update[] {
  const updates: Update[] = [];
  for (let round = 0; round < perUser; round++) {
    for (let u = 0; u < users; u++) {
      const user: User = { id: 100_000 + u, is_bot: false, first_name: `u${u}`, language_code: u % 2 ? "ru" : "en" };
      updates.push(textUpdate(QUESTIONS[(u + round) % QUESTIONS.length]!, user));
    }
  }
  return updates;
}

async function timeUntilAnswered(api: FakeBotApi, count: number): Promise<number> {
  await api.waitFor("getUpdates", () => true, 30_000);
  const start = performance.now();
  while (api.calls("sendMessage").length < count) await new Promise((resolve) => setTimeout(resolve, 2));
  return performance.now() - start;
}

/** Updates per second for the full bot (runner, matching, calculator, SQLite records) and for a bare grammY echo bot. */
export async function httpThroughput(users = 200, perUser = 5, latencyMs = 0): Promise<{ full: number; echo: number; updates: number }> {
  const updates = burst(users, perUser);

  // Full bot: the same createBot + startPolling as `npm start` (throttling is left out here: it caps
  // both bots alike at Telegram's 30 messages a second, which would hide the work each does).
  const fullApi = await new FakeBotApi(latencyMs).start();
  fullApi.push(...updates);
  const app = createApp({ databasePath: ":memory:", admins: [], logger: createLogger("silent") });
  const full = createBot({ token: TOKEN, apiRoot: fullApi.url, deps: app.deps });
  const polling = startPolling(full, app.deps.repo, createLogger("silent"), { pollTimeoutSeconds: 1 });
  const fullMs = await timeUntilAnswered(fullApi, updates.length);
  await polling.stop();
  app.database.close();
  await fullApi.stop();

  // Bare echo bot: grammY's own long polling, one handler that sends the text back.
  const echoApi = await new FakeBotApi(latencyMs).start();
  echoApi.push(...updates);
  const echo = new Bot(TOKEN, { client: { apiRoot: echoApi.url } });
  echo.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
  void echo.start({ timeout: 1 });
  const echoMs = await timeUntilAnswered(echoApi, updates.length);
  await echo.stop();
  await echoApi.stop();

  return { full: (updates.length / fullMs) * 1000, echo: (updates.length / echoMs) * 1000, updates: updates.length };
}
