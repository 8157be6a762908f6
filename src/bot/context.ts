import type { Context } from "grammy";
import type { CalcReference } from "../calc/plan.js";
import type { BarChartOptions } from "../chart/bar-chart.js";
import type { ScatterChartOptions } from "../chart/scatter-chart.js";
import type { Repository } from "../db/repository.js";
import type { UpdateWrites } from "../db/update-writes.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { FactMatcher } from "../knowledge/matcher.js";
import type { Plan, Planner } from "../knowledge/reader/plan.js";
import type { Reader, Reading } from "../knowledge/reader/reading.js";
import type { Lang, Messages } from "./locales/index.js";
import type { Logger } from "../logger.js";

/** What features need besides the update: built once in createBot's caller, shared by all updates. */
export interface BotDeps {
  kb: KnowledgeBase;
  matcher: FactMatcher;
  /** Reads each message once: subjects, measure, quoted figures, what is asked, the language. */
  reader: Reader;
  /** Decides from a reading what the answer is. */
  planner: Planner;
  repo: Repository;
  /** The calculator's sourced fallbacks (DeepSeek's $2/GPU-hour, GPU peaks, exchange rates). */
  calc: CalcReference;
  admins: readonly number[];
  /** Draws the /compare chart; swappable so a failing renderer can be tested. */
  renderChart: (options: BarChartOptions) => Promise<Buffer>;
  /** Draws rankings and trends: figures against date on a log scale; swappable like renderChart. */
  renderScatter: (options: ScatterChartOptions) => Promise<Buffer>;
  logger: Logger;
}

export interface BotContextFlavor {
  deps: BotDeps;
  /** The logger for this update: its lines carry the update_id and chat_id. */
  log: Logger;
  /** This update's context and answer writes, committed together when it is handled. */
  writes: UpdateWrites;
  /** The language to answer in: the /lang choice, else the question's language, else Telegram's language_code. */
  lang: Lang;
  /** The user chose the language with /lang: it holds whatever the question's language. */
  langChosen: boolean;
  /** Every text for this update, in its language (`ctx.t.compare.usage`); set together with `lang`. */
  t: Messages;
  /** In groups: the question with the bot's @mention taken out, set only when it is for the bot. */
  questionText?: string;
  /** The message read once (src/bot/features/reading.ts), for the text messages that are questions. */
  reading?: Reading;
  /** What the answer to the reading is; the router dispatches on its kind. */
  plan?: Plan;
}

export type BotContext = Context & BotContextFlavor;

/** The text a feature should answer: the addressed question in groups, the message text elsewhere. */
export function questionText(ctx: BotContext): string | undefined {
  return ctx.questionText ?? ctx.message?.text;
}
