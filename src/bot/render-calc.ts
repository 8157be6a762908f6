import type { CalcField, Problem } from "../calc/cost.js";
import type { Currency, DurationUnit } from "../calc/parse.js";
import type { CalcOutcome, CalcReference } from "../calc/plan.js";
import { formatCompact, formatDate, formatNumber, formatUsd } from "../knowledge/format.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { ClaimType, Lang } from "../knowledge/schema.js";
import { escapeHtml, renderSourceList, type RenderedAnswer } from "./render.js";

const UNIT_WORDS: Record<Lang, Record<DurationUnit, string>> = {
  ru: { hour: "ч", day: "дн", week: "нед", month: "мес", year: "г" },
  en: { hour: "h", day: "days", week: "weeks", month: "months", year: "years" },
};

const FIELD_NAMES: Record<Lang, Record<CalcField, string>> = {
  ru: {
    gpus: "число GPU",
    duration: "срок",
    price: "цена за GPU-час",
    gpuHours: "GPU-часы",
    units: "число штук",
    unitPrice: "цена за штуку",
    parameters: "число параметров",
    tokens: "число токенов",
    utilization: "загрузка (MFU)",
  },
  en: {
    gpus: "number of GPUs",
    duration: "duration",
    price: "price per GPU-hour",
    gpuHours: "GPU-hours",
    units: "number of units",
    unitPrice: "unit price",
    parameters: "number of parameters",
    tokens: "number of tokens",
    utilization: "utilisation (MFU)",
  },
};

const PROBLEM_TEXT: Record<Lang, Record<Problem["kind"], string>> = {
  ru: {
    zero: "не может быть нулём",
    negative: "не может быть отрицательным",
    too_large: "слишком большое значение",
    not_a_number: "не похоже на число",
    not_integer: "должно быть целым",
    contradictory: "указано дважды с разными значениями",
  },
  en: {
    zero: "cannot be zero",
    negative: "cannot be negative",
    too_large: "is too large",
    not_a_number: "does not look like a number",
    not_integer: "must be a whole number",
    contradictory: "is given twice with different values",
  },
};

const T = {
  ru: {
    title: "Расчёт",
    gpuHoursWord: "GPU-часов",
    perGpuHour: "/GPU·ч",
    hoursPerDay: "24 ч",
    assumedPrice: (p: string, n: number) => `Цена не указана — беру допущение DeepSeek: ${p} за GPU-час [${n}].`,
    assumedDuration: (d: string, n: number) =>
      `Срок не указан — беру длительность прогона DeepSeek V3: 2,788 млн GPU-часов на 2048 GPU ≈ ${d} [${n}].`,
    assumedModel: "Модель GPU не указана — считаю по H100.",
    assumedUtilization: (n: number) => `Загрузка не указана — беру 40% MFU (Meta сообщает 38–43% для Llama 3 [${n}]).`,
    monthNote: "Месяц = 30 дней.",
    comparison: (ref: string, refHours: string, ratio: string, n: number) =>
      `Для сравнения: DeepSeek V3 — ${ref} (${refHours} GPU-часов H800) [${n}]; ваш расчёт — ${ratio}.`,
    ratioMore: (x: string) => `в ${x} раза больше`,
    ratioLess: (x: string) => `в ${x} раза меньше`,
    ratioSame: "примерно столько же",
    converted: (amount: string, rate: string, date: string, refs: string) => `≈ ${amount} по курсу ${rate} на ${date}${refs}.`,
    configuredRate: "курс задан настройкой бота",
    officialRate: "официальный курс Банка России, cbr.ru",
    problems: "Не могу посчитать:",
    missing: (fields: string) =>
      `Для расчёта не хватает: ${fields}. Например: «4096 GPU на 30 дней по $2/ч» или «2,788 млн GPU-часов по $2».`,
    noRate: "Нет проверенного курса для этой валюты.",
    computeLine: (flop: string) => `6 × параметры × токены ≈ ${flop} FLOP`,
    capexNote: "Только покупка GPU: без серверов, сети, энергии и людей.",
  },
  en: {
    title: "Calculation",
    gpuHoursWord: "GPU-hours",
    perGpuHour: "/GPU·h",
    hoursPerDay: "24 h",
    assumedPrice: (p: string, n: number) => `No price given — using DeepSeek's assumption of ${p} per GPU-hour [${n}].`,
    assumedDuration: (d: string, n: number) =>
      `No duration given — using the length of DeepSeek V3's run: 2.788M GPU-hours on 2,048 GPUs ≈ ${d} [${n}].`,
    assumedModel: "No GPU model given — computing for the H100.",
    assumedUtilization: (n: number) => `No utilisation given — using 40% MFU (Meta reports 38–43% for Llama 3 [${n}]).`,
    monthNote: "A month is 30 days.",
    comparison: (ref: string, refHours: string, ratio: string, n: number) =>
      `For comparison: DeepSeek V3 reports ${ref} (${refHours} H800 GPU-hours) [${n}]; your estimate is ${ratio}.`,
    ratioMore: (x: string) => `${x}× that`,
    ratioLess: (x: string) => `${x}× less`,
    ratioSame: "about the same",
    converted: (amount: string, rate: string, date: string, refs: string) => `≈ ${amount} at ${rate} for ${date}${refs}.`,
    configuredRate: "rate set in the bot's configuration",
    officialRate: "Bank of Russia official rate, cbr.ru",
    problems: "I can't compute that:",
    missing: (fields: string) =>
      `To compute this I still need: ${fields}. For example: “4096 GPUs for 30 days at $2/h” or “2.788M GPU-hours at $2”.`,
    noRate: "There is no verified rate for that currency.",
    computeLine: (flop: string) => `6 × parameters × tokens ≈ ${flop} FLOP`,
    capexNote: "GPUs only: no servers, network, power or people.",
  },
} as const;

