//! Who a chat handle is: "priya", "p.raman", "PR", "priya.raman@example.com" or "@Priya Raman"
//! matched to the review's people by full name, first or last name, initials, an e-mail's local
//! part, or a first initial with the last name, ignoring case and accents, or by one of the
//! person's chat names (`Person::handles`), which beats any of these. A handle that fits several
//! people equally is ambiguous, and the facilitator is asked; their answer is remembered as a
//! chat name for the next import.

use crate::model::{Id, Person};

/// Who a handle is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// Exactly one person fits best.
    One(Id),
    /// Several people fit equally well: ask which.
    Several(Vec<Id>),
    /// Nobody fits.
    Nobody,
}

/// How well a handle fits a name, from 0 (not at all) to 4 (the whole name).
fn fit(handle: &[String], name: &[String]) -> u8 {
    if handle.is_empty() || name.is_empty() {
        return 0;
    }
    let joined = |words: &[String]| words.concat();
    if handle == name || joined(handle) == joined(name) {
        return 4;
    }
    let (first, last) = (&name[0], &name[name.len() - 1]);
    let initial = |word: &String| word.chars().next().map(String::from).unwrap_or_default();
    if handle.len() == 2 && name.len() >= 2 {
        // "raman priya", "p raman", "priya r".
        let (a, b) = (&handle[0], &handle[1]);
        if a == last && b == first {
            return 3;
        }
        if (*a == initial(first) && b == last) || (a == first && *b == initial(last)) {
            return 2;
        }
    }
    if handle.len() == 1 {
        let word = &handle[0];
        if name.len() >= 2 {
            // "praman", "priyar", "pr", "pkr".
            if *word == format!("{}{last}", initial(first))
                || *word == format!("{first}{}", initial(last))
            {
                return 2;
            }
            let initials: String = name.iter().map(initial).collect();
            if word.chars().count() >= 2 && *word == initials {
                return 1;
            }
        }
        if word == first || word == last {
            return 1;
        }
    }
    0
}

/// The words of a handle or a name, for comparing: an e-mail keeps its local part, "@" and
/// separators go, and letters are folded to plain lowercase ASCII where they have a plain form.
pub fn words(text: &str) -> Vec<String> {
    let text = text.trim().trim_start_matches('@');
    let local = match text.find('@') {
        Some(at) if at > 0 => &text[..at],
        _ => text,
    };
    local
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '_' | '-' | '\'' | '\u{2019}'))
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Lowercase, without accents for the Latin letters that have a plain form ("José" → "jose",
/// "Øyvind" → "oyvind"). A small table rather than Unicode's, which would cost the page more
/// than all of this.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let lower = c.to_ascii_lowercase();
        let plain =
            match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä'
                | 'Å' => "a",
                'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
                'ď' | 'đ' | 'Ď' | 'Đ' => "d",
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ě' => {
                    "e"
                }
                'ğ' | 'Ğ' => "g",
                'ì' | 'í' | 'î' | 'ï' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => "i",
                'ł' | 'Ł' => "l",
                'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö'
                | 'Ø' => "o",
                'ř' | 'Ř' => "r",
                'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
                'ť' | 'ţ' | 'Ť' => "t",
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
                'ý' | 'ÿ' | 'Ý' => "y",
                'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
                'ß' => "ss",
                'æ' | 'Æ' => "ae",
                'œ' | 'Œ' => "oe",
                _ => {
                    if lower.is_alphanumeric() {
                        out.push(lower);
                    }
                    continue;
                }
            };
        out.push_str(plain);
    }
    out
}

/// Whether two handles or names are the same once case, accents and separators are set aside.
fn same(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.concat() == b.concat()
}

/// How well a handle fits a person: one of their chat names beats everything the name offers.
/// The name is read as written, and as a handle is made from it ([`name_words`]), which only
/// adds fits: it never scores the whole name (3 at most), so "marcus lee" is Marcus Lee, not
/// Marcus Lee Jr.
fn fit_person(handle: &[String], person: &Person) -> u8 {
    if person.handles.iter().any(|h| same(handle, &words(h))) {
        return 5;
    }
    fit(handle, &words(&person.name)).max(fit(handle, &name_words(&person.name)).min(3))
}

/// Titles written before a name, which no handle is made from.
const TITLES: [&str; 9] = ["dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame", "rev"];

/// Suffixes written after a name, which no handle is made from either.
const SUFFIXES: [&str; 8] = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"];

