//! The one three-way merge: two copies of a JSON document that both started from a common
//! base are combined field by field.
//!
//! Used for two windows editing one review (the base is the stored revision a window last saw)
//! and for a journal left behind by a closed window, and shaped for later uses such as a
//! responder's worksheet coming back. The rules:
//! - a field changed on one side only takes that side's value; changed the same way on both,
//!   it takes that value;
//! - objects merge key by key; lists of records with unique `"id"`s merge record by record
//!   (added on either side is kept, removed on one side and untouched on the other goes);
//!   lists of unique plain values merge as sets;
//! - anything else changed differently on both sides is a [`Conflict`] that keeps both values,
//!   so that a person decides. Until then the merged document holds the preferred side's value.

use serde_json::{Map, Value};

/// One step of a path in a document: an object key, or the record with this id in a list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seg {
    Key(String),
    Id(String),
}

/// The same field changed differently on both sides. `None` means absent (removed, or never
/// written).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub path: Vec<Seg>,
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

/// Which side a conflicting field holds in the merged document until someone decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// `None` when the merged document is absent (removed on one side, untouched on the other).
    pub value: Option<Value>,
    pub conflicts: Vec<Conflict>,
}

/// Merges `mine` and `theirs`, which both started as `base`.
pub fn merge(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    prefer: Side,
) -> Merged {
    let mut conflicts = Vec::new();
    let mut path = Vec::new();
    let value = merge_at(&mut path, base, mine, theirs, prefer, &mut conflicts);
    Merged { value, conflicts }
}

fn merge_at(
    path: &mut Vec<Seg>,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    prefer: Side,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if mine == theirs || theirs == base {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    match (mine, theirs) {
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            Some(Value::Object(merge_objects(
                path, b, m, t, prefer, conflicts,
            )))
        }
        (Some(Value::Array(m)), Some(Value::Array(t))) => {
            let b = base.and_then(Value::as_array).map(Vec::as_slice);
            if let Some(merged) = merge_lists(path, b, m, t, prefer, conflicts) {
                return Some(Value::Array(merged));
            }
            conflict(path, base, mine, theirs, prefer, conflicts)
        }
        _ => conflict(path, base, mine, theirs, prefer, conflicts),
    }
}

fn conflict(
    path: &[Seg],
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    prefer: Side,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    conflicts.push(Conflict {
        path: path.to_vec(),
        base: base.cloned(),
        mine: mine.cloned(),
        theirs: theirs.cloned(),
    });
    match prefer {
        Side::Mine => mine.cloned(),
        Side::Theirs => theirs.cloned(),
    }
}

/// Keys in their order first, then keys only this side added.
fn merge_objects(
    path: &mut Vec<Seg>,
    base: Option<&Map<String, Value>>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    prefer: Side,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    let keys = theirs
        .keys()
        .chain(mine.keys().filter(|k| !theirs.contains_key(*k)));
    let mut out = Map::new();
    for key in keys {
        path.push(Seg::Key(key.clone()));
        let merged = merge_at(
            path,
            base.and_then(|b| b.get(key)),
            mine.get(key),
            theirs.get(key),
            prefer,
            conflicts,
        );
        path.pop();
        if let Some(value) = merged {
            out.insert(key.clone(), value);
        }
    }
    out
}

/// `None` when the lists are neither all records with unique ids nor all unique plain values:
/// such a list is merged as one value.
fn merge_lists(
    path: &mut Vec<Seg>,
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
    prefer: Side,
    conflicts: &mut Vec<Conflict>,
) -> Option<Vec<Value>> {
    let lists = [base.unwrap_or(&[]), mine, theirs];
    if lists.iter().all(|l| record_ids(l).is_some()) {
        return Some(merge_records(
            path,
            base.unwrap_or(&[]),
            mine,
            theirs,
            prefer,
            conflicts,
        ));
    }
    if lists.iter().all(|l| unique_plain(l)) {
        return Some(merge_sets(base.unwrap_or(&[]), mine, theirs));
    }
    None
}

// Lists are searched linearly: the journal merges one record or one small group at a time,
// so lists are short, and hash maps of these types would cost their own code in the wasm.

/// The ids of a list whose elements are all objects with a unique string `"id"`.
fn record_ids(list: &[Value]) -> Option<Vec<&str>> {
    let mut ids: Vec<&str> = Vec::with_capacity(list.len());
    for value in list {
        let id = value.get("id").and_then(Value::as_str)?;
        if ids.contains(&id) {
            return None;
        }
        ids.push(id);
    }
    Some(ids)
}

fn unique_plain(list: &[Value]) -> bool {
    list.iter()
        .enumerate()
        .all(|(i, v)| !v.is_object() && !v.is_array() && !list[..i].contains(v))
}

fn by_id<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter()
        .find(|v| v.get("id").and_then(Value::as_str) == Some(id))
}

fn merge_records(
    path: &mut Vec<Seg>,
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    prefer: Side,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let theirs_ids = record_ids(theirs).unwrap_or_default();
    let ids = theirs_ids.iter().copied().chain(
        record_ids(mine)
            .unwrap_or_default()
            .into_iter()
            .filter(|id| !theirs_ids.contains(id)),
    );
    let mut out = Vec::new();
    for id in ids {
        path.push(Seg::Id(id.to_string()));
        let merged = merge_at(
            path,
            by_id(base, id),
            by_id(mine, id),
            by_id(theirs, id),
            prefer,
            conflicts,
        );
        path.pop();
        out.extend(merged);
    }
    out
}

