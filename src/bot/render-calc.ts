import type { CalcField, Problem } from "../calc/cost.js";
import { GPUS_PER_SYSTEM, type Currency, type GpuModel } from "../calc/parse.js";
import type { CalcOutcome, CalcReference } from "../calc/plan.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { ClaimType, Fact } from "../knowledge/schema.js";
import type { PresetField } from "../calc/preset.js";
import { formatCompact, formatCompactCount, formatCount, formatDate, formatNumber, formatUsd } from "./locales/format.js";
import { plural, t, type Lang } from "./locales/index.js";
import { escapeHtml, renderSourceList, type RenderedAnswer } from "./render.js";

const SYMBOL: Record<Exclude<Currency, "USD">, string> = { RUB: "₽", EUR: "€" };

function formatMoney(amount: number, currency: Currency, lang: Lang): string {
  if (currency === "USD") return formatUsd(amount, lang);
  return `${formatCompact(amount, lang)} ${SYMBOL[currency]}`;
}

/** "1.5×10²⁴" written out without exponent notation in the ASCII sense. */
/** "DGX H100": a system's name with its chip. */
const systemName = (system: string, model: string | undefined) => `${system} ${model ?? ""}`.trim();

function scientific(value: number, lang: Lang): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = value / 10 ** exponent;
  const superscript = String(exponent).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d);
  return `${formatNumber(mantissa, lang, 2)}·10${superscript}`;
}

export function renderProblems(problems: Problem[], lang: Lang): string {
  const m = t(lang).calc;
  const lines = problems.map((p) => {
    const reason =
      (p.kind === "too_large" ? m.tooLarge[p.field] : undefined) ??
      (p.kind === "contradictory" && p.field === "gpuHours" ? m.bothModes : undefined) ??
      m.problemKinds[p.kind];
    return `• ${m.fields[p.field]}: ${reason}`;
  });
  return `${m.problems}\n${[...new Set(lines)].join("\n")}`;
}

export function renderMissing(missing: CalcField[], lang: Lang): string {
  const m = t(lang).calc;
  return m.missing(missing.map((f) => m.fields[f]).join(", "));
}

/**
 * A calculation answer: how it was understood and computed, the assumptions made, the result
 * next to DeepSeek's reported figure, and the sources of every figure it borrowed.
 */