/// The words of a person's name that a chat handle is made from: "Dr. Tom Becker", "Tom Becker
/// (SRE)", "Tom Becker [he/him]", "Tom Becker Jr." and "Tom Becker, Ph.D." are all Tom Becker
/// to "tbecker". A title or a suffix goes only while two words are left ("Dr Who" stays); the
/// dots of an abbreviation go first, so that "Ph.D." is one word.
fn name_words(name: &str) -> Vec<String> {
    let mut plain = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '.' | ',' => {}
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut words = words(&plain);
    while words.len() > 2 && TITLES.contains(&words[0].as_str()) {
        words.remove(0);
    }
    while words.len() > 2 && words.last().is_some_and(|w| SUFFIXES.contains(&w.as_str())) {
        words.pop();
    }
    words
}

/// Remembers `handle` as one of `person`'s chat names, unless it already is one or is their
/// whole name (which finds them anyway). A handle with a comma ("Raman, Priya") is not kept:
/// Setup edits chat names as one line split at commas, and would cut it in two.
pub fn remember(person: &mut Person, handle: &str) {
    let handle = handle.trim();
    let key = words(handle);
    if key.is_empty() || handle.contains(',') || fit_person(&key, person) >= 4 {
        return;
    }
    person
        .handles
        .push(handle.trim_start_matches('@').to_string());
}

/// Remembers `handle` as one of `person`'s chat names only when nothing about them finds it
/// yet: a Slack display name "firefly" is kept, "Priya" for Priya Raman is not (it would stop
/// "priya" asking once a second Priya joins the review).
pub fn remember_unfound(person: &mut Person, handle: &str) {
    if fit_person(&words(handle), person) == 0 {
        remember(person, handle);
    }
}

/// Whether one of `names` names the person on its own: one of their chat names, their whole
/// name, or a handle made of both their first and last names ("tbecker", "tomb", "tom.b",
/// "becker.tom", "tom_becker" for Tom Becker), not a part ("tom", "becker", "TB").
pub fn names_in_full(names: &[&str], people: &[Person], id: &Id) -> bool {
    people
        .iter()
        .filter(|p| &p.id == id)
        .any(|person| names.iter().any(|n| fit_person(&words(n), person) >= 2))
}

