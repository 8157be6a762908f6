# syntax=docker/dockerfile:1
# The bot in a container: compiled once, production dependencies only, run as a non-root user with the database
# on a volume. Long polling needs no published port; webhook mode listens on PORT (8080) behind an HTTPS proxy.

# ── build: full install, compile src/ to dist/, then drop the dev dependencies ──────────────────────────────
FROM node:20-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary; if none fits it compiles, which needs these.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build also writes dist/knowledge.json, the validated knowledge base, read while knowledge/ is unchanged.
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund

# ── run ─────────────────────────────────────────────────────────────────────────────────────────────────────
FROM node:20-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/bot.db \
    LOG_FORMAT=json \
    HEALTH_PORT=8081 \
    npm_config_update_notifier=false
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time: migrations (drizzle-orm's migrator reads the SQL files) and the knowledge data.
COPY --from=build /app/drizzle ./drizzle
COPY --from=build /app/knowledge ./knowledge
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
# 8080: webhook mode (PORT); 8081: /healthz in polling mode (HEALTH_PORT). Neither is needed for polling itself.
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["node", "dist/healthcheck.js"]
# node itself as PID 1, not npm: SIGTERM from `docker stop` reaches the bot, which finishes the updates in hand
# and exits 0 (keep stop_grace_period above 10 s).
CMD ["node", "--max-semi-space-size=32", "dist/main.js"]
