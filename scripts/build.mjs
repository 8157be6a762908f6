// npm run build: type-checks src/ (tsc --noEmit -p tsconfig.build.json), bundles the entry points into dist/ with
// esbuild (a clean build: dist/ is emptied first), and writes the knowledge snapshot dist/knowledge.json
// (src/knowledge/snapshot.ts).
// With --if-stale (npm start's prestart): builds only when dist/ is missing or older than src/; where there is no
// src/ (the container image) or no TypeScript or esbuild (a production install), it leaves dist/ as it is.
//
// Why a bundle: node loaded ~400 modules at start (drizzle-orm, zod, grammY and ours, one file each), a third of
// the start-up time; one file per entry point loads in a fraction of that.
/* global process, console, URL */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const stamp = join(dist, ".build-stamp");
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
  for (const file of ["tsconfig.json", "tsconfig.build.json", "package.json", "scripts/build.mjs"])
    if (existsSync(join(root, file))) visit(join(root, file));
  return newest;
}

if (ifStale) {
  if (!existsSync(join(root, "src"))) process.exit(0); // an image with dist/ only
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource()) process.exit(0);
}

let tsc;
let esbuild;
try {
  const require = createRequire(import.meta.url);
  tsc = require.resolve("typescript/bin/tsc");
  esbuild = await import("esbuild");
} catch {
  if (ifStale && existsSync(join(dist, "main.js"))) {
    console.error("dist/ is older than src/, and TypeScript or esbuild is not installed to rebuild it: starting the old build");
    process.exit(0);
  }
  console.error("Cannot build: TypeScript or esbuild is not installed (they are dev dependencies): run npm ci, then npm run build");
  process.exit(1);
}

if (ifStale) console.error("dist/ is missing or older than src/: building (npm run build)…");
const started = Date.now();
rmSync(dist, { recursive: true, force: true });
// esbuild only strips types: the type check is tsc's, and a type error fails the build as before.
const checked = spawnSync(process.execPath, [tsc, "--noEmit", "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (checked.status !== 0) process.exit(checked.status ?? 1);

/** Options every bundle shares. */
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Native addons, and the chart libraries that are loaded on the first chart only (src/app.ts), stay in
  // node_modules; so does pino-pretty, which logger.ts requires only for the pretty format.
  external: ["better-sqlite3", "@resvg/resvg-js", "echarts", "pino-pretty"],
  // CommonJS dependencies bundled into ESM call require(); ESM has none, so each file makes one.
  banner: {
    js: 'import { createRequire as __bundleCreateRequire } from "node:module"; const require = __bundleCreateRequire(import.meta.url);',
  },
  // node-fetch (grammY's HTTP client) checks the class names of its AbortSignal: keep them as written.
  keepNames: true,
  // Without the dependencies' comments and indentation there is a third less to load (~50 ms a start). Names stay
  // as written, so stack traces still name the functions; the source map gives lines (node --enable-source-maps).
  minifyWhitespace: true,
  sourcemap: "linked",
  logLevel: "warning",
};
await esbuild.build({
  ...common,
  entryPoints: ["main", "healthcheck", "backup"].map((name) => join(root, "src", `${name}.ts`)),
  outdir: dist,
  // The chart modules, imported on first use, become chunks of their own, loaded then.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});

// The validated knowledge base, so a start skips parsing and validating knowledge/ while it is unchanged. Written
// by the same code the bundle runs (bundled for the purpose, then removed).
const writer = join(dist, "write-snapshot.mjs");
await esbuild.build({ ...common, sourcemap: false, entryPoints: [join(root, "src", "knowledge", "write-snapshot.ts")], outfile: writer });
const snapshot = spawnSync(process.execPath, [writer], { stdio: "inherit" });
rmSync(writer);
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);

writeFileSync(stamp, `${new Date().toISOString()}\n`);
console.error(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
