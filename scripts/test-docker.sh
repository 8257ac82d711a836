#!/usr/bin/env bash
# The image test (npm run test:docker): builds the image, starts it with --serve on a free port,
# waits for /healthz and /readyz, checks a real answer, that the bot does not run as root, that
# /app/data is writable, that a mounted CONTENT_DIR replaces the baked-in content, that Docker's
# HEALTHCHECK turns healthy and that SIGTERM exits 0; prints the image size, the time from start
# to /readyz green and the RSS idle and after QUESTIONS answers; then removes what it made.
#
# No engine usable (no docker command, no daemon, and none could be started here): says so
# plainly and exits 0. Where dockerd is installed but not running and this runs as root, it
# starts one for the test (vfs storage, no iptables: what works in a sandbox) and stops it after;
# DOCKER_TEST_START_ENGINE=0 turns that off.
#
# Settings: IMAGE (dsbot:test), BASE (node:24-bookworm-slim; when it is neither here nor
# pullable, a local dsbot-base:node24 is made by scripts/docker-base.sh), QUESTIONS (10000).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE="${IMAGE:-dsbot:test}"
BASE="${BASE:-node:24-bookworm-slim}"
LOCAL_BASE="${LOCAL_BASE:-dsbot-base:node24}"
QUESTIONS="${QUESTIONS:-10000}"
NAME="dsbot-test-$$"
work="$(mktemp -d)"
engine_pid=""
containers=()

say() { echo "docker: $*"; }
skip() {
  echo "docker: no usable engine here, skipping the image test"
  [ -z "${1:-}" ] || say "($1)"
  exit 0
}
fail() {
  say "FAILED: $*"
  for c in "${containers[@]}"; do
    echo "--- docker logs $c (last 30 lines)"
    docker logs --tail 30 "$c" 2>&1 || true
  done
  exit 1
}
cleanup() {
  for c in "${containers[@]}"; do docker rm -f -v "$c" > /dev/null 2>&1 || true; done
  if [ -n "$engine_pid" ]; then
    kill "$engine_pid" 2> /dev/null || true
    for _ in $(seq 1 100); do kill -0 "$engine_pid" 2> /dev/null || break; sleep 0.2; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# ---- an engine ----------------------------------------------------------------------------
command -v docker > /dev/null || skip "no docker command"
if ! docker info > /dev/null 2>&1; then
  if [ "${DOCKER_TEST_START_ENGINE:-1}" = 1 ] && command -v dockerd > /dev/null && [ "$(id -u)" = 0 ] \
    && ! pgrep -x dockerd > /dev/null; then
    say "no engine running; starting dockerd for this test (log: $work/dockerd.log)"
    dockerd --iptables=false --ip6tables=false --bridge=none \
      --storage-driver="${DOCKERD_STORAGE_DRIVER:-vfs}" > "$work/dockerd.log" 2>&1 &
    engine_pid=$!
    for _ in $(seq 1 150); do
      docker info > /dev/null 2>&1 && break
      kill -0 "$engine_pid" 2> /dev/null || break
      sleep 0.2
    done
    if ! docker info > /dev/null 2>&1; then
      reason="$(grep -iE 'level=(fatal|error)|failed' "$work/dockerd.log" | tail -n 1 | cut -c1-300)"
      kill "$engine_pid" 2> /dev/null || true
      engine_pid=""
      skip "dockerd would not start: ${reason:-no answer within 30 s}"
    fi
  else
    skip "docker info: $(docker info 2>&1 | grep -iE 'error|cannot' | head -n 1 | cut -c1-200)"
  fi
fi
say "engine: Docker $(docker version --format '{{.Server.Version}}'), storage $(docker info --format '{{.Driver}}')"

# ---- the base and the image -----------------------------------------------------------------
if ! docker image inspect "$BASE" > /dev/null 2>&1 && ! docker pull -q "$BASE" > /dev/null 2>&1; then
  say "$BASE cannot be pulled here; using a local base, $LOCAL_BASE"
  BASE="$LOCAL_BASE"
  bash scripts/docker-base.sh "$BASE"
fi

say "building $IMAGE from $BASE (log: $work/build.log)"
build_started=$(date +%s)
# Host networking for the build: RUN steps reach the npm registry and Debian's mirror the way
# this machine does, also on an engine without a default bridge. The build stage is tagged too
# ($IMAGE-build), so that its layers stay as the cache for the next run while earlier versions
# become untagged and are pruned below.
for target in build runtime; do
  tag="$IMAGE"; [ "$target" = build ] && tag="$IMAGE-build"
  docker build --force-rm --network host --build-arg "BASE=$BASE" --target "$target" -t "$tag" . \
    >> "$work/build.log" 2>&1 || { tail -n 60 "$work/build.log"; fail "docker build"; }
done
say "built in $(( $(date +%s) - build_started )) s"
# Earlier builds of this Dockerfile, now untagged (labelled io.dsbot.part): with the vfs storage
# driver each layer is a full copy, so keeping them fills the disk. DOCKER_TEST_PRUNE=0 keeps them.
if [ "${DOCKER_TEST_PRUNE:-1}" = 1 ]; then
  docker image prune -f --filter label=io.dsbot.part > /dev/null 2>&1 || true
fi

# ---- helpers ----------------------------------------------------------------------------------
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
# Publishes the port on a normal engine; an engine without a default bridge gets host networking.
if docker network inspect bridge > /dev/null 2>&1; then net_mode=bridge; else net_mode=host; fi
# create NAME PORT [docker create options...] -- [bot arguments...]
create() {
  local name="$1" port="$2"; shift 2
  local opts=() args=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  args=("$@")
  if [ "$net_mode" = host ]; then
    opts+=(--network host -e "PORT=$port")
  else
    opts+=(-p "127.0.0.1:$port:3000")
  fi
  containers+=("$name")
  docker create --name "$name" "${opts[@]}" "$IMAGE" "${args[@]}" > /dev/null
}
get() { curl -fsS --max-time 5 "http://127.0.0.1:$1$2"; }
# Waits for a path to answer 2xx; prints the milliseconds it took from $3 (date +%s%N).
wait_for() {
  local port="$1" path="$2" since="$3"
  for _ in $(seq 1 600); do
    if curl -fsS --max-time 1 "http://127.0.0.1:$port$path" > /dev/null 2>&1; then
      echo $(( ($(date +%s%N) - since) / 1000000 ))
      return 0
    fi
    [ "$(docker inspect "$4" --format '{{.State.Running}}')" = true ] || return 1
    sleep 0.05
  done
  return 1
}
rss_mib() { docker exec "$1" cat /proc/1/status | awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }'; }
json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];console.log(typeof v==="string"?v:JSON.stringify(v))})' "$1"; }

