/**
 * The Bank of Russia's official daily exchange rates (https://www.cbr.ru/scripts/XML_daily.asp): XML in
 * windows-1251, `<ValCurs Date="28.11.2026"><Valute><CharCode>USD</CharCode><Nominal>1</Nominal>
 * <Value>81,5</Value></Valute>…`, roubles per Nominal units, with decimal commas. Without `date_req` it gives
 * the latest rates set, which after the afternoon announcement are those for the next day.
 */
export interface CbrRates {
  /** The date the rates are set for (YYYY-MM-DD). */
  date: string;
  /** Roubles per one unit of each currency, by its letter code. */
  rubPer: Map<string, number>;
}

export class FeedError extends Error {}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const tag = (xml: string, name: string): string | undefined => new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();

/** "81,5012" → 81.5012; anything else is not a number. */
const decimal = (text: string | undefined): number => (text && /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : NaN);

/** Reads the feed's XML (already decoded to text). Throws FeedError naming what is missing or malformed. */
export function parseCbrDaily(xml: string): CbrRates {
  const root = /<ValCurs\b([^>]*)>/.exec(xml);
  if (!root) throw new FeedError("no <ValCurs> element: not the Bank of Russia's daily rates");
  const dateText = /\bDate="(\d{2})\.(\d{2})\.(\d{4})"/.exec(root[1] ?? "");
  if (!dateText) throw new FeedError('<ValCurs> has no Date="dd.mm.yyyy"');
  const [, day, month, year] = dateText;
  const date = `${year}-${month}-${day}`;
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)
    throw new FeedError(`invalid date ${day}.${month}.${year}`);
  const rubPer = new Map<string, number>();
  for (const [, body] of xml.matchAll(/<Valute\b[^>]*>([\s\S]*?)<\/Valute>/g)) {
    const code = decodeEntities(tag(body ?? "", "CharCode") ?? "");
    const nominal = decimal(tag(body ?? "", "Nominal"));
    const value = decimal(tag(body ?? "", "Value"));
    if (!/^[A-Z]{3}$/.test(code) || !(nominal > 0) || !(value > 0)) continue;
    rubPer.set(code, value / nominal);
  }
  return { date, rubPer };
}

/** The charset the response declares (header, then the XML prolog); the feed's own is windows-1251. */
function charsetOf(contentType: string | null, head: string): string {
  return (
    /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1] ??
    /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ??
    "windows-1251"
  ).toLowerCase();
}

/** Fetches and reads the feed. Network failures, non-200 answers and unreadable bodies throw, with the cause. */
export async function fetchCbrDaily(
  url: string,
  { timeoutMs = 15_000, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<CbrRates> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { accept: "application/xml, text/xml", "user-agent": "ai-costs-bot (daily official rate, once a day)" },
    });
  } catch (error) {
    if (timeout.aborted) throw new FeedError(`no answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FeedError(cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
  }
  if (!response.ok) throw new FeedError(`HTTP ${response.status} ${response.statusText}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > 1_000_000) throw new FeedError(`answer too large (${bytes.length} bytes)`);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  let text: string;
  try {
    text = new TextDecoder(charsetOf(response.headers.get("content-type"), head)).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1251").decode(bytes);
  }
  return parseCbrDaily(text);
}
