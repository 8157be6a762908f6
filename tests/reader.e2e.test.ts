import type { User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { messageUpdate, textMessage } from "../src/bot/local-updates.js";
import { stored } from "./helpers/db.js";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "./helpers/harness.js";

// The reader end to end (issue 12): each kind of answer through bot.handleUpdate, in both languages.

let bot: TestBot;
beforeEach(() => {
  bot = new TestBot();
});
afterEach(() => bot.close());

/** The one text message a question got, checked to be clean Telegram HTML. */
async function ask(text: string, from: User = RU_USER): Promise<{ text: string; calls: ApiCall[] }> {
  const calls = await bot.send(text, from);
  const sent = texts(calls);
  expect(sent.length, text).toBeGreaterThan(0);
  for (const t of sent) {
    assertTelegramHtml(t);
    expect(t).not.toMatch(/NaN|undefined|\[object /);
  }
  return { text: sent.join("\n\n"), calls };
}

const lastRecord = (user: User = RU_USER) => stored(bot.app.database.db).answersForChat(user.id).at(-1)!;

describe("a figure: the subject and measure read, shown above the answer", () => {
  it("ru: an Epoch AI model by its Cyrillic name, with Epoch's estimate, confidence and attribution", async () => {
    const { text } = await ask("сколько стоило обучить грок 3?");
    expect(text).toMatch(/^<i>Понял так: Grok 3 · стоимость обучения<\/i>\n<b>Grok 3<\/b>\n/);
    expect(text).toMatch(/Epoch AI оценивает стоимость вычислений финального прогона обучения Grok 3 в \$218 млн/);
    expect(text).toMatch(/«вероятная»/);
    expect(text).toMatch(/Epoch AI, <a href="https:\/\/epoch\.ai\/data\/notable-ai-models">Notable AI Models<\/a> · 26 янв\. 2026 г\./);
    expect(lastRecord()).toMatchObject({ outcome: "answer", reading: { subjects: ["grok-3"], measure: "training_cost" } });
    // The post Epoch AI cites is listed, but the estimate is Epoch's, not xAI's or anyone else's.
    expect(text).toMatch(/Notable AI Models<\/a>[^\n]*оценка исследователей/);
    expect(text).toMatch(/Grok 3 Beta[^\n]*17 февр\. 2025 г\.(?:\n|$)/);
  });

  it("a figure asked is the only figure told: Grok 3's parameters, not its costs", async () => {
    const { text } = await ask("сколько параметров у грока 3");
    expect(text).toMatch(/Понял так: Grok 3 · число параметров/);
    expect(text).not.toMatch(/\$/);
  });

  it("/sources reads in the language of the answer it lists", async () => {
    await ask("сколько стоило обучить грок 3?", EN_USER);
    const { text } = await ask("/sources", EN_USER);
    expect(text).toMatch(/^<b>Источники последнего ответа|^<b>Источники/);
  });

  it("en: a curated figure first and Epoch AI's estimate beside it, never one instead of the other", async () => {
    const { text } = await ask("how much did deepseek v3 cost to train", EN_USER);
    expect(text).toMatch(/^<i>Reading it as: DeepSeek V3 · training cost<\/i>/);
    expect(text.indexOf("$5.576M")).toBeGreaterThan(0);
    expect(text.indexOf("$5.39M")).toBeGreaterThan(text.indexOf("$5.576M"));
  });

  it("a market figure: an API price per million tokens, with its date, is not a count of tokens", async () => {
    const { text } = await ask("сколько стоит апи дипсика за миллион токенов");
    expect(text).toMatch(/Понял так: DeepSeek V3 · цена API/);
    expect(text).toMatch(/1 млн/);
    expect(lastRecord().reading).toMatchObject({ measure: "api_price" });
  });

  it("the price of a chip is its price, not a 57-day rental from the calculator", async () => {
    const { text } = await ask("сколько стоит одна H100?");
    expect(text).toMatch(/Понял так: NVIDIA H100 · цена чипа/);
    expect(text).not.toMatch(/× 57/);
  });
});

describe("a claim: checked, and the answer opens with a verdict", () => {
  it("ru: slang figures quoted ('1,6 ярда') are checked against the fact with that figure", async () => {
    const { text } = await ask("правда что сервера дипсика стоили 1,6 ярда?");
    expect(text).toMatch(/<b>≈ Примерно так<\/b>\nВ вопросе: 1,6 ярда/);
    expect(text).toMatch(/SemiAnalysis/);
    expect(lastRecord()).toMatchObject({ outcome: "check", verdict: "roughly_right" });
  });

  it("a statement quoting a model's price per GPU-hour is a claim to check, not a sum to work out", async () => {
    await ask("DeepSeek assumed a $2 per GPU-hour rental price for its V3 costing", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "check", verdict: "confirmed" });
    await ask("what would V3's GPU-hours cost at $3/h", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "calc" });
  });

  it("a figure stated without a question is checked: 'a 5.5B hit' is a sum, 'раз в 10 в год' a yearly rate", async () => {
    await ask("nvidia took a 5.5B hit from the h20 ban", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "check", reading: { measure: "export_controls" } });
    await ask("инференс дешевеет раз в 10 в год");
    expect(lastRecord()).toMatchObject({ outcome: "check", verdict: "roughly_right", reading: { measure: "price_trend" } });
  });

  it("a loss or money burned is the company's loss, not its revenue nor a model's cost", async () => {
    await ask("openai burned 5 billion in 2024", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "check", verdict: "confirmed", factIds: ["openai-loss-2024"] });
    await ask("какой убыток у опенаи за 24й год");
    expect(lastRecord().factIds[0]).toBe("openai-loss-2024");
    // A service burns what running it costs.
    await ask("how much does chatgpt burn per day", EN_USER);
    expect(lastRecord(EN_USER).factIds[0]).toBe("chatgpt-running-cost-2023");
  });

  it("en: a wrong figure is called wrong, with the figure it is weighed against", async () => {
    const { text } = await ask("was deepseek v3 trained for $60 million?", EN_USER);
    expect(text).toMatch(/<b>❌ Wrong<\/b>\nClaimed: \$60 million/);
    expect(text).toMatch(/\$5\.576M/);
  });

  it("a floor is checked as a floor: 'больше 500 млн' against SemiAnalysis' 'well over $500M'", async () => {
    const { text } = await ask("дипсик потратил на гпу больше 500 млн долларов?");
    expect(text).toMatch(/<b>≈ Примерно так<\/b>|<b>✅ Подтверждается<\/b>/);
    expect(lastRecord().reading).toMatchObject({ measure: "hardware_spend" });
  });

  it("'over its history' is a total, not a trend; money put into hardware is hardware spending", async () => {
    await ask("deepseek spent more than $500M on hardware over its history", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "check", verdict: "roughly_right", reading: { measure: "hardware_spend" } });
    await ask("сколько дипсик вложил в железо");
    expect(lastRecord()).toMatchObject({ reading: { measure: "hardware_spend" } });
  });

  it("a figure right in number but of another measure is misleading: the article's '$500M invested' is hardware spend", async () => {
    const { text } = await ask("дипсик вбухал в ии больше полмиллиарда?");
    expect(text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>/);
    expect(lastRecord().factIds[0]).toBe("ds-hardware-spend");
  });

  it("a money claim is not weighed against a count: 'the GPUs alone are worth $1.6B' is all server capex", async () => {
    const { text } = await ask("so deepseek's gpus alone are worth $1.6B?", EN_USER);
    expect(text).toMatch(/<b>⚠️ Misleading<\/b>/);
    expect(lastRecord(EN_USER).factIds[0]).toBe("ds-capex");
  });

  it("a figure assumed to compute with is not a price paid: 'DeepSeek paid $2 an hour to rent GPUs' is misleading", async () => {
    const { text } = await ask("дипсик платил 2 бакса в час за аренду гпу");
    expect(text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>/);
    expect(lastRecord().factIds[0]).toBe("v3-price-assumption");
  });

  it("a claim that says more than its figure, as the fact's caveat explains, is misleading though the number matches", async () => {
    // An announced four-year plan said to be money already in hand.
    const plan = await ask("у старгейта уже собрано 500 млрд?");
    expect(plan.text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>/);
    expect(plan.text).toMatch(/объявленное намерение на четыре года/);
    expect(lastRecord()).toMatchObject({ verdict: "misleading" });
    expect(lastRecord().factIds[0]).toBe("stargate-investment");
    // The same figure stated as what it is holds.
    expect((await ask("старгейт 500 млрд за 4 года, верно?")).text).toMatch(/<b>✅ Подтверждается<\/b>/);
    // Top pay said of everyone; an expected charge said to be taken; a theoretical margin said without "theoretical".
    // With no measure said, the claim's own figure tells what it is about: pay, not V3's training cost.
    const everyone = await ask("everyone at deepseek gets 1.3 million a year", EN_USER);
    expect(everyone.text).toMatch(/^<i>Reading it as: DeepSeek \(the company\) · salaries<\/i>\n<b>⚠️ Misleading<\/b>/);
    expect(lastRecord(EN_USER).factIds[0]).toBe("article-salaries");
    expect((await ask("nvidia booked a $5.5B charge for the h20 ban", EN_USER)).text).toMatch(/<b>⚠️ Misleading<\/b>/);
    expect((await ask("маржа дипсика на инференсе 545%")).text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>/);
    expect((await ask("теоретическая маржа дипсика 545%, верно?")).text).toMatch(/<b>✅ Подтверждается<\/b>/);
  });

  it("an API price is two figures: a quoted input price holds, and a promotion's price said as the price is misleading", async () => {
    const both = await ask("gpt-4o costs $2.50 in and $10 out per million", EN_USER);
    expect(both.text).toMatch(/^<i>Reading it as: GPT-4o \(Aug 2024\) · API price<\/i>\n<b>✅ Confirmed<\/b>/);
    expect(both.text).not.toMatch(/can't compute/);
    const promo = await ask("deepseek api was $0.14 per million tokens", EN_USER);
    expect(promo.text).toMatch(/<b>⚠️ Misleading<\/b>/);
    expect(lastRecord(EN_USER).factIds[0]).toBe("deepseek-v3-api-promo-2025");
    expect((await ask("на старте акции апи дипсик v3 стоил $0.14 за миллион входных")).text).toMatch(/<b>✅ Подтверждается<\/b>/);
  });

  it("a chip's own rental price is checked as such: another provider's chips in its text are no claim about chips", async () => {
    expect((await ask("у aws аренда h100 больше 12 баксов в час")).text).toMatch(/<b>✅ Подтверждается<\/b>/);
    expect(lastRecord().factIds[0]).toBe("h100-rental-hyperscalers-2025-03");
  });

  it("a claim whose measure cannot settle it is checked against the figure it quotes, under any subject the words name", async () => {
    const { text } = await ask("слышал что весь дипсик со всеми исследованиями и зарплатами обошёлся в 6 млн, так?");
    expect(text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>/);
    expect(lastRecord().factIds).toContain("v3-training-cost");
  });

  it("a rate of growth or decline ('2.4x a year', 'в 10 раз в год') is checked against the trend's figure", async () => {
    expect((await ask("цены на инференс падают в 10 раз в год")).text).toMatch(
      /<b>(?:✅ Подтверждается|≈ Примерно так)<\/b>\nВ вопросе: 10 раз в год/,
    );
    expect((await ask("frontier training costs grow 5x a year", EN_USER)).text).toMatch(/<b>❌ Wrong<\/b>\nClaimed: 5x a year/);
  });

  it("researchers' documented figure that no other estimate disputes confirms a claim; an analyst's estimate only roughly", async () => {
    expect((await ask("grok 3 was trained on 80k h100s", EN_USER)).text).toMatch(/<b>✅ Confirmed<\/b>/);
    expect((await ask("deepseek spends $944M per year on operations", EN_USER)).text).toMatch(/<b>≈ Roughly right<\/b>/);
  });

  it("a date claimed for an event (a release, an export rule) is checked against the date the fact records", async () => {
    const right = await ask("р1 вышел 20 января 2025, верно?");
    expect(right.text).toMatch(/^<i>Понял так: DeepSeek R1 · дата выхода<\/i>\n<b>✅ Подтверждается<\/b>\nВ вопросе: 20 января 2025/);
    expect((await ask("r1 came out in march 2025, right?", EN_USER)).text).toMatch(/<b>❌ Wrong<\/b>/);
    // A yes-or-no question with a date is a claim too; "when" asks for the date.
    expect((await ask("сша в 2023 запретили h800 для китая?")).text).toMatch(/<b>✅ Подтверждается<\/b>/);
    expect((await ask("когда вышел р1")).text).toMatch(/R1 вышел 20 января 2025 года/);
    expect(lastRecord()).toMatchObject({ outcome: "answer" });
  });

  it("a model's short name right before a figure is not part of it: 'в3 671 миллиард параметров' is 671 billion", async () => {
    const { text } = await ask("у дипсика в3 671 миллиард параметров и все работают на каждый токен??");
    expect(text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>\nВ вопросе: 671 миллиард параметров/);
  });

  it("money 'a day' is a rate checked against daily figures; 'in a day' is an event", async () => {
    const rate = await ask("deepseek's serving fleet costs ~$87k a day at $2/hr?", EN_USER);
    expect(rate.text).toMatch(/<b>✅ Confirmed<\/b>\nClaimed: ~\$87k a day/);
    expect(lastRecord(EN_USER).factIds[0]).toBe("deepseek-inference-cost-2025-02");
    await ask("нвидиа потеряла триллион за день из-за дипсика");
    expect(lastRecord()).toMatchObject({ outcome: "check", verdict: "wrong" });
  });

  it("'running costs' are operating costs, not a training run; one model's bill is never a comparison's answer", async () => {
    expect((await ask("is it true deepseek burns 944M a year on running costs", EN_USER)).text).toMatch(
      /^<i>Reading it as: DeepSeek \(the company\) · operating costs<\/i>/,
    );
    await ask("1 billion output tokens: o1 vs r1, how much more does o1 cost", EN_USER);
    expect(lastRecord(EN_USER).outcome).not.toBe("calc");
  });

  it("a count of people is a head count, and the number beside it is the claim, not part of a model's name", async () => {
    expect((await ask("в дипсике вроде человек 160 работает?")).text).toMatch(
      /^<i>Понял так: DeepSeek \(компания\) · число сотрудников<\/i>/,
    );
    const { text } = await ask("у дипсика 200 человек в штате?");
    expect(text).toMatch(/В вопросе: 200 человек/);
    expect(lastRecord()).toMatchObject({ outcome: "check", reading: { measure: "headcount" } });
  });

  it("a sum with no figure of its measure to settle it, but the subject's very figure as another measure: misleading", async () => {
    const { text } = await ask("deepseek spent 1.6 billion on gpus", EN_USER);
    expect(text).toMatch(/<b>⚠️ Misleading<\/b>/);
    expect(lastRecord(EN_USER).factIds[0]).toBe("ds-capex");
  });

  it("'больше чем в 300 лямов' is a floor on the cost, not a size ('больше')", async () => {
    const { text } = await ask("обучение gpt-4.5 обошлось больше чем в 300 лямов");
    expect(text).toMatch(/<b>(≈ Примерно так|✅ Подтверждается)<\/b>/);
    expect(lastRecord().reading).toMatchObject({ measure: "training_cost", figures: [{ bound: "atLeast" }] });
  });

  it("a claim about chips with the model between verb and chip: 'deepseek trained v3 on h100s' is wrong", async () => {
    const { text } = await ask("deepseek trained v3 on h100s", EN_USER);
    expect(text).toMatch(/<b>❌ Wrong<\/b>/);
  });

  it("a ratio claimed between two things is worked out from their figures: '27x cheaper' holds, '10x' does not", async () => {
    const ru = (await ask("р1 по апи в 27 раз дешевле o1, это правда?")).text;
    expect(ru).toMatch(/<b>✅ Подтверждается<\/b>\nВ вопросе: в 27 раз дешевле\nПо цифрам ниже: в 27,4 раза/);
    const en = (await ask("r1 api is 10x cheaper than o1 — right?", EN_USER)).text;
    expect(en).toMatch(/<b>❌ Wrong<\/b>\nClaimed: 10x cheaper\nBy the figures below: 27\.4×/);
    const hours = (await ask("llama 405b used ~11x the gpu hours of deepseek v3", EN_USER)).text;
    expect(hours).toMatch(/By the figures below: 11\.1×/);
    expect(lastRecord(EN_USER).factIds).toEqual(expect.arrayContaining(["llama-405b-gpu-hours", "v3-gpu-hours"]));
  });

  it("'X дешевле Y в обучении, так?' weighs the two like with like; estimates that disagree on which is cheaper make it misleading", async () => {
    const { text } = await ask("джемини ультра дешевле гпт-4 в обучении, так?");
    expect(text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>\nВ вопросе: дешевле/);
    expect(lastRecord()).toMatchObject({ outcome: "check", verdict: "misleading" });
  });

  it("a chip claim about 'дипсик' means its model: 'дипсик учили на h100, а не на h800' is wrong", async () => {
    const { text } = await ask("дипсик на самом деле учили на контрабандных h100, а не на h800");
    expect(text).toMatch(/<b>❌ Неверно<\/b>/);
    expect(lastRecord().reading).toMatchObject({ subjects: expect.arrayContaining(["deepseek-v3"]) });
  });

  it("R1 'for $5M' is wrong or misleading: DeepSeek's own figure is $294K on top of V3", async () => {
    const { text } = await ask("р1 обучили за пять миллионов долларов?");
    expect(text).toMatch(/<b>(⚠️ Вводит в заблуждение|❌ Неверно)<\/b>/);
    expect(text).toMatch(/\$294 тыс\./);
  });

  it("a claim about what a figure covers: '$6M includes all the research' is wrong", async () => {
    const { text } = await ask("правда что 6 млн включают все исследования и эксперименты?");
    expect(text).toMatch(/<b>❌ Неверно<\/b>/);
    expect(text).toMatch(/не входят предыдущие исследования/);
  });

  it("a claim about chips: 'was V3 trained on H800s?' is confirmed", async () => {
    const { text } = await ask("was v3 trained on h800s?", EN_USER);
    expect(text).toMatch(/<b>✅ Confirmed<\/b>\nClaimed: trained on NVIDIA H800/);
  });

  it("an average is not a floor: 'they all get $1.3M on average' is misleading", async () => {
    const { text } = await ask("в среднем исследователи дипсика получают 1,3 млн долларов в год?");
    expect(text).toMatch(/<b>⚠️ Вводит в заблуждение<\/b>/);
    expect(lastRecord().reading).toMatchObject({ measure: "salaries" });
  });

  it("a price said to hold now is weighed against the latest prices: the 2023 peak is misleading today", async () => {
    const { text } = await ask("is renting an h100 currently $8 an hour?", EN_USER);
    expect(text).toMatch(/<b>⚠️ Misleading<\/b>/);
    expect(lastRecord(EN_USER).reading).toMatchObject({ measure: "rental_price" });
  });

  it("a model's GPU-hours stated, with no price or time, is a claim to check, not a calculation", async () => {
    const { text } = await ask("deepseek v3 took about 2.8 million gpu hours", EN_USER);
    expect(text).toMatch(/<b>(✅ Confirmed|≈ Roughly right)<\/b>/);
    expect(text).toMatch(/2\.788M/);
  });

  it("'trained on like 10k H100s' is slang, not a preset: the claim is checked", async () => {
    const { text } = await ask("v3 was trained on like 10k h100s", EN_USER);
    expect(text).toMatch(/<b>❌ Wrong<\/b>/);
    expect(text).toMatch(/2,048/);
  });

  it("a forwarded message: every claim in it checked, one verdict each", async () => {
    const forwarded = "DeepSeek обучили V3 всего за $6 млн. R1 стоил $5 млн. Зарплаты исследователей превышают $1,3 млн в год.";
    const calls = await bot.handle(
      messageUpdate(
        textMessage(forwarded, RU_USER, undefined, { forward_origin: { type: "hidden_user", sender_user_name: "x", date: 0 } }),
      ),
    );
    const text = texts(calls).join("\n");
    expect(text).toMatch(/Проверил утверждения из пересланного сообщения/);
    expect(text).toMatch(/<b>1\.<\/b> «DeepSeek обучили V3 всего за \$6 млн\.»\n<b>≈ Примерно так<\/b>/);
    expect(text).toMatch(/<b>2\.<\/b> «R1 стоил \$5 млн\.»\n<b>(❌ Неверно|⚠️ Вводит в заблуждение)<\/b>/);
    expect(text).toMatch(/<b>3\.<\/b> «Зарплаты исследователей превышают \$1,3 млн в год\.»\n<b>≈ Примерно так<\/b>/);
    // The article's salaries name their origin (SemiAnalysis): matching them is "roughly", not "confirmed".
    assertTelegramHtml(text);
  });
});

