//! Sharing beyond the team: the review with every person's name replaced by a stable pseudonym
//! made from their role ("Responder A", "Incident commander B"), in the people list and inside
//! every free text, so that JSON, Markdown and HTML exports name nobody. Teams become "Team A",
//! "Team B" the same way.
//!
//! Names are found as whole words, ignoring case: the full name, then each part of it
//! ("Ana Souza", then "Ana" and "Souza", also in "@ana", "Ana's" and the genitive "Souzas").
//! A name made only of ordinary English words ("Will Page", or "Page" of it) is found only
//! where it is written as a name, with capitals or after "@": replaced everywhere, it turned
//! "the alert will page the on-call" into "the alert Responder C the on-call", in every
//! format. A name in lowercase chat ("will is on it") is then left as written, so the report
//! screen names these words ([`names_like_words`]) for the facilitator to check. In a link, a name is found between escaped characters ("name=Ana%20Souza") and its
//! pseudonym is written escaped, so that the link stays one. In scripts written without spaces (Chinese, Japanese, Korean, Thai...) a name is found
//! wherever it is in the sentence.
//!
//! Case is ignored in every script. Lowercasing a letter that is not ASCII is asked of the
//! caller: the browser passes its own (`String.toLowerCase`), so that the wasm carries no
//! Unicode case tables; native code passes `str::to_lowercase`.

use crate::model::{AccountField, Id, Person, Review, Role};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

/// The review with pseudonyms for every person. `lowercase` lowercases one letter, and may
/// split its accents off (the browser's `fold_letters` does): names are then found with or
/// without their accents.
pub fn pseudonymize(review: &Review, lowercase: &dyn Fn(&str) -> String) -> Review {
    pseudonymize_except(review, None, lowercase).0
}

/// Turns the pseudonyms [`pseudonymize_except`] gives `review`'s people (all but `keep`) and
/// teams back into their names: what the reader of a pseudonymised worksheet wrote, for the
/// review that holds the names.
pub fn names_back(review: &Review, keep: Option<&Id>) -> Names<'static> {
    let mut names = Names::new(&as_written);
    for (person, pseudonym) in review.people.iter().zip(assign(review)) {
        let name = person.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if Some(&person.id) != keep && !name.is_empty() {
            names.add(&pseudonym, &name);
        }
    }
    for (team, pseudonym) in team_pseudonyms(review) {
        names.add(&pseudonym, &team);
    }
    names
}

/// Which pseudonym stood for whom in a copy made with [`pseudonymize_except`]: each pseudonym
/// with a tag of the person (or team) it stood for (`tag`), which does not spell the name out,
/// though someone with the file and a list of the teams' names, or of ids made from names (the
/// app's own ids are random), could guess it by trying each. A worksheet carries it and its
/// answers bring it back, so that they are read with the people of the day the worksheet was
/// made, whoever was removed or added since; a team renamed since is left as written.
pub fn roster(review: &Review, keep: Option<&Id>) -> Vec<(String, String)> {
    let people = review
        .people
        .iter()
        .zip(assign(review))
        .filter(|(person, _)| Some(&person.id) != keep)
        .map(|(person, pseudonym)| (pseudonym, tag(review, "person", person.id.as_str())));
    let teams = team_pseudonyms(review)
        .into_iter()
        .map(|(team, pseudonym)| (pseudonym, tag(review, "team", &team)));
    people.chain(teams).collect()
}

