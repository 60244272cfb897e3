#!/usr/bin/env bash
# Runs the wasm-bindgen browser tests (tests/web.rs) in headless Chromium.
# The test runner starts chromedriver itself but gives it only a few seconds to open its port,
# and on a loaded machine (a CI run compiling beside it) chromedriver has missed that window and
# the whole step failed without running a test. So this script starts chromedriver, waits until
# it answers (up to a minute), and hands its address to the runner.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

mkdir -p target
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$CHROMEDRIVER" --port="$port" --allowed-ips=127.0.0.1 >target/chromedriver.log 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null; wait $driver 2>/dev/null' EXIT

# Node rather than curl: Node is already needed, curl is not on every fresh machine.
if ! node -e '
  const url = process.argv[1];
  const deadline = Date.now() + 60000;
  (async () => {
    while (Date.now() < deadline) {
      try {
        const status = await (await fetch(url)).json();
        if (status.value && status.value.ready) return;
      } catch (_) {}
      await new Promise((r) => setTimeout(r, 500));
    }
    process.exit(1);
  })();' "http://127.0.0.1:$port/status"; then
  echo "chromedriver did not answer on port $port within a minute; its log:"
  cat target/chromedriver.log
  exit 1
fi

CHROMEDRIVER_REMOTE="http://127.0.0.1:$port" cargo test --target wasm32-unknown-unknown --test web "$@"
