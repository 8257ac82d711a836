#!/usr/bin/env bash
# Builds the image, starts it with a test configuration, checks /healthz, /readyz and a real
# answer, that it runs as a non-root user, prints its figures, then removes it.
# Skips (exit 0, saying so) when no Docker engine is usable here.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! docker info > /dev/null 2>&1; then
  echo "docker: no usable engine here, skipping the image test"
  exit 0
fi

IMAGE="${IMAGE:-dsbot:test}"
NAME="dsbot-test-$$"
BASE="${BASE:-node:20-bookworm-slim}"
PORT="${TEST_PORT:-39$((RANDOM % 900 + 100))}"
# No registry may be reachable: fall back to a local base made from Debian and this machine's Node.js.
if ! docker image inspect "$BASE" > /dev/null 2>&1 && ! docker pull -q "$BASE" > /dev/null 2>&1; then
  BASE=dsbot-base:node20
  bash scripts/docker-base.sh "$BASE"
fi

cleanup() { docker rm -f "$NAME" > /dev/null 2>&1 || true; }
trap cleanup EXIT

echo "docker: building $IMAGE from $BASE"
# Host networking: the build reaches the npm registry and Debian's mirror the way this machine does.
docker build --network host --build-arg "BASE=$BASE" -t "$IMAGE" . > /tmp/dsbot-docker-build.log 2>&1 \
  || { tail -n 40 /tmp/dsbot-docker-build.log; exit 1; }

# Created first, started after: with some storage drivers creating copies the whole image, which
# is not the bot's start-up time.
docker create --name "$NAME" --network host -e PORT="$PORT" "$IMAGE" --serve > /dev/null
started=$(date +%s%N)
docker start "$NAME" > /dev/null
ready=""
for _ in $(seq 1 200); do
  if curl -fsS "http://127.0.0.1:$PORT/readyz" > /dev/null 2>&1; then ready=yes; break; fi
  sleep 0.05
done
[ -n "$ready" ] || { docker logs "$NAME"; echo "docker: not ready"; exit 1; }
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))

curl -fsS "http://127.0.0.1:$PORT/healthz" | grep -q '"ok"'
answer=$(curl -fsS "http://127.0.0.1:$PORT/ask?q=wats%20a%20crdt")
echo "$answer" | grep -q '"id":"crdt"' || { echo "docker: unexpected answer: $answer"; exit 1; }
user=$(docker exec "$NAME" id -u)
[ "$user" != "0" ] || { echo "docker: the bot runs as root"; exit 1; }
for _ in $(seq 1 1000); do curl -fsS "http://127.0.0.1:$PORT/ask?q=raft%20vs%20paxos" > /dev/null; done
rss_kb=$(docker exec "$NAME" sh -c 'grep VmRSS /proc/1/status' | awk '{print $2}')
size=$(docker image inspect "$IMAGE" --format '{{.Size}}')
health=$(docker inspect "$NAME" --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}')

echo "docker: image $IMAGE $((size / 1024 / 1024)) MB; start to /readyz ${ready_ms} ms; uid $user;" \
  "RSS after 1,000 questions $((rss_kb / 1024)) MB; health $health"
echo "docker: image test passed"
