import { describe, expect, it } from "vitest";
import { escapeHtml, packMessages, renderFactAnswer } from "../../src/bot/render.js";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { assertTelegramHtml } from "../helpers/harness.js";

describe("answer rendering", () => {
  const kb = loadKnowledgeBase();

  it("renders every fact in both languages as valid Telegram HTML within the limit", () => {
    for (const fact of kb.facts) {
      for (const lang of ["ru", "en"] as const) {
        const answer = renderFactAnswer(kb, fact, lang);
        const messages = packMessages(answer.blocks);
        expect(messages).toHaveLength(1);
        for (const m of messages) {
          expect(m.length).toBeLessThanOrEqual(4096);
          expect(m).not.toMatch(/undefined|NaN/);
          assertTelegramHtml(m);
        }
        expect(answer.sourceIds.length).toBeGreaterThan(0);
        expect(answer.factIds[0]).toBe(fact.id);
      }
    }
  });

  it("escapes user-controlled text", () => {
    expect(escapeHtml(`<b>"x" & y</b>`)).toBe("&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
  });

  it("splits long output between blocks, never inside one, and cuts an oversized block safely", () => {
    const block = `<b>${"x".repeat(3000)}</b>`;
    const messages = packMessages([block, block, "tail"]);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(block);
    expect(messages[1]).toBe(`${block}\n\ntail`);
    messages.forEach(assertTelegramHtml);
    const huge = packMessages([`<b>${"&amp;".repeat(2000)}</b>`]);
    for (const m of huge) {
      expect(m.length).toBeLessThanOrEqual(4096);
      assertTelegramHtml(m);
    }
  });
});
