// The reference for start-up time: a bare grammY bot that echoes, run the same way as src/main.ts.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "", { client: { apiRoot: process.env.BOT_API_ROOT ?? "https://api.telegram.org" } });
bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
process.once("SIGTERM", () => void bot.stop());
await bot.start({ timeout: 1 });
