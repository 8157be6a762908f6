import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";

const ROOT = new URL("..", import.meta.url).pathname;
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

export interface StartupOptions {
  runs?: number;
  /** Start once unmeasured on the same database first, so the measured start is a restart (the usual case). */
  restart?: boolean;
}

/** One start: spawn to the first getUpdates at a local fake Bot API, in ms. */
async function once(script: string, dir: string): Promise<number> {
  const api = await new FakeBotApi().start();
  // A `.ts` script runs under tsx, as `npm run dev` does; a `.js`/`.mjs` one under plain node, as `npm start` and the
  // container do. Both get `npm start`'s --max-semi-space-size=32.
  const loader = script.endsWith(".ts") ? ["--import", TSX] : [];
  const started = performance.now();
  const proc = spawn(process.execPath, ["--max-semi-space-size=32", ...loader, script.startsWith("/") ? script : join(ROOT, script)], {
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
  const ms = performance.now() - started;
  proc.kill("SIGTERM");
  await new Promise((resolve) => proc.once("exit", resolve));
  await api.stop();
  return ms;
}

/** Milliseconds from spawning the script to its first getUpdates (median of `runs`), each on a fresh folder. */
export async function startupMs(script: string, { runs = 3, restart = false }: StartupOptions = {}): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), "bench-start-"));
    try {
      if (restart) await once(script, dir);
      samples.push(await once(script, dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

/**
 * The echo bot compiled to plain JavaScript, so the compiled start has a reference that is compiled too. Written
 * under node_modules/.cache, where its `grammy` import resolves.
 */
export function compiledEchoBot(): string {
  const out = join(ROOT, "node_modules", ".cache", "ai-costs-bench");
  mkdirSync(out, { recursive: true });
  const source = readFileSync(join(ROOT, "bench", "echo-bot.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const file = join(out, "echo-bot.mjs");
  writeFileSync(file, outputText);
  return file;
}

// `npx tsx bench/startup.ts [script…]`: only the start-up figures, first start and restart.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const scripts = process.argv.slice(2);
  for (const script of scripts.length ? scripts : ["dist/main.js", "src/main.ts", compiledEchoBot(), "bench/echo-bot.ts"]) {
    const first = await startupMs(script, { runs: 5 });
    const again = await startupMs(script, { runs: 5, restart: true });
    console.log(`${script}: first start ${first.toFixed(0)} ms, restart ${again.toFixed(0)} ms (medians of 5)`);
  }
}
