// The fake Bot API in a process of its own, as Telegram is: the bot under test does not share
// its CPU. Arguments: users, questions per user, latency (ms). Talks to the parent over IPC:
// sends { url } once listening, then { ms } once every question has been answered.
import { FakeBotApi } from "../tests/helpers/fake-bot-api.js";
import { burst, timeUntilAnswered } from "./burst.js";

const [users = 200, perUser = 5, latencyMs = 0] = process.argv.slice(2).map(Number);
const updates = burst(users, perUser);
const api = await new FakeBotApi(latencyMs).start();
api.push(...updates);
process.send?.({ url: api.url });
const ms = await timeUntilAnswered(api, updates.length);
process.send?.({ ms });
process.on("disconnect", () => void api.stop().then(() => process.exit(0)));