/// A person's or team's tag in a roster: 64 bits of FNV-1a over the review's id, the kind and
/// the person's id (or the team's name).
fn tag(review: &Review, kind: &str, of: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in [review.id.as_str(), kind, of].join("\u{1f}").bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Turns the pseudonyms of `roster` back into the names of the people and teams they stood
/// for, as `review` names them now; and the pseudonyms whose person or team is no longer in
/// the review, which are left as written.
pub fn names_back_by_roster(
    review: &Review,
    roster: &[(String, String)],
) -> (Names<'static>, Vec<String>) {
    let mut now: HashMap<String, String> = HashMap::new();
    for person in &review.people {
        let name = person.name.split_whitespace().collect::<Vec<_>>().join(" ");
        now.insert(tag(review, "person", person.id.as_str()), name);
    }
    for (team, _) in team_pseudonyms(review) {
        now.insert(tag(review, "team", &team), team);
    }
    let mut names = Names::new(&as_written);
    let mut gone = Vec::new();
    for (pseudonym, tag) in roster {
        match now.get(tag).filter(|name| !name.is_empty()) {
            Some(name) => names.add(pseudonym, name),
            None => gone.push(pseudonym.clone()),
        }
    }
    (names, gone)
}

/// The lowercasing for finding pseudonyms to turn back into names: none. Pseudonyms are ASCII,
/// so a letter of another script never matches one, however lowercased.
fn as_written(text: &str) -> String {
    text.to_string()
}

/// The review with pseudonyms for everyone but `keep` (a worksheet names its own reader), and
/// the names found, to replace in texts the copy leaves out (the questions for `keep`).
pub fn pseudonymize_except<'a>(
    review: &Review,
    keep: Option<&Id>,
    lowercase: &'a dyn Fn(&str) -> String,
) -> (Review, Names<'a>) {
    let mut out = review.clone();
    let mut pseudonyms = assign(review);
    for (person, pseudonym) in review.people.iter().zip(&mut pseudonyms) {
        if Some(&person.id) == keep {
            *pseudonym = person.name.clone();
        }
    }
    let mut names = Names::new(lowercase);
    for (person, pseudonym) in review.people.iter().zip(&pseudonyms) {
        if Some(&person.id) == keep {
            continue;
        }
        let full = person.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !full.is_empty() {
            names.add(&full, pseudonym);
        }
        // "Jean-Luc Picard" is also "Jean-Luc", "Jean", "Luc" and "Picard" on their own.
        let hyphenated = full
            .split(' ')
            .filter(|p| p.contains(['-', '\u{2010}', '\u{2011}']));
        let parts = full
            .split(' ')
            .chain(hyphenated.flat_map(|p| p.split(['-', '\u{2010}', '\u{2011}'])));
        for part in parts {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric());
            if part.chars().count() >= 2 {
                names.add(part, pseudonym);
            }
        }
        // A chat name, and the forms it is written in: "Dee (SRE)" as "Dee", an e-mail as its
        // local part.
        for handle in &person.handles {
            let handle = handle.trim().trim_start_matches('@');
            let bare = handle.split(" (").next().unwrap_or(handle).trim();
            let local = bare.split('@').next().unwrap_or(bare);
            for form in [handle, bare, local] {
                if form.chars().count() >= 2 {
                    names.add_handle(form, pseudonym);
                }
            }
        }
    }
    // Teams too: a team of one names its person, and a small team narrows it to a few.
    let teams = team_pseudonyms(review);
    for (team, pseudonym) in &teams {
        names.add(team, pseudonym);
    }
    let replace = |text: &mut String| *text = names.replace(text);

    for (person, pseudonym) in out.people.iter_mut().zip(pseudonyms) {
        person.name = pseudonym;
        // Chat names identify a person as surely as their name does.
        person.handles.clear();
        // Why the facilitator wanted to hear someone is not for a copy shared beyond the team;
        // that they were interviewed is (the calibration draft says so).
        person.interview.why.clear();
        if let Role::Other(text) = &mut person.role {
            replace(text);
        }
        let team = person.team.split_whitespace().collect::<Vec<_>>().join(" ");
        person.team = teams
            .iter()
            .find(|(name, _)| *name == team)
            .map(|(_, pseudonym)| pseudonym.clone())
            .unwrap_or_default();
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
    // The facilitator's own questions for people are not for a copy shared beyond the team.
    out.questions.clear();
    for suggestion in &mut out.suggestions {
        replace(&mut suggestion.when);
        replace(&mut suggestion.text);
    }
    // Bookkeeping of merged worksheets: their keys hold people's ids.
    out.merged.clear();
    // The guard's findings are named by their words, which may name someone. They are kept in
    // lowercase; the pseudonyms put in are ASCII.
    for phrase in out
        .language
        .not_blame
        .iter_mut()
        .chain(&mut out.language.watch)
    {
        replace(phrase);
        phrase.make_ascii_lowercase();
    }
    for dismissal in &mut out.language.dismissed {
        replace(&mut dismissal.phrase);
        dismissal.phrase.make_ascii_lowercase();
        // Kept as the guard keys the pseudonymised text's sentences, so the notes dismissed in
        // the review stay dismissed in the copy.
        replace(&mut dismissal.sentence);
        dismissal.sentence.make_ascii_lowercase();
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
        if let Some(due) = &mut opportunity.due {
            replace(due);
        }
    }
    // Fields this version does not know may hold names too: they are not shared.
    out.carried = Default::default();
    renumber_people(&mut out);
    renumber_accounts(&mut out);
    // A copy, not the review: importing it never replaces or merges into the original.
    out.id = Id(format!("{}-pseudonymised", review.id));
    (out, names)
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
    for suggestion in &mut review.suggestions {
        if let Some(id) = new(&suggestion.person) {
            suggestion.person = id;
        }
    }
    for dismissal in &mut review.language.dismissed {
        if let Some(id) = dismissal.field.strip_prefix("interview:").map(Id::from) {
            dismissal.field = format!("interview:{}", new(&id).unwrap_or_default());
        }
    }
}

