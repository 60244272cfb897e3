#!/usr/bin/env bash
# Builds Tunnel as one self-contained HTML file, dist-single/tunnel.html, that works opened
# from disk with no request anywhere (see scripts/single-file.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release
node scripts/single-file.mjs dist dist-single/tunnel.html
