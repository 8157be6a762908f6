import { describe, expect, it } from "vitest";
import { escapeHtml, packMessages, renderFactAnswer } from "../src/bot/render.js";
import { formatCompact, formatDate, formatNumber, formatUsd } from "../src/bot/locales/format.js";
import { loadKnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { assertTelegramHtml } from "./helpers/harness.js";

describe("number formatting for the language", () => {
  it("formats money and counts the way each language writes them", () => {
    expect(formatUsd(5_576_000, "ru", 2)).toBe("$5,6 млн");
    expect(formatUsd(5_576_000, "en", 2)).toBe("$5.6M");
    expect(formatUsd(294_000, "ru")).toBe("$294 тыс.");
    expect(formatUsd(1.6e9, "en")).toBe("$1.6B");
    expect(formatCompact(14.8e12, "ru")).toBe("14,8 трлн");
    expect(formatNumber(2048, "en")).toBe("2,048");
    expect(formatNumber(2048, "ru")).toBe("2 048");
    expect(formatNumber(1e21, "en")).not.toMatch(/e/);
    expect(formatDate("2024-12-27", "en")).toBe("27 Dec 2024");
    expect(formatDate("2023-08", "en")).toBe("Aug 2023");
  });
});

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
