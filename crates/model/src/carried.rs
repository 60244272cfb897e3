//! Fields from a newer minor version of the format that this version keeps without
//! understanding them (see `io::carry` for how they are found and put back).

use serde::Serialize;
use serde_json::Value;

/// Unknown fields from a newer minor version, and that version.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Carried {
    /// The newest minor version the fields came from; written back as `schema_minor`.
    pub minor: u32,
    pub fields: Vec<CarriedField>,
}

/// One unknown field: where it was (from the envelope's root) and its value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CarriedField {
    pub path: Vec<Step>,
    pub value: Value,
}

/// One step of a path: an object key, an array element by id, or by position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum Step {
    Key(String),
    Id { id: String },
    Index(usize),
}

impl Carried {
    /// Nothing to carry: no unknown field, and no newer minor version to name on writing
    /// (a file of a newer minor version keeps saying so even when it had no unknown field).
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.minor == 0
    }
}
