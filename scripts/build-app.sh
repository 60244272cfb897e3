#!/usr/bin/env bash
# Builds the app's wasm bundle and cuts it into parts loaded on first use (see src/ui/parts.rs):
# cargo, then wasm-split-cli (the splitter Leptos's wasm_split pairs with), then wasm-bindgen on
# the main part, then wasm-opt on every part, then stamp-build.mjs so that the offline copy lists
# every part. Trunk runs it after its own build (Trunk.toml), whose cargo build it reuses.
# Usage (by hand): bash scripts/build-app.sh [output directory]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-${TRUNK_STAGING_DIR:-dist}}
profile=${TRUNK_PROFILE:-release}
mode=()
if [ "$profile" = release ]; then mode=(--release); fi

# With the feature, the linker keeps its relocations (build.rs), which the splitter needs.
cargo build "${mode[@]}" --target wasm32-unknown-unknown --bin tunnel --features split
parts=target/wasm-parts
rm -rf "$parts"
mkdir -p "$parts" "$out"
wasm-split-cli --target web --out-name tunnel "target/wasm32-unknown-unknown/$profile/tunnel.wasm" "$parts" 2>&1 \
  | grep -v "unknown name subsection" || true
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir "$out" --out-name tunnel "$parts/tunnel.wasm"
cp "$parts"/__wasm_split.js "$out/"
for part in "$parts"/*.wasm; do
  [ "$part" = "$parts/tunnel.wasm" ] || cp "$part" "$out/"
done
if [ "$profile" = release ]; then
  # The same wasm-opt settings as the worker bundle's, which index.html gives Trunk.
  read -r -a flags <<<"$(grep -o 'data-wasm-opt-params="[^"]*"' index.html | head -1 | cut -d'"' -f2)"
  for wasm in "$out"/tunnel_bg.wasm "$out"/split_*.wasm "$out"/chunk_*.wasm; do
    [ -f "$wasm" ] && wasm-opt -Oz "${flags[@]}" "$wasm" -o "$wasm"
  done
fi
echo "build-app: $(ls "$out"/split_*.wasm | wc -l) parts, $(ls "$out"/chunk_*.wasm 2>/dev/null | wc -l) shared chunks"
node scripts/stamp-build.mjs "$out"