const SYMBOL: Record<Exclude<Currency, "USD">, string> = { RUB: "₽", EUR: "€" };

function formatMoney(amount: number, currency: Currency, lang: Lang): string {
  if (currency === "USD") return formatUsd(amount, lang);
  return `${formatCompact(amount, lang)} ${SYMBOL[currency]}`;
}

/** "1.5×10²⁴" written out without exponent notation in the ASCII sense. */
function scientific(value: number, lang: Lang): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = value / 10 ** exponent;
  const superscript = String(exponent).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d);
  return `${formatNumber(mantissa, lang, 2)}·10${superscript}`;
}

const TOO_LARGE: Record<Lang, Partial<Record<CalcField, string>>> = {
  ru: {
    gpus: "больше 10 млн — столько GPU не бывает в одном расчёте",
    duration: "больше 100 лет",
    price: "больше $1000 за GPU-час",
    gpuHours: "больше, чем 10 млн GPU за 100 лет",
  },
  en: {
    gpus: "is over 10 million — no run has that many GPUs",
    duration: "is over 100 years",
    price: "is over $1,000 per GPU-hour",
    gpuHours: "is more than 10 million GPUs for 100 years",
  },
};

const BOTH_MODES: Record<Lang, string> = {
  ru: "даны и GPU × срок, и GPU-часы — оставьте что-то одно",
  en: "both GPUs × time and GPU-hours are given — keep one of them",
};

export function renderProblems(problems: Problem[], lang: Lang): string {
  const t = T[lang];
  const lines = problems.map((p) => {
    const reason =
      (p.kind === "too_large" ? TOO_LARGE[lang][p.field] : undefined) ??
      (p.kind === "contradictory" && p.field === "gpuHours" ? BOTH_MODES[lang] : undefined) ??
      PROBLEM_TEXT[lang][p.kind];
    return `• ${FIELD_NAMES[lang][p.field]}: ${reason}`;
  });
  return `${t.problems}\n${[...new Set(lines)].join("\n")}`;
}

export function renderMissing(missing: CalcField[], lang: Lang): string {
  return T[lang].missing(missing.map((f) => FIELD_NAMES[lang][f]).join(", "));
}

/**
 * A calculation answer: how it was understood and computed, the assumptions made, the result
 * next to DeepSeek's reported figure, and the sources of every figure it borrowed.
 */