describe("why and how: answered from explanations and caveats", () => {
  it("why one model was cheaper, why figures cannot be compared, why a GPU count misleads: the explanation of each", async () => {
    await ask("why was v3 so much cheaper than gpt-4 to train?", EN_USER);
    expect(lastRecord(EN_USER).factIds[0]).toBe("v3-vs-gpt4-why-cheaper");
    await ask("почему нельзя сравнивать 6 млн дипсика и 100 млн gpt-4");
    expect(lastRecord().factIds[0]).toBe("v3-cost-scope");
    await ask('why is the "50k gpus" number for deepseek kinda misleading', EN_USER);
    expect(lastRecord(EN_USER).factIds[0]).toBe("deepseek-fleet-estimates-basis");
  });

  it("ru: what the $5.576M leaves out", async () => {
    const { text } = await ask("что не входит в 6 миллионов дипсика?");
    expect(text).toMatch(/Понял так: DeepSeek V3 · что входит в цифру/);
    expect(text).toMatch(/не входят предыдущие исследования и абляционные эксперименты/);
  });

  it("en: how DeepSeek made training cheap (MoE, FP8, MTP, MLA)", async () => {
    const { text } = await ask("how did deepseek make training so cheap?", EN_USER);
    for (const word of ["mixture of experts", "FP8", "Multi-Token Prediction", "Multi-head Latent Attention"]) expect(text).toContain(word);
  });

  it("'what's the catch' with a quoted margin is a why-question, not a calculation", async () => {
    const { text } = await ask("deepseek's 545% margin, what's the catch?", EN_USER);
    expect(lastRecord(EN_USER).reading).toMatchObject({ ask: "why", measure: "inference_cost" });
    expect(text).toMatch(/545%/);
    expect(text).not.toMatch(/can't compute/);
  });

  it("ru: 'cheap DeepSeek, a myth?' is answered with what the figure leaves out", async () => {
    await ask("дешёвый дипсик — это миф? где подвох?");
    expect(lastRecord().reading).toMatchObject({ ask: "why", measure: "cost_scope" });
  });

  it("why-questions read by what they ask: FP8 is a technique, 'то 40 то 100' a spread of estimates, H800 'а не' H100 the export rules, 'misleading' what a figure leaves out", async () => {
    const cases: [string, string][] = [
      ["зачем им был fp8 при обучении", "v3-cheap-techniques"],
      ["почему оценки стоимости гпт-4 так скачут, то 40 то 100 лямов", "gpt4-estimates-differ"],
      ["почему дипсик учили на h800 а не на h100", "h800-export-ban-2023"],
      ["why do people keep saying the $6M deepseek number is misleading", "v3-cost-scope"],
    ];
    for (const [question, fact] of cases) {
      await ask(question, /[а-я]/.test(question) ? RU_USER : EN_USER);
      expect(lastRecord(/[а-я]/.test(question) ? RU_USER : EN_USER), question).toMatchObject({ outcome: "explain", factIds: [fact] });
    }
  });

  it("why the GPT-4 estimates differ", async () => {
    const { text } = await ask("почему у гпт-4 столько разных оценок стоимости?");
    expect(text).toMatch(/Оценки GPT-4 расходятся, потому что измеряют разное/);
  });
});

describe("measures read from the way people ask", () => {
  it("a Russian name declined ('из бигтеха'), and a subject with one kind of figure asked what it spends", async () => {
    await ask("кто из бигтеха больше всех тратит на капекс");
    expect(lastRecord().factIds[0]).toBe("bigtech-capex-2025-sum");
    await ask("сколько всего бигтех тратит на ии инфраструктуру в 25м году, в сумме");
    expect(lastRecord()).toMatchObject({ outcome: "answer", factIds: ["bigtech-capex-2025-sum"] });
  });

  it("a release date: 'when did R1 come out'", async () => {
    const { text } = await ask("when did deepseek r1 come out?", EN_USER);
    expect(lastRecord(EN_USER).reading).toMatchObject({ measure: "release" });
    expect(text).toMatch(/2025/);
  });

  it("a chip counted for a model: 'how many V100s did GPT-3 use'", async () => {
    await ask("how many v100s were used for gpt-3?", EN_USER);
    expect(lastRecord(EN_USER).reading).toMatchObject({ measure: "gpu_count" });
  });

  it("the price of a GPU-hour is a rental price, not the GPU-hours", async () => {
    await ask("какую цену за гпу-час заложил дипсик в свои расчёты?");
    expect(lastRecord().reading).toMatchObject({ measure: "rental_price" });
  });

  it("a model's name says which model, not what is asked: 'Mistral Large 2' asks nothing about size", async () => {
    const { text } = await ask("mistral large 2 training cost", EN_USER);
    expect(lastRecord(EN_USER).reading).toMatchObject({ measure: "training_cost" });
    expect(text).not.toMatch(/123B parameters/);
  });

  it("a company's loss on a named day is its market value's: Nvidia on 27 January, in both languages", async () => {
    await ask("сколько потеряла nvidia 27 января?");
    expect(lastRecord().reading).toMatchObject({ measure: "market_value", subjects: ["nvidia"] });
    await ask("how much did nvidia lose on january 27?", EN_USER);
    expect(lastRecord(EN_USER).reading).toMatchObject({ measure: "market_value", subjects: ["nvidia"] });
  });

  it("a maker named beside its model means the maker: 'what did deepseek say r1 cost' is R1's cost", async () => {
    await ask("what did deepseek themselves say r1 cost to train", EN_USER);
    expect(lastRecord(EN_USER).factIds[0]).toBe("r1-training-cost");
  });

  it("a maker named in a ranking question filters the ranking: 'which openai models cost the most to train'", async () => {
    const { text } = await ask("which openai models cost the most to train", EN_USER);
    expect(text).toMatch(/The most expensive models to train<\/b> — by OpenAI/);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "ranking" });
  });

  it("'rank' with several models named ranks those models only", async () => {
    const { text } = await ask("rank gpt-4, gemini ultra, llama 405b and deepseek v3 by training cost", EN_USER);
    expect(text).toMatch(/The most expensive models to train<\/b> — of the models named/);
    expect(text).toMatch(/1\. <b>Llama 3\.1 405B<\/b>[\s\S]*4\. <b>DeepSeek V3<\/b>/);
    expect(text).not.toMatch(/5\. <b>/);
  });

  it("a company's whole fleet, though a model is named", async () => {
    await ask("how many gpus does deepseek own altogether, not only the v3 cluster?", EN_USER);
    expect(lastRecord(EN_USER).reading).toMatchObject({ measure: "gpu_fleet" });
  });
});

