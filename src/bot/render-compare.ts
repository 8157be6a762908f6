import type { CalcReference } from "../calc/plan.js";
import { computeCostEstimate } from "../calc/preset.js";
import type { Bar, BarChartOptions } from "../chart/bar-chart.js";
import { epochCredit, usesEpoch } from "../knowledge/attribution.js";
import type { Comparison, CostFigure, Partner, Profile, Sourced } from "../knowledge/compare.js";
import { isEpochFact } from "../knowledge/epoch.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { formatPowerOfTen } from "../knowledge/number-format.js";
import type { ClaimType, Fact } from "../knowledge/schema.js";
import { formatCompact, formatCompactCount, formatNumber, formatUsd, rangeParts } from "./locales/format.js";
import { t, type Lang } from "./locales/index.js";
import { escapeHtml, renderSourceList, type RenderedAnswer } from "./render.js";

/** Ratios are rounded as ratios deserve: "7,2" below ten, "18" above. */
export const roundRatio = (x: number): number => (x >= 10 ? Math.round(x) : Math.round(x * 10) / 10);

function money(c: CostFigure, lang: Lang): string {
  return `${c.atLeast ? "> " : ""}${formatUsd(c.usd, lang, 4)}`;
}

export interface RenderedComparison extends RenderedAnswer {
  /** The chart: the cost estimates as bars (or training compute when there is no cost to set side by side). */
  chart?: BarChartOptions;
}

export interface ComparisonRenderOptions {
  /** The calculator's references: with them, a model with compute but no cost gets our labelled FLOP → $ estimate. */
  reference?: CalcReference;
  /** Set when only one model was named: whom it is compared with, and why. */
  partner?: Partner;
}

/** Text helpers shared by the blocks of one answer: numbered citations and names. */
class Citations {
  readonly sourceOrder: string[] = [];
  readonly factIds: string[] = [];
  readonly claimTypes = new Map<string, Set<ClaimType>>();
  readonly facts: Fact[] = [];

  cite(fact: Fact): string {
    if (!this.factIds.includes(fact.id)) {
      this.factIds.push(fact.id);
      this.facts.push(fact);
    }
    return fact.sourceIds
      .map((id) => {
        if (!this.sourceOrder.includes(id)) this.sourceOrder.push(id);
        const types = this.claimTypes.get(id) ?? new Set<ClaimType>();
        types.add(fact.claimType);
        this.claimTypes.set(id, types);
        return `[${this.sourceOrder.indexOf(id) + 1}]`;
      })
      .join("");
  }
}

/**
 * /compare: the headline ratio of two figures estimated the same way (and which pair it is), the
 * range over every pair, R1 as V3 + R1, each figure with how it was estimated and by whom,
 * compute, GPUs, GPU-hours, time, parameters, tokens; for a model with compute but no cost, our
 * labelled FLOP → $ estimate; a note on comparability; Epoch AI's credit; numbered sources. The chart
 * comes along.
 */
