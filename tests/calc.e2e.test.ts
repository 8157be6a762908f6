import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Chat, User } from "grammy/types";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "./helpers/harness.js";

const dir = mkdtempSync(join(tmpdir(), "ai-costs-calc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

const only = (calls: ApiCall[]): string => {
  const all = texts(calls);
  expect(all).toHaveLength(1);
  assertTelegramHtml(all[0]!);
  expect(all[0]).not.toMatch(/NaN|Infinity|undefined|\de[+-]?\d/);
  return all[0]!;
};

describe("calculator in a private chat", () => {
  it("shows how it understood and computed the question, next to DeepSeek's figure, with sources", async () => {
    const bot = new TestBot();
    const text = only(await bot.send("2048 GPU на 57 дней по $2/ч"));
    expect(text).toContain("2 048 GPU × 57 дней × 24 ч × $2/GPU·ч = <b>$5,6 млн</b>");
    expect(text).toMatch(/Для сравнения: DeepSeek V3 — \$5,576 млн/);
    expect(text).toMatch(/\[1\] DeepSeek-AI/);
    bot.close();
  });

  it("fills a missing price and duration from DeepSeek's report and says so; a month is 30 days", async () => {
    const bot = new TestBot();
    const noPrice = only(await bot.send("what would 4096 GPUs for two months cost?", EN_USER));
    expect(noPrice).toContain("4,096 GPUs × 2 months (60 days) × 24 h × $2/GPU·h = <b>$11.8M</b>");
    expect(noPrice).toMatch(/No price given — using DeepSeek's assumption of \$2 per GPU-hour/);
    expect(noPrice).toMatch(/A month is 30 days/);
    const noDuration = only(await bot.send("how much would 4096 GPUs cost?", EN_USER));
    expect(noDuration).toMatch(/No duration given — using the length of DeepSeek V3's run/);
    bot.close();
  });

  it("answers follow-ups that change one part: GPUs, price, duration, currency, then a topic", async () => {
    const bot = new TestBot();
    await bot.send("2048 GPU на 57 дней по $2/ч");
    expect(only(await bot.send("а если 4096 GPU?"))).toContain("4 096 GPU × 57 дней × 24 ч × $2/GPU·ч = <b>$11,2 млн</b>");
    expect(only(await bot.send("а по $3?"))).toContain("4 096 GPU × 57 дней × 24 ч × $3/GPU·ч = <b>$16,8 млн</b>");
    // The question's language is the answer's: an English follow-up gets an English answer.
    expect(only(await bot.send("and for 30 days?"))).toContain("4,096 GPUs × 30 days × 24 h × $3/GPU·h = <b>$8.85M</b>");
    const rub = only(await bot.send("а в рублях?"));
    expect(rub).toMatch(/≈ <b>717 млн ₽<\/b> по курсу 81,01 ₽\/\$ на 3 окт\. 2025 г\. \[\d\]/);
    expect(rub).toMatch(/Ведомости/);
    expect(only(await bot.send("what about R1?"))).toMatch(/DeepSeek R1[\s\S]*\$294K/);
    // A short question that names its own figure is answered as such, not as a follow-up.
    expect(only(await bot.send("параметры дипсика"))).toMatch(/671 млрд параметров/);
    // Epoch AI estimates GPT-4's parameters; the follow-up gets that figure, said to be Epoch's.
    expect(only(await bot.send("а у GPT-4?"))).toMatch(/<b>GPT-4<\/b>\n[^\n]*параметр[\s\S]*Epoch AI/);
    bot.close();
  });

  it("converts to euros through the same day's rates, and an operator rate replaces the stored one with its date", async () => {
    const bot = new TestBot();
    const eur = only(await bot.send("4096 GPU 30 дней по $2/ч в евро"));
    // $5.9M × 81.01/95.34 ≈ €5.01M
    expect(eur).toMatch(/≈ <b>5,01 млн €<\/b> по курсу 0,85 €\/\$ на 3 окт\. 2025 г\. \[\d\]\./);
    bot.close();

    const configured = new TestBot(":memory:", [], { usdRub: 100, date: "2026-11-27" });
    const rub = only(await configured.send("4096 GPU 30 дней по $2/ч в рублях"));
    expect(rub).toMatch(/≈ <b>590 млн ₽<\/b> по курсу 100 ₽\/\$ на 27 нояб\. 2026 г\. \(курс задан настройкой бота\)/);
    configured.close();
  });

  it("a follow-up with no context asks for what is missing", async () => {
    const bot = new TestBot();
    expect(only(await bot.send("а на 30 дней?"))).toMatch(/Для расчёта не хватает: число GPU/);
    expect(only(await bot.send("а в рублях?"))).toMatch(/не хватает/);
    bot.close();
  });

  it("keeps the context across a restart of the bot on the same database file", async () => {
    const path = join(dir, "restart.db");
    const first = new TestBot(path);
    await first.send("2048 GPU на 57 дней по $2/ч");
    first.close();
    const second = new TestBot(path);
    expect(only(await second.send("а если 4096 GPU?"))).toContain("4 096 GPU × 57 дней");
    second.close();
  });

  it("forgets the context after a day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-01T10:00:00Z"));
    const bot = new TestBot();
    await bot.send("2048 GPU на 57 дней по $2/ч");
    vi.setSystemTime(new Date("2026-11-02T09:00:00Z"));
    expect(only(await bot.send("а по $3?"))).toContain("2 048 GPU × 57 дней × 24 ч × $3/GPU·ч");
    vi.setSystemTime(new Date("2026-11-03T09:30:00Z"));
    expect(only(await bot.send("а на 30 дней?"))).toMatch(/не хватает: число GPU/);
    bot.close();
  });

  it("names the offending part of bad input and never prints NaN, Infinity, exponents or negative prices", async () => {
    const bot = new TestBot();
    expect(only(await bot.send("0 GPU на 10 дней"))).toMatch(/число GPU: не может быть нулём/);
    expect(only(await bot.send("-5 GPU на 10 дней"))).toMatch(/число GPU: не может быть отрицательным/);
    expect(only(await bot.send("2048 GPU по $-2/ч на 10 дней"))).toMatch(/цена за GPU-час: не может быть отрицательным/);
    expect(only(await bot.send("20000000 GPU на 10 дней"))).toMatch(/число GPU: больше 10 млн/);
    expect(only(await bot.send("2048 GPU на 200 лет"))).toMatch(/срок: больше 100 лет/);
    expect(only(await bot.send("abc GPU на 10 дней"))).toMatch(/число GPU: не похоже на число/);
    expect(only(await bot.send("2048 GPU или 4096 GPU на 10 дней"))).toMatch(/число GPU: указано дважды/);
    expect(only(await bot.send("1e309 GPU на 10 дней"))).toMatch(/число GPU/);
    bot.close();
  });

  it("/calc without arguments explains the form; /calc computes", async () => {
    const bot = new TestBot();
    expect(only(await bot.send("/calc"))).toMatch(/Калькулятор стоимости обучения/);
    expect(only(await bot.send("/calc 2.788M GPU-hours at $2"))).toContain("= <b>$5,58 млн</b>");
    expect(only(await bot.send("/calc 37B параметров 14,8T токенов 2048 H800 40%"))).toMatch(/6 × параметры × токены ≈ 3,29·10²⁴ FLOP/);
    bot.close();
  });
});

describe("calculator buttons", () => {
  it("offers next steps with short ASCII callback data; every press is answered", async () => {
    const bot = new TestBot();
    const calls = await bot.send("2048 GPU на 57 дней по $2/ч");
    const keys = buttons(calls[0]);
    expect(keys.map((k) => k.text)).toEqual(["×2 GPU", "по $1/ч", "по $3/ч", "В рублях", "Источники"]);
    for (const k of keys) {
      expect(Buffer.byteLength(k.data)).toBeLessThanOrEqual(64);
      expect(k.data).toMatch(/^[\x20-\x7e]+$/);
    }

    const doubled = await bot.press(keys[0]!.data);
    expect(doubled[0]).toMatchObject({ method: "answerCallbackQuery" });
    expect(texts(doubled)[0]).toContain("4 096 GPU × 57 дней");

    // The old message's buttons are now out of date.
    const stale = await bot.press(keys[2]!.data);
    expect(stale).toEqual([
      expect.objectContaining({ method: "answerCallbackQuery", payload: expect.objectContaining({ text: "Эта кнопка устарела." }) }),
    ]);

    const fresh = buttons(doubled.find((c) => c.method === "sendMessage"));
    const rub = await bot.press(fresh.find((k) => k.text === "В рублях")!.data);
    expect(texts(rub)[0]).toMatch(/₽/);
    const sources = await bot.press(fresh.find((k) => k.text === "Источники")!.data);
    expect(texts(sources)[0]).toMatch(/Источники последнего ответа/);
    bot.close();
  });

  it("a forged calculation button gets a polite refusal", async () => {
    const bot = new TestBot();
    for (const data of ["k:999:g2", "k:1:rm -rf", "k:abc:g2"]) {
      expect(await bot.press(data)).toEqual([
        expect.objectContaining({
          method: "answerCallbackQuery",
          payload: { callback_query_id: expect.any(String), text: "Эта кнопка устарела." },
        }),
      ]);
    }
    bot.close();
  });
});

describe("context in groups is per user", () => {
  it("two users in one group keep separate calculations", async () => {
    const bot = new TestBot();
    const group: Chat = { id: -100500, type: "supergroup", title: "AI chat" };
    const other: User = { ...RU_USER, id: 777, first_name: "Пётр" };
    await bot.send("@ai_costs_bot 2048 GPU на 57 дней по $2/ч", RU_USER, group);
    await bot.send("@ai_costs_bot 100 GPU на 10 дней по $1/ч", other, group);
    expect(only(await bot.send("@ai_costs_bot а если 4096 GPU?", RU_USER, group))).toContain("4 096 GPU × 57 дней × 24 ч × $2/GPU·ч");
    expect(only(await bot.send("@ai_costs_bot а если 200 GPU?", other, group))).toContain("200 GPU × 10 дней × 24 ч × $1/GPU·ч");
    bot.close();
  });
});
