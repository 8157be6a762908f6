import type { ScatterChartOptions, ScatterPoint } from "../chart/scatter-chart.js";
import { epochCredit } from "../knowledge/attribution.js";
import { EPOCH_SOURCE_ID } from "../knowledge/epoch.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { formatPowerOfTen } from "../knowledge/number-format.js";
import {
  DEFAULT_TREND_SINCE,
  modelsWith,
  yearOf,
  type RankedModel,
  type RankMeasure,
  type Ranking,
  type Trend,
} from "../knowledge/rankings.js";
import type { ClaimType, Fact } from "../knowledge/schema.js";
import { formatCompact, formatCount, formatDate, formatNumber, formatUsd } from "./locales/format.js";
import { t, type Lang } from "./locales/index.js";
import { escapeHtml, renderSourceList, type RenderedAnswer } from "./render.js";

export interface RenderedRanking extends RenderedAnswer {
  chart?: ScatterChartOptions;
}

/** A figure of a measure, the way the language writes it: "$217.8M", "3.5×10²⁶ FLOP", "80,000 chips". */
export function formatMeasure(measure: RankMeasure, value: number, lang: Lang): string {
  const m = t(lang);
  switch (measure) {
    case "training_cost":
      return formatUsd(value, lang, 4);
    case "training_compute":
      return `${formatPowerOfTen(value, lang)} FLOP`;
    case "gpu_count":
      return formatCount(value, lang, m.units.chips, 0);
    case "parameters":
      return formatCompact(value, lang);
    case "training_tokens":
      return formatCompact(value, lang);
  }
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** Tick labels of a log axis: "$100M", "10²⁵". */
function tick(measure: RankMeasure, value: number, lang: Lang): string {
  if (measure === "training_cost") return formatUsd(value, lang);
  if (measure === "training_compute") {
    const exponent = Math.round(Math.log10(value));
    return `10${String(exponent).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d)}`;
  }
  return formatCompact(value, lang);
}

/** Numbered citations, and the facts and sources an answer records for /sources. */
class Citations {
  readonly sourceOrder: string[] = [];
  readonly factIds: string[] = [];
  readonly claimTypes = new Map<string, Set<ClaimType>>();

  cite(fact: Fact, shown = true): string {
    if (!this.factIds.includes(fact.id)) this.factIds.push(fact.id);
    const numbers = fact.sourceIds.map((id) => {
      if (!this.sourceOrder.includes(id)) this.sourceOrder.push(id);
      const types = this.claimTypes.get(id) ?? new Set<ClaimType>();
      types.add(fact.claimType);
      this.claimTypes.set(id, types);
      return `[${this.sourceOrder.indexOf(id) + 1}]`;
    });
    return shown ? numbers.join("") : "";
  }
}

const dateOf = (model: RankedModel, lang: Lang) => (model.date ? formatDate(model.date, lang) : "—");

/**
 * A ranking: the heading with its filters, one line per model ("Grok 4 · xAI · 9 Jul 2025 · $387.8M
 * (speculative)"), curated figures beside, Epoch AI's credit and the sources (the dataset, the
 * curated ones; the rows' own papers are recorded for /sources, not listed). The chart comes along.
 */
export function renderRanking(kb: KnowledgeBase, ranking: Ranking, lang: Lang, highlight: readonly string[] = []): RenderedRanking {
  const m = t(lang);
  const r = m.rankings;
  const { measure, limit, hardware, organization, since, only } = ranking.options;
  const refs = new Citations();
  if (ranking.items.length === 0) return { blocks: [escapeHtml(r.none)], factIds: [], sourceIds: [] };

  const filters = [
    hardware ? r.hardware(hardware) : "",
    organization ? r.organization(organization) : "",
    since ? r.since(since) : "",
    only ? r.named : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const epochRef = kb.sourceById.has(EPOCH_SOURCE_ID) ? ` [1]` : "";
  if (epochRef) refs.sourceOrder.push(EPOCH_SOURCE_ID);
  const heading = `<b>${escapeHtml(r.title[measure])}</b>${filters ? ` — ${escapeHtml(filters)}` : ""}\n<i>${escapeHtml(r.measureNote[measure])}</i>${epochRef}`;

  const datasetShort = kb.sourceById.get(EPOCH_SOURCE_ID)?.short;
  const lines = ranking.items.map((item, i) => {
    refs.cite(item.fact, false);
    const confidence = item.confidence ? ` (${m.compare.confidence[item.confidence]})` : "";
    const parts = [`<b>${escapeHtml(item.subject.name[lang])}</b>`, escapeHtml(item.organization ?? "—"), escapeHtml(dateOf(item, lang))];
    const figure = `${escapeHtml(formatMeasure(measure, item.value, lang))}${escapeHtml(confidence)}`;
    const beside = item.curated.map((f) => {
      const source = kb.sourceById.get(f.sourceIds[0] ?? "");
      const by = source?.short ?? source?.publisher ?? "";
      // Epoch AI's own earlier study is told apart from its table by its year.
      const who =
        f.claimType === "our_calculation"
          ? m.compare.ours
          : by === datasetShort && source?.date
            ? `${by} (${source.date.slice(0, 4)})`
            : by;
      return `${who} ${f.atLeast ? "> " : ""}${formatMeasure(measure, f.value as number, lang)} ${refs.cite(f)}`;
    });
    for (const f of item.facts) refs.cite(f, false);
    return `${i + 1}. ${parts.join(" · ")} · ${figure}${beside.length ? `\n    ${escapeHtml(r.beside(beside.join("; ")))}` : ""}`;
  });
  const blocks = [`${heading}\n\n${lines.join("\n")}`];
  if (ranking.items.length < limit) blocks.push(escapeHtml(r.fewer(formatCount(ranking.items.length, lang, m.units.models, 0))));

  // Shown: the dataset and the curated figures' sources; the rows' own papers only in /sources.
  const shown = refs.sourceOrder.filter((id) => id === EPOCH_SOURCE_ID || !id.startsWith("epoch-row-"));
  const rowSources = refs.sourceOrder.filter((id) => !shown.includes(id));
  const sourceIds = [...shown, ...rowSources];
  const body = renumber(blocks, refs.sourceOrder, sourceIds);
  body.push(`<i>${escapeHtml(epochCredit(lang))}</i>`);
  const list = renderSourceList(kb, shown, lang, refs.claimTypes);
  body.push(rowSources.length ? `${list}\n${escapeHtml(r.sourcesNote(formatCount(ranking.items.length, lang, m.units.models, 0)))}` : list);

  const rank = new Map(ranking.items.map((item, i) => [item.subjectId, i + 1]));
  // The chart shows the years that matter: from the ranking's start, else the deep-learning era.
  const from = since ?? DEFAULT_TREND_SINCE[measure];
  const asked = new Set(highlight);
  const points: ScatterPoint[] = ranking.all
    .filter((model) => model.date !== undefined && (rank.has(model.subjectId) || asked.has(model.subjectId) || model.date >= from))
    .map((model) => {
      const n = rank.get(model.subjectId);
      const label =
        n !== undefined ? `${n}. ${model.subject.name[lang]}` : asked.has(model.subjectId) ? model.subject.name[lang] : undefined;
      return { date: model.date as string, value: model.value, ...(label ? { highlight: true, label } : {}) };
    });
  const chart: ScatterChartOptions = {
    title: r.chartTitle[measure],
    subtitle: [r.chartSubtitle[measure], filters].filter(Boolean).join(" · "),
    footer: epochCredit(lang),
    points,
    formatValue: (v) => tick(measure, v, lang),
  };
  // Numbers in the message follow /sources' order: the shown sources first, then the rows'.
  return { blocks: body, factIds: refs.factIds, sourceIds, chart };
}

/** Citations were numbered in the order met; the list shows another order: rewrite "[n]" to match it. */
function renumber(blocks: string[], met: string[], order: string[]): string[] {
  return blocks.map((block) =>
    block.replace(/\[(\d+)\]/g, (whole, n: string) => {
      const id = met[Number(n) - 1];
      const at = id === undefined ? -1 : order.indexOf(id);
      return at === -1 ? whole : `[${at + 1}]`;
    }),
  );
}

/**
 * A trend: growth per year from our least-squares fit over the frontier models, the period and how
 * many; Epoch AI's own published figure beside it, said to be a different fit; the chart with the
 * fitted line and the asked-about models labelled.
 */
export function renderTrend(kb: KnowledgeBase, trend: Trend, lang: Lang, highlight: readonly string[] = []): RenderedRanking {
  const m = t(lang);
  const r = m.rankings;
  const refs = new Citations();
  const factor = formatNumber(trend.factorPerYear, lang, 1);
  const datasetRef = kb.sourceById.has(EPOCH_SOURCE_ID) ? (refs.sourceOrder.push(EPOCH_SOURCE_ID), " [1]") : "";
  for (const point of trend.points) refs.cite(point.model.fact, false);
  const models = formatCount(trend.points.length, lang, m.units.models, 0);
  const lines = [escapeHtml(r.trend(factor, formatDate(trend.from, lang), formatDate(trend.to, lang), models)) + datasetRef];
  if (trend.published?.value !== undefined) {
    const ref = refs.cite(trend.published);
    lines.push(escapeHtml(r.trendPublished(formatNumber(trend.published.value, lang, 1), ref)));
  }
  const shown = refs.sourceOrder.filter((id) => !id.startsWith("epoch-row-"));
  const sourceIds = [...shown, ...refs.sourceOrder.filter((id) => !shown.includes(id))];
  const blocks = renumber(
    [`<b>${escapeHtml(r.trendTitle[trend.measure])}</b>\n${lines.join("\n")}`, `<i>${escapeHtml(r.frontierNote)}</i>`],
    refs.sourceOrder,
    sourceIds,
  );
  blocks.push(`<i>${escapeHtml(epochCredit(lang))}</i>`);
  blocks.push(`${renderSourceList(kb, shown, lang, refs.claimTypes)}\n${escapeHtml(r.sourcesNote(models))}`);

  // Labelled: the asked-about models (drawn even when not at the frontier), else the three largest as landmarks.
  const largest = [...trend.points].sort((x, y) => y.model.value - x.model.value).slice(0, 3);
  const labelled = new Set(highlight.length ? highlight : largest.map((p) => p.model.subjectId));
  const onFit = new Set(trend.points.map((p) => p.model.subjectId));
  const extra = highlight.length
    ? modelsWith(kb, { measure: trend.measure }).filter((m) => labelled.has(m.subjectId) && m.date !== undefined && !onFit.has(m.subjectId))
    : [];
  const at = (year: number) => 10 ** (trend.fit.intercept + trend.fit.slope * year);
  const chart: ScatterChartOptions = {
    title: r.trendTitle[trend.measure],
    subtitle: r.chartSubtitle[trend.measure].split(";")[0] ?? "",
    footer: epochCredit(lang),
    points: [...trend.points.map((p) => p.model), ...extra].map((model) => ({
      date: model.date as string,
      value: model.value,
      ...(labelled.has(model.subjectId) ? { highlight: true, label: model.subject.name[lang] } : {}),
    })),
    formatValue: (v) => tick(trend.measure, v, lang),
    trend: {
      from: { date: trend.from, value: at(yearOf(trend.from)) },
      to: { date: trend.to, value: at(yearOf(trend.to)) },
      label: r.perYear(factor),
    },
  };
  return { blocks, factIds: refs.factIds, sourceIds, chart };
}
