//! How each kind of moment is named and marked.
//!
//! Every kind has a text label and a distinct symbol, so that kinds never differ by colour alone.

use crate::model::MomentKind;

/// How one kind of moment is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    pub kind: MomentKind,
    pub label: &'static str,
    /// A symbol with its own shape; the label always accompanies it.
    pub symbol: &'static str,
    /// A CSS class suffix: `kind-signal`.
    pub class: &'static str,
}

pub fn info(kind: MomentKind) -> KindInfo {
    let (symbol, class) = match kind {
        MomentKind::OrdinaryWork => ("○", "ordinary"),
        MomentKind::Signal => ("⚠", "signal"),
        MomentKind::Observation => ("◉", "observation"),
        MomentKind::Hypothesis => ("?", "hypothesis"),
        MomentKind::Decision => ("◆", "decision"),
        MomentKind::Action => ("▶", "action"),
        MomentKind::Communication => ("✉", "communication"),
        MomentKind::Handoff => ("⇄", "handoff"),
        MomentKind::External => ("☁", "external"),
        MomentKind::ImpactChange => ("↯", "impact"),
    };
    KindInfo {
        kind,
        label: kind.label(),
        symbol,
        class,
    }
}

/// The kind's place in [`MomentKind::ALL`]: its key's, and its prepared row's and mark's on the
/// page.
pub fn place(kind: MomentKind) -> u8 {
    let place = MomentKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
    u8::try_from(place).unwrap_or(0)
}

/// The key that gives a timeline row this kind: 1 to 9, then 0, in the order of
/// [`MomentKind::ALL`].
pub fn shortcut(kind: MomentKind) -> char {
    char::from(b"1234567890"[usize::from(place(kind)) % 10])
}

/// The kind a key gives, if it is one of the kinds' keys.
pub fn from_shortcut(key: &str) -> Option<MomentKind> {
    MomentKind::ALL
        .iter()
        .copied()
        .find(|&kind| key.len() == 1 && key.starts_with(shortcut(kind)))
}

/// Reads a kind from its key or label, leniently (for CSV and typed input).
pub fn parse(text: &str) -> Option<MomentKind> {
    let wanted = normalise(text);
    if wanted.is_empty() {
        return None;
    }
    MomentKind::ALL.iter().copied().find(|&kind| {
        let info = info(kind);
        normalise(kind.key()) == wanted
            || normalise(info.label) == wanted
            || normalise(info.class) == wanted
            || aliases(kind).iter().any(|a| normalise(a) == wanted)
    })
}

fn aliases(kind: MomentKind) -> &'static [&'static str] {
    match kind {
        MomentKind::Signal => &["alert", "signal", "page", "alarm"],
        MomentKind::Handoff => &["hand-off", "escalation", "handover"],
        MomentKind::External => &["external"],
        MomentKind::ImpactChange => &["impact"],
        MomentKind::OrdinaryWork => &["ordinary", "normal work", "background"],
        _ => &[],
    }
}

fn normalise(text: &str) -> String {
    // ASCII is enough for kind names, and keeps Unicode tables out of the wasm.
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_kind_has_its_own_key_from_one_to_zero() {
        let keys: String = MomentKind::ALL.iter().map(|&k| shortcut(k)).collect();
        assert_eq!(keys, "1234567890");
        for &kind in MomentKind::ALL {
            assert_eq!(from_shortcut(&shortcut(kind).to_string()), Some(kind));
        }
        assert_eq!(from_shortcut("11"), None);
        assert_eq!(from_shortcut("a"), None);
        assert_eq!(from_shortcut(""), None);
    }

    #[test]
    fn every_kind_has_its_own_label_symbol_and_class() {
        let infos: Vec<_> = MomentKind::ALL.iter().copied().map(info).collect();
        let labels: HashSet<_> = infos.iter().map(|i| i.label).collect();
        let symbols: HashSet<_> = infos.iter().map(|i| i.symbol).collect();
        let classes: HashSet<_> = infos.iter().map(|i| i.class).collect();
        assert_eq!(labels.len(), MomentKind::ALL.len());
        assert_eq!(symbols.len(), MomentKind::ALL.len());
        assert_eq!(classes.len(), MomentKind::ALL.len());
    }

    #[test]
    fn parses_keys_labels_and_aliases() {
        for &kind in MomentKind::ALL {
            assert_eq!(parse(kind.key()), Some(kind));
            assert_eq!(parse(info(kind).label), Some(kind));
        }
        assert_eq!(parse("Alert"), Some(MomentKind::Signal));
        assert_eq!(parse("hand-off"), Some(MomentKind::Handoff));
        assert_eq!(parse(""), None);
        assert_eq!(parse("banana"), None);
    }
}
