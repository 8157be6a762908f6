import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Update } from "grammy/types";
import { LOCAL_BOT } from "../../src/bot/local-updates.js";

export interface RecordedRequest {
  method: string;
  payload: Record<string, unknown>;
  /** When the request arrived (ms since epoch). */
  at: number;
}

/**
 * A reply (JSON, or `html` as a proxy in front of the API sends on errors), "destroy" to drop the
 * connection (a network error), or undefined for the normal answer.
 */
type Reply = { status: number; body: unknown } | { status: number; html: string } | "destroy" | undefined;
type Responder = (payload: Record<string, unknown>) => Reply | Promise<Reply>;

/**
 * A local stand-in for the Telegram Bot API on 127.0.0.1: answers /bot<token>/<method> with
 * Telegram's envelope, serves queued updates to getUpdates (long polling, offsets confirmed
 * like Telegram's), records every call, and lets a test make any method fail.
 */
export class FakeBotApi {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Update[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly overrides = new Map<string, Responder>();
  private server: Server | undefined;
  private nextMessageId = 1;
  /** The webhook as setWebhook left it (getUpdates answers 409 while one is set, as Telegram does). */
  webhook: { url: string; secret_token?: string } | undefined;
  private readonly requestListeners: ((socket: Socket) => void)[] = [];

  /** `latencyMs` delays every answer, as a remote Bot API would (0 = answer at once). */
  constructor(private readonly latencyMs = 0) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** Listens on 127.0.0.1 (a given port, or any free one). */
  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      for (const listener of this.requestListeners) listener(req.socket);
      void this.handle(req).then((reply) => {
        if (reply === "destroy") return void req.socket.destroy();
        if ("html" in reply) {
          res.writeHead(reply.status, { "content-type": "text/html" });
          return void res.end(reply.html);
        }
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.waiters.splice(0).forEach((wake) => wake());
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  push(...updates: Update[]): void {
    this.queue.push(...updates);
    this.waiters.splice(0).forEach((wake) => wake());
  }

  /** Make a method answer differently (an error, a delay); return undefined to fall through. */
  override(method: string, responder: Responder): void {
    this.overrides.set(method, responder);
  }

  /** Called with the connection of every request (to count how many connections a client opens). */
  onRequest(listener: (socket: Socket) => void): void {
    this.requestListeners.push(listener);
  }

  calls(method: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method);
  }

  /** Resolves when a call of `method` matching `predicate` has arrived. */
  async waitFor(method: string, predicate: (r: RecordedRequest) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find((r) => r.method === method && predicate(r));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${method}; got ${this.requests.map((r) => r.method).join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async handle(req: IncomingMessage): Promise<Exclude<Reply, undefined>> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
    if (!match) return { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } };
    const method = match[2]!;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const contentType = req.headers["content-type"] ?? "";
    const payload = contentType.startsWith("multipart/form-data")
      ? multipartPayload(body, contentType)
      : body.length
        ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>)
        : {};
    this.requests.push({ method, payload, at: Date.now() });

    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const overridden = await this.overrides.get(method)?.(payload);
    if (overridden) return overridden;
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });

    switch (method) {
      case "getMe":
        return ok(LOCAL_BOT);
      case "getUpdates":
        if (this.webhook)
          return {
            status: 409,
            body: {
              ok: false,
              error_code: 409,
              description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            },
          };
        return ok(await this.getUpdates(payload));
      case "setWebhook":
        this.webhook = {
          url: String(payload.url),
          ...(typeof payload.secret_token === "string" ? { secret_token: payload.secret_token } : {}),
        };
        return ok(true);
      case "deleteWebhook":
        this.webhook = undefined;
        return ok(true);
      case "getWebhookInfo":
        return ok({ url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: this.queue.length });
      case "sendMessage":
        return ok({
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: "private" },
          text: payload.text,
        });
      default:
        return ok(true);
    }
  }

  private async getUpdates(payload: Record<string, unknown>): Promise<Update[]> {
    const offset = Number(payload.offset ?? 0);
    // Confirming an offset forgets the updates before it, as Telegram does.
    while (this.queue.length && this.queue[0]!.update_id < offset) this.queue.shift();
    const timeoutMs = Math.min(Number(payload.timeout ?? 0), 2) * 1000;
    if (this.queue.length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const limit = Number(payload.limit ?? 100);
    return this.queue.slice(0, limit);
  }
}

/** An uploaded file as the fake records it. */
export interface UploadedFile {
  filename: string;
  size: number;
  /** The first bytes, enough to tell a PNG. */
  head: number[];
}

/**
 * grammY uploads files as multipart/form-data (headers written "content-disposition:form-data;name=…",
 * which Telegram takes but WHATWG's strict parser refuses), so the fake reads parts itself.
 * Fields stay strings; files are summarised.
 */
function multipartPayload(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(?<b>[^;]+)/.exec(contentType)?.groups?.b;
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary}`);
  const payload: Record<string, unknown> = {};
  for (let start = body.indexOf(delimiter); start !== -1;) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /name="(?<n>[^"]*)"/i.exec(headers)?.groups?.n ?? "";
    const filename = /filename="?(?<f>[^";\r\n]+)"?/i.exec(headers)?.groups?.f;
    payload[name] =
      filename === undefined
        ? content.toString("utf8")
        : ({ filename, size: content.length, head: [...content.subarray(0, 8)] } satisfies UploadedFile);
    start = next;
  }
  // grammY sends a file as "attach://<id>" in its field and the bytes in the part named <id>.
  for (const [field, value] of Object.entries(payload)) {
    if (typeof value === "string" && value.startsWith("attach://")) payload[field] = payload[value.slice("attach://".length)];
  }
  return payload;
}
