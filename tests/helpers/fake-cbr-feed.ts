import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Bytes in windows-1251, the feed's encoding (TextEncoder writes only UTF-8): the reverse of TextDecoder's table. */
export function encodeWindows1251(text: string): Buffer {
  const table = new Map<string, number>();
  const decoded = new TextDecoder("windows-1251").decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  [...decoded].forEach((char, i) => table.set(char, 128 + i));
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 128) return code;
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${char} has no windows-1251 byte`);
      return byte;
    }),
  );
}

export interface DailyRates {
  /** dd.mm.yyyy, as the feed writes it. */
  date: string;
  /** Roubles per unit, written with a decimal comma. */
  usd: string;
  eur: string;
}

/**
 * The Bank of Russia's XML_daily.asp as it answers: windows-1251 XML on one line, Cyrillic names, decimal commas,
 * a Nominal per currency (10 for the Chinese yuan's neighbours, 100 for others), VunitRate since 2023.
 */
export function cbrDailyXml({ date, usd, eur }: DailyRates): string {
  const valute = (id: string, num: string, code: string, nominal: number, name: string, value: string) =>
    `<Valute ID="${id}"><NumCode>${num}</NumCode><CharCode>${code}</CharCode><Nominal>${nominal}</Nominal><Name>${name}</Name>` +
    `<Value>${value}</Value><VunitRate>${value}</VunitRate></Valute>`;
  return (
    `<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="${date}" name="Foreign Currency Market">` +
    valute("R01010", "036", "AUD", 1, "Австралийский доллар", "52,3018") +
    valute("R01035", "826", "GBP", 1, "Фунт стерлингов Соединенного королевства", "107,4412") +
    valute("R01235", "840", "USD", 1, "Доллар США", usd) +
    valute("R01239", "978", "EUR", 1, "Евро", eur) +
    valute("R01375", "156", "CNY", 1, "Юань", "11,2145") +
    valute("R01335", "398", "KZT", 100, "Тенге", "15,6034") +
    `</ValCurs>`
  );
}

/** A local stand-in for https://www.cbr.ru/scripts/XML_daily.asp that counts requests and can fail on demand. */
export class FakeCbrFeed {
  requests = 0;
  rates: DailyRates = { date: "27.11.2026", usd: "78,4512", eur: "90,8870" };
  /** An HTTP status to answer with instead of the rates (e.g. 503). */
  failWith: number | undefined;
  private server: Server | undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/scripts/XML_daily.asp`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests++;
      if (this.failWith) return void res.writeHead(this.failWith, { "content-type": "text/html" }).end("<html>unavailable</html>");
      res.writeHead(200, { "content-type": "application/xml; charset=windows-1251" });
      res.end(encodeWindows1251(cbrDailyXml(this.rates)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
