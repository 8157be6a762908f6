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
    app = createApp({ databasePath: config.databasePath, admins: config.admins, logger });
  } catch (error) {
    process.stderr.write(`Cannot open the database at ${config.databasePath}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  logger.info("database ready", { path: config.databasePath, knowledgeSync: app.sync });

  const bot = createBot({ token: config.botToken as string, apiRoot: config.apiRoot, deps: app.deps });
  bot.catch((error) => logger.error("unhandled bot error", { error: redact(String(error.error)) }));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, finishing the update in hand`);
    void bot.stop().catch((error: unknown) => logger.warn("could not confirm the last update offset", { error: redact(String(error)) }));
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));

  try {
    await bot.start({
      onStart: async (me) => {
        logger.info(`polling as @${me.username}`);
        void setCommandMenus(bot.api, logger); // in the background: a slow menu call must not delay answers
      },
    });
  } catch (error) {
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
    try {
      await api.setMyCommands(commandMenu(lang), lang === "ru" ? { language_code: "ru" } : {});
    } catch (error) {
      logger.warn("setMyCommands failed; the bot runs without a command menu", { lang, error: redact(String(error)) });
    }
  }
}

await main();
