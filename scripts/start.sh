#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle and serves Tunnel on http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
echo "== Building the release bundle"
trunk build --release
node scripts/size.mjs dist
exec node scripts/serve.mjs "${PORT:-8080}" dist
