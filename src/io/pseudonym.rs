//! Sharing beyond the team: the review with every person's name replaced by a stable pseudonym
//! made from their role ("Responder A", "Incident commander B"), in the people list and inside
//! every free text, so that JSON, Markdown and HTML exports name nobody.
//!
//! Names are found as whole words, ignoring ASCII case: the full name, then each part of it
//! ("Ana Souza", then "Ana" and "Souza", also in "@ana" and "Ana's"). A name part that is also an
//! ordinary word ("Will") is replaced too: privacy wins over fidelity here.

use crate::model::{AccountField, Id, Review, Role};

/// The review with pseudonyms for every person.
pub fn pseudonymize(review: &Review) -> Review {
    let mut out = review.clone();
    let pseudonyms = assign(review);
    let mut targets: Vec<(String, String)> = Vec::new();
    for (person, pseudonym) in review.people.iter().zip(&pseudonyms) {
        let full = person.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !full.is_empty() {
            targets.push((full.clone(), pseudonym.clone()));
        }
        for part in full.split(' ') {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric());
            if part.chars().count() >= 2 {
                targets.push((part.to_string(), pseudonym.clone()));
            }
        }
    }
    // Longest first, so that "Ana Souza" becomes one pseudonym, not two.
    targets.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    let replace = |text: &mut String| *text = replace_names(text, &targets);

    for (person, pseudonym) in out.people.iter_mut().zip(pseudonyms) {
        person.name = pseudonym;
        if let Role::Other(text) = &mut person.role {
            replace(text);
        }
        replace(&mut person.team);
    }
    replace(&mut out.title);
    replace(&mut out.summary);
    replace(&mut out.impact);
    replace(&mut out.session.prompt);
    for moment in &mut out.moments {
        replace(&mut moment.description);
        replace(&mut moment.source);
        for evidence in &mut moment.evidence {
            replace(&mut evidence.text);
            replace(&mut evidence.url);
        }
    }
    for account in &mut out.accounts {
        for field in AccountField::ALL {
            replace(account.field_mut(field));
        }
    }
    for note in &mut out.notes {
        replace(&mut note.text);
    }
    for idea in &mut out.parking_lot {
        replace(&mut idea.text);
    }
    for finding in out.synthesis.all_mut() {
        replace(&mut finding.text);
        replace(&mut finding.tag);
    }
    for opportunity in &mut out.opportunities {
        replace(&mut opportunity.title);
        replace(&mut opportunity.description);
        replace(&mut opportunity.owner);
        replace(&mut opportunity.decline_reason);
    }
    // Fields this version does not know may hold names too: they are not shared.
    out.carried = Default::default();
    renumber_people(&mut out);
    out
}

/// Gives people neutral ids ("p-1", "p-2"...): hand-made or imported ids may spell names.
fn renumber_people(review: &mut Review) {
    let ids: Vec<(Id, Id)> = review
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), Id(format!("p-{}", i + 1))))
        .collect();
    let new = |old: &Id| ids.iter().find(|(o, _)| o == old).map(|(_, n)| n.clone());
    for person in &mut review.people {
        person.id = new(&person.id).unwrap_or_default();
    }
    for moment in &mut review.moments {
        for person in &mut moment.people {
            if let Some(id) = new(person) {
                *person = id;
            }
        }
    }
    for account in &mut review.accounts {
        if let Some(id) = new(&account.person) {
            account.person = id;
        }
    }
}

/// "Responder A", "Responder B", "Incident commander A"... in the order people are listed.
fn assign(review: &Review) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    review
        .people
        .iter()
        .map(|p| {
            let role = match &p.role {
                Role::Other(_) => "Participant".to_string(),
                known => known.label().to_string(),
            };
            let index = seen.iter().filter(|r| **r == role).count();
            seen.push(role.clone());
            format!("{role} {}", letters(index))
        })
        .collect()
}

/// A, B, ..., Z, AA, AB, ...
fn letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Replaces whole-word occurrences of each target (ASCII case ignored).
fn replace_names(text: &str, targets: &[(String, String)]) -> String {
    let mut text = text.to_string();
    for (name, pseudonym) in targets {
        text = replace_word(&text, name, pseudonym);
    }
    text
}

fn replace_word(text: &str, word: &str, with: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let needle = word.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(found) = lower[from..].find(&needle) {
        let start = from + found;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
        if boundary(before) && boundary(after) {
            out.push_str(&text[last..start]);
            out.push_str(with);
            last = end;
        }
        from = end.max(start + 1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Moment, Person};

    fn person(id: &str, name: &str, role: Role) -> Person {
        Person {
            id: Id::from(id),
            name: name.into(),
            role,
            ..Person::default()
        }
    }

    #[test]
    fn names_become_role_pseudonyms_everywhere() {
        let review = Review {
            title: "Ana's bad night".into(),
            people: vec![
                person("a", "Ana Souza", Role::IncidentCommander),
                person("b", "Ben Lee", Role::Responder),
                person("c", "Cy Ng", Role::Responder),
                person("d", "Dee", Role::Other("Ana's deputy".into())),
            ],
            moments: vec![Moment {
                description: "@ana pinged BEN LEE; Souza replied; Benefit unchanged; Cy's call"
                    .into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        let out = pseudonymize(&review);
        let names: Vec<&str> = out.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Incident commander A",
                "Responder A",
                "Responder B",
                "Participant A"
            ]
        );
        assert_eq!(out.title, "Incident commander A's bad night");
        assert_eq!(
            out.moments[0].description,
            "@Incident commander A pinged Responder A; Incident commander A replied; Benefit unchanged; Responder B's call"
        );
        assert_eq!(
            out.people[3].role,
            Role::Other("Incident commander A's deputy".into())
        );
    }

    #[test]
    fn letters_go_beyond_z() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
    }

    #[test]
    fn replacing_never_panics_on_multibyte_text() {
        assert_eq!(replace_word("éana ana ü", "ana", "X"), "éana X ü");
        assert_eq!(replace_word("", "ana", "X"), "");
    }
}
