//! Fields from a newer minor version of the format, carried through untouched.
//!
//! A file written by a newer Tunnel of the same schema version may hold fields this version does
//! not know. Reading such a file finds them (by comparing the raw JSON with what this version
//! understood) and keeps them beside the review; writing the review puts each one back where it
//! was. Records in arrays are found by their id, so a carried field follows its moment even
//! when moments were added or reordered, and is dropped with it when it was deleted.

pub use crate::model::carried::{Carried, CarriedField, Step};
use serde_json::{Map, Value};

/// The fields of `raw` that `understood` lacks.
pub fn unknown_fields(raw: &Value, understood: &Value) -> Vec<CarriedField> {
    let mut found = Vec::new();
    collect(raw, understood, &mut Vec::new(), &mut found);
    found
}

fn collect(raw: &Value, understood: &Value, path: &mut Vec<Step>, found: &mut Vec<CarriedField>) {
    match (raw, understood) {
        (Value::Object(raw), Value::Object(known)) => {
            for (key, value) in raw {
                path.push(Step::Key(key.clone()));
                match known.get(key) {
                    Some(known_value) => collect(value, known_value, path, found),
                    None => found.push(CarriedField {
                        path: path.clone(),
                        value: value.clone(),
                    }),
                }
                path.pop();
            }
        }
        (Value::Array(raw), Value::Array(known)) => {
            for (index, item) in raw.iter().enumerate() {
                let step = match id_of(item) {
                    Some(id) => Step::Id { id: id.to_string() },
                    None => Step::Index(index),
                };
                if let Some(known_item) = find(known, &step) {
                    path.push(step);
                    collect(item, known_item, path, found);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

fn id_of(item: &Value) -> Option<&str> {
    item.get("id").and_then(Value::as_str)
}

fn find<'a>(items: &'a [Value], step: &Step) -> Option<&'a Value> {
    match step {
        Step::Id { id } => items.iter().find(|item| id_of(item) == Some(id)),
        Step::Index(index) => items.get(*index),
        Step::Key(_) => None,
    }
}

fn find_mut<'a>(value: &'a mut Value, step: &Step) -> Option<&'a mut Value> {
    match (value, step) {
        (Value::Object(map), Step::Key(key)) => map.get_mut(key),
        (Value::Array(items), Step::Id { id }) => {
            items.iter_mut().find(|item| id_of(item) == Some(id))
        }
        (Value::Array(items), Step::Index(index)) => items.get_mut(*index),
        _ => None,
    }
}

/// Puts carried fields back into a written envelope. A field whose record is gone is dropped;
/// a field this version now writes itself is left as this version wrote it.
pub fn restore(envelope: &mut Value, fields: &[CarriedField]) {
    for field in fields {
        let Some((Step::Key(last), parents)) = field.path.split_last() else {
            continue;
        };
        let mut target = Some(&mut *envelope);
        for step in parents {
            target = target.and_then(|value| find_mut(value, step));
        }
        if let Some(Value::Object(map)) = target {
            map.entry(last.clone())
                .or_insert_with(|| field.value.clone());
        }
    }
}

/// Whether the record or object that `path` ends in exists in `envelope`, so that a field
/// carried there can be put back.
pub fn has_place(envelope: &Value, path: &[Step]) -> bool {
    let Some((Step::Key(_), parents)) = path.split_last() else {
        return false;
    };
    let mut target = Some(envelope);
    for step in parents {
        target = target.and_then(|value| match (value, step) {
            (Value::Object(map), Step::Key(key)) => map.get(key),
            (Value::Array(items), step) => find(items, step),
            _ => None,
        });
    }
    target.is_some_and(Value::is_object)
}

/// A carried field as JSON: `{"path": [...], "value": ...}`, the path's steps written as keys,
/// `{"id": ...}` and positions.
pub fn field_value(field: CarriedField) -> Value {
    let path = field
        .path
        .into_iter()
        .map(|step| match step {
            Step::Key(key) => Value::String(key),
            Step::Id { id } => {
                let mut by_id = Map::new();
                by_id.insert("id".into(), Value::String(id));
                Value::Object(by_id)
            }
            Step::Index(index) => Value::from(index),
        })
        .collect();
    let mut out = Map::new();
    out.insert("path".into(), Value::Array(path));
    out.insert("value".into(), field.value);
    Value::Object(out)
}

/// Removes a key from an object value, if it is one.
pub fn remove_key(value: &mut Value, key: &str) -> Option<Value> {
    value
        .as_object_mut()
        .and_then(|map: &mut Map<String, Value>| map.remove(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_unknown_fields_by_key_and_by_id() {
        let raw = json!({
            "format": "tunnel-review", "signed_by": "ops",
            "review": {"title": "t", "mood": "tense",
                "moments": [{"id": "m1", "at": "x", "heart_rate": 120}, {"id": "m2", "at": "y"}],
                "tags": [{"label": "db", "colour": "red"}]}
        });
        let understood = json!({
            "format": "tunnel-review",
            "review": {"title": "t", "moments": [{"id": "m2", "at": "y"}, {"id": "m1", "at": "x"}],
                "tags": [{"label": "db"}]}
        });
        let fields = unknown_fields(&raw, &understood);
        let mut paths: Vec<String> = fields
            .iter()
            .map(|f| serde_json::to_string(&f.path).unwrap())
            .collect();
        paths.sort();
        assert_eq!(
            paths,
            [
                r#"["review","moments",{"id":"m1"},"heart_rate"]"#,
                r#"["review","mood"]"#,
                r#"["review","tags",0,"colour"]"#,
                r#"["signed_by"]"#,
            ]
        );
    }

    #[test]
    fn restores_fields_where_their_records_still_are() {
        let raw =
            json!({"review": {"moments": [{"id": "m1", "x": 1}, {"id": "m2", "x": 2}], "mood": 3}});
        let understood = json!({"review": {"moments": [{"id": "m1"}, {"id": "m2"}]}});
        let fields = unknown_fields(&raw, &understood);
        // Later: m1 was deleted, a moment was added before m2, and "mood" is now written by us.
        let mut written = json!({"review": {"moments": [{"id": "m0"}, {"id": "m2"}], "mood": 9}});
        restore(&mut written, &fields);
        assert_eq!(
            written,
            json!({"review": {"moments": [{"id": "m0"}, {"id": "m2", "x": 2}], "mood": 9}})
        );
    }
}
