import { apiThrottler } from "@grammyjs/transformer-throttler";
import { config as loadDotenv } from "dotenv";
import { createApp, type App } from "./app.js";
import { commandMenu, createBot } from "./bot/create-bot.js";
import { ConfigError, parseConfig } from "./config.js";
import { createLogger, redact } from "./logger.js";

/** `npm start`: long polling against Telegram (or BOT_API_ROOT) until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = parseConfig(process.env, { requireToken: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let app: App;
  try {
    app = createApp({ databasePath: config.databasePath, admins: config.admins, rates: config.rates, logger });
  } catch (error) {
    process.stderr.write(`Cannot open the database at ${config.databasePath}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  logger.info("database ready", { path: config.databasePath, knowledgeSync: app.sync });

  // Telegram allows about 20 messages a minute per group: the throttler queues beyond that instead of failing.
  const bot = createBot({ token: config.botToken as string, apiRoot: config.apiRoot, deps: app.deps, transformers: [apiThrottler()] });
  bot.catch((error) => logger.error("unhandled bot error", { error: redact(String(error.error)) }));

  // Everything above is synchronous, so no signal can arrive before these handlers exist.
  let stopRequested = false;
  const requestStop = (signal: string) => {
    if (stopRequested) return;
    stopRequested = true;
    logger.info(`${signal} received, finishing the update in hand`);
    if (bot.isRunning()) {
      void bot.stop().catch((error: unknown) => logger.warn("could not confirm the last update offset", { error: redact(String(error)) }));
    }
  };
  process.once("SIGTERM", () => requestStop("SIGTERM"));
  process.once("SIGINT", () => requestStop("SIGINT"));

  try {
    await bot.start({
      onStart: (me) => {
        logger.info(`polling as @${me.username}`);
        void setCommandMenus(bot.api, logger); // in the background: a slow menu call must not delay answers
      },
    });
  } catch (error) {
    if (stopRequested) {
      // A stop during start-up aborts getMe/deleteWebhook: that is the stop, not a failure.
      app.database.close();
      logger.info("stopped during start-up");
      process.exit(0);
    }
    logger.error("polling stopped with an error", { error: redact(String(error)) });
    app.database.close();
    process.exit(1);
  }
  app.database.close();
  logger.info("stopped cleanly");
  process.exit(0);
}

/** Cosmetic: a failure here (network, rights) is logged and the bot keeps running. */
async function setCommandMenus(api: ReturnType<typeof createBot>["api"], logger: ReturnType<typeof createLogger>): Promise<void> {
  for (const lang of ["en", "ru"] as const) {
    for (const where of ["private", "group"] as const) {
      const scope = where === "private" ? ({ type: "all_private_chats" } as const) : ({ type: "all_group_chats" } as const);
      try {
        await api.setMyCommands(commandMenu(lang, where), { scope, ...(lang === "ru" ? { language_code: "ru" } : {}) });
      } catch (error) {
        logger.warn("setMyCommands failed; the bot runs without that command menu", { lang, where, error: redact(String(error)) });
      }
    }
  }
}

await main();
