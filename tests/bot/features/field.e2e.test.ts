import type { InlineQueryResultArticle, Update, User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber, formatUsd } from "../../../src/bot/locales/format.js";
import { compare } from "../../../src/knowledge/compare.js";
import { isEpochFact } from "../../../src/knowledge/epoch.js";
import { loadKnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { assertTelegramHtml, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "../../helpers/harness.js";

/**
 * The field as a user meets it, in both languages: /compare like with like (R1 as V3 + R1), any two
 * models with a chart, a calculation from a model's figures, inline answers about Epoch models.
 * Figures are checked against the knowledge base, not copied into the test.
 */
const kb = loadKnowledgeBase();
let bot: TestBot;
beforeAll(() => {
  bot = new TestBot();
});
afterAll(() => bot.close());

const photoOf = (calls: ApiCall[]) => calls.find((c) => c.method === "sendPhoto");
const captionOf = (calls: ApiCall[]) => (photoOf(calls)?.payload.caption as string | undefined) ?? "";
const allText = (calls: ApiCall[]) => [captionOf(calls), ...texts(calls)].join("\n");
const epochValue = (subject: string, metric: string) =>
  kb.facts.find((f) => f.subject === subject && f.metric === metric && isEpochFact(f))?.value as number;
const ratioText = (ratio: number, lang: "ru" | "en") =>
  formatNumber(ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10, lang, 1);

describe("/compare deepseek-r1 gpt-4: V3 + R1 against GPT-4, and it says so", () => {
  const headline = compare(kb, "deepseek-r1", "gpt-4").headline!;

  it("in Russian", async () => {
    const calls = await bot.send("/compare deepseek-r1 gpt-4", RU_USER);
    const caption = captionOf(calls);
    assertTelegramHtml(caption);
    expect(caption).toContain("<b>DeepSeek V3 + R1 и GPT-4</b>");
    expect(caption).toContain(
      `DeepSeek V3 + R1 дешевле GPT-4 примерно в ${ratioText(headline.ratio, "ru")} раза, если сравнивать оценки Epoch AI для обеих`,
    );
    const all = allText(calls);
    expect(all).toContain("DeepSeek R1 обучали поверх DeepSeek V3: $294 тыс. — это только дообучение DeepSeek R1");
    expect(all).toContain("DeepSeek R1 сравниваю как DeepSeek V3 + R1");
    // DeepSeek's own V3 + R1 sum is there, and the $294K is shown but not as a whole run.
    expect(all).toContain(formatUsd(kb.factById.get("v3-plus-r1")!.value!, "ru", 4));
    expect(all).toMatch(/GPU-часы<\/b>: DeepSeek V3 \+ R1 — 147 тыс\. \(поверх DeepSeek V3\)/);
    expect(all).not.toMatch(/136|340 раз/);
    expect(all).toContain("Данные: Epoch AI");
  });

  it("in English", async () => {
    const calls = await bot.send("/compare deepseek-r1 gpt-4", EN_USER);
    const caption = captionOf(calls);
    expect(caption).toContain("<b>DeepSeek V3 + R1 vs GPT-4</b>");
    expect(caption).toContain(
      `DeepSeek V3 + R1 is ≈${ratioText(headline.ratio, "en")}× cheaper than GPT-4, comparing Epoch AI's estimates for both, in 2023 dollars`,
    );
    expect(caption).toContain(`(${formatUsd(headline.a.usd, "en", 4)} and ${formatUsd(headline.b.usd, "en", 4)})`);
    const all = allText(calls);
    expect(all).toContain(
      "the $294K covers only DeepSeek R1's own training, not DeepSeek V3's, so it is never set against a whole training run",
    );
    expect(all).toContain("Data: Epoch AI, “Notable AI Models”");
  });
});

describe("/compare grok 3 gpt-4.5: any two models, with the chart", () => {
  it.each([
    ["ru", RU_USER, "Grok 3 дешевле GPT-4.5 примерно в"],
    ["en", EN_USER, "Grok 3 is ≈"],
  ] as const)("%s", async (lang, user, start) => {
    const calls = await bot.send("/compare grok 3 gpt-4.5", user);
    const photo = photoOf(calls);
    expect(photo).toBeDefined();
    expect((photo!.payload.photo as { fileData: Buffer }).fileData.subarray(1, 4).toString("ascii")).toBe("PNG");
    const ratio = epochValue("gpt-4.5", "training_cost") / epochValue("grok-3", "training_cost");
    expect(captionOf(calls)).toContain(`${start}${lang === "en" ? "" : " "}${ratioText(ratio, lang)}`);
    const all = allText(calls);
    expect(all).toContain(formatUsd(epochValue("grok-3", "training_cost"), lang, 4));
    expect(all).toContain(formatUsd(epochValue("gpt-4.5", "training_cost"), lang, 4));
    for (const text of texts(calls)) assertTelegramHtml(text);
  });

  it("a model with compute and no cost gets the compute ratio and our labelled calculation, never as its cost", async () => {
    const calls = await bot.send("/compare gpt-4.5 gpt-5", EN_USER);
    const all = allText(calls);
    expect(all).toMatch(/Our calculation — not a reported cost/);
    expect(all).toMatch(/an illustration, not GPT-5's cost — nobody reported it/);
    expect(all).toMatch(/Training GPT-4\.5 took ≈\d+(\.\d)?× the compute of GPT-5 \(Epoch AI's estimates for both\)/);
  });
});

describe("/compare a model with no figures", () => {
  it("says what is missing, in both languages", async () => {
    expect(texts(await bot.send("/compare deepseek v3.1 gpt-4", EN_USER))[0]).toBe(
      "My data has no training cost, training compute, GPU count, GPU-hours, training time, parameter count, or training tokens for DeepSeek V3.1: there is nothing to compare it by.",
    );
    expect(texts(await bot.send("/compare deepseek v3.1 gpt-4", RU_USER))[0]).toMatch(
      /^Для DeepSeek V3\.1 в моих данных нет стоимости обучения, .* или числа токенов — сравнивать не по чему\.$/,
    );
  });

  it("one model named: the closest comparable one, and the answer says which", async () => {
    const caption = captionOf(await bot.send("/compare gpt-4.5", EN_USER));
    expect(caption).toMatch(/^<b>GPT-4\.5 vs [^<]+<\/b>/);
    expect(caption).toContain("the closest model in my data (same line or organisation, nearest date)");
  });
});

describe("/calc like a model", () => {
  const gpus = epochValue("grok-3", "gpu_count");
  const hours = epochValue("grok-3", "training_time");

  it("/calc как грок 3 по $1.5/ч: Epoch AI's GPUs × hours for Grok 3 at the user's price", async () => {
    const text = texts(await bot.send("/calc как грок 3 по $1.5/ч", RU_USER))[0] ?? "";
    assertTelegramHtml(text);
    expect(text).toContain(
      `${formatNumber(gpus, "ru")} GPU H100 × ${formatNumber(hours, "ru")} часов (цифры Epoch AI для Grok 3) × $1,5/GPU·ч = <b>${formatUsd(gpus * hours * 1.5, "ru")}</b>`,
    );
    expect(text).toContain("Число GPU и время обучения — цифры Epoch AI для Grok 3 (NVIDIA H100 SXM5 80GB)");
    expect(text).toContain("цена — ваша");
  });

  it("/calc like grok 3 at $1.5/h, and a follow-up changes one figure", async () => {
    const user: User = { ...EN_USER, id: 777 };
    const text = texts(await bot.send("/calc like grok 3 at $1.5/h", user))[0] ?? "";
    expect(text).toContain(`× $1.5/GPU·h = <b>${formatUsd(gpus * hours * 1.5, "en")}</b>`);
    expect(text).toContain("The GPU count and training time are Epoch AI's figures for Grok 3");
    const followUp = texts(await bot.send("and $3?", user))[0] ?? "";
    expect(followUp).toContain(`= <b>${formatUsd(gpus * hours * 3, "en")}</b>`);
    expect(followUp).toContain("Epoch AI's figures for Grok 3");
  });

  it("a model with no GPU figures, or an unknown one, is answered as such", async () => {
    expect(texts(await bot.send("/calc like gpt-4.5 at $2", EN_USER))[0]).toMatch(
      /no GPU count and training time \(or GPU-hours\) for GPT-4\.5/,
    );
    expect(texts(await bot.send("/calc like zzz qqq at $2", EN_USER))[0]).toMatch(/I don't know the model “zzz qqq”/);
  });
});

describe("inline", () => {
  const inline = async (query: string, user: User): Promise<InlineQueryResultArticle[]> => {
    const update = { update_id: 1, inline_query: { id: "q1", from: user, query, offset: "" } } as Update;
    const calls = await bot.handle(update);
    return (calls.find((c) => c.method === "answerInlineQuery")?.payload.results ?? []) as InlineQueryResultArticle[];
  };
  const messageOf = (r: InlineQueryResultArticle) => (r.input_message_content as { message_text: string }).message_text;

  it.each([
    ["en", EN_USER, "Grok 3 · training cost", "Data: Epoch AI"],
    ["ru", RU_USER, "Grok 3 · стоимость обучения", "Данные: Epoch AI"],
  ] as const)("“grok 3” (%s) finds the Epoch model's figures, credited", async (_lang, user, title, credit) => {
    const results = await inline("grok 3", user);
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results[0]?.id).toBe("f:epoch-grok-3-training-cost");
    expect(results[0]?.title).toBe(title);
    const message = messageOf(results[0]!);
    assertTelegramHtml(message);
    expect(message).toContain(credit);
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(["f:epoch-grok-3-training-compute", "f:epoch-grok-3-gpu-count"]));
  });

  it("“gpt-4.5 vs grok 3” compares; “h100 price” finds the market facts", async () => {
    const [comparison] = await inline("gpt-4.5 vs grok 3", EN_USER);
    expect(comparison?.id).toBe("c:gpt-4.5:grok-3");
    expect(messageOf(comparison!)).toContain("Data: Epoch AI");
    const prices = await inline("h100 price", EN_USER);
    expect(prices[0]?.id).toBe("f:h100-price");
  });

  it("a long comparison still fits one message with its credit and sources", async () => {
    const [comparison] = await inline("deepseek-r1 vs gpt-4", RU_USER);
    const message = messageOf(comparison!);
    expect(message.length).toBeLessThanOrEqual(4096);
    expect(message).toContain("Данные: Epoch AI");
    expect(message).toContain("<b>Источники</b>");
  });
});
