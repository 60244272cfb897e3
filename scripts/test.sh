#!/usr/bin/env bash
# Runs every check and test of Tunnel, installing whatever is missing first. Each step runs
# even when an earlier one failed, so one run shows everything; the exit status is non-zero
# when anything failed. The last line is "N passed, N failed" over all tests.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; exit 1; }
source scripts/env.sh

LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
failed_steps=()
passed=0
failed=0

# Adds the "test result: ... N passed; M failed" lines of a cargo test log to the totals.
count_cargo() {
  local p f
  p=$(grep -Eo '[0-9]+ passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

step() {
  local name=$1; shift
  echo
  echo "== $name"
  if "$@" 2>&1 | tee "$LOG_DIR/$name.log"; then
    echo "-- $name: ok"
  else
    echo "-- $name: FAILED"
    failed_steps+=("$name")
  fi
}

step fmt cargo fmt --all --check
step clippy-native cargo clippy --all-targets -- -D warnings
step clippy-wasm cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step clippy-wasm-split cargo clippy --bin tunnel --features split --target wasm32-unknown-unknown -- -D warnings
step native-tests cargo test
count_cargo "$LOG_DIR/native-tests.log"
step browser-tests bash scripts/browser-tests.sh
count_cargo "$LOG_DIR/browser-tests.log"
step release-build trunk build --release
step single-file node scripts/single-file.mjs dist dist-single/tunnel.html
step size node scripts/size.mjs dist
step e2e npx playwright test
if [ -f target/e2e-results.json ]; then
  read -r p f < <(node -e '
    const r = require("./target/e2e-results.json").stats;
    console.log(r.expected, r.unexpected + r.flaky);' 2>/dev/null || echo "0 0")
  passed=$((passed + p)); failed=$((failed + f))
fi

echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}"
fi
echo "$passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed" -eq 0 ]
