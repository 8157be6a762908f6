import type { Bar } from "../chart/bar-chart.js";
import type { Comparison, CostFigure, Profile, Sourced } from "../knowledge/compare.js";
import { formatCompact, formatNumber, formatUsd } from "../knowledge/format.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { ClaimType, Fact, Lang } from "../knowledge/schema.js";
import { escapeHtml, renderSourceList, type RenderedAnswer } from "./render.js";

const T = {
  ru: {
    vs: "и",
    cost: "Стоимость обучения",
    gpus: "GPU",
    gpuHours: "GPU-часы",
    parameters: "Параметры",
    tokens: "Токены",
    none: "нет данных",
    active: "активных",
    cheaper: (cheap: string, dear: string, x: string) => `${cheap} дешевле ${dear} примерно в ${x} раза — смотря какую оценку брать.`,
    cheaperOne: (cheap: string, dear: string, x: string) => `${cheap} дешевле ${dear} примерно в ${x} раза.`,
    noRatio: "Посчитать соотношение нельзя: у одной из моделей нет цифры стоимости.",
    comparable: "Насколько это сравнимо",
    methods: "Цифры получены разными методами (см. каждую строку).",
    roughGuide: "Отношение таких цифр — грубый ориентир, а не сравнение один к одному.",
    chartTitle: (a: string, b: string) => `Стоимость обучения: ${a} и ${b}`,
    chartSubtitle: "оценки получены разными методами — см. примечание",
    more: "больше",
  },
  en: {
    vs: "vs",
    cost: "Training cost",
    gpus: "GPUs",
    gpuHours: "GPU-hours",
    parameters: "Parameters",
    tokens: "Tokens",
    none: "no figure",
    active: "active",
    cheaper: (cheap: string, dear: string, x: string) => `${cheap} is ≈${x}× cheaper than ${dear}, depending on which estimate you take.`,
    cheaperOne: (cheap: string, dear: string, x: string) => `${cheap} is ≈${x}× cheaper than ${dear}.`,
    noRatio: "No ratio: one of the models has no cost figure.",
    comparable: "How comparable",
    methods: "The figures come from different methods (see each line).",
    roughGuide: "A ratio of such figures is a rough guide, not a like-for-like comparison.",
    chartTitle: (a: string, b: string) => `Training cost: ${a} vs ${b}`,
    chartSubtitle: "estimates made by different methods — see the note",
    more: "more than",
  },
} as const;

/** "7–18" or "14": a ratio in the language's number style, rounded as a ratio deserves. */
function ratioText(low: number, high: number, lang: Lang): string {
  const r = (x: number) => formatNumber(x >= 10 ? Math.round(x) : Math.round(x * 10) / 10, lang, 1);
  return r(low) === r(high) ? r(low) : `${r(low)}–${r(high)}`;
}

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
  const t = T[lang];
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

  const ratioLine = ratio
    ? (ratio.low === ratio.high ? t.cheaperOne : t.cheaper)(
        name(ratio.cheaper === a.subjectId ? a : b),
        name(ratio.dearer === a.subjectId ? a : b),
        ratioText(ratio.low, ratio.high, lang),
      )
    : t.noRatio;
  const blocks = [`<b>${escapeHtml(`${name(a)} ${t.vs} ${name(b)}`)}</b>\n${escapeHtml(ratioLine)}`];

  const costLines = [a, b].map((p) => {
    const figures = p.costs.map((c) => `${escapeHtml(money(c, lang))} — ${escapeHtml(c.fact.costMethod?.[lang] ?? "")} ${cite(c.fact)}`);
    const statements = p.costStatements.map((f) => `${escapeHtml(f.text[lang])} ${cite(f)}`);
    const all = [...figures, ...statements];
    return `• <b>${escapeHtml(name(p))}</b>: ${all.length ? all.join("; ") : t.none}`;
  });
  blocks.push(`<b>${t.cost}</b>\n${costLines.join("\n")}`);

  const cell = <T>(s: Sourced<T> | undefined, format: (v: T) => string): string =>
    s ? `${escapeHtml(format(s.value))} ${cite(s.fact)}` : t.none;
  const row = (label: string, render: (p: Profile) => string) =>
    `<b>${label}</b>: ${escapeHtml(name(a))} — ${render(a)}; ${escapeHtml(name(b))} — ${render(b)}`;
  const rows = [
    row(t.gpus, (p) => cell(p.gpus, (v) => `${formatNumber(v, lang)}${p.gpuModel ? ` × ${p.gpuModel.value}` : ""}`)),
    row(t.gpuHours, (p) => cell(p.gpuHours, (v) => formatCompact(v, lang, 4))),
    row(t.parameters, (p) =>
      cell(
        p.parameters,
        (v) => `${formatCompact(v, lang)}${p.activeParameters ? ` (${formatCompact(p.activeParameters.value, lang)} ${t.active})` : ""}`,
      ),
    ),
    row(t.tokens, (p) => cell(p.tokens, (v) => formatCompact(v, lang))),
  ];
  blocks.push(rows.join("\n"));

  const methods = new Set([...a.costs, ...b.costs].map((c) => c.fact.costMethod?.[lang]).filter((m): m is string => !!m));
  const caveats = [...new Set([a.costs[0]?.fact, b.costs[0]?.fact].map((f) => f?.caveat?.[lang]).filter((c): c is string => !!c))];
  const note = [methods.size > 1 ? `${t.methods} ${t.roughGuide}` : t.roughGuide, ...caveats];
  blocks.push(`⚖️ <b>${t.comparable}</b>\n<i>${escapeHtml(note.join(" "))}</i>`);
  blocks.push(renderSourceList(kb, sourceOrder, lang, claimTypes));

  const cheaperId = ratio?.cheaper ?? a.subjectId;
  const bars: Bar[] = [a, b].flatMap((p) =>
    p.costs.map((c) => {
      const source = kb.sourceById.get(c.fact.sourceIds[0] ?? "");
      const by = source?.short ?? source?.publisher ?? "";
      return { label: `${name(p)} · ${by}`, value: c.usd, valueLabel: money(c, lang), highlight: p.subjectId === cheaperId };
    }),
  );
  return { blocks, factIds, sourceIds: sourceOrder, bars, chartTitle: t.chartTitle(name(a), name(b)), chartSubtitle: t.chartSubtitle };
}
