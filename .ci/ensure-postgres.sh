#!/usr/bin/env bash
# Makes sure this machine's PostgreSQL runs and accepts connections on 127.0.0.1:5432, as the
# store tests need. Starts the cluster only when nothing answers; never stops or restarts it.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
WAIT_SECONDS="${PG_WAIT_SECONDS:-30}"

accepting() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$HOST" -p "$PORT"
  else
    # No client tools: a TCP connect is the next best sign.
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
  fi
}

if accepting; then
  echo "postgres: already accepting connections on $HOST:$PORT"
  exit 0
fi

if [ ! -d /etc/postgresql ]; then
  echo "postgres: nothing on $HOST:$PORT and no /etc/postgresql to start from; install PostgreSQL or start it yourself" >&2
  exit 1
fi
# The newest installed version, should there be several.
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
echo "postgres: starting cluster $version/main"
# "Already running" (e.g. only slow to accept) is not a failure: the wait below decides.
pg_ctlcluster --skip-systemctl-redirect "$version" main start || echo "postgres: pg_ctlcluster reported a problem; waiting anyway" >&2

for ((i = 0; i < WAIT_SECONDS * 10; i++)); do
  if accepting; then
    echo "postgres: accepting connections on $HOST:$PORT"
    exit 0
  fi
  sleep 0.1
done
echo "postgres: not accepting connections on $HOST:$PORT after ${WAIT_SECONDS}s; see /var/log/postgresql/" >&2
exit 1
