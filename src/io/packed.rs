//! Reviews as the browser's local storage keeps them: compressed, and packed into the string
//! that local storage holds.
//!
//! Local storage keeps about five million UTF-16 characters per site, and review JSON is mostly
//! ASCII: one character per byte. Compressed with LZ4 (`lz4_flex`, small and fast in wasm) and
//! packed 15 bits to a character, a review takes several times less room. Every character of a
//! packed text lies in U+0800..U+87FF: no surrogate halves (which storage may not keep) and no
//! control characters. Exported files stay plain JSON; only storage is packed.
//!
//! A stored text that does not start with [`MARK`] is plain JSON, as Tunnel stored before.

use std::borrow::Cow;

/// The start of a packed text; then the packed byte count, a colon, and the characters.
pub const MARK: &str = "lz4-15:";
const FIRST: u32 = 0x0800;
const BITS: u32 = 15;
/// Larger texts are refused before unpacking (the same limit as files).
const MAX_BYTES: usize = super::envelope::MAX_FILE_BYTES;

/// Packs JSON text for storage.
pub fn pack(json: &str) -> String {
    let bytes = lz4_flex::block::compress_prepend_size(json.as_bytes());
    let mut out = String::with_capacity(MARK.len() + 12 + bytes.len() * 3 * 8 / 15 + 3);
    out.push_str(MARK);
    out.push_str(&bytes.len().to_string());
    out.push(':');
    let (mut acc, mut held) = (0u32, 0u32);
    for byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            out.push(char_of(acc >> held));
            acc &= (1 << held) - 1;
        }
    }
    if held > 0 {
        out.push(char_of(acc << (BITS - held)));
    }
    out
}

fn char_of(value: u32) -> char {
    // Always in range: `value` has at most 15 bits.
    char::from_u32(FIRST + value).unwrap_or('\u{0800}')
}

/// The JSON text of a stored value: unpacked, or as it is when it was stored plain.
pub fn unpack(stored: &str) -> Result<Cow<'_, str>, String> {
    let Some(rest) = stored.strip_prefix(MARK) else {
        return Ok(Cow::Borrowed(stored));
    };
    let damaged = |why: &str| format!("its packed text is damaged ({why})");
    let (count, chars) = rest.split_once(':').ok_or_else(|| damaged("no length"))?;
    let count: usize = count.parse().map_err(|_| damaged("no length"))?;
    if count > MAX_BYTES {
        return Err(damaged("too long"));
    }
    let bytes = unpack_chars(chars, count).ok_or_else(|| damaged("a character out of range"))?;
    if bytes.len() != count {
        return Err(damaged("cut short"));
    }
    let size = bytes
        .get(..4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        .ok_or_else(|| damaged("cut short"))?;
    if size > MAX_BYTES {
        return Err(damaged("too long"));
    }
    let json = lz4_flex::block::decompress_size_prepended(&bytes)
        .map_err(|_| damaged("it does not decompress"))?;
    String::from_utf8(json)
        .map(Cow::Owned)
        .map_err(|_| damaged("it is not text"))
}

/// The bytes packed in `chars`, at most `count` of them; `None` when a character is out of
/// range. Every packed character is three bytes of UTF-8, so this reads the UTF-8 directly, three
/// bytes at a time, instead of decoding characters: a review is opened in the wasm engine's
/// first tier, where the general decoder was most of the time spent here.
fn unpack_chars(chars: &str, count: usize) -> Option<Vec<u8>> {
    let utf8 = chars.as_bytes();
    if !utf8.len().is_multiple_of(3) {
        return None;
    }
    let mut bytes = vec![0u8; count];
    let mut at = 0;
    let (mut acc, mut held) = (0u32, 0u32);
    for three in utf8.chunks_exact(3) {
        // `chars` is valid UTF-8, so a three-byte lead is followed by its two continuation
        // bytes: every lead in place means every character is one of these chunks.
        if three[0] & 0xF0 != 0xE0 {
            return None;
        }
        let c = (u32::from(three[0] & 0x0F) << 12)
            | (u32::from(three[1] & 0x3F) << 6)
            | u32::from(three[2] & 0x3F);
        let value = c.checked_sub(FIRST).filter(|v| *v < (1 << BITS))?;
        acc = (acc << BITS) | value;
        held += BITS;
        while held >= 8 && at < count {
            held -= 8;
            bytes[at] = (acc >> held) as u8;
            at += 1;
            acc &= (1 << held) - 1;
        }
    }
    bytes.truncate(at);
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_json_passes_through() {
        assert_eq!(unpack("{\"a\":1}").unwrap(), "{\"a\":1}");
    }

    #[test]
    fn packed_text_has_no_surrogates_or_controls_and_comes_back() {
        for text in [
            "",
            "x",
            "{\"review\":\"caf\u{e9} \u{1f692}\"}",
            &"abc".repeat(1000),
        ] {
            let packed = pack(text);
            assert!(packed[MARK.len()..]
                .chars()
                .all(|c| c == ':' || c.is_ascii_digit() || ('\u{0800}'..='\u{87ff}').contains(&c)));
            assert_eq!(unpack(&packed).unwrap(), text);
        }
        let big = "{\"description\":\"The checkout service returned errors\"},".repeat(2000);
        let packed = pack(&big);
        assert!(
            packed.chars().count() * 8 < big.len(),
            "at least 8 times smaller here"
        );
    }

    #[test]
    fn damage_is_reported_not_panicked_on() {
        let packed = pack("{\"title\":\"a title long enough to compress, compress, compress\"}");
        let mut chars: Vec<char> = packed.chars().collect();
        for cut in [1, 5, chars.len() - 1] {
            let short: String = chars[..cut].iter().collect();
            assert!(unpack(&short).is_err() || cut < MARK.len());
        }
        let last = chars.len() - 2;
        chars[last] = 'a';
        assert!(unpack(&chars.iter().collect::<String>()).is_err());
        assert!(unpack("lz4-15:999999999999:").is_err());
        assert!(unpack("lz4-15:4:\u{0800}\u{0800}\u{0800}").is_err());
        // Characters of one, two and four bytes, and three-byte ones outside the range.
        let good: String = packed[packed.find(':').unwrap() + 1..].to_string();
        let good = &good[good.find(':').unwrap() + 1..];
        let head = &packed[..packed.len() - good.len()];
        for stray in [
            "a", "\u{e9}", "\u{1f692}", "\u{07ff}", "\u{8800}", "\u{ffff}",
        ] {
            let mut damaged: Vec<char> = good.chars().collect();
            damaged[3] = stray.chars().next().unwrap();
            let text = format!("{head}{}", damaged.iter().collect::<String>());
            assert!(unpack(&text).is_err(), "{stray:?} read as packed");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_comes_back_from_packing(text in any::<String>()) {
            let packed = pack(&text);
            prop_assert_eq!(unpack(&packed).unwrap(), text.as_str());
        }

        /// Hostile stored text, marked as packed or not, is read or refused, never a panic.
        #[test]
        fn any_stored_text_unpacks_or_says_why(text in any::<String>(), marked in any::<bool>()) {
            let stored = if marked { format!("{MARK}{text}") } else { text };
            let _ = unpack(&stored);
        }
    }
}
