import type { Update, User } from "grammy/types";
import { textUpdate } from "../src/bot/local-updates.js";
import type { FakeBotApi } from "../tests/helpers/fake-bot-api.js";

export const QUESTIONS = [
  "сколько стоил GPT-4?",
  "DeepSeek trained V3 for $6M?",
  "2048 GPU на 57 дней по $2/ч",
  "сколько видеокарт у DeepSeek?",
  "how much did R1 cost?",
  "как приготовить борщ?",
];

/** `perUser` rounds of one question from each of `users` people, the question mix rotating. */
export function burst(users: number, perUser: number): Update[] {
  const updates: Update[] = [];
  for (let round = 0; round < perUser; round++) {
    for (let u = 0; u < users; u++) {
      const user: User = { id: 100_000 + u, is_bot: false, first_name: `u${u}`, language_code: u % 2 ? "ru" : "en" };
      updates.push(textUpdate(QUESTIONS[(u + round) % QUESTIONS.length]!, user));
    }
  }
  return updates;
}

/** Milliseconds from the bot's first getUpdates until `count` messages have been sent. */
export async function timeUntilAnswered(api: FakeBotApi, count: number): Promise<number> {
  await api.waitFor("getUpdates", () => true, 30_000);
  const start = performance.now();
  let seen = 0;
  let sent = 0;
  while (sent < count) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    // Count only the requests that arrived since the last look: this loop shares the CPU it measures.
    for (; seen < api.requests.length; seen++) if (api.requests[seen]!.method === "sendMessage") sent++;
  }
  return performance.now() - start;
}
