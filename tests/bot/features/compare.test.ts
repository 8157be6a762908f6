import { describe, expect, it } from "vitest";
import { CAPTION_LIMIT, splitCaption } from "../../../src/bot/features/compare.js";
import { formatUsd } from "../../../src/bot/locales/format.js";
import { compare } from "../../../src/knowledge/compare.js";
import { loadKnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { pngSize } from "../../helpers/png.js";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "../../helpers/harness.js";

const kb = loadKnowledgeBase();
/** The headline ratio as the answer rounds it ("6,9" / "6.9"), from the data. */
const headline = (a: string, b: string, lang: "ru" | "en") => {
  const ratio = compare(kb, a, b).headline?.ratio ?? NaN;
  const rounded = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  return lang === "ru" ? String(rounded).replace(".", ",") : String(rounded);
};

const photoOf = (calls: ApiCall[]) => calls.find((c) => c.method === "sendPhoto");
/** The bytes grammY was given to upload (InputFile keeps them in a private field). */
const pngBytes = (call: ApiCall | undefined): Buffer => (call?.payload.photo as { fileData: Buffer }).fileData;

/** Width and height from a PNG's IHDR chunk. */
describe("/compare", () => {
  it("sends a chart with the answer as caption, the rest as a follow-up with sources", async () => {
    const bot = new TestBot();
    const calls = await bot.send("/compare deepseek gpt4");
    const photo = photoOf(calls);
    expect(photo).toBeDefined();
    const caption = String(photo!.payload.caption);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    assertTelegramHtml(caption);
    // Like with like: Epoch AI's 2023-dollar figures for both, and the answer says so; the range after it.
    expect(caption).toContain(
      `DeepSeek V3 дешевле GPT-4 примерно в ${headline("deepseek-v3", "gpt-4", "ru")} раза, если сравнивать оценки Epoch AI для обеих`,
    );
    expect(caption).toContain(formatUsd(kb.factById.get("epoch-deepseek-v3-training-cost")!.value!, "ru", 4));
    expect(caption).toMatch(/Все пары оценок вместе, сделанных разными методами, дают соотношение в 6,7–19 раз/);
    expect(pngSize(pngBytes(photo))).toEqual({ width: 1000, height: 560 });

    const rest = texts(calls).join("\n");
    expect(rest).toMatch(/Насколько это сравнимо/);
    expect(rest).toMatch(/Источники/);
    expect(rest).toContain("Данные: Epoch AI, «Notable AI Models» (https://epoch.ai/data/notable-ai-models), лицензия CC BY 4.0");
    const all = `${caption}\n${rest}`;
    for (const row of ["Стоимость обучения", "Вычисления на обучение", "GPU", "GPU-часы", "Параметры", "Токены"])
      expect(all).toContain(row);
    expect(all).toContain("2 048 × H800");
    expect(all).toContain("25 000 × A100");
    const keys = buttons(calls.at(-1));
    expect(keys.map((k) => k.data)).toContain("s:");
    bot.close();
  });

  it("order and spelling do not matter; one name is compared with GPT-4", async () => {
    const bot = new TestBot();
    const caption = async (q: string) => String(photoOf(await bot.send(q, EN_USER))?.payload.caption);
    const reference = await caption("/compare deepseek gpt4");
    expect(await caption("/compare GPT-4 DeepSeek-V3")).toContain(
      `DeepSeek V3 is ≈${headline("deepseek-v3", "gpt-4", "en")}× cheaper than GPT-4, comparing Epoch AI's estimates for both, in 2023 dollars`,
    );
    expect(await caption("/compare дипсик гпт4")).toBe(reference);
    // One name: the answer is the same pair, and says whom it chose.
    expect(await caption("/compare deepseek")).toBe(
      reference.replace(/(\n[^\n]*— see the note\.)/, "$1\nCompared with GPT-4, the pair people ask about. Name another: /compare A B."),
    );
    expect(await caption("/compare r1")).toMatch(/DeepSeek V3 \+ R1 vs GPT-4/);
    expect(await caption("/compare deepseek r1")).toMatch(/DeepSeek V3 vs DeepSeek V3 \+ R1/);
    expect(await caption("/compare llama 3.1 405b gpt-4")).toMatch(/Llama 3\.1 405B vs GPT-4/);
    bot.close();
  });

  it("without arguments explains and offers popular pairs; unknown names list the known ones", async () => {
    const bot = new TestBot();
    const usage = await bot.send("/compare");
    expect(texts(usage)[0]).toMatch(/Сравню любые две модели/);
    const pairs = buttons(usage[0]);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const pressed = await bot.press(pairs[0]!.data);
    expect(pressed[0]?.method).toBe("answerCallbackQuery");
    expect(photoOf(pressed)).toBeDefined();

    expect(texts(await bot.send("/compare foo bar"))[0]).toBe(
      "Не знаю таких моделей. Назовите две модели из моих данных, например /compare deepseek gpt4 или /compare grok 3 gpt-4.5; самые дорогие — в /top cost.",
    );
    expect(texts(await bot.send("/compare h100 gpt4"))[0]).toMatch(/^«NVIDIA H100» — не модель с цифрами в моих данных/);
    expect(texts(await bot.send("/compare gpt4 chatgpt"))[0]).toMatch(/одна и та же модель/);
    expect(await bot.press("c:gpt-4:nope")).toEqual([
      expect.objectContaining({ method: "answerCallbackQuery", payload: expect.objectContaining({ text: "Эта кнопка устарела." }) }),
    ]);
    bot.close();
  });

  it("free-text comparisons reach the same answer", async () => {
    const bot = new TestBot();
    const viaCommand = String(photoOf(await bot.send("/compare deepseek gpt4"))?.payload.caption);
    expect(String(photoOf(await bot.send("во сколько раз DeepSeek дешевле GPT-4?"))?.payload.caption)).toBe(viaCommand);
    expect(String(photoOf(await bot.send("gpt4 vs r1", RU_USER))?.payload.caption)).toMatch(/DeepSeek V3 \+ R1 дешевле GPT-4/);
    bot.close();
  });

  it("if the chart cannot be drawn or sent, the text answer still goes out", async () => {
    const failingRenderer = new TestBot();
    failingRenderer.app.deps.renderChart = () => Promise.reject(new Error("no fonts"));
    const calls = await failingRenderer.send("/compare deepseek gpt4");
    expect(photoOf(calls)).toBeUndefined();
    expect(texts(calls).join("\n")).toMatch(/DeepSeek V3 дешевле GPT-4[\s\S]*Источники/);
    failingRenderer.close();

    const failingSend = new TestBot(":memory:", [
      (prev, method, payload, signal) =>
        method === "sendPhoto" ? Promise.reject(new Error("413 Request Entity Too Large")) : prev(method, payload, signal),
    ]);
    const sent = await failingSend.send("/compare deepseek gpt4");
    expect(texts(sent).join("\n")).toMatch(/DeepSeek V3 дешевле GPT-4[\s\S]*Источники/);
    failingSend.close();
  });
});

describe("caption", () => {
  it("splits an answer into a caption within 1024 characters and the rest", () => {
    const blocks = ["a".repeat(600), "b".repeat(300), "c".repeat(300)];
    const { caption, remaining } = splitCaption(blocks, CAPTION_LIMIT);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(remaining).toEqual([blocks[2]]);
  });
});
