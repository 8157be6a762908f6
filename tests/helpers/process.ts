import type { ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";
import type { FakeBotApi } from "./fake-bot-api.js";

/** Where the project is, and tsx's loader, to run the real entry points the way npm scripts do. */
export const ROOT = new URL("../..", import.meta.url).pathname;
export const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
export const TOKEN = "123456789:AAEtestTokenForTheFakeBotApi_123";

export const exitOf = (proc: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve({ code: proc.exitCode, signal: proc.signalCode });
    else proc.once("exit", (code, signal) => resolve({ code, signal }));
  });

export async function until(condition: () => boolean, timeoutMs: number, what: string, output = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A port nothing listens on right now (taken and released at once). */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
  });
}

/** How many replies each calculator question of a burst got, by its number of days ("× 23 дня"). */
export function repliesByDays(api: FakeBotApi): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of api.calls("sendMessage")) {
    const match = /× (\d+) (?:день|дня|дней) /.exec(String(call.payload.text));
    if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  return counts;
}

/** Every sendMessage takes 120 ms, so a burst is still in hand when the process is stopped. */
export const slowSends = (api: FakeBotApi) =>
  api.override("sendMessage", () => new Promise((resolve) => setTimeout(() => resolve(undefined), 120)));

/**
 * After a SIGKILL and a restart: every question answered, and at most the reply in flight per chat when
 * the process died repeated (its answer was not yet recorded; chats are handled in order).
 */
export function expectNoneLostAtMostOneRepeatPerChat(counts: Map<number, number>, questions: number, chats: number, label: string): void {
  const duplicates = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
  console.log(`${label}: ${questions} questions, ${counts.size} answered, ${duplicates} repeated`);
  expect(counts.size).toBe(questions);
  expect(duplicates).toBeLessThanOrEqual(chats);
  for (const n of counts.values()) expect(n).toBeLessThanOrEqual(2);
}
