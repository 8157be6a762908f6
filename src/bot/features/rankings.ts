import { Composer, InlineKeyboard, InputFile } from "grammy";
import { chipIn } from "../../knowledge/chips.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import { DEFAULT_RANK_LIMIT, MAX_RANK_LIMIT, rankModels, trend, type RankMeasure, type RankOptions } from "../../knowledge/rankings.js";
import { CALLBACK_PATTERNS, callback, type RankCode } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { RANK_COUNT, RANK_SINCE, RANK_WORDS, TREND_WORDS } from "../grammar.js";
import { renderRanking, renderTrend, type RenderedRanking } from "../render-rankings.js";
import { recordAnswer, sendHtml } from "../reply.js";

/**
 * Rankings and trends from Epoch AI's table: a short list, the chart, the sources. `/top [measure]
 * [n] [chip] [organisation] [year]` until the reader routes questions here (answerRanking).
 */
export const rankings = new Composer<BotContext>();

/** What to answer: the top models by a measure (with filters), or how fast a measure grows. */
export type RankingRequest =
  | ({
      kind: "top";
      /** Models to label on the chart besides the list (the asked-about ones: "where does Grok 3 stand?"). */
      highlight?: string[];
    } & RankOptions)
  | {
      kind: "trend";
      measure: RankMeasure;
      /** From this date (YYYY…); Epoch AI's study period unless given. */
      since?: string;
      /** Models to label on the chart (the asked-about ones). */
      highlight?: string[];
    };

const CODE_OF: Record<RankMeasure, RankCode> = {
  training_cost: "cost",
  training_compute: "compute",
  gpu_count: "gpus",
  parameters: "params",
  training_tokens: "tokens",
};
const MEASURE_OF = Object.fromEntries(Object.entries(CODE_OF).map(([measure, code]) => [code, measure])) as Record<RankCode, RankMeasure>;

const organizationsByKb = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Organisations of the models, by lower-case name and by first word ("google" → "Google"). */
function organizations(kb: KnowledgeBase): Map<string, string> {
  let found = organizationsByKb.get(kb);
  if (!found) {
    found = new Map();
    for (const subject of kb.subjects) {
      if (subject.kind !== "model" || !subject.organization) continue;
      for (const org of subject.organization.split(/,\s*/)) {
        const lower = org.toLowerCase();
        const first = lower.split(/\s+/)[0] ?? lower;
        if (!found.has(lower)) found.set(lower, org);
        if (first.length >= 2 && !found.has(first)) found.set(first, first === lower ? org : (org.split(/\s+/)[0] ?? org));
      }
    }
    organizationsByKb.set(kb, found);
  }
  return found;
}

/**
 * Reads /top's arguments: "cost 5", "compute", "h100", "google 2024", "trend", and their Russian words.
 * A chip alone ranks by compute (more models have it than a cost). Undefined when nothing in the
 * text is understood.
 */
export function parseTopRequest(kb: KnowledgeBase, text: string): RankingRequest | undefined {
  const args = text.trim();
  if (!args) return { kind: "top", measure: "training_cost", limit: DEFAULT_RANK_LIMIT };
  let understood = false;
  const measure = RANK_WORDS.find(([pattern]) => pattern.test(args))?.[1];
  if (measure) understood = true;
  const hardware = chipIn(args);
  if (hardware) understood = true;
  const since = RANK_SINCE.exec(args)?.[1];
  if (since) understood = true;
  const count = RANK_COUNT.exec(args.replace(RANK_SINCE, " "))?.[1];
  if (count) understood = true;
  const orgs = organizations(kb);
  const organization = args
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => orgs.get(word))
    .find((org) => org !== undefined);
  if (organization) understood = true;
  if (TREND_WORDS.test(args)) return { kind: "trend", measure: measure ?? "training_cost", ...(since ? { since } : {}) };
  if (!understood) return undefined;
  return {
    kind: "top",
    measure: measure ?? (hardware ? "training_compute" : "training_cost"),
    limit: count ? Math.min(Math.max(1, Number(count)), MAX_RANK_LIMIT) : DEFAULT_RANK_LIMIT,
    ...(hardware ? { hardware } : {}),
    ...(organization ? { organization } : {}),
    ...(since ? { since } : {}),
  };
}

function keyboard(ctx: BotContext, current: RankingRequest): InlineKeyboard {
  const b = ctx.t.rankings.buttons;
  const keyboard = new InlineKeyboard();
  const isTop = (measure: RankMeasure) =>
    current.kind === "top" && current.measure === measure && !current.hardware && !current.organization && !current.since;
  if (!isTop("training_cost")) keyboard.text(b.cost, callback.rank("cost", DEFAULT_RANK_LIMIT));
  if (!isTop("training_compute")) keyboard.text(b.compute, callback.rank("compute", DEFAULT_RANK_LIMIT));
  if (current.kind !== "trend") keyboard.text(b.trend, callback.trend("cost"));
  return keyboard.row().text(ctx.t.common.sourcesButton, callback.sources());
}

/**
 * Answers a ranking or trend request: the list (or the fitted growth with Epoch AI's own figure
 * beside it), then the chart as a photo, then the credit and sources, in the user's language.
 */
export async function answerRanking(ctx: BotContext, request: RankingRequest, question = "[ranking]"): Promise<void> {
  const { kb } = ctx.deps;
  let rendered: RenderedRanking;
  if (request.kind === "trend") {
    const found = trend(kb, request.measure, request.since ? { since: request.since } : {});
    if (!found) return void (await ctx.reply(ctx.t.rankings.noTrend));
    rendered = renderTrend(kb, found, ctx.lang, request.highlight ?? []);
  } else {
    rendered = renderRanking(kb, rankModels(kb, request), ctx.lang, request.highlight ?? []);
  }
  if (!rendered.chart) return void (await sendHtml(ctx, rendered.blocks));

  // The list, the chart, then the credit and sources (the last two blocks).
  const [body, tail] = [rendered.blocks.slice(0, -2), rendered.blocks.slice(-2)];
  await sendHtml(ctx, body);
  try {
    const photo = await ctx.deps.renderScatter(rendered.chart);
    await ctx.replyWithPhoto(new InputFile(photo, "ranking.png"));
  } catch (error) {
    ctx.log.warn({ err: error }, "ranking chart failed; sending text only");
  }
  await sendHtml(ctx, tail, keyboard(ctx, request));
  recordAnswer(ctx, {
    question,
    outcome: "ranking",
    status: "answered",
    matches: [],
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
    replyText: rendered.blocks.join("\n\n"),
  });
}

rankings.command("top", async (ctx) => {
  const request = parseTopRequest(ctx.deps.kb, ctx.match);
  if (!request) return void (await ctx.reply(ctx.t.rankings.usage));
  await answerRanking(ctx, request, ctx.msg?.text ?? `/top ${ctx.match}`);
});

rankings.callbackQuery(CALLBACK_PATTERNS.rank, async (ctx) => {
  const [, code, n] = ctx.match;
  const measure = MEASURE_OF[code as RankCode];
  await ctx.answerCallbackQuery();
  await answerRanking(
    ctx,
    { kind: "top", measure, limit: Math.min(Number(n) || DEFAULT_RANK_LIMIT, MAX_RANK_LIMIT) },
    `[button] top ${code}`,
  );
});

rankings.callbackQuery(CALLBACK_PATTERNS.trend, async (ctx) => {
  const code = ctx.match[1] as RankCode;
  await ctx.answerCallbackQuery();
  await answerRanking(ctx, { kind: "trend", measure: MEASURE_OF[code] }, `[button] trend ${code}`);
});
