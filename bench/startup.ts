import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";

const ROOT = new URL("..", import.meta.url).pathname;
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

/**
 * Milliseconds from spawning the script to its first getUpdates at a local fake Bot API (median of `runs`).
 * A `.ts` script runs under tsx, as `npm run dev` does; a `.js` one (the compiled `dist/main.js`) under plain node,
 * as `npm start` and the container do. Both get the same `--max-semi-space-size=32`.
 */
export async function startupMs(script: string, runs = 3): Promise<number> {
  const samples: number[] = [];
  const loader = script.endsWith(".ts") ? ["--import", TSX] : [];
  for (let i = 0; i < runs; i++) {
    const api = await new FakeBotApi().start();
    const dir = mkdtempSync(join(tmpdir(), "bench-start-"));
    const started = performance.now();
    const proc = spawn(process.execPath, ["--max-semi-space-size=32", ...loader, join(ROOT, script)], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        BOT_TOKEN: "123456789:AAEbenchTokenForTheFakeBotApi_1234",
        BOT_API_ROOT: api.url,
        DATABASE_PATH: join(dir, "bot.db"),
        LOG_LEVEL: "silent",
        FX_SOURCE: "none",
      },
      stdio: "ignore",
    });
    await api.waitFor("getUpdates", () => true, 30_000);
    samples.push(performance.now() - started);
    proc.kill("SIGKILL");
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

// `npx tsx bench/startup.ts [script…]`: only the start-up figures.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const scripts = process.argv.slice(2);
  for (const script of scripts.length ? scripts : ["src/main.ts", "dist/main.js", "bench/echo-bot.ts"])
    console.log(`${script}: ${(await startupMs(script, 5)).toFixed(0)} ms (median of 5)`);
}
