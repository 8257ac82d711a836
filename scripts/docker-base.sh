#!/usr/bin/env bash
# Makes a local stand-in for node:20-bookworm-slim where no container registry is reachable:
# a minimal Debian (debootstrap, from Debian's own mirror) with this machine's Node.js and npm,
# its CA bundle (npm reaches the registry through it) and Node's headers for native modules.
set -euo pipefail
TAG="${1:-dsbot-base:node20}"
ROOTFS="${ROOTFS:-/tmp/dsbot-rootfs}"

if docker image inspect "$TAG" > /dev/null 2>&1; then echo "docker-base: $TAG exists"; exit 0; fi
command -v debootstrap > /dev/null || { echo "docker-base: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }
if [ ! -x "$ROOTFS/bin/bash" ]; then
  mirror="$(sed -n 's/^URIs: //p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
  debootstrap --variant=minbase bookworm "$ROOTFS" "${mirror:-http://deb.debian.org/debian}"
fi
node_bin="$(readlink -f "$(command -v node)")"
prefix="$(dirname "$(dirname "$node_bin")")"
install -D "$node_bin" "$ROOTFS/usr/local/bin/node"
mkdir -p "$ROOTFS/usr/local/lib/node_modules" "$ROOTFS/usr/local/include"
cp -a "$prefix/lib/node_modules/npm" "$ROOTFS/usr/local/lib/node_modules/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
cp -a "$prefix/include/node" "$ROOTFS/usr/local/include/"
cp /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt" 2>/dev/null \
  || install -D /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt"
cp /etc/apt/sources.list.d/debian.sources "$ROOTFS/etc/apt/sources.list.d/" 2>/dev/null || true
tar -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$TAG"
echo "docker-base: made $TAG"
