import type { Transformer } from "grammy";
import type { Chat, Message, Update, User } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LOCAL_BOT, messageUpdate, textMessage } from "../src/bot/local-updates.js";
import { commandMenu } from "../src/bot/create-bot.js";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "./helpers/harness.js";
import { stored } from "./helpers/db.js";

const SUPERGROUP: Chat = { id: -1001234567890, type: "supergroup", title: "AI economics" };
const FORUM: Chat = { id: -1009876543210, type: "supergroup", title: "AI forum", is_forum: true };
const CHANNEL: Chat = { id: -1005555555555, type: "channel", title: "AI costs channel" };
const ADMIN: User = { id: 9001, is_bot: false, first_name: "Admin", language_code: "en" };
const MEMBER: User = { id: 9002, is_bot: false, first_name: "Member", language_code: "en" };
const GROUP_ANONYMOUS_BOT: User = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };

/** Answers getChatMember like Telegram: ADMIN is an administrator, everyone else a member. */
const chatMembers: Transformer = (prev, method, payload, signal) => {
  if (method !== "getChatMember") return prev(method, payload, signal);
  const userId = (payload as { user_id: number }).user_id;
  const status = userId === ADMIN.id ? "administrator" : "member";
  return Promise.resolve({ ok: true, result: { status, user: { id: userId, is_bot: false, first_name: "x" } } } as never);
};

const sent = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage" || c.method === "sendPhoto");

function groupMessage(text: string, from: User, chat: Chat = SUPERGROUP, extra: Partial<Message> = {}): Update {
  return messageUpdate(textMessage(text, from, chat, extra));
}

