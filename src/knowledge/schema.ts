import { z } from "zod";
import { LANGS, type Lang } from "../langs.js";

/** Who stands behind a figure: the bot always says which of these a number is. */
export const CLAIM_TYPES = [
  "company_claim",
  "executive_statement",
  "analyst_estimate",
  "press_report",
  "research_estimate",
  "vendor_spec",
  "our_calculation",
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export { LANGS, type Lang } from "../langs.js";

/**
 * How a cost figure was arrived at, in a form comparisons can pair on (the `costMethod` text says
 * it in words): `amortized` the share of the hardware's price used up by the final run plus energy;
 * `cloud` the final run at cloud list prices; `rental` GPU-hours times an assumed rental price
 * (`pricePerGpuHour`); `purchase` buying the hardware, not a run's cost; `informal` a remark of
 * unknown scope.
 */
export const COST_BASES = ["amortized", "cloud", "rental", "purchase", "informal"] as const;
export type CostBasis = (typeof COST_BASES)[number];

const nonEmpty = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "date must be YYYY-MM or YYYY-MM-DD");
const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "id must be lower-case kebab");

/** One value per language in LANGS, no more and no fewer: a language added there fails validation until its texts exist. */
function perLang<T extends z.ZodType>(value: T) {
  return z.object(Object.fromEntries(LANGS.map((lang) => [lang, value])) as Record<Lang, T>).strict();
}

/** A text in every language; a missing translation fails validation. */
export const bilingual = perLang(nonEmpty);
export type Bilingual = z.infer<typeof bilingual>;

/** Lists per language: none at all (imported facts), or at least one in every language. */
const bilingualList = perLang(z.array(nonEmpty)).refine(
  (lists) => Object.values(lists).every((l) => l.length === 0) || Object.values(lists).every((l) => l.length > 0),
  { message: "give phrasings in every language, or none" },
);