/// Their list, less what this side removed, plus what this side added.
fn merge_sets(base: &[Value], mine: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed: Vec<&Value> = base.iter().filter(|v| !mine.contains(v)).collect();
    let mut out: Vec<Value> = theirs
        .iter()
        .filter(|v| !removed.contains(v))
        .cloned()
        .collect();
    for value in mine {
        if !base.contains(value) && !out.contains(value) {
            out.push(value.clone());
        }
    }
    out
}

/// Sets the value at `path` (removes it for `None`). Returns false when the path does not lead
/// anywhere in `document` any more.
pub fn set_at(document: &mut Value, path: &[Seg], value: Option<Value>) -> bool {
    let Some((last, parents)) = path.split_last() else {
        if let Some(value) = value {
            *document = value;
        }
        return true;
    };
    let mut here = document;
    for seg in parents {
        let next = match seg {
            Seg::Key(key) => here.get_mut(key.as_str()),
            Seg::Id(id) => here.as_array_mut().and_then(|list| {
                list.iter_mut()
                    .find(|v| v.get("id").and_then(Value::as_str) == Some(id))
            }),
        };
        let Some(next) = next else {
            return false;
        };
        here = next;
    }
    match (last, value) {
        (Seg::Key(key), Some(value)) => match here.as_object_mut() {
            Some(object) => {
                object.insert(key.clone(), value);
                true
            }
            None => false,
        },
        (Seg::Key(key), None) => here
            .as_object_mut()
            .map(|o| {
                o.remove(key);
            })
            .is_some(),
        (Seg::Id(id), value) => {
            let Some(list) = here.as_array_mut() else {
                return false;
            };
            let at = list
                .iter()
                .position(|v| v.get("id").and_then(Value::as_str) == Some(id));
            match (at, value) {
                (Some(i), Some(value)) => list[i] = value,
                (Some(i), None) => drop(list.remove(i)),
                (None, Some(value)) => list.push(value),
                (None, None) => {}
            }
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn merged(base: Value, mine: Value, theirs: Value) -> Merged {
        merge(Some(&base), Some(&mine), Some(&theirs), Side::Theirs)
    }

    #[test]
    fn different_fields_merge_silently() {
        let m = merged(
            json!({"title": "a", "summary": "s"}),
            json!({"title": "mine", "summary": "s"}),
            json!({"title": "a", "summary": "theirs"}),
        );
        assert_eq!(m.value, Some(json!({"title": "mine", "summary": "theirs"})));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn the_same_field_changed_on_both_sides_keeps_both_texts() {
        let m = merged(
            json!({"title": "a"}),
            json!({"title": "mine"}),
            json!({"title": "theirs"}),
        );
        assert_eq!(m.value, Some(json!({"title": "theirs"})));
        assert_eq!(
            m.conflicts,
            vec![Conflict {
                path: vec![Seg::Key("title".into())],
                base: Some(json!("a")),
                mine: Some(json!("mine")),
                theirs: Some(json!("theirs")),
            }]
        );
        let m = merge(
            Some(&json!({"title": "a"})),
            Some(&json!({"title": "mine"})),
            Some(&json!({"title": "theirs"})),
            Side::Mine,
        );
        assert_eq!(m.value, Some(json!({"title": "mine"})));
    }

    #[test]
    fn records_merge_by_id_and_keep_additions_from_both_sides() {
        let base = json!([{"id": "a", "t": "1"}, {"id": "b", "t": "2"}]);
        let mine =
            json!([{"id": "a", "t": "1 mine"}, {"id": "b", "t": "2"}, {"id": "m", "t": "new"}]);
        let theirs =
            json!([{"id": "b", "t": "2 theirs"}, {"id": "a", "t": "1"}, {"id": "t", "t": "x"}]);
        let m = merged(base, mine, theirs);
        assert_eq!(
            m.value,
            Some(json!([
                {"id": "b", "t": "2 theirs"},
                {"id": "a", "t": "1 mine"},
                {"id": "t", "t": "x"},
                {"id": "m", "t": "new"},
            ]))
        );
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn a_record_removed_on_one_side_and_changed_on_the_other_asks() {
        let base = json!([{"id": "a", "t": "1"}, {"id": "b", "t": "2"}]);
        let mine = json!([{"id": "b", "t": "2"}]);
        let theirs = json!([{"id": "a", "t": "changed"}, {"id": "b", "t": "2"}]);
        let m = merged(base.clone(), mine.clone(), theirs);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].path, vec![Seg::Id("a".into())]);
        assert_eq!(m.conflicts[0].mine, None);
        // Removed on one side and untouched on the other: gone without asking.
        let m = merged(base.clone(), mine, base);
        assert_eq!(m.value, Some(json!([{"id": "b", "t": "2"}])));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn lists_of_ids_merge_as_sets() {
        let m = merged(json!(["a", "b"]), json!(["a", "b", "c"]), json!(["b", "d"]));
        assert_eq!(m.value, Some(json!(["b", "d", "c"])));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn set_at_reaches_records_by_id() {
        let mut doc = json!({"moments": [{"id": "m1", "description": "x"}]});
        let path = [
            Seg::Key("moments".into()),
            Seg::Id("m1".into()),
            Seg::Key("description".into()),
        ];
        assert!(set_at(&mut doc, &path, Some(json!("y"))));
        assert_eq!(doc["moments"][0]["description"], "y");
        assert!(set_at(&mut doc, &path, None));
        assert_eq!(doc["moments"][0], json!({"id": "m1"}));
        let gone = [
            Seg::Key("moments".into()),
            Seg::Id("m9".into()),
            Seg::Key("x".into()),
        ];
        assert!(!set_at(&mut doc, &gone, Some(json!(1))));
    }
}