/// Gives accounts neutral ids ("a-1"...): an account's id is made from its person's
/// (`Account::id_for`), which may spell a name. Citations and dismissals follow.
fn renumber_accounts(review: &mut Review) {
    let ids: HashMap<Id, Id> = review
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), Id(format!("a-{}", i + 1))))
        .collect();
    for account in &mut review.accounts {
        account.id = ids[&account.id].clone();
    }
    for finding in review.synthesis.all_mut() {
        for citation in &mut finding.citations {
            if let Some(account) = &mut citation.account {
                *account = ids.get(account).cloned().unwrap_or_default();
            }
        }
    }
    for dismissal in &mut review.language.dismissed {
        let renamed = dismissal
            .field
            .strip_prefix("account:")
            .and_then(|rest| rest.rsplit_once(':'))
            .map(|(account, field)| {
                let account = ids.get(&Id::from(account)).cloned().unwrap_or_default();
                format!("account:{account}:{field}")
            });
        if let Some(field) = renamed {
            dismissal.field = field;
        }
    }
}

/// Each team named in the people list, with its pseudonym: "Team A", "Team B"... in the order
/// they first appear. Names that differ only in spacing are one team.
fn team_pseudonyms(review: &Review) -> Vec<(String, String)> {
    let mut teams: Vec<(String, String)> = Vec::new();
    for person in &review.people {
        let team = person.team.split_whitespace().collect::<Vec<_>>().join(" ");
        if !team.is_empty() && !teams.iter().any(|(name, _)| *name == team) {
            let pseudonym = format!("Team {}", letters(teams.len()));
            teams.push((team, pseudonym));
        }
    }
    teams
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

/// The names to find, each lowercased letter by letter, with their pseudonyms.
/// People's and teams' names with their pseudonyms.
pub struct Names<'a> {
    /// Longest first, so that "Ana Souza" becomes one pseudonym, not two. With each, whether
    /// it is made of ordinary words, and so found only where written as a name.
    targets: Vec<(Vec<char>, String, bool)>,
    lowercase: &'a dyn Fn(&str) -> String,
    /// Letters other than ASCII, lowercased: each is asked of `lowercase` once.
    folded: RefCell<BTreeMap<char, Vec<char>>>,
}

impl<'a> Names<'a> {
    fn new(lowercase: &'a dyn Fn(&str) -> String) -> Self {
        Names {
            targets: Vec::new(),
            lowercase,
            folded: RefCell::default(),
        }
    }

    fn add(&mut self, name: &str, pseudonym: &str) {
        self.insert(name, pseudonym, is_like_words(name));
    }

    /// A chat name: found however it is written, since it is the name itself ("will: on it").
    fn add_handle(&mut self, handle: &str, pseudonym: &str) {
        self.insert(handle, pseudonym, false);
    }

    fn insert(&mut self, name: &str, pseudonym: &str, word_like: bool) {
        let mut needle = Vec::new();
        for c in name.chars() {
            self.fold(c, |lower| needle.push(lower));
        }
        let at = self
            .targets
            .partition_point(|(other, _, _)| other.len() >= needle.len());
        self.targets
            .insert(at, (needle, pseudonym.to_string(), word_like));
    }

