import { autoRetry } from "@grammyjs/auto-retry";
import { createApp, type App } from "./app.js";
import { commandMenu, createBot } from "./bot/create-bot.js";
import { MENU_LANGUAGES } from "./bot/locales/index.js";
import { configFromEnvironmentOrExit, type Config } from "./config.js";
import { Delivery } from "./delivery.js";
import { startFxUpdates, type FxUpdater } from "./fx/rates.js";
import { startHttpServer, type HttpServer } from "./http-server.js";
import { createLogger, redact, type Logger } from "./logger.js";
import { startPolling } from "./polling.js";
import { retryNetworkErrors } from "./retry.js";
import { FatalStartupError } from "./startup.js";
import { startWebhook } from "./webhook.js";

/** What stops the bot: the running mode and the servers and timers around it. */
interface Running {
  started: Promise<void>;
  failed?: Promise<never>;
  stop(): Promise<void>;
}

/** Why a database path cannot be used, in words that say what to change. */
function databaseProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  const hint =
    code === "ENOTDIR"
      ? "a part of the path is a file, not a folder"
      : code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? "the folder is not writable by this user"
        : code === "ENOENT" && /^\/(proc|sys)(\/|$)/.test(path)
          ? "/proc and /sys hold no files"
          : code === "SQLITE_CANTOPEN"
            ? "SQLite cannot create or open a file there"
            : code === "SQLITE_NOTADB"
              ? "the file exists but is not a SQLite database"
              : code === "SQLITE_READONLY"
                ? "the file or its folder is read-only"
                : undefined;
  return `Cannot open the database at ${path}: ${detail}${hint ? ` (${hint})` : ""}; set DATABASE_PATH to a file in a writable folder`;
}

/** `npm start`: long polling (or a webhook server) against Telegram (or BOT_API_ROOT) until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // Signals are taken from the first moment: without a listener, SIGINT/SIGTERM kill the process
  // outright, so a stop during start-up would not be clean. The real stop is attached below.
  const shutdown: { requested?: string; run?: (signal: string) => void } = {};
  const onSignal = (signal: string) => {
    if (shutdown.requested) return; // already stopping
    shutdown.requested = signal;
    if (shutdown.run) shutdown.run(signal);
    else process.exit(0); // nothing opened yet
  };
  // `on`, not `once`: the same stop can arrive twice (npm start forwards the signal a service manager or Ctrl-C
  // also sends to the whole group), and a second one must not kill the process in the middle of its stop.
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));

  const config = configFromEnvironmentOrExit({ requireToken: true });
  const logger = createLogger(config.logLevel, { format: config.logFormat });

  let app: App;
  try {
    app = createApp({
      databasePath: config.databasePath,
      admins: config.admins,
      rates: config.rates,
      officialRates: config.fx.source !== "none",
      logger,
    });
  } catch (error) {
    process.stderr.write(`${redact(databaseProblem(config.databasePath, error))}\n`);
    process.exit(1);
  }
  logger.info({ path: config.databasePath, knowledgeSync: app.sync }, "database ready");

  const bot = createBot({
    token: config.botToken as string,
    apiRoot: config.apiRoot,
    deps: app.deps,
    transformers: [
      // Network errors: a few retries with backoff and a log line (see retry.ts).
      retryNetworkErrors(logger),
      // Flood limits the way grammY advises: on 429 wait retry_after and send again, so a burst into one group
      // (about 20 messages a minute) is delayed, never dropped. A demand over a minute fails that call instead of
      // hanging the chat; several answers retrying at once can meet the limit again, hence ten attempts. 5xx: back off.
      autoRetry({ maxRetryAttempts: 10, maxDelaySeconds: 60, rethrowHttpErrors: true }),
    ],
  });
  const delivery = new Delivery(bot, app.deps.repo, logger);
  const health = { startedAt: new Date(), delivery, repo: app.deps.repo };

  let running: Running | undefined;
  let healthServer: HttpServer | undefined;
  let fx: FxUpdater | undefined;
  let stopping: Promise<never> | undefined;
  const stopAll = (code: number, message?: string) =>
    (stopping ??= (async () => {
      if (message) logger.info(message);
      fx?.stop();
      await running?.stop();
      await healthServer?.close();
      app.database.close();
      if (code === 0) logger.info("stopped cleanly");
      process.exit(code);
    })());
  const fatal = (error: unknown) => {
    if (!(error instanceof FatalStartupError)) throw error;
    if (logger.isLevelEnabled("fatal")) logger.fatal(error.message);
    else process.stderr.write(`${redact(error.message)}\n`);
    void stopAll(1);
  };

  try {
    running = await startMode(config, bot, delivery, health, logger);
    if (config.mode === "polling" && config.healthPort !== undefined) {
      healthServer = await startHttpServer({
        host: config.webhook.host,
        port: config.healthPort,
        health: { ...health, mode: "polling", ready: () => bot.isInited() },
        logger,
      });
      logger.info(`health check on ${healthServer.url}/healthz`);
    }
  } catch (error) {
    fatal(error);
    return;
  }
  shutdown.run = (signal: string) => void stopAll(0, `${signal} received: no new updates, finishing the ones in hand`);
  if (shutdown.requested) shutdown.run(shutdown.requested);
  running.failed?.catch(fatal);

  try {
    await running.started;
  } catch (error) {
    fatal(error);
    return;
  }
  if (stopping) return;
  // The first getUpdates is on its way: build the matcher and reader while it waits, not before it (see createApp).
  setImmediate(() => app.warmUp());
  // In the background: a slow menu call or rate feed must not delay answers.
  void setCommandMenus(bot.api, logger);
  if (config.fx.source === "cbr" && !(config.rates.usdRub && config.rates.usdEur)) {
    fx = startFxUpdates({
      feedUrl: config.fx.feedUrl,
      repo: app.deps.repo,
      logger,
      onRates: (rates) => app.useOfficialRates(rates),
      fallbackDate: () => app.storedRateDate,
    });
  }
}

function startMode(
  config: Config,
  bot: ReturnType<typeof createBot>,
  delivery: Delivery,
  health: { startedAt: Date; delivery: Delivery; repo: App["deps"]["repo"] },
  logger: Logger,
): Promise<Running> | Running {
  if (config.mode === "webhook") {
    return startWebhook(bot, delivery, health, logger, {
      url: config.webhook.url as string,
      secret: config.webhook.secret as string,
      host: config.webhook.host,
      port: config.webhook.port,
      apiRoot: config.apiRoot,
    });
  }
  return startPolling(bot, delivery, logger, { apiRoot: config.apiRoot });
}

/** Cosmetic: a failure here (network, rights) is logged and the bot keeps running. */
async function setCommandMenus(api: ReturnType<typeof createBot>["api"], logger: ReturnType<typeof createLogger>): Promise<void> {
  for (const { lang, languageCode } of MENU_LANGUAGES) {
    for (const where of ["private", "group"] as const) {
      const scope = where === "private" ? ({ type: "all_private_chats" } as const) : ({ type: "all_group_chats" } as const);
      try {
        await api.setMyCommands(commandMenu(lang, where), { scope, ...(languageCode ? { language_code: languageCode } : {}) });
      } catch (error) {
        logger.warn({ lang, where, cause: String(error) }, "setMyCommands failed; the bot runs without that command menu");
      }
    }
  }
}

await main();
