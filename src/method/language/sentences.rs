//! Text as the guard reads it: sentences, and in each its words with their byte ranges, whether
//! they sit inside a quotation, and a lowercase form with apostrophes made plain.

/// One word of a sentence.
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// Lowercase (ASCII letters; the word lists are ASCII), curly apostrophes made straight,
    /// outer apostrophes trimmed.
    pub lower: String,
    /// Starts with a capital letter (a name, or the sentence's first word).
    pub capital: bool,
    /// Every letter a capital: an acronym ("DNS") or shouting ("NOT").
    pub upper: bool,
    /// A capital after a small letter: a name written as code is ("BuildAndTest", "npmTest").
    pub camel: bool,
    /// Inside quotation marks or backticks: someone's words or a log line, not the writer's.
    pub quoted: bool,
    /// A possessive: "Ana's", "AWS'".
    pub possessive: bool,
    /// Written after "@", as people are named in chat and on code hosts: "@rphlo".
    pub mention: bool,
    /// One of the review's people, by a name it knows (`People`): a person wherever it stands,
    /// in whatever case it was written.
    pub known: bool,
    /// A comma, semicolon, colon or dash comes right after the word: a clause may end here.
    pub pause_after: bool,
    /// A colon comes right after the word: "Marta: 'we read the handovers'" names who speaks.
    pub colon_after: bool,
    /// Inside a short aside in brackets, which the clause around it is read past: "the
    /// Registered Nurse (RN) failed to", "Sam (the on-call) forgot".
    pub aside: bool,
}

/// Words an aside in brackets may hold and still be read past; a longer one is a clause.
const SHORT_ASIDE: usize = 3;

/// One sentence: its words, and whether it asks a question.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub words: Vec<Word>,
    pub question: bool,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "approx", "inc", "ltd", "no", "st", "capt",
    "lt", "sgt", "cpt", "col", "gen", "prof", "sr", "jr",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' || c == '_'
}

/// A character as a word's lowercase form holds it: apostrophes made straight, ASCII letters
/// lowercase.
pub fn plain_lower(c: char) -> char {
    if matches!(c, '\u{2019}' | '`' | '\u{b4}') {
        '\''
    } else {
        c.to_ascii_lowercase()
    }
}