    /// Replaces whole-word occurrences of the names in one pass over the text, so that a
    /// pseudonym just written is never matched again. At each word start the first (longest)
    /// name that matches wins.
    /// The text with every name in it replaced by its pseudonym.
    pub fn replace(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut before: Option<char> = None;
        let mut before_that: Option<char> = None;
        for (start, c) in text.char_indices() {
            // "name=Ana%20Souza": an escaped character in an address separates words too. So
            // does Arabic "and" written onto the next word: "and Sara" is one word.
            let gap = if percent_escape_ends_at(text, start)
                || (before.is_some_and(arabic_proclitic) && !is_word_char(before_that))
            {
                None
            } else {
                before
            };
            if start >= copied && apart(gap, Some(c)) {
                let rest = &text[start..];
                let found = self.targets.iter().find_map(|(needle, with, word_like)| {
                    let end = self.folded_prefix(rest, needle)?;
                    if *word_like
                        && !written_as_a_name(&rest[..end])
                        && !in_an_address(text, start, start + end)
                    {
                        return None;
                    }
                    let last = rest[..end].chars().rev().find(|&l| !is_combining_mark(l));
                    let after = rest[end..].chars().next();
                    if apart(last, after) {
                        return Some((end, with));
                    }
                    // "Müllers Team", "Souzas": a genitive written without an apostrophe.
                    let genitive = matches!(after, Some('s')) && needle.len() >= 3;
                    (genitive && apart(Some('s'), rest[end + 1..].chars().next()))
                        .then_some((end, with))
                });
                if let Some((end, with)) = found {
                    out.push_str(&text[copied..start]);
                    // Inside a link the pseudonym is escaped, so the link stays one.
                    if in_link(text, start) {
                        out.push_str(&escaped(with));
                    } else {
                        out.push_str(with);
                    }
                    copied = start + end;
                }
            }
            before_that = before;
            before = Some(c);
        }
        out.push_str(&text[copied..]);
        out
    }

    /// The byte length of the start of `text` that is `needle` when lowercased, if it is.
    fn folded_prefix(&self, text: &str, needle: &[char]) -> Option<usize> {
        let mut matched = 0;
        for (at, c) in text.char_indices() {
            let mut same = true;
            self.fold(c, |lower| {
                same &= needle.get(matched) == Some(&lower);
                matched += 1;
            });
            if !same {
                return None;
            }
            if matched == needle.len() {
                // The accents on the name's last letter go with it.
                let end = at + c.len_utf8();
                let marks: usize = text[end..]
                    .chars()
                    .take_while(|&m| is_combining_mark(m))
                    .map(char::len_utf8)
                    .sum();
                return Some(end + marks);
            }
        }
        None
    }

    /// Gives each letter of `c` lowercased to `to`, with Greek final sigma as the ordinary one
    /// ("ΑΛΈΞΗΣ" is "αλέξης"), and without accents where the platform's lowercasing splits them
    /// off (the browser's does, `browser::fold_letters`): "Zoë" is found typed as one letter or
    /// as "e" and a combining diaeresis, as macOS and some chat exports write it.
    fn fold(&self, c: char, mut to: impl FnMut(char)) {
        // An apostrophe is an apostrophe however typed: "O\u{2019}Brien", as phones and
        // word processors write it, is the "O'Brien" of the people's list.
        if matches!(c, '\u{2019}' | '\u{2018}' | '\u{2bc}' | '`' | '\u{b4}') {
            return to('\'');
        }
        if c.is_ascii() {
            return to(c.to_ascii_lowercase());
        }
        if is_combining_mark(c) {
            return;
        }
        // A hyphen is a hyphen however typed: "Jean\u{2011}Luc" (non-breaking) is "Jean-Luc".
        if matches!(c, '\u{2010}' | '\u{2011}') {
            return to('-');
        }
        let mut folded = self.folded.borrow_mut();
        let lower = folded.entry(c).or_insert_with(|| {
            let mut buffer = [0; 4];
            (self.lowercase)(c.encode_utf8(&mut buffer))
                .chars()
                .filter(|&l| !is_combining_mark(l))
                .map(|l| if l == 'ς' { 'σ' } else { l })
                .collect()
        });
        lower.iter().copied().for_each(to);
    }
}