describe("a chip's or a model's price words", () => {
  it("a model's cost per token is its API price; a price quoted in cents per million ('7.5 цента за лям') is checked as one", async () => {
    await ask("джемини 2.5 флеш сколько стоит за токены");
    expect(lastRecord()).toMatchObject({ outcome: "answer", factIds: ["gemini-25-flash-api-price"] });
    // "per token" with no price word is no price.
    await ask("v3 has 671B params but only 37B active per token?", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "check", verdict: "confirmed", reading: { measure: "parameters" } });
    await ask("гемини 2.0 флеш стоит 7.5 цента за лям инпута");
    expect(lastRecord()).toMatchObject({ outcome: "check", verdict: "wrong", reading: { measure: "api_price" } });
  });

  it("a chip's teraflops and its interconnect are its spec, not a model's training compute", async () => {
    expect((await ask("сколько терафлопс у h100 в bf16")).text).toMatch(/^<i>Понял так: NVIDIA H100 · характеристики чипа<\/i>/);
    expect(lastRecord().factIds[0]).toBe("h100-specs");
    expect((await ask("how badly was nvlink cut on the h800", EN_USER)).text).toMatch(/^<i>Reading it as: NVIDIA H800 · chip specs<\/i>/);
  });

  it("whose money a company runs on is its funding, not a model's training cost", async () => {
    expect((await ask("сколько денег под управлением у хай флаер")).text).toMatch(/^<i>Понял так: High-Flyer[^<]* · финансирование<\/i>/);
    expect((await ask("deepseek took money from sequoia?", EN_USER)).text).toMatch(
      /^<i>Reading it as: DeepSeek \(the company\) · funding<\/i>/,
    );
  });

  it("'list training costs for A, B, C and D' ranks the models named", async () => {
    await ask("list training costs for gpt-3, gpt-4, gemini ultra and llama 405b", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "ranking" });
  });

  it("a chip's price asked 'how much is', and its rental on a cloud, are its price and rent, not counts or a fleet", async () => {
    expect((await ask("how much is a DGX H100 box", EN_USER)).text).toMatch(/^<i>Reading it as: NVIDIA H100 · chip price<\/i>/);
    expect((await ask("h100 rental price on aws", EN_USER)).text).toMatch(/^<i>Reading it as: NVIDIA H100 · GPU rental price<\/i>/);
  });

  it("'почему' is a why, not 'почём': a why-question about GPUs is not about their price", async () => {
    await ask("почему 50 тыщ гпу дипсика это не то же самое что 50 тыщ h100");
    expect(lastRecord()).toMatchObject({ outcome: "explain" });
    expect(lastRecord().factIds[0]).toBe("deepseek-fleet-estimates-basis");
  });

  it("a model's 'pricing' or 'цена' with no training named is its API price", async () => {
    expect((await ask("gemini 2.5 flash pricing pls", EN_USER)).text).toMatch(/^<i>Reading it as: Gemini 2\.5 Flash · API price<\/i>/);
    expect((await ask("o3-mini цена за токены какая")).text).toMatch(/^<i>Понял так: o3-mini · цена API<\/i>/);
    // Training named: its cost, not its API.
    expect((await ask("какая цена обучения gpt-4")).text).toMatch(/^<i>Понял так: GPT-4 · стоимость обучения<\/i>/);
  });
});

