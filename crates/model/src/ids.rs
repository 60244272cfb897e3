//! Stable record ids and a small generator for them.
//!
//! Ids are short random strings ("m-4f1c9a0b3e7d"), unique within a review. They are generated
//! from a seed the caller supplies (the browser seeds from `crypto.getRandomValues`), so that the
//! pure code needs no source of randomness and native tests are deterministic.

use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Sets and maps keyed by ids, of which a large review has tens of thousands. SipHash, std's
/// own, was a tenth of reading such a review; foldhash is faster on short keys and is seeded
/// per set, where std's hash is not seeded at all in wasm.
pub type IdSet<T> = HashSet<T, foldhash::fast::RandomState>;
pub type IdMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The id of a review or of a record inside one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Id(text.to_string())
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Generates ids from a 64-bit seed (xorshift64*: tiny, fast, and plenty for uniqueness).
#[derive(Debug, Clone)]
pub struct IdGen {
    state: u64,
}

impl IdGen {
    pub fn new(seed: u64) -> Self {
        // xorshift must never hold zero.
        Self {
            state: seed ^ 0x9E37_79B9_7F4A_7C15 | 1,
        }
    }

    fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A new id such as "m-4f1c9a0b3e7d"; the prefix says what kind of record it names.
    pub fn next(&mut self, prefix: &str) -> Id {
        Id(format!("{prefix}-{:012x}", self.next_u64() >> 16))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_do_not_repeat() {
        let mut gen = IdGen::new(0);
        let ids: HashSet<Id> = (0..100_000).map(|_| gen.next("m")).collect();
        assert_eq!(ids.len(), 100_000);
        assert!(ids.iter().all(|id| id.as_str().len() == 14));
    }
}
