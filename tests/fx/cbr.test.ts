import { describe, expect, it } from "vitest";
import { FeedError, fetchCbrDaily, parseCbrDaily } from "../../src/fx/cbr.js";
import { cbrDailyXml, encodeWindows1251, FakeCbrFeed } from "../helpers/fake-cbr-feed.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

describe("the Bank of Russia's daily XML", () => {
  it("reads the date and roubles per unit (decimal commas, nominals) from the windows-1251 document", () => {
    const bytes = encodeWindows1251(cbrDailyXml({ date: "27.11.2026", usd: "78,4512", eur: "90,8870" }));
    expect(bytes.includes(Buffer.from("Доллар США"))).toBe(false); // really not UTF-8
    const rates = parseCbrDaily(new TextDecoder("windows-1251").decode(bytes));
    expect(rates.date).toBe("2026-11-27");
    expect(rates.rubPer.get("USD")).toBe(78.4512);
    expect(rates.rubPer.get("EUR")).toBe(90.887);
    expect(rates.rubPer.get("KZT")).toBeCloseTo(0.156034, 6); // 15,6034 ₽ for 100 tenge
  });

  it("reads the layout with line breaks and indentation too", () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?>
<ValCurs Date="06.06.2020" name="Foreign Currency Market">
    <Valute ID="R01235">
        <NumCode>840</NumCode>
        <CharCode>USD</CharCode>
        <Nominal>1</Nominal>
        <Name>Доллар США</Name>
        <Value>68,6319</Value>
    </Valute>
</ValCurs>`;
    expect(parseCbrDaily(xml)).toEqual({ date: "2020-06-06", rubPer: new Map([["USD", 68.6319]]) });
  });

  it.each([
    ["<html>maintenance</html>", /no <ValCurs> element/],
    ['<ValCurs name="Foreign Currency Market"></ValCurs>', /no Date="dd.mm.yyyy"/],
    ['<ValCurs Date="31.02.2026"></ValCurs>', /invalid date 31.02.2026/],
  ])("refuses what is not the feed: %s", (xml, message) => {
    expect(() => parseCbrDaily(xml)).toThrow(FeedError);
    expect(() => parseCbrDaily(xml)).toThrow(message);
  });

  it("skips a currency whose value is not a number", () => {
    const xml = '<ValCurs Date="01.12.2026"><Valute><CharCode>USD</CharCode><Nominal>1</Nominal><Value>n/a</Value></Valute></ValCurs>';
    expect(parseCbrDaily(xml).rubPer.size).toBe(0);
  });
});

describe("fetching the feed", () => {
  it("fetches and decodes it over HTTP", async () => {
    const feed = await new FakeCbrFeed().start();
    try {
      const rates = await fetchCbrDaily(feed.url);
      expect(rates.date).toBe("2026-11-27");
      expect(rates.rubPer.get("USD")).toBe(78.4512);
    } finally {
      await feed.stop();
    }
  });

  it("names the cause of a failure: HTTP status, connection refused, timeout", async () => {
    const feed = await new FakeCbrFeed().start();
    const url = feed.url;
    feed.failWith = 503;
    await expect(fetchCbrDaily(url)).rejects.toThrow(/HTTP 503 Service Unavailable/);
    await feed.stop();
    await expect(fetchCbrDaily(url)).rejects.toThrow(/ECONNREFUSED/);

    const silent = createServer(() => undefined).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      await expect(fetchCbrDaily(`http://127.0.0.1:${port}/`, { timeoutMs: 200 })).rejects.toThrow(/no answer within 0.2 s/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
