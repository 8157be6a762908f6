// npm run build: compiles src/ to dist/ with tsconfig.build.json (a clean build: dist/ is emptied first), and writes
// the knowledge snapshot dist/knowledge.json (src/knowledge/snapshot.ts).
// With --if-stale (npm start's prestart): builds only when dist/ is missing or older than src/; where there is no
// src/ (the container image) or no TypeScript (a production install), it leaves dist/ as it is.
/* global process, console, URL */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const stamp = join(root, "dist", ".build-stamp");
const ifStale = process.argv.includes("--if-stale");

/** Newest modification time among the files that make dist/. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stats = statSync(path);
    if (stats.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  visit(join(root, "src"));
  for (const file of ["tsconfig.json", "tsconfig.build.json", "package.json"]) if (existsSync(join(root, file))) visit(join(root, file));
  return newest;
}

if (ifStale) {
  if (!existsSync(join(root, "src"))) process.exit(0); // an image with dist/ only
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource()) process.exit(0);
}

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  if (ifStale && existsSync(join(root, "dist", "main.js"))) {
    console.error("dist/ is older than src/, and TypeScript is not installed to rebuild it: starting the old build");
    process.exit(0);
  }
  console.error("Cannot build: TypeScript is not installed (it is a dev dependency): run npm ci, then npm run build");
  process.exit(1);
}

if (ifStale) console.error("dist/ is missing or older than src/: building (npm run build)…");
const started = Date.now();
rmSync(join(root, "dist"), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
// The validated knowledge base, so a start skips parsing and validating knowledge/ while it is unchanged.
const snapshot = spawnSync(process.execPath, [join(root, "dist", "knowledge", "write-snapshot.js")], { stdio: "inherit" });
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
writeFileSync(stamp, `${new Date().toISOString()}\n`);
console.error(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
