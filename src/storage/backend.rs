//! Where bytes are kept: the browser's local storage, or memory when the browser refuses it.
//!
//! `gloo_storage::LocalStorage` panics when storage is unavailable (some privacy modes,
//! sandboxed frames), so the backend is probed once at start and falls back to memory; the app
//! then says plainly that nothing will outlive the window.

use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use wasm_bindgen::JsCast;

const PROBE_KEY: &str = "tunnel:probe";

/// Why a write did not happen. The stored value is unchanged in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The origin's quota is used up (`QuotaExceededError`).
    Full,
    /// The value alone is larger than the browser keeps for a site in all (characters).
    TooLarge(usize),
    Other(String),
}

/// What local storage keeps per site in the browsers Tunnel runs in (Chromium, Firefox and
/// Safari all keep about five million UTF-16 characters).
pub const LOCAL_STORAGE_CHARS: usize = 5 * 1024 * 1024;

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Full => write!(f, "the browser's storage for Tunnel is full"),
            // Integers only: formatting a float would add its code to the wasm.
            WriteError::TooLarge(chars) => write!(
                f,
                "this review is too large for this browser's storage: even compressed it takes \
                 {} characters, and the browser keeps about {} for Tunnel in all; keep it as a \
                 file with Export review",
                millions(*chars),
                millions(LOCAL_STORAGE_CHARS)
            ),
            WriteError::Other(message) => write!(f, "the browser refused to save: {message}"),
        }
    }
}

#[derive(Clone)]
pub enum Backend {
    Local,
    /// Nothing persists; used when local storage is unavailable.
    Memory(Arc<Mutex<BTreeMap<String, String>>>),
}

impl Backend {
    /// Local storage when the browser allows a write and a read back, memory otherwise.
    pub fn open() -> Backend {
        if local_storage_works() {
            Backend::Local
        } else {
            Backend::memory()
        }
    }

    pub fn memory() -> Backend {
        Backend::Memory(Arc::default())
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self, Backend::Local)
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match self {
            Backend::Local => raw_storage()?.get_item(key).ok().flatten(),
            Backend::Memory(map) => map.lock().ok()?.get(key).cloned(),
        }
    }

    /// Stores `text` under `key` as it is (already JSON).
    pub fn set_text(&self, key: &str, text: &str) -> Result<(), WriteError> {
        match self {
            Backend::Local => {
                let storage = raw_storage()
                    .ok_or_else(|| WriteError::Other("local storage is not available".into()))?;
                storage.set_item(key, text).map_err(|error| {
                    match error.dyn_ref::<web_sys::DomException>() {
                        Some(e) if e.name() == "QuotaExceededError" => WriteError::Full,
                        Some(e) => WriteError::Other(format!("{}: {}", e.name(), e.message())),
                        None => WriteError::Other("the browser refused to save".into()),
                    }
                })
            }
            Backend::Memory(map) => {
                let mut map = map.lock().map_err(|e| WriteError::Other(e.to_string()))?;
                map.insert(key.to_string(), text.to_string());
                Ok(())
            }
        }
    }

    /// Serialises `value` as JSON and stores it under `key`.
    pub fn set<T: Serialize>(&self, key: &str, value: &T) -> Result<(), WriteError> {
        let text = serde_json::to_string(value).map_err(|e| WriteError::Other(e.to_string()))?;
        self.set_text(key, &text)
    }

    pub fn remove(&self, key: &str) {
        match self {
            Backend::Local => LocalStorage::delete(key),
            Backend::Memory(map) => {
                if let Ok(mut map) = map.lock() {
                    map.remove(key);
                }
            }
        }
    }

    /// Every key currently stored.
    pub fn keys(&self) -> Vec<String> {
        match self {
            Backend::Local => {
                let Some(storage) = raw_storage() else {
                    return Vec::new();
                };
                let count = storage.length().unwrap_or(0);
                (0..count)
                    .filter_map(|i| storage.key(i).ok().flatten())
                    .collect()
            }
            Backend::Memory(map) => map
                .lock()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default(),
        }
    }
}

/// "5.2 million".
fn millions(count: usize) -> String {
    let tenths = count / 100_000;
    format!("{}.{} million", tenths / 10, tenths % 10)
}

fn raw_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn local_storage_works() -> bool {
    let Some(storage) = raw_storage() else {
        return false;
    };
    let wrote = storage.set_item(PROBE_KEY, "1").is_ok();
    let read_back = storage.get_item(PROBE_KEY).ok().flatten().as_deref() == Some("1");
    let _ = storage.remove_item(PROBE_KEY);
    // A full storage still works for reading; it fails the write probe only when completely full,
    // and then saving reports it, so treat "can read" as usable.
    read_back || (!wrote && storage.length().is_ok())
}