export function renderCalculation(outcome: CalcOutcome, reference: CalcReference, kb: KnowledgeBase, lang: Lang): RenderedAnswer {
  const m = t(lang);
  const c = m.calc;
  if (outcome.kind === "problems") return { blocks: [escapeHtml(renderProblems(outcome.problems, lang))], factIds: [], sourceIds: [] };
  if (outcome.kind === "missing") return { blocks: [escapeHtml(renderMissing(outcome.missing, lang))], factIds: [], sourceIds: [] };
  if (outcome.kind === "no_rate") return { blocks: [c.noRate], factIds: [], sourceIds: [] };
  if (outcome.kind === "flop") {
    // "How many FLOPs to train a 70B model on 15T tokens?": 6·N·D, ours, and nothing it would need GPUs for.
    const line = c.flopLine(
      escapeHtml(formatCompact(outcome.parameters, lang)),
      escapeHtml(formatCompact(outcome.tokens, lang)),
      `<b>${scientific(outcome.flop, lang)}</b>`,
    );
    return { blocks: [`<b>${c.title}</b>\n${line}`, escapeHtml(`${c.flopNote}\n${c.flopMore}`)], factIds: [], sourceIds: [] };
  }

  const factIds: string[] = [];
  const sourceOrder: string[] = [];
  const claimTypes = new Map<string, Set<ClaimType>>();
  /** Cites a fact and returns its first source number. */
  const cite = (factId: string): number => {
    const fact = kb.factById.get(factId);
    if (!fact) return 0;
    if (!factIds.includes(factId)) factIds.push(factId);
    let first = 0;
    for (const sourceId of fact.sourceIds) {
      if (!sourceOrder.includes(sourceId)) sourceOrder.push(sourceId);
      const types = claimTypes.get(sourceId) ?? new Set<ClaimType>();
      types.add(fact.claimType);
      claimTypes.set(sourceId, types);
      first ||= sourceOrder.indexOf(sourceId) + 1;
    }
    return first;
  };

  const n = (x: number) => formatNumber(x, lang, 2);
  const usd = (x: number) => formatUsd(x, lang);
  const price = (p: number) => `$${n(p)}`;
  const gpuHours = (x: number) => formatCompactCount(x, lang, m.units.gpuHours);
  const days = m.units.duration.day;
  /** "2 048 GPU H800", or plain GPUs when the chip is not known. */
  const gpuCount = (count: number, model: GpuModel | undefined) => formatCount(count, lang, model ? m.units.gpusOf(model) : m.units.gpus);
  const dateOf = (fact: Fact) => (fact.asOf ? formatDate(fact.asOf, lang) : m.sources.dateUnknown);
  const result = `<b>${escapeHtml(usd(outcome.usd))}</b>`;
  const lines: string[] = [];
  const notes: string[] = [];

  // "like Grok 3": which figures are the model's, and whose they are.
  const preset = outcome.preset;
  const presetFacts = (preset?.factIds ?? []).map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined);
  const presetModel = preset ? (kb.subjectById.get(preset.subjectId)?.name[lang] ?? preset.subjectId) : "";
  const presetBy = (() => {
    const source = kb.sourceById.get(presetFacts[0]?.sourceIds[0] ?? "");
    return source?.short ?? source?.publisher ?? "";
  })();
  const presetLabel = preset && presetFacts.length ? ` (${c.presetFigures(presetBy, presetModel)})` : "";
  const has = (field: PresetField) => preset?.fields.includes(field) ?? false;

  switch (outcome.kind) {
    case "run": {
      const gpus = gpuCount(outcome.gpus, outcome.gpuModel);
      const d = outcome.duration;
      const durationText = formatCount(d.value, lang, m.units.duration[d.unit]);
      // Weeks, months and years are shown in days too: "2 months (60 days) × 24 h".
      const inDays = d.unit === "hour" || d.unit === "day" ? "" : ` (${formatCount(outcome.hours / 24, lang, days)})`;
      const hoursFactor = d.unit === "hour" ? "" : ` × ${c.hoursPerDay}`;
      const label = has("gpus") || has("duration") ? presetLabel : "";
      const working = `${gpus} × ${durationText}${inDays}${hoursFactor}${escapeHtml(label)}`;
      if (outcome.asked === "gpuHours") {
        // "How many GPU-hours is…": the GPU-hours first, the cost second.
        lines.push(`${working} = <b>${escapeHtml(gpuHours(outcome.gpuHours))}</b>`);
        lines.push(c.costLine(`${gpuHours(outcome.gpuHours)} × ${price(outcome.price)}${c.perGpuHour} = ${escapeHtml(usd(outcome.usd))}`));
      } else {
        lines.push(`${working} × ${price(outcome.price)}${c.perGpuHour} = ${result}`);
        lines.push(`= ${gpuHours(outcome.gpuHours)}`);
      }
      if (outcome.assumptions.includes("duration")) notes.push(c.assumedDuration(durationText, cite(reference.referenceRun.factId)));
      if (d.unit === "month") notes.push(c.monthNote);
      break;
    }
    case "gpuHours": {
      const costWorking = `${gpuHours(outcome.gpuHours)}${escapeHtml(has("gpuHours") ? presetLabel : "")} × ${price(outcome.price)}${c.perGpuHour} = `;
      const split = outcome.split;
      if (!split) {
        lines.push(`${costWorking}${result}`);
        break;
      }
      // Asked in hours ("how many hours of wall clock"): hours first, days beside them.
      const inHours = outcome.asked === "hours";
      // With GPUs, how long the GPU-hours take; with a duration, how many GPUs they need.
      const splitLine = (value: string) => {
        if (split.derived === "hours") {
          const on = gpuCount(split.gpus, split.gpuModel);
          return `${gpuHours(outcome.gpuHours)} ÷ ${on}${inHours ? "" : ` ÷ ${c.hoursPerDay}`} = ${value}`;
        }
        const d = split.duration ?? { value: split.hours, unit: "hour" as const };
        const inDays = d.unit === "hour" || d.unit === "day" ? "" : ` (${formatCount(split.hours / 24, lang, days)})`;
        const hoursFactor = d.unit === "hour" ? "" : ` × ${c.hoursPerDay}`;
        return `${gpuHours(outcome.gpuHours)} ÷ (${formatCount(d.value, lang, m.units.duration[d.unit])}${inDays}${hoursFactor}) = ${value}`;
      };
      const splitValue =
        split.derived === "hours"
          ? inHours
            ? `${formatCount(split.hours, lang, m.units.duration.hour, 1)} (${formatCount(split.hours / 24, lang, days, 1)})`
            : formatCount(split.hours / 24, lang, days, 1)
          : gpuCount(split.gpus, split.gpuModel);
      const leads =
        ((outcome.asked === "duration" || inHours) && split.derived === "hours") || (outcome.asked === "gpus" && split.derived === "gpus");
      if (leads) {
        lines.push(splitLine(`<b>${escapeHtml(splitValue)}</b>`));
        lines.push(c.costLine(`${costWorking}${escapeHtml(usd(outcome.usd))}`));
      } else {
        lines.push(`${costWorking}${result}`);
        lines.push(splitLine(escapeHtml(splitValue)));
      }
      notes.push(c.roundTheClock);
      if (split.duration?.unit === "month") notes.push(c.monthNote);
      break;
    }
    case "capex": {
      // "10 DGX H100 at $375K each": ten systems, with the GPUs in them beside.
      const unit = outcome.system ? systemName(outcome.system, outcome.gpuModel) : (outcome.gpuModel ?? c.anyGpu);
      const inside = outcome.system ? ` (${escapeHtml(formatCount(outcome.units * GPUS_PER_SYSTEM, lang, m.units.gpus))})` : "";
      lines.push(`${n(outcome.units)} × ${unit} × ${usd(outcome.unitPrice)} = ${result}${inside}`);
      notes.push(outcome.system ? c.systemNote : c.capexNote);
      break;
    }
    case "convert":
      lines.push(result);
      break;
    case "rate": {
      const span =
        outcome.per.value === 1
          ? c.perPeriod[outcome.per.unit]
          : c.overSpan(formatCount(outcome.per.value, lang, m.units.duration[outcome.per.unit]));
      const op = outcome.factor >= 1 ? `× ${n(outcome.factor)}` : `÷ ${n(1 / outcome.factor)}`;
      lines.push(`${escapeHtml(usd(outcome.from))} ${escapeHtml(span)} ${op} = ${result} ${escapeHtml(c.perPeriod[outcome.to])}`);
      notes.push(outcome.amountFact ? c.rateNoteTold : c.rateNote);
      break;
    }
    case "budget": {
      const bought = outcome.system
        ? formatCount(outcome.quantity, lang, m.units.systemsOf(systemName(outcome.system, outcome.gpuModel)))
        : outcome.buys === "gpus"
          ? gpuCount(outcome.quantity, outcome.gpuModel)
          : gpuHours(outcome.quantity);
      // Systems hold GPUS_PER_SYSTEM GPUs each: the GPUs bought, beside.
      const inside = outcome.system ? ` (${escapeHtml(gpuCount(outcome.quantity * GPUS_PER_SYSTEM, outcome.gpuModel))})` : "";
      const per = outcome.buys === "gpus" ? usd(outcome.per) : `${price(outcome.per)}${c.perGpuHour}`;
      lines.push(`${escapeHtml(usd(outcome.usd))} ÷ ${escapeHtml(per)} = <b>${escapeHtml(bought)}</b>${inside}`);
      notes.push(outcome.system ? c.systemNote : outcome.buys === "gpus" ? c.capexNote : c.roundTheClock);
      break;
    }
    case "api": {
      const tokens = (n: number) => escapeHtml(formatCompact(n, lang));
      const output = outcome.output;
      lines.push(
        output
          ? c.apiSplitLine(
              tokens(outcome.tokens),
              escapeHtml(price(outcome.tokenPrice)),
              tokens(output.tokens),
              escapeHtml(price(output.price)),
              result,
            )
          : c.apiLine(tokens(outcome.tokens), escapeHtml(price(outcome.tokenPrice)), result),
      );
      // Billed at a named model's list price: whose, for which tokens, as of when.
      const listed = has("tokenPrice") ? presetFacts[0] : undefined;
      if (listed) {
        const side = output ? "both" : listed.inputPrice === outcome.tokenPrice && listed.value !== outcome.tokenPrice ? "input" : "output";
        notes.push(c.apiPriceNote(presetModel, side, dateOf(listed), `[${cite(listed.id)}]`));
      } else notes.push(c.apiNote);
      break;
    }
    case "compute": {
      // The peak given in the question is its own; a chip's is from its spec sheet, cited.
      const peakFact = outcome.peakGiven || !outcome.gpuModel ? undefined : reference.gpuPeaks.get(outcome.gpuModel)?.factId;
      const peakRef = peakFact ? ` [${cite(peakFact)}]` : "";
      const chip = outcome.peakGiven ? "" : `${outcome.gpuModel ?? ""} `;
      const format = outcome.peakGiven ? "" : outcome.fp8 ? " FP8" : " BF16";
      // A FLOP count given needs no 6 × N × D.
      if (outcome.parameters !== undefined)
        lines.push(c.computeLine(outcome.asked === "flop" ? `<b>${scientific(outcome.flop, lang)}</b>` : scientific(outcome.flop, lang)));
      const span =
        outcome.asked === "hours"
          ? `<b>${escapeHtml(formatCount(outcome.hours, lang, m.units.duration.hour, 1))}</b> (${escapeHtml(formatCount(outcome.hours / 24, lang, days, 1))})`
          : formatCount(outcome.hours / 24, lang, days, 1);
      lines.push(
        `${scientific(outcome.flop, lang)} FLOP / (${n(outcome.gpus)} × ${chip}${n(outcome.peak / 1e12)} TFLOP/s${format}${peakRef} × ${n(outcome.utilization * 100)}%) ≈ ${span}`,
      );
      lines.push(`${gpuHours(outcome.gpuHours)} × ${price(outcome.price)}${c.perGpuHour} = ${result}`);
      if (outcome.asked === "flop") notes.push(c.flopNote);
      if (outcome.assumptions.includes("gpuModel")) notes.push(c.assumedModel);
      if (outcome.assumptions.includes("utilization")) notes.push(c.assumedUtilization(cite(reference.defaultUtilization.factId)));
      break;
    }
  }
  if (preset && presetFacts.length && (outcome.kind === "run" || outcome.kind === "gpuHours")) {
    const what = has("gpuHours")
      ? c.presetWhat.gpuHours
      : has("gpus") && has("duration")
        ? c.presetWhat.run
        : has("gpus")
          ? c.presetWhat.gpus
          : c.presetWhat.duration;
    for (const fact of presetFacts) cite(fact.id);
    const citations = [...new Set(presetFacts.flatMap((f) => f.sourceIds.map((id) => sourceOrder.indexOf(id) + 1)))];
    const chip = preset.chipName && !(outcome.kind === "run" && preset.chipName === outcome.gpuModel) ? preset.chipName : undefined;
    const refs = citations.map((n) => `[${n}]`).join("");
    notes.push(c.presetNote(what, presetBy, presetModel, chip, refs, !outcome.assumptions.includes("price") && !outcome.priceFact));
  }
  // "and per year?" after a sum a day: the fact the sum is, cited.
  const told = "amountFact" in outcome && outcome.amountFact ? kb.factById.get(outcome.amountFact) : undefined;
  if (told) notes.push(c.amountNote(escapeHtml(kb.subjectById.get(told.subject)?.name[lang] ?? told.subject), ` [${cite(told.id)}]`));
  // "at the market H800 rent": the rent it was taken from, cited.
  const rent = "priceFact" in outcome && outcome.priceFact ? kb.factById.get(outcome.priceFact) : undefined;
  if (rent && typeof rent.value === "number") {
    const listed = typeof rent.valueHigh === "number" ? `${price(rent.value)}–${price(rent.valueHigh)}` : price(rent.value);
    const chip = kb.subjectById.get(rent.subject)?.name[lang] ?? rent.subject;
    notes.push(c.rentPriceNote(escapeHtml(chip), listed, dateOf(rent), ` [${cite(rent.id)}]`, typeof rent.valueHigh === "number"));
  }
  if (outcome.assumptions.includes("price"))
    notes.push(c.assumedPrice(price(reference.defaultPrice.value), cite(reference.defaultPrice.factId)));

  if (outcome.converted) {
    const rate = outcome.converted.rate;
    const rateText = `${n(rate.perUsd)} ${SYMBOL[outcome.currency as Exclude<Currency, "USD">]}/$`;
    const refs = rate.factIds.length
      ? ` [${[...new Set(rate.factIds.map(cite))].join("][")}]`
      : ` (${rate.origin === "feed" ? c.officialRate : c.configuredRate})`;
    const date = rate.date ? formatDate(rate.date, lang) : "—";
    lines.push(c.converted(`<b>${escapeHtml(formatMoney(outcome.converted.amount, outcome.currency, lang))}</b>`, rateText, date, refs));
  }

  // A training run is put next to DeepSeek V3's; buying GPUs, a budget, an API bill or a sum converted is not one.
  if (outcome.kind === "run" || outcome.kind === "gpuHours" || outcome.kind === "compute") {
    const ref = reference.referenceRun;
    const ratio = outcome.usd / ref.usd;
    const times = (x: number) => plural(lang, x, m.units.times);
    const ratioText =
      ratio > 1.05 ? c.ratioMore(n(ratio), times(ratio)) : ratio < 0.95 ? c.ratioLess(n(1 / ratio), times(1 / ratio)) : c.ratioSame;
    const refHours = formatCompactCount(ref.gpuHours, lang, m.units.gpuHoursOf(ref.gpuModel), 4);
    notes.push(c.comparison(formatUsd(ref.usd, lang, 4), refHours, ratioText, cite(ref.factId)));
  }

  const blocks = [`<b>${c.title}</b>\n${lines.join("\n")}`];
  if (notes.length) blocks.push(notes.map((x) => escapeHtml(x)).join("\n"));
  if (sourceOrder.length) blocks.push(renderSourceList(kb, sourceOrder, lang, claimTypes));
  return { blocks, factIds, sourceIds: sourceOrder };
}