export const sourceSchema = z
  .object({
    id,
    title: nonEmpty,
    publisher: nonEmpty,
    /** null only where the vetted reference gives no address; never guessed. */
    url: z.url().nullable(),
    /** null only where the reference gives no date. */
    date: isoDate.nullable(),
    /** A few words for chart labels ("Epoch AI"); the publisher when absent. */
    short: nonEmpty.max(24).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** What a subject is: the reader resolves names to these and answers "not in my data" for the rest. */
export const SUBJECT_KINDS = ["model", "company", "chip", "product", "policy", "trend", "publisher", "other"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const subjectSchema = z
  .object({
    id,
    name: bilingual,
    kind: z.enum(SUBJECT_KINDS).default("other"),
    /** Names people use in chats, in any script; matched after normalisation. */
    aliases: z.array(nonEmpty).min(1),
    /** Who made it (models, chips, products). */
    organization: nonEmpty.optional(),
    /** When it was published or released. */
    date: isoDate.optional(),
    /**
     * Rows of Epoch AI's notable-models table (their `Model` cell, exactly) that this curated subject
     * stands for: the importer attaches their figures here instead of making a subject of its own.
     */
    epochModels: z.array(nonEmpty).optional(),
    /** Models of one family ("GPT-4o" for its six dated versions) share this; a bare family name resolves among them. */
    family: nonEmpty.optional(),
  })
  .strict();
export type Subject = z.infer<typeof subjectSchema>;
export type SubjectInput = z.input<typeof subjectSchema>;

export const factSchema = z
  .object({
    id,
    subject: id,
    metric: nonEmpty,
    /** The figure itself where there is one; qualitative facts (architecture, dates) have none. */
    value: z.number().finite().nonnegative().optional(),
    /** Upper end where the source gives a range ($25,000–30,000): `value` is then the lower end. */
    valueHigh: z.number().finite().nonnegative().optional(),
    unit: nonEmpty.optional(),
    /** For an API price, whose `value` is the output price per 1M tokens: the input price (cache miss), as its text states. */
    inputPrice: z.number().finite().nonnegative().optional(),
    /**
     * Further figures stated in the same source, structured for /compare and the calculator
     * (a GPT-4 estimate that also names 25,000 A100s, say). Never a figure the source lacks.
     */
    details: z
      .object({
        gpus: z.number().int().positive(),
        gpuModel: nonEmpty,
        gpuHours: z.number().positive(),
        parameters: z.number().positive(),
        activeParameters: z.number().positive(),
        tokens: z.number().positive(),
        flop: z.number().positive(),
        fp8Flops: z.number().positive(),
      })
      .partial()
      .strict()
      .optional(),
    /** A research estimate's own confidence rating, as its source gives it (Epoch AI: Confident / Likely / Speculative). */
    confidence: z.enum(["confident", "likely", "speculative", "unknown"]).optional(),
    /** How the figure was estimated, in the source's own words (shortened); shown under the answer. */
    notes: nonEmpty.optional(),
    /**
     * For a fact that says what a figure covers: word stems (any language) of what is in it and what is
     * not, so "правда, что 6 млн включают все исследования?" can be checked against it.
     */
    scope: z
      .object({ includes: z.array(nonEmpty).min(1), excludes: z.array(nonEmpty).min(1) })
      .strict()
      .optional(),
    /**
     * Words that turn a claim quoting this very figure into more than the figure says, as its caveat explains:
     * `overstating` words make it misleading ("Stargate *already* has $500B" of an announced plan, "*everyone* at
     * DeepSeek gets $1.3M" of top pay); without one of the `fair` words it is misleading too ("545% margin" of a
     * *theoretical* one). Matched as whole words, or as word beginnings when written with a trailing `*`.
     */
    claimWords: z
      .object({ overstating: z.array(nonEmpty).min(1).optional(), fair: z.array(nonEmpty).min(1).optional() })
      .strict()
      .optional(),
    /** The figure is a floor ("more than $100M"), not a point estimate. */
    atLeast: z.boolean().default(false),
    /** For cost figures: how the number was arrived at, so comparisons can say how comparable they are. */
    costMethod: bilingual.optional(),
    /**
     * The same, structured: a comparison's headline ratio pairs figures of one basis (and, for
     * rentals, one price), and never sets a figure that is `onTopOf` another model's training
     * (R1's $294K on V3) against a whole run; `includes` names models whose training a combined
     * figure covers too (V3 in "V3 + R1").
     */
    basis: z
      .object({
        method: z.enum(COST_BASES),
        pricePerGpuHour: z.number().positive().optional(),
        onTopOf: id.optional(),
        includes: z.array(id).min(1).optional(),
      })
      .strict()
      .optional(),
    /** The direct answer, one or two sentences. */
    text: bilingual,
    claimType: z.enum(CLAIM_TYPES),
    sourceIds: z.array(id).min(1),
    /** null only where no source gives a date (a vendor product page). */
    asOf: isoDate.nullable(),
    caveat: bilingual.optional(),
    /**
     * Questions people ask and words that point to this fact, in both languages. Optional: imported
     * facts (Epoch AI's table) have none, the reader finds them by subject and measure. When given,
     * both languages need at least one.
     */
    phrasings: bilingualList.default({ ru: [], en: [] }),
    /**
     * false for reference facts that back calculations (exchange rates) but are not answers to
     * free-text questions: a year-old rate is no answer to "what is the dollar rate?".
     */
    answersQuestions: z.boolean().default(true),
    /** Facts told alongside this one (an article claim next to the primary figure, and back). */
    related: z.array(id).default([]),
    topic: id,
  })
  .strict()
  .refine((f) => (f.value === undefined) === (f.unit === undefined), {
    message: "value and unit go together",
    path: ["unit"],
  });
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

/** A browsing section of /facts. Shown by `order`, then in file order; topics without one come last. */
export const topicSchema = z.object({ id, title: bilingual, order: z.number().int().optional() }).strict();
export type Topic = z.infer<typeof topicSchema>;

const conceptName = z.string().regex(/^[a-z0-9]+$/, "concept names are lower-case letters and digits");

/**
 * The matcher's vocabulary: words that mean the same thing in either language, with slang and
 * transliterations (each list's forms map to the concept named on the left; the matcher also stems
 * them, so only irregular forms need listing), concepts a word for another concept also stands for
 * ("на скольких H100" = GPUs), and words that carry no meaning for matching.
 */
export const lexiconSchema = z
  .object({
    concepts: z.record(conceptName, z.array(nonEmpty).min(1)),
    implies: z.record(conceptName, z.array(conceptName).min(1)).default({}),
    stopwords: z.array(nonEmpty),
    /** Russian words as written in Latin letters ("pravda", "skolko"): a message with two of them is Russian. */
    translit: z.array(nonEmpty).default([]),
  })
  .strict();
export type Lexicon = z.infer<typeof lexiconSchema>;
export type LexiconInput = z.input<typeof lexiconSchema>;
