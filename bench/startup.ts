import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";

const ROOT = new URL("..", import.meta.url).pathname;
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

/** Milliseconds from spawning the script to its first getUpdates at a local fake Bot API (median of 3). */
export async function startupMs(script: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const api = await new FakeBotApi().start();
    const dir = mkdtempSync(join(tmpdir(), "bench-start-"));
    const started = performance.now();
    const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, script)], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        BOT_TOKEN: "123456789:AAEbenchTokenForTheFakeBotApi_1234",
        BOT_API_ROOT: api.url,
        DATABASE_PATH: join(dir, "bot.db"),
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    await api.waitFor("getUpdates", () => true, 30_000);
    samples.push(performance.now() - started);
    proc.kill("SIGKILL");
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return samples.sort((a, b) => a - b)[1] ?? 0;
}
