# Sourced by the other scripts: the tool paths and settings every build and test uses.
# wasm-opt must be the npm binaryen (version 132), ahead of any older Debian one on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120
