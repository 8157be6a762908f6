import { configFromEnvironmentOrExit } from "./config.js";

/**
 * `node dist/healthcheck.js`: the container's HEALTHCHECK. Asks the running bot's GET /healthz (PORT in webhook
 * mode, HEALTH_PORT in polling mode) and exits 0 on 200, 1 otherwise, with the answer as its one line.
 * In polling mode without HEALTH_PORT there is nothing to ask: it says so and exits 0.
 */
async function main(): Promise<void> {
  const config = configFromEnvironmentOrExit({ requireToken: false });
  const port = config.mode === "webhook" ? config.webhook.port : config.healthPort;
  if (port === undefined) {
    process.stdout.write("health check not enabled: set HEALTH_PORT in polling mode\n");
    return;
  }
  const host = ["0.0.0.0", "::"].includes(config.webhook.host) ? "127.0.0.1" : config.webhook.host;
  try {
    const response = await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}/healthz`, {
      signal: AbortSignal.timeout(5000),
    });
    process.stdout.write(`${response.status} ${await response.text()}\n`);
    process.exitCode = response.status === 200 ? 0 : 1;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    process.stdout.write(`no answer from ${host}:${port}/healthz: ${cause ?? (error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  }
}

await main();