export function renderComparison(
  kb: KnowledgeBase,
  comparison: Comparison,
  lang: Lang,
  options: ComparisonRenderOptions = {},
): RenderedComparison {
  const m = t(lang);
  const txt = m.compare;
  const refs = new Citations();
  const cite = (fact: Fact) => refs.cite(fact);
  const { a, b, headline, ratio, compute } = comparison;
  const subjectName = (id: string) => kb.subjectById.get(id)?.name[lang] ?? id;
  /** "DeepSeek V3 + R1" for a model trained on top of another. */
  const name = (p: Profile): string => {
    const own = subjectName(p.subjectId);
    if (!p.base) return own;
    const base = subjectName(p.base);
    const [ownWords, baseWords] = [own.split(" "), base.split(" ")];
    let shared = 0;
    while (shared < ownWords.length - 1 && ownWords[shared] === baseWords[shared]) shared++;
    return txt.combined(base, ownWords.slice(shared).join(" "));
  };
  const byId = (id: string) => (id === a.subjectId ? a : b);
  const times = (low: number, high = low) => rangeParts(roundRatio(low), roundRatio(high), lang, m.units.times, 1);

  // 1. The headline: a like-for-like pair, the range, or compute.
  const lines: string[] = [];
  if (headline) {
    const [cheapFigure, dearFigure] = headline.cheaper === a.subjectId ? [headline.a, headline.b] : [headline.b, headline.a];
    const { figure, noun } = times(headline.ratio);
    lines.push(
      txt.headline(name(byId(headline.cheaper)), name(byId(headline.dearer)), figure, noun, basisText(cheapFigure, dearFigure, lang)),
    );
  }
  if (ratio) {
    const cheap = name(byId(ratio.cheaper));
    const dear = name(byId(ratio.dearer));
    const spread = times(ratio.low, ratio.high);
    const sameAsHeadline = headline && roundRatio(ratio.low) === roundRatio(ratio.high);
    if (ratio.low < 1) {
      lines.push(txt.overlap(cheap, dear, formatNumber(roundRatio(ratio.low), lang), formatNumber(roundRatio(ratio.high), lang)));
    } else if (headline) {
      if (!sameAsHeadline) lines.push(txt.range(spread.figure, spread.noun));
    } else {
      lines.push((ratio.low === ratio.high ? txt.cheaperOne : txt.cheaper)(cheap, dear, spread.figure, spread.noun));
    }
  } else {
    if (compute) {
      const { figure, noun } = times(compute.ratio);
      const basis = isEpochFact(compute.a.fact) && isEpochFact(compute.b.fact) ? txt.computeBases.epoch : txt.computeBases.mixed;
      lines.push(txt.computeRatio(name(byId(compute.larger)), name(byId(compute.smaller)), figure, noun, basis));
    }
    lines.push(txt.noRatio);
  }
  if (options.partner) {
    const partnerName = name(byId(options.partner.subjectId));
    lines.push(options.partner.reason === "popular" ? txt.partnerPopular(partnerName) : txt.partnerClosest(partnerName));
  }
  const blocks = [`<b>${escapeHtml(txt.title(name(a), name(b)))}</b>\n${lines.map(escapeHtml).join("\n")}`];

  // 2. A model trained on top of another: why it is compared as base + model.
  for (const p of [a, b]) {
    const incremental = p.incremental[0];
    if (!p.base || !incremental) continue;
    const note = txt.lineage(subjectName(p.subjectId), subjectName(p.base), money(incremental, lang), name(p));
    blocks.push(`⚠️ ${escapeHtml(note)}`);
  }

  // 3. Every cost figure: how it was estimated and by whom; the headline pair in bold.
  const inHeadline = (c: CostFigure) => headline !== undefined && (headline.a === c || headline.b === c);
  const figureText = (c: CostFigure) => {
    const value = escapeHtml(money(c, lang));
    const claim = m.sources.claimType[c.fact.claimType];
    const rated = txt.rated(claim, c.fact.confidence ? txt.confidence[c.fact.confidence] : undefined);
    const method = c.fact.costMethod?.[lang];
    const how = method ? `${method} (${rated})` : rated;
    return `${inHeadline(c) ? `<b>${value}</b>` : value} — ${escapeHtml(how)} ${cite(c.fact)}`;
  };
  const costLines = [a, b].map((p) => {
    const all = [
      ...p.costs.map(figureText),
      ...p.incremental.map(figureText),
      ...p.costStatements.map((f) => `${escapeHtml(f.text[lang])} ${cite(f)}`),
    ];
    return `• <b>${escapeHtml(name(p))}</b>: ${all.length ? all.join("; ") : txt.none}`;
  });
  blocks.push(`<b>${txt.cost}</b>\n${costLines.join("\n")}`);

  // 4. The other figures, row by row; a row neither model has is left out.
  const onTop = (s: Sourced<unknown>) => (s.fact.basis?.onTopOf ? ` (${txt.onTopOf(subjectName(s.fact.basis.onTopOf))})` : "");
  const cell = <T>(s: Sourced<T> | undefined, format: (v: T) => string): string | undefined =>
    s ? `${escapeHtml(format(s.value) + onTop(s))} ${cite(s.fact)}` : undefined;
  const rowDefs: [string, (p: Profile) => string | undefined][] = [
    [
      txt.compute,
      (p) => {
        const chosen = compute ? (p === a ? compute.a : compute.b) : p.compute[0];
        return cell(chosen, (v) => `${formatPowerOfTen(v, lang)} FLOP`);
      },
    ],
    [txt.gpus, (p) => cell(p.gpus, (v) => `${formatNumber(v, lang)}${p.gpuModel ? ` × ${p.gpuModel.value}` : ""}`)],
    [txt.gpuHours, (p) => cell(p.gpuHours, (v) => formatCompact(v, lang, 4))],
    [txt.trainingTime, (p) => cell(p.trainingHours, (v) => txt.hours(formatNumber(v, lang, 0), formatNumber(v / 24, lang, 0)))],
    [
      txt.parameters,
      (p) =>
        cell(p.parameters, (v) =>
          p.activeParameters ? txt.active(formatCompact(v, lang), formatCompact(p.activeParameters.value, lang)) : formatCompact(v, lang),
        ),
    ],
    [txt.tokens, (p) => cell(p.tokens, (v) => formatCompact(v, lang))],
  ];
  const rows = rowDefs.flatMap(([label, render]) => {
    const [ca, cb] = [render(a), render(b)];
    if (ca === undefined && cb === undefined) return [];
    return [`<b>${label}</b>: ${escapeHtml(name(a))} — ${ca ?? txt.none}; ${escapeHtml(name(b))} — ${cb ?? txt.none}`];
  });
  if (rows.length) blocks.push(rows.join("\n"));

  // 5. Compute but no cost: what renting that compute would cost — our calculation, never the model's cost.
  if (options.reference) {
    const estimates = [a, b].flatMap((p) => {
      if (p.costs.length || p.incremental.length || !p.compute.length) return [];
      const estimate = computeCostEstimate(kb, p.subjectId, options.reference as CalcReference);
      if (!estimate) return [];
      const flopFact = kb.factById.get(estimate.flopFact);
      const ref = (id: string) => {
        const fact = kb.factById.get(id);
        return fact ? ` ${cite(fact)}` : "";
      };
      const line = txt.ourEstimate.line(
        name(p),
        `${formatPowerOfTen(estimate.assumptions.flop, lang)} FLOP${flopFact ? ` ${cite(flopFact)}` : ""}`,
        estimate.gpuModel,
        formatNumber(estimate.assumptions.chip.peakFlops / 1e12, lang, 0),
        ref(estimate.assumptionFacts.peak),
        `${formatNumber(estimate.assumptions.utilisation * 100, lang)}%`,
        ref(estimate.assumptionFacts.utilisation),
        formatCompactCount(estimate.gpuHours, lang, m.units.gpuHours),
        `$${formatNumber(estimate.assumptions.pricePerChipHour, lang)}`,
        ref(estimate.assumptionFacts.price),
        formatUsd(estimate.usd, lang),
      );
      return [`${escapeHtml(line)}\n<i>${escapeHtml(txt.ourEstimate.note(name(p), estimate.ownChip))}</i>`];
    });
    if (estimates.length) blocks.push(`🧮 <b>${escapeHtml(txt.ourEstimate.title)}</b>\n${estimates.join("\n")}`);
  }

  // 6. How comparable the figures are.
  const shown = [...a.costs, ...b.costs];
  const methods = new Set(shown.map((c) => c.fact.costMethod?.[lang]).filter((x): x is string => !!x));
  const caveatFacts = headline ? [headline.a.fact, headline.b.fact] : [a.costs[0]?.fact, b.costs[0]?.fact];
  const caveats = [...new Set(caveatFacts.map((f) => f?.caveat?.[lang]).filter((c): c is string => !!c))];
  // The lead sentence is about the cost ratio; without one, only what the shown figures measure.
  const lead = !ratio ? [] : headline ? [txt.likeForLike] : [methods.size > 1 ? `${txt.methods} ${txt.roughGuide}` : txt.roughGuide];
  if (lead.length || caveats.length) blocks.push(`⚖️ <b>${txt.comparable}</b>\n<i>${escapeHtml([...lead, ...caveats].join(" "))}</i>`);

  // 7. Epoch AI's credit, then the sources.
  const credit = usesEpoch(refs.facts) ? epochCredit(lang) : undefined;
  if (credit) blocks.push(`<i>${escapeHtml(credit)}</i>`);
  blocks.push(renderSourceList(kb, refs.sourceOrder, lang, refs.claimTypes));

  return { blocks, factIds: refs.factIds, sourceIds: refs.sourceOrder, ...chartOf(kb, comparison, lang, name, credit) };
}