# ---- one bot, --serve -------------------------------------------------------------------------
port="$(free_port)"
# The load below comes from one address: lift the per-address limit. /metrics needs its token on a public port.
METRICS_TOKEN_FOR_TEST="docker-test-metrics-token-$(date +%s)"
create "$NAME" "$port" -e HTTP_API_RATE_LIMIT=100000 -e "METRICS_TOKEN=$METRICS_TOKEN_FOR_TEST" -- --serve
started=$(date +%s%N)
docker start "$NAME" > /dev/null
healthz_ms="$(wait_for "$port" /healthz "$started" "$NAME")" || fail "/healthz never answered"
ready_ms="$(wait_for "$port" /readyz "$started" "$NAME")" || fail "/readyz never turned green"
say "started: /healthz after ${healthz_ms} ms, /readyz green after ${ready_ms} ms"

[ "$(get "$port" /healthz | json_field status)" = ok ] || fail "/healthz did not say ok"
[ "$(get "$port" /readyz | json_field status)" = ready ] || fail "/readyz did not say ready"
answer="$(get "$port" '/ask?q=wats%20a%20crdt')" || fail "/ask did not answer"
[ "$(echo "$answer" | json_field id)" = crdt ] && [ "$(echo "$answer" | json_field answered)" = true ] \
  || fail "/ask?q=wats a crdt did not give the CRDT entry: $(echo "$answer" | cut -c1-300)"