export function renderCalculation(outcome: CalcOutcome, reference: CalcReference, kb: KnowledgeBase, lang: Lang): RenderedAnswer {
  const t = T[lang];
  if (outcome.kind === "problems") return { blocks: [escapeHtml(renderProblems(outcome.problems, lang))], factIds: [], sourceIds: [] };
  if (outcome.kind === "missing") return { blocks: [escapeHtml(renderMissing(outcome.missing, lang))], factIds: [], sourceIds: [] };
  if (outcome.kind === "no_rate") return { blocks: [t.noRate], factIds: [], sourceIds: [] };

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
  const result = `<b>${escapeHtml(usd(outcome.usd))}</b>`;
  const lines: string[] = [];
  const notes: string[] = [];

  switch (outcome.kind) {
    case "run": {
      const model = outcome.gpuModel ? ` ${outcome.gpuModel}` : "";
      const d = outcome.duration;
      const durationText = `${n(d.value)} ${UNIT_WORDS[lang][d.unit]}`;
      // Weeks, months and years are shown in days too: "2 мес (60 дн) × 24 ч".
      const inDays = d.unit === "hour" || d.unit === "day" ? "" : ` (${n(outcome.hours / 24)} ${UNIT_WORDS[lang].day})`;
      const hoursFactor = d.unit === "hour" ? "" : ` × ${t.hoursPerDay}`;
      lines.push(
        `${n(outcome.gpus)} GPU${model} × ${durationText}${inDays}${hoursFactor} × ${price(outcome.price)}${t.perGpuHour} = ${result}`,
      );
      lines.push(`= ${formatCompact(outcome.gpuHours, lang)} ${t.gpuHoursWord}`);
      if (outcome.assumptions.includes("duration")) notes.push(t.assumedDuration(durationText, cite(reference.referenceRun.factId)));
      if (d.unit === "month") notes.push(t.monthNote);
      break;
    }
    case "gpuHours":
      lines.push(`${formatCompact(outcome.gpuHours, lang)} ${t.gpuHoursWord} × ${price(outcome.price)}${t.perGpuHour} = ${result}`);
      break;
    case "capex":
      lines.push(`${n(outcome.units)} × ${outcome.gpuModel ?? "GPU"} × ${usd(outcome.unitPrice)} = ${result}`);
      notes.push(t.capexNote);
      break;
    case "compute": {
      const peakFact = reference.gpuPeaks.get(outcome.gpuModel)?.factId;
      const peakRef = peakFact ? ` [${cite(peakFact)}]` : "";
      lines.push(t.computeLine(scientific(outcome.flop, lang)));
      lines.push(
        `${scientific(outcome.flop, lang)} / (${n(outcome.gpus)} × ${outcome.gpuModel} ${n(outcome.peak / 1e12)} TFLOP/s${outcome.fp8 ? " FP8" : " BF16"}${peakRef} × ${n(outcome.utilization * 100)}%) ≈ ${formatNumber(outcome.hours / 24, lang, 1)} ${UNIT_WORDS[lang].day}`,
      );
      lines.push(`${formatCompact(outcome.gpuHours, lang)} ${t.gpuHoursWord} × ${price(outcome.price)}${t.perGpuHour} = ${result}`);
      if (outcome.assumptions.includes("gpuModel")) notes.push(t.assumedModel);
      if (outcome.assumptions.includes("utilization")) notes.push(t.assumedUtilization(cite(reference.defaultUtilization.factId)));
      break;
    }
  }
  if (outcome.assumptions.includes("price"))
    notes.push(t.assumedPrice(price(reference.defaultPrice.value), cite(reference.defaultPrice.factId)));

  if (outcome.converted) {
    const rate = outcome.converted.rate;
    const rateText = `${n(rate.perUsd)} ${SYMBOL[outcome.currency as Exclude<Currency, "USD">]}/$`;
    const refs = rate.factIds.length
      ? ` [${[...new Set(rate.factIds.map(cite))].join("][")}]`
      : ` (${rate.origin === "feed" ? t.officialRate : t.configuredRate})`;
    const date = rate.date ? formatDate(rate.date, lang) : "—";
    lines.push(t.converted(`<b>${escapeHtml(formatMoney(outcome.converted.amount, outcome.currency, lang))}</b>`, rateText, date, refs));
  }

  if (outcome.kind !== "capex") {
    const ref = reference.referenceRun;
    const ratio = outcome.usd / ref.usd;
    const ratioText = ratio > 1.05 ? t.ratioMore(n(ratio)) : ratio < 0.95 ? t.ratioLess(n(1 / ratio)) : t.ratioSame;
    notes.push(t.comparison(formatUsd(ref.usd, lang, 4), formatCompact(ref.gpuHours, lang, 4), ratioText, cite(ref.factId)));
  }

  const blocks = [`<b>${t.title}</b>\n${lines.join("\n")}`];
  if (notes.length) blocks.push(notes.map((x) => escapeHtml(x)).join("\n"));
  if (sourceOrder.length) blocks.push(renderSourceList(kb, sourceOrder, lang, claimTypes));
  return { blocks, factIds, sourceIds: sourceOrder };
}
