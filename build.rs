//! With the `split` feature (the release build of the app), the app's wasm keeps the linker's
//! relocations, which the splitter needs to cut it into parts loaded on first use
//! (`scripts/build-app.sh`, `src/ui/parts.rs`). Only that binary: wasm-opt cannot optimise a
//! module that still carries them, so the worker bundle and the tests are linked without.
fn main() {
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=tunnel=--emit-relocs");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