describe("training words and trends", () => {
  it("'учили' is training: how long a model trained, on what hardware", async () => {
    expect((await ask("фалкон 180б сколько часов учили")).text).toMatch(/^<i>Понял так: Falcon-180B · время обучения<\/i>/);
    expect((await ask("на каком железе учили гпт-4")).text).toMatch(/^<i>Понял так: GPT-4 · на каком железе обучали<\/i>/);
  });

  it("training getting dearer or cheaper, with no model named, is the cost trend; 'over the years' shows the trend", async () => {
    expect((await ask("во сколько раз в год дорожает обучение топовых моделей")).text).toMatch(
      /^<i>Понял так: передовые модели в целом · как растёт стоимость<\/i>/,
    );
    expect((await ask("по амодею обучение дешевеет в 4 раза за год")).text).toMatch(/ · как растёт стоимость<\/i>/);
    await ask("как менялась стоимость обучения моделей за последние годы");
    expect(lastRecord()).toMatchObject({ outcome: "ranking" });
  });

  it("'what does a figure measure' is answered from what the estimates measure", async () => {
    const { text } = await ask("what does epoch's $40M for gpt-4 actually measure", EN_USER);
    expect(text).toMatch(/^<i>Reading it as: GPT-4 · why estimates differ<\/i>/);
    expect(text).toMatch(/they measure different things/);
  });

  it("'с 2023 года' asks for a timeline too; 'с 2048 H100' is no year", async () => {
    await ask("как падала аренда h100 с 2023 года");
    expect(lastRecord()).toMatchObject({ outcome: "ranking" });
    expect(lastRecord().factIds[0]).toBe("h100-rental-mosaicml-2023");
  });

  it("a subject's figures 'over time' are a timeline, oldest first; with none to list, the figure asked", async () => {
    const { text } = await ask("как менялись цены апи дипсика с начала 2025");
    expect(text).toMatch(/^<i>Понял так: DeepSeek \(компания\) · цена API<\/i>/);
    expect(lastRecord()).toMatchObject({ outcome: "ranking" });
    const order = ["deepseek-v3-api-promo-2025", "deepseek-v3-api-price-2025", "deepseek-v31-api-price-2025-09"].map((id) =>
      lastRecord().factIds.indexOf(id),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await ask("how much has deepseek spent on hardware over the years", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "answer" });
  });

  it("'a change' of a named subject's prices is its price, not the market's price trend", async () => {
    expect((await ask("deepseek api price after the sept 5 2025 change?", EN_USER)).text).toMatch(
      /^<i>Reading it as: DeepSeek V3 · API price<\/i>/,
    );
  });

  it("a maker's price list covers its models: 'what about at night?' after V3's price is DeepSeek's night discount", async () => {
    await ask("whats deepseek's api price", EN_USER);
    await ask("what about at night?", EN_USER);
    expect(lastRecord(EN_USER).factIds[0]).toBe("deepseek-api-offpeak-2025");
    // The launch promotion is still V3's own price, not the night discount.
    await ask("how cheap was deepseek-chat during the launch promo", EN_USER);
    expect(lastRecord(EN_USER).factIds[0]).toBe("deepseek-v3-api-promo-2025");
  });

  it("of two things named, the one that has the figure answers; a project's budget is what goes into it", async () => {
    expect((await ask("how much did it cost openai to keep chatgpt running per day", EN_USER)).text).toMatch(
      /^<i>Reading it as: ChatGPT \(OpenAI's service\) · inference cost<\/i>/,
    );
    expect((await ask("how much revenue did the h20 bring nvidia in 2024", EN_USER)).text).toMatch(
      /^<i>Reading it as: NVIDIA H20 · revenue/,
    );
    expect((await ask("stargate budget", EN_USER)).text).toMatch(/^<i>Reading it as: Stargate[^<]* · investment<\/i>/);
  });

  it("a company's revenue is never answered with its costs", async () => {
    await ask("какая выручка у дипсика за год");
    expect(lastRecord()).toMatchObject({ outcome: "missing_measure" });
  });
});

describe("what the data lacks: said so, never a neighbour's figure", () => {
  it("a follow-up naming only a model the data lacks says so, in the language of the conversation", async () => {
    await ask("сколько стоило обучение gpt-4");
    const { text } = await ask("а yandexgpt?");
    expect(text).toMatch(/^«yandexgpt» нет в моих данных/);
    expect(lastRecord()).toMatchObject({ outcome: "not_in_data" });
  });

  it("a maker's name, then a name the data has never seen, is a model the data lacks, not the maker's best-known one", async () => {
    expect((await ask("deepseek janus pro training cost", EN_USER)).text).toMatch(/^“deepseek janus pro” is not in my data/);
    expect((await ask("сколько стоил Google Gemma 3")).text).toMatch(/^«google gemma 3» нет в моих данных/);
    // Known names and plain words after a maker are read as before.
    expect((await ask("deepseek v3 training cost", EN_USER)).text).toMatch(/^<i>Reading it as: DeepSeek V3 · training cost<\/i>/);
  });

  it("ru: a model the data does not have, with the near names as buttons only", async () => {
    const { text, calls } = await ask("gemini 3 ultra сколько стоил");
    expect(text).toMatch(/«gemini 3 ultra» нет в моих данных/);
    expect(text).not.toMatch(/\$\d/);
    expect(buttons(calls[0]).length).toBeGreaterThan(0);
    expect(lastRecord()).toMatchObject({ outcome: "not_in_data", factIds: [] });
  });

  it("en: DeepSeek V2 is not V3, GPT-4.1 is not GPT-4", async () => {
    for (const question of ["deepseek v2 training cost?", "gpt-4.1 training compute"]) {
      const { text } = await ask(question, EN_USER);
      expect(text, question).toMatch(/is not in my data/);
      expect(text, question).not.toMatch(/\$\d|FLOP/);
    }
  });

  it("a subject named with words it cannot read as a measure: asks which figure, offering the ones there are", async () => {
    const { text, calls } = await ask("сколько котиков у deepseek");
    expect(text).toMatch(/Не понял, какая цифра о DeepSeek \(компания\) вам нужна/);
    expect(text).not.toMatch(/\$\d/);
    expect(buttons(calls[0]).length).toBeGreaterThan(0);
    expect(lastRecord()).toMatchObject({ outcome: "clarify", factIds: [] });
    await ask("сколько народу работает в deepseek");
    expect(lastRecord().reading).toMatchObject({ measure: "headcount" });
  });

  it("a subject without the measure asked: says so, naming both, and offers what there is", async () => {
    const { text, calls } = await ask("how many parameters does gpt-4.5 have", EN_USER);
    expect(text).toMatch(/I have no “parameter count” figure for GPT-4\.5\./);
    expect(text).toMatch(/What I do have:/);
    const offered = buttons(calls[0]);
    expect(offered.map((b) => b.text)).toContain("GPT-4.5 — training cost");
    expect(texts(await bot.press(offered.find((b) => b.text === "GPT-4.5 — training cost")!.data, EN_USER))[0]).toMatch(/\$340M/);
  });

  it("off-topic with a budget in roubles: no calculation, no figure", async () => {
    await ask("какой проц взять для игр до 20к рублей");
    expect(lastRecord()).toMatchObject({ factIds: [] });
    expect(lastRecord().outcome).not.toBe("calc");
  });

  it("money put into another company is not the investor's capex: 'сколько майкрософт вложил в openai'", async () => {
    const { text } = await ask("сколько майкрософт вложил в openai");
    expect(lastRecord()).toMatchObject({ outcome: "missing_measure" });
    expect(text).not.toMatch(/^<b>\$/m);
  });

  it("a company's worth ('как компания') is its valuation: none for DeepSeek, and no model's cost instead", async () => {
    const { text } = await ask("сколько стоит дипсик как компания, оценка");
    expect(lastRecord()).toMatchObject({ outcome: "missing_measure" });
    expect(lastRecord().reading).toMatchObject({ subjects: ["deepseek"], measure: "valuation" });
    expect(text).not.toMatch(/5,576/);
  });

  it("off-topic: no figure at all", async () => {
    for (const question of ["привет, как дела?", "what's the weather in berlin"]) {
      const { text } = await ask(question);
      // The hint may quote example questions; what it must not do is answer one, with its sources.
      expect(text, question).not.toMatch(/Источники|Sources|Понял так|Reading it as/);
    }
  });
});

describe("follow-ups on any answer", () => {
  it("'is it true they pay $1.3M?' after another model's figure: 'they' named nobody, the quoted figure says who", async () => {
    await ask("what did Grok 3 cost?", EN_USER);
    const { text } = await ask("is it true they pay $1.3M?", EN_USER);
    expect(text).toMatch(/^<i>Reading it as: DeepSeek \(the company\) · salaries<\/i>/);
  });

  it("a why naming nothing, right after a figure, is about that figure's subject", async () => {
    await ask("gpt-4 training cost", EN_USER);
    const { text } = await ask("why do the numbers differ so much?", EN_USER);
    expect(text).toMatch(/^<i>Reading it as: GPT-4 · why estimates differ<\/i>/);
  });

  it("'а если по 25к?' after a budget re-prices what one GPU costs", async () => {
    await ask("сколько h100 можно купить на 1.6 млрд по 30к?");
    const { text } = await ask("а если по 25к?");
    expect(text).toMatch(/\$1,6 млрд ÷ \$25 тыс\. = <b>64 000 GPU H100<\/b>/);
  });

  it("'ok and at $3.42/hr?' after a calculation re-prices it: a word of assent before 'and' keeps the follow-up", async () => {
    await ask("if i rent 2048 h800s for 60 days at $2/hr whats the bill", EN_USER);
    const { text } = await ask("ok and at $3.42/hr?", EN_USER);
    expect(text).toMatch(/2,048 H800 GPUs × 60 days × 24 h × \$3\.42\/GPU·h = <b>\$10\.1M<\/b>/);
  });

  it("another subject, the same measure; then another currency for the last figure", async () => {
    await ask("сколько стоило обучение DeepSeek V3?");
    const gemini = (await ask("а у Gemini Ultra?")).text;
    expect(gemini).toMatch(/Понял так: Gemini Ultra · стоимость обучения/);
    const euros = (await ask("а в евро?")).text;
    expect(euros).toMatch(/Gemini Ultra/);
    expect(euros).toMatch(/≈ [\d,]+ млн € \(курс [\d,]+ €\/\$ на 3 окт\. 2025 г\.\)/);
  });

  it("the same subject, another measure", async () => {
    await ask("how much did llama 3.1 405b cost to train", EN_USER);
    const { text } = await ask("and its parameters?", EN_USER);
    expect(text).toMatch(/Reading it as: Llama 3\.1 405B · parameter count/);
    expect(text).toMatch(/405B parameters/);
  });

  it("another chip, the same measure: a chip's name alone implies no GPU count", async () => {
    await ask("h100 rental price per hour", EN_USER);
    const { text } = await ask("and the h800?", EN_USER);
    expect(text).toMatch(/Reading it as: NVIDIA H800 · GPU rental price/);
    expect(text).toMatch(/\$3\.42 per GPU-hour/);
  });

  it("two of a kind joined by 'или'/'и у', with a figure asked, are compared", async () => {
    await ask("кол-во гпу у дипсик в3 и у ламы 3.1");
    expect(lastRecord()).toMatchObject({ outcome: "compare" });
    await ask("h100 или b200 что почём");
    expect(lastRecord()).toMatchObject({ outcome: "compare" });
  });

  it("a model's own GPU-hours at a price asked with cost words are a calculation, in both languages", async () => {
    const en = (await ask("what would v3's gpu hours cost at $12.29/h", EN_USER)).text;
    expect(en).toMatch(/2\.79M GPU-hours \(DeepSeek's figures for DeepSeek V3\) × \$12\.29\/GPU·h = <b>\$34\.3M<\/b>/);
    const ru = (await ask("сколько стоили бы гпу-часы v3 по 3.42")).text;
    expect(ru).toMatch(/= <b>\$9,53 млн<\/b>/);
  });

  it("a named model's run at a quoted hourly price is a calculation on its maker's own GPU-hours", async () => {
    const { text } = await ask("скок стоил бы прогон ламы 405b по ценам aws 12.29 за час");
    expect(text).toMatch(/30,8 млн GPU-часов \(цифры Meta для Llama 3\.1 405B\) × \$12,29\/GPU·ч = <b>\$379 млн<\/b>/);
  });

  it("'compare to o1' after R1's API price compares the two on that measure", async () => {
    await ask("r1 api price", EN_USER);
    const { text } = await ask("compare to o1", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "compare" });
    expect(text).toMatch(/DeepSeek R1/);
    expect(text).toMatch(/o1/);
  });

  it("tokens at a named model's prices are billed at its API list price, named with its date and source", async () => {
    const r1 = await ask("how much would 10 million output tokens cost on r1", EN_USER);
    expect(r1.text).toMatch(/10M tokens × \$2\.19 per 1M tokens = <b>\$21\.9<\/b>/);
    expect(r1.text).toMatch(/At DeepSeek R1's API list price for output tokens, as of 20 Jan 2025 \[1\]/);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "calc", factIds: expect.arrayContaining(["deepseek-r1-api-price-2025"]) });
    // "gpt-4o" is any GPT-4o: the version with a price in the data; input when input is said.
    const gpt4o = await ask("сколько стоит прогнать 50 млн входных токенов через gpt-4o");
    expect(gpt4o.text).toMatch(/50 млн токенов × \$2,5 за 1 млн токенов = <b>\$125<\/b>/);
    expect(gpt4o.text).toMatch(/По прайсу API GPT-4o \(Aug 2024\) за входные токены \(без кэша\)/);
    // "price per 1M tokens" is the unit of a price, not tokens to bill.
    expect((await ask("gpt-4o price per 1m tokens", EN_USER)).text).toMatch(/^<i>Reading it as: GPT-4o[^<]* · API price<\/i>/);
    // A model with no API price in the data: said so, no bill at another model's price.
    expect((await ask("сколько стоят 10 млн токенов на llama 3.1 405b")).text).toMatch(/нет цены API для Llama 3\.1 405B/);
  });

  it("a model's size said as its parameter count is a figure for 6·N·D, though it is part of the model's name", async () => {
    const { text } = await ask("6ND for gpt-3: 175B params, 300B tokens", EN_USER);
    expect(text).toMatch(/6 × 175B parameters × 300B tokens ≈ <b>3\.15·10²³<\/b> FLOP/);
  });

  it("a chip's market rent named as the price comes from the data, cited, for a run told, named or given", async () => {
    await ask("сколько гпу-часов ушло на в3");
    const told = (await ask("а сколько это в долларах по рыночной аренде н800?")).text;
    expect(told).toMatch(/2,79 млн GPU-часов \(цифры DeepSeek для DeepSeek V3\) × \$3,42\/GPU·ч = <b>\$9,53 млн<\/b>/);
    expect(told).toMatch(/Цена — рыночная аренда NVIDIA H800: \$3,42 за GPU-час \(3 мар\. 2025 г\.\) \[2\]\./);
    const named = (await ask("what would V3's GPU-hours cost at the market H100 rent?", EN_USER)).text;
    expect(named).toMatch(/× \$2\.45\/GPU·h = <b>\$6\.83M<\/b>/);
    expect(named).toMatch(/\$2\.45–\$3\.29 per GPU-hour \(3 Mar 2025\) \[2\]; the calculation takes the lowest\./);
    expect((await ask("2048 h800 for 57 days at cloud rent", EN_USER)).text).toMatch(/× \$3\.42\/GPU·h = <b>\$9\.58M<\/b>/);
    // With no run to price, the rent is the answer.
    await ask("how much to rent an h800", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "answer", factIds: ["h800-rental-2025"] });
  });

  it("a sum a day told, asked per year or per month: that sum, worked out and cited", async () => {
    await ask("сколько стоило содержание чатгпт в день");
    const year = (await ask("а в год сколько набегает?")).text;
    expect(year).toMatch(/\$700 тыс\. в день × 365 = <b>\$256 млн<\/b> в год/);
    expect(year).toMatch(/Исходная сумма — цифра о ChatGPT \(сервис OpenAI\) из ответа выше \[1\]\./);
    expect(year).not.toMatch(/вашей цифрой/);
    await ask("how much does chatgpt cost to run per day", EN_USER);
    expect((await ask("and per month?", EN_USER)).text).toMatch(/\$700K a day × 30 = <b>\$21M<\/b> a month/);
  });

  it("a DGX or HGX price is a whole system's: a budget buys systems, with the GPUs in them beside", async () => {
    expect((await ask("сколько DGX H100 можно купить на ярд баксов, если одна по 375к")).text).toMatch(
      /\$1 млрд ÷ \$375 тыс\. = <b>2 666 систем DGX H100<\/b> \(21 328 GPU H100\)\n\nЦена системы целиком/,
    );
    expect((await ask("with $100M how many gpus worth of dgx h100 at $375k per box", EN_USER)).text).toMatch(
      /\$100M ÷ \$375K = <b>266 DGX H100 systems<\/b> \(2,128 H100 GPUs\)/,
    );
  });

  it("a FLOP count on GPUs given: the hours it takes at their peak (or the peak given), in both languages", async () => {
    const ru = (await ask("3.3e24 флоп на 2048 h800 при 989 терафлопс и MFU 40% — сколько часов")).text;
    expect(ru).toMatch(/3,3·10²⁴ FLOP \/ \(2 048 × 989 TFLOP\/s × 40%\) ≈ <b>1 131,4 часа<\/b> \(47,1 дня\)/);
    const en = (await ask("3.3e24 FLOP on 2048 h800s at full FP8 peak, 100% utilization — how many hours?", EN_USER)).text;
    expect(en).toMatch(/3\.3·10²⁴ FLOP \/ \(2,048 × H800 1,979 TFLOP\/s FP8 \[1\] × 100%\) ≈ <b>226\.2 hours<\/b>/);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "calc" });
  });

  it("token counts said with a scale word alone or as 'in'/'out' are billed too", async () => {
    expect((await ask("ярд выходных токенов на gemini 2.0 flash почём выйдет")).text).toMatch(
      /1 млрд токенов × \$0,4 за 1 млн токенов = <b>\$400<\/b>/,
    );
    expect((await ask("1M in + 1M out on r1 at launch prices", EN_USER)).text).toMatch(
      /1M input × \$0\.55 \+ 1M output × \$2\.19 per 1M tokens = <b>\$2\.74<\/b>/,
    );
  });

  it("input and output tokens counted apart are billed each at its own list price, in roubles when asked", async () => {
    const both = await ask("o3-mini: 10 млн входных и 10 млн выходных токенов, сколько заплачу");
    expect(both.text).toMatch(/10 млн входных × \$1,1 \+ 10 млн выходных × \$4,4 за 1 млн токенов = <b>\$55<\/b>/);
    expect(both.text).toMatch(/за входные \(без кэша\) и выходные токены/);
    const roubles = await ask("клод 3.5 сонет: 2 млн входящих и 1 млн исходящих токенов, в рублях скока");
    expect(roubles.text).toMatch(/= <b>\$21<\/b>\n≈ <b>1 701 ₽<\/b>/);
    // One price for both sides is not guessed at: the calculator asks for the price.
    expect((await ask("5M input + 1M output tokens at $3 per million, total?", EN_USER)).text).toMatch(
      /I still need: price per million tokens/,
    );
  });

  it("a model's GPU-hours at a chip's rent named as the price are that model's run at that price", async () => {
    const aws = await ask("what would llama 405b's gpu hours cost at aws on-demand h100 rates ($12.29)", EN_USER);
    expect(aws.text).toMatch(/30\.8M GPU-hours \(Meta's figures for Llama 3\.1 405B\) × \$12\.29\/GPU·h = <b>\$379M<\/b>/);
    const runpod = await ask("сколько стоил бы прогон v3 по цене аренды h100 у runpod в марте 25го (2.99)");
    expect(runpod.text).toMatch(/2,79 млн GPU-часов \(цифры DeepSeek для DeepSeek V3\) × \$2,99\/GPU·ч = <b>\$8,34 млн<\/b>/);
  });

  it("two models asked for together are answered with the figure that covers both, converted when asked", async () => {
    const { text } = await ask("v3 + r1 training combined, in euros", EN_USER);
    expect(text).toMatch(/V3 and R1 together, by our calculation: \$5\.576M \+ \$0\.294M ≈ \$5\.87M/);
    expect(text).toMatch(/≈ 4\.99M €/);
    expect(lastRecord(EN_USER).factIds[0]).toBe("v3-plus-r1");
    await ask("r1 и v3 вместе сколько стоили в обучении");
    expect(lastRecord().factIds[0]).toBe("v3-plus-r1");
  });

  it("a duration asked in hours is answered in hours, with the days beside them", async () => {
    const { text } = await ask("147 тыс гпу часов на 512 картах это сколько часов реального времени");
    expect(text).toMatch(/147 тыс\. GPU-часов ÷ 512 GPU = <b>287,1 часа \(12 дней\)<\/b>/);
  });

  it("tokens at a price per million are an API bill, and 'а в рублях?' converts it", async () => {
    const { text } = await ask("сколько стоит сгенерить 10 млн выходных токенов на р1 по 2.19");
    expect(text).toMatch(/10 млн токенов × \$2,19 за 1 млн токенов = <b>\$21,9<\/b>/);
    expect(text).not.toMatch(/DeepSeek V3 —/);
    const roubles = (await ask("а в рублях?")).text;
    expect(roubles).toMatch(/≈ <b>1 774 ₽<\/b>/);
    const en = (await ask("100M input tokens at $2.50, how much?", EN_USER)).text;
    expect(en).toMatch(/100M tokens × \$2\.5 per 1M tokens = <b>\$250<\/b>/);
  });

  it("a sum quoted and asked in roubles is converted, and 'а в евро?' converts it again", async () => {
    const { text } = await ask("нвидиа потеряла 589 ярдов — в рублях это сколько");
    expect(text).toMatch(/<b>\$589 млрд<\/b>\n≈ <b>47,7 трлн ₽<\/b> по курсу 81,01 ₽\/\$/);
    expect(text).not.toMatch(/DeepSeek V3 —/);
    const euros = (await ask("а в евро?")).text;
    expect(euros).toMatch(/≈ <b>500 млрд €<\/b>/);
  });

  it("a budget: how many GPUs a sum buys, or how many GPU-hours it rents, in both languages", async () => {
    const gpus = (await ask("сколько h100 по 25к можно купить на 6 лямов")).text;
    expect(gpus).toMatch(/\$6 млн ÷ \$25 тыс\. = <b>240 GPU H100<\/b>/);
    const hours = (await ask("сколько гпу-часов h100 можно взять на 5.576 млн по 2.99")).text;
    expect(hours).toMatch(/\$5,58 млн ÷ \$2,99\/GPU·ч = <b>1,86 млн GPU-часов<\/b>/);
    const en = (await ask("how many h100s can you buy for $6M at $25k each", EN_USER)).text;
    expect(en).toMatch(/\$6M ÷ \$25K = <b>240 H100 GPUs<\/b>/);
  });

  it("a sum per day asked per year, or spread over years, is worked out, not checked as a claim", async () => {
    const daily = (await ask("87 тыщ в день на инференс, это скок за год выходит")).text;
    expect(daily).toMatch(/\$87 тыс\. в день × 365 = <b>\$31,8 млн<\/b> в год/);
    const spread = (await ask("stargate's 500B over 4 years, how much per year", EN_USER)).text;
    expect(spread).toMatch(/\$500B over 4 years ÷ 4 = <b>\$125B<\/b> a year/);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "calc" });
  });

  it("after a sum of its own (a conversion, an API bill), GPUs and days start a training run; 'а по 0.55?' re-prices the bill", async () => {
    await ask("нвидиа потеряла 589 ярдов — в рублях это сколько");
    const run = (await ask("а если 4096 GPU на 10 дней по $2?")).text;
    expect(run).toMatch(/4 096 GPU × 10 дней × 24 ч × \$2\/GPU·ч = <b>\$1,97 млн<\/b>/);
    await ask("10 млн выходных токенов по 2.19");
    const repriced = (await ask("а по 0.55?")).text;
    expect(repriced).toMatch(/10 млн токенов × \$0,55 за 1 млн токенов = <b>\$5,5<\/b>/);
    const gpus = (await ask("а 2048 gpu на 30 дней?")).text;
    expect(gpus).toMatch(/2 048 GPU × 30 дней × 24 ч × \$2\/GPU·ч = <b>\$2,95 млн<\/b>/);
  });

  it("another chip and price in a calculation", async () => {
    await ask("2048 H800 на 57 дней по $2/ч");
    const { text } = await ask("а если на B200 по $4?");
    expect(text).toMatch(/2 048 GPU B200 × 57 дней × 24 ч × \$4\/GPU·ч = <b>\$11,2 млн<\/b>/);
    // Buying: another chip at its own price.
    await ask("/calc 1000 h100 по 30000");
    expect((await ask("а если это h200 по 39083?")).text).toMatch(/1 000 × H200 × \$39,1 тыс\. = <b>\$39,1 млн<\/b>/);
  });

  it("another partner after a comparison", async () => {
    await bot.send("/compare deepseek gpt4");
    const calls = await bot.send("vs Claude?");
    const photoCaption = calls.find((c) => c.method === "sendPhoto")?.payload.caption;
    const caption = typeof photoCaption === "string" ? photoCaption : (texts(calls)[0] ?? "");
    expect(caption).toMatch(/DeepSeek V3 и Claude 3\.5 Sonnet/);
  });

  it("another version of the model just told, typed alone: 'а 3.7?', 'а pro?', 'and 1.5 flash?'", async () => {
    await ask("клод 3.5 сонет цена апи");
    expect((await ask("а 3.7?")).text).toMatch(/^<i>Понял так: Claude 3\.7 Sonnet · цена API<\/i>/);
    await ask("v4 flash цена");
    // The version typed is a name: "а pro?" is still Russian.
    expect((await ask("а pro?")).text).toMatch(/^<i>Понял так: DeepSeek V4 Pro · цена API<\/i>/);
    await ask("gemini 2.5 flash api price", EN_USER);
    expect((await ask("and 1.5 flash?", EN_USER)).text).toMatch(/^<i>Reading it as: Gemini 1\.5 Flash · API price<\/i>/);
    // A version the data lacks is said to be missing, never answered with the model just told.
    await ask("сколько стоило обучение llama 3.1 405b");
    const missing = (await ask("а 70b?")).text;
    expect(missing).toMatch(/^«llama 3\.1 70b» нет в моих данных/);
    expect(missing).not.toMatch(/\$52,9 млн/);
    // A number with a currency is a price, never a version ("DeepSeek V3.42").
    await ask("how many gpu hours did v3 take", EN_USER);
    expect((await ask("and at $3.42?", EN_USER)).text).toMatch(/× \$3\.42\/GPU·h = <b>\$9\.53M<\/b>/);
  });

  it("a short question of a measure, naming nothing, asks it of the model just told", async () => {
    await ask("how much did grok 3 cost to train", EN_USER);
    expect((await ask("how many gpus tho", EN_USER)).text).toMatch(/^<i>Reading it as: Grok 3 · number of GPUs<\/i>/);
    await ask("сколько H800 использовали для v3");
    expect((await ask("а сколько длилось обучение?")).text).toMatch(/^<i>Понял так: DeepSeek V3 · время обучения<\/i>/);
  });

  it("'is that the whole thing or just the final run?' after a cost asks what the figure covers", async () => {
    await ask("how much did deepseek v3 cost to train", EN_USER);
    await ask("is that the whole thing or just the final run?", EN_USER);
    expect(lastRecord(EN_USER)).toMatchObject({ reading: { measure: "cost_scope" }, factIds: ["v3-cost-scope", "article-v3-cost-scope"] });
  });

  it("/compare of two things with no training figures: the prices they share, side by side, and the comparison goes on", async () => {
    const { text } = await ask("/compare gemini-2.5-flash gemini-2.0-flash", EN_USER);
    expect(text).toMatch(/^<i>Reading it as: Gemini 2\.5 Flash vs Gemini 2\.0 Flash · API price<\/i>/);
    expect(text).toMatch(/\$0\.30 per 1M input[\s\S]*\$0\.10 per 1M input/);
    expect(lastRecord(EN_USER)).toMatchObject({ outcome: "compare" });
    const next = (await ask("and 1.5 flash?", EN_USER)).text;
    expect(next).toMatch(/^<i>Reading it as: Gemini 2\.5 Flash vs Gemini 1\.5 Flash · API price<\/i>/);
    const chips = (await ask("/compare h100 h800")).text;
    expect(chips).toMatch(/^<i>Понял так: NVIDIA H100 vs NVIDIA H800 · цена чипа<\/i>/);
    // The H20 has no price: the next partner is compared by what both have, never by one side alone.
    expect((await ask("а h20?")).text).toMatch(/^<i>Понял так: NVIDIA H100 vs NVIDIA H20 · характеристики чипа<\/i>/);
  });
});

