import { describe, expect, it } from "vitest";
import { SWITCH_OFF, SWITCH_ON } from "../../src/bot/grammar.js";

describe("grammar", () => {
  it("/settings on|off in both languages (\\b does not see Cyrillic letters as word characters)", () => {
    for (const arg of ["on", "вкл", "включить", "включи режим"])
      expect([SWITCH_ON.test(arg), SWITCH_OFF.test(arg)], arg).toEqual([true, false]);
    for (const arg of ["off", "выкл", "выключить"]) expect([SWITCH_ON.test(arg), SWITCH_OFF.test(arg)], arg).toEqual([false, true]);
    for (const arg of ["", "once", "online", "5"]) expect([SWITCH_ON.test(arg), SWITCH_OFF.test(arg)], arg).toEqual([false, false]);
  });
});