describe("supergroup", () => {
  it("answers commands with and without its @username, as a reply to the asker", async () => {
    const bot = new TestBot();
    for (const text of ["/compare deepseek gpt4", "/compare@ai_costs_bot deepseek gpt4"]) {
      const update = groupMessage(text, RU_USER);
      const calls = await bot.handle(update);
      const photo = calls.find((c) => c.method === "sendPhoto");
      expect(photo?.payload.chat_id).toBe(SUPERGROUP.id);
      expect(photo?.payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
      for (const c of sent(calls)) expect(c.payload.reply_parameters).toBeDefined();
    }
    bot.close();
  });

  it("ignores a command addressed to another bot, and unknown commands", async () => {
    const bot = new TestBot();
    expect(await bot.handle(groupMessage("/compare@other_bot deepseek gpt4", RU_USER))).toEqual([]);
    expect(await bot.handle(groupMessage("/frobnicate", RU_USER))).toEqual([]);
    bot.close();
  });

  it("answers a mention, with the mention taken out of the question", async () => {
    const bot = new TestBot();
    const calls = await bot.handle(groupMessage("@ai_costs_bot сколько стоил GPT-4?", RU_USER));
    expect(texts(calls)[0]).toMatch(/Альтман/);
    const mid = await bot.handle(groupMessage("а ты, @AI_Costs_Bot, знаешь сколько стоил GPT-4?", RU_USER));
    expect(texts(mid)[0]).toMatch(/Альтман/);
    bot.close();
  });

  it("follow-ups work in a thread of replies to its own messages; ordinary chatter gets silence", async () => {
    const bot = new TestBot();
    const first = await bot.handle(groupMessage("@ai_costs_bot 2048 GPU на 57 дней по $2/ч", RU_USER));
    const botMessage = {
      message_id: 9000,
      date: 0,
      chat: SUPERGROUP,
      from: { ...LOCAL_BOT },
      text: String(first[0]?.payload.text),
    } as Message;
    const followUp = await bot.handle(
      groupMessage("а если 4096 GPU?", RU_USER, SUPERGROUP, { reply_to_message: botMessage } as Partial<Message>),
    );
    expect(texts(followUp)[0]).toContain("4 096 GPU × 57 дней");

    for (const chatter of ["привет всем", "сколько стоил GPT-4?", "а если 4096 GPU?", "gpt4 vs r1"]) {
      expect(await bot.handle(groupMessage(chatter, RU_USER))).toEqual([]);
    }
    const sticker = { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false };
    expect(
      await bot.handle(messageUpdate({ ...textMessage("", RU_USER, SUPERGROUP), text: undefined, sticker } as unknown as Message)),
    ).toEqual([]);
    bot.close();
  });

  it("a reply to someone else's message is chatter", async () => {
    const bot = new TestBot();
    const other = { message_id: 5, date: 0, chat: SUPERGROUP, from: MEMBER, text: "hi" } as Message;
    expect(
      await bot.handle(groupMessage("сколько стоил GPT-4?", RU_USER, SUPERGROUP, { reply_to_message: other } as Partial<Message>)),
    ).toEqual([]);
    bot.close();
  });
});

describe("forum topics", () => {
  it("answers inside the same topic, and a topic's service message is not a reply to the bot", async () => {
    const bot = new TestBot();
    const inTopic = { message_thread_id: 42, is_topic_message: true } as Partial<Message>;
    const calls = await bot.handle(groupMessage("@ai_costs_bot how much did GPT-4 cost?", EN_USER, FORUM, inTopic));
    expect(sent(calls)[0]?.payload).toMatchObject({ chat_id: FORUM.id, message_thread_id: 42 });

    const photo = (await bot.handle(groupMessage("/compare deepseek gpt4", EN_USER, FORUM, inTopic))).find((c) => c.method === "sendPhoto");
    expect(photo?.payload.message_thread_id).toBe(42);

    const topicStart = {
      message_id: 42,
      date: 0,
      chat: FORUM,
      from: LOCAL_BOT,
      forum_topic_created: { name: "costs", icon_color: 1 },
    } as unknown as Message;
    expect(
      await bot.handle(groupMessage("hello there", EN_USER, FORUM, { ...inTopic, reply_to_message: topicStart } as Partial<Message>)),
    ).toEqual([]);
    bot.close();
  });
});

describe("channels", () => {
  const post = (text: string): Update =>
    ({ update_id: 700000 + text.length, channel_post: textMessage(text, undefined, CHANNEL) }) as Update;

  it("answers a command post in the channel as a reply to it; no sender is assumed", async () => {
    const bot = new TestBot();
    const update = post("/compare deepseek gpt4");
    const calls = await bot.handle(update);
    const photo = calls.find((c) => c.method === "sendPhoto");
    expect(photo?.payload).toMatchObject({ chat_id: CHANNEL.id, reply_parameters: { message_id: update.channel_post!.message_id } });
    expect(String(photo?.payload.caption)).toMatch(/DeepSeek V3 is ≈[\d.]+× cheaper than GPT-4, comparing Epoch AI's estimates for both/);
    const rows = stored(bot.app.database.db).answersForChat(CHANNEL.id);
    expect(rows[0]).toMatchObject({ userId: null, status: "answered" });

    const ru = await bot.handle(post("/compare дипсик гпт4"));
    expect(String(ru.find((c) => c.method === "sendPhoto")?.payload.caption)).toMatch(/DeepSeek V3 дешевле GPT-4/);
    bot.close();
  });

  it("ignores every other post, and edited posts", async () => {
    const bot = new TestBot();
    expect(await bot.handle(post("сколько стоил GPT-4?"))).toEqual([]);
    expect(await bot.handle(post("New article about DeepSeek"))).toEqual([]);
    expect(
      await bot.handle({
        update_id: 800001,
        edited_channel_post: { ...textMessage("/compare deepseek gpt4", undefined, CHANNEL), edit_date: 1 },
      } as Update),
    ).toEqual([]);
    bot.close();
  });
});

describe("inline mode", () => {
  const inlineQuery = (query: string, from: User = EN_USER): Update => ({
    update_id: 900000 + query.length,
    inline_query: { id: `q${query.length}`, from, query, offset: "" },
  });

  async function results(bot: TestBot, query: string, from?: User) {
    const calls = await bot.handle(inlineQuery(query, from));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe("answerInlineQuery");
    expect(calls[0]!.payload).toMatchObject({ cache_time: 10, is_personal: true });
    const list = calls[0]!.payload.results as {
      id: string;
      title: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    for (const r of list) {
      expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
      expect(r.input_message_content.message_text.length).toBeLessThanOrEqual(4096);
      expect(r.input_message_content.parse_mode).toBe("HTML");
      assertTelegramHtml(r.input_message_content.message_text);
    }
    return list;
  }

  it("offers facts, a comparison and a calculation, each complete with sources, in the user's language", async () => {
    const bot = new TestBot();
    const facts = await results(bot, "deepseek");
    expect(facts.length).toBeGreaterThanOrEqual(1);
    expect(facts.length).toBeLessThanOrEqual(5);
    expect(facts[0]!.input_message_content.message_text).toMatch(/<b>Sources<\/b>/);

    const vs = await results(bot, "gpt4 vs r1");
    expect(vs[0]!.title).toBe("Comparison: GPT-4 vs DeepSeek R1");
    expect(vs[0]!.input_message_content.message_text).toMatch(/DeepSeek V3 \+ R1 is ≈[\d.]+× cheaper than GPT-4, comparing [\s\S]*Sources/);

    const calc = await results(bot, "2048 gpu 57 days");
    expect(calc[0]!.title).toBe("Cost calculation");
    expect(calc[0]!.input_message_content.message_text).toContain("2,048 GPUs × 57 days × 24 h × $2/GPU·h");

    const ru = await results(bot, "сколько стоил гпт-4", RU_USER);
    expect(ru[0]!.input_message_content.message_text).toMatch(/Альтман[\s\S]*Источники/);
    bot.close();
  });

  it("an empty query offers the most asked facts; nonsense offers nothing", async () => {
    const bot = new TestBot();
    const popular = await results(bot, "");
    expect(popular.length).toBe(5);
    await bot.send("сколько стоило обучение R1?");
    await bot.send("сколько стоило обучение R1?");
    expect((await results(bot, ""))[0]!.id).toBe("f:r1-training-cost");
    expect(await results(bot, "погода в Москве")).toEqual([]);
    bot.close();
  });

  it("records the result a user chose and sent, with its facts and sources (no chat is known); /forget removes it", async () => {
    const bot = new TestBot();
    const chosen = (resultId: string, query: string, id: number): Update => ({
      update_id: id,
      chosen_inline_result: { result_id: resultId, from: EN_USER, query },
    });
    const offered = await results(bot, "gpt4 vs r1");
    // Partial queries typed on the way are not records; only the sent result is.
    expect(bot.app.database.sqlite.prepare("select count(*) from answers").pluck().get()).toBe(0);
    expect(await bot.handle(chosen(offered[0]!.id, "gpt4 vs r1", 920001))).toEqual([]);
    const calc = await results(bot, "2048 gpu 57 days");
    await bot.handle(chosen(calc[0]!.id, "2048 gpu 57 days", 920002));
    await bot.handle(chosen("f:v3-training-cost", "v3 cost", 920003));
    await bot.handle(chosen("f:no-such-fact", "old result", 920004));

    type Row = { chat_id: number | null; user_id: number; question: string; fact_ids: string; source_ids: string; reply_text: string };
    const rows = bot.app.database.sqlite.prepare("select * from answers order by id").all() as Row[];
    expect(rows.map((r) => r.question)).toEqual(["gpt4 vs r1", "2048 gpu 57 days", "v3 cost"]);
    for (const row of rows) {
      expect(row).toMatchObject({ chat_id: null, user_id: EN_USER.id });
      expect(JSON.parse(row.source_ids)).not.toEqual([]);
    }
    expect(rows[0]!.reply_text).toBe(offered[0]!.input_message_content.message_text);
    expect(JSON.parse(rows[0]!.fact_ids)).toEqual(expect.arrayContaining(["gpt4-altman", "r1-training-cost"]));
    expect(rows[1]!.reply_text).toBe(calc[0]!.input_message_content.message_text);
    expect(JSON.parse(rows[2]!.fact_ids)).toContain("v3-training-cost");

    const forget = await bot.send("/forget", EN_USER);
    expect(String(forget[0]?.payload.text)).toMatch(/3/);
    expect(bot.app.database.sqlite.prepare("select count(*) from answers").pluck().get()).toBe(0);
    bot.close();
  });
});

describe("/settings and keyword mode", () => {
  it("an admin switches keyword mode on; then clear cost questions are answered, at most once per interval", async () => {
    const bot = new TestBot(":memory:", [chatMembers]);
    const settings = await bot.handle(groupMessage("/settings", ADMIN));
    expect(texts(settings)[0]).toMatch(/Keyword mode: <b>off<\/b>/);
    const keys = buttons(sent(settings)[0]);
    expect(keys[0]).toEqual({ text: "Turn on", data: "g:on" });

    const pressed = await bot.handle({
      update_id: 910001,
      callback_query: {
        id: "cb1",
        from: ADMIN,
        chat_instance: "x",
        data: "g:on",
        message: { ...sent(settings)[0]!.payload, message_id: 9000, date: 0, chat: SUPERGROUP } as unknown as Message,
      },
    });
    // getChatMember is answered by the fake above, before the recorder sees it.
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(String(pressed[1]?.payload.text)).toMatch(/Keyword mode: <b>on<\/b>/);

    expect(texts(await bot.handle(groupMessage("how much did GPT-4 cost?", MEMBER)))[0]).toMatch(/Altman/);
    // Within the interval: silence, even for a clear question.
    expect(await bot.handle(groupMessage("how much did R1 cost to train?", MEMBER))).toEqual([]);
    // Chatter is never answered.
    expect(await bot.handle(groupMessage("good morning everyone", MEMBER))).toEqual([]);
    bot.close();
  });

  it("keyword mode speaks unasked only on a sure reading of a cost question, and answers it as if asked", async () => {
    const bot = new TestBot(":memory:", [chatMembers]);
    bot.app.deps.repo.updateChatSettings(SUPERGROUP.id, { keywordMode: true });
    // Each of these leaves the slot free: chatter, a bare name (which figure?), a figure asked of nothing named,
    // a name the data does not have.
    for (const chatter of ["good morning everyone", "GPT-4?", "how much did it cost?", "how much did GPT-7 cost?", "сколько тебе лет?"]) {
      expect(await bot.handle(groupMessage(chatter, MEMBER)), chatter).toEqual([]);
    }
    const unasked = texts(await bot.handle(groupMessage("is it true DeepSeek trained V3 for $6M?", MEMBER)))[0] ?? "";
    const asked = texts(await bot.handle(groupMessage("@ai_costs_bot is it true DeepSeek trained V3 for $6M?", MEMBER)))[0] ?? "";
    expect(unasked).toMatch(/Reading it as: DeepSeek V3 · training cost/);
    expect(unasked).toBe(asked);
    bot.close();
  });

  it("a non-admin gets a polite refusal, on the command and on the buttons; anonymous admins are admins", async () => {
    const bot = new TestBot(":memory:", [chatMembers]);
    expect(texts(await bot.handle(groupMessage("/settings on", MEMBER)))[0]).toBe("Only the group's admins can change settings.");
    expect(bot.app.deps.repo.getChatSettings(SUPERGROUP.id).keywordMode).toBe(false);
    const press = await bot.handle({
      update_id: 910002,
      callback_query: {
        id: "cb2",
        from: MEMBER,
        chat_instance: "x",
        data: "g:on",
        message: { message_id: 9000, date: 0, chat: SUPERGROUP } as Message,
      },
    });
    expect(press.at(-1)).toMatchObject({
      method: "answerCallbackQuery",
      payload: { text: "Only the group's admins can change settings.", show_alert: true },
    });

    const anonymous = await bot.handle(groupMessage("/settings on", GROUP_ANONYMOUS_BOT, SUPERGROUP, { sender_chat: SUPERGROUP }));
    expect(texts(anonymous)[0]).toMatch(/Keyword mode: <b>on<\/b>/);

    expect(texts(await bot.send("/settings"))[0]).toMatch(/Настройки — для групп/);
    bot.close();
  });
});

describe("group migration", () => {
  it("moving to a supergroup keeps the group's settings and contexts", async () => {
    const bot = new TestBot(":memory:", [chatMembers]);
    const oldGroup: Chat = { id: -4242, type: "group", title: "old" };
    await bot.handle(groupMessage("/settings on", ADMIN, oldGroup));
    await bot.handle(groupMessage("@ai_costs_bot 2048 GPU на 57 дней по $2/ч", RU_USER, oldGroup));
    await bot.handle(messageUpdate({ ...textMessage("", ADMIN, oldGroup), text: undefined, migrate_to_chat_id: SUPERGROUP.id }));

    expect(bot.app.deps.repo.getChatSettings(SUPERGROUP.id).keywordMode).toBe(true);
    expect(bot.app.deps.repo.getChatSettings(oldGroup.id).keywordMode).toBe(false);
    expect(texts(await bot.handle(groupMessage("@ai_costs_bot а если 4096 GPU?", RU_USER)))[0]).toContain("4 096 GPU × 57 дней");
    bot.close();
  });
});

describe("command menus", () => {
  it("has menus for private chats and groups in Russian and English", () => {
    expect(commandMenu("ru", "private").map((c) => c.command)).toEqual([
      "start",
      "help",
      "facts",
      "compare",
      "top",
      "calc",
      "sources",
      "lang",
      "forget",
    ]);
    expect(commandMenu("en", "group").map((c) => c.command)).toContain("settings");
    for (const lang of ["ru", "en"] as const) for (const c of commandMenu(lang, "group")) expect(c.description.length).toBeGreaterThan(3);
  });
});
