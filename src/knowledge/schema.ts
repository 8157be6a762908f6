import { z } from "zod";

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

export const LANGS = ["ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

const nonEmpty = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "date must be YYYY-MM or YYYY-MM-DD");
const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "id must be lower-case kebab");

/** A text in both languages; a missing translation fails validation. */
export const bilingual = z.object({ ru: nonEmpty, en: nonEmpty }).strict();
export type Bilingual = z.infer<typeof bilingual>;

const bilingualList = z.object({ ru: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) }).strict();

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
    /** The figure is a floor ("more than $100M"), not a point estimate. */
    atLeast: z.boolean().default(false),
    /** For cost figures: how the number was arrived at, so comparisons can say how comparable they are. */
    costMethod: bilingual.optional(),
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
  });
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

export const topicSchema = z.object({ id, title: bilingual }).strict();
export type Topic = z.infer<typeof topicSchema>;
