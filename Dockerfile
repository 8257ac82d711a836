# The bot as an image: built with dev dependencies, run with production ones only, as a
# non-root user, with the content baked in (mount another folder and set CONTENT_DIR to use it).
#
#   docker build -t dsbot .
#   docker run -d --init --env-file .env -p 3000:3000 -v dsbot-data:/app/data dsbot
#   docker run -d --init -p 3000:3000 dsbot --serve          # JSON API only: /ask?q=...
#   docker run -it --rm dsbot                                # no platform set: the terminal chat
#
# BASE is the official Node.js 24 (LTS) image. Where no registry is reachable, scripts/docker-base.sh
# makes a local stand-in from Debian and Node.js 24 (scripts/test-docker.sh does this by itself):
#   docker build --network host --build-arg BASE=dsbot-base:node24 -t dsbot .
# Written for the classic builder as well as BuildKit (no BuildKit-only syntax), and with few
# layers, since the vfs storage driver stores every layer as a full copy.
ARG BASE=node:24-bookworm-slim

# ---- build: dev dependencies, the native module, the TypeScript build ----------------------
FROM ${BASE} AS build
LABEL io.dsbot.part="build"
# better-sqlite3 compiles its native module with these when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# Node's own headers (both base images have them here), so node-gyp downloads nothing.
ARG NODEDIR=/usr/local
ENV npm_config_nodedir=${NODEDIR} \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# Dependencies in a layer of their own, reused until package-lock.json changes. Scripts are off
# here because `prepare` needs the sources; the one package that needs its install script
# (better-sqlite3, see "allowScripts" in package.json) is built right after.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"

# The sources (.dockerignore keeps out the rest, test/ included: bench/, part of the build, takes its
# fake servers from fakes/).
COPY . .
# What `prepare` does (the word list from a dev dependency, tsc into dist/); one question warms
# the content snapshot (dist/.cache), so a start with the baked-in content skips validating it.
# Then the dev dependencies go, the benchmarks and their fakes (they need them), and
# better-sqlite3's compiler leftovers (object files, SQLite's sources: 30 MB). /out/app is what
# the runtime gets.
RUN npm run build \
 && node dist/adapters/cli/ask.js --json "what is a crdt" > /dev/null \
 && npm prune --omit=dev \
 && rm -rf dist/bench dist/fakes \
 && (cd node_modules/better-sqlite3 \
     && find build -mindepth 1 -maxdepth 1 ! -name Release -exec rm -rf {} + \
     && find build/Release -mindepth 1 -maxdepth 1 ! -name better_sqlite3.node -exec rm -rf {} + \
     && rm -rf deps src) \
 && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()" \
 && mkdir -p /out/app \
 && mv package.json node_modules dist content /out/app/

# ---- runtime: production dependencies, compiled code, content -----------------------------
FROM ${BASE} AS runtime
LABEL io.dsbot.part="runtime" \
      org.opencontainers.image.title="ds-careers-bot" \
      org.opencontainers.image.description="Slack and Discord FAQ bot about distributed systems careers"
ENV NODE_ENV=production \
    PORT=3000 \
    LOG_FORMAT=json
RUN useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin bot
# Owned by root and read-only to the bot, but for the two folders it writes:
# /app/data, the SQLite store and its generated salt (mount a volume to keep them), and
# /app/dist/.cache, the content snapshot, rewritten when a mounted CONTENT_DIR differs.
COPY --from=build /out/app /app
RUN mkdir -p /app/data /app/dist/.cache && chown bot:bot /app/data /app/dist/.cache
WORKDIR /app
USER bot
VOLUME ["/app/data"]
EXPOSE 3000
# Liveness only (readiness is /readyz, for a load balancer). node, since the image has no curl.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Starts every platform whose variables are set; `--serve` adds the JSON API, `--watch` reloads
# a mounted content folder on change. SIGTERM drains answers under way and exits 0.
ENTRYPOINT ["node", "dist/adapters/boot/start.js"]