/** Which pair the headline uses, in words, with the two figures (cheaper first). */
function basisText(cheap: CostFigure, dear: CostFigure, lang: Lang): string {
  const bases = t(lang).compare.bases;
  const [x, y] = [money(cheap, lang), money(dear, lang)];
  if (cheap.epoch && dear.epoch) return cheap.fact.metric === "training_cost" ? bases.epoch(x, y) : bases.epochCloud(x, y);
  const price = cheap.fact.basis?.pricePerGpuHour;
  if (cheap.key === dear.key && cheap.method === "rental" && price !== undefined)
    return bases.rental(`$${formatNumber(price, lang)}`, x, y);
  return cheap.method === "cloud" ? bases.cloud(x, y) : bases.amortized(x, y);
}

/** Bars: every whole-run cost estimate (the headline pair highlighted); training compute when costs cannot be set side by side. */
function chartOf(
  kb: KnowledgeBase,
  { a, b, headline, ratio, compute }: Comparison,
  lang: Lang,
  name: (p: Profile) => string,
  credit: string | undefined,
): { chart?: BarChartOptions } {
  const txt = t(lang).compare;
  const footer = (facts: Fact[]) => (credit && usesEpoch(facts) ? { footer: credit } : {});
  if (a.costs.length && b.costs.length) {
    const highlighted = (c: CostFigure, p: Profile) =>
      headline ? headline.a === c || headline.b === c : p.subjectId === (ratio?.cheaper ?? a.subjectId);
    const bars: (Bar & { year?: string | undefined })[] = [a, b].flatMap((p) =>
      p.costs.map((c) => {
        const source = kb.sourceById.get(c.fact.sourceIds[0] ?? "");
        const by =
          c.fact.claimType === "our_calculation"
            ? txt.ours
            : `${source?.short ?? source?.publisher ?? ""}${c.epoch && c.method === "cloud" ? `, ${txt.cloudShort}` : ""}`;
        return {
          label: `${name(p)} · ${by}`,
          value: c.usd,
          valueLabel: money(c, lang),
          highlight: highlighted(c, p),
          year: source?.date?.slice(0, 4),
        };
      }),
    );
    // Two estimates by one publisher (Epoch AI's table and its 2024 paper) are told apart by year.
    for (const bar of bars) {
      if (bars.filter((other) => other.label === bar.label).length > 1 && bar.year) bar.label = `${bar.label} (${bar.year})`;
    }
    const facts = [...a.costs, ...b.costs].map((c) => c.fact);
    return { chart: { title: txt.chartTitle(name(a), name(b)), subtitle: txt.chartSubtitle, bars, ...footer(facts) } };
  }
  if (compute) {
    const bar = (p: Profile, s: Sourced<number>): Bar => ({
      label: name(p),
      value: s.value,
      valueLabel: `${formatPowerOfTen(s.value, lang)} FLOP`,
      highlight: p.subjectId === compute.larger,
    });
    const bars = [bar(a, compute.a), bar(b, compute.b)];
    return {
      chart: {
        title: txt.chartComputeTitle(name(a), name(b)),
        subtitle: txt.chartComputeSubtitle,
        bars,
        ...footer([compute.a.fact, compute.b.fact]),
      },
    };
  }
  return {};
}