/// Who the owner of these names is among `people` (one name, or the several one person is
/// known by: a Slack user's real name, display name and handle): the best fit of any of the
/// names, several equally good people, or nobody.
pub fn match_names(names: &[&str], people: &[Person]) -> Match {
    let names: Vec<Vec<String>> = names.iter().map(|n| words(n)).collect();
    let mut best = 0;
    let mut found: Vec<Id> = Vec::new();
    for person in people {
        let score = names
            .iter()
            .map(|handle| fit_person(handle, person))
            .max()
            .unwrap_or(0);
        if score > best {
            best = score;
            found = vec![person.id.clone()];
        } else if score == best && score > 0 {
            found.push(person.id.clone());
        }
    }
    match found.len() {
        0 => Match::Nobody,
        1 => Match::One(found.remove(0)),
        _ => Match::Several(found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(names: &[&str]) -> Vec<Person> {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| Person {
                id: Id(format!("p{i}")),
                name: name.to_string(),
                ..Person::default()
            })
            .collect()
    }

    fn who(handle: &str, people: &[Person]) -> Match {
        match_names(&[handle], people)
    }

    #[test]
    fn a_handle_matches_by_any_part_of_the_name() {
        let team = people(&[
            "Priya Raman", "Dana Okafor", "Marcus Lee", "Tom Becker", "José Núñez",
        ]);
        let one = |i: usize| Match::One(Id(format!("p{i}")));
        for (handle, expected) in [
            ("priya", one(0)),
            ("@Priya Raman", one(0)),
            ("priya.raman", one(0)),
            ("praman", one(0)),
            ("priyar", one(0)),
            ("PR", one(0)),
            ("raman", one(0)),
            ("priya.raman@example.com", one(0)),
            ("dana", one(1)),
            ("d.okafor", one(1)),
            ("marcus", one(2)),
            ("tom", one(3)),
            ("tbecker", one(3)),
            ("jose", one(4)),
            ("JOSÉ NUÑEZ", one(4)),
            ("jnunez", one(4)),
        ] {
            assert_eq!(who(handle, &team), expected, "{handle}");
        }
        for handle in ["pagerbot", "ops-alerts", "", "@", "r", "x.y@z"] {
            assert_eq!(who(handle, &team), Match::Nobody, "{handle}");
        }
    }

    #[test]
    fn a_chat_name_finds_its_person_before_any_name_does() {
        let mut team = people(&["Priya Raman", "Dana Okafor", "Pat Rivers"]);
        team[1].handles = vec!["Dee (SRE)".into(), "firefly".into()];
        assert_eq!(who("firefly", &team), Match::One(Id::from("p1")));
        assert_eq!(who("@dee (sre)", &team), Match::One(Id::from("p1")));
        // "pr" fits two people by initials; a chat name settles it.
        assert_eq!(
            who("pr", &team),
            Match::Several(vec![Id::from("p0"), Id::from("p2")])
        );
        team[2].handles = vec!["PR".into()];
        assert_eq!(who("pr", &team), Match::One(Id::from("p2")));
        // A chat name is matched whole, not word by word.
        assert_eq!(who("dee", &team), Match::Nobody);
    }

    #[test]
    fn an_answer_is_remembered_once_and_not_when_the_name_says_it_all() {
        let mut person = people(&["Priya Raman"]).remove(0);
        remember(&mut person, "@pr");
        remember(&mut person, "PR");
        remember(&mut person, "priya raman");
        remember(&mut person, "Priya.Raman");
        remember(&mut person, " ");
        remember(&mut person, "firefly");
        remember(&mut person, "Raman, P.");
        assert_eq!(person.handles, ["pr", "firefly"]);
    }

    #[test]
    fn a_handle_of_first_and_last_name_names_a_person_in_full() {
        let team = people(&["Tom Becker", "Dana Okafor"]);
        let p0 = Id::from("p0");
        for handle in [
            "tbecker", "TBecker", "tomb", "tom.b", "tom.becker", "tom_becker", "becker.tom",
        ] {
            assert_eq!(who(handle, &team), Match::One(p0.clone()), "{handle}");
            assert!(names_in_full(&[handle], &team, &p0), "{handle}");
        }
        for part in ["tom", "becker", "TB", "firefly"] {
            assert!(!names_in_full(&[part], &team, &p0), "{part}");
        }
        // Two people it could be: asked, never linked.
        let two = people(&["Tom Becker", "Tina Becker"]);
        assert_eq!(
            who("tbecker", &two),
            Match::Several(vec![Id::from("p0"), Id::from("p1")])
        );
    }

    #[test]
    fn a_title_a_suffix_or_a_part_in_brackets_is_not_part_of_a_handle() {
        let team = people(&[
            "Dr. Tom Becker", "Dana Okafor (SRE)", "Marcus Lee Jr.", "Priya Raman [she/her]",
            "Ana Souza, Ph.D.", "Robert Smith (Bob)",
        ]);
        let one = |i: usize| Match::One(Id(format!("p{i}")));
        for (handle, expected) in [
            ("tbecker", one(0)),
            ("tom", one(0)),
            ("@Dr. Tom Becker", one(0)),
            ("tom.becker", one(0)),
            ("dokafor", one(1)),
            ("dana.okafor", one(1)),
            ("mlee", one(2)),
            ("marcus", one(2)),
            ("praman", one(3)),
            ("asouza", one(4)),
            ("ana.souza", one(4)),
            // The name as written still fits as it did: a word in brackets is a last word.
            ("bob", one(5)),
            ("rsmith", one(5)),
        ] {
            assert_eq!(who(handle, &team), expected, "{handle}");
        }
        assert!(names_in_full(&["tbecker"], &team, &Id::from("p0")));
        // The name as written is the best fit; the name a handle is made from comes after.
        let two = people(&["Marcus Lee", "Marcus Lee Jr."]);
        assert_eq!(who("marcus lee", &two), Match::One(Id::from("p0")));
        assert_eq!(who("Marcus Lee Jr.", &two), Match::One(Id::from("p1")));
        assert_eq!(
            who("mlee", &two),
            Match::Several(vec![Id::from("p0"), Id::from("p1")])
        );
    }

    #[test]
    fn the_best_fit_wins_and_equal_fits_ask() {
        let team = people(&["Ana Souza", "Ana Lima", "Ben Souza"]);
        assert_eq!(
            who("ana", &team),
            Match::Several(vec![Id::from("p0"), Id::from("p1")])
        );
        assert_eq!(who("ana souza", &team), Match::One(Id::from("p0")));
        assert_eq!(who("alima", &team), Match::One(Id::from("p1")));
        assert_eq!(
            who("souza", &team),
            Match::Several(vec![Id::from("p0"), Id::from("p2")])
        );
        // The whole name beats a first name alone.
        let team = people(&["Lee", "Marcus Lee"]);
        assert_eq!(who("marcus lee", &team), Match::One(Id::from("p1")));
    }
}
