import { Composer, Context, type Middleware } from "grammy";
import type { Chat, Message, Update } from "grammy/types";
import { describe, expect, it, vi } from "vitest";
import { FeatureComposer } from "../src/bot/feature-composer.js";
import { callbackUpdate, LOCAL_BOT, messageUpdate, textMessage } from "../src/bot/local-updates.js";
import { EN_USER } from "./helpers/harness.js";

const GROUP: Chat = { id: -100, type: "supergroup", title: "g" };
const UPDATES: Update[] = [
  messageUpdate(textMessage("/start", EN_USER)),
  messageUpdate(textMessage("/start@ai_costs_bot", EN_USER, GROUP)),
  messageUpdate(textMessage("/help", EN_USER)),
  messageUpdate(textMessage("how much did GPT-4 cost?", EN_USER)),
  messageUpdate(textMessage("in a group", EN_USER, GROUP)),
  messageUpdate({
    message_id: 5,
    date: 0,
    chat: { id: EN_USER.id, type: "private", first_name: "Ann" },
    from: EN_USER,
    sticker: { file_id: "s" },
  } as Message),
  callbackUpdate("k:3:g2", EN_USER, { message_id: 1, date: 0, chat: { id: EN_USER.id, type: "private", first_name: "Ann" } }),
  callbackUpdate("other", EN_USER, { message_id: 1, date: 0, chat: { id: EN_USER.id, type: "private", first_name: "Ann" } }),
];

/** A feature built the way src/bot/features build theirs; records which handlers ran, in order. */
function feature(composer: Composer<Context>, log: string[]): Composer<Context> {
  const step =
    (name: string, passOn = false): Middleware<Context> =>
    async (_ctx, next) => {
      log.push(name);
      if (passOn) await next();
    };
  composer.command("start", step("start"));
  composer.on("message:text", step("text (passes on)", true));
  composer.callbackQuery(/^k:(\d+):(\w+)$/, step("calc button"));
  const groups = composer.chatType(["group", "supergroup"]);
  groups.on("message", step("group message"));
  composer.filter(async (ctx) => Promise.resolve(ctx.message?.sticker !== undefined), step("sticker (async predicate)"));
  composer.on("message", step("any message"));
  composer.use(step("fallback"));
  // Added to a branch after it was registered: grammY still runs it, so must we.
  groups.use(step("late group handler"));
  return composer;
}

describe("FeatureComposer", () => {
  it("routes every update exactly as grammY's Composer does", async () => {
    const ours: string[][] = [];
    const theirs: string[][] = [];
    for (const [i, update] of UPDATES.entries()) {
      for (const [make, into] of [
        [() => new FeatureComposer<Context>(), ours],
        [() => new Composer<Context>(), theirs],
      ] as const) {
        const log: string[] = [];
        const handler = feature(make(), log).middleware();
        await handler(new Context(update, undefined as never, LOCAL_BOT), () => {
          log.push("next");
          return Promise.resolve();
        });
        into[i] = log;
      }
    }
    expect(ours).toEqual(theirs);
    // And the routing is the one intended, not merely the same.
    expect(ours[0]).toEqual(["start"]);
    expect(ours[1]).toEqual(["start"]);
    expect(ours[3]).toEqual(["text (passes on)", "any message"]);
    expect(ours[4]).toEqual(["text (passes on)", "group message"]);
    expect(ours[5]).toEqual(["sticker (async predicate)"]);
    expect(ours[6]).toEqual(["calc button"]);
    expect(ours[7]).toEqual(["fallback"]);
  });

  it("keeps grammY's contract for use(), next and errors", async () => {
    const ctx = new Context(UPDATES[3]!, undefined as never, LOCAL_BOT);
    const leaf = () => Promise.resolve();
    for (const make of [() => new Composer<Context>(), () => new FeatureComposer<Context>()]) {
      const name = make().constructor.name;
      const twice = make();
      twice.use(async (_ctx, next) => {
        await next();
        await next();
      });
      twice.use((_ctx, next) => next());
      await expect(twice.middleware()(ctx, leaf), name).rejects.toThrow(/already called/);

      const throwsAtOnce = make();
      throwsAtOnce.use(() => {
        throw new Error("boom");
      });
      const result = throwsAtOnce.middleware()(ctx, leaf);
      expect(result, name).toBeInstanceOf(Promise);
      await expect(result, name).rejects.toThrow("boom");

      // A composer returned by use() and extended afterwards; a middleware that returns nothing.
      const log: string[] = [];
      const outer = make();
      const inner = outer.use((_ctx, next) => next());
      outer.use(() => {
        log.push("after inner");
      });
      inner.use((_ctx, next) => {
        log.push("added later");
        return next();
      });
      await outer.middleware()(ctx, () => {
        log.push("end");
        return Promise.resolve();
      });
      expect(log, name).toEqual(["added later", "after inner"]);
    }
  });

  it("builds each filter's branch once, not a Composer per update through lazy()", () => {
    const lazy = vi.spyOn(Composer.prototype, "lazy");
    const composer = new FeatureComposer<Context>();
    composer.on("message:text", () => undefined);
    composer.command("start", () => undefined);
    composer.chatType("private").on("message", () => undefined);
    expect(lazy).not.toHaveBeenCalled();
    new Composer<Context>().on("message:text", () => undefined);
    expect(lazy).toHaveBeenCalled(); // grammY's own Composer does go through lazy()
    lazy.mockRestore();
  });
});
