import { afterAll, describe, expect, it } from "vitest";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "../../helpers/harness.js";

// The calculator leads with what was asked: GPU-hours, days, FLOP or a purchase, the cost second.

const bots: TestBot[] = [];
afterAll(() => bots.forEach((b) => b.close()));
const newBot = () => {
  const bot = new TestBot();
  bots.push(bot);
  return bot;
};

const only = (calls: ApiCall[]): string => {
  const all = texts(calls);
  expect(all).toHaveLength(1);
  assertTelegramHtml(all[0]!);
  expect(all[0]).not.toMatch(/NaN|undefined|Infinity/);
  return all[0]!;
};
/** The working's first line, after the title. */
const lead = (text: string) => text.split("\n")[1] ?? "";

describe("calculator: the quantity asked comes first", () => {
  it("GPU-hours of a run lead; the cost at the assumed price comes second and says so", async () => {
    const bot = newBot();
    const ru = only(await bot.send("сколько гпу-часов это 2048 H800 за 2 месяца?", RU_USER));
    expect(lead(ru)).toBe("2 048 GPU H800 × 2 месяца (60 дней) × 24 ч = <b>2,95 млн GPU-часов</b>");
    expect(ru.split("\n")[2]).toBe("Стоимость: 2,95 млн GPU-часов × $2/GPU·ч = $5,9 млн");
    expect(ru).toMatch(/Цена не указана/);
    const en = only(await bot.send("how many GPU-hours is 2048 H800s for 2 months?", EN_USER));
    expect(lead(en)).toBe("2,048 H800 GPUs × 2 months (60 days) × 24 h = <b>2.95M GPU-hours</b>");
    expect(en).toMatch(/Cost: 2\.95M GPU-hours × \$2\/GPU·h = \$5\.9M/);
    // "×2 GPU" keeps the question; a price button asks for the cost.
    const sent = (calls: ApiCall[]) => calls.find((c) => c.method === "sendMessage");
    const keyboard = buttons(sent(await bot.send("how many GPU-hours is 2048 H800s for 2 months?", EN_USER)));
    const double = keyboard.find((b) => b.data.endsWith(":g2"))!;
    const doubled = texts(await bot.press(double.data, EN_USER))[0]!;
    expect(lead(doubled)).toBe("4,096 H800 GPUs × 2 months (60 days) × 24 h = <b>5.9M GPU-hours</b>");
    const again = buttons(sent(await bot.send("how many GPU-hours is 2048 H800s for 2 months?", EN_USER)));
    const priced = texts(await bot.press(again.find((b) => b.data.endsWith(":p3"))!.data, EN_USER))[0]!;
    expect(lead(priced)).toBe("2,048 H800 GPUs × 2 months (60 days) × 24 h × $3/GPU·h = <b>$8.85M</b>");
  });

  it("hours of a named chip are GPU-hours, not that many chips: '3 млн h100-часов по 1,5 бакса'", async () => {
    const text = only(await newBot().send("3 млн h100-часов по 1,5 бакса это сколько денег", RU_USER));
    expect(lead(text)).toBe("3 млн GPU-часов × $1,5/GPU·ч = <b>$4,5 млн</b>");
  });

  it("a plain cost question still leads with the cost", async () => {
    const text = only(await newBot().send("what would 4096 GPUs for two months cost?", EN_USER));
    expect(lead(text)).toContain("= <b>$11.8M</b>");
  });

  it("FLOPs to train: 6·N·D, labelled as our approximation, with no cost and no buttons", async () => {
    const bot = newBot();
    const calls = await bot.send("how many FLOPs to train a 70B model on 15T tokens?", EN_USER);
    const en = only(calls);
    expect(lead(en)).toBe("6 × 70B parameters × 15T tokens ≈ <b>6.3·10²⁴</b> FLOP");
    expect(en).toMatch(/6·N·D approximation/);
    expect(en).toMatch(/Our calculation/);
    expect(en).not.toMatch(/\$/);
    expect(buttons(calls.find((c) => c.method === "sendMessage"))).toEqual([]);
    const ru = only(await bot.send("сколько флопс нужно на модель 70B параметров и 15T токенов?", RU_USER));
    expect(lead(ru)).toBe("6 × 70 млрд параметров × 15 трлн токенов ≈ <b>6,3·10²⁴</b> FLOP");
    expect(ru).toMatch(/приближению 6·N·D/);
  });

  it("days from GPU-hours on a number of GPUs", async () => {
    const bot = newBot();
    const ru = only(await bot.send("сколько дней займёт 2.788M GPU-hours на 2048 GPU?", RU_USER));
    expect(lead(ru)).toBe("2,79 млн GPU-часов ÷ 2 048 GPU ÷ 24 ч = <b>56,7 дня</b>");
    expect(ru).toMatch(/Стоимость: 2,79 млн GPU-часов × \$2\/GPU·ч = \$5,58 млн/);
    expect(ru).toMatch(/24 часа в сутки/);
    const en = only(await bot.send("how many days would 2.788M GPU-hours take on 2048 GPUs?", EN_USER));
    expect(lead(en)).toBe("2.79M GPU-hours ÷ 2,048 GPUs ÷ 24 h = <b>56.7 days</b>");
  });

  it("GPUs from GPU-hours and a duration", async () => {
    const en = only(await newBot().send("how many GPUs for 2.788M GPU-hours in 30 days?", EN_USER));
    expect(lead(en)).toBe("2.79M GPU-hours ÷ (30 days × 24 h) = <b>3,873 GPUs</b>");
  });

  it("a price per unit bought is capex: count × unit price, with no hourly price assumed", async () => {
    const bot = newBot();
    const ru = only(await bot.send("2048 H800 по $30,000 за штуку", RU_USER));
    expect(lead(ru)).toBe("2 048 × H800 × $30 тыс. = <b>$61,4 млн</b>");
    expect(ru).not.toMatch(/GPU-час|Цена не указана/);
    const en = only(await bot.send("2048 H800 at $30k each", EN_USER));
    expect(lead(en)).toBe("2,048 × H800 × $30K = <b>$61.4M</b>");
    expect(en).not.toMatch(/GPU-hour|No price given/);
  });

  it("a model named in passing is no preset and its size no figure; 'like X' still takes its figures", async () => {
    const bot = newBot();
    const passing = only(await bot.send("how many GPU-hours is 2048 H100 for 2 months, about what Llama 3.1 405B had?", EN_USER));
    expect(lead(passing)).toBe("2,048 H100 GPUs × 2 months (60 days) × 24 h = <b>2.95M GPU-hours</b>");
    expect(passing).not.toMatch(/Meta|405B GPU-hours|405,000,000,000/);
    // Before, "405B GPU-hours" was read as 405 billion GPU-hours; now it is the model's own figure that is told.
    const named = only(await bot.send("Llama 3.1 405B GPU-hours at $2/h", EN_USER));
    expect(named).not.toMatch(/<b>Calculation<\/b>/);
    expect(named).toMatch(/30\.84M H100-80GB GPU-hours/);
    const like = only(await bot.send("like Llama 3.1 405B but at $1.5/h", EN_USER));
    expect(like).toMatch(/Llama 3\.1 405B/);
    expect(like).toMatch(/\$1\.5\/GPU·h/);
  });

  it("follow-ups: 'а по 3.5?' re-prices the calculation; 'how much is that at $2/h' turns GPU-hours into a cost", async () => {
    const bot = newBot();
    await bot.send("2048 GPU на 57 дней по $2/ч", RU_USER);
    expect(lead(only(await bot.send("а по 3.5?", RU_USER)))).toBe("2 048 GPU × 57 дней × 24 ч × $3,5/GPU·ч = <b>$9,81 млн</b>");
    const hours = newBot();
    await hours.send("how many GPU-hours is 2048 H800s for 2 months?", EN_USER);
    const cost = only(await hours.send("how much is that at $2/h", EN_USER));
    expect(lead(cost)).toBe("2,048 H800 GPUs × 2 months (60 days) × 24 h × $2/GPU·h = <b>$5.9M</b>");
    expect(cost).not.toMatch(/No price given/);
  });

  it("after a model's GPU-hours were told, 'how much is that at $2/h' prices those GPU-hours, saying whose they are", async () => {
    const bot = newBot();
    expect(only(await bot.send("llama 3.1 405b gpu hours", EN_USER))).toMatch(/30\.84M H100-80GB GPU-hours/);
    const en = only(await bot.send("how much is that at $2 an hour", EN_USER));
    expect(lead(en)).toBe("30.8M GPU-hours (Meta's figures for Llama 3.1 405B) × $2/GPU·h = <b>$61.7M</b>");
    expect(en).toMatch(/the price is yours/);
    const ru = newBot();
    await ru.send("сколько гпу-часов у Llama 3.1 405B?", RU_USER);
    expect(lead(only(await ru.send("а сколько это по $2/ч?", RU_USER)))).toBe(
      "30,8 млн GPU-часов (цифры Meta для Llama 3.1 405B) × $2/GPU·ч = <b>$61,7 млн</b>",
    );
  });
});
