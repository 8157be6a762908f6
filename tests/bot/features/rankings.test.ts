import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandMenu } from "../../../src/bot/create-bot.js";
import { parseTopRequest } from "../../../src/bot/features/rankings.js";
import { formatNumber, formatUsd } from "../../../src/bot/locales/format.js";
import { loadKnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { rankModels, trend } from "../../../src/knowledge/rankings.js";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "../../helpers/harness.js";

const kb = loadKnowledgeBase();
let bot: TestBot;
beforeAll(() => {
  bot = new TestBot();
});
afterAll(() => bot.close());

const photos = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendPhoto");
const pngOf = (call: ApiCall | undefined): Buffer => (call?.payload.photo as { fileData: Buffer }).fileData;
/** The lines of a list: "1. <b>Grok 4</b> · xAI · …". */
const listLines = (text: string) => text.split("\n").filter((line) => /^\d+\. /.test(line));

describe("/top", () => {
  it.each([
    ["ru", RU_USER, "Самые дорогие обучения", "Данные: Epoch AI"],
    ["en", EN_USER, "The most expensive models to train", "Data: Epoch AI"],
  ] as const)(
    "/top cost 5 (%s): the list from the data, then the chart, then the credit and sources",
    async (lang, user, title, credit) => {
      const calls = await bot.send("/top cost 5", user);
      expect(calls.map((c) => c.method)).toEqual(["sendMessage", "sendPhoto", "sendMessage"]);
      const [list, tail] = texts(calls) as [string, string];
      for (const text of [list, tail]) assertTelegramHtml(text);
      expect(list).toContain(title);

      const expected = rankModels(kb, { measure: "training_cost", limit: 5 }).items;
      const lines = listLines(list);
      expect(lines).toHaveLength(5);
      expected.forEach((item, i) => {
        expect(lines[i]).toContain(`${i + 1}. <b>${item.subject.name[lang]}</b> · ${item.organization} · `);
        expect(lines[i]).toContain(formatUsd(item.value, lang, 4));
      });
      // The chart is a PNG.
      expect(pngOf(photos(calls)[0]).subarray(1, 4).toString("ascii")).toBe("PNG");
      // The credit and the dataset source; the rows' own papers are left to /sources.
      expect(tail).toContain(credit);
      expect(tail).toContain("Notable AI Models");
      expect(tail).toContain("/sources");
      expect(tail).not.toContain("x.ai/blog");
      const sources = texts(await bot.send("/sources", user))[0] ?? "";
      expect(sources).toContain("https://epoch.ai/data/notable-ai-models");
      expect(sources).toContain("https://x.ai/blog/grok-3");
    },
  );

  it("/top h100: models trained on H100s, by compute", async () => {
    const calls = await bot.send("/top h100", EN_USER);
    const list = texts(calls)[0] ?? "";
    expect(list).toContain("trained on H100");
    const expected = rankModels(kb, { measure: "training_compute", hardware: "H100" }).items;
    const lines = listLines(list);
    expect(lines).toHaveLength(expected.length);
    expect(lines[0]).toContain(expected[0]!.subject.name.en);
    expect(photos(calls)).toHaveLength(1);
  });

  it("/top trend: our fit with Epoch AI's own figure beside it, said to differ", async () => {
    const calls = await bot.send("/top trend", EN_USER);
    const text = texts(calls)[0] ?? "";
    const fitted = trend(kb, "training_cost")!;
    expect(text).toContain(`×${formatNumber(fitted.factorPerYear, "en", 1)} a year`);
    expect(text).toContain(`${fitted.points.length} models`);
    expect(text).toMatch(/Epoch AI's own published figure is ×2\.4 a year \[2\]: a different fit/);
    expect(photos(calls)).toHaveLength(1);
    const ru = texts(await bot.send("/top тренд", RU_USER))[0] ?? "";
    expect(ru).toContain(`×${formatNumber(fitted.factorPerYear, "ru", 1)} в год`);
  });

  it("reads its arguments: measure, count, chip, organisation, year", () => {
    expect(parseTopRequest(kb, "")).toEqual({ kind: "top", measure: "training_cost", limit: 10 });
    expect(parseTopRequest(kb, "cost 5")).toEqual({ kind: "top", measure: "training_cost", limit: 5 });
    expect(parseTopRequest(kb, "compute")).toMatchObject({ measure: "training_compute", limit: 10 });
    expect(parseTopRequest(kb, "вычисления 3")).toMatchObject({ measure: "training_compute", limit: 3 });
    expect(parseTopRequest(kb, "h100")).toMatchObject({ measure: "training_compute", hardware: "H100" });
    expect(parseTopRequest(kb, "gpus 5")).toMatchObject({ measure: "gpu_count", limit: 5 });
    expect(parseTopRequest(kb, "google")).toMatchObject({ measure: "training_cost", organization: "Google" });
    expect(parseTopRequest(kb, "cost 2024")).toMatchObject({ measure: "training_cost", since: "2024", limit: 10 });
    expect(parseTopRequest(kb, "trend compute")).toEqual({ kind: "trend", measure: "training_compute" });
    expect(parseTopRequest(kb, "what is this")).toBeUndefined();
  });

  it("an argument it cannot read gets the usage; nothing matching says so", async () => {
    expect(texts(await bot.send("/top what is this", EN_USER))[0]).toMatch(/^Rankings from Epoch AI's table: \/top cost 5/);
    expect(texts(await bot.send("/top cost tpu v7 2099", EN_USER))[0]).toBe("No model in my data matches that.");
  });

  it("buttons under the answer switch rankings; callback data stays within 64 bytes", async () => {
    const calls = await bot.send("/top cost 3", EN_USER);
    const keys = buttons(calls.at(-1));
    expect(keys.map((k) => k.data)).toEqual(["r:compute:10", "r:trend:cost", "s:"]);
    for (const key of keys) expect(Buffer.byteLength(key.data)).toBeLessThanOrEqual(64);
    const pressed = await bot.press("r:compute:10", EN_USER);
    expect(pressed[0]?.method).toBe("answerCallbackQuery");
    expect(texts(pressed)[0]).toContain("The most compute-hungry models");
    expect((await bot.press("r:nope:10", EN_USER))[0]).toMatchObject({ payload: { text: "This button is out of date." } });
  });

  it("if the chart cannot be drawn, the list and sources still go out", async () => {
    const failing = new TestBot();
    failing.app.deps.renderScatter = () => Promise.reject(new Error("no fonts"));
    const calls = await failing.send("/top cost 3", EN_USER);
    expect(photos(calls)).toHaveLength(0);
    expect(texts(calls).join("\n")).toMatch(/The most expensive models to train[\s\S]*Sources/);
    failing.close();
  });

  it("is in the command menus and /help, in both languages", async () => {
    for (const lang of ["ru", "en"] as const) {
      expect(commandMenu(lang, "private").map((c) => c.command)).toContain("top");
      expect(commandMenu(lang, "group").map((c) => c.command)).toContain("top");
    }
    expect(texts(await bot.send("/help", RU_USER))[0]).toContain("/top cost 5");
    expect(texts(await bot.send("/help", EN_USER))[0]).toContain("/top cost 5");
  });
});

describe("/facts for Epoch AI's table", () => {
  it("opens an entry point (top by cost, by compute, the trend) instead of thousands of fact buttons", async () => {
    const topics = buttons((await bot.send("/facts", EN_USER))[0]);
    // The market topics are there too.
    expect(topics.map((t) => t.data)).toEqual(expect.arrayContaining(["t:market-api-prices", "t:market-chips", "t:epoch-models"]));
    const opened = await bot.press("t:epoch-models", EN_USER);
    const edit = opened.find((c) => c.method === "editMessageText")!;
    expect(String(edit.payload.text)).toMatch(/models with Epoch AI's figures — too many to list/);
    expect(buttons(edit).map((b) => b.data)).toEqual(["r:cost:10", "r:compute:10", "r:trend:cost", "t:"]);
    const trendCalls = await bot.press("r:trend:cost", EN_USER);
    expect(texts(trendCalls)[0]).toContain("How fast training cost grows");
  });
});
