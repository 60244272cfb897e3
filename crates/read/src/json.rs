//! A parsed JSON document that borrows its text: what `reading` reads a review from.
//!
//! serde_json's `Value` owns every string and keeps every object in an ordered hash map; for a
//! review of 2,000 moments and 10,000 accounts that tree was most of the time spent opening it.
//! Here a string without escapes is a slice of the text, and an object is a short list of its
//! keys and values (a record has at most a few dozen). The lists, and the few strings rebuilt
//! because they had escapes, live in one arena (`Bump`) for the document: a tree of 15,000
//! lists and maps made as many allocations, and freeing them one by one was an eighth of
//! reading a review.
//!
//! `parse` only ever succeeds on text that serde_json reads to the same document, and gives up
//! (`None`) on anything unusual: a syntax error, a lone surrogate escape, a number that is not
//! whole or that serde_json reads differently ("-0"), deep nesting. The caller then reads the text with serde_json,
//! which says what is wrong in its own words, or reads it the slow way (`Json::from_value`).

use bumpalo::Bump;
use serde_json::Value;

/// One JSON value. A number keeps its text ("12"): a review only reads whole numbers from it
/// (a document with any other number is parsed by serde_json, as `Parsed`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(&'a str),
    /// A number of a document read by serde_json (`from_value`), kept as it read it: its
    /// shortest spelling does not always read back to the same float.
    Parsed(&'a serde_json::Number),
    Str(&'a str),
    Array(&'a [Json<'a>]),
    /// Keys in the order written. A key written twice counts once, with its last value, as in
    /// serde_json (`get` looks from the end).
    Object(&'a [(&'a str, Json<'a>)]),
}

static NULL: Json<'static> = Json::Null;

/// Nesting deeper than this is left to serde_json (which refuses it past 128).
const MAX_DEPTH: usize = 100;

/// Reads the document in `text` with `read`: parsed here when it can be, else by serde_json
/// (whose error says what is wrong with the text).
pub fn read<T>(text: &str, read: impl FnOnce(&Json) -> T) -> Result<T, serde_json::Error> {
    let arena = arena_for(text);
    match parse(text, &arena) {
        Some(document) => Ok(read(&document)),
        None => {
            let value: Value = serde_json::from_str(text)?;
            Ok(read(&Json::from_value(&value, &arena)))
        }
    }
}

/// Reads a serde_json value with `read`, through the same tree.
pub fn read_value<T>(value: &Value, read: impl FnOnce(&Json) -> T) -> T {
    read(&Json::from_value(value, &Bump::new()))
}

/// An arena for the tree of `text`, sized from the text at once so that it grows only a few
/// times (a chunk that fills up is followed by a larger one; nothing is copied).
pub fn arena_for(text: &str) -> Bump {
    Bump::with_capacity(text.len() / 2)
}

/// Parses `text` as one JSON value with nothing after it but whitespace, its lists kept in
/// `arena`; `None` when it is not JSON or is JSON of a kind left to serde_json (see the module
/// comment).
pub fn parse<'a>(text: &'a str, arena: &'a Bump) -> Option<Json<'a>> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        arena,
        items: Vec::new(),
        fields: Vec::new(),
    };
    let value = parser.value(0)?;
    parser.skip_space();
    (parser.at == parser.bytes.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    arena: &'a Bump,
    /// The items and fields of the arrays and objects being read, innermost last. Each list is
    /// gathered here and then copied into the arena at its exact size.
    items: Vec<Json<'a>>,
    fields: Vec<(&'a str, Json<'a>)>,
}