/// Ordinary English words that are also people's first names or surnames, in lowercase and in
/// order (a test keeps them so). A name made only of these is found only where written as a
/// name: the words are common in what incidents are written about ("will", "page", "mark",
/// "bill", "chase", "long", "stone"), and replacing them everywhere garbled the text.
const ORDINARY_WORDS: &[&str] = &[
    "amber", "april", "archer", "art", "ash", "august", "baker", "bell", "best", "bill", "bird",
    "bishop", "black", "block", "bond", "booth", "brown", "buck", "bud", "bush", "butler", "carol",
    "chase", "chip", "chuck", "clay", "cliff", "cook", "cooper", "cross", "crystal", "dale",
    "dawn", "day", "dean", "don", "drew", "english", "faith", "field", "fields", "fisher", "fox",
    "frank", "french", "gene", "glen", "grace", "grant", "gray", "green", "grey", "guy", "hale",
    "hall", "hardy", "hart", "hill", "holly", "hope", "house", "hunt", "hunter", "ivy", "jack",
    "joy", "judge", "june", "king", "knight", "lamb", "lance", "lane", "lily", "little", "long",
    "lord", "love", "major", "mark", "marsh", "mason", "max", "may", "miles", "miller", "mills",
    "moss", "nick", "page", "pat", "penny", "pierce", "pope", "porter", "potter", "price", "ray",
    "reed", "rice", "rich", "river", "rivers", "rob", "robin", "rose", "ruby", "sage", "sharp",
    "shepherd", "short", "singer", "sky", "small", "snow", "steel", "sterling", "stone", "storm",
    "street", "strong", "sue", "summer", "swift", "tanner", "turner", "wade", "walker", "ward",
    "waters", "weaver", "wells", "west", "white", "wild", "will", "winter", "wise", "wolf", "wood",
    "woods", "young",
];

/// Whether every part of `name` ("Will Page", "Page") is an ordinary word. (ASCII
/// lowercasing only: the words are ASCII, and the Unicode case tables stay out of the wasm.)
fn is_like_words(name: &str) -> bool {
    let mut parts = name
        .split([' ', '-', '\u{2010}', '\u{2011}'])
        .filter(|p| !p.is_empty())
        .peekable();
    parts.peek().is_some()
        && parts.all(|p| {
            ORDINARY_WORDS
                .binary_search(&p.to_ascii_lowercase().as_str())
                .is_ok()
        })
}

/// Whether no word of `found` starts in lowercase, as a name is written ("Will Page",
/// "WILL"), not as the words are ("will page"). A letter with no case counts as a capital:
/// when unsure, the name is replaced.
fn written_as_a_name(found: &str) -> bool {
    !found
        .split([' ', '-', '\u{2010}', '\u{2011}'])
        .filter_map(|word| word.chars().next())
        .any(|c| c.is_ascii_lowercase())
}

/// Whether the words at `start..end` of `text` are part of an address or a chat name, which
/// are written in lowercase by custom: after "@" (or "%40" in a link), next to "." or "_"
/// ("will.page@acme.com", "@will_page"), or anywhere in a link.
fn in_an_address(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let joined_after = matches!(after.next(), Some('@' | '.' | '_'))
        && after.next().is_some_and(char::is_alphanumeric);
    matches!(before, Some('@' | '.' | '_'))
        || joined_after
        || text[..start].ends_with("%40")
        || in_link(text, start)
}

/// The parts of people's and teams' names that are ordinary words, as written in the people
/// list ("Will", "Page", "Stone" of "Stone-Zhang"), each once: a copy with pseudonyms leaves
/// them where they are written in lowercase, which the person sharing it should know.
pub fn names_like_words(people: &[Person]) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let parts = people.iter().flat_map(|p| {
        p.name
            .split([' ', '-', '\u{2010}', '\u{2011}'])
            .chain(std::iter::once(p.team.trim()))
    });
    for part in parts {
        let part = part.trim_matches(|c: char| !c.is_alphanumeric());
        if is_like_words(part) && !found.iter().any(|f| f.eq_ignore_ascii_case(part)) {
            found.push(part.to_string());
        }
    }
    found
}

/// `text` as a link's part: letters, digits and "-._~" as they are, every other byte escaped
/// (a role written "Ops & on-call" would otherwise end a link's query at its "&").
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Whether the three bytes before `at` are a percent escape ("%20", "%2C").
fn percent_escape_ends_at(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    at >= 3
        && bytes[at - 3] == b'%'
        && bytes[at - 2].is_ascii_hexdigit()
        && bytes[at - 1].is_ascii_hexdigit()
}

/// Whether `at` is inside a link: a run of text without spaces that holds "://" or starts
/// with "www." or "mailto:". Only the 500 characters each side are looked at, so that a
/// long text without spaces costs no more per name found.
fn in_link(text: &str, at: usize) -> bool {
    let start = text[..at]
        .char_indices()
        .rev()
        .take(500)
        .take_while(|(_, c)| !c.is_whitespace())
        .last()
        .map_or(at, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .take(500)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(|| (at + 2000).min(text.len()), |(i, _)| at + i);
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let word = text[start..end].trim_start_matches(['(', '<', '[', '"', '\'']);
    word.contains("://") || word.starts_with("www.") || word.starts_with("mailto:")
}

/// A combining accent (the blocks of Latin, Greek and Cyrillic accents), which a name's
/// match passes over.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// A letter, a digit, or an accent written on one (so that "Bastien" is not found in
/// "Se\u{301}bastien").
fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || is_combining_mark(c))
}

