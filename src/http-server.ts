import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Delivery } from "./delivery.js";
import type { Repository } from "./db/repository.js";
import type { Logger } from "./logger.js";
import { FatalStartupError } from "./startup.js";

export interface HealthReport {
  status: "ok" | "starting" | "stopping" | "error";
  mode: "polling" | "webhook";
  uptimeSeconds: number;
  /** When the last update was handled (ISO time), null if none since start. */
  lastUpdateHandledAt: string | null;
  /** Updates stored in the inbox and not yet handled. */
  pendingUpdates: number | null;
  /** Updates being handled right now. */
  inHand: number;
  database: { writable: boolean; error?: string };
}

export interface HealthSource {
  mode: "polling" | "webhook";
  startedAt: Date;
  delivery: Delivery;
  repo: Repository;
  /** True once connected to Telegram and taking updates. */
  ready: () => boolean;
}

/**
 * GET /healthz: 200 while the database takes a write, 503 when it does not (or while stopping). The write is one
 * row (heartbeat), so a read-only file, a full disk or a lost volume show here rather than in a lost answer.
 */
export function healthReport(source: HealthSource, stopping: boolean, now = new Date()): { code: number; report: HealthReport } {
  let database: HealthReport["database"];
  let pendingUpdates: number | null = null;
  try {
    source.repo.touchHeartbeat(now);
    database = { writable: true };
    pendingUpdates = source.repo.pendingCount();
  } catch (error) {
    database = { writable: false, error: error instanceof Error ? error.message : String(error) };
  }
  const status = stopping ? "stopping" : !database.writable ? "error" : source.ready() ? "ok" : "starting";
  return {
    code: stopping || !database.writable ? 503 : 200,
    report: {
      status,
      mode: source.mode,
      uptimeSeconds: Math.round((now.getTime() - source.startedAt.getTime()) / 1000),
      lastUpdateHandledAt: source.delivery.lastHandledAt?.toISOString() ?? null,
      pendingUpdates,
      inHand: source.delivery.inHandCount,
      database,
    },
  };
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HttpServer {
  server: Server;
  /** The address it listens on, e.g. http://127.0.0.1:8080. */
  url: string;
  /** Stops accepting connections and answers 503 on kept-alive ones; resolves when open requests are answered. */
  close(): Promise<void>;
}

/**
 * The bot's small HTTP server: GET /healthz always, and in webhook mode POST on the webhook's path. Anything
 * else is 404. Once closing, new connections are refused and requests on open ones get 503.
 */
export async function startHttpServer({
  host,
  port,
  health,
  webhook,
  logger,
}: {
  host: string;
  port: number;
  health: HealthSource;
  webhook?: { path: string; handle: RequestHandler };
  logger: Logger;
}): Promise<HttpServer> {
  let closing = false;
  const server = createServer((req, res) => {
    // A request that was under way when closing began: its connection ends with it.
    res.once("finish", () => {
      if (closing) server.closeIdleConnections();
    });
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      const { code, report } = healthReport(health, closing);
      res.writeHead(code, { "content-type": "application/json", "cache-control": "no-store" });
      return void res.end(req.method === "HEAD" ? undefined : JSON.stringify(report));
    }
    if (webhook && path === webhook.path) {
      if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
      if (closing) return void res.writeHead(503, { "retry-after": "5", connection: "close" }).end();
      return void webhook.handle(req, res).catch((error: unknown) => {
        // Not stored (bad JSON, or the database failed): Telegram gets an error and sends it again later.
        const badRequest = error instanceof SyntaxError;
        if (!badRequest) logger.error({ err: error }, "webhook request failed; Telegram will send it again");
        if (!res.headersSent) res.writeHead(badRequest ? 400 : 500);
        res.end();
      });
    }
    res.writeHead(404).end();
  });
  // Telegram keeps webhook connections open; a stop must not wait for idle ones.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new FatalStartupError(
              `Cannot listen on ${host}:${port}: the port is taken by another process; set PORT (or HEALTH_PORT) to a free one`,
            )
          : error.code === "EACCES"
            ? new FatalStartupError(
                `Cannot listen on ${host}:${port}: not allowed (ports below 1024 need privileges); use a port above 1024`,
              )
            : new FatalStartupError(`Cannot listen on ${host}:${port}: ${error.message}`),
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
