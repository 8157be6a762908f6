import { autoRetry } from "@grammyjs/auto-retry";
import { createApp, type App } from "./app.js";
import { commandMenu, createBot } from "./bot/create-bot.js";
import { MENU_LANGUAGES } from "./bot/locales/index.js";
import { configFromEnvironmentOrExit } from "./config.js";
import { createLogger } from "./logger.js";
import { startPolling } from "./polling.js";
import { retryNetworkErrors } from "./retry.js";

/** `npm start`: long polling against Telegram (or BOT_API_ROOT) until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // Signals are taken from the first moment: without a listener, SIGINT/SIGTERM kill the process
  // outright, so a stop during start-up would not be clean. The real stop is attached below.
  const shutdown: { requested?: string; run?: (signal: string) => void } = {};
  const onSignal = (signal: string) => {
    shutdown.requested ??= signal;
    if (shutdown.run) shutdown.run(signal);
    else process.exit(0); // nothing opened yet
  };
  process.once("SIGTERM", () => onSignal("SIGTERM"));
  process.once("SIGINT", () => onSignal("SIGINT"));

  const config = configFromEnvironmentOrExit({ requireToken: true });
  const logger = createLogger(config.logLevel, { format: config.logFormat });

  let app: App;
  try {
    app = createApp({ databasePath: config.databasePath, admins: config.admins, rates: config.rates, logger });
  } catch (error) {
    process.stderr.write(`Cannot open the database at ${config.databasePath}: ${error instanceof Error ? error.message : String(error)}\n`);
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
  const polling = startPolling(bot, app.deps.repo, logger);

  let stopping: Promise<never> | undefined;
  shutdown.run = (signal: string) => {
    stopping ??= (async () => {
      logger.info(`${signal} received: no new updates, finishing the ones in hand`);
      await polling.stop();
      app.database.close();
      logger.info("stopped cleanly");
      process.exit(0);
    })();
  };
  if (shutdown.requested) shutdown.run(shutdown.requested);

  await polling.started;
  if (!stopping) void setCommandMenus(bot.api, logger); // in the background: a slow menu call must not delay answers
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
