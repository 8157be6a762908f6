import { describe, expect, it } from "vitest";
import { barChartSvg, renderBarChartPng } from "../src/chart/bar-chart.js";
import { CAPTION_LIMIT, splitCaption } from "../src/bot/features/compare.js";
import { compare, comparableSubjects } from "../src/knowledge/compare.js";
import { loadKnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { SubjectNames } from "../src/knowledge/subject-names.js";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "./helpers/harness.js";

const kb = loadKnowledgeBase();
const names = new SubjectNames(kb);

const photoOf = (calls: ApiCall[]) => calls.find((c) => c.method === "sendPhoto");
/** The bytes grammY was given to upload (InputFile keeps them in a private field). */
const pngBytes = (call: ApiCall | undefined): Buffer => (call?.payload.photo as { fileData: Buffer }).fileData;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("model names", () => {
  it.each([
    ["deepseek", "deepseek-v3"],
    ["deepseek-v3", "deepseek-v3"],
    ["v3", "deepseek-v3"],
    ["дипсик", "deepseek-v3"],
    ["r1", "deepseek-r1"],
    ["deepseek-r1", "deepseek-r1"],
    ["gpt4", "gpt-4"],
    ["gpt-4", "gpt-4"],
    ["гпт4", "gpt-4"],
    ["chatgpt", "gpt-4"],
    ["gemini-ultra", "gemini-ultra"],
    ["llama-3.1-405b", "llama-3.1-405b"],
    ["gpt-3", "gpt-3"],
    ["claude-3.5-sonnet", "claude-3.5-sonnet"],
  ])("%s → %s", (name, id) => {
    expect(names.subjects(name)).toEqual([id]);
  });

  it("every model with a cost figure can be compared", () => {
    expect(comparableSubjects(kb)).toEqual(
      expect.arrayContaining([
        "deepseek-v3",
        "deepseek-r1",
        "gpt-4",
        "gemini-ultra",
        "llama-3.1-405b",
        "gpt-3",
        "claude-3.5-sonnet",
        "palm-540b",
        "llama-2-70b",
      ]),
    );
  });
});

describe("comparison model", () => {
  it("puts DeepSeek V3 against every GPT-4 estimate, as a range", () => {
    const c = compare(kb, "deepseek-v3", "gpt-4");
    expect(c.ratio?.cheaper).toBe("deepseek-v3");
    // Epoch AI's own pair (both in 2023 dollars) is among the estimates now: $37.3M / $5.39M... and $37.3M / $5.576M.
    expect(c.ratio?.low).toBeCloseTo(37_334_304.976625234 / 5.576e6, 5);
    expect(c.ratio?.high).toBeCloseTo(100e6 / 5.39e6, 5);
    expect(c.a.gpus?.value).toBe(2048);
    expect(c.b.gpus?.value).toBe(25_000);
    expect(c.b.gpuModel?.value).toBe("A100");
  });

  it("order does not change the figures", () => {
    const ab = compare(kb, "deepseek-v3", "gpt-4");
    const ba = compare(kb, "gpt-4", "deepseek-v3");
    expect(ba.ratio).toEqual(ab.ratio);
  });
});

describe("/compare", () => {
  it("sends a chart with the answer as caption, the rest as a follow-up with sources", async () => {
    const bot = new TestBot();
    const calls = await bot.send("/compare deepseek gpt4");
    const photo = photoOf(calls);
    expect(photo).toBeDefined();
    const caption = String(photo!.payload.caption);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    assertTelegramHtml(caption);
    expect(caption).toMatch(/DeepSeek V3 дешевле GPT-4 примерно в 6,7–19 раз — /);
    expect(pngSize(pngBytes(photo))).toEqual({ width: 1000, height: 560 });

    const rest = texts(calls).join("\n");
    expect(rest).toMatch(/Насколько это сравнимо/);
    expect(rest).toMatch(/Источники/);
    const all = `${caption}\n${rest}`;
    for (const row of ["Стоимость обучения", "GPU", "GPU-часы", "Параметры", "Токены"]) expect(all).toContain(row);
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
    expect(await caption("/compare GPT-4 DeepSeek-V3")).toMatch(/DeepSeek V3 is ≈6\.7–19× cheaper than GPT-4/);
    expect(await caption("/compare дипсик гпт4")).toBe(reference);
    expect(await caption("/compare deepseek")).toBe(reference);
    expect(await caption("/compare r1")).toMatch(/DeepSeek R1 vs GPT-4/);
    expect(await caption("/compare deepseek r1")).toMatch(/DeepSeek V3 vs DeepSeek R1/);
    expect(await caption("/compare llama 3.1 405b gpt-4")).toMatch(/Llama 3\.1 405B vs GPT-4/);
    bot.close();
  });

  it("without arguments explains and offers popular pairs; unknown names list the known ones", async () => {
    const bot = new TestBot();
    const usage = await bot.send("/compare");
    expect(texts(usage)[0]).toMatch(/Сравню две модели/);
    const pairs = buttons(usage[0]);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const pressed = await bot.press(pairs[0]!.data);
    expect(pressed[0]?.method).toBe("answerCallbackQuery");
    expect(photoOf(pressed)).toBeDefined();

    expect(texts(await bot.send("/compare grok mistral"))[0]).toMatch(
      /Не знаю таких моделей\. Могу сравнить: deepseek-v3, deepseek-r1, gpt-4/,
    );
    expect(texts(await bot.send("/compare h100 gpt4"))[0]).toMatch(/Для «NVIDIA H100» нет цифры стоимости/);
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
    expect(String(photoOf(await bot.send("gpt4 vs r1", RU_USER))?.payload.caption)).toMatch(/DeepSeek R1 дешевле GPT-4/);
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

describe("chart", () => {
  it("renders a valid PNG of the expected size with Cyrillic labels and values on the bars", () => {
    const options = {
      title: "Стоимость обучения: DeepSeek V3 и GPT-4",
      bars: [
        { label: "DeepSeek V3 · DeepSeek", value: 5.576e6, valueLabel: "$5,576 млн", highlight: true },
        { label: "GPT-4 · Altman (Wired)", value: 100e6, valueLabel: "> $100 млн" },
      ],
    };
    const svg = barChartSvg(options);
    expect(svg).toContain("Стоимость обучения");
    expect(svg).toContain("$5,576 млн");
    expect(svg).toContain("&gt; $100 млн");
    expect(pngSize(renderBarChartPng(options))).toEqual({ width: 1000, height: 560 });
  });

  it("splits an answer into a caption within 1024 characters and the rest", () => {
    const blocks = ["a".repeat(600), "b".repeat(300), "c".repeat(300)];
    const { caption, remaining } = splitCaption(blocks, CAPTION_LIMIT);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(remaining).toEqual([blocks[2]]);
  });
});