impl<'a> Parser<'a> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Option<Json<'a>> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json<'a>> {
        self.skip_space();
        match *self.bytes.get(self.at)? {
            b'"' => self.string().map(Json::Str),
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'[' if depth < MAX_DEPTH => self.array(depth + 1),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json<'a>> {
        self.at += 1;
        self.skip_space();
        if self.bytes.get(self.at) == Some(&b']') {
            self.at += 1;
            return Some(Json::Array(&[]));
        }
        let mark = self.items.len();
        loop {
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_space();
            match self.bytes.get(self.at)? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    let items = self.arena.alloc_slice_copy(&self.items[mark..]);
                    self.items.truncate(mark);
                    return Some(Json::Array(items));
                }
                _ => return None,
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json<'a>> {
        self.at += 1;
        self.skip_space();
        if self.bytes.get(self.at) == Some(&b'}') {
            self.at += 1;
            return Some(Json::Object(&[]));
        }
        let mark = self.fields.len();
        loop {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return None;
            }
            let key = self.string()?;
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b':') {
                return None;
            }
            self.at += 1;
            let value = self.value(depth)?;
            self.fields.push((key, value));
            self.skip_space();
            match self.bytes.get(self.at)? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    let fields = self.arena.alloc_slice_copy(&self.fields[mark..]);
                    self.fields.truncate(mark);
                    return Some(Json::Object(fields));
                }
                _ => return None,
            }
        }
    }

    /// A string, the opening quote at `at`. Borrowed from the text unless it has escapes.
    fn string(&mut self) -> Option<&'a str> {
        self.at += 1;
        let start = self.at;
        self.at = plain_run(self.bytes, self.at);
        loop {
            match *self.bytes.get(self.at)? {
                b'"' => {
                    let text = &self.text[start..self.at];
                    self.at += 1;
                    return Some(text);
                }
                b'\\' => break,
                0..=0x1f => return None,
                _ => self.at += 1,
            }
        }
        let mut out = String::from(&self.text[start..self.at]);
        loop {
            let run = self.at;
            self.at = plain_run(self.bytes, self.at);
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[run..self.at]);
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(self.arena.alloc_str(&out));
                }
                b'\\' => {
                    self.at += 1;
                    let escape = *self.bytes.get(self.at)?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    });
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\uXXXX` escape (its `\u` read), with a surrogate pair's second half.
    /// A lone surrogate is left to serde_json, which refuses it (`envelope::read_str` then
    /// replaces it and says so).
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
                    return None;
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return None;
                }
                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            }
            0xDC00..=0xDFFF => None,
            _ => char::from_u32(first),
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    /// A whole number by JSON's grammar, kept as text. "-0" and its like are left to
    /// serde_json, which reads them as a float where a plain reading would give the integer 0,
    /// and so is any number that is not a whole one of 64 bits.
    fn number(&mut self) -> Option<Json<'a>> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at > from
        };
        if self.bytes[self.at] == b'-' {
            self.at += 1;
        }
        match self.bytes.get(self.at)? {
            b'0' => self.at += 1,
            b'1'..=b'9' => {
                digits(self);
            }
            _ => return None,
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return None;
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if !digits(self) {
                return None;
            }
        }
        let text = &self.text[start..self.at];
        if text.starts_with("-0") {
            return None;
        }
        // A review holds whole numbers only. Anything else ("5.0", "1e2", beyond 64 bits) is
        // left to serde_json, which also refuses a number beyond a float's range ("1e400"):
        // checking that here took a float parser into the first download (15 KB of gzip).
        let whole =
            is_integer(text) && (text.parse::<u64>().is_ok() || text.parse::<i64>().is_ok());
        whole.then_some(Json::Number(text))
    }
}

/// Where the run of plain string bytes from `at` may end, read eight bytes at a time: the
/// start of the first eight that hold a quote, a backslash or a control byte, or of the last
/// few bytes. Strings are most of a review's text, and reading them a byte at a time was
/// more than half of parsing it.
#[inline]
fn plain_run(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero, or below `n`, where the result has its high bit set. Borrows can
    // set it in a later byte too, but only after a byte that is truly there, so "none" is exact.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let v = u64::from_le_bytes(eight);
        let special = below(v ^ (ONES * u64::from(b'"')), 1)
            | below(v ^ (ONES * u64::from(b'\\')), 1)
            | below(v, 0x20);
        if special != 0 {
            break;
        }
        at += 8;
    }
    at
}

impl<'a> Json<'a> {
    /// The value under `key` of an object (its last, if written twice).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(fields) => fields.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole number that is not negative, as serde_json's `as_u64` gives it: none for a
    /// number written with a fraction or an exponent, or too large.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(text) if !text.starts_with('-') && is_integer(text) => text.parse().ok(),
            Json::Parsed(n) => n.as_u64(),
            _ => None,
        }
    }

    /// A whole number, as serde_json's `as_i64` gives it.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(text) if is_integer(text) => text.parse().ok(),
            Json::Parsed(n) => n.as_i64(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&'a [Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// The same document borrowed from a serde_json value, its lists kept in `arena` (for
    /// documents read the slow way: migrated, or passed between the app and its worker).
    pub fn from_value(value: &'a Value, arena: &'a Bump) -> Json<'a> {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Parsed(n),
            Value::String(s) => Json::Str(s),
            Value::Array(items) => Json::Array(
                arena.alloc_slice_fill_iter(items.iter().map(|v| Json::from_value(v, arena))),
            ),
            Value::Object(map) => Json::Object(
                arena.alloc_slice_fill_iter(
                    map.iter()
                        .map(|(k, v)| (k.as_str(), Json::from_value(v, arena))),
                ),
            ),
        }
    }

    /// The value written as serde_json writes a `Value` of it (`to_string`: compact, keys in
    /// order, a key written twice once with its last value at its first place), without
    /// building the `Value`: a journal keeps each unit's text, and the shared screen reads a
    /// journal at every step of the walk.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // A whole number that serde_json reads to the same (`parse`), spelt as it writes it.
            Json::Number(text) => out.push_str(text),
            Json::Parsed(n) => out.push_str(&n.to_string()),
            Json::Str(s) => write_str(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            // A hand-edited journal may hold an object of any size, and looking for each key's
            // repeats in place would make it quadratic: serde_json's own map writes those (a
            // map or a sort of our own here put 2 to 3 KB gzip on the first download).
            Json::Object(fields) if fields.len() > 32 => out.push_str(&self.to_value().to_string()),
            Json::Object(fields) => {
                // A key written twice: once, where it first was, with its last value (as
                // serde_json's map keeps it).
                let first_and_last = |key: &str| {
                    let same = |(k, _): &(&str, Json)| *k == key;
                    let first = fields.iter().position(same).unwrap_or(0);
                    (first, fields.iter().rposition(same).unwrap_or(first))
                };
                out.push('{');
                let mut comma = false;
                for (i, (key, _)) in fields.iter().enumerate() {
                    let (first, last) = first_and_last(key);
                    if first != i {
                        continue;
                    }
                    if comma {
                        out.push(',');
                    }
                    comma = true;
                    write_str(key, out);
                    out.push(':');
                    fields[last].1.write(out);
                }
                out.push('}');
            }
        }
    }

    /// As a serde_json value (for the few parts of a review kept as raw JSON).
    pub fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            // Checked to be in range when parsed.
            Json::Number(text) => serde_json::from_str(text).unwrap_or(Value::Null),
            Json::Parsed(n) => Value::Number((*n).clone()),
            Json::Str(s) => Value::String(s.to_string()),
            Json::Array(items) => Value::Array(items.iter().map(Json::to_value).collect()),
            Json::Object(fields) => {
                let mut map = serde_json::Map::new();
                for (k, v) in fields.iter() {
                    map.insert(k.to_string(), v.to_value());
                }
                Value::Object(map)
            }
        }
    }
}

/// A string quoted and escaped as serde_json writes it.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    let mut from = 0;
    for (at, c) in s.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        out.push_str(&s[from..at]);
        if escaped.is_empty() {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(escaped);
        }
        from = at + c.len_utf8();
    }
    out.push_str(&s[from..]);
    out.push('"');
}

fn is_integer(text: &str) -> bool {
    !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'))
}

/// `value["key"]`, as with serde_json: `Null` when there is no such key.
impl<'a> std::ops::Index<&str> for Json<'a> {
    type Output = Json<'a>;
    fn index(&self, key: &str) -> &Json<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser with an arena of its own that lives as long as the test.
    fn parse(text: &str) -> Option<Json<'_>> {
        super::parse(text, Box::leak(Box::new(Bump::new())))
    }

    fn same_as_serde(text: &str) {
        let serde: Value = serde_json::from_str(text).unwrap();
        let ours = parse(text).unwrap_or_else(|| panic!("not read: {text}"));
        assert_eq!(ours.to_value(), serde, "{text}");
    }

    #[test]
    fn writes_what_serde_json_writes() {
        // More keys than a record has, some of them twice, each time with another value.
        let many_keys = format!(
            "{{{}}}",
            (0..40)
                .map(|i| format!("\"k{}\": {i}", i % 25))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let controls: String = (0u8..0x20).map(char::from).collect();
        let every_control = serde_json::to_string(&controls).unwrap();
        for text in [
            r#"{"a": 1, "b": [true, false, null], "c": {"d": "e", "f": -7}}"#,
            r#"  [1, -2, 0, 18446744073709551615, 1.5, 1e3, -0]  "#,
            r#""quote \" backslash \\ slash \/ \b\f\n\r\t""#,
            r#""\u00e9 \u2028 \u007f \ud83d\ude92 plain é 🚒""#,
            r#"{"k": 1, "j": 0, "k": 2}"#,
            r#"{"k": {"x": 1}, "k": [2], "k": null}"#,
            &many_keys,
            r#"{"": ""}"#,
            r#"[{}, [], [[[]]], ""]"#,
            every_control.as_str(),
        ] {
            let serde: Value = serde_json::from_str(text).unwrap();
            let written = read(text, |json| json.to_text()).unwrap();
            assert_eq!(written, serde.to_string(), "{text}");
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"a": 1, "b": [true, false, null], "c": {"d": "e"}}"#,
            r#"  [1, -2, 0, 12345678901234567890]  "#,
            r#""quote \" backslash \\ slash \/ \b\f\n\r\t""#,
            r#""\u00e9 \u2028 \ud83d\ude92 plain é 🚒""#,
            r#"{"k": 1, "k": 2}"#,
            r#"{}"#,
            r#"[]"#,
            r#"[[[[]]]]"#,
            "\"\"",
        ] {
            same_as_serde(text);
        }
    }

    /// Strings are scanned eight bytes at a time: a quote, a backslash, a control byte or a
    /// character of any width at every place in and around a block of eight.
    #[test]
    fn strings_read_the_same_whichever_byte_of_eight_holds_what() {
        for len in 0..20 {
            for at in 0..=len {
                for special in [
                    "\\\"", "\\\\", "\\n", "\\u00e9", "é", "€", "🚒", "\u{7f}", "~",
                ] {
                    let mut body = "x".repeat(len);
                    body.insert_str(at, special);
                    same_as_serde(&format!("[\"{body}\", \"{body}{body}\"]"));
                }
                let raw_control = format!("\"{}\u{1}{}\"", "x".repeat(at), "y".repeat(len - at));
                assert!(parse(&raw_control).is_none(), "{raw_control:?}");
                let unended = format!("\"{}", "x".repeat(len));
                assert!(parse(&unended).is_none(), "{unended:?}");
            }
        }
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        for (text, u, i) in [
            ("5", Some(5), Some(5)),
            ("-3", None, Some(-3)),
            ("5.0", None, None),
            ("1e2", None, None),
            ("18446744073709551615", Some(u64::MAX), None),
            ("18446744073709551616", None, None),
        ] {
            // A number that is not a whole one of 64 bits is read by serde_json (`read`).
            let whole = !text.contains(['.', 'e']) && text != "18446744073709551616";
            assert_eq!(parse(text).is_some(), whole, "{text}");
            let serde: Value = serde_json::from_str(text).unwrap();
            let (ours_u, ours_i) = read(text, |json| (json.as_u64(), json.as_i64())).unwrap();
            assert_eq!(ours_u, u, "{text}");
            assert_eq!(ours_u, serde.as_u64(), "{text}");
            assert_eq!(ours_i, i, "{text}");
            assert_eq!(ours_i, serde.as_i64(), "{text}");
        }
    }

    #[test]
    fn gives_up_on_what_is_not_json_or_is_left_to_serde_json() {
        for text in [
            "", " ", "{", "[1,]", "{\"a\":1,}", "{a:1}", "01", "1.", ".5", "1e", "-", "+1", "tru",
            "nul", "[1 2]", "\"open", "\"tab\there\"", r#""\x""#, r#""\u12""#, r#""\ud800""#,
            r#""\udc00""#, r#""\ud800\u0041""#, "1 2", "-0", "-0.0", "{\"a\" 1}", "[\"a\":1]",
            "NaN", "Infinity",
            // A number that is not whole: a review has none, and serde_json reads them.
            "3.5", "1e3", "2E-2", "[1, 0.5]",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        // Beyond a float's range: serde_json refuses them, so must this.
        for text in ["1e400", "-1.8e308", &"9".repeat(400), "[1e999]"] {
            assert!(serde_json::from_str::<Value>(text).is_err(), "{text:?}");
            assert_eq!(parse(text), None, "{text:?}");
        }
        // Deeper than serde_json allows, or near it: left to serde_json.
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(parse(&deep), None);
    }

    #[test]
    fn get_and_index_find_the_last_of_a_key_written_twice() {
        let doc = parse(r#"{"a": 1, "b": {"c": "x"}, "a": 2}"#).unwrap();
        assert_eq!(doc["a"].as_u64(), Some(2));
        assert_eq!(doc["b"]["c"].as_str(), Some("x"));
        assert!(doc["missing"].is_null());
        assert!(doc["b"]["c"]["deeper"].is_null());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-1e9f64..1e9).prop_map(Value::from),
            "\\PC{0,12}".prop_map(Value::String),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec(("\\PC{0,6}", inner), 0..6)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    /// Whether a document holds a number that is not a whole one of 64 bits.
    fn has_fraction(value: &Value) -> bool {
        match value {
            Value::Number(n) => n.is_f64(),
            Value::Array(items) => items.iter().any(has_fraction),
            Value::Object(fields) => fields.values().any(has_fraction),
            _ => false,
        }
    }

    proptest! {
        #[test]
        fn any_document_serde_json_writes_is_read_the_same(value in any_json()) {
            for text in [value.to_string(), serde_json::to_string_pretty(&value).unwrap()] {
                // Parsed here unless it holds a number that is not whole (left to serde_json).
                let parsed = parse(&text, &Bump::new()).is_some();
                prop_assert_eq!(parsed, !has_fraction(&value), "{}", text);
                let ours = super::read(&text, |j| j.to_value()).unwrap();
                // Compared with serde_json's reading of the text, not with `value`: a float may
                // not come back bit for bit from its shortest spelling.
                let serde: Value = serde_json::from_str(&text).unwrap();
                prop_assert_eq!(super::read(&text, |j| j.to_text()).unwrap(), serde.to_string());
                prop_assert_eq!(ours, serde);
            }
        }

        #[test]
        fn whatever_is_read_serde_json_reads_the_same(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,40}|\\PC{0,40}") {
            if let Some(ours) = parse(&text, &Bump::new()).map(|j| j.to_value()) {
                let serde: Result<Value, _> = serde_json::from_str(&text);
                prop_assert!(serde.is_ok(), "read but serde_json refuses: {:?}", text);
                let serde = serde.unwrap();
                prop_assert_eq!(super::read(&text, |j| j.to_text()).unwrap(), serde.to_string());
                prop_assert_eq!(ours, serde);
            }
        }
    }
}
