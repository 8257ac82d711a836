# The bot as an image: build with dev dependencies, run with production ones only, as a
# non-root user, with the content baked in (mount another folder and set CONTENT_DIR to replace it).
#
#   docker build -t dsbot .
#   docker run --env-file .env -p 3000:3000 dsbot
#
# BASE is the official Node.js 20 image; where no registry is reachable, scripts/docker-base.sh
# makes a local one from Debian and this machine's Node.js (see scripts/test-docker.sh).
ARG BASE=node:20-bookworm-slim

FROM ${BASE} AS build
# better-sqlite3 compiles its native module here when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# Where Node's headers are, so node-gyp does not try to download them.
ARG NODEDIR=/usr/local
ENV npm_config_nodedir=${NODEDIR}
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
COPY test ./test
COPY content ./content
# npm ci runs `prepare`: the word list and the TypeScript build into dist/.
RUN npm ci --no-audit --no-fund \
 && node dist/adapters/cli/ask.js --json "warm the content snapshot" > /dev/null \
 && npm prune --omit=dev --no-audit --no-fund

FROM ${BASE} AS runtime
ENV NODE_ENV=production PORT=3000 LOG_FORMAT=json
WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/content ./content
# SQLite and the generated salt live in /app/data: mount a volume there to keep them.
RUN mkdir -p /app/data && chown bot:bot /app/data /app/dist/.cache
USER bot
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Starts every platform whose variables are set; add --serve for the JSON API without one.
ENTRYPOINT ["node", "dist/adapters/cli/main.js"]