describe("the language of the question is the answer's", () => {
  it("a Russian question from a client set to English is answered in Russian; an English one in English", async () => {
    const russianFromEnglishClient: User = { ...EN_USER, id: 610 };
    expect((await ask("сколько стоил грок 3", russianFromEnglishClient)).text).toMatch(/^<i>Понял так/);
    const englishFromRussianClient: User = { ...RU_USER, id: 611 };
    expect((await ask("how much did grok 3 cost to train", englishFromRussianClient)).text).toMatch(/^<i>Reading it as/);
  });

  it("Russian typed in Latin letters is answered in Russian; an English question with one such word stays English", async () => {
    expect((await ask("r1 oboshelsya v 5 mln dollarov? pravda?", EN_USER)).text).toMatch(
      /^<i>Понял так: DeepSeek R1 · стоимость обучения<\/i>\n<b>❌ Неверно<\/b>/,
    );
    expect((await ask("is it true that r1 cost 5 million dollars, tak?", EN_USER)).text).toMatch(/^<i>Reading it as/);
  });

  it("a language chosen with /lang holds whatever the question's language", async () => {
    await bot.send("/lang en");
    expect((await ask("сколько стоил грок 3")).text).toMatch(/^<i>Reading it as/);
  });

  it("names alone say nothing of the language: the user's own is kept", async () => {
    const { text } = await ask("грок 3 гпт-4.5");
    expect(text).toMatch(/Понял так|Уточните|нет в моих данных/);
  });
});

describe("what it cannot tell apart", () => {
  it("a figure asked of nothing named: 'which model?', with the likely ones as buttons", async () => {
    const { text, calls } = await ask("how much did it cost?", EN_USER);
    expect(text).toMatch(/Did you mean/);
    expect(buttons(calls[0]).length).toBeGreaterThanOrEqual(2);
    expect(lastRecord(EN_USER)).toMatchObject({ status: "ambiguous", outcome: "clarify" });
  });

  it("a reading it is unsure of is recorded as such, for /stats", async () => {
    await ask("GPT-4?"); // no measure said: the training cost is assumed, so the reading is unsure
    await ask("скока стоил gpt-4"); // the measure is read from "стоил", the subject from "gpt-4": sure
    await ask("сколько стоил GPT-7?"); // a model the data does not have: unanswered
    expect(
      stored(bot.app.database.db)
        .answersForChat(RU_USER.id)
        .map((r) => r.status),
    ).toEqual(["unsure", "answered", "unanswered"]);
  });
});