/// Whether two characters side by side can be the end of one word and the start of the next.
/// Chinese, Japanese, Korean (whose particles join the name before them) and the scripts of
/// South-East Asia put no space between words: a name written in them is found wherever it is.
fn apart(before: Option<char>, after: Option<char>) -> bool {
    !(is_word_char(before) && is_word_char(after))
        || before.is_some_and(unspaced)
        || after.is_some_and(unspaced)
}

/// Arabic "and", written joined to the word after it. Only it: the other one-letter words
/// (so, with, for, as) begin too many words of their own ("\u{641}\u{639}\u{644}\u{64a}",
/// actual, is "so" before the name Ali).
fn arabic_proclitic(c: char) -> bool {
    c == '\u{648}'
}

/// A letter of a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
        | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}' // Hangul
        | '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' // Han
        | '\u{20000}'..='\u{2fa1f}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Moment;

    fn person(id: &str, name: &str, role: Role) -> Person {
        Person {
            id: Id::from(id),
            name: name.into(),
            role,
            ..Person::default()
        }
    }

    #[test]
    fn a_name_made_of_ordinary_words_is_replaced_only_where_written_as_a_name() {
        let mut will = person("w", "Will Page", Role::Responder);
        will.handles = vec!["wpage".into()];
        let review = Review {
            people: vec![
                will,
                person("m", "Mark Stone-Long", Role::IncidentCommander),
            ],
            summary: "The alert will page the on-call; Will Page acked. We will mark the stone \
                      as long gone. Page restarted it, @will confirmed, Mark and WILL agreed; \
                      Stone-Long paged wpage. Mark's fix held."
                .into(),
            ..Review::default()
        };
        let out = pseudonymize(&review, &str::to_lowercase);
        assert_eq!(
            out.summary,
            "The alert will page the on-call; Responder A acked. We will mark the stone as long \
             gone. Responder A restarted it, @Responder A confirmed, Incident commander A and \
             Responder A agreed; Incident commander A paged Responder A. Incident commander A's \
             fix held."
        );
        assert_eq!(
            names_like_words(&review.people),
            ["Will", "Page", "Mark", "Stone", "Long"]
        );
        // In an address or a chat name, written in lowercase by custom, they are replaced.
        let review = Review {
            people: vec![person("w", "Will Page", Role::Responder)],
            summary: "mail will.page@acme.com, ping @will_page or @will.page, see                       https://acme.slack.com/team/will.page?u=%40will; the page will load."
                .into(),
            ..Review::default()
        };
        let out = pseudonymize(&review, &str::to_lowercase);
        assert!(!out.summary.contains("will.") && !out.summary.contains(".page"));
        assert!(!out.summary.contains("_page") && !out.summary.contains("%40will"));
        assert!(out.summary.ends_with("; the page will load."));
        // A name with a part that is not an ordinary word is found however it is written.
        let review = Review {
            people: vec![person("a", "Ana Page", Role::Responder)],
            summary: "ana and page agreed".into(),
            ..Review::default()
        };
        let out = pseudonymize(&review, &str::to_lowercase);
        assert_eq!(out.summary, "Responder A and page agreed");
    }

    #[test]
    fn the_ordinary_words_are_lowercase_and_in_order() {
        assert!(ORDINARY_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(ORDINARY_WORDS
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
    }

    #[test]
    fn names_in_addresses_are_found_and_links_stay_links() {
        let review = Review {
            people: vec![person("a", "Ana Souza", Role::Responder)],
            moments: vec![Moment {
                description: "see https://wiki.example/p?name=Ana%20Souza&x=1 and ask Ana".into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        let copy = pseudonymize(&review, &|t: &str| t.to_lowercase());
        assert_eq!(
            copy.moments[0].description,
            "see https://wiki.example/p?name=Responder%20A%20Responder%20A&x=1 and ask Responder A"
        );
        assert_eq!(escaped("Ops & on-call A"), "Ops%20%26%20on-call%20A");
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
        let out = pseudonymize(&review, &str::to_lowercase);
        let names: Vec<&str> = out.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["Incident commander A", "Responder A", "Responder B", "Participant A"]
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
    fn apostrophes_however_typed_and_joined_arabic_words_hide_no_name() {
        let review = Review {
            people: vec![
                person("a", "Liam O'Brien", Role::IncidentCommander),
                person("b", "Dee D'Souza", Role::Responder),
                person("c", "Ana Souza", Role::Responder),
                person("d", "\u{633}\u{627}\u{631}\u{629}", Role::Responder),
            ],
            moments: vec![Moment {
                description: "O\u{2019}Brien paged D\u{2019}Souza; Souza acked; \
                              \u{648}\u{633}\u{627}\u{631}\u{629} \u{641}\u{633}\u{627}\u{631}\u{629}"
                    .into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        let out = pseudonymize(&review, &str::to_lowercase);
        assert_eq!(
            out.moments[0].description,
            "Incident commander A paged Responder A; Responder B acked; \
             \u{648}Responder C \u{641}\u{633}\u{627}\u{631}\u{629}"
        );
    }

    #[test]
    fn each_part_of_a_hyphenated_name_is_a_name() {
        let review = Review {
            people: vec![
                person("a", "Jean-Luc Picard", Role::IncidentCommander),
                person("b", "Mary-Kate O'Neil", Role::Responder),
            ],
            moments: vec![Moment {
                description: "Jean was paged; Luc acked; Jean\u{2011}Luc restarted it; \
                              rollback by Kate; Mary-Kate agreed; a well-known fix"
                    .into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        let out = pseudonymize(&review, &str::to_lowercase);
        assert_eq!(
            out.moments[0].description,
            "Incident commander A was paged; Incident commander A acked; Incident commander A \
             restarted it; rollback by Responder A; Responder A agreed; a well-known fix"
        );
    }

    #[test]
    fn chat_names_are_replaced_and_not_carried() {
        let mut ana = person("a", "Ana Souza", Role::Responder);
        ana.handles = vec![
            "@firefly".into(),
            "x".into(),
            "Dee (SRE)".into(),
            "asouza@example.com".into(),
        ];
        let review = Review {
            people: vec![ana],
            moments: vec![Moment {
                description: "firefly: restarting; x marks the spot; Dee paged asouza".into(),
                ..Moment::default()
            }],
            ..Review::default()
        };
        let out = pseudonymize(&review, &str::to_lowercase);
        assert!(out.people[0].handles.is_empty());
        assert_eq!(
            out.moments[0].description,
            "Responder A: restarting; x marks the spot; Responder A paged Responder A"
        );
    }

    #[test]
    fn ids_made_from_people_are_renumbered_and_references_follow() {
        use crate::model::{Account, Citation, Dismissal, Finding, Suggestion};
        let mut review = Review {
            id: Id::from("r-1"),
            people: vec![person("p-ana-souza", "Ana Souza", Role::Responder)],
            ..Review::default()
        };
        let account = Account::id_for(&Id::from("m1"), &Id::from("p-ana-souza"));
        review.accounts.push(Account {
            id: account.clone(),
            moment: Id::from("m1"),
            person: Id::from("p-ana-souza"),
            saw: "graph".into(),
            ..Account::default()
        });
        review.suggestions.push(Suggestion {
            person: Id::from("p-ana-souza"),
            ..Suggestion::default()
        });
        review.synthesis.themes.push(Finding {
            citations: vec![Citation {
                moment: Id::from("m1"),
                account: Some(account.clone()),
            }],
            ..Finding::default()
        });
        review.language.dismissed.push(Dismissal {
            field: format!("account:{account}:saw"),
            phrase: "x".into(),
            occurrence: 0,
            ..Dismissal::default()
        });
        let shared = pseudonymize(&review, &str::to_lowercase);
        let text = serde_json::to_string(&shared).unwrap();
        assert!(
            !text.to_lowercase().contains("ana") && !text.contains("souza"),
            "{text}"
        );
        let new = &shared.accounts[0].id;
        assert_eq!(
            shared.synthesis.themes[0].citations[0].account.as_ref(),
            Some(new)
        );
        assert_eq!(
            shared.language.dismissed[0].field,
            format!("account:{new}:saw")
        );
        assert_eq!(shared.suggestions[0].person, shared.people[0].id);
        assert_ne!(
            shared.id, review.id,
            "a copy is never taken for the review itself"
        );
    }

    /// A name typed with its accent as one letter is found written with a combining accent,
    /// and the other way round, when the platform splits accents off as the browser does.
    #[test]
    fn a_name_is_found_however_its_accents_are_written() {
        fn split_accents(text: &str) -> String {
            text.to_lowercase()
                .replace('\u{eb}', "e\u{308}")
                .replace('\u{e9}', "e\u{301}")
        }
        let review = Review {
            people: vec![
                person("p-zoe", "Zo\u{eb} Adams", Role::IncidentCommander),
                person("p-rene", "Rene\u{301}e", Role::Other("Scribe".into())),
                person("p-jose", "Jos\u{e9} Ruiz", Role::Other("Scribe".into())),
                person("p-bastien", "Bastien", Role::Other("Scribe".into())),
            ],
            summary: "ZOE\u{308} ADAMS paged Zo\u{eb}; Ren\u{e9}e replied; jose and Zoe \
                      agreed; Zoe\u{308}\u{301}x stays; Se\u{301}bastien too."
                .into(),
            ..Review::default()
        };
        let (out, _) = pseudonymize_except(&review, None, &split_accents);
        // Written without its accent, as chat often does, a name is still the name.
        assert_eq!(
            out.summary,
            "Incident commander A paged Incident commander A; Participant A replied; \
             Participant B and Incident commander A agreed; Zoe\u{308}\u{301}x stays; \
             Se\u{301}bastien too."
        );
    }

    #[test]
    fn letters_go_beyond_z() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
    }

    fn replace_word(text: &str, word: &str, with: &str) -> String {
        let mut names = Names::new(&str::to_lowercase);
        names.add(word, with);
        names.replace(text)
    }

    #[test]
    fn replacing_never_panics_on_multibyte_text() {
        assert_eq!(replace_word("éana ana ü", "ana", "X"), "éana X ü");
        assert_eq!(replace_word("", "ana", "X"), "");
        // Lowercasing changes the length of some letters: "İ" is one letter, its lowercase two.
        assert_eq!(replace_word("İİ ana İ", "ana", "X"), "İİ X İ");
        assert_eq!(replace_word("İpek and İPEK", "İpek", "X"), "X and X");
    }

    #[test]
    fn case_is_ignored_in_every_script() {
        assert_eq!(
            replace_word("ZOË, zoë and Zoëy", "Zoë", "Responder A"),
            "Responder A, Responder A and Zoëy"
        );
        assert_eq!(replace_word("ŁUKASZ said", "Łukasz", "X"), "X said");
        assert_eq!(replace_word("Ἀλέξης ἀλέξης", "ἈΛΈΞΗΣ", "X"), "X X");
    }

    #[test]
    fn names_in_scripts_without_spaces_are_found_inside_the_sentence() {
        assert_eq!(
            replace_word("王伟说数据库慢了", "王伟", "X"),
            "X说数据库慢了"
        );
        assert_eq!(
            replace_word("昨日、田中さんが再起動", "田中", "X"),
            "昨日、Xさんが再起動"
        );
        assert_eq!(replace_word("민수가 롤백했다", "민수", "X"), "X가 롤백했다");
        // Latin letters next to them still need their word's end.
        assert_eq!(replace_word("Anaは", "Ana", "X"), "Xは");
        assert_eq!(replace_word("Anatoly", "Ana", "X"), "Anatoly");
    }

    #[test]
    fn a_genitive_written_without_an_apostrophe_is_found() {
        assert_eq!(replace_word("Müllers Team", "Müller", "X"), "Xs Team");
        assert_eq!(
            replace_word("Souzas Runbook, Souza's", "Souza", "X"),
            "Xs Runbook, X's"
        );
        // Not a longer word, nor a short name's plural-looking word.
        assert_eq!(replace_word("Souzasse", "Souza", "X"), "Souzasse");
        assert_eq!(replace_word("Als", "Al", "X"), "Als");
    }

    #[test]
    fn a_pseudonym_written_is_not_replaced_again() {
        // Someone whose name is a word of another's pseudonym.
        let review = Review {
            people: vec![
                person("a", "Ana", Role::Responder),
                person("b", "Responder Smith", Role::Observer),
            ],
            summary: "Ana called Smith".into(),
            ..Review::default()
        };
        assert_eq!(
            pseudonymize(&review, &str::to_lowercase).summary,
            "Responder A called Observer A"
        );
    }
}
