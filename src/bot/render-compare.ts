import type { Bar } from "../chart/bar-chart.js";
import type { Comparison, CostFigure, Profile, Sourced } from "../knowledge/compare.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { ClaimType, Fact } from "../knowledge/schema.js";
import { formatCompact, formatNumber, formatUsd, rangeParts } from "./locales/format.js";
import { t, type Lang } from "./locales/index.js";
import { escapeHtml, renderSourceList, type RenderedAnswer } from "./render.js";

/** Ratios are rounded as ratios deserve: "7,2" below ten, "18" above. */
const roundRatio = (x: number) => (x >= 10 ? Math.round(x) : Math.round(x * 10) / 10);

function money(c: CostFigure, lang: Lang): string {
  return `${c.atLeast ? "> " : ""}${formatUsd(c.usd, lang, 4)}`;
}

export interface RenderedComparison extends RenderedAnswer {
  bars: Bar[];
  chartTitle: string;
  chartSubtitle: string;
}

/**
 * /compare: the figures side by side, each cited; the ratio as a range over the estimates; a
 * note on how comparable the methods are; numbered sources. Bars for the chart come along.
 */
export function renderComparison(kb: KnowledgeBase, comparison: Comparison, lang: Lang): RenderedComparison {
  const { compare: txt, units } = t(lang);
  const sourceOrder: string[] = [];
  const factIds: string[] = [];
  const claimTypes = new Map<string, Set<ClaimType>>();
  const cite = (fact: Fact): string => {
    if (!factIds.includes(fact.id)) factIds.push(fact.id);
    return fact.sourceIds
      .map((id) => {
        if (!sourceOrder.includes(id)) sourceOrder.push(id);
        const types = claimTypes.get(id) ?? new Set<ClaimType>();
        types.add(fact.claimType);
        claimTypes.set(id, types);
        return `[${sourceOrder.indexOf(id) + 1}]`;
      })
      .join("");
  };
  const name = (p: Profile) => kb.subjectById.get(p.subjectId)?.name[lang] ?? p.subjectId;
  const { a, b, ratio } = comparison;

  let ratioLine = txt.noRatio;
  if (ratio) {
    const { figure, noun } = rangeParts(roundRatio(ratio.low), roundRatio(ratio.high), lang, units.times, 1);
    const cheap = name(ratio.cheaper === a.subjectId ? a : b);
    const dear = name(ratio.dearer === a.subjectId ? a : b);
    ratioLine = (ratio.low === ratio.high ? txt.cheaperOne : txt.cheaper)(cheap, dear, figure, noun);
  }
  const blocks = [`<b>${escapeHtml(txt.title(name(a), name(b)))}</b>\n${escapeHtml(ratioLine)}`];

  const costLines = [a, b].map((p) => {
    const figures = p.costs.map((c) => `${escapeHtml(money(c, lang))} — ${escapeHtml(c.fact.costMethod?.[lang] ?? "")} ${cite(c.fact)}`);
    const statements = p.costStatements.map((f) => `${escapeHtml(f.text[lang])} ${cite(f)}`);
    const all = [...figures, ...statements];
    return `• <b>${escapeHtml(name(p))}</b>: ${all.length ? all.join("; ") : txt.none}`;
  });
  blocks.push(`<b>${txt.cost}</b>\n${costLines.join("\n")}`);

  const cell = <T>(s: Sourced<T> | undefined, format: (v: T) => string): string =>
    s ? `${escapeHtml(format(s.value))} ${cite(s.fact)}` : txt.none;
  const row = (label: string, render: (p: Profile) => string) =>
    `<b>${label}</b>: ${escapeHtml(name(a))} — ${render(a)}; ${escapeHtml(name(b))} — ${render(b)}`;
  const rows = [
    row(txt.gpus, (p) => cell(p.gpus, (v) => `${formatNumber(v, lang)}${p.gpuModel ? ` × ${p.gpuModel.value}` : ""}`)),
    row(txt.gpuHours, (p) => cell(p.gpuHours, (v) => formatCompact(v, lang, 4))),
    row(txt.parameters, (p) =>
      cell(p.parameters, (v) =>
        p.activeParameters ? txt.active(formatCompact(v, lang), formatCompact(p.activeParameters.value, lang)) : formatCompact(v, lang),
      ),
    ),
    row(txt.tokens, (p) => cell(p.tokens, (v) => formatCompact(v, lang))),
  ];
  blocks.push(rows.join("\n"));

  const methods = new Set([...a.costs, ...b.costs].map((c) => c.fact.costMethod?.[lang]).filter((m): m is string => !!m));
  const caveats = [...new Set([a.costs[0]?.fact, b.costs[0]?.fact].map((f) => f?.caveat?.[lang]).filter((c): c is string => !!c))];
  const note = [methods.size > 1 ? `${txt.methods} ${txt.roughGuide}` : txt.roughGuide, ...caveats];
  blocks.push(`⚖️ <b>${txt.comparable}</b>\n<i>${escapeHtml(note.join(" "))}</i>`);
  blocks.push(renderSourceList(kb, sourceOrder, lang, claimTypes));

  const cheaperId = ratio?.cheaper ?? a.subjectId;
  const bars: Bar[] = [a, b].flatMap((p) =>
    p.costs.map((c) => {
      const source = kb.sourceById.get(c.fact.sourceIds[0] ?? "");
      const by = source?.short ?? source?.publisher ?? "";
      return { label: `${name(p)} · ${by}`, value: c.usd, valueLabel: money(c, lang), highlight: p.subjectId === cheaperId };
    }),
  );
  return { blocks, factIds, sourceIds: sourceOrder, bars, chartTitle: txt.chartTitle(name(a), name(b)), chartSubtitle: txt.chartSubtitle };
}