say "answer: wats a crdt -> $(echo "$answer" | json_field title)"
curl -fsS --max-time 5 -H "Authorization: Bearer $METRICS_TOKEN_FOR_TEST" "http://127.0.0.1:$port/metrics" \
  | grep -q '^dsbot_content_entries [1-9]' || fail "/metrics has no content entries"
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/metrics")" = 401 ] \
  || fail "/metrics answered without its token on a public port"

uid="$(docker exec "$NAME" cat /proc/1/status | awk '/^Uid:/ { print $2 }')"
[ -n "$uid" ] && [ "$uid" != 0 ] || fail "the bot (pid 1) runs as root"
say "the bot runs as uid $uid ($(docker exec "$NAME" id -un))"
docker exec "$NAME" sh -c 'test -w /app/data && test -s /app/data/bot.sqlite' \
  || fail "/app/data is not writable, or the SQLite store was not made there"
# The code and the baked-in content are not the bot's to change.
if docker exec "$NAME" sh -c 'touch /app/dist/x 2>/dev/null || touch /app/content/x 2>/dev/null'; then
  fail "the bot can write to /app/dist or /app/content"
fi

rss_idle="$(rss_mib "$NAME")"
say "asking $QUESTIONS questions"
load_started=$(date +%s%N)
node -e '
  const [port, total] = [process.argv[1], Number(process.argv[2])];
  const qs = ["wats a crdt", "raft vs paxos", "how do i become a distributed systems engineer",
              "what is the cap theorem", "kafka partitions ordering", "what should i read first"];
  let next = 0, bad = 0;
  async function worker() {
    while (next < total) {
      const q = qs[next++ % qs.length];
      const r = await fetch(`http://127.0.0.1:${port}/ask?q=${encodeURIComponent(q)}`);
      if (!r.ok) bad++;
      await r.arrayBuffer();
    }
  }
  Promise.all([1, 2, 3, 4].map(worker)).then(() => { if (bad) { console.error(`${bad} failed`); process.exit(1); } });
' "$port" "$QUESTIONS" || fail "questions failed"
load_ms=$(( ($(date +%s%N) - load_started) / 1000000 ))
rss_after="$(rss_mib "$NAME")"

# Docker's own HEALTHCHECK (first run 15 s after the start).
health=""
for _ in $(seq 1 60); do
  health="$(docker inspect "$NAME" --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}')"
  [ "$health" = starting ] || break
  sleep 1
done
[ "$health" = healthy ] || fail "HEALTHCHECK says $health"

# ---- a mounted content folder -----------------------------------------------------------------
mkdir -p "$work/content"
cp -R content/. "$work/content/"
sed -i 's/^title: .*/title: "CRDTs (mounted content)"/' "$work/content/concepts/crdt.md"
chmod -R a+rX "$work" # the bot's uid reads it
port2="$(free_port)"
create "$NAME-mounted" "$port2" -v "$work/content:/srv/content:ro" -e CONTENT_DIR=/srv/content -- --serve
docker start "$NAME-mounted" > /dev/null
wait_for "$port2" /readyz "$(date +%s%N)" "$NAME-mounted" > /dev/null || fail "the bot with mounted content never got ready"
title="$(get "$port2" '/ask?q=wats%20a%20crdt' | json_field title)"
[ "$title" = "CRDTs (mounted content)" ] || fail "CONTENT_DIR was not used (title: $title)"
say "CONTENT_DIR=/srv/content (mounted) replaces the baked-in content"

# ---- shutdown ---------------------------------------------------------------------------------
docker stop -t 20 "$NAME" > /dev/null
code="$(docker inspect "$NAME" --format '{{.State.ExitCode}}')"
[ "$code" = 0 ] || fail "SIGTERM: exit code $code"

size=$(docker image inspect "$IMAGE" --format '{{.Size}}')
say "image $IMAGE: $(( size / 1024 / 1024 )) MiB ($(( size / 1000 / 1000 )) MB), from $BASE"
say "start to /readyz green: ${ready_ms} ms"
say "RSS: ${rss_idle} MiB idle, ${rss_after} MiB after $QUESTIONS questions ($(( QUESTIONS * 1000 / (load_ms > 0 ? load_ms : 1) )) questions/s)"
say "HEALTHCHECK: $health; SIGTERM: exit 0"
say "image test passed"