/// Splits `text` into sentences of words.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut words: Vec<Word> = Vec::new();
    let mut start: Option<usize> = None;
    // Open quotation: the closing character expected.
    let mut quote: Option<char> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Where the open bracket's words begin.
    let mut bracket: Option<usize> = None;
    let finish = |words: &mut Vec<Word>,
                  out: &mut Vec<Sentence>,
                  bracket: &mut Option<usize>,
                  question: bool| {
        // A bracket never closed still pauses where it opened.
        if let Some(first) = bracket.take() {
            for word in words.iter_mut().skip(first) {
                word.aside = false;
            }
            if let Some(before) = first.checked_sub(1).and_then(|k| words.get_mut(k)) {
                before.pause_after = true;
            }
        }
        if !words.is_empty() {
            out.push(Sentence {
                words: std::mem::take(words),
                question,
            });
        }
    };
    let mut i = 0;
    while i <= chars.len() {
        let (at, c) = chars.get(i).copied().unwrap_or((text.len(), ' '));
        // A backtick or an acute accent between letters is an apostrophe typed on another
        // keyboard: "shouldn`t", "it´s".
        let apostrophe_inside = matches!(c, '\'' | '\u{2019}' | '`' | '\u{b4}')
            && start.is_some()
            && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        // A full stop between letters belongs to the word: "e.g", "gitlab.com", "v1.2".
        let dot_inside = c == '.'
            && start.is_some()
            && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        // A hyphen joins words ("on-call"); alone, as a dash, it is a pause.
        let hyphen_alone = c == '-'
            && (start.is_none() || !chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric()));
        let in_word = apostrophe_inside
            || dot_inside
            || is_word_char(c) && c != '\'' && c != '\u{2019}' && !hyphen_alone;
        if in_word {
            if start.is_none() {
                start = Some(at);
            }
            i += 1;
            continue;
        }
        if let Some(s) = start.take() {
            let raw = &text[s..at];
            // One string per word, made in one pass: apostrophes made straight, ASCII letters
            // lowercase, then the outer apostrophes, hyphens and underscores trimmed.
            let mut lower = String::with_capacity(raw.len());
            lower.extend(raw.chars().map(plain_lower));
            let outer = |c: char| c == '\'' || c == '-' || c == '_';
            let kept = lower.trim_matches(outer).len();
            let lead = lower.len() - lower.trim_start_matches(outer).len();
            lower.truncate(lead + kept);
            lower.drain(..lead);
            if !lower.is_empty() {
                let possessive =
                    lower.ends_with("'s") || lower.ends_with('s') && matches!(c, '\'' | '\u{2019}');
                words.push(Word {
                    start: s,
                    end: at,
                    capital: raw.chars().next().is_some_and(char::is_uppercase),
                    upper: {
                        let mut letters = raw.chars().filter(|c| c.is_alphabetic());
                        letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
                    },
                    camel: raw
                        .chars()
                        .zip(raw.chars().skip(1))
                        .any(|(a, b)| a.is_lowercase() && b.is_uppercase()),
                    lower,
                    quoted: quote.is_some(),
                    possessive,
                    mention: text[..s].ends_with('@'),
                    known: false,
                    pause_after: false,
                    colon_after: false,
                    aside: bracket.is_some(),
                });
            }
        }
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let before = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(_, p)| p);
        match c {
            '"' | '\u{201c}' | '\u{201d}' | '`' | '\u{2018}' | '\'' => {
                let opening = match quote {
                    Some(close) if close == c || (c == '\u{201d}' && close == '"') => false,
                    Some(_) => {
                        i += 1;
                        continue;
                    }
                    None => true,
                };
                // A straight single quote opens only after a space and closes only before one:
                // otherwise it is an apostrophe ("the users' table").
                let single = c == '\'' || c == '\u{2018}';
                if opening {
                    let after_space = before.is_none_or(|b| !b.is_alphanumeric());
                    let closes_later = text[at + c.len_utf8()..].contains(closing(c));
                    if (!single || after_space) && closes_later && c != '\u{201d}' {
                        quote = Some(closing(c));
                    }
                } else {
                    let before_space = next.is_none_or(|n| !n.is_alphanumeric());
                    if !single || before_space {
                        quote = None;
                    }
                }
            }
            '(' if bracket.is_none() => bracket = Some(words.len()),
            ')' if bracket.is_some() => {
                let first = bracket.take().unwrap_or(0);
                let inside = words.len() - first.min(words.len());
                if inside == 0 || inside > SHORT_ASIDE {
                    for word in &mut words[first..] {
                        word.aside = false;
                    }
                    if let Some(before) = first.checked_sub(1).and_then(|k| words.get_mut(k)) {
                        before.pause_after = true;
                    }
                    if let Some(last) = words.last_mut() {
                        last.pause_after = true;
                    }
                }
            }
            ',' | ';' | ':' | '\u{2014}' | '\u{2013}' | '(' | ')' => {
                if let Some(last) = words.last_mut() {
                    last.pause_after = true;
                    last.colon_after |= c == ':' && last.end == at;
                }
            }
            '-' if before == Some(' ') => {
                if let Some(last) = words.last_mut() {
                    last.pause_after = true;
                }
            }
            '.' | '!' | '?' | '\n' => {
                let abbreviation = c == '.'
                    && words
                        .last()
                        .is_some_and(|w| w.end == at && ABBREVIATIONS.contains(&w.lower.as_str()));
                let decimal = c == '.' && next.is_some_and(|n| n.is_ascii_digit());
                // "If they blame the person.. they shouldn't", "and.. forgot about it": dots
                // trailing off into a lowercase word pause the sentence, they do not end it.
                let trailing = c == '.'
                    && i > 0
                    && chars[i - 1].1 == '.'
                    && chars[i + 1..]
                        .iter()
                        .map(|&(_, n)| n)
                        .find(|n| *n != ' ')
                        .is_some_and(char::is_lowercase);
                if trailing {
                    if let Some(last) = words.last_mut() {
                        last.pause_after = true;
                    }
                }
                let ends = c == '\n'
                    || (!abbreviation
                        && !decimal
                        && !trailing
                        && next.is_none_or(|n| {
                            n.is_whitespace() || matches!(n, '"' | '\u{201d}' | ')' | '\'')
                        }));
                if ends && quote.is_none() {
                    let asks = c == '?' || c == '\n' && asks_unmarked(&words);
                    finish(&mut words, &mut out, &mut bracket, asks);
                } else if ends && c == '\n' {
                    quote = None;
                    let asks = asks_unmarked(&words);
                    finish(&mut words, &mut out, &mut bracket, asks);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let asks = asks_unmarked(&words);
    finish(&mut words, &mut out, &mut bracket, asks);
    out
}

/// A line of chat ended with no mark at all that opens with "who", "whose" or "why" (after
/// "lol", "so" and the like) asks a question: "lol who approved this PR".
fn asks_unmarked(words: &[Word]) -> bool {
    const ASIDES: &[&str] = &[
        "lol", "lmao", "rofl", "ok", "okay", "so", "seriously", "honestly", "wait", "um", "uh",
        "like", "but", "and", "srsly", "wtf", "omg", "ugh", "hmm", "sorry", "btw", "also",
    ];
    // "Why we rolled back" and "Who we are" are headings: a question puts the verb first, so
    // a subject right after "who" is not one; after "why" an auxiliary must come, or the
    // "on earth" and "the hell" of exasperation.
    const SUBJECT_FIRST: &[&str] = &["i", "we", "you", "they", "he", "she", "it", "this", "the"];
    const AUXILIARIES: &[&str] = &[
        "did", "didn't", "do", "don't", "does", "doesn't", "was", "wasn't", "were", "weren't",
        "is", "isn't", "are", "aren't", "had", "hadn't", "has", "hasn't", "have", "haven't",
        "would", "wouldn't", "could", "couldn't", "should", "shouldn't", "can", "can't", "not",
        "on", "would've", "the",
    ];
    let mut rest = words
        .iter()
        .map(|w| w.lower.as_str())
        .skip_while(|w| ASIDES.contains(w));
    match (rest.next(), rest.next()) {
        (Some("who" | "whose"), Some(next)) => !SUBJECT_FIRST.contains(&next),
        (Some("why"), Some(next)) => AUXILIARIES.contains(&next),
        _ => false,
    }
}

fn closing(open: char) -> char {
    match open {
        '\u{201c}' => '\u{201d}',
        '\u{2018}' => '\u{2019}',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(s: &Sentence) -> Vec<&str> {
        s.words.iter().map(|w| w.lower.as_str()).collect()
    }

    #[test]
    fn splits_sentences_but_not_times_numbers_or_abbreviations() {
        let found = sentences(
            "At 10.02 we paged Ana, e.g. by phone. She didn\u{2019}t answer? Then\nit failed",
        );
        assert_eq!(found.len(), 4);
        assert_eq!(lowers(&found[1]), ["she", "didn't", "answer"]);
        assert!(found[1].question);
        assert_eq!(lowers(&found[3]), ["it", "failed"]);
    }

    #[test]
    fn dots_trailing_into_a_lowercase_word_pause_and_before_a_capital_end() {
        let found = sentences("We set it up.. and forgot. The job ran... Then it stopped.");
        assert_eq!(found.len(), 3);
        assert_eq!(
            lowers(&found[0]),
            ["we", "set", "it", "up", "and", "forgot"]
        );
        assert!(found[0].words[3].pause_after);
        assert_eq!(lowers(&found[1]), ["the", "job", "ran"]);
    }

    #[test]
    fn marks_quoted_words_and_keeps_apostrophes_inside_words() {
        let found = sentences(
            "He said \u{201c}just restart it\u{201d} and the users' table 'was fine' too",
        );
        let quoted: Vec<&str> = found[0]
            .words
            .iter()
            .filter(|w| w.quoted)
            .map(|w| w.lower.as_str())
            .collect();
        assert_eq!(quoted, ["just", "restart", "it", "was", "fine"]);
        assert!(lowers(&found[0]).contains(&"users"));
    }

    #[test]
    fn a_short_aside_in_brackets_is_read_past_and_a_long_one_pauses() {
        let short = &sentences("The Registered Nurse (RN) failed to check")[0];
        let asides: Vec<&str> = short
            .words
            .iter()
            .filter(|w| w.aside)
            .map(|w| w.lower.as_str())
            .collect();
        assert_eq!(asides, ["rn"]);
        assert!(short.words.iter().all(|w| !w.pause_after));
        let long = &sentences("Sam (who had been up since four that morning) forgot")[0];
        assert!(long.words.iter().all(|w| !w.aside));
        assert!(long.words[0].pause_after);
        let open = &sentences("Sam (the on-call forgot")[0];
        assert!(open.words.iter().all(|w| !w.aside));
        assert!(open.words[0].pause_after);
    }

    #[test]
    fn an_unclosed_quote_quotes_nothing() {
        let found = sentences("He typed \"rm -rf and left");
        assert!(found[0].words.iter().all(|w| !w.quoted));
    }
}
