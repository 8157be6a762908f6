/**
 * npm run bench: speed figures, each printed next to the reference it is compared with.
 * Timings are wall-clock on this machine; run it twice and expect a few percent of noise.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { renderBarChartPng, svgToPng, CHART_HEIGHT, CHART_WIDTH, type Bar } from "../src/chart/bar-chart.js";
import { evaluateMatcher, type DevQuestion } from "../src/knowledge/evaluate.js";
import { loadKnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { FactMatcher } from "../src/knowledge/matcher.js";
import { Planner } from "../src/knowledge/reader/plan.js";
import { Reader } from "../src/knowledge/reader/reading.js";
import { parseCalcQuery } from "../src/calc/parse.js";
import { EN_USER, RU_USER, TestBot } from "../tests/helpers/harness.js";
import { httpThroughput, recordAnswers, warmUp } from "./http.js";
import { evaluateNlpJs, trainNlpJs } from "./nlpjs.js";
import { compiledEchoBot, startupMs } from "./startup.js";
import { webhookThroughput } from "./webhook.js";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Stats {
  p50: number;
  p99: number;
  mean: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

async function time(runs: number, fn: () => unknown): Promise<Stats> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const rows: string[][] = [];
const fmt = (x: number, unit: "ms" | "µs") => (unit === "ms" ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(0)} µs`);
function row(what: string, ours: Stats, reference: Stats | string, referenceName: string, unit: "ms" | "µs") {
  const ref = typeof reference === "string" ? reference : `${fmt(reference.p50, unit)} / ${fmt(reference.p99, unit)}`;
  rows.push([what, `${fmt(ours.p50, unit)} / ${fmt(ours.p99, unit)}`, ref, referenceName]);
}

// 1. Matcher latency against NLP.js on the dev set, first, before the chart renderer and the bots
// fill the heap. The two are timed in turns, question by question, so both meet the same machine state.
const kb = loadKnowledgeBase();
const matcher = new FactMatcher(kb);
const questions = (
  JSON.parse(readFileSync(new URL("../tests/fixtures/dev-questions.json", import.meta.url), "utf8")) as { questions: DevQuestion[] }
).questions;
const nlpjs = await trainNlpJs(kb);
const oursSamples: number[] = [];
const peerSamples: number[] = [];
for (let i = 0; i < 20 * questions.length; i++) {
  const q = questions[i % questions.length]!.q;
  const t0 = performance.now();
  matcher.match(q);
  const t1 = performance.now();
  await nlpjs.classify(q);
  const t2 = performance.now();
  if (i >= questions.length) {
    // the first pass over the questions warms both up
    oursSamples.push(t1 - t0);
    peerSamples.push(t2 - t1);
  }
}
const matchTime = stats(oursSamples);
const peerTime = stats(peerSamples);
let qi = 0;
const parseTime = await time(2000, () => parseCalcQuery(questions[qi++ % questions.length]!.q));
row("matcher, one question (p50 / p99)", matchTime, parseTime, "calc parser on the same text", "µs");

// 1b. Reading a question: the reader (subjects, measure, figures, language) and the planner on every question of the
// question sets (their texts only; no scores here), against the matcher alone on the same texts.
const setTexts: string[] = [];
for (const file of readdirSync(new URL("../tests/fixtures/questions/", import.meta.url)).filter((f) => f.endsWith(".json"))) {
  const set = JSON.parse(readFileSync(new URL(`../tests/fixtures/questions/${file}`, import.meta.url), "utf8")) as {
    items: { q?: string; turns?: string[] }[];
  };
  for (const item of set.items) setTexts.push(...(item.turns ?? (item.q ? [item.q] : [])));
}
const reader = new Reader(kb, matcher, new Set(kb.lexicon.stopwords));
const planner = new Planner(kb, matcher);
let ri = 0;
const readTime = await time(10 * setTexts.length, () => reader.read(setTexts[ri++ % setTexts.length]!));
let rpi = 0;
const readPlanTime = await time(10 * setTexts.length, () => planner.plan(reader.read(setTexts[rpi++ % setTexts.length]!)));
let rmi = 0;
const matchSetTime = await time(10 * setTexts.length, () => matcher.match(setTexts[rmi++ % setTexts.length]!));
row(
  `reading a question: the reader, ${setTexts.length} question-set texts (p50 / p99)`,
  readTime,
  matchSetTime,
  "matcher alone, same texts",
  "µs",
);
row("the same, read and planned (facts, verdict or explanation chosen)", readPlanTime, matchSetTime, "matcher alone, same texts", "µs");

// 1c. Memory with the full knowledge base (curated facts and Epoch's rows) loaded and indexed, against the same Node
// process under tsx that loads nothing.
const src = (path: string) => JSON.stringify(new URL(`../src/${path}`, import.meta.url).href);
const measureMemory = (load: string) =>
  JSON.parse(
    spawnSync(
      process.execPath,
      [
        "--expose-gc",
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `${load}\nglobalThis.gc(); const u = process.memoryUsage(); process.stdout.write(JSON.stringify({ rss: u.rss, heap: u.heapUsed, ...globalThis.counts }));`,
      ],
      { encoding: "utf8" },
    ).stdout || "{}",
  ) as { rss?: number; heap?: number; facts?: number; subjects?: number };
const mem = measureMemory(`const { loadKnowledgeBase } = await import(${src("knowledge/knowledge-base.ts")});
const { FactMatcher } = await import(${src("knowledge/matcher.ts")});
const { Reader } = await import(${src("knowledge/reader/reading.ts")});
const kb = loadKnowledgeBase(); const m = new FactMatcher(kb); new Reader(kb, m, new Set(kb.lexicon.stopwords)).read("warm up");
globalThis.counts = { facts: kb.facts.length, subjects: kb.subjects.length };`);
const bareMem = measureMemory("");
const mb = (x: number | undefined) => (x === undefined ? "n/a" : `${(x / 2 ** 20).toFixed(0)} MB`);
rows.push([
  `memory: knowledge base loaded and indexed (${mem.facts ?? "?"} facts, ${mem.subjects ?? "?"} subjects), RSS / heap`,
  `${mb(mem.rss)} / ${mb(mem.heap)}`,
  `${mb(bareMem.rss)} / ${mb(bareMem.heap)}`,
  "a node process under tsx that loads nothing",
]);

// 2. Chart rendering: ECharts layout + resvg, against resvg alone on a hand-drawn SVG of the same bars.
const bars: Bar[] = [
  { label: "DeepSeek V3 · DeepSeek", value: 5.576e6, valueLabel: "$5,576 млн", highlight: true },
  { label: "GPT-4 · Epoch AI", value: 40e6, valueLabel: "$40 млн" },
  { label: "GPT-4 · SemiAnalysis", value: 63e6, valueLabel: "$63 млн" },
  { label: "GPT-4 · AI Index", value: 78.35e6, valueLabel: "$78,35 млн" },
  { label: "GPT-4 · Altman (Wired)", value: 100e6, valueLabel: "> $100 млн" },
];
const chart = await time(40, () =>
  renderBarChartPng({ title: "Стоимость обучения: DeepSeek V3 и GPT-4", subtitle: "разные методы", bars }),
);
const plainSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}"><rect width="100%" height="100%" fill="#fff"/><text x="20" y="40" font-size="24" font-family="DejaVu Sans">Стоимость обучения: DeepSeek V3 и GPT-4</text>${bars
  .map(
    (b, i) =>
      `<text x="20" y="${120 + i * 86}" font-size="16" font-family="DejaVu Sans">${b.label}</text><rect x="270" y="${95 + i * 86}" width="${(b.value / 100e6) * 600}" height="46" fill="#9aa5b1"/><text x="${280 + (b.value / 100e6) * 600}" y="${125 + i * 86}" font-size="17" font-family="DejaVu Sans">${b.valueLabel.replace(">", "&gt;")}</text>`,
  )
  .join("")}</svg>`;
const rasterOnly = await time(40, () => svgToPng(plainSvg));
row("/compare chart → PNG (p50 / p99)", chart, rasterOnly, "resvg alone, hand-drawn SVG", "ms");

// 3. Whole handler in process: bot.handleUpdate with SQLite records, recorded API calls.
const bot = new TestBot();
const mix = [
  "сколько стоил GPT-4?",
  "DeepSeek trained V3 for $6M?",
  "2048 GPU на 57 дней по $2/ч",
  "а если 4096 GPU?",
  "как приготовить борщ?",
  "/start",
];
let mi = 0;
// Many users, as in a real chat population (one user would soon hit the per-user rate limit).
const asUser = (i: number) => ({ ...(i % 2 ? RU_USER : EN_USER), id: 50_000 + i });
const handler = await time(600, () => bot.send(mix[mi % mix.length]!, asUser(mi++)));
const compareHandler = await time(30, () => bot.send("/compare deepseek gpt4", asUser(mi++)));
row("handleUpdate, question mix (p50 / p99)", handler, compareHandler, "handleUpdate, /compare with chart", "µs");
bot.close();

// 4. Matching against a peer: NLP.js trained on the same phrasings, same dev questions (timed in 1).
const peer = await evaluateNlpJs(nlpjs.classify, questions);
const ours = evaluateMatcher(matcher, questions);
rows.push(["matching: top-1 in scope", pct(ours.top1Accuracy), pct(peer.top1), "NLP.js 4 (@nlpjs/basic + lang-ru), same phrasings"]);
rows.push(["matching: out-of-scope rejected", pct(ours.rejectionRate), pct(peer.rejection), "NLP.js, same questions"]);
row("matching latency (p50 / p99)", matchTime, peerTime, "NLP.js process()", "µs");

// 5. Whole bot over HTTP against a bare echo bot, both polling a local fake Bot API.
// The API in its own process as Telegram is, answering at once, after 1 ms (a server next door) or
// after 20 ms (a remote server's round trip); then everything in this one process, which is pure CPU:
// the bot's work and the API's.
// Medians of 5 runs in turns where the two are close (this machine drifts by ±20%); one run where they are far apart.
const settings = [
  { users: 300, perUser: 10, latencyMs: 0, apiInOwnProcess: true, runs: 5, label: "fake API in its own process, no added latency" },
  { users: 300, perUser: 10, latencyMs: 1, apiInOwnProcess: true, runs: 1, label: "fake API in its own process, 1 ms per call" },
  { users: 200, perUser: 5, latencyMs: 20, apiInOwnProcess: true, runs: 1, label: "fake API in its own process, 20 ms per call" },
  {
    users: 300,
    perUser: 10,
    latencyMs: 0,
    apiInOwnProcess: false,
    runs: 5,
    label: "fake API in the bench process (pure CPU)",
    replay: await recordAnswers(),
  },
];
const runsNote: string[] = [];
await warmUp();
for (const { label, ...options } of settings) {
  const http = await httpThroughput(options);
  rows.push([
    `whole bot, ${http.updates} questions / ${options.users} users, ${label}`,
    `${http.full.toFixed(0)} upd/s`,
    `${http.echo.toFixed(0)} upd/s`,
    `bare grammY echo bot; ratio echo/full = ${(http.echo / http.full).toFixed(2)}`,
  ]);
  if (http.replay !== undefined) {
    rows.push([
      `  the same, full bot's plumbing replaying its recorded answers`,
      `${http.replay.toFixed(0)} upd/s`,
      `${http.echo.toFixed(0)} upd/s`,
      `no matching/calculator/SQLite: the cost of sending answers of that size; ratio echo/replay = ${(http.echo / http.replay).toFixed(2)}`,
    ]);
  }
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
  const replayNote = http.replayRuns.length ? `; answer replay ${list(http.replayRuns)}` : "";
  if (options.runs > 1) runsNote.push(`${label}: full bot ${list(http.fullRuns)}; echo bot ${list(http.echoRuns)}${replayNote} upd/s`);
}

// 5b. Webhook mode: the same full bot with updates posted to it as Telegram posts them, against the same bot polling.
const webhook = await webhookThroughput();
rows.push([
  `whole bot, webhook mode, ${webhook.updates} questions posted over ${webhook.connections} connections (pure CPU)`,
  `${webhook.answered.toFixed(0)} upd/s`,
  `${webhook.polling.toFixed(0)} upd/s`,
  `the same bot polling the same in-process fake API; stored and acknowledged (HTTP 200): ${webhook.acknowledged.toFixed(0)} upd/s`,
]);

// 6. Start-up: process start to the first getUpdates, ours and a bare grammY bot's, compiled (npm start, the
// container) and under tsx (npm run dev). A restart, on the database the first start made, is the usual case.
spawnSync(process.execPath, [new URL("../scripts/build.mjs", import.meta.url).pathname, "--if-stale"], { stdio: "inherit" });
const echoJs = compiledEchoBot();
rows.push([
  "start-up to first getUpdates, compiled: restart / first start",
  `${(await startupMs("dist/main.js", { restart: true })).toFixed(0)} ms / ${(await startupMs("dist/main.js")).toFixed(0)} ms`,
  `${(await startupMs(echoJs)).toFixed(0)} ms`,
  "bare grammY echo bot, compiled the same way (node, no tsx)",
]);
rows.push([
  "start-up to first getUpdates, under tsx (npm run dev): restart / first start",
  `${(await startupMs("src/main.ts", { restart: true })).toFixed(0)} ms / ${(await startupMs("src/main.ts")).toFixed(0)} ms`,
  `${(await startupMs("bench/echo-bot.ts")).toFixed(0)} ms`,
  "bare grammY echo bot under the same tsx",
]);

const report = ours;
const widths = [0, 1, 2, 3].map((c) =>
  Math.max(...[["what", "ours", "reference", "reference is"], ...rows].map((r) => (r[c] ?? "").length)),
);
const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  │  ");
console.log(line(["what", "ours", "reference", "reference is"]));
console.log(widths.map((w) => "─".repeat(w)).join("──┼──"));
for (const r of rows) console.log(line(r));
console.log(
  `\nmatcher accuracy on the dev set: top-1 ${(report.top1Accuracy * 100).toFixed(1)}%, out-of-scope rejected ${(report.rejectionRate * 100).toFixed(1)}%`,
);
console.log(`whole-bot runs (in turns):\n  ${runsNote.join("\n  ")}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; node ${process.version}`);
