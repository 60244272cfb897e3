//! The guard's reading of one sentence. It finds who or what each clause is about (a person, a
//! role, a team, or a system), and then the forms blame takes in English: a path not taken
//! ("should have"), a person's omission ("Lena never opened the runbook"), a why-you question,
//! a verdict, a minimiser, comparison and distancing, and self-blame. Then it sets aside what is
//! not the writer's own blame: quoted words, talk about blame, plans, and open questions.

use super::lexicon::*;
use super::sentences::Sentence;
use super::Category::{self, *};

/// A finding in a sentence: words `from..=to`.
#[derive(Debug, Clone)]
pub struct Hit {
    pub from: usize,
    pub to: usize,
    pub category: Category,
    pub reframe: &'static str,
}

const HINDSIGHT: &str = "This looks at a path that was not taken, from after the outcome. Ask \
    instead: what did they know then, and what made the path they took the sensible one at the time?";
const UNSEEN: &str = "This tells what a person did not do, seen from the outcome. Ask: where was \
    their attention, what were they doing instead, and what made this hard to see or do then?";
/// "We" and its forms, for forms that are not blame when said of ourselves as a team. ("were"
/// is left out: it is a verb far more often than a "we're" without its apostrophe.)
const WE: &[&str] = &[
    "we", "we're", "we've", "we'd", "weve", "us", "our", "ourselves",
];
/// Adverbs that put a fault wholly on someone: "this is squarely on Dave", "all on the DBA".
const WHOLLY: &[&str] = &[
    "all", "squarely", "entirely", "totally", "fully", "solely", "wholly", "completely", "firmly",
    "100%",
];
const SCARE_QUOTED: &str = "Quotation marks around someone's role say they did not deserve \
    it: a verdict. Ask: what did their job ask of them, and what did they have to do it with?";
const VERDICT: &str = "A verdict ends the inquiry. Ask: what might lead any responder in that \
    position to do the same?";
const CAUSE: &str = "This names a person as the cause. Ask: which conditions let an ordinary \
    action have this effect, and what made the action make sense then?";
const EASY_NOW: &str = "It is easy only in hindsight. Ask the room: is that obvious to everyone \
    here? What made it hard at the time?";
const SMALL: &str = "Calling the slip too small to matter weighs it from after the outcome. Ask: \
    what would it have taken to catch it then, and what does it tell us about the checks?";
const WHY_YOU: &str = "A why-you question puts a person on trial. Ask: what made that the \
    sensible move at the time?";
const WHO: &str = "Looking for who did it puts a person on trial. Ask: what conditions made \
    this possible, and how did the work look from inside?";
const ELSEWHERE: &str = "Comparing with how others would have done it steps outside this \
    tunnel. Ask: what did the people here face that an outsider would not see?";
const WRONG: &str = "It looks wrong from after the outcome. Ask: what made it look like the \
    right one at the time, and how easy was it to tell the two apart?";
const SANCTION: &str = "Talk of firing or punishing ends the inquiry, and it teaches the room \
to hide the next mistake. Ask: what would the next person in that seat need so that it goes \
differently?";
const CAREFUL: &str = "\"Be more careful\" asks people to be better and changes nothing in the \
    work. Ask: what would make the safe way the easy one for anyone in that seat?";
const DISBELIEF: &str = "Disbelief at what someone did judges it from after the outcome. Ask: \
    what made it look like a reasonable thing to do at the time?";
const SHAME: &str = "Shame asked of someone teaches the room to hide the next mistake. Ask: \
    what made it go the way it did, and what would anyone in that seat need next time?";
const UNFIT: &str = "A condition on what someone could not do, with a verdict on them, \
    judges the person from after the outcome. Ask: what would anyone in that seat have needed to \
    do it, and did they have it?";
const IRONY: &str = "Praise said in irony of the one who did the harm is a verdict. Ask: what \
    made the act look helpful, or harmless, to them at the time?";
const OWNED_UP: &str = "Told as an admission, the act becomes a fault owned up to. Ask: what did \
    they see and know then, and what made it the sensible thing to do?";
const HELD_TO: &str = "A standard held up from outside the moment judges people against it. Ask: \
    what did the work ask of them then, and what did they have to meet it with?";
const SELF: &str = "This is self-blame, said from after the outcome. Thank them, then ask: what \
    made it make sense at the time, and would anyone in that seat have seen it sooner?";

/// Idioms that judge whoever they are said of, with how many words the finding takes after
/// the first.
const IDIOMS: &[(&str, usize)] = &[
    ("dropped the ball", 2),
    ("sat on his hands", 3),
    ("sat on her hands", 3),
    ("sat on their hands", 3),
    ("sitting on his hands", 3),
    ("sitting on her hands", 3),
    ("sitting on their hands", 3),
    ("screwed the pooch", 2),
    ("comedy of errors", 2),
    ("can't have nice things", 2),
    ("asleep at the wheel", 2),
    ("asleep at the switch", 2),
    ("fat fingered", 1),
    ("fat finger", 1),
    ("no excuse", 1),
    ("zero excuse", 1),
    ("lack of excuse", 1),
    ("lack of an excuse", 1),
    ("zero acceptable", 1),
    ("no acceptable", 1),
    ("knew better", 1),
    ("know better", 1),
    ("known better", 1),
    ("shown the door", 1),
    ("shame on", 1),
    // A curse called down on them: "Curse you, former admins."
    ("curse you", 1),
    ("curse them", 1),
    ("damn you", 1),
    ("damn them", 1),
    ("a pox on", 2),
    ("not a clue", 2),
    ("no clue", 1),
    // "The firefighters (and I use the term loosely)": the title given and taken back.
    ("i use the term loosely", 4),
    ("i use that term loosely", 4),
    ("i use the word loosely", 4),
];

/// Roles that are organisations or the people served: "due to the vendor" or "the vendor's
/// change broke it" tells of an outside cause, not a person on trial.
const ORGANISATIONS: &[&str] = &[
    "vendor", "vendor's", "provider", "provider's", "customer", "customer's", "client", "client's",
    "user", "user's", "company", "company's", "org", "organisation", "organization", "department",
    "board", "users", "customers", "vendors", "clients",
];

/// `sentence`, in which nothing was found, asks who did a plain part of the response ("Who
/// paged the database team?"), so the sentence after it naming someone ("It was Ben.") answers
/// it and charges no one.
pub fn asks_who_did_plain_work(sentence: &Sentence) -> bool {
    let words = &sentence.words;
    sentence.question
        && words.first().is_some_and(|w| w.lower == "who")
        && words.get(1).is_some_and(|w| {
            matches!(
                verb_base(&w.lower),
                "page"
                    | "notice"
                    | "spot"
                    | "call"
                    | "declare"
                    | "answer"
                    | "fix"
                    | "restore"
                    | "find"
                    | "join"
                    | "lead"
                    | "escalate"
                    | "report"
                    | "raise"
                    | "acknowledge"
                    | "respond"
                    | "coordinate"
                    | "resolve"
                    | "help"
            )
        })
}

/// `hit` is "It was Ben": a person named, at the start of the sentence, as the one who did it.
pub fn names_the_one_who_did_it(sentence: &Sentence, hit: &Hit) -> bool {
    hit.from == 0 && sentence.words[0].lower == "it" && hit.reframe == CAUSE
}

/// Reads one sentence and returns its findings, in order, not overlapping.
pub fn read(sentence: &Sentence) -> Vec<Hit> {
    let s = Reader::new(sentence);
    let mut hits = Vec::new();
    s.counterfactuals(&mut hits);
    s.omissions(&mut hits);
    s.questions(&mut hits);
    s.verdicts(&mut hits);
    s.some_one_did_it(&mut hits);
    s.ironic_praise(&mut hits);
    s.admitted(&mut hits);
    s.not_bothered(&mut hits);
    s.unfit_if(&mut hits);
    s.mishaps(&mut hits);
    s.minimisers(&mut hits);
    s.distancing(&mut hits);
    s.scare_quoted_roles(&mut hits);
    // What follows only sets findings aside: with none, the sentence is not read further.
    if hits.is_empty() {
        return hits;
    }
    let words = &sentence.words;
    // A finding in quotation marks after "find", "the words", "called" is a term mentioned
    // ("when we find 'human error'"): the sentence is about the words.
    // Where the quotation holding word `k` opens (`k` itself when it is not quoted).
    let quote_start = |k: usize| {
        (0..k)
            .rev()
            .take_while(|&j| words[j].quoted)
            .last()
            .unwrap_or(k)
    };
    let mentions = hits.iter().any(|h| {
        let first = quote_start(h.from);
        words[h.from].quoted
            && first > 0
            && matches!(
                s.base(first - 1),
                "find" | "call" | "word" | "words" | "term" | "phrase" | "label" | "use" | "say"
            )
    });
    let meta = s.talks_about_blame() || mentions;
    // "What would an engineer new to billing have done, or missed, at this point?": the
    // method's own question about anyone in that seat.
    let hypothetical = s.open_question() && (0..words.len()).any(|k| s.is(k, &["would", "might"]));
    let plan = s.is_plan();
    // Someone else's words, a log line or a term mentioned ("the words 'human error'") are
    // not the writer's. A word or two in quotation marks right after the one who acts is a
    // scare quote, and still the writer's: the power company "accidentally" turned it off.
    // "Marta: 'unlike the night shift, we actually read the handovers'": a quotation that
    // follows a speaker's label (a word or three, ending in a capitalised word and a colon) is
    // what someone said in the room, told as a transcript is.
    let transcript = |first: usize| {
        (1..=3).contains(&first)
            && words[first - 1].colon_after
            && words[first - 1].capital
            && !words[..first - 1].iter().any(|w| w.pause_after || w.quoted)
    };
    let quotation = |k: usize| {
        if !words[k].quoted {
            return false;
        }
        let first = quote_start(k);
        if transcript(first) {
            return false;
        }
        let last = (k + 1..words.len())
            .take_while(|&j| words[j].quoted)
            .last()
            .unwrap_or(k);
        let actor = first > 0 && s.is_actor(first - 1);
        // A modal alone in quotation marks is the word mentioned, not a scare quote: "the
        // things a person 'could' have done".
        let modal = first == last && s.is(first, &["could", "should", "would", "might"]);
        modal || !(actor && last - first < 2)
    };
    // A speaker's own words quoted are still self-blame to answer: the seed panel's "I really
    // feel like I should have done that evac sooner", written down as it was said. A log line
    // or a headline in quotation marks does not say "I".
    let spoken_by_self = |h: &Hit| {
        let first = quote_start(h.from);
        words[h.from].quoted
            && matches!(h.category, Counterfactual | SelfBlame | Verdict)
            && h.reframe != SANCTION
            && (first..=h.from).any(|j| s.is(j, &FIRST_PERSON) || s.is(j, &["im", "we", "we've"]))
            && matches!(s.subject(h.from), Subject::Me | Subject::Person)
    };
    // Words said to someone, quoted as they were said, are blame in the room: "Why didn't
    // you catch that in review?", "Nico, you broke the CRM," he said. Such speech opens the
    // sentence and speaks to "you"; a log line or a prompt seldom does both, and a question
    // quoted inside a sentence about asking ("instead of 'why did you...'") is a mention.
    let said_to_someone = |h: &Hit| {
        // "'Why did he do that?' is the question we stopped asking": the words as a subject.
        let after = (h.from..words.len()).find(|&j| !words[j].quoted);
        let named = after.is_some_and(|j| {
            s.is(
                j,
                &[
                    "is", "was", "isn't", "wasn't", "are", "becomes", "became", "sounds", "means",
                    "turns", "gets", "has",
                ],
            )
        });
        // "...?" the deploy bot asked: a prompt, not speech.
        let by_a_system = after.is_some_and(|j| {
            (j..(j + 3).min(words.len())).any(|k| s.classify(k) == Subject::System)
        });
        // Speech may also open after the one who said it: 'The supervisor yelled at me, "Why
        // did you pull off?"'. Not a question talked about ("stop asking 'why did you...'").
        let first = quote_start(h.from);
        let spoken = first > 0
            && (first.saturating_sub(4)..first).any(|k| {
                s.is(
                    k,
                    &[
                        "said", "yelled", "yelling", "shouted", "shouting", "screamed",
                        "screaming", "snapped", "barked", "demanded",
                    ],
                )
            })
            && (first..=h.to).any(|j| s.is(j, &["you", "your", "you're", "youre"]));
        words[h.from].quoted
            && (first == 0 || spoken)
            && !named
            && !by_a_system
            && (h.category == WhyQuestion
                || (matches!(h.category, Verdict | Omission | Minimiser)
                    // "'You should have been thinking about...'"; not "'you could have just
                    // broken the company,' says..." (a harm that did not happen).
                    || h.category == Counterfactual && s.is(h.from, &["should", "shouldn't"]))
                    && (0..=h.to).any(|j| s.is(j, &["you", "your", "you're", "youre"])))
    };
    let mut kept: Vec<Hit> = hits
        .into_iter()
        .filter(|h| {
            spoken_by_self(h)
                || said_to_someone(h)
                || h.reframe == SCARE_QUOTED
                || !(h.from..=h.to).any(quotation)
        })
        .filter(|h| !(meta && h.category != SelfBlame) || s.after_disclaimer(h.from))
        .filter(|h| !(hypothetical && h.category == Omission))
        // "Let's be certain to never take shortcuts": an exhortation, not an omission told.
        .filter(|h| !(h.category == Omission && s.is(0, &["let's", "lets"])))
        // "I almost didn't write this account": it was done. ("He almost never checks" is
        // a habit told.)
        .filter(|h| {
            let k = h.from - usize::from(h.from > 0 && s.at(h.from - 1, "did not"));
            !(h.category == Omission
                && k > 0
                && s.is(k - 1, &["almost", "nearly"])
                && (s.is(k, &["didn't", "didnt", "hadn't", "hadnt"]) || s.at(k, "did not")))
        })
        // "They should be fired" or "they should be ashamed" is said like a plan, and is still
        // a verdict.
        .filter(|h| {
            // A verdict on ourselves stays one beside a plan: "it's obvious that we dropped
            // the ball there, and we need to do better".
            // (Not a proposal: "I'd suggest we make the wrong-region error impossible".)
            let by_us = |k: usize| {
                s.is(k, &["we", "i"])
                    && !(k.saturating_sub(2)..k)
                        .any(|m| s.is(m, &["suggest", "propose", "recommend", "let's", "lets"]))
            };
            // ("We should take a shortcut next time" is the plan itself.)
            let ours = h.from > 0 && by_us(h.from - 1)
                || h.from > 1
                    && s.is(h.from - 1, &FILLERS)
                    && !s.is(
                        h.from - 1,
                        &[
                            "should", "will", "would", "could", "can", "must", "might", "shall",
                        ],
                    )
                    && by_us(h.from - 2);
            // "All you need to do is restore it" and "it's not complicated, you don't deploy on a
            // running migration" are advice in form and easy-talk all the same.
            !(plan
                && !(ours && h.category == Verdict)
                && matches!(h.category, Minimiser | Verdict)
                && h.reframe != SANCTION
                && h.reframe != UNFIT
                && h.reframe != SHAME
                && h.reframe != CAREFUL
                && h.reframe != HELD_TO
                && !(h.category == Minimiser && s.is(h.from, &["all", "not"])))
        })
        .map(|h| s.as_asked_why(h))
        .map(|h| s.as_self_blame(h))
        .collect();
    kept.sort_by_key(|h| (h.from, std::cmp::Reverse(h.to)));
    let mut out: Vec<Hit> = Vec::new();
    for hit in kept {
        if out.last().is_none_or(|last| hit.from > last.to) {
            out.push(hit);
        }
    }
    out
}

/// Who or what a clause is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    Me,
    Person,
    System,
    Unknown,
}

struct Reader<'a> {
    s: &'a Sentence,
    /// Each word's base form as a verb.
    bases: Vec<&'a str>,
    plan: std::cell::OnceCell<bool>,
    /// What each word stands for, worked out once: the rules ask again and again.
    kinds: Vec<Subject>,
    /// Where the clause of each word begins.
    starts: Vec<usize>,
    /// The first byte of each word (0 for none), for `at`.
    initials: Vec<u8>,
    /// Who or what does each word's verb, once asked: the rules ask `subject` of the same
    /// word again and again.
    subjects: Vec<std::cell::Cell<Option<Subject>>>,
    /// Which words deny what follows them in their clause (for `negated_before`, asked of
    /// nearly every word by many rules).
    denials: Vec<bool>,
    /// Whether "nobody" or "no one" comes earlier in each word's clause (`nobody_before`).
    nobodies: Vec<bool>,
    /// Each word's lowercase form, in one flat list: `w` is asked tens of thousands of times.
    lowers: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    fn new(s: &'a Sentence) -> Self {
        let mut reader = Reader {
            bases: s.words.iter().map(|w| verb_base(&w.lower)).collect(),
            s,
            plan: std::cell::OnceCell::new(),
            kinds: Vec::new(),
            starts: Vec::new(),
            subjects: Vec::new(),
            denials: Vec::new(),
            nobodies: Vec::new(),
            lowers: s.words.iter().map(|w| w.lower.as_str()).collect(),
            initials: s
                .words
                .iter()
                .map(|w| w.lower.as_bytes().first().copied().unwrap_or(0))
                .collect(),
        };
        reader.kinds = (0..s.words.len())
            .map(|i| reader.classify_word(i))
            .collect();
        // One pass: a clause runs from a word that opens one to the next.
        let mut start = 0;
        reader.starts = (0..s.words.len())
            .map(|i| {
                if i > 0 && reader.opens_clause(i) {
                    start = i;
                }
                start
            })
            .collect();
        // Whether "nobody" comes earlier in each word's clause, carried along the clause.
        let mut nobody = false;
        reader.nobodies = (0..s.words.len())
            .map(|i| {
                nobody = i > 0 && reader.starts[i] != i && (nobody || reader.names_nobody(i - 1));
                nobody
            })
            .collect();
        // Made last: a subject is remembered only once the clauses are known.
        reader.subjects = vec![std::cell::Cell::new(None); s.words.len()];
        reader.denials = (0..s.words.len()).map(|j| reader.denies(j)).collect();
        reader
    }

    fn len(&self) -> usize {
        self.s.words.len()
    }

    #[inline(always)]
    fn w(&self, i: usize) -> &str {
        self.lowers.get(i).copied().unwrap_or("")
    }

    #[inline(always)]
    fn is<L: WordList + ?Sized>(&self, i: usize, list: &L) -> bool {
        list.has(self.w(i))
    }

    /// The base form of word `i` as a verb (`lexicon::verb_base`), worked out once.
    fn base(&self, i: usize) -> &str {
        self.bases.get(i).copied().unwrap_or("")
    }

    /// The words from `i` on spell `phrase` (space-separated; "*" matches any one word).
    /// The rules ask this of every word for hundreds of phrases, and nearly every time the
    /// first letter differs: that test is made in place (the phrase is a constant there), the
    /// rest in `spells`.
    #[inline(always)]
    fn at(&self, i: usize, phrase: &str) -> bool {
        let wanted = phrase.as_bytes().first().copied().unwrap_or(0);
        let first = self.initials.get(i).copied().unwrap_or(0);
        (first == wanted || wanted == b'*') && self.spells(i, phrase)
    }

    /// Any of `phrases` is spelled from word `i` on (`at`).
    /// (A fixed array, so that each phrase's first letter stays a constant where the check is
    /// written, as with `at`.)
    #[inline(always)]
    fn at_any<const N: usize>(&self, i: usize, phrases: &[&str; N]) -> bool {
        let first = self.initials.get(i).copied().unwrap_or(0);
        for phrase in phrases {
            let wanted = phrase.as_bytes().first().copied().unwrap_or(0);
            if (first == wanted || wanted == b'*') && self.spells(i, phrase) {
                return true;
            }
        }
        false
    }

    fn spells(&self, i: usize, phrase: &str) -> bool {
        let first = self.w(i).as_bytes();
        let wanted = phrase.as_bytes();
        // Most calls fail on the first word: tell that cheaply, before splitting the phrase.
        let same = !first.is_empty()
            && wanted.get(first.len()).is_none_or(|&b| b == b' ')
            && wanted.len() >= first.len()
            && first.iter().zip(wanted).all(|(a, b)| a == b);
        if !same {
            return wanted.first() == Some(&b'*') && i < self.len() && self.at_rest(i, phrase);
        }
        self.at_rest(i, phrase)
    }

    fn at_rest(&self, i: usize, phrase: &str) -> bool {
        // Walked byte by byte: a `split` searched for each space with a call of its own.
        let bytes = phrase.as_bytes();
        let (mut from, mut k) = (0, i);
        loop {
            let mut to = from;
            while to < bytes.len() && bytes[to] != b' ' {
                to += 1;
            }
            let p = &phrase[from..to];
            if !(k < self.len() && (p == "*" || same(self.w(k), p))) {
                return false;
            }
            if to == bytes.len() {
                return true;
            }
            from = to + 1;
            k += 1;
        }
    }

    /// Index of the next word after `i` that is not a filler, within the clause.
    fn next_content(&self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < self.len() {
            if self.s.words[j - 1].pause_after {
                return None;
            }
            if !self.is(j, &FILLERS) && !matches!(self.w(j), "not" | "never" | "n't") {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// The verb a negation at `i` denies: the next word that is not an adverb ("did not even
    /// check", "had not been checking", "never bothered to test").
    fn denied_verb(&self, i: usize) -> Option<usize> {
        const SKIP: &[&str] = &[
            "really", "even", "ever", "actually", "properly", "adequately", "correctly", "always",
            "immediately", "yet", "once", "bother", "bothered", "bothering", "been", "to", "just",
            "also", "fully", "sufficiently", "initially", "repeatedly", "consistently",
            "seriously", "literally", "honestly", "basically", "quite", "completely", "totally",
            "clearly", "obviously", "simply", "apparently", "still", "already", "regularly",
            "carefully", "once",
        ];
        let mut j = i + 1;
        while j < self.len() {
            if self.s.words[j - 1].pause_after {
                return None;
            }
            // Any manner adverb too ("did not routinely train"), but not a verb that ends
            // the same way ("did not reply", "didn't apply").
            let adverb = self.w(j).len() > 4
                && self.w(j).ends_with("ly")
                && !OMITTED_ACTIONS.contains(&self.w(j))
                && !matches!(
                    self.w(j),
                    "rely" | "supply" | "multiply" | "rally" | "tally"
                );
            if !self.is(j, SKIP) && !adverb {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// In "neither the nurses nor the physician had looked", with "neither" at `i`, where the
    /// verb is. `None` when there is no "nor" close by; past the end (no verb) when a side
    /// names no person ("neither the tests nor the linter").
    fn neither_nor_verb(&self, i: usize) -> Option<usize> {
        let nor = (i + 2..(i + 7).min(self.len())).find(|&k| self.w(k) == "nor")?;
        let people = |k: usize| {
            let k = self.past_determiner(if self.w(k) == "of" { k + 1 } else { k });
            matches!(self.classify(k), Subject::Person | Subject::Me)
        };
        if !people(i + 1) || !people(nor + 1) {
            return Some(self.len());
        }
        let noun = self.past_determiner(nor + 1);
        let at = (noun + 1..(noun + 4).min(self.len())).find(|&k| {
            self.is(
                k,
                &["had", "has", "have", "was", "were", "did", "does", "do"],
            ) || self.base(k) != self.w(k)
                || OMITTED_ACTIONS.contains(&self.w(k))
        })?;
        if self.is(
            at,
            &["had", "has", "have", "was", "were", "did", "does", "do"],
        ) {
            self.denied_verb(at)
        } else {
            Some(at)
        }
    }

    /// Where the clause holding word `i` begins.
    /// Word `k`, or the word after it when `k` is a determiner: where the noun of "the
    /// on-call" or "a reviewer" is.
    fn past_determiner(&self, k: usize) -> usize {
        if self.is(k, &DETERMINERS) {
            k + 1
        } else {
            k
        }
    }

    fn clause_start(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(0)
    }

    /// A "than" after "more ..." at word `i`, in its clause, that weighs the cares against
    /// something: not a comparison of its own later on ("more focused on the rollback, which
    /// took longer than expected").
    fn weighed_against(&self, i: usize) -> bool {
        const COMPARATIVES: [&str; 12] = [
            "longer", "shorter", "rather", "other", "less", "more", "better", "worse", "faster",
            "slower", "sooner", "later",
        ];
        let clause = self.clause_start(i);
        (i + 4..self.len())
            .take_while(|&k| self.clause_start(k) == clause)
            .any(|k| self.w(k) == "than" && !self.is(k - 1, &COMPARATIVES))
    }

    /// A new clause begins at word `j` (after a pause, or after the word that opens it).
    fn opens_clause(&self, j: usize) -> bool {
        if self.s.words[j - 1].pause_after {
            return true;
        }
        // "as" opens a clause ("as he tried"), not a comparison ("as useless as").
        let comparison = self.w(j - 1) == "as"
            && !(self.classify(j) != Subject::Unknown || self.is(j, &DETERMINERS));
        // "It seems someone cut the wrong wire", "looks like they forgot": the writer's hedge,
        // and the clause after it has a subject of its own (not the hedge's "it").
        self.is(j - 1, &CLAUSE_OPENERS) && !comparison
            || self.hedge_ends_at(j - 1)
                && (self.classify(j) != Subject::Unknown || self.is(j, &DETERMINERS))
    }

    /// Word `k` ends "it seems", "it appears", "(it) looks like", "(it) sounds like": a hedge
    /// put before a clause. ("It seems to be", "it looks like an outage" go on with no clause;
    /// the caller looks at what follows.)
    fn hedge_ends_at(&self, k: usize) -> bool {
        let opens = |m: usize| m == 0 || self.w(m - 1) == "it" || self.s.words[m - 1].pause_after;
        self.is(k, &["seems", "seemed", "appears", "appeared"]) && k > 0 && self.w(k - 1) == "it"
            || self.w(k) == "like"
                && k > 0
                && self.is(
                    k - 1,
                    &["looks", "looked", "sounds", "sounded", "seems", "seemed"],
                )
                && opens(k - 1)
    }

    fn is_role(&self, word: &str) -> bool {
        let bare = word.strip_suffix("'s").unwrap_or(word);
        ROLES.contains(&bare) || bare.strip_suffix('s').is_some_and(|b| ROLES.contains(&b))
    }

    fn is_system(&self, i: usize) -> bool {
        let word = self.w(i);
        let bare = word.strip_suffix("'s").unwrap_or(word);
        SYSTEMS.contains(&bare)
            || bare.strip_suffix('s').is_some_and(|b| SYSTEMS.contains(&b))
            || bare.contains(|c: char| c.is_ascii_digit() || c == '_' || c == '.')
            || (self.s.words.get(i).is_some_and(|w| w.upper)
                && !self.is_role(word)
                && word.len() <= 5)
    }

    /// A capitalised word that names someone: not the sentence's opener unless it is used as a
    /// subject, not a system, not a word every sentence may start with. A name the review knows
    /// (`People`) or an @mention needs none of these signs.
    fn is_name(&self, i: usize) -> bool {
        // Rules ask about the word after a phrase, which may be past the end.
        let Some(word) = self.s.words.get(i) else {
            return false;
        };
        if word.mention || word.known {
            return true;
        }
        word.capital && !word.upper && !self.is(i, &OPENERS) && !self.is_system(i) && {
            i > 0 || {
                // The opener is a name when a verb form follows it: "Sarah didn't", "Bob forgot".
                let next = self.w(1);
                const NOUNISH: &[&str] = &[
                    "tion", "ment", "ness", "ity", "ing", "ance", "ence", "ure", "ery", "ogy",
                    "ics", "ism", "age",
                ];
                let common_noun = NOUNISH.iter().any(|e| word.lower.ends_with(e));
                let lowercase_next = self.s.words.get(1).is_some_and(|w| !w.capital);
                (lowercase_next
                    && !common_noun
                    && !self.is(
                        1,
                        &["of", "and", "or", "in", "on", "at", "for", "to", "with"],
                    ))
                    || NEGATIONS.contains(&next)
                    || next.ends_with("ed")
                    // ("Security patches caused it": a noun and its plural, not a name.)
                    || !common_noun && self.base(1) != next
                    || matches!(
                        next,
                        "was" | "had" | "has" | "is" | "did" | "never" | "forgot"
                    )
            }
        }
    }

    fn classify(&self, i: usize) -> Subject {
        self.kinds.get(i).copied().unwrap_or(Subject::Unknown)
    }

    fn classify_word(&self, i: usize) -> Subject {
        let word = self.w(i);
        if FIRST_PERSON.contains(&word) {
            Subject::Me
        } else if self.is(
            i,
            &[
                "testing", "alerting", "logging", "tracing", "linting", "scanning",
            ],
        ) {
            // As a subject ("Testing overlooked the mismatch", "our alerting"), an activity;
            // after a person, what they were doing ("she was testing and forgot").
            if i == 0 || self.is(i - 1, &DETERMINERS) {
                Subject::System
            } else {
                Subject::Unknown
            }
        } else if PEOPLE_PRONOUNS.contains(&word)
            || self.is_role(word)
            // "the night shift": the people on it (not "a traffic shift").
            || self.is(i, &["shift", "shifts"])
                && i > 0
                && self.is(
                    i - 1,
                    &[
                        "night", "day", "morning", "evening", "late", "early", "weekend",
                        "graveyard", "first", "second", "third", "other", "previous", "next",
                        "relief",
                    ],
                )
            || (word == "one" && i > 0 && self.w(i - 1) == "no")
            || (word == "none" && self.w(i + 1) == "of")
            || word == "who"
            || self.is_name(i)
            // "The driver who passed the signal": whatever else the word can name, "who"
            // says it is a person here.
            || self.is(i + 1, &["who", "whom"]) && i > 0 && self.is(i - 1, &DETERMINERS)
        {
            Subject::Person
        } else if self.is_system(i) {
            // "the network engineers", "the database team": the system names the people.
            if self.is_role(self.w(i + 1)) && !self.s.words[i].pause_after {
                Subject::Unknown
            } else {
                Subject::System
            }
        } else {
            Subject::Unknown
        }
    }

    /// A noun right after a preposition is not the subject: "the person in charge of the
    /// project forgot".
    fn after_preposition(&self, i: usize) -> bool {
        (1..=3)
            .filter_map(|k| i.checked_sub(k))
            .take_while(|&j| !self.s.words[j].pause_after)
            .any(|j| self.is(j, &PREPOSITIONS))
    }

    /// Who or what does the verb at `t`.
    fn subject(&self, t: usize) -> Subject {
        if let Some(known) = self.subjects.get(t).and_then(std::cell::Cell::get) {
            return known;
        }
        let found = self.find_subject(t);
        if let Some(cell) = self.subjects.get(t) {
            cell.set(Some(found));
        }
        found
    }

    fn find_subject(&self, t: usize) -> Subject {
        let start = self.clause_start(t);
        // "Whoever approved this change wasn't paying attention": the clause it opens is
        // the subject, whatever its own object is.
        if self.is(start, &["whoever", "whomever"]) {
            return Subject::Person;
        }
        // A relative clause's subject is what "who", "which" or "that" stands for, when
        // nothing but adverbs comes between: "people who do not test", "a flag that never".
        if start > 0 && (start..t).all(|k| self.is(k, &FILLERS) || self.is(k, &NEGATIONS)) {
            match self.w(start - 1) {
                "who" => return Subject::Person,
                "which" => return Subject::System,
                "that" if start >= 2 && self.classify(start - 2) != Subject::Unknown => {
                    return self.classify(start - 2)
                }
                _ => {}
            }
        }
        // "The engineer who ran the migration forgot to take a backup": a relative clause with
        // a verb and its object of its own sits between the one who acts and the verb at `t`,
        // the main clause's, whose subject is the one "who" stands for (not the object).
        if start > 1
            && self.w(start - 1) == "who"
            && !self.s.words[start - 2].pause_after
            && (self.classify(start - 2) == Subject::Person
                || self.is(
                    start - 2,
                    &[
                        "those", "anyone", "anybody", "someone", "somebody", "everyone", "one",
                    ],
                ))
        {
            let verb = (start..t).find(|&k| !self.is(k, &FILLERS) && !self.is(k, &NEGATIONS));
            let relative = verb.is_some_and(|v| {
                t - v >= 2
                    && t - v <= 7
                    // Told in the past: "who reports a near miss is thanked" is a norm.
                    && self.base(v) != self.w(v)
                    && !self.w(v).ends_with('s')
                    && (v + 1..t).all(|k| {
                        !self.s.words[k].pause_after
                            && !matches!(self.classify(k), Subject::Person | Subject::Me)
                            // "... who ran it said the job failed": a clause of its own.
                            && !self.is(
                                k,
                                &[
                                    "said", "says", "told", "thought", "knew", "saw", "heard",
                                    "found", "felt", "claimed", "assumed", "believed",
                                ],
                            )
                            && (self.base(k) == self.w(k)
                                || self.w(k).ends_with('s')
                                || self.is(k, &FILLERS)
                                || self.is(k, &NEGATIONS))
                    })
            });
            if relative {
                return Subject::Person;
            }
        }
        let mut j = t;
        while j > start {
            j -= 1;
            let word = self.w(j);
            if FILLERS.contains(&word)
                || word == "as"
                || (NEGATIONS.contains(&word) && !matches!(word, "nobody" | "none"))
                || self.s.words[j].aside && !self.s.words[t].aside
            {
                continue;
            }
            let found = self.classify(j);
            if found != Subject::Unknown && !(j > start && self.after_preposition(j)) {
                // "The person publishing this forgot to build", "the engineer testing the
                // generator managed to kill power": the thing is what they were working on,
                // and the one who acts is the person the participle hangs from.
                if found == Subject::System {
                    if let Some(p) = self.doer_of_participle(start, j) {
                        return self.classify(p);
                    }
                }
                return found;
            }
            break;
        }
        let found = (start..t)
            .filter(|&k| !self.s.words[k].aside || self.s.words[t].aside)
            .map(|k| self.classify(k))
            .find(|c| *c != Subject::Unknown)
            .unwrap_or(Subject::Unknown);
        // "We worked on it for months and did not back it up", "..., never bothering to
        // test": the subject is the previous clause's.
        // "..., while leaving the sysadmin scrambling": a participle's subject is the
        // clause's it hangs from.
        const PARTICIPLE_OPENERS: &[&str] = &["while", "after", "before", "by", "when", "instead"];
        let participle = self.is(start, PARTICIPLE_OPENERS) && self.w(start + 1).ends_with("ing")
            || start > 0
                && self.is(start - 1, PARTICIPLE_OPENERS)
                && self.w(start).ends_with("ing");
        let carried = start > 0
            && (participle
                || self.is(start - 1, &["and", "but", "or", "then", "so"])
                || self.s.words[start - 1].pause_after
                    && (self.is(start, &["never", "not"])
                        // "They knew of the issue, yet failed to fix it": "yet" joins a second
                        // act of the same subject, as "but" does.
                        || self.w(start) == "yet"
                            && (self.base(start + 1) != self.w(start + 1)
                                || self.is(start + 1, &["did", "didn't", "didnt", "never"]))
                        || self.w(start).ends_with("ing")
                        // "I geared up, checked my regulator but failed to check the gauge":
                        // acts listed after a person named first.
                        || self.w(start).ends_with("ed")
                            && self.base(start) != self.w(start)
                            && {
                                let first = self.clause_start(start - 1);
                                self.is(first, &PEOPLE_PRONOUNS) || self.is_name(first)
                            }));
        // "The owner, who had recently bought the aircraft, declined to...": a relative clause
        // set off by commas sits between the subject and its verb.
        if found == Subject::Unknown && start > 1 && self.s.words[start - 1].pause_after {
            // (The clause begins after its "who".)
            let relative = self.clause_start(start - 1);
            if relative > 1
                && self.is(relative - 1, &["who", "which"])
                && self.s.words[relative - 2].pause_after
            {
                let before = self.classify(relative - 2);
                if before != Subject::Unknown {
                    return before;
                }
            }
            // "Dana Park, the duty manager, failed to...": a noun phrase in apposition.
            let apposition = relative > 1
                && start - 1 - relative < 3
                && self.is(
                    relative,
                    &["the", "a", "an", "our", "their", "his", "her", "my"],
                )
                && self.s.words[relative - 1].pause_after
                && self.is_name(relative - 1);
            if apposition {
                return Subject::Person;
            }
        }
        if found == Subject::Unknown && carried {
            // The previous clause's subject, read from its start: walking back from its end
            // would land on its object ("either didn't see the light or chose to ignore it").
            return match self.clause_subject(start - 1) {
                Subject::Unknown => self.subject(start - 1),
                known => known,
            };
        }
        found
    }

    /// The verb at `t` is done by a thing named just before it: "the brakes", "a rule",
    /// "it". A noun after a determiner that names no person is taken for a thing, whether or
    /// not the word lists know it.
    fn thing_does(&self, t: usize) -> bool {
        if matches!(self.subject(t), Subject::Person | Subject::Me) {
            return false;
        }
        let start = self.clause_start(t);
        let Some(j) = (start..t).rev().find(|&k| !self.is(k, &FILLERS)) else {
            return false;
        };
        if self.is(j, &["it", "this", "that"]) {
            return j == start;
        }
        // "CI should have failed", "investigators said the red signal should have
        // triggered": a noun of a thing heads the phrase right before, back to its determiner
        // or the clause's start.
        let phrase = (start..j)
            .rev()
            .take(3)
            .take_while(|&k| !self.s.words[k].pause_after)
            .find(|&k| self.is(k, &DETERMINERS))
            .unwrap_or(j);
        if self.classify(j) == Subject::System
            && !self.is(j, ORGANISATIONS)
            && !self.is(j, &ERROR_OWNERS)
            && (phrase < j || j == start || self.is(j - 1, &CLAUSE_OPENERS))
            && (phrase..=j).all(|k| !matches!(self.classify(k), Subject::Person | Subject::Me))
            && (phrase..j).all(|k| !self.is(k, &PREPOSITIONS) && !self.w(k).ends_with("'s"))
        {
            return true;
        }
        // A plain noun phrase from the clause's start ("the dynamic brakes"), not one with a
        // person in it ("the one behind the camera"), nor a word that also names people ("the
        // driver") or those who run things ("the business").
        self.is(start, &DETERMINERS)
            && j > start
            && j - start <= 3
            && !self.is(j, &ERROR_OWNERS)
            && !self.is(j, ORGANISATIONS)
            && !self.is(
                j,
                &[
                    "business", "businesses", "firm", "airline", "agency", "government",
                ],
            )
            && (start..=j).all(|k| {
                !self.is(k, &PREPOSITIONS)
                    && !matches!(self.classify(k), Subject::Person | Subject::Me)
            })
    }

    /// Word `j`, a thing, is the object of a participle that follows a person ("the person
    /// publishing this", "someone testing the generator"): where that person is. A noun after
    /// "-ing" that no person comes before ("the failing backup") is not one, nor is "during".
    fn doer_of_participle(&self, start: usize, j: usize) -> Option<usize> {
        let m = (j.saturating_sub(4).max(start + 1)..j).rev().find(|&m| {
            let word = self.w(m);
            word.len() >= 6
                && word.ends_with("ing")
                && !self.is(
                    m,
                    &[
                        "during", "something", "nothing", "anything", "everything", "morning",
                        "evening", "meeting", "building", "according", "including",
                    ],
                )
        })?;
        let person = m - 1;
        let plain = (m..j).all(|k| {
            !self.s.words[k].pause_after
                && !matches!(self.classify(k + 1), Subject::Person | Subject::Me)
                && !self.is(k + 1, &CLAUSE_OPENERS)
        });
        (plain
            && self.classify(person) == Subject::Person
            && !self.is(person, &["who", "whom"])
            && !(person > start && self.after_preposition(person)))
        .then_some(person)
    }

    /// The subject of the clause holding `i`, read from its start: for a phrase that follows
    /// the verb and its object ("He pushed the change without testing it").
    fn clause_subject(&self, i: usize) -> Subject {
        let start = self.clause_start(i);
        let found = (start..i)
            .filter(|&k| !(k > start && self.after_preposition(k)))
            .map(|k| self.classify(k))
            .find(|c| *c != Subject::Unknown)
            .unwrap_or(Subject::Unknown);
        if found == Subject::Unknown && start > 0 {
            return self.subject(start - 1);
        }
        found
    }

    /// Words `k` on say an act was what anyone would do: "the same", "anything differently".
    fn stood_by(&self, k: usize) -> bool {
        self.at_any(
            k,
            &["the same", "anything differently", "anything different"],
        )
    }

    /// "Nobody", "no one" earlier in the clause: whatever it says is said of no one.
    fn nobody_before(&self, i: usize) -> bool {
        match self.nobodies.get(i) {
            Some(&nobody) => nobody,
            None => (self.clause_start(i)..i).any(|k| self.names_nobody(k)),
        }
    }

    fn names_nobody(&self, k: usize) -> bool {
        self.is(k, &["nobody", "noone"]) || self.at(k, "no one")
    }

    fn negated_before(&self, i: usize, within: usize) -> bool {
        let start = self.clause_start(i);
        // "the problem is not that someone is careless": the whole clause is denied.
        let denied = start >= 2 && self.w(start - 1) == "that" && self.is(start - 2, &NEGATIONS);
        // "Not because engineers are careless", "this is not a story about amateur mistakes":
        // the reason or the topic denied, up to the next pause.
        let framed = || {
            (0..i)
                .rev()
                .take_while(|&k| !self.s.words[k].pause_after)
                .any(|k| {
                    self.denials[k]
                        && (self.is(k + 1, &["because", "about"])
                            || self.is(k + 1, &["a", "an"]) && self.w(k + 3) == "about"
                            // "It isn't down to human negligence or carelessness", "it wasn't
                            // caused by a careless operator": a cause denied, as a reason is.
                            || self.at_any(
                                k + 1,
                                &["down to", "due to", "caused by", "because of", "the result of"],
                            )
                            // "The problem isn't always a careless nurse or a sloppy doctor":
                            // what the problem is said not to be, all of it.
                            || self.w(k + 1) == "always" && self.is(k + 2, &["a", "an"]))
                })
        };
        denied
            || (start.max(i.saturating_sub(within))..i)
                .any(|j| self.denials.get(j).copied().unwrap_or(false))
            || framed()
    }

    /// Word `j` is a negation that denies what follows it.
    fn denies(&self, j: usize) -> bool {
        // "He not only screwed up but...", "not just a slip": more, not less.
        let adds = |j: usize| self.w(j) == "not" && self.is(j + 1, &["only", "just", "merely"]);
        // "without question grossly negligent", "no doubt careless": said more surely.
        let affirms = |j: usize| {
            self.is(j, &["without", "no"])
                && (self.is(j + 1, &["question", "doubt"]) || self.at(j + 1, "a doubt"))
        };
        // "How is this not negligence?", "isn't that reckless?": a question that asks the
        // hearer to agree. "As if that wasn't careless enough": more of it, not less.
        let agrees = |j: usize| {
            let how = self.s.question
                && (j.saturating_sub(8)..j).any(|k| {
                    self.w(k) == "how" && self.is(k + 1, &["is", "was", "are", "were", "'s"])
                });
            let tag = self.s.question
                && j == 0
                && self.is(
                    j,
                    &["isn't", "wasn't", "aren't", "weren't", "isnt", "wasnt"],
                )
                && self.is(j + 1, &["this", "that", "it"]);
            let as_if = (j.saturating_sub(6)..j).any(|k| self.at(k, "as if"))
                && (j + 1..(j + 6).min(self.len())).any(|k| self.w(k) == "enough");
            how || tag || as_if
        };
        self.is(j, &NEGATIONS) && !adds(j) && !affirms(j) && !agrees(j)
    }

    /// Word `i` names someone who acts: a person, a role, a team. (A scare quote follows one:
    /// the power company "accidentally" cut it; after a thing, a quoted word is a label.)
    fn is_actor(&self, i: usize) -> bool {
        matches!(self.classify(i), Subject::Person | Subject::Me)
    }

    /// Word `i` is in a relative clause about a thing: "a practice that ignores systems".
    fn said_of_a_thing(&self, i: usize) -> bool {
        let start = self.clause_start(i);
        start >= 2
            && self.is(start - 1, &["that", "which"])
            && !matches!(self.classify(start - 2), Subject::Person | Subject::Me)
            && (start..i).all(|k| self.is(k, &FILLERS))
    }

    /// The clause holding word `i` is a condition or a concession: "even if he messed up".
    /// Word `i`, a form of "miss" or "skip", says nothing someone failed to do: "the missing
    /// index", "a skipped step", "a sign of missing safeguards" (a thing described; "blamed for
    /// missing the page" is an act), "we missed nothing", "my heart skipped a beat", and "what
    /// am I missing?" (a question asked now).
    fn missed_no_act(&self, i: usize) -> bool {
        let word = self.w(i);
        // The word `k` places back (none, read as "", before the first).
        let (one, two) = (i.wrapping_sub(1), i.wrapping_sub(2));
        let asked_now = word == "missing"
            && self.s.question
            && (self.is(one, &["i'm", "we're"])
                || self.is(one, &["i", "we"]) && self.is(two, &["am", "are"])
                || self.is(one, &["am", "are"]) && self.is(two, &["i", "we"]));
        // "failures or missed files": a kind of thing, listed.
        let listed = self.is(one, &["or", "and"])
            && word.ends_with("ed")
            && self.w(i + 1).ends_with('s')
            && !self.is(i + 1, &DETERMINERS)
            && !self.is(
                i + 1,
                &["his", "this", "us", "its", "hers", "yours", "ours"],
            );
        // "everybody misses something sometimes": anyone's lot, in the present.
        let anyones = matches!(word, "misses" | "miss" | "skips" | "skip")
            && (self.clause_start(i)..i)
                .any(|k| self.is(k, &["everybody", "everyone", "anyone", "anybody"]));
        let a_thing = listed
            || anyones
            || self.is(one, &DETERMINERS)
            || word == "missing"
                && self.is(one, &["of", "for", "with", "about", "from", "by"])
                && !self.is(i + 1, &DETERMINERS)
                && !self.is(i + 1, &["his", "her", "their", "my", "our", "your"]);
        // "We had to skip the release": made to, not left undone.
        let made_to = self.base(i) == "skip"
            && i >= 2
            && self.w(one) == "to"
            && self.is(two, &["had", "have", "has"]);
        self.is(i + 1, &["nothing", "none"])
            || word == "skipped" && self.at(i + 1, "a beat")
            || made_to
            || asked_now
            || a_thing
    }

    fn conditional(&self, i: usize) -> bool {
        let start = self.clause_start(i);
        // "If I remember correctly, ...", "if you ask me": a hedge, not a condition.
        let hedge = || {
            [
                "if i remember", "if i recall", "if memory serves", "if you ask me",
                "if i'm honest",
            ]
            .iter()
            .any(|phrase| self.at(start - 1, phrase))
        };
        start > 0 && self.is(start - 1, &["if", "whether", "unless"]) && !hedge()
    }

    fn hit(
        &self,
        hits: &mut Vec<Hit>,
        from: usize,
        to: usize,
        category: Category,
        reframe: &'static str,
    ) {
        hits.push(Hit {
            from,
            to: to.min(self.len().saturating_sub(1)).max(from),
            category,
            reframe,
        });
    }

    fn open_question(&self) -> bool {
        // ("Q: what made reverting look riskier?", a question in the notes.)
        let first = usize::from(self.is(0, &["q", "question"]) && self.s.words[0].pause_after);
        // "I wonder what a newer teammate would have made of that graph", "I'm curious what
        // made that error look like noise": an open question, asked as a statement.
        // ("Reading it back, I wonder what...".)
        let wondering = || {
            (0..self.len()).any(|k| {
                self.is(k, &["wonder", "curious", "wondering"])
                    && self.is(k + 1, &["what", "how", "whether", "if"])
                    && (k < 4 || self.is(k - 1, &["i", "we", "i'm", "we're", "am", "still"]))
            })
        };
        self.s.question && (self.is(first, &OPEN_QUESTION_WORDS) || self.asks_what_there_was())
            || wondering()
    }

    /// "Was there work the team chose not to do?": a question about the conditions.
    fn asks_what_there_was(&self) -> bool {
        self.s.question
            && self.is(0, &["was", "is", "were", "are"])
            && self.w(1) == "there"
            && !(2..5).any(|k| self.is(k, &["reason", "excuse", "explanation", "why"]))
    }

    /// "should have", "could've", "if only", "had they checked": a path not taken.
    /// Word `k` is a participle of something people do or fail to do ("checked", "caught",
    /// "rebased", "prevented"), or "preventable": what "could have been ..." says was missed.
    fn done_by_someone(&self, k: usize) -> bool {
        let word = self.w(k);
        let base = self.base(k);
        let participle = word.ends_with("ed") || word.ends_with("en") || base != word;
        participle
            && (OMITTED_ACTIONS.contains(&base)
                || MINIMISED_ACTIONS.contains(&base)
                || self.is(
                    k,
                    &[
                        "avoided", "prevented", "averted", "mitigated", "spotted", "foreseen",
                        "rebased", "handled", "contained", "stopped",
                    ],
                ))
            || self.is(k, &["preventable", "avoidable"])
    }

    /// "Our "tech lead" decided to...", "a customer whose 'db admin' dropped the table", "one
    /// of the 'developers' (note the scare quotes)": a person's role in quotation marks, after
    /// a determiner, mocks them. Not a label ("the 'on-call' rotation", "the 'admin' account"),
    /// nor a name given ("what the runbook calls the 'incident commander'").
    fn scare_quoted_roles(&self, hits: &mut Vec<Hit>) {
        let words = &self.s.words;
        // "Our so-called experts", "so-called senior engineers": the title doubted in words
        // rather than in quotation marks.
        for i in 0..words.len() {
            if self.w(i) == "so-called"
                && (i + 1..(i + 3).min(words.len())).any(|k| self.is_role(self.w(k)))
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Verdict, SCARE_QUOTED);
                return;
            }
        }
        let mut i = 1;
        while i < words.len() {
            if !words[i].quoted || words[i - 1].quoted {
                i += 1;
                continue;
            }
            let last = (i..words.len())
                .take_while(|&k| words[k].quoted)
                .last()
                .unwrap_or(i);
            let next = last + 1;
            let names_a_label = |k: usize| {
                self.is(
                    k,
                    &[
                        "rotation", "role", "roles", "title", "field", "label", "account", "group",
                        "team", "channel", "column", "flag", "tag", "badge", "position", "list",
                        "queue", "page", "alias", "user", "mode", "button", "tab", "section",
                        "category", "status", "permission", "permissions", "access", "key", "type",
                        "shift", "desk", "seat", "slot",
                    ],
                )
            };
            let label = !words[last].pause_after && names_a_label(next);
            // 'The "senior" engineers', 'our "expert" admins': one word of their title
            // quoted, the role after it bare. (Not 'the "backup" admin account', a label.)
            let qualifier = last == i
                && next < words.len()
                && !words[last].pause_after
                && !words[next].quoted
                && self.is_role(self.w(next))
                && !self.is_role(self.w(last))
                && !names_a_label(next + 1);
            if last - i < 2
                && (self.is_role(self.w(last)) || qualifier)
                && self.is(
                    i - 1,
                    &["the", "our", "their", "his", "her", "your", "my", "whose", "a", "an"],
                )
                && !label
                // ("the role the runbook calls the 'incident commander'", "known as the
                // 'owner'": a name given.)
                && !(i.saturating_sub(4)..i).any(|k| {
                    matches!(self.base(k), "call" | "name" | "title" | "label" | "dub" | "term")
                        || self.is(k, &["as", "word", "words"])
                })
                && !self.s.question
            {
                self.hit(hits, i - 1, last, Verdict, SCARE_QUOTED);
            }
            i = last + 1;
        }
    }

    /// Word `k` is "the driver", "an operator", "the crew": a word that names people as well
    /// as things, right after its determiner (not "the network driver"). Where a charge is
    /// placed ("is at fault", "the blame lies with ..."), it is the person.
    fn names_a_person_too(&self, k: usize) -> bool {
        k > 0
            && self.is(k, &ERROR_OWNERS)
            && !self.is(k, &["manual", "human"])
            && self.is(k - 1, &["the", "a", "an", "one", "each", "every", "any"])
    }

    /// The modal at `i` is in "I don't know how the alert could have fired twice", "not sure
    /// why the job would have run at all": what a thing did, asked after as an open question.
    /// Not of a person or an organisation ("no idea how he could have missed it", "hard to
    /// understand how a company could have...").
    fn unknown_how_a_thing(&self, i: usize) -> bool {
        let Some(how) = (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| self.is(k, &["how", "why", "whether"]))
        else {
            return false;
        };
        let thing = (how + 1..i).any(|k| self.classify(k) == Subject::System)
            && !(how + 1..i).any(|k| matches!(self.classify(k), Subject::Person | Subject::Me));
        let unknown = (how.saturating_sub(4)..how).any(|k| {
            self.is(
                k,
                &["know", "sure", "idea", "unclear", "understand", "tell"],
            ) && (k.saturating_sub(3)..k).any(|m| self.is(m, &NEGATIONS))
                || self.w(k) == "unclear"
        });
        thing && unknown
    }

    fn counterfactuals(&self, hits: &mut Vec<Hit>) {
        for i in 0..self.len() {
            let word = self.w(i);
            // "You could at least write LGTM and wait before merging": the least they should
            // have done, said of them. Not "we could at least restart it now" (a plan).
            if self.is(i, &["could", "should", "might"])
                && self.at(i + 1, "at least")
                && i > 0
                && self.is(i - 1, &["you", "they", "he", "she"])
                && !self.s.question
            {
                self.hit(hits, i - 1, i + 2, Counterfactual, HINDSIGHT);
                continue;
            }
            // "Surely someone must have noticed the disk filling up": what they must have
            // seen, decided from after. Not "surely the alert must have fired".
            if word == "surely" && !self.s.question {
                let modal = (i + 1..(i + 5).min(self.len())).find(|&k| {
                    self.is(k, &["must", "should", "would", "could"]) && self.w(k + 1) == "have"
                        || self.is(k, &["must've", "should've", "would've", "could've"])
                });
                if let Some(k) = modal {
                    let who = (i + 1..k).any(|m| {
                        matches!(self.classify(m), Subject::Person) && !self.is(m, ORGANISATIONS)
                    });
                    if who {
                        self.hit(hits, i, k, Counterfactual, HINDSIGHT);
                        continue;
                    }
                }
            }
            // "He was supposed to check the backups": the expected path, told after it was not
            // taken. Not of a system ("the job was supposed to run"), nor in the present ("the
            // on-call is supposed to page them": a process).
            // "You were supposed to be watching the dashboard": the watch kept, expected.
            let watching = self.w(i + 3) == "be"
                && self.is(
                    i + 4,
                    &[
                        "watching", "monitoring", "checking", "looking", "reviewing", "testing",
                        "paying", "listening", "reading",
                    ],
                );
            if self.is(i, &["was", "were"])
                && self.w(i + 1) == "supposed"
                && self.w(i + 2) == "to"
                && (OMITTED_ACTIONS.contains(&self.base(i + 3)) || watching)
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
            {
                self.hit(hits, i, i + 3, Counterfactual, HINDSIGHT);
                continue;
            }
            let contracted = matches!(
                word,
                "should've"
                    | "shouldve"
                    | "shoulda"
                    | "could've"
                    | "couldve"
                    | "coulda"
                    | "would've"
                    | "wouldve"
                    | "woulda"
                    | "shouldn't've"
                    | "couldn't've"
                    | "wouldn't've"
            ) || word.ends_with("'d've");
            let modal = matches!(
                word,
                "should"
                    | "could"
                    | "would"
                    | "shouldn't"
                    | "couldn't"
                    | "wouldn't"
                    | "shouldnt"
                    | "couldnt"
                    | "wouldnt"
                    | "ought"
            ) || (word.ends_with("'d")
                && PEOPLE_PRONOUNS.contains(&&word[..word.len() - 2]));
            let mut end = None;
            if contracted {
                end = Some(i);
            } else if modal {
                // The "have" of the perfect, with at most a subject (in a question), a
                // negation or an adverb between: "should never have", "could we have".
                let mut j = i + 1;
                let mut asked_of = None;
                while j < self.len() && j <= i + 3 {
                    let w = self.w(j);
                    if w == "have" {
                        end = Some(j);
                        break;
                    }
                    // "Could it have been prevented?": the thing asked about, not a hypothesis
                    // ("could it have been DNS?").
                    let thing_asked = self.s.question
                        && matches!(w, "it" | "this" | "that")
                        && self.w(j + 1) == "have"
                        && self.w(j + 2) == "been"
                        && self.done_by_someone(j + 3);
                    if PEOPLE_PRONOUNS.contains(&w) {
                        asked_of = Some(j);
                    } else if !(FILLERS.contains(&w)
                        || matches!(w, "not" | "never" | "easily")
                        || thing_asked)
                    {
                        break;
                    }
                    j += 1;
                }
                // An open question about what might have helped is the method's own
                // ("What would have helped?"); one that asks what we should have done is not.
                if end.is_some() && self.open_question() && asked_of.is_none() {
                    end = None;
                }
            }
            let Some(end) = end else { continue };
            // "What would have helped me most is...": the method's own question, answered.
            // "I could have used a second pair of eyes": help that was missing. "At peak hour
            // it would have been far worse": luck, not a path not taken.
            let helped = i > 0 && self.w(i - 1) == "what" && self.is(end + 1, &["helped", "made"]);
            let needed = self.w(end + 1) == "used"
                && self.is(
                    end + 2,
                    &["a", "an", "some", "more", "another", "better", "extra"],
                );
            // ("Impact would have been larger had it started an hour later": the size of the
            // outcome, not a path.)
            const MORE_OR_LESS: [&str; 12] = [
                "worse", "larger", "bigger", "greater", "higher", "longer", "smaller", "shorter",
                "lower", "costlier", "wider", "deeper",
            ];
            // ("Had they had a safe rollback, the failure would have been a lot smaller" sets
            // the outcome against what people had.)
            let of_people = |k: usize| matches!(self.classify(k), Subject::Person | Subject::Me);
            let people_if = (0..self.len()).any(|k| self.is(k, &["had", "if"]) && of_people(k + 1));
            let worse = self.w(end + 1) == "been"
                && (self.w(end + 2) == "worse" || !people_if)
                && (self.is(end + 2, &MORE_OR_LESS)
                    || self.is(end + 2, &["far", "much", "even", "way", "a"])
                        && (end + 3..(end + 5).min(self.len())).any(|k| self.is(k, &MORE_OR_LESS)));
            // "The 02:40 entry could have been anywhere between 02:35 and 02:45": a fact not
            // known. "The lag could not have been seen by anyone", "he couldn't have known": no
            // path there was.
            let uncertain = self.w(end + 1) == "been"
                && self.is(
                    end + 2,
                    &[
                        "anywhere", "between", "somewhere", "either", "around", "roughly",
                        "approximately",
                    ],
                );
            let seen = |k: usize| {
                self.is(
                    k,
                    &[
                        "seen", "known", "detected", "noticed", "spotted", "predicted", "foreseen",
                        "anticipated",
                    ],
                )
            };
            let impossible = (word == "couldn't"
                || word == "couldnt"
                || word == "could" && (i + 1..end).any(|k| self.w(k) == "not"))
                && (seen(end + 1) || self.w(end + 1) == "been" && seen(end + 2));
            // "Should have been a routine deployment.", "Should've been a flag config so it
            // validates": a bare sentence telling what a thing should have been, its subject
            // left out as notes leave it. Not of a person ("should have been a better lead"),
            // nor of care wanted ("should have been a proper review").
            let what_it_was = i == 0
                && matches!(word, "should" | "should've" | "shouldve")
                && self.w(end + 1) == "been"
                && self.is(end + 2, &["a", "an"])
                && !self.is(
                    end + 3,
                    &[
                        "better", "proper", "real", "more", "careful", "thorough", "closer",
                        "full", "complete", "second",
                    ],
                )
                && !(end + 3..(end + 6).min(self.len()))
                    .any(|k| of_people(k) || self.is_role(self.w(k)));
            if helped || needed || worse || uncertain || impossible || what_it_was {
                continue;
            }
            // "Saying someone should have known implies fault": a counterfactual reported.
            if self.is(0, &["saying", "claiming", "implying", "assuming", "asking"]) {
                continue;
            }
            // "Any team member could have made the same mistake": a defence.
            // "I would not have done anything differently": the act stood by.
            // "Whoever was on call would have faced the same alert storm": the same seat.
            if self.is(
                end + 1,
                &[
                    "made", "done", "faced", "seen", "hit", "met", "had", "felt", "found",
                ],
            ) && self.stood_by(end + 2)
            {
                continue;
            }
            // "As luck would have it": an idiom.
            if self.at(end + 1, "it") && word == "would" && self.s.words[end + 1].pause_after {
                continue;
            }
            // "...could quite easily have happened to me": anyone's lot, a defence. "There
            // would not have been any power": how things would have stood, not a path not
            // taken ("there should have been contingency planning" is one).
            if self.at(end + 1, "happened to")
                || i > 0
                    && self.w(i - 1) == "there"
                    && self.is(i, &["would", "wouldn't", "wouldnt"])
                    && self.w(end + 1) == "been"
            {
                continue;
            }
            // "The engineer who did the roll-out could have been any of us": anyone's seat.
            if self.w(end + 1) == "been"
                && (self.is(end + 2, &["anyone", "anybody", "me", "us"])
                    || self.at(end + 2, "any of us")
                    || self.at(end + 2, "any one of us"))
            {
                continue;
            }
            // "Your friend should have also gotten a later message": what was sent to arrive,
            // not a path someone did not take. "...would have had to record the delay": a duty.
            let arrived = (end + 1..(end + 3).min(self.len()))
                .find(|&k| !self.is(k, &["also", "already"]))
                .is_some_and(|k| {
                    self.is(k, &["gotten", "received", "got"])
                        && (k + 1..(k + 5).min(self.len())).any(|m| {
                            self.is(
                                m,
                                &[
                                    "message", "email", "page", "alert", "notification", "letter",
                                    "warning", "update", "call", "text", "reply", "notice",
                                ],
                            )
                        })
                });
            if arrived || self.w(end + 1) == "had" && self.w(end + 2) == "to" {
                continue;
            }
            // "The change would've caused a major outage", "that wouldn't have caused a
            // failure", "the migration would have taken 144 hours": what a thing would have
            // done or cost, a harm that did not happen, not a path someone did not take.
            let harm_spared = self.is(i, &["would", "wouldn't", "wouldnt", "would've"])
                && !matches!(self.subject(i), Subject::Person | Subject::Me)
                && (matches!(
                    self.base(end + 1),
                    "cause"
                        | "result"
                        | "break"
                        | "kill"
                        | "destroy"
                        | "crash"
                        | "lead"
                        | "cost"
                        | "wipe"
                        | "corrupt"
                        | "affect"
                        | "impact"
                        | "hit"
                ) || self.base(end + 1) == "take" && self.is(end + 2, &["down", "out"]));
            // ("If this had gone out as a major version, it wouldn't have broken so many
            // pipelines" sets the harm against a path not taken.)
            if harm_spared && !(0..self.len()).any(|k| self.is(k, &["if", "unless", "had"])) {
                continue;
            }
            // "They could have swept it under the rug or lied about it", "many organisations
            // would have hidden behind PR": a wrong they did not do, said in their praise.
            let wrong_spared = !self.is(i, &["should", "shouldn't", "should've", "shouldve"])
                && (matches!(
                    self.w(end + 1),
                    "lied" | "hidden" | "hid" | "covered" | "swept" | "buried" | "denied" | "spun"
                ) || self.w(end + 1) == "kept" && self.is(end + 2, &["quiet", "silent"]));
            if wrong_spared {
                continue;
            }
            // "It would have happened anyway": the outcome would not have changed.
            if (end..self.len()).any(|k| self.is(k, &["anyway", "regardless", "anyhow"])) {
                continue;
            }
            // "None of us would have done that", "there was nothing we could have done": a
            // defence, not a charge. Someone else's opinion ("people who think we should
            // have") is reported, not the writer's.
            let start = self.clause_start(i);
            if (start.saturating_sub(6)..i).any(|k| {
                self.is(k, &["none", "nobody", "noone", "nothing"])
                    || self.at(k, "no one")
                    // "I did everything I could have done".
                    || self.w(k) == "everything" && self.is(k + 1, &["i", "we"])
            }) {
                continue;
            }
            if start > 0
                && (start.saturating_sub(3)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "think", "thinks", "say", "says", "claim", "claims", "believe",
                            "believes", "insist", "insists", "saying", "claiming", "implying",
                            "asking", "assuming",
                        ],
                    )
                })
                && !(start.saturating_sub(4)..start).any(|k| self.is(k, &FIRST_PERSON))
            {
                continue;
            }
            // A system's behaviour ("the config passed when it shouldn't have", "a flag that
            // could have isolated the bug"), unless in the passive of a person's act ("could
            // have been avoided").
            // "passed when it shouldn't have", "a flag that could have isolated the bug",
            // "slower than it should have been": a system's behaviour or a comparison, not a
            // path a person did not take.
            let elliptical = end + 1 >= self.len() || self.s.words[end].pause_after;
            // "...which should have been rebased before the merge", "which could have been
            // caught in review", "should have been preventable": a person's act, passive.
            // "mishaps that shouldn't have been allowed to happen": someone let them.
            let let_happen = self.is(end + 2, &["allowed", "permitted"])
                && self.w(end + 3) == "to"
                && self.is(end + 4, &["happen", "occur", "continue"]);
            let acted_on =
                self.w(end + 1) == "been" && (self.done_by_someone(end + 2) || let_happen);
            let relative = i > 0 && self.is(i - 1, &["that", "which"]) && !acted_on;
            let compared = (i.saturating_sub(3)..i).any(|k| self.is(k, &["than", "as"]));
            // "The cron job should have retried, but retries were off", "the dashboard would
            // have shown the lag, but the panel defaulted to a day": what a thing was built to
            // do, and then why it did not. (Not "a canary could have caught it", a path not
            // taken; nor "the bug should have been caught in review", a person's act.)
            // ("Failover should have promoted the replica; it waited on a stale lease.")
            let built_to_but = self.subject(i) == Subject::System
                && !acted_on
                && self.is(i, &["should", "would", "should've", "would've"])
                && (end + 1..self.len()).any(|k| {
                    self.is(k, &["but", "however", "except"])
                        || self.s.words[k - 1].pause_after && self.is(k, &["it", "instead"])
                });
            // "It should have said former Sen. Jesse Helms", "the headline should have read": a
            // text corrected.
            let corrected = self.subject(i) == Subject::System
                && self.is(i, &["should", "should've"])
                && self.is(
                    end + 1,
                    &["said", "read", "stated", "shown", "listed", "included"],
                );
            if compared
                || (elliptical || relative) && self.subject(i) == Subject::System
                || built_to_but
                || corrected
            {
                continue;
            }
            // "The dynamic brakes should have slowed the train", "it should have stopped
            // earlier": what a thing was meant to do, not a path a person did not take.
            // ("The plane should never have been flown": someone's act, in the passive.)
            let meant_to = self.w(end + 1) != "been"
                && self.is(i, &["should", "should've", "shouldn't", "shouldn't've"])
                && self.thing_does(i);
            if meant_to {
                continue;
            }
            // "the tables shouldn't have been droppable": how a system was built.
            let built = !acted_on
                && self.w(end + 1) == "been"
                && (self.w(end + 2).ends_with("able")
                    || self.w(end + 2).ends_with("ible")
                    || self.is(end + 2, &["allowed", "possible", "permitted"]))
                && self.subject(i) == Subject::System;
            if built {
                continue;
            }
            // "should have a runbook" is a plan; "would have to" an obligation.
            let after = self.w(end + 1);
            // "would have it even easier": to have, not the perfect.
            if POSSESSION.contains(&after) && !contracted || matches!(after, "to" | "it" | "them") {
                continue;
            }
            if !contracted && word != "ought" && POSSESSION.contains(&after) {
                continue;
            }
            // "I will check if the branch rules would have prevented this", "let's see whether
            // a canary would have caught it": a question to look into, not a path not taken.
            let inquiry = (self.clause_start(i).saturating_sub(2)..i).any(|k| {
                self.is(k, &["if", "whether"])
                    && k > 0
                    && (matches!(
                        self.base(k - 1),
                        "see"
                            | "check"
                            | "investigate"
                            | "verify"
                            | "test"
                            | "confirm"
                            | "determine"
                            | "assess"
                            | "evaluate"
                            | "examine"
                    ) || self.is(k - 1, &["out", "into"]))
            });
            if inquiry {
                continue;
            }
            // Talk about counterfactuals: "what people should have done", "what we could
            // have done better" inside a longer sentence.
            // ("...a flurry of decisions: who should have been paged, how the runbook should
            // have been structured": questions listed, not answered.)
            if i >= 2
                && (i.saturating_sub(3)..i).any(|j| {
                    j > 0
                        && (self.w(j) == "what"
                            || self.is(j, &["how", "whether"]) && self.s.words[j - 1].pause_after)
                })
            {
                continue;
            }
            if self.unknown_how_a_thing(i) {
                continue;
            }
            self.hit(hits, i, end, Counterfactual, HINDSIGHT);
        }
        for i in 0..self.len() {
            // "instead of just following the escalation": the path not taken.
            if self.at(i, "instead of") {
                let mut j = i + 2;
                while self.is(j, &["just", "simply", "actually"]) {
                    j += 1;
                }
                if self.w(j).ends_with("ing")
                    && self.clause_subject(i) != Subject::System
                    && !self.is_plan()
                    && !self.open_question()
                {
                    self.hit(hits, i, j, Counterfactual, HINDSIGHT);
                }
            }
            if self.at(i, "if only") {
                self.hit(hits, i, i + 1, Counterfactual, HINDSIGHT);
            }
            // "This was entirely preventable", "the outage was avoidable": said of what
            // happened, from after it. Not asked ("is this preventable?"), nor said of a kind of
            // failure in general ("most outages like this are preventable with canaries").
            if self.is(i, &["preventable", "avoidable"])
                && !self.s.question
                && i > 0
                && {
                    let mut k = i - 1;
                    while k > 0
                        && self.is(
                            k,
                            &[
                                "entirely", "completely", "totally", "easily", "very", "trivially",
                                "eminently", "100%",
                                // "this was an easily preventable ops failure".
                                "a", "an",
                            ],
                        )
                    {
                        k -= 1;
                    }
                    self.is(k, &["was", "were"])
                }
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i, Counterfactual, HINDSIGHT);
            }
            // "Had the crew kept their speed, ..." and "if they had checked".
            if i == 0 && self.w(0) == "had" && !self.s.question {
                if let Some(j) = self.next_content(0) {
                    if matches!(self.classify(j), Subject::Person | Subject::Me)
                        || self.is(j, &DETERMINERS)
                    {
                        self.hit(hits, 0, 0, Counterfactual, HINDSIGHT);
                    }
                }
            }
            // ("If the contractor had tagged it", "if I'd read the ticket properly".)
            let who = self.past_determiner(i + 1);
            let had = if self.is(who, &["i'd", "we'd", "he'd", "she'd", "they'd", "you'd"]) {
                who
            } else {
                who + 1
            };
            // "if sam had checked the diff": one unknown word before "had" and an act people
            // do is someone named in chat's lowercase.
            let chat_name = who == i + 1
                && self.classify(who) == Subject::Unknown
                && !self.is(
                    who,
                    &[
                        "anything", "something", "nothing", "everything", "it", "this", "that",
                        "there",
                    ],
                )
                && self.w(had) == "had"
                && OMITTED_ACTIONS.contains(&self.base(had + 1));
            if self.w(i) == "if"
                && (matches!(self.classify(who), Subject::Person | Subject::Me) || chat_name)
                && (self.w(had) == "had" || had == who)
                && (self.w(had + 1).ends_with("ed")
                    || self.is(had + 1, &["just", "only", "done", "taken", "known", "paid", "run"])
                    // "if Dana had read the alert", "if he had kept the old config".
                    || IRREGULAR.iter().any(|&(form, _)| form == self.w(had + 1))
                    // "if she had been paying attention"; not "if he had been paged".
                    || self.w(had + 1) == "been" && self.w(had + 2).ends_with("ing"))
                // "I asked if he had been paged", "he asked Elizabeth if she had changed the
                // tape": "if" as "whether".
                && !(i.saturating_sub(3)..i).any(|k| {
                    matches!(
                        self.base(k),
                        "ask" | "wonder" | "know" | "check" | "see" | "sure" | "unclear"
                    ) && (k..i).all(|m| !self.s.words[m].pause_after)
                })
            {
                self.hit(hits, i, had, Counterfactual, HINDSIGHT);
                continue;
            }
            // "Although the crew had been trained to go around, the captain chose to continue":
            // the instruction set against the choice, so that the choice reads as defiance.
            if i == 0 || self.s.words[i - 1].pause_after {
                if let Some(k) = self.choice_against_instruction(i) {
                    self.hit(hits, k, k, Counterfactual, HINDSIGHT);
                    continue;
                }
            }
            // "If the devs wrote tests, this would never happen": what people do, set against
            // an outcome said never to follow. (Not "if the job retried, this would never
            // happen": a tool's.)
            if self.w(i) == "if" && i + 2 < self.len() {
                let who = self.past_determiner(i + 1);
                let person = matches!(self.classify(who), Subject::Person | Subject::Me)
                    && !self.is(who, ORGANISATIONS);
                let verb = who + 1;
                let acted = self.w(verb).ends_with("ed")
                    || self.base(verb) != self.w(verb)
                    || self.is(verb, &["did", "had", "knew", "read", "wrote", "ran"]);
                // "If we had a canary": a thing that was missing, not an act.
                let owned = self.w(verb) == "had" && self.is(verb + 1, &POSSESSION);
                let never = (verb + 1..self.len()).find(|&k| {
                    (self.at(k, "would never") || self.at(k, "wouldn't") || self.at(k, "would not"))
                        && (k + 1..(k + 5).min(self.len()))
                            .any(|m| matches!(self.base(m), "happen" | "happened"))
                });
                if let Some(k) = never.filter(|_| person && acted && !owned && !self.s.question) {
                    self.hit(hits, k, k + 1, Counterfactual, HINDSIGHT);
                }
            }
        }
    }

    /// A concessive clause opening at `i` tells what someone was told, trained or warned to
    /// do, and the clause after it what a person chose instead: the word of the choice.
    fn choice_against_instruction(&self, i: usize) -> Option<usize> {
        let opens = self.is(i, &["although", "though", "despite"])
            || self.at(i, "even though")
            || self.at(i, "in spite of");
        if !opens {
            return None;
        }
        let end = (i..self.len()).find(|&k| self.s.words[k].pause_after)?;
        // "told to", "instructed him to", "warned not to": an act asked for, not news heard
        // ("we were told the window closed at six").
        let instructed = (i..=end).any(|k| {
            self.is(
                k,
                &[
                    "instructed", "told", "trained", "warned", "required", "advised", "briefed",
                    "ordered", "directed", "taught",
                ],
            ) && (k + 1..(k + 4).min(end + 1)).any(|m| self.w(m) == "to")
        });
        if !instructed {
            return None;
        }
        (end + 1..self.len())
            .find(|&k| {
                self.is(
                    k,
                    &[
                        "chose", "decided", "opted", "elected", "proceeded", "persisted",
                    ],
                )
            })
            .filter(|&k| matches!(self.subject(k), Subject::Person))
    }

    /// After word `i` the sentence gives a reason that lies in a thing: "... because the
    /// pipeline marked it optional", "... as the runbook said".
    fn explained_by_the_work(&self, i: usize) -> bool {
        (i + 1..self.len()).any(|k| {
            let thing = self.past_determiner(k + 1);
            (self.w(k) == "because" || self.w(k) == "as" && self.s.words[k - 1].pause_after)
                && (self.classify(thing) == Subject::System
                    // "... because my phone was charging in the next room": a thing of theirs.
                    || self.is(k + 1, &["my", "his", "her", "their", "our"])
                        && self.classify(thing) == Subject::Unknown
                        && self.is(thing + 1, &["was", "were", "had", "died", "broke"]))
        })
    }

    /// After word `k` the sentence tells the slip found and put right: "..., caught it on the
    /// cross-check and corrected it", "..., noticed the pod count drop and restored it", "...,
    /// reran it and it worked". Told with its recovery, a slip is narration.
    fn recovered_after(&self, k: usize) -> bool {
        (k + 1..self.len()).any(|m| {
            (self.is(
                m,
                &[
                    "caught", "noticed", "corrected", "restored", "reverted", "undid", "realised",
                    "realized", "spotted", "reran", "re-ran", "retried", "redid", "fixed",
                ],
            ) || self.at(m, "rolled back")
                || self.at(m, "rolled it back"))
                && !self.negated_before(m, 2)
        })
    }

    /// A person's omission: "never opened", "didn't check", "failed to", "forgot", "nobody
    /// looks", "waited until".
    fn omissions(&self, hits: &mut Vec<Hit>) {
        for i in 0..self.len() {
            let word = self.w(i);
            if let Some((from, to)) = self.norm_left_undone(i) {
                self.hit(hits, from, to, Omission, UNSEEN);
                continue;
            }
            // "The contractor had taken no precautions", "made no attempt to warn them": what
            // a person did not do, told as nothing done. Not "the job took no time".
            let nothing_done = self.base(i) == "take"
                && self.w(i + 1) == "no"
                && self.is(
                    i + 2,
                    &[
                        "precautions", "precaution", "steps", "action", "measures", "notice",
                        "care",
                    ],
                )
                || self.base(i) == "make"
                    && self.w(i + 1) == "no"
                    && self.is(i + 2, &["attempt", "effort"]);
            if nothing_done && matches!(self.subject(i), Subject::Person | Subject::Me) {
                self.hit(hits, i, i + 2, Omission, UNSEEN);
                continue;
            }
            // "nobody looks", "no one had ever restored", "none of us checked".
            let nobody = match word {
                "nobody" | "noone" | "neither" => Some(i),
                // "None of us caught it".
                "none"
                    if self.w(i + 1) == "of"
                        && (self.is(i + 2, &["us", "them", "you"])
                            || self.is(i + 2, &DETERMINERS)
                                && self.classify(i + 3) == Subject::Person) =>
                {
                    Some(i)
                }
                "one" if i > 0 && self.w(i - 1) == "no" => Some(i - 1),
                // "No engineer reviewed it", "no other technician checked": a role, and none
                // of those in it. ("With no admins to renew the certs": nobody there to. "No
                // user noticed the slowdown": those served, not those responding.)
                _ if i > 0
                    && matches!(self.w(i - 1), "no" | "other")
                    && self.is_role(word)
                    && !self.is_system(i)
                    && !self.is(i, ORGANISATIONS)
                    && self.w(i + 1) != "to" =>
                {
                    if self.w(i - 1) == "no" {
                        Some(i - 1)
                    } else if i > 1 && self.w(i - 1) == "other" && self.w(i - 2) == "no" {
                        Some(i - 2)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            // "Both will take your site down if nobody acts": a warning of what follows
            // inaction, not an omission told.
            // "we all thought it was dns, that's why nobody looked at the db": the omission
            // told with the belief that made it sensible.
            let nobody = nobody.filter(|&from| {
                let warning =
                    from > 0 && self.is(from - 1, &["if", "unless", "until", "when", "whenever"]);
                let reasoned = from >= 2
                    && self.w(from - 1) == "why"
                    && self.is(from - 2, &["that's", "thats", "is", "that"]);
                // "...so nobody has to rediscover it at 3am": a purpose, ahead.
                let k = if self.w(from) == "no" { from + 1 } else { from };
                let purpose =
                    self.is(k + 1, &["has", "have", "needs", "need"]) && self.w(k + 2) == "to";
                !(warning || reasoned || purpose)
            });
            if let Some(from) = nobody {
                // "Neither the nurses nor the physician had looked at the label": two people
                // named, then what neither did.
                if word == "neither" {
                    if let Some(v) = self.neither_nor_verb(i) {
                        if OMITTED_ACTIONS.contains(&self.base(v)) {
                            self.hit(hits, from, v, Omission, UNSEEN);
                        }
                        continue;
                    }
                }
                // "Nobody was paged because the rotation was empty": no one received it, which
                // says nothing of anyone's act.
                let mut i = i;
                // "Nobody on the platform team bothered to read it": past the group named.
                if self.is(i + 1, &["on", "in", "from", "at", "of"]) {
                    let verb = (i + 2..(i + 7).min(self.len()))
                        .take_while(|&k| !self.s.words[k - 1].pause_after)
                        .find(|&k| {
                            self.base(k) != self.w(k)
                                || self.is(
                                    k,
                                    &[
                                        "had", "has", "was", "were", "is", "did", "does", "got",
                                        "gets", "would", "could",
                                    ],
                                )
                        });
                    if let Some(k) = verb {
                        i = k - 1;
                    }
                }
                let passive = self.is(i + 1, &["was", "were", "got", "gets", "is"])
                    && (self.w(i + 2).ends_with("ed")
                        || self.is(i + 2, &["told", "woken", "sent", "given", "shown"]));
                if passive {
                    continue;
                }
                if self.is(
                    i + 1,
                    &[
                        "had", "has", "have", "was", "were", "is", "did", "does", "do", "would",
                        "could",
                    ],
                ) {
                    i += 1;
                }
                // "Neither flight crewmember monitored".
                while word == "neither"
                    && i + 1 < self.len()
                    && (self.is_role(self.w(i + 1))
                        || !self.is(i + 1, &FILLERS)
                            && self.base(i + 1) == self.w(i + 1)
                            && !OMITTED_ACTIONS.contains(&self.w(i + 1)))
                    && i < from + 3
                {
                    i += 1;
                }
                if let Some(v) = self.denied_verb(i) {
                    if OMITTED_ACTIONS.contains(&self.base(v)) {
                        self.hit(hits, from, v, Omission, UNSEEN);
                    }
                }
                continue;
            }
            let negation = matches!(
                word,
                "didn't"
                    | "didnt"
                    | "never"
                    | "hadn't"
                    | "hadnt"
                    | "haven't"
                    | "havent"
                    | "hasn't"
                    | "hasnt"
                    | "wasn't"
                    | "wasnt"
                    | "weren't"
                    | "werent"
                    | "don't"
                    | "dont"
                    | "doesn't"
                    | "doesnt"
                    | "not"
            );
            // "they had no backup strategy": the same, said with "no".
            if word == "no" && i > 0 && self.is(i - 1, &["had", "have", "has"]) {
                let kept = (i + 1..(i + 4).min(self.len())).find(|&k| {
                    self.is(
                        k,
                        &[
                            "backup", "backups", "rollback", "runbook", "canary", "monitoring",
                            "alerting", "redundancy", "staging", "failover", "checklist",
                        ],
                    )
                });
                if let Some(k) = kept {
                    if matches!(self.subject(i - 1), Subject::Person | Subject::Me) {
                        self.hit(hits, i - 1, k, Omission, UNSEEN);
                    }
                }
            }
            // "we didn't have a rollback plan": a safeguard a person or team did not set up.
            if matches!(
                word,
                "didn't" | "didnt" | "hadn't" | "hadnt" | "not" | "never"
            ) && self.is(i + 1, &["have", "had", "having"])
            {
                // "did not have any kind of backup", "a second technician review": the
                // safeguard a few words on, in the same phrase ("didn't have time to run the
                // tests" is another).
                let kept = (i + 2..(i + 6).min(self.len()))
                    .take_while(|&k| {
                        !self.s.words[k - 1].pause_after
                            && !self.is(
                                k,
                                &[
                                    "to", "for", "in", "on", "at", "with", "because", "but", "and",
                                    "so",
                                ],
                            )
                    })
                    .find(|&k| {
                        self.is(
                            k,
                            &[
                                "backup", "backups", "rollback", "plan", "runbook", "canary",
                                "monitoring", "alerting", "redundancy", "staging", "review",
                                "tests", "test", "safeguard", "safeguards", "failover",
                                "checklist", "documentation", "process", "procedure",
                            ],
                        )
                    });
                // "with half the people not having a test environment": the people right
                // before the participle have it (or not).
                let theirs = word == "not"
                    && self.w(i + 1) == "having"
                    && i > 0
                    && self.classify(i - 1) == Subject::Person;
                if let Some(k) = kept {
                    if theirs
                        || matches!(self.subject(i), Subject::Person | Subject::Me)
                            && (word != "not"
                                || i > 0 && self.is(i - 1, &["did", "had", "do", "does"]))
                    {
                        self.hit(hits, i, k, Omission, UNSEEN);
                    }
                }
            }
            // "Failing to notice the mistake, the surgeon closed the incision": the subject
            // comes after the opening clause.
            if i == 0
                && self.is(i, &["failing", "neglecting", "forgetting"])
                && self.w(i + 1) == "to"
                && OMITTED_ACTIONS.contains(&self.base(i + 2))
            {
                let after = (i + 2..self.len()).find(|&k| self.s.words[k].pause_after);
                let who = after.map(|k| self.past_determiner(k + 1));
                if who.is_some_and(|k| matches!(self.classify(k), Subject::Person | Subject::Me)) {
                    self.hit(hits, i, i + 2, Omission, UNSEEN);
                    continue;
                }
            }
            // "At no point did they boot it on a machine of their own".
            if (self.at(i, "no point did") || self.at(i, "no time did"))
                && i > 0
                && self.w(i - 1) == "at"
            {
                if matches!(self.classify(i + 3), Subject::Person | Subject::Me) {
                    self.hit(hits, i - 1, i + 4, Omission, UNSEEN);
                }
                continue;
            }
            if negation {
                // "Not once did I look".
                if self.at(i, "not once did") {
                    if matches!(self.classify(i + 3), Subject::Person | Subject::Me)
                        && OMITTED_ACTIONS.contains(&self.base(i + 4))
                    {
                        self.hit(hits, i, i + 4, Omission, UNSEEN);
                    }
                    continue;
                }
                // "can never plan for", "should never be": what cannot or must not be done
                // is not something a person left undone.
                if i > 0
                    && self.is(
                        i - 1,
                        &[
                            "can", "could", "should", "must", "will", "would", "may", "might",
                            "i'll", "you'll", "we'll",
                        ],
                    )
                {
                    continue;
                }
                // "did not check": the negation is "not" after an auxiliary, or after a choice
                // ("decided not to check").
                // "It was just me not paying attention", "him not checking the logs": an act
                // left undone, told as what someone was doing.
                let doing = i > 0
                    && self.is(i - 1, &["me", "him", "her", "them", "us"])
                    && self.w(i + 1).ends_with("ing");
                // ("The platform team has still not closed the action items".)
                let aux = |k: usize| {
                    self.is(
                        k,
                        &[
                            "did", "had", "has", "have", "was", "were", "do", "does", "decided",
                            "chose", "opted", "elected",
                        ],
                    )
                };
                let after_auxiliary = i > 0
                    && (aux(i - 1)
                        || i > 1 && self.is(i - 1, &["still", "yet", "even"]) && aux(i - 2));
                let not_once = self.w(i + 1) == "once";
                if word == "not" && !(doing || after_auxiliary || not_once) {
                    continue;
                }
                let Some(mut v) = self.denied_verb(i) else {
                    continue;
                };
                if self.asks_what_there_was() {
                    continue;
                }
                // "decided not to roll back because the schema had changed": a choice told with
                // the reason it made sense, which is what the review asks for.
                let reasoned = i > 0
                    && self.is(i - 1, &["decided", "chose", "opted", "elected"])
                    && (v + 1..self.len()).any(|k| self.is(k, &["because", "since"]));
                if reasoned {
                    continue;
                }
                // "decided that they didn't need to test": a choice not to act, told as a
                // belief. Without the choice ("we don't need to restart it") it is a plan.
                let chose = matches!(self.base(v), "need")
                    && self.w(v + 1) == "to"
                    && (self.clause_start(i).saturating_sub(3)..i).any(|k| {
                        self.is(k, &["decided", "figured", "assumed", "reckoned", "felt"])
                    });
                if chose {
                    v += 2;
                }
                // "You didn't even give it a glance", "he never even looked up": "even" says the
                // act was owed, whatever it was. Not said of us, nor of an organisation
                // (customers, a vendor, the company: `ORGANISATIONS`): what we did not even know
                // is a fact of the incident, and customers who did not even notice are good
                // news.
                let owed = || {
                    self.is(i, &["didn't", "didnt", "never", "hadn't", "hadnt", "not"])
                        && (i + 1..v).any(|k| self.w(k) == "even")
                        && !(self.clause_start(i)..i).any(|k| {
                            self.is(k, &FIRST_PERSON)
                                || self.is(k, &["we", "we'd", "we've", "us"])
                                || self.is(k, ORGANISATIONS)
                        })
                };
                if !OMITTED_ACTIONS.contains(&self.base(v)) && !owed() {
                    continue;
                }
                // "I don't think I can change it", "we don't think the cache was the cause": an
                // opinion, not a thought left out ("didn't think to check", "we don't think
                // about rollback").
                let by_writer = |k: usize| self.is(k, &["i", "we"]);
                let opinion = self.w(v) == "think"
                    && (self.is(i, &["don't", "dont"]) && i > 0 && by_writer(i - 1)
                        || self.w(i) == "not"
                            && i > 1
                            && self.w(i - 1) == "do"
                            && by_writer(i - 2))
                    && !self.is(v + 1, &["to", "about", "of", "through", "ahead", "twice"]);
                // "He did not think it was necessary to call": what he believed, which the
                // tunnel asks for, not a thought left out.
                let belief = self.w(v) == "think"
                    && self.is(v + 1, &["it", "that", "there", "this"])
                    && (v + 2..(v + 4).min(self.len()))
                        .any(|k| self.is(k, &["was", "is", "would", "had", "were", "needed"]));
                if opinion || belief {
                    continue;
                }
                // "We weren't notified", "he had not been trained": what was not done to them,
                // in the passive, is no act of theirs left undone.
                let to_them = (self.is(
                    i,
                    &["wasn't", "wasnt", "weren't", "werent", "isn't", "aren't"],
                ) || i > 0
                    && self.is(i - 1, &["was", "were", "is", "are", "be", "been", "being"])
                    || (i + 1..v).any(|k| self.w(k) == "been"))
                    && (self.w(v).ends_with("ed")
                        || self.is(v, &["told", "taught", "shown", "given", "sent", "kept"]));
                if to_them {
                    continue;
                }
                // "Not once did I look".
                let subject = if word == "not" && self.w(i + 1) == "once" {
                    self.classify(i + 3)
                } else {
                    self.subject(i)
                };
                // "..., never bothering to test a restore": only people bother, so the words
                // left out are someone's, whichever clause came before.
                let bothering = (i + 1..v).any(|k| self.w(k) == "bothering");
                // "ravi never even acked": a single word before "never even" is someone named
                // in chat's lowercase (a thing "never even" does is a system's, and named).
                let named_in_chat = subject == Subject::Unknown
                    && (i + 1..v).any(|k| self.w(k) == "even")
                    && i >= 1
                    && self.clause_start(i) == i - 1
                    && !self.is(i - 1, &DETERMINERS);
                if matches!(subject, Subject::Person | Subject::Me) || bothering || named_in_chat {
                    self.hit(hits, i, v, Omission, UNSEEN);
                }
                continue;
            }
            // "froze and did nothing", "had done nothing", "does absolutely nothing about it":
            // not an inability ("could do nothing") but a charge.
            let nothing = if self.is(i + 1, &["absolutely", "literally", "basically"]) {
                i + 2
            } else {
                i + 1
            };
            if self.is(i, &["did", "done", "does"])
                && self.w(nothing) == "nothing"
                && !self.s.question
                && matches!(self.subject(i), Subject::Person | Subject::Me)
            {
                self.hit(hits, i, nothing, Omission, UNSEEN);
                continue;
            }
            // "failure to maintain airspeed", "the mechanic's failure to secure the plug": the
            // investigator's omission.
            if word == "failure" && self.w(i + 1) == "to" {
                let v = if self.is(i + 2, &["adequately", "properly", "fully"]) {
                    i + 3
                } else {
                    i + 2
                };
                if OMITTED_ACTIONS.contains(&self.base(v)) {
                    self.hit(hits, i, i + 1, Omission, UNSEEN);
                }
            }
            let base = self.base(i);
            let subject = || self.subject(i);
            match base {
                // "The owner declined to address the items", "she chose not to page": what a
                // person would not do, told as their choice.
                _ if self.is(i, &["declined", "declines", "refused", "refuses"])
                    && self.w(i + 1) == "to"
                    && OMITTED_ACTIONS.contains(&self.base(i + 2))
                    && !self.s.question =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i + 1, Omission, UNSEEN);
                    }
                }
                "choose" | "opt" | "decide"
                    if self.at(i + 1, "not to")
                        && word != base
                        && OMITTED_ACTIONS.contains(&self.base(i + 3))
                        && !self.s.question =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i + 2, Omission, UNSEEN);
                    }
                }
                // "failed to check", "failed in upholding his end".
                // Not "if a doctor fails to respond, the page escalates": a rule for any case.
                "fail"
                    if (self.w(i + 1) == "to"
                        || self.w(i + 1) == "in" && self.w(i + 2).ends_with("ing"))
                        && !(self.is(i, &["fails", "fail"])
                            && (self.clause_start(i).saturating_sub(1)..i)
                                .any(|k| self.is(k, &["if", "unless"])))
                        // "I fail to see why": the writer not understanding, a figure of speech.
                        // ("People who fail to comprehend the consequences" is a verdict.)
                        && !(self.w(i + 1) == "to"
                            && self.is(i + 2, &["see", "understand", "grasp", "comprehend"])
                            && i > 0
                            && self.is(i - 1, &["i", "we"])) =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i + 1, Omission, UNSEEN);
                    }
                }
                // Systems do not forget, neglect or ignore: only a system subject clears it.
                // "I'll never forget" and "don't forget" are not omissions.
                // Nor "forgot to mention: the replica is behind", an aside in a chat.
                "forget" | "neglect" | "overlook" | "ignore" | "omit"
                    if word != base
                        && !(self.w(i + 1) == "to"
                            && self.is(i + 2, &["mention", "say", "add", "note"])
                            && (i + 3 >= self.len()
                                || self.s.words[i + 2].pause_after
                                || self.w(i + 3) == "that"))
                        && subject() != Subject::System
                        // "earns the right to be ignored": what may be left alone.
                        && !(i > 0 && self.w(i - 1) == "be")
                        // "Failed to connect stdout to the journal socket, ignoring: ...": a log.
                        && !(word == "ignoring" && self.s.words[i].pause_after)
                        && !self.negated_before(i, 2)
                        && !self.conditional(i)
                        && !self.said_of_a_thing(i)
                        && !self.recovered_after(i) =>
                {
                    self.hit(hits, i, i, Omission, UNSEEN);
                }
                // "Ana bypassed the review": a safeguard stepped around by a person ("the
                // deploy bypassed the canary" tells of a pipeline).
                // Asked about, it is a question ("when the team bypassed staging, was that a
                // process failure?"); a "why" is read as one.
                // Not a customer or a user ("a customer bypassed the rate limiter").
                _ if self.is(i, &["bypassed", "circumvented", "sidestepped"])
                    && !self.s.question
                    && !(self.clause_start(i)..i).any(|k| self.is(k, ORGANISATIONS)) =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i, Omission, UNSEEN);
                    }
                }
                // "The on-call slept through the page".
                _ if self.is(i, &["slept", "sleeping"]) && self.w(i + 1) == "through" => {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i + 1, Omission, UNSEEN);
                    }
                }
                // "The on-call just sat there while the site burned": a wait told as doing
                // nothing.
                _ if self.is(i, &["sat", "stood", "sitting", "standing"])
                    && self.is(i + 1, &["there", "around"])
                    && i > 0
                    && self.is(i - 1, &["just", "simply", "only"]) =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i - 1, i + 1, Omission, UNSEEN);
                    }
                }
                // "The contractors just shrugged": a problem met with indifference. ("My boss
                // shrugged it off as a bad process" tells what was said of it.)
                // Only people shrug, whatever the subject reads as.
                _ if self.is(i, &["shrugged", "shrugs", "shrug"])
                    && i > 0
                    && self.is(i - 1, &["just", "simply", "only", "merely"])
                    && !matches!(subject(), Subject::System | Subject::Me) =>
                {
                    self.hit(hits, i - 1, i, Omission, UNSEEN);
                }
                // "I totally blanked on the failover procedure", "he spaced on the handover".
                _ if self.is(i, &["blanked", "spaced", "zoned"])
                    && self.is(i + 1, &["on", "out"])
                    && !self.negated_before(i, 2) =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i + 1, Omission, UNSEEN);
                    }
                }
                // "He went ahead and deployed despite the failing tests": a warning set aside,
                // told as defiance. ("The job ran despite the lock" tells of a tool.)
                "despite" | "regardless"
                    if self.is(
                        self.past_determiner(i + 1 + usize::from(self.w(i + 1) == "of")),
                        &[
                            "failing", "failed", "warning", "warnings", "alert", "alerts",
                            "objections", "objection", "advice", "instructions", "concerns", "red",
                            "being", "having", "repeated", "explicit", "clear",
                        ],
                    ) && i > 0
                        && !self.s.words[i - 1].pause_after
                        && !self.negated_before(i, 3) =>
                {
                    let acted = (self.clause_start(i)..i)
                        .any(|k| self.w(k).ends_with("ed") || self.base(k) != self.w(k));
                    // "..., because the fix was urgent": a reason given, not defiance.
                    let reason = (i + 2..self.len()).any(|k| {
                        self.is(k, &["because", "since", "as", "per"])
                            && self.s.words[k - 1].pause_after
                    });
                    if acted && !reason && self.said_of_someone_else(i) {
                        self.hit(hits, i, i + 1, Omission, UNSEEN);
                    }
                }
                // ("I skipped the canary because the pipeline marked it optional": a reason
                // in the work, told from inside.)
                "miss" | "skip"
                    if (word != "miss" || i > 0)
                        // "otherwise I might miss it": a possibility ahead, not an act; "make
                        // the banner impossible to miss": how a thing should look.
                        && !(i > 0 && self.is(i - 1, &["might", "may", "could", "will", "i'll", "would"]))
                        // "when the stage manager happens to miss a call": any time it happens.
                        && !(i > 1 && self.w(i - 1) == "to" && self.is(i - 2, &["happens", "happen"]))
                        && !(i > 1
                            && self.w(i - 1) == "to"
                            && self.is(i - 2, &["impossible", "hard", "easy", "difficult", "possible"]))
                        && !self.missed_no_act(i)
                        && !self.negated_before(i, 2)
                        && !self.explained_by_the_work(i)
                        && !self.recovered_after(i) =>
                {
                    if matches!(subject(), Subject::Person | Subject::Me) {
                        self.hit(hits, i, i, Omission, UNSEEN);
                    }
                }
                _ => {}
            }
            // "Maintenance that I had put off for way too long", "he postponed the upgrade too
            // long": a delay judged.
            let delayed = self.at(i, "put off")
                || self.is(i, &["postponed", "delayed", "deferred", "procrastinated"]);
            if delayed
                && (i + 1..(i + 8).min(self.len())).any(|k| self.at(k, "too long"))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
            {
                let to = (i + 1..self.len())
                    .find(|&k| self.at(k, "too long"))
                    .map_or(i, |k| k + 1);
                self.hit(hits, i, to, Omission, UNSEEN);
                continue;
            }
            // "reacted too late", "waited until 3am", "not quickly enough", "went silent".
            let late = self.at_any(i, &["too late", "too slowly", "too slow"])
                || (self.is(i, &["quickly", "soon", "fast", "early"]) && self.w(i + 1) == "enough")
                || (self.is(i, &["waited", "wait", "waiting"])
                    && self.is(i + 1, &["until", "till"]))
                || (self.is(i, &["gone", "went", "go", "goes"])
                    && self.is(i + 1, &["silent", "dark", "quiet"]));
            let waited = self.waited_before_acting(i);
            if (late || waited.is_some())
                && matches!(self.subject(i), Subject::Person | Subject::Me)
            {
                self.hit(hits, i, waited.unwrap_or(i + 1), Omission, UNSEEN);
            }
            // "It took them forever to even acknowledge the page": the time, said of them.
            if self.is(i, &["took", "takes", "take"])
                && self.is(i + 1, &["them", "him", "her", "you"])
                && (self.is(i + 2, &["forever", "ages"]) || self.at(i + 2, "an eternity"))
            {
                self.hit(hits, i, i + 2, Omission, UNSEEN);
            }
            // "weren't vigilant enough", "didn't coordinate carefully enough".
            let wanting = word == "enough"
                && i > 0
                && self.is(
                    i - 1,
                    &[
                        "careful", "carefully", "vigilant", "thorough", "thoroughly", "cautious",
                        "cautiously", "attentive", "diligent", "rigorous", "rigorously", "strict",
                        "alert", "closely",
                    ],
                )
                && self.negated_before(i - 1, 4);
            // "hadn't got around to fixing it".
            let put_off = self.at(i, "around to")
                && i > 0
                && self.is(i - 1, &["got", "get", "gotten", "getting"])
                && self.negated_before(i - 1, 3);
            if (wanting || put_off) && matches!(self.subject(i), Subject::Person | Subject::Me) {
                self.hit(hits, i.saturating_sub(1), i, Omission, UNSEEN);
            }
            // "It took until day 9 for executives to acknowledge it".
            if self.is(i, &["took", "takes"]) && self.is(i + 1, &["until", "till"]) {
                let by_someone = (i + 2..self.len()).any(|k| {
                    self.w(k) == "for"
                        && (k + 1..(k + 4).min(self.len()))
                            .any(|m| matches!(self.classify(m), Subject::Person))
                });
                if by_someone {
                    self.hit(hits, i, i + 1, Omission, UNSEEN);
                }
            }
            // "let the speed slip", "let it get that slow", "allowed the certificate to expire".
            if self.is(i, &["let", "lets", "letting", "allowed", "allow", "allows"]) {
                let slipped = (i + 2..(i + 7).min(self.len())).find(|&k| {
                    self.is(
                        k,
                        &[
                            "slip", "slide", "drop", "fall", "decay", "lapse", "happen", "expire",
                            "ring",
                        ],
                    ) || self.at(k, "get that")
                });
                // Not "the certificate was allowed to expire" (no one named) nor "allow
                // the job to expire old keys" (a plan).
                if let Some(k) = slipped.filter(|_| !self.is_plan()) {
                    if matches!(self.subject(i), Subject::Person | Subject::Me) {
                        self.hit(hits, i, k, Omission, UNSEEN);
                    }
                }
            }
            // "pushed it without testing", "used it with no sanity checks".
            let lacking = self.is(i, &["without"]) || self.at(i, "with no");
            if lacking {
                let k0 = if word == "with" { i + 2 } else { i + 1 };
                let checked = (k0..(k0 + 4).min(self.len())).find(|&k| {
                    // "without double-checking the target" is "without checking" it.
                    let base = self
                        .w(k)
                        .strip_prefix("double-")
                        .map_or(self.base(k), verb_base);
                    matches!(
                        self.w(k),
                        "sanity"
                            | "canary"
                            | "canarying"
                            | "safeguard"
                            | "safeguards"
                            | "approval"
                            | "backup"
                            | "backups"
                            | "rollback"
                            | "confirmation"
                            | "sign-off"
                            | "signoff"
                            | "verification"
                            | "review"
                            | "reviews"
                    ) || matches!(
                        base,
                        "test"
                            | "check"
                            | "review"
                            | "verify"
                            | "back"
                            | "look"
                            | "ask"
                            | "read"
                            | "consult"
                            | "tell"
                            | "notify"
                            | "inform"
                            | "wait"
                            | "warn"
                            | "alert"
                            | "open"
                            | "ensure"
                    ) || base == "make" && self.w(k + 1) == "sure"
                        // "merged without running the tests first", "without running
                        // terraform plan": a check run (not "without running out of disk").
                        || matches!(base, "run" | "rerun")
                            && (k + 1..(k + 4).min(self.len())).any(|m| {
                                self.names_a_check(m)
                            })
                        // "without a second approver", "without a second pair of eyes".
                        || self.w(k) == "second"
                            && self.is(
                                k + 1,
                                &[
                                    "approver", "approval", "reviewer", "review", "pair", "person",
                                    "look", "opinion", "signature", "sign-off", "check",
                                ],
                            )
                        || base == "let"
                            && (k + 1..(k + 4).min(self.len())).any(|m| self.w(m) == "know")
                        || base == "follow"
                            && (k + 1..(k + 5).min(self.len())).any(|m| {
                                self.is(
                                    m,
                                    &[
                                        "process", "procedure", "procedures", "runbook",
                                        "checklist", "policy", "protocol", "steps", "instructions",
                                        "guidelines",
                                    ],
                                )
                            })
                });
                // The finding runs to the check named: "without running the tests", "without a
                // second approver".
                let checked = checked.map(|k| {
                    if matches!(self.base(k), "run" | "rerun") {
                        (k + 1..(k + 4).min(self.len()))
                            .find(|&m| self.names_a_check(m))
                            .unwrap_or(k)
                    } else if self.w(k) == "second" {
                        k + 1
                    } else {
                        k
                    }
                });
                // "The change was implemented without following the process": a person's act,
                // told in the passive.
                let passive_act = i >= 2
                    && self.is(i - 2, &["was", "were"])
                    && matches!(
                        self.base(i - 1),
                        "implement"
                            | "deploy"
                            | "push"
                            | "merge"
                            | "release"
                            | "apply"
                            | "make"
                            | "run"
                            | "ship"
                            | "approve"
                            | "change"
                            | "do"
                    )
                    && self.base(i - 1) != self.w(i - 1);
                // "The deploy went out without anyone reviewing it": the person named after
                // "without" (not "without anyone noticing a difference").
                let named = word == "without"
                    && self.is(i + 1, &["anyone", "anybody", "someone", "somebody"])
                    // "The change was pushed to production by its author without...".
                    || (self.clause_start(i)..i).any(|k| {
                        self.w(k) == "by"
                            && (k + 1..(k + 4).min(i)).any(|m| self.classify(m) == Subject::Person)
                    });
                // "Operations changed the network without telling anyone": only people tell or
                // ask, so whoever did it is people, however the team is named.
                let told = checked.is_some_and(|k| {
                    matches!(
                        self.base(k),
                        "tell" | "ask" | "inform" | "notify" | "warn" | "consult"
                    ) && self.is(k + 1, &["anyone", "anybody", "us"])
                });
                if let Some(k) = checked {
                    if (named
                        || passive_act
                        || told
                        || matches!(self.clause_subject(i), Subject::Person | Subject::Me))
                        && !self.is_plan()
                    {
                        self.hit(hits, i, k, Omission, UNSEEN);
                    }
                }
            }
        }
    }

    /// A condition on what someone cannot do, then a verdict on them: "if you can't read a
    /// graph you shouldn't be on the rotation", "if you cannot let your new hires work on
    /// production code, find better new hires", "if they can't keep the power on now, how
    /// will they ever...?". What keeps someone from an act ("if you can't reach the IC") is a
    /// circumstance, and what follows an open condition is an instruction ("..., page the
    /// secondary"): neither is read.
    fn unfit_if(&self, hits: &mut Vec<Hit>) {
        for i in 0..self.len() {
            if self.w(i) != "if" {
                continue;
            }
            let Some(who) = (i + 1..(i + 5).min(self.len()))
                .take_while(|&k| !self.s.words[k - 1].pause_after)
                .find(|&k| self.classify(k) == Subject::Person)
            else {
                continue;
            };
            // ("If your ops team can't...": the whole name.)
            let who = (who..(who + 3).min(self.len()))
                .take_while(|&k| {
                    self.classify(k) == Subject::Person && !self.s.words[k].pause_after
                })
                .last()
                .unwrap_or(who);
            // Said of ourselves, it is a doubt, not a verdict on others.
            if self.is(who, WE) {
                continue;
            }
            let verb = if self.is(
                who + 1,
                &[
                    "can't", "cant", "cannot", "couldn't", "don't", "dont", "doesn't",
                ],
            ) {
                who + 2
            } else if self.at(who + 1, "can not")
                || self.at(who + 1, "do not")
                || self.at(who + 1, "does not")
            {
                who + 3
            } else {
                continue;
            };
            // Kept from the act, not unable: "if you can't reach the IC", "can't get in".
            if matches!(
                self.base(verb),
                "reach"
                    | "access"
                    | "contact"
                    | "connect"
                    | "log"
                    | "hear"
                    | "see"
                    | "find"
                    | "get"
                    | "make"
                    | "be"
                    | "have"
                    | "wait"
                    | "attend"
                    | "join"
            ) {
                continue;
            }
            let rest = verb + 1..self.len();
            let unfit = rest.clone().any(|k| {
                // "...you should not be working in IT", "he shouldn't be on the rotation".
                (self.at(k, "should not be") && self.is(k + 3, &["working", "employed", "allowed", "anywhere", "near", "on", "in"]))
                    || self.is(k, &["shouldn't", "shouldnt"])
                        && self.w(k + 1) == "be"
                        && self.is(k + 2, &["working", "employed", "allowed", "anywhere", "near", "on", "in"])
                    // "..., find better new hires".
                    || self.w(k) == "find"
                        && self.is(k + 1, &["better", "new", "another", "someone", "somebody", "other"])
            }) || self.s.question
                && rest.clone().any(|k| self.is(k, &["really", "ever", "even"]));
            if unfit && !self.negated_before(i, 3) {
                self.hit(hits, i, verb, Verdict, UNFIT);
            }
        }
    }

    /// "Some" before one person of the staff, who then did the harm: "some exec decided it
    /// was too expensive", "some employee ... entered the wrong command", "some genius had
    /// wrapped it in a log call". The one who acted is left nameless and waved off, and the
    /// act is put on them. Not the people who tell of it ("some user reported it"), not what
    /// they did that harmed nothing ("some engineer joined the call"), nor a question asked.
    fn some_one_did_it(&self, hits: &mut Vec<Hit>) {
        const STAFF: &[&str] = &[
            "exec", "executive", "manager", "director", "vp", "admin", "sysadmin", "engineer",
            "developer", "dev", "programmer", "coder", "intern", "employee", "contractor", "tech",
            "technician", "operator", "junior", "genius", "guy", "dude", "bozo", "clown", "muppet",
            "cowboy", "numpty",
        ];
        const ACTS: &[&str] = &[
            "decided", "decides", "thought", "thinks", "figured", "entered", "typed", "deleted",
            "pushed", "changed", "ran", "unplugged", "broke", "removed", "dropped", "wiped",
            "killed", "misconfigured", "wrapped", "installed", "disabled", "turned", "cut", "had",
        ];
        if self.s.question {
            return;
        }
        for i in 0..self.len() {
            if self.w(i) != "some" || !self.is(i + 1, STAFF) || self.s.words[i + 1].quoted {
                continue;
            }
            let acted = (i + 2..(i + 22).min(self.len())).find(|&k| self.is(k, ACTS));
            if acted.is_some() && !self.negated_before(i, 3) {
                self.hit(hits, i, i + 1, Verdict, CAUSE);
            }
        }
    }

    /// Praise said, in irony, of the one who did the harm: "he helpfully wiped the staging
    /// database", "one of these hardworking individuals unplugged a server", "thanks to the
    /// fine folks at Exxon". An adverb of kindness right before an act that destroys, or a word
    /// of praise for people with such an act after it, or after "thanks to" in a sentence that
    /// tells no repair. Not praise for work that helped ("kindly disabled the noisy alert for
    /// us", "thanks to the fine folks at the NOC for staying on"), praise denied, or a
    /// question.
    fn ironic_praise(&self, hits: &mut Vec<Hit>) {
        const KINDLY: &[&str] = &["helpfully", "thoughtfully", "kindly", "graciously"];
        const FINE: &[&str] = &[
            "fine", "hardworking", "hard-working", "brilliant", "talented", "bright", "wonderful",
            "lovely", "esteemed", "finest", "clever",
        ];
        const FOLKS: &[&str] = &[
            "folks", "individuals", "people", "souls", "minds", "gentlemen", "chaps", "fellows",
        ];
        if self.s.question {
            return;
        }
        // An act that destroys: "wiped", "unplugged", "turned off", "pulled the plug".
        let destroys = |k: usize| {
            self.is(
                k,
                &[
                    "deleted", "wiped", "dropped", "unplugged", "killed", "disabled", "overwrote",
                    "truncated", "purged", "erased", "broke", "nuked", "trashed", "deletes",
                    "wipes", "unplugs", "kills", "disables", "breaks", "nukes",
                ],
            ) || self.is(
                k,
                &["turned", "switched", "shut", "turns", "switches", "shuts"],
            ) && self.is(k + 1, &["off", "down"])
                || self.is(k, &["pulled", "pulls"]) && self.at(k + 1, "the plug")
        };
        // Where the act ends: "turned off", "pulled the plug".
        let act_end = |k: usize| {
            if self.is(k, &["pulled", "pulls"]) {
                k + 2
            } else if self.is(k + 1, &["off", "down"]) {
                k + 1
            } else {
                k
            }
        };
        // "Thanks to the fine folks at the NOC for staying on", "kindly disabled it for us":
        // gratitude for what helped.
        let grateful = |i: usize| {
            (0..self.len()).any(|k| {
                k > i && self.w(k) == "for"
                    || self.is(
                        k,
                        &[
                            "back", "again", "help", "helped", "recovered", "restored", "fixed",
                            "saved", "quickly", "quick", "resolved",
                        ],
                    )
            })
        };
        for i in 0..self.len() {
            let word = self.w(i);
            let found = if KINDLY.contains(&word) {
                // "helpfully wiped", "kindly went and deleted": the act right after.
                let k = i + 1 + usize::from(self.at(i + 1, "went and"));
                let k = k + usize::from(self.w(k) == "and");
                (destroys(k)
                    && matches!(self.subject(i), Subject::Person | Subject::Me)
                    && !grateful(i))
                .then(|| act_end(k))
            } else if FINE.contains(&word) && self.is(i + 1, FOLKS) && i > 0 {
                let thanks = i >= 3 && self.at(i - 3, "thanks to") && self.w(i - 1) == "the";
                let pointed = self.is(i - 1, &["these", "those", "the", "our", "your", "their"]);
                let act = (i + 2..(i + 12).min(self.len())).find(|&k| destroys(k));
                if thanks && !grateful(i) {
                    Some(i + 1)
                } else if pointed {
                    act.map(act_end)
                } else {
                    None
                }
            } else {
                None
            };
            if let Some(to) = found {
                if !self.negated_before(i, 3) {
                    self.hit(hits, i, to, Verdict, IRONY);
                }
            }
        }
    }

    /// An act told as a fault owned up to: "he admitted it was almost a year between testing
    /// tapes", "the nurses admitted to giving him the pill", "she confessed that she had not
    /// checked". Said of a person, "admitted" frames what follows as their fault. Not one
    /// admitted to a hospital or a building ("was admitted", "admitted to the ward"), nor a
    /// thing or a company that "admits" something ("the design admits two readings").
    fn admitted(&self, hits: &mut Vec<Hit>) {
        if self.s.question {
            return;
        }
        for i in 1..self.len() {
            if !self.is(i, &["admitted", "admits", "confessed", "confesses"]) {
                continue;
            }
            // "was admitted", "had been admitted to the ICU": one taken in.
            if self.is(
                i - 1,
                &[
                    "was", "were", "been", "be", "is", "are", "being", "get", "got", "gets",
                ],
            ) {
                continue;
            }
            // "admitted to giving him the pill"; not "admitted to the ward", "admitted into".
            let next = self.w(i + 1);
            let to_act = next == "to" && self.w(i + 2).ends_with("ing");
            let said =
                !matches!(next, "to" | "into" | "in" | "at" | "") && !self.s.words[i].pause_after;
            if (to_act || said)
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i, Verdict, OWNED_UP);
            }
        }
    }

    /// Effort not made: "didn't bother to check it was working", "never bothered testing
    /// it". Only people bother, so the one who did not is a person, named or left out as chat
    /// leaves its subjects out ("But sadly didn't bother to actually check"). Not advice ("don't
    /// bother restarting it, it heals itself"), a thing named as the subject, or what bothered
    /// someone ("it didn't bother me").
    fn not_bothered(&self, hits: &mut Vec<Hit>) {
        for i in 1..self.len() {
            if !self.is(i, &["bother", "bothered"]) {
                continue;
            }
            let k = if self.is(i - 1, &["even", "really", "actually", "ever"]) && i >= 2 {
                i - 2
            } else {
                i - 1
            };
            if !self.is(
                k,
                &[
                    "didn't", "didnt", "never", "not", "don't", "dont", "doesn't", "doesnt",
                    "won't", "wouldn't", "couldn't",
                ],
            ) {
                continue;
            }
            // The negation opening its clause as advice: "don't bother", "do not bother".
            let start = self.clause_start(k);
            let opening = k == start || k == start + 1 && self.w(start) == "do";
            if opening && self.is(k, &["don't", "dont", "not"]) {
                continue;
            }
            let acts = self.w(i + 1) == "to" && !self.is(i + 2, &["me", "us", "him", "her"])
                || self.w(i + 1).len() > 4 && self.w(i + 1).ends_with("ing");
            // Chat's subject left out: only adverbs and joining words before the negation.
            let left_out = (start..k).all(|m| {
                self.is(m, &FILLERS)
                    || self.is(m, &["but", "and", "sadly", "then", "so", "of", "course"])
            });
            let who = self.subject(k);
            if acts
                && (matches!(who, Subject::Person | Subject::Me)
                    || who == Subject::Unknown && left_out)
            {
                self.hit(hits, k, i, Omission, UNSEEN);
            }
        }
    }

    /// Word `m` names a check that is run: "the tests", "the linter", "CI", "terraform plan",
    /// or a script or target named for one, in parts ("run_tests.sh", "unit-tests") or in
    /// camel case ("BuildAndTest.cmd", "npmTest"). A word that only holds the letters is not
    /// one: "the latest build", "the checkout step", "the splint".
    fn names_a_check(&self, m: usize) -> bool {
        const CHECKS: &[&str] = &[
            "test", "tests", "testing", "testsuite", "unittest", "unittests", "pytest", "e2e",
            "check", "checks", "checker", "checkers", "checklist", "checklists", "lint", "linter",
            "linters", "linting", "ci", "suite", "plan", "diff", "dry-run", "preflight",
            "validation", "validations", "validator",
        ];
        let word = self.w(m);
        let camel = self.s.words.get(m).is_some_and(|w| w.camel);
        CHECKS.contains(&word)
            || word.contains(['.', '_', '-'])
                && word
                    .split(['.', '_', '-'])
                    .any(|part| CHECKS.contains(&part))
            || camel
                && ["test", "tests", "check", "checks", "lint"]
                    .iter()
                    .any(|c| {
                        word.starts_with(c)
                            || word.split('.').next().is_some_and(|w| w.ends_with(c))
                    })
    }

    /// Questions that look for a culprit: "why did you", "why didn't we", "who was
    /// responsible", "how could they", "isn't there a second check?".
    fn questions(&self, hits: &mut Vec<Hit>) {
        for i in 0..self.len() {
            let word = self.w(i);
            // "Who hired this guy?", "who put him in charge?": the one behind the person
            // asked for. Not "who hired the contractors for the migration?" (no pointer).
            if word == "who"
                && self.s.question
                && self.is(i + 1, &["hired", "trained", "promoted", "employed"])
                && self.is(
                    i + 2,
                    &["this", "that", "these", "those", "him", "her", "them"],
                )
                && (i + 2..(i + 4).min(self.len()))
                    .any(|k| self.is(k, &["him", "her", "them"]) || self.is_role(self.w(k)))
            {
                self.hit(hits, i, i + 1, WhyQuestion, WHO);
                continue;
            }
            // "How is it possible to be on the flight deck and not know about the button?",
            // "how is it possible that nobody noticed?": disbelief at what was not done.
            if self.at(i, "how is it possible")
                && self.s.question
                && (i + 4..self.len()).any(|k| {
                    self.is(k, &["not", "never", "nobody", "noone", "didn't", "wasn't"])
                        || self.at(k, "no one")
                })
            {
                self.hit(hits, i, i + 3, WhyQuestion, DISBELIEF);
                continue;
            }
            // "We'll figure out why we didn't detect it": a why inside a plan or a report asks
            // nobody. (A "why" the sentence puts to someone opens it or ends in "?".)
            let embedded = || {
                i > 0
                    && !self.s.question
                    && (i.saturating_sub(3)..i).any(|k| {
                        matches!(
                            self.base(k),
                            "figure"
                                | "understand"
                                | "learn"
                                | "find"
                                | "know"
                                | "explain"
                                | "investigate"
                                | "determine"
                                | "see"
                                | "study"
                                | "analyse"
                                | "analyze"
                                | "explore"
                                | "review"
                        ) || self.is(
                            k,
                            &[
                                "understanding", "explanation", "sense", "picture", "understood",
                                "found", "figured", "explained", "learned", "saw", "seen",
                                "determined", "investigated", "studied", "explored", "reviewed",
                                "understands", "explains", "shows", "showed", "shown",
                            ],
                        )
                    })
            };
            // "That's why the on-call didn't get paged": a reason given, not asked for.
            let given = || {
                i > 0
                    && !self.s.question
                    && (self.is(i - 1, &["that's", "thats", "is", "was", "which", "it's"])
                    // "which is partly why I assumed...", "it's exactly why I wanted..."
                    || i > 1
                        && self.is(i - 1, &["partly", "exactly", "precisely", "largely", "mostly", "probably", "also", "just"])
                        && self.is(i - 2, &["that's", "thats", "is", "was", "it's"]))
                    && !(i.saturating_sub(4)..i).any(|k| self.is(k, &["question", "ask", "wonder"]))
            };
            // "Why we rolled back": a heading, the reason to be told, with nobody charged.
            let heading = || {
                i == 0
                    && !self.s.question
                    && matches!(self.classify(1), Subject::Person | Subject::Me)
                    && !self.is(2, &NEGATIONS)
                    && !self.w(2).ends_with("n't")
            };
            if word == "why" && !embedded() && !given() && !heading() {
                // Whose action is asked about: the first subject after "why" in its clause.
                let mut j = i + 1;
                let mut found = None;
                let mut participle = false;
                while j < self.len() && j <= i + 6 {
                    let w = self.w(j);
                    // "Why is my build failing?": what is owned is asked about, not its owner;
                    // "why did my colleague...": the person owned is.
                    if self.is(j, &["my", "our", "your", "their", "his"]) {
                        if matches!(self.classify(j + 1), Subject::Person) {
                            found = Some(j + 1);
                        }
                        break;
                    }
                    match self.classify(j) {
                        Subject::Person | Subject::Me => {
                            found = Some(j);
                            break;
                        }
                        Subject::System if !FILLERS.contains(&w) => {
                            // "why was a kernel update pushed to every host at once": a
                            // person's act in the passive.
                            participle = (j + 1..(j + 6).min(self.len())).any(|k| {
                                let base = self.base(k);
                                self.w(k).ends_with("ed")
                                    && (MINIMISED_ACTIONS.contains(&base)
                                        || OMITTED_ACTIONS.contains(&base))
                                    && base != "use"
                            }) && self.is(i + 1, &["was", "were", "is", "are"]);
                            break;
                        }
                        _ => {}
                    }
                    if self.s.words[j].pause_after {
                        break;
                    }
                    j += 1;
                }
                // "Why was the loading door left open overnight?", "why was the walk-in left
                // open all night": left so by someone, whatever was left.
                if found.is_none() && self.is(i + 1, &["was", "were", "is", "are"]) {
                    participle |= (i + 2..(i + 7).min(self.len()))
                        .any(|k| self.w(k) == "left" && self.w(k + 1) != "to");
                }
                // "why push out a buggy update?": a choice questioned, with no one named.
                let bare = self.s.question
                    && i + 1 < self.len()
                    && self.base(i + 1) == self.w(i + 1)
                    && (MINIMISED_ACTIONS.contains(&self.w(i + 1))
                        || OMITTED_ACTIONS.contains(&self.w(i + 1)));
                // "the question is why staging wasn't a design choice": a why-not, asked in a
                // statement.
                let asked = (i.saturating_sub(4)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "question", "ask", "asks", "asked", "asking", "wonder", "wonders",
                            "wondering", "wondered",
                        ],
                    )
                });
                let why_not = !self.s.question
                    && asked
                    && (i + 1..(i + 5).min(self.len())).any(|k| {
                        self.is(
                            k,
                            &["wasn't", "weren't", "didn't", "hadn't", "wasnt", "didnt"],
                        )
                    });
                // "Why wasn't the update tested?", "why wasn't the flag turned off?": a
                // person's act not done, in the passive (an operation's particle tells it too).
                let not_done = self.s.question
                    && self.is(
                        i + 1,
                        &["wasn't", "weren't", "wasnt", "werent", "isn't", "aren't"],
                    )
                    && (i + 2..(i + 7).min(self.len())).any(|k| {
                        self.w(k).ends_with("ed")
                            && (OMITTED_ACTIONS.contains(&self.base(k))
                                || matches!(
                                    self.base(k),
                                    "turn"
                                        | "switch"
                                        | "roll"
                                        | "fail"
                                        | "scale"
                                        | "shut"
                                        | "power"
                                ) && self.is(k + 1, &["off", "back", "over", "down"]))
                    })
                    || self.left_undone(i);
                // "Why did it take the web team 40 min to notice?": the time a person took.
                // (Also "how come he was at 40 mph?", "what was the excuse for the conductor
                // not responding?", below.)
                let took_them = self.s.question
                    && self.at(i + 1, "did it take")
                    && (i + 4..(i + 7).min(self.len()))
                        .any(|k| matches!(self.classify(k), Subject::Person | Subject::Me));
                // "why is kenji allowed to push to main without review": a permission
                // questioned, of someone. Not "why is the cron job allowed to run at 3 am?".
                let allowed = self.is(i + 1, &["is", "are", "was", "were"])
                    && self.classify(self.past_determiner(i + 2)) != Subject::System
                    && (i + 3..(i + 6).min(self.len()))
                        .any(|k| self.is(k, &["allowed", "permitted"]) && self.w(k + 1) == "to");
                if self.at(i + 1, "not")
                    || self.at(i + 1, "on earth")
                    || took_them
                    || allowed
                    || bare
                    || why_not
                    || not_done
                {
                    self.hit(hits, i, i + 1, WhyQuestion, WHY_YOU);
                } else if let Some(j) = found {
                    // An action of theirs follows: not "why are you here".
                    let acted = (j + 1..(j + 5).min(self.len())).any(|k| {
                        let w = self.w(k);
                        !FILLERS.contains(&w) && !matches!(w, "here" | "there" | "sure" | "so")
                    });
                    // "If not, why didn't he?": the act left unsaid.
                    let elliptical = self.s.question
                        && j + 1 == self.len()
                        && (i + 1..j).any(|k| {
                            self.is(k, &["didn't", "didnt", "hadn't", "hasn't", "wasn't"])
                        });
                    // "Why might someone underreport a problem?", "why may leadership resist
                    // open reviews?": reasons wondered about, hedged, as the method asks them;
                    // not a person put on trial for what they did.
                    let wondered = self.is(i + 1, &["might", "may"]);
                    if (acted || elliptical) && !wondered {
                        self.hit(hits, i, j, WhyQuestion, WHY_YOU);
                    }
                } else if participle {
                    self.hit(hits, i, i + 1, WhyQuestion, WHY_YOU);
                }
            }
            // "how come he was at 40 mph and accelerating?", "what was the excuse for the
            // conductor not responding to the signals".
            let how_come = self.at(i, "how come")
                && self.s.question
                && (i + 2..(i + 5).min(self.len()))
                    .any(|k| matches!(self.classify(k), Subject::Person | Subject::Me));
            let excuse = self.at(i, "the excuse for")
                && (i.saturating_sub(3)..i).any(|k| self.w(k) == "what")
                && (i + 3..(i + 6).min(self.len()))
                    .any(|k| matches!(self.classify(k), Subject::Person));
            if how_come || excuse {
                self.hit(hits, i, i + 1 + usize::from(excuse), WhyQuestion, WHY_YOU);
                continue;
            }
            // "how the hell", "what on earth", "who on earth would": exasperation, not
            // curiosity.
            if self.is(i, &["how", "what", "who", "why", "where"])
                && (self.at(i + 1, "the hell")
                    || self.at(i + 1, "in the hell")
                    || self.at(i + 1, "the heck")
                    || self.at(i + 1, "the fuck")
                    || self.at(i + 1, "on earth")
                    || self.at(i + 1, "in god's name"))
                && word != "why"
            {
                let to = if self.w(i + 1) == "in" && self.w(i + 2) == "the" {
                    i + 3
                } else {
                    i + 2
                };
                self.hit(hits, i, to, WhyQuestion, WHY_YOU);
            }
            // "Who was responsible", "who is to blame", "whose fault", "who did this".
            if word == "who" || word == "whose" {
                let rest = (i + 1..(i + 4).min(self.len())).map(|k| self.w(k));
                // "Who ok'd merging this on a Friday?", "find out who decided to mute the
                // alert", "the review must establish who authorised the change": the one
                // behind a decision, looked for. Not "who okayed the fix?", nor "who was
                // paged?".
                let decided = self.is(
                    i + 1 + usize::from(self.w(i + 1) == "exactly"),
                    &[
                        "ok'd", "okayed", "okd", "authorised", "authorized", "decided", "cleared",
                        "muted", "silenced", "disabled", "skipped", "ignored", "signed",
                        "sanctioned", "greenlit", "green-lit",
                    ],
                ) || self.at(i + 1, "thought it was")
                    || self.at_any(
                        i + 1,
                        &["was supposed to", "exactly was supposed to", "was meant to"],
                    );
                let helped = (i + 2..(i + 6).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "fix", "rollback", "revert", "hotfix", "mitigation", "restore",
                            "recovery",
                        ],
                    )
                });
                let asked_after = self.s.question
                    || i > 0
                        && (i.saturating_sub(3)..i).any(|k| {
                            self.is(k, &["establish", "determine", "identify", "know", "out"])
                        });
                let culprit = rest
                    .clone()
                    .any(|w| {
                        matches!(
                            w,
                            "responsible" | "guilty" | "fault" | "blame" | "culprit" | "accountable"
                        )
                    })
                    || decided && !helped && asked_after
                    || self.is(
                        i + 1,
                        &[
                            "broke", "caused", "did", "pushed", "deployed", "approved", "let",
                        ],
                    ) && self.s.question
                    // "Who signed off on this?", "who merged that?": the one who let it through,
                    // pointed at. ("Who merged the fix?" asks who helped.)
                    || self.s.question && {
                        let object = if self.at(i + 1, "signed off on") {
                            i + 4
                        } else if self.is(
                            i + 1,
                            &[
                                "merged", "okayed", "greenlit", "green-lit", "rubber-stamped",
                                "allowed", "wrote", "reviewed", "shipped", "ok'd",
                            ],
                        ) {
                            i + 2
                        } else {
                            self.len()
                        };
                        self.is(object, &["this", "that"])
                            && (object + 1 >= self.len()
                                || object + 2 >= self.len()
                                    && self.is(
                                        object + 1,
                                        &["change", "pr", "commit", "mess", "code", "config"],
                                    ))
                    };
                let ever = self.is(i + 1, &["would", "could"]) && self.w(i + 2) == "ever";
                // "Trying to figure out who to blame is pointless": the search as the topic.
                let searched = self.at(i + 1, "to") && embedded()
                    // "not looking for whose fault it was": the search as the topic.
                    || !self.s.question
                        && i > 0
                        && self.is(i - 1, &["for", "about", "into", "over"]);
                if !searched && (ever || culprit && !self.is(i + 1, &["would", "could", "might"])) {
                    self.hit(hits, i, i + 1, WhyQuestion, WHO);
                }
            }
            if self.s.question && word == "where" && self.is(i + 1, &["was", "were"]) {
                if let Some(j) = self.next_content(i + 1) {
                    if self.classify(j) == Subject::Person || self.is_role(self.w(j)) {
                        self.hit(hits, i, j, WhyQuestion, WHO);
                    }
                }
            }
            if word == "how" && self.is(i + 1, &["could", "can", "did", "do", "does"]) {
                // "How could the on-call not see it?": the subject after its determiner.
                let at = self.past_determiner(i + 2);
                let who = self.classify(at);
                let charge = self.is(
                    at + 1,
                    &[
                        "not", "miss", "let", "allow", "forget", "ignore", "possibly", "be", "have",
                    ],
                ) || self.w(at + 1).ends_with("n't")
                    // "How did nobody on payments notice the error rate?"
                    || self.is(at, &["nobody", "noone"]);
                if matches!(who, Subject::Person) && charge {
                    self.hit(hits, i, at, WhyQuestion, WHY_YOU);
                }
            }
            // "How could you?", "How could they?": disbelief, with nothing asked.
            if word == "how"
                && self.is(i + 1, &["could", "can"])
                && self.is(
                    i + 2,
                    &["you", "they", "he", "she", "anyone", "anybody", "someone"],
                )
                && (i + 3 >= self.len() || self.s.words[i + 2].pause_after)
            {
                self.hit(hits, i, i + 2, WhyQuestion, WHY_YOU);
            }
            // "Is anyone actually reviewing the code before the merges?": doubt, asked.
            if self.s.question
                && self.is(i, &["is", "are", "was", "does", "did", "do"])
                && self.is(i + 1, &["anyone", "anybody"])
                && self.is(i + 2, &["actually", "even", "really"])
                || self.s.question
                    && self.is(i, &["is", "was"])
                    && self.is(i + 1, &["actually", "even", "really"])
                    && self.is(i + 2, &["anyone", "anybody"])
            {
                self.hit(hits, i, i + 2, WhyQuestion, WHY_YOU);
            }
            // "Is there a reason to add a breaking change in a patch release instead of a
            // major one?": a why asked politely, with the better path named.
            if self.s.question
                && self.at(i, "is there")
                && self.is(i + 2, &["a", "any"])
                && self.w(i + 3) == "reason"
                && (i + 4..self.len())
                    .any(|k| self.at(k, "instead of") || self.at(k, "rather than"))
            {
                self.hit(hits, i, i + 3, WhyQuestion, WHY_YOU);
            }
            // "Did nobody on your team run the tests?", "has no one read the runbook?": asked
            // so that the answer is a charge.
            if self.s.question
                && i == 0
                && self.is(i, &["did", "does", "has", "had", "do", "have"])
                && self.nobody_acts_at(i + 1)
            {
                self.hit(hits, i, i + 1, WhyQuestion, WHO);
            }
            // "How do you release something this broken?": disbelief at the work.
            if self.s.question
                && word == "how"
                && self.is(i + 1, &["do", "did", "could", "can", "does"])
                && self.is(i + 2, &["you", "they", "he", "she", "people", "anyone"])
                && (i + 3..(i + 9).min(self.len())).any(|k| {
                    self.is(k, &["this", "so", "that"])
                        && self.is(
                            k + 1,
                            &[
                                "broken", "bad", "buggy", "sloppy", "careless", "badly", "obvious",
                            ],
                        )
                })
            {
                self.hit(hits, i, i + 2, WhyQuestion, WHY_YOU);
            }
            // "How was this even possible?", "how could this possibly have gotten through?",
            // "how did that ever get merged?": disbelief that the work passed the people
            // meant to stop it. (Not "how did it even start?", a thing's working asked about.)
            if self.s.question
                && word == "how"
                && self.is(
                    i + 1,
                    &["was", "did", "could", "can", "is", "does", "would", "has"],
                )
                && self.is(i + 2, &["this", "that", "it"])
                && self.is(i + 3, &["even", "possibly", "ever"])
                && (i + 4..(i + 7).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "possible", "allowed", "merged", "approved", "shipped", "released",
                            "through", "past", "unnoticed", "overlooked",
                        ],
                    ) || self.is(k, &["pass", "passed"]) && self.is(k + 1, &["review", "qa"])
                })
            {
                self.hit(hits, i, i + 3, WhyQuestion, DISBELIEF);
            }
            // "I don't know how that sort of oversight could happen at a bank", "how can a
            // blunder like this happen twice?": disbelief that people's slip was possible,
            // asked or said. Not how to keep it from happening ("how we make sure such a
            // mistake can't happen again"), nor the likelihood of it.
            if word == "how" {
                let slip = (i + 1..(i + 6).min(self.len())).find(|&k| {
                    self.is(
                        k,
                        &[
                            "oversight", "blunder", "screwup", "screw-up", "fuckup", "fuck-up",
                            "cock-up", "lapse", "mistake", "mistakes", "oversights", "blunders",
                        ],
                    )
                });
                if let Some(k) = slip {
                    let happens = (k + 1..(k + 6).min(self.len())).find(|&m| {
                        self.is(m, &["happen", "occur"])
                            && (self.is(
                                m - 1 - usize::from(self.is(m - 1, &["ever", "possibly", "even"])),
                                &["could", "can", "would"],
                            ) || self.is(i + 1, &["could", "can", "would"]))
                    });
                    let prevented = (i..self.len()).any(|m| {
                        self.is(
                            m,
                            &[
                                "again", "not", "never", "can't", "cannot", "couldn't", "prevent",
                                "avoid", "likely", "often", "we", "our",
                            ],
                        )
                    });
                    if let Some(m) = happens.filter(|_| !prevented) {
                        self.hit(hits, i, m, WhyQuestion, DISBELIEF);
                    }
                }
            }
            // "Did you even test it?", "Do they even read the alerts?": the act doubted.
            if self.s.question
                && self.is(
                    i,
                    &[
                        "did", "do", "does", "have", "has", "were", "was", "are", "is",
                    ],
                )
                && self.is(
                    i + 1,
                    &[
                        "you", "they", "he", "she", "anyone", "anybody", "somebody", "someone",
                    ],
                )
                && self.w(i + 2) == "even"
            {
                self.hit(hits, i, i + 2, WhyQuestion, WHY_YOU);
            }
            // "How did this go unnoticed?", "Why was it never tested?": the retroactive "why
            // didn't we", asked of what nobody did. Not "how do we make sure it is not missed
            // again?" (a plan), nor a question about what was missed (an open "what").
            if self.s.question
                && i == 0
                && self.is(i, &["how", "why"])
                && self.is(
                    i + 1,
                    &["did", "was", "were", "has", "have", "had", "does", "could"],
                )
                && !self.is(i + 2, &["we", "you", "i"])
            {
                // In the present, how a thing works ("how does the proxy get the header
                // ignored?") unless it asks how it goes unnoticed.
                let present = self.w(i + 1) == "does";
                let missed = (i + 3..self.len()).find(|&k| {
                    self.is(
                        k,
                        &[
                            "unnoticed", "undetected", "unchecked", "untested", "unreviewed",
                            "unaddressed", "unmonitored", "overlooked", "ignored",
                        ],
                    )
                    // Said of the thing ("went unnoticed for weeks"), not a noun's adjective
                    // ("how did the probe find the unchecked queue?").
                    && (k + 1 >= self.len()
                        || self.s.words[k].pause_after
                        || self.is(k + 1, &PREPOSITIONS)
                        || self.is(k + 1, &["so", "that", "again", "when", "while", "until"]))
                        && (!present || self.w(k - 1) == "go")
                });
                if let Some(k) = missed {
                    self.hit(hits, i, k, WhyQuestion, WHY_YOU);
                }
            }
            // "Why did it take 8 hours for someone to think of a rollback?": the time a person
            // took, asked from after the outcome. Not "for the replica to catch up".
            if word == "why"
                && (self.at(i + 1, "did it take") || self.at(i + 1, "does it take"))
                && !self.negated_before(i, 2)
            {
                let waited_on = (i + 4..(i + 9).min(self.len()))
                    .find(|&k| self.w(k) == "for")
                    .is_some_and(|k| {
                        let who = self.past_determiner(k + 1);
                        matches!(self.classify(who), Subject::Person | Subject::Me)
                    });
                if waited_on {
                    self.hit(hits, i, i + 3, WhyQuestion, WHY_YOU);
                }
            }
            // "It's hard for me to understand how they didn't realise", "I'm surprised anyone
            // would still accept that", "it surprises me that someone would propose it":
            // disbelief at people, said. (Not "it's hard to see how the cache recovered", nor
            // "surprised the failover would take so long".)
            // ("It isn't hard to see why they chose the shortcut" understands them.)
            let hard_to = self.is(i, &["hard", "difficult", "impossible"])
                && !self.negated_before(i, 3)
                && {
                    let k = if self.at(i + 1, "for me") {
                        i + 3
                    } else {
                        i + 1
                    };
                    self.w(k) == "to"
                        && self.is(
                            k + 1,
                            &[
                                "understand", "believe", "fathom", "comprehend", "imagine", "see",
                            ],
                        )
                        && self.is(k + 2, &["how", "why"])
                        && (k + 3..(k + 6).min(self.len()))
                            .find(|&m| !self.is(m, &DETERMINERS))
                            .is_some_and(|m| self.classify(m) == Subject::Person)
                        // ("It's hard to see how anyone could have known" defends them.)
                        && !(k + 3..self.len()).any(|m| {
                            self.is(m, &["known", "foreseen", "predicted", "anticipated", "expected"])
                        })
                };
            // Words of dismay, which praise never uses: "it's shocking that", "I was baffled by
            // how little ...".
            let dismay = self.is(
                i,
                &[
                    "shocked", "shocking", "baffled", "baffling", "appalled", "appalling",
                    "unbelievable", "inconceivable", "mind-boggling",
                ],
            );
            let surprised = (dismay
                || self.is(
                    i,
                    &["surprised", "amazed", "astonished", "surprises", "amazes"],
                ))
                && {
                    let mut k = i + 1;
                    if self.at(k, "to me") {
                        k += 2;
                    } else if self.w(k) == "me" {
                        k += 1;
                    }
                    if self.w(k) == "that" {
                        k += 1;
                    }
                    // "shocked by how little the management knew": how little people did.
                    let how_little = dismay
                        && self.is(k, &["by", "at"])
                        && self.w(k + 1) == "how"
                        && self.is(k + 2, &["little", "few", "badly", "poorly"]);
                    if how_little {
                        k += 3;
                    }
                    // Anyone at all who would do it: a kind of conduct found unbelievable. ("I
                    // was surprised the vendor would answer so fast" is surprise, not a charge.)
                    let who = self.past_determiner(k);
                    let after = who + 1..(who + 6).min(self.len());
                    let anyone = self.is(
                        who,
                        &["anyone", "anybody", "someone", "somebody", "people", "they"],
                    ) && after.clone().any(|m| self.w(m) == "would");
                    // Dismay at what people would do or did not do, or at a thing not done:
                    // "it's shocking that the patch wasn't applied".
                    let person = self.classify(who) == Subject::Person;
                    let undone = after.clone().any(|m| {
                        self.is(
                            m,
                            &["wasn't", "weren't", "didn't", "hadn't", "never", "not"],
                        )
                    });
                    anyone
                        || dismay
                            && (how_little && person
                                || undone
                                || person && after.clone().any(|m| self.is(m, &["would", "could"])))
                }
                && !self.negated_before(i, 3);
            if (hard_to || surprised) && !self.s.question {
                self.hit(hits, i, i, WhyQuestion, DISBELIEF);
            }
            // "Can someone explain to me how an intern ended up with push rights?", "I'd like
            // someone to explain why the support desk sat on our P1": a why-you asked through
            // a third party. ("Can you explain how the failover works?" asks of a thing.)
            // Asked for, not told: "the on-call explained why she rolled back" is the account
            // the review wants.
            let asked_for = self.w(i) == "explain"
                && (i.saturating_sub(4)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "can", "could", "would", "please", "someone", "somebody", "anyone",
                            "like", "want",
                        ],
                    )
                });
            if asked_for {
                let to_me = self.w(i + 1) == "to" && self.is(i + 2, &["me", "us"]);
                let wh = if to_me { i + 3 } else { i + 1 };
                let person = (wh + 1..(wh + 4).min(self.len()))
                    .find(|&k| !self.is(k, &DETERMINERS))
                    .is_some_and(|k| self.another_person(k));
                let asked = self.w(wh) == "why" || to_me && self.w(wh) == "how";
                if asked && person {
                    // (The word alone: "to me" is not the writer's own blame.)
                    self.hit(hits, i, i, WhyQuestion, WHY_YOU);
                }
            }
            // "we asked the electrician what exactly he was thinking...": the charge, told.
            if self.w(i) == "what" && i > 0 && !self.s.question {
                let k = if self.w(i + 1) == "exactly" {
                    i + 2
                } else {
                    i + 1
                };
                let thinking = self.is(k, &["he", "she", "they", "you"])
                    && self.is(k + 1, &["was", "were"])
                    && self.w(k + 2) == "thinking"
                    && (k + 3 >= self.len() || self.s.words[k + 2].pause_after);
                if thinking {
                    self.hit(hits, i, k + 2, WhyQuestion, DISBELIEF);
                }
            }
            // "I just don't understand how they could ship it": disbelief is a charge.
            if self.is(i, &["don't", "dont", "can't", "cant", "cannot"])
                && self.is(
                    i + 1,
                    &["understand", "fathom", "comprehend", "imagine", "see"],
                )
                && self.is(i + 2, &["how", "why"])
            {
                self.hit(hits, i, i + 2, WhyQuestion, WHY_YOU);
            }
            // "What were you thinking?" on its own is a charge; "what were you thinking at that
            // moment?" asks for the view from inside.
            let alone = i + 4 >= self.len() || self.s.words[i + 3].pause_after;
            if (self.at(i, "what were you thinking")
                || self.at(i, "what was he thinking")
                || self.at(i, "what was she thinking")
                || self.at(i, "what were they thinking"))
                && alone
            {
                self.hit(hits, i, i + 3, WhyQuestion, WHY_YOU);
            }
            // "Why is it always the payments team?", "how many times do I have to tell you?",
            // "is it too much to ask that...?": exasperation aimed at people.
            // (Of people: not "why is it always slow on Mondays?", nor "how many times did you
            // ask the vendor?".)
            let always = self.at(i, "why is it always")
                && (self.is(i + 4, &["you", "them", "him", "her", "me", "us"])
                    || self.is_name(i + 4)
                    || self.classify(self.past_determiner(i + 4)) == Subject::Person
                    || self.is(i + 4, &["the", "that", "those"]) && self.is_role(self.w(i + 6)));
            let again = self.at(i, "how many times")
                && (i + 3..(i + 7).min(self.len())).any(|k| {
                    (self.at(k, "have to") || self.at(k, "need to"))
                        && self.is(k + 2, &["tell", "remind", "ask", "explain", "say"])
                });
            let too_much = self.at(i, "too much to ask") && self.s.question;
            if always || again || too_much {
                let to = if again { i + 2 } else { i + 3 };
                self.hit(hits, i, to, WhyQuestion, WHY_YOU);
            }
            // "Why does it take you so long to find the papers?", "what's taking them so long?"
            // "...so I don't get what took the first shift so long": asked in a statement too.
            let taker = if !self.is(i, &["take", "taking", "took", "takes"]) {
                None
            } else if self.is(i + 1, &["you", "them", "him", "her"]) {
                Some(i + 1)
            } else {
                (i + 1..(i + 5).min(self.len())).find(|&k| self.classify(k) == Subject::Person)
            };
            if let Some(k) = taker.filter(|&k| self.at(k + 1, "so long")) {
                let asked = self.s.question
                    || self.is(0, &["why", "what's", "whats"])
                    || i > 0 && self.is(i - 1, &["what", "what's", "whats"]);
                if asked {
                    // Said rather than asked, it is disbelief, whoever says it.
                    let reframe = if self.s.question { WHY_YOU } else { DISBELIEF };
                    self.hit(hits, i, k + 2, WhyQuestion, reframe);
                }
            }
            // "Why did it take you 40 minutes to notice?": the time it took, asked of the
            // person as a charge. ("How long did it take you to restore it?" asks openly.)
            if self.s.question
                && self.is(0, &["why"])
                && self.is(i, &["take", "took"])
                && i >= 2
                && self.is(i - 1, &["it"])
                && (self.is(i + 1, &["you", "them", "him", "her"])
                    || self.classify(self.past_determiner(i + 1)) == Subject::Person)
            {
                self.hit(hits, 0, i + 1, WhyQuestion, WHY_YOU);
            }
        }
        // "Are they manually deploying or what?"
        if self.s.question && self.len() > 3 && self.at(self.len() - 2, "or what") {
            self.hit(hits, self.len() - 2, self.len() - 1, WhyQuestion, WHY_YOU);
        }
        // A question that opens with a negation asks for agreement with a charge: "Didn't
        // anyone check?", "Isn't there a second confirmation?". It may open after a speaker's
        // label, as in a transcript: "Tech: did you not read the question?". Read from the
        // start first: a colon early in a question of its own ("Didn't anyone notice: the
        // queue was full?") is not a label.
        if !self.charging_question_from(0, hits) {
            let label = self.after_label();
            if label > 0 {
                self.charging_question_from(label, hits);
            }
        }
    }

    /// The "why" at `i` asks why something was not done, in the passive, with no doer named:
    /// "why wasn't this done?", "why was the ticket not migrated?", "why haven't these hosts
    /// been patched?". Any act read from its participle: the one who did not do it is left
    /// out, not absent. Not what a thing does or receives ("why wasn't the alert triggered?"),
    /// nor an act done by a thing ("why wasn't it caught by the tests?").
    fn left_undone(&self, i: usize) -> bool {
        const AUX: [&str; 13] = [
            "wasn't", "weren't", "wasnt", "werent", "isn't", "aren't", "hasn't", "haven't",
            "hadn't", "was", "were", "has", "have",
        ];
        if !(self.s.question || i == 0) || !self.is(i + 1, &AUX) {
            return false;
        }
        let mut negated = self.w(i + 1).ends_with('t');
        let mut k = i + 2;
        while k < self.len() && k <= i + 7 {
            let w = self.w(k);
            if w == "not" || w == "never" {
                negated = true;
            } else if negated
                && w != "been"
                && !self.is(k, &FILLERS)
                && self.s.words[k].lower.len() > 3
                && (w.ends_with("ed")
                    || IRREGULAR.iter().any(|&(form, _)| form == w)
                    // "been rebuilt", "been taken down": after "been", a participle.
                    || self.w(k - 1) == "been" && (w.ends_with('t') || w.ends_with("en")))
            {
                let by_thing = self.w(k + 1) == "by"
                    && (k + 2..(k + 5).min(self.len()))
                        .any(|m| self.classify(m) == Subject::System);
                return !by_thing
                    && !self.is(
                        k,
                        &[
                            "triggered", "fired", "executed", "received", "delivered", "invoked",
                            "loaded", "returned", "emitted", "generated", "displayed", "rendered",
                            "affected", "impacted", "needed", "required", "used", "expected",
                            "surprised", "concerned", "interested", "involved", "based", "called",
                            "finished",
                        ],
                    );
            }
            if self.s.words[k].pause_after || self.is(k, &CLAUSE_OPENERS) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// A question asking for agreement with a charge, read from word `o`: whether one was found.
    fn charging_question_from(&self, o: usize, hits: &mut Vec<Hit>) -> bool {
        let before = hits.len();
        if self.s.question && self.len() > o + 2 {
            let first = self.w(o);
            let negative = first.ends_with("n't") || first.ends_with("nt") && first.len() > 4;
            // "Didn't any of them imagine...?", "Didn't the on-call see it?".
            let aimed = matches!(self.classify(self.past_determiner(o + 1)), Subject::Person)
                || self.is(o + 1, &["there", "anyone", "anybody"])
                || self.at(o + 1, "any of") && self.is(o + 3, &["them", "you", "us", "those"]);
            if negative && aimed && !self.is(o, &["aren't", "won't"]) {
                self.hit(hits, o, o + 1, WhyQuestion, WHY_YOU);
            }
            // "Can nobody here read a graph?", "does no one test anything?".
            if self.is(o, &["can", "could", "does", "did", "will", "do"])
                && self.nobody_acts_at(o + 1)
            {
                self.hit(hits, o, o + 1, WhyQuestion, WHY_YOU);
            }
            // "Did you not read the question?", "have they not heard of backups?": the same
            // negation after the person. (Not "were you not told?": what was done to them.)
            if self.is(o, &["did", "do", "does", "have", "has", "had", "could"])
                && (self.is(o + 1, &["you", "they", "he", "she", "anyone", "anybody"])
                    || self.is_name(o + 1))
                && self.w(o + 2) == "not"
                && !self.is(o + 3, &["been", "get", "got", "receive", "have"])
                // ("Have they not checked the logs?" asks of a perfect; "did you not" of a base.)
                && (!self.w(o + 3).ends_with("ed") || self.is(o, &["have", "has", "had"]))
            {
                self.hit(hits, o, o + 2, WhyQuestion, WHY_YOU);
            }
        }
        hits.len() > before
    }

    /// Where the sentence's own words begin after a speaker's label ("Tech: did you...",
    /// "Night lead: didn't anyone..."): a word or three followed by a colon, with no pause
    /// before it. 0 when there is none.
    fn after_label(&self) -> usize {
        (0..3.min(self.len()))
            .find(|&k| self.s.words[k].colon_after || self.s.words[k].pause_after)
            .filter(|&k| {
                self.s.words[k].colon_after && !self.s.words[..=k].iter().any(|w| w.quoted)
            })
            .map_or(0, |k| k + 1)
    }

    /// Word `i` opens "nobody" or "no one" doing something: "does no one test anything?".
    /// Not having or knowing ("does no one have access right now?", "has nobody got the
    /// password?"), which asks who can help.
    fn nobody_acts_at(&self, i: usize) -> bool {
        let mut verb = if self.at(i, "no one") {
            i + 2
        } else if self.is(i, &["nobody", "noone"]) {
            i + 1
        } else {
            return false;
        };
        if self.is(verb, &["here", "else", "there"]) {
            verb += 1;
        }
        !self.is(
            verb,
            &[
                "have", "know", "own", "hold", "remember", "see", "got", "had", "known",
            ],
        )
    }

    /// The clause holding `i` asks which thing it was: "which component was at fault?", not
    /// "which engineer was at fault?".
    fn asks_which_thing(&self, i: usize) -> bool {
        // "Which" may open the clause or be the word before it.
        let start = self.clause_start(i);
        let asks = if self.is(start, &["which", "what"]) {
            start + 1
        } else if start > 0 && self.is(start - 1, &["which", "what"]) {
            start
        } else {
            return false;
        };
        self.s.question
            && !matches!(
                self.classify(self.past_determiner(asks)),
                Subject::Person | Subject::Me
            )
    }

    /// Words and phrases that judge people or their work.
    fn verdicts(&self, hits: &mut Vec<Hit>) {
        for i in 0..self.len() {
            let word = self.w(i);
            // "even if he messed up": a supposition, not a verdict.
            if self.conditional(i) {
                continue;
            }
            if VERDICT_WORDS.contains(&word) {
                // "This is not incompetence", "nobody is careless", "assuming negligence".
                let topic = i > 0
                    && self.is(
                        i - 1,
                        &[
                            "assuming", "assume", "assumes", "assumed", "about", "called",
                        ],
                    );
                // "that stupid old machine", "this dumb router": anger at a thing.
                // Not "a stupid change" or "that was stupid, it...": someone's work and act.
                let at_a_thing = matches!(word, "stupid" | "dumb" | "idiotic" | "ridiculous")
                    && (i + 1..(i + 3).min(self.len())).any(|k| {
                        self.is(
                            k,
                            &[
                                "machine", "machines", "router", "modem", "computer", "printer",
                                "box", "laptop", "phone", "switch", "cable", "device",
                            ],
                        )
                    });
                // "Worried the timeline made him look careless": how it would look, caused by
                // something else.
                let looks = i > 0
                    && self.is(
                        i - 1,
                        &["look", "looks", "seem", "seems", "sound", "sounds"],
                    )
                    && (i.saturating_sub(5)..i - 1).any(|k| self.base(k) == "make");
                // "not the result of gross negligence", "no one has ever been punished": the
                // cause denied, or nobody the subject.
                let denied = (i.saturating_sub(6)..i).any(|k| {
                    self.at_any(k, &["not the result of", "not due to", "not caused by", "not because of"])
                        // "The defendant denies any negligence".
                        || self.is(k, &["deny", "denies", "denied", "denying"])
                        // "filed suit alleging negligence": a claim reported.
                        || self.is(k, &["alleging", "alleges", "alleged"])
                }) || self.nobody_before(i);
                // "You can fix a lapse in protocol": a process that lapsed, not a mind.
                let in_the_process = word == "lapse"
                    && self.w(i + 1) == "in"
                    && (self.classify(i + 2) == Subject::System
                        || self.is(i + 2, &["protocol", "protocols", "process", "coverage"]));
                if !self.negated_before(i, 3)
                    && !denied
                    && !topic
                    && !self.conditional(i)
                    && !at_a_thing
                    && !looks
                    && !in_the_process
                {
                    self.hit(hits, i, i, Verdict, VERDICT);
                }
                continue;
            }
            // "What amazed me was that their only way in depended on the servers and there was
            // no backup", "I'm astonished that they had no restore drill": the writer's
            // surprise at what others lacked. Not someone else's surprise in a story ("he was
            // surprised there was no tape"), surprise at a thing, nor at a failure they were
            // spared ("amazed that the on-call didn't panic").
            if self.is(
                i,
                &[
                    "surprised", "amazed", "astonished", "shocked", "stunned", "baffled",
                ],
            ) && !self.s.question
                && !self.negated_before(i, 3)
            {
                let by_me = (i.saturating_sub(4)..i)
                    .any(|k| self.is(k, &["i", "i'm", "im", "we", "we're"]))
                    || i > 0 && self.w(i - 1) == "what" && self.w(i + 1) == "me";
                let that = (i + 1..(i + 5).min(self.len())).find(|&k| self.w(k) == "that");
                if let Some(t) = that.filter(|_| by_me) {
                    let whom = (t + 1..(t + 5).min(self.len())).any(|k| {
                        self.is(k, &["their", "they", "his", "he", "her", "she"])
                            || self.classify(k) == Subject::Person
                                && !self.is(k, &FIRST_PERSON)
                                && !self.is(k, WE)
                    });
                    // What they lacked, not a failure they were spared ("amazed that the
                    // on-call didn't panic", "that they had no downtime": praise).
                    let lacked = (t + 1..self.len().saturating_sub(1)).any(|k| {
                        self.is(k, &["no", "without"])
                            && !self.is(
                                k + 1,
                                &[
                                    "downtime", "loss", "data", "outage", "errors", "issues",
                                    "problems", "complaints", "incidents", "panic", "trouble",
                                ],
                            )
                    });
                    if whom && lacked {
                        self.hit(hits, i, t, Verdict, DISBELIEF);
                        continue;
                    }
                }
            }
            // "Apparently no solid testing plan either.", "And no code review either": a bare
            // fragment that adds one more missing practice to a list of lapses. Not a thing
            // found missing ("no errors in the logs either"), nor a sentence with its verb
            // ("there was no runbook either").
            if word == "no"
                && i <= 1
                && (i == 0
                    || self.is(
                        0,
                        &[
                            "apparently", "and", "also", "clearly", "obviously", "evidently",
                            "plus",
                        ],
                    ))
                && self.w(self.len() - 1) == "either"
                && self.len() <= i + 7
                && (i + 1..self.len() - 1).any(|k| {
                    self.is(
                        k,
                        &[
                            "testing", "tests", "review", "reviews", "backup", "backups", "plan",
                            "runbook", "monitoring", "canary", "rollback", "qa", "process",
                            "checks", "documentation", "training", "oversight",
                        ],
                    )
                })
                && !(i + 1..self.len() - 1).any(|k| {
                    self.is(
                        k,
                        &[
                            "is", "was", "were", "are", "has", "had", "have", "there", "in", "on",
                            "from",
                        ],
                    )
                })
            {
                self.hit(hits, i, self.len() - 1, Verdict, VERDICT);
                continue;
            }
            // "Still running the company like a hobby project", "they manage production like
            // a circus": how people run the place likened to play. Not our own ("we run the
            // rota like a relay"), nor a likeness that is no slight ("like a bank").
            let thing = i
                + 1
                + usize::from(self.is(
                    i + 1,
                    &[
                        "the", "their", "this", "that", "his", "her", "your", "its", "a",
                    ],
                ));
            if self.is(
                i,
                &[
                    "run", "runs", "ran", "running", "manage", "manages", "managed", "managing",
                ],
            ) && self.is(
                thing,
                &[
                    "company", "business", "shop", "team", "org", "organisation", "organization",
                    "infrastructure", "operation", "operations", "place", "datacenter", "project",
                    "service", "production", "releases",
                ],
            ) && self.w(thing + 1) == "like"
                && (thing + 2..(thing + 6).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "hobby", "toy", "circus", "kindergarten", "playground", "lemonade",
                            "daycare", "sandbox", "joke", "clown", "amateur", "amateurs",
                        ],
                    )
                })
                && !(0..i).any(|k| self.is(k, WE) || self.is(k, &FIRST_PERSON))
            {
                self.hit(hits, i, thing + 1, Verdict, VERDICT);
                continue;
            }
            // "There was very little admission of responsibility from management", "a total
            // lack of accountability": owning up found missing in people. Not denied ("not a
            // lack of ownership") nor asked about ("was there any admission of fault?").
            if self.is(
                i,
                &["admission", "acceptance", "ownership", "accountability"],
            ) && i > 0
                && (self.is(i - 1, &["little", "no", "zero"])
                    || i > 1 && self.at(i - 2, "lack of")
                    || i > 1
                        && self.is(i - 2, &["little", "no", "zero"])
                        && self.is(i - 1, &["real", "genuine", "meaningful", "actual"])
                    || i > 2
                        && self.at(i - 3, "lack of")
                        && self.is(i - 1, &["real", "genuine", "meaningful", "actual"]))
                && (self.w(i) == "accountability"
                    || self.w(i + 1) == "of"
                        && self.is(
                            i + 2,
                            &[
                                "responsibility", "fault", "guilt", "error", "wrongdoing", "blame",
                            ],
                        ))
                && !self.s.question
                && !self.negated_before(i.saturating_sub(2), 3)
            {
                self.hit(hits, i - 1, i, Verdict, VERDICT);
                continue;
            }
            // "This team seems unperturbed by global deployments", "management was
            // completely unbothered about the backlog": unconcern said of people, what they
            // should have minded. Said of a thing ("the cache was unperturbed by the spike")
            // it tells how it held up; denied ("they were not indifferent") it is not read.
            if self.is(
                i,
                &[
                    "unperturbed", "unbothered", "unconcerned", "nonchalant", "indifferent",
                    "unfazed",
                ],
            ) && i > 0
            {
                let copula = i - usize::from(
                    i > 1
                        && self.is(
                            i - 1,
                            &[
                                "so", "totally", "completely", "entirely", "quite", "rather",
                                "very",
                            ],
                        ),
                );
                if self.is(
                    copula - 1,
                    &[
                        "seem", "seems", "seemed", "is", "are", "was", "were", "appear", "appears",
                        "appeared", "remain", "remains", "remained", "stayed",
                    ],
                ) && self.clause_subject(copula - 1) == Subject::Person
                    && !self.negated_before(i, 3)
                {
                    self.hit(hits, copula - 1, i, Verdict, VERDICT);
                    continue;
                }
            }
            // "a failure of leadership", "failure of management teams to correct it", "a
            // failure of application architecture here": people's work found wanting as a
            // whole. (Not "a failure of the primary", nor "of testing infrastructure": things.)
            if self.is(i, &["failure", "failures"]) && self.w(i + 1) == "of" {
                // ("application architecture": one word may name whose work it was.)
                let k = i
                    + 2
                    + usize::from(
                        self.s.words.get(i + 2).is_some_and(|w| !w.pause_after)
                            && !self.is(i + 2, &DETERMINERS)
                            && !self.is(i + 2, &JUDGED_THINGS),
                    );
                let ends = |j: usize| {
                    j >= self.len()
                        || self.s.words[j - 1].pause_after
                        || self.is(j, &PREPOSITIONS)
                        || self.is(j, &["here", "there", "and", "on", "in"])
                        || self.is_role(self.w(j))
                };
                if (self.is(k, &JUDGED_THINGS) || self.is(k, &["imagination", "architecture"]))
                    && ends(k + 1)
                    && !self.negated_before(i, 3)
                {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "a poor decision", "a bad call", "rookie mistake", "questionable design choices".
            let judged = if self.is(i + 1, &JUDGED_THINGS) || self.w(i + 1) == "fail" {
                Some(i + 1)
            } else if self.is(i + 1, &["and", "or"])
                && self.is(i + 3, &JUDGED_THINGS)
                && !self.s.words[i].pause_after
                && !self.s.words[i + 2].pause_after
            {
                // "poor and capricious management".
                Some(i + 3)
            } else if (self.is(i + 2, &JUDGED_THINGS) || self.w(i + 2) == "fail")
                && !self.s.words[i + 1].pause_after
            {
                Some(i + 2)
            } else {
                None
            };
            if let (true, Some(k)) = (JUDGING.contains(&word), judged) {
                let thing = self.w(k);
                let mild = matches!(
                    word,
                    "big"
                        | "huge"
                        | "major"
                        | "grave"
                        | "basic"
                        | "wrong"
                        | "fatal"
                        | "costly"
                        | "classic"
                        | "obvious"
                        | "typical"
                        | "beginner"
                        | "newbie"
                );
                let about_mistake = matches!(
                    thing,
                    "mistake"
                        | "mistakes"
                        | "error"
                        | "errors"
                        | "decision"
                        | "call"
                        | "choice"
                        | "miss"
                        | "misstep"
                        | "missteps"
                        | "failing"
                        | "failings"
                        | "oversight"
                );
                // "fatal error" is a log level; "a big miss rate" a cache's figure.
                let log = word == "fatal" && matches!(thing, "error" | "errors")
                    || thing == "miss"
                        && !(self.s.words[k].pause_after
                            || k + 1 >= self.len()
                            || self.is(k + 1, &PREPOSITIONS)
                            || self.is(k + 1, &["here", "there", "and", "but"]));
                if (!mild || about_mistake || thing == "fail") && !log && !self.negated_before(i, 2)
                {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "his lack of knowledge", "the team's lack of care": a person found wanting. (Not
            // "the lack of staged rollouts", a thing missing, nor "a lack of training".)
            if word == "lack"
                && i > 0
                && (self.is(i - 1, &["his", "her", "their", "your", "my", "our"])
                    || self.s.words[i - 1].possessive && !self.is_system(i - 1))
                && self.w(i + 1) == "of"
                && self.is(
                    i + 2,
                    &[
                        "knowledge", "experience", "skill", "skills", "competence", "judgement",
                        "judgment", "care", "attention", "diligence", "discipline", "foresight",
                        "understanding", "professionalism", "awareness", "rigor", "rigour",
                        "seriousness", "responsibility", "accountability", "concern",
                    ],
                )
                && !self.negated_before(i, 2)
            {
                self.hit(hits, i - 1, i + 2, Verdict, VERDICT);
                continue;
            }
            // "the cardinal sin of deploying untested": the gravest kind of mistake.
            if self.at(i, "cardinal sin") || self.at(i, "cardinal sins") {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "It was an oversight": a mistake named softly. ("oversight" alone is also the
            // watching over: "no oversight", "regulatory oversight".)
            if word == "oversight"
                && i > 0
                && self.w(i - 1) == "an"
                && !self.negated_before(i - 1, 3)
            {
                self.hit(hits, i - 1, i, Verdict, VERDICT);
                continue;
            }
            // "Who in their right mind deploys on a Friday?", "no one in his right mind":
            // anyone who did it is called out of their mind.
            if word == "in"
                && self.is(i + 1, &["their", "his", "her", "your"])
                && self.at(i + 2, "right mind")
            {
                let (category, reframe) = if self.s.question {
                    (WhyQuestion, WHY_YOU)
                } else {
                    (Verdict, VERDICT)
                };
                self.hit(hits, i, i + 3, category, reframe);
                continue;
            }
            // "human error", "pilot error": a cause named as a person's failing, unless
            // spoken of as a notion ("the old view of human error").
            // "a human failure" is the same charge in other words.
            let charged = matches!(word, "error" | "errors" | "failure" | "failing");
            if charged && i > 0 && self.is(i - 1, &ERROR_OWNERS) {
                let topic = i >= 2
                    && self.is(
                        i - 2,
                        &["of", "about", "called", "blames", "blame", "blamed"],
                    );
                // "Human error is a label", "human error is the start of the investigation": the
                // notion, said in the present of any case. ("Human error was the cause" judges.)
                // But "human error is the biggest cause of downtime", "is involved in most
                // accidents": the notion named as the cause, a charge on people at large.
                let named_cause = self.w(i + 1) == "is"
                    && (i + 2..(i + 6).min(self.len()))
                        .take_while(|&k| !self.s.words[k - 1].pause_after && !self.denies(k))
                        .any(|k| self.is(k, &["cause", "causes", "involved", "behind", "culprit"]));
                let notion = (self.is(i + 1, &["is", "isn't", "as", "means", "becomes"])
                    || self.at(i + 1, "is not"))
                    && !named_cause;
                if !topic && !notion && !self.negated_before(i - 1, 2) {
                    self.hit(hits, i - 1, i, Verdict, VERDICT);
                }
                continue;
            }
            // "a deployment error by one of the engineers", "an oversight by the reviewer", "an
            // error made by the diver himself": the mistake put on a person. Not "an error by
            // the load balancer".
            let made_by = usize::from(self.w(i + 1) == "made");
            if self.is(
                i,
                &[
                    "error", "errors", "mistake", "mistakes", "oversight", "blunder",
                ],
            ) && self.w(i + 1 + made_by) == "by"
            {
                let mut k = i + 2 + made_by;
                if self.at(k, "one of") {
                    k += 2;
                }
                // "Any error by an operator points at the design": anyone's, in general.
                let general = self.is(k, &["a", "an", "any", "every", "each"])
                    || (i.saturating_sub(3)..i).any(|m| self.is(m, &["any", "every", "each"]));
                k = self.past_determiner(k);
                // ("the relief operator").
                if self.classify(k) == Subject::Unknown && self.is_role(self.w(k + 1)) {
                    k += 1;
                }
                // "It is just an error made by people": anyone's.
                let general = general
                    || self.is(
                        k,
                        &[
                            "people", "humans", "someone", "somebody", "anyone", "anybody",
                        ],
                    );
                if matches!(self.classify(k), Subject::Person | Subject::Me)
                    && !general
                    && !self.is(k, ORGANISATIONS)
                    && !self.negated_before(i, 3)
                {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "Mistakes were made, mostly by the night shift": the passive that names its
            // agent after all.
            if self.at(i, "mistakes were made") || self.at(i, "errors were made") {
                let by = (i + 3..(i + 6).min(self.len())).find(|&k| self.w(k) == "by");
                if let Some(k) = by.filter(|&k| {
                    !self.is_system(self.past_determiner(k + 1)) && !self.negated_before(i, 3)
                }) {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "made a mistake", "his mistake", "made a grave error"; not "making mistakes" in
            // general.
            if matches!(
                word,
                "mistake"
                    | "mistakes"
                    | "error"
                    | "errors"
                    | "blunder"
                    | "oversight"
                    | "misconfiguration"
                    | "screwup"
                    | "screw-up"
            ) {
                // Also "Priya's error", "the on-call's oversight"; not "the server's error",
                // "the customer's mistake", "Priya's error message", nor anyone's in general
                // ("failures are a result of people's mistakes").
                // ("Our error budget" is a measure, whoever's it is.)
                let owner = i > 0
                    && (self.is(i - 1, &["his", "her", "their", "your", "my", "our"])
                        || self.s.words[i - 1].possessive
                            && self.classify(i - 1) == Subject::Person
                            && !self.is(i - 1, ORGANISATIONS)
                            && !self.is(
                                i - 1,
                                &[
                                    "people's", "people’s", "human's", "humans'", "anyone's",
                                    "anybody's", "everyone's", "everybody's", "nobody's",
                                ],
                            ))
                    && !self.is(
                        i + 1,
                        &[
                            "message", "messages", "code", "codes", "rate", "rates", "log", "logs",
                            "budget", "budgets", "handling", "page",
                        ],
                    );
                // "They keep making mistakes", "the night shift keeps making the same ones": a
                // habit charged.
                let habit = (i.saturating_sub(4)..i).find(|&j| {
                    self.w(j) == "making"
                        && j > 0
                        && self.is(j - 1, &["keep", "keeps", "kept", "keeping"])
                        && matches!(self.subject(j - 1), Subject::Person)
                });
                if let (Some(j), false) = (habit, self.negated_before(i, 4)) {
                    self.hit(hits, j - 1, i, Verdict, VERDICT);
                    continue;
                }
                // "could have made the same mistake": anyone's, not theirs; but "made the same
                // mistake again" is theirs.
                if i > 0 && self.w(i - 1) == "same" && self.w(i + 1) != "again" {
                    continue;
                }
                // "someone who may have made an honest mistake": the word defends.
                if i > 0 && self.is(i - 1, &["honest", "understandable", "innocent"]) {
                    continue;
                }
                // "made the most expensive engineering mistake": up to four words between.
                let made = (i.saturating_sub(5)..i).find(|&j| {
                    self.base(j) == "make"
                        && (j + 1..i).any(|k| {
                            self.is(
                                k,
                                &[
                                    "a", "an", "the", "this", "that", "such", "one", "another",
                                    "his", "her", "their", "my", "your", "our", "some", "mistakes",
                                    "two", "several",
                                ],
                            )
                        })
                });
                // "...and moments later realised her error", "alerted the nurse to her error",
                // "shaken up by his error": the slip as its owner met it, told from inside.
                let met = owner
                    && i >= 2
                    && (self.is(
                        i - 2,
                        &[
                            "realised", "realized", "realising", "realizing", "noticed", "spotted",
                            "caught", "discovered", "recognised", "recognized", "corrected",
                        ],
                    ) || self.is(i - 2, &["to", "by"])
                        && i >= 4
                        && (i.saturating_sub(5)..i - 2).any(|k| {
                            self.is(k, &["alerted", "pointed", "shaken", "upset", "embarrassed"])
                        }));
                if let Some(j) = made {
                    if !self.negated_before(j, 3) {
                        self.hit(hits, j, i, Verdict, VERDICT);
                    }
                } else if owner && !met && !self.negated_before(i, 3) {
                    self.hit(hits, i - 1, i, Verdict, VERDICT);
                }
                continue;
            }
            // "my fault", "whose fault", "at fault", "the fault lies with".
            if word == "fault" {
                let owned = i > 0
                    && (self.is(
                        i - 1,
                        &["my", "his", "her", "their", "your", "our", "whose", "own"],
                    ) || self.s.words[i - 1].possessive
                        // "AWS' fault" or "the vendor's fault", not "the cluster's fault
                        // tolerance" or "that's fault injection".
                        && (!self.is_system(i - 1) || self.s.words[i - 1].capital)
                        && !self.is(
                            i - 1,
                            &[
                                "it's", "that's", "there's", "what's", "here's", "who's", "this's",
                            ],
                        )
                        || self.w(i - 1) == "at"
                            && (self.subject(i - 1) != Subject::System
                                || (self.clause_start(i - 1)..i - 1)
                                    .any(|k| self.names_a_person_too(k)))
                            && !self.asks_which_thing(i - 1))
                    && !self.is(
                        i + 1,
                        &[
                            "tolerance", "tolerant", "injection", "domain", "domains", "line",
                            "lines", "detection", "isolation",
                        ],
                    );
                let lies = self.is(i + 1, &["lies", "lay", "rests", "is"])
                    && self.is(i + 2, &["with", "squarely", "entirely", "on"]);
                // "the fault of management", "the fault of the night crew": "someone's fault"
                // said with "of". Not "the fault of the power supply".
                let of_someone = self.w(i + 1) == "of"
                    && (i + 2..(i + 5).min(self.len()))
                        .take_while(|&k| k == i + 2 || !self.s.words[k - 1].pause_after)
                        .find(|&k| {
                            !self.is(k, &DETERMINERS) && self.classify(k) != Subject::Unknown
                        })
                        .is_some_and(|k| self.classify(k) == Subject::Person);
                // "It is my big fault", "their whole fault": the same, with the size of it
                // between.
                let sized = i > 1
                    && self.is(
                        i - 1,
                        &[
                            "big", "whole", "entire", "total", "complete", "sole", "full",
                        ],
                    )
                    && self.is(i - 2, &["my", "his", "her", "their", "your", "our"]);
                let owned = owned || of_someone || sized;
                // "not entirely my fault" still owns part of it.
                let partly = (i.saturating_sub(3)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "entirely", "completely", "totally", "only", "just", "wholly",
                        ],
                    )
                });
                // "Nobody's fault", "not anyone's fault": no one is charged.
                let no_ones = i > 0
                    && self.is(
                        i - 1,
                        &[
                            "nobody's", "noone's", "anyone's", "anybody's", "one's", "nobodys",
                        ],
                    );
                // "We're not looking for whose fault it was": the search as the topic.
                let topic = i > 1
                    && self.w(i - 1) == "whose"
                    && self.is(i - 2, &["for", "about", "into", "over"])
                    && !self.s.question;
                if (owned || lies) && !no_ones && !topic && (!self.negated_before(i, 5) || partly) {
                    self.hit(hits, i.saturating_sub(1), i, Verdict, VERDICT);
                }
                continue;
            }
            // "is to blame", "the guy to blame", "blame the developers", "deserves the
            // blame", "I blame".
            if matches!(word, "blame" | "blamed") {
                let to_blame = i > 0
                    && self.w(i - 1) == "to"
                    && !(i >= 2
                        && self.is(
                            i - 2,
                            &[
                                "how", "want", "wants", "trying", "try", "tempting", "easy",
                                "looking", "not", "need", "quick", "slow", "hard", "unfair",
                                "wrong", "someone", "somebody", "who", "whom", "what", "else",
                            ],
                        ))
                    // "the data centers were to blame", "which commit was to blame": a thing.
                    && self.subject(i - 1) != Subject::System
                    // "my first instinct was to blame our latest code push": a thing suspected.
                    && (self.is(i + 1, &PREPOSITIONS)
                        || (i + 1..(i + 5).min(self.len()))
                            .map(|k| self.classify(k))
                            .find(|c| *c != Subject::Unknown)
                            != Some(Subject::System));
                let the_blame = i > 0
                    && self.w(i - 1) == "the"
                    && (self.is(i + 1, &["lies", "rests", "falls", "goes", "is"])
                        || (i >= 2
                            && self.is(
                                i - 2,
                                &[
                                    "deserve", "deserves", "share", "portion", "of", "take",
                                    "takes", "put", "shoulder",
                                ],
                            )));
                let imperative = word == "blame"
                    && (i == 0
                        || self.s.words[i - 1].pause_after
                        || self.is(i - 1, &["just", "then", "i", "we"])
                        || i > 1
                            && self.is(i - 2, &["i", "we"])
                            && self.is(
                                i - 1,
                                &[
                                    "somewhat", "partly", "partially", "really", "still",
                                    "mostly", "largely", "honestly", "personally", "also",
                                ],
                            ))
                    && !self.is(i + 1, &["is", "was", "culture", "game", "and"])
                    // "Blame not only fixes nothing": the noun, opening the sentence.
                    && !(i == 0 && self.is(i + 1, &["not", "never", "only", "rarely", "seldom", "fixes", "solves", "helps", "makes", "drives", "creates"]))
                    // "I blame the timeout default": a thing.
                    && !self.is_system(self.past_determiner(i + 1));
                if (to_blame || the_blame || imperative) && !self.negated_before(i, 4) {
                    self.hit(hits, i, i, Verdict, VERDICT);
                }
                continue;
            }
            // "screwed up", "messed it up", "fucked everything up".
            let messed = matches!(
                self.base(i),
                "screw" | "mess" | "fuck" | "cock" | "foul" | "muck" | "hose" | "balls"
            ) || matches!(
                word,
                "screwed" | "messed" | "fucked" | "messes" | "screws" | "fucks"
            );
            if messed {
                // "messed up", "messed it up", "messed his planning up"; the noun ("a mess that
                // nobody cleaned up") only with "up" right after it.
                let verb_form = word != "mess";
                // ("screwed us over": the same, done to someone.)
                let up = (i + 1..(i + 5).min(self.len()))
                    .take_while(|&k| k == i + 1 || verb_form && !self.s.words[k - 1].pause_after)
                    .find(|&k| {
                        self.w(k) == "up"
                            || self.w(k) == "over"
                                && verb_form
                                && self.is(k - 1, &["us", "them", "me", "him", "her", "everyone"])
                    });
                // "No one goes out of their way to screw up": nobody did.
                let nobody = self.nobody_before(i);
                // "the cache messes up the ordering": in the present, a thing may do it too.
                let present = matches!(word, "messes" | "screws" | "fucks")
                    && !matches!(self.subject(i), Subject::Person | Subject::Me);
                if let (Some(to), false) = (up, self.negated_before(i, 2) || nobody || present) {
                    self.hit(hits, i, to, Verdict, VERDICT);
                    continue;
                }
            }
            // "Kevin pushed a bad config", "the contractors wrote garbage code": a person's work
            // judged by its outcome. Not "Kevin rolled back the bad config" (undoing it), nor
            // "the deploy tool pushed a bad build" (a thing's act).
            if matches!(
                self.base(i),
                "push"
                    | "deploy"
                    | "ship"
                    | "merge"
                    | "write"
                    | "commit"
                    | "release"
                    | "introduce"
                    | "apply"
                    | "upload"
                    | "submit"
                    | "approve"
            ) {
                let mut k = i + 1;
                if self.is(k, &["out", "in", "up"]) {
                    k += 1;
                }
                if self.is(
                    k,
                    &[
                        "a", "an", "the", "some", "that", "this", "his", "her", "their",
                    ],
                ) {
                    k += 1;
                }
                let bad = self.is(
                    k,
                    &[
                        "bad", "faulty", "buggy", "garbage", "shoddy", "sloppy", "crappy",
                        "half-baked", "crap", "junk", "defective", "dodgy",
                    ],
                ) && k + 1 < self.len()
                    && !self.s.words[k].pause_after
                    // "The developer shipped garbage": the work itself named as refuse.
                    || self.is(
                        k,
                        &["garbage", "crap", "junk", "trash", "rubbish", "spaghetti", "shit"],
                    ) && (k + 1 >= self.len() || self.s.words[k].pause_after || self.is(k + 1, &["and", "again"]));
                // "..., after shipping faulty content": told as news of what happened.
                let gerund = word.ends_with("ing")
                    && i > 0
                    && (self.is(i - 1, &PREPOSITIONS) || self.is(i - 1, &["after", "before"]));
                if bad
                    && matches!(self.subject(i), Subject::Person)
                    && !gerund
                    && !self.negated_before(i, 3)
                    && !self.s.question
                {
                    let refuse = k + 1 >= self.len()
                        || self.s.words[k].pause_after
                        || self.is(k + 1, &["and", "again"]);
                    self.hit(hits, i, if refuse { k } else { k + 1 }, Verdict, VERDICT);
                    continue;
                }
            }
            // "Whoever merged this owes us an apology": an apology called for.
            if self.is(i, &["owes", "owe", "owed"])
                && (i + 1..(i + 5).min(self.len())).any(|k| self.is(k, &["apology", "apologies"]))
                && matches!(self.subject(i), Subject::Person)
            {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            // "The incident commander made a mess of the comms"; not "the migration made a
            // mess of the indexes".
            if self.base(i) == "make"
                && self.at(i + 1, "a mess of")
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 3, Verdict, VERDICT);
                continue;
            }
            // "realised the mistake", "deleted the wrong folder": an act judged from after.
            if self.is(
                i,
                &[
                    "the", "a", "that", "this", "his", "her", "their", "your", "our",
                ],
            ) && self.is(i + 1, &["mistake", "blunder", "wrong"])
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
            {
                let wrong = self.w(i + 1) == "wrong";
                // "Lerato spotted the wrong currency", "had the wrong dashboard open": the
                // wrong thing found or held, not an act. "Used the wrong tub; the error was
                // caught at table 12": a slip told with its recovery.
                let not_an_act = wrong
                    && (i > 0
                        && matches!(
                            self.base(i - 1),
                            "spot"
                                | "notice"
                                | "find"
                                | "found"
                                | "catch"
                                | "caught"
                                | "flag"
                                | "report"
                                | "raise"
                                | "see"
                                | "saw"
                                | "identify"
                                | "discover"
                                | "detect"
                                | "have"
                                | "had"
                                | "correct"
                                | "fix"
                                | "replace"
                        )
                        || self.recovered_after(i + 2));
                if (!wrong || i + 2 < self.len()) && !not_an_act {
                    let to = if wrong { i + 2 } else { i + 1 };
                    self.hit(hits, i, to, Verdict, if wrong { WRONG } else { VERDICT });
                    continue;
                }
            }
            // "I had made some incorrect assumptions", "she made a bad guess": reasoning
            // judged from after, by what came of it. ("A poor decision" and "a bad call" are
            // `JUDGED_THINGS`, read above whoever made them.)
            if self.is(
                i,
                &[
                    "a", "an", "some", "several", "many", "the", "his", "her", "their", "our",
                    "my", "your",
                ],
            ) && self.is(
                i + 1,
                &[
                    "incorrect", "false", "faulty", "mistaken", "bad", "poor", "wrong",
                ],
            ) && self.is(
                i + 2,
                &[
                    "assumption", "assumptions", "guess", "guesses", "conclusion", "conclusions",
                ],
            ) && i > 0
                && matches!(self.base(i - 1), "make" | "take" | "reach" | "draw")
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "the team rushed", "relied too heavily on it".
            let hasty = matches!(self.base(i), "rush" | "hurry" | "panic")
                && word != self.base(i)
                && !self.is(i + 1, &["to", "into", "over", "back", "out", "in"]);
            let overdone = word == "too"
                && self.is(
                    i + 1,
                    &[
                        "heavily", "much", "little", "quickly", "fast", "soon", "hastily",
                        "casually", "lightly", "confident",
                    ],
                );
            // Not "thanks to her not panicking", "he didn't rush it": the haste denied.
            if (hasty || overdone)
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
            {
                self.hit(hits, i, if overdone { i + 1 } else { i }, Verdict, VERDICT);
                continue;
            }
            // "wasn't supposed to do", "who was supposed to test it": a norm a person broke.
            if self.at(i, "supposed to") {
                let denied = self.negated_before(i, 2);
                let relative = (i.saturating_sub(3)..i).any(|k| self.w(k) == "who");
                if (denied || relative) && matches!(self.subject(i), Subject::Person | Subject::Me)
                {
                    self.hit(hits, i, i + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "That someone was me", "the delay was us", "the problem was me": the writer named
            // as the cause. (Not "it was me", which also answers "who paged?".)
            if self.is(
                i,
                &[
                    "someone", "somebody", "culprit", "cause", "problem", "delay", "issue",
                    "failure", "bottleneck",
                ],
            ) && self.is(i + 1, &["was", "is"])
                && self.is(i + 2, &["me", "us", "myself"])
                && (i + 3 >= self.len() || self.s.words[i + 2].pause_after)
                && !self.s.question
                && !self.negated_before(i + 1, 2)
            {
                self.hit(hits, i, i + 2, SelfBlame, SELF);
                continue;
            }
            // "I bet it was a developer", "the root cause is you": a person named as the cause.
            // "The failure is actually Slappy the button-pusher", "the culprit was the intern".
            if self.is(i, &["it", "cause", "failure", "culprit"])
                && self.is(i + 1, &["was", "is", "'s"])
            {
                let mut k = i + 2;
                while self.is(
                    k,
                    &[
                        "probably", "surely", "obviously", "clearly", "definitely", "mostly",
                        "just", "actually", "really", "simply", "a", "an", "the", "some", "that",
                    ],
                ) {
                    k += 1;
                }
                // "the on-call engineer", "the new hire": a role after one word that says which.
                // ("the on-call engineer" is two roles; "the disk controller" is a thing.)
                if self.is_role(self.w(k + 1))
                    && k < self.len()
                    && !self.s.words[k].pause_after
                    && (self.is_role(self.w(k))
                        || self.is(
                            k,
                            &[
                                "new", "junior", "senior", "lead", "duty", "night", "responsible",
                                "same", "other",
                            ],
                        ))
                {
                    k += 1;
                }
                let pronoun = self.is(k, &["you", "him", "her", "them", "he", "she", "they"]);
                let person =
                    k < self.len() && (self.is_role(self.w(k)) || pronoun || self.is_name(k));
                // "the root cause is you have no senior engineers", "the cause was they never
                // tested it": the person is the subject of the clause that is the cause.
                let clause = self.is(i, &["cause", "culprit"])
                    && (self.is(k, &["you", "he", "she", "they"]) || self.is_name(k))
                    && !self.s.words[k].pause_after
                    && (self.is(k + 1, &NEGATIONS)
                        || self.is(
                            k + 1,
                            &[
                                "have", "has", "had", "did", "didn't", "never", "don't", "doesn't",
                                "forgot", "ignored", "skipped", "ran", "pushed", "deployed",
                                "deleted",
                            ],
                        ));
                // A name and what they are: "Slappy the EPO button-pusher."
                let described = self.is_name(k)
                    && self.is(k + 1, &["the", "our", "their", "a"])
                    && (k + 2..self.len()).all(|j| !self.s.words[j - 1].pause_after)
                    && self.len() <= k + 6;
                let ends = k + 1 >= self.len()
                    || self.s.words[k].pause_after
                    || described
                    || self.is(k + 1, &["who", "that"]) && !self.is(i, &["it"]);
                if person && (ends || clause) && !self.s.question && !self.negated_before(i, 2) {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "The captain's airmanship was lacking", "their skills appear inadequate": a
            // person's ability found short. (Not "the monitoring was inadequate", a finding
            // about the system.)
            // "The response by the support tier was slow and disorganised", "documentation
            // left by the previous owner was inadequate": work judged, with its people named.
            let work_of_people = self.is(
                i,
                &[
                    "response", "handling", "handover", "documentation", "work", "communication",
                    "communications", "preparation", "supervision", "follow-up", "effort", "notes",
                ],
            );
            let by_person = work_of_people
                .then(|| {
                    let by = if self.is(i + 1, &["by", "from"]) {
                        i + 1
                    } else if self.is(i + 1, &["left", "shown", "written", "done", "given"])
                        && self.w(i + 2) == "by"
                    {
                        i + 2
                    } else {
                        return None;
                    };
                    (by + 1..(by + 5).min(self.len()))
                        .take_while(|&k| !self.s.words[k - 1].pause_after)
                        .find(|&k| {
                            self.classify(k) == Subject::Person
                                && !self.is(k, ORGANISATIONS)
                                && self.is(k + 1, &["was", "were", "is", "are", "seemed", "seems"])
                        })
                })
                .flatten();
            if by_person.is_some()
                || (work_of_people
                    || self.is(
                        i,
                        &[
                            "skills", "skill", "knowledge", "judgement", "judgment", "airmanship",
                            "seamanship", "competence", "expertise", "abilities", "ability",
                            "understanding", "awareness", "experience",
                        ],
                    ))
                    && self.owned_by_person(i)
            {
                let mut k = by_person.unwrap_or(i) + 1;
                if self.is(
                    k,
                    &["appear", "appears", "appeared", "seem", "seems", "seemed"],
                ) {
                    k += if self.at(k + 1, "to be") { 3 } else { 1 };
                } else if self.is(k, &["was", "is", "were", "are"]) {
                    k += 1;
                } else {
                    k = self.len();
                }
                if self.is(
                    k,
                    &[
                        "severely", "woefully", "sorely", "badly", "seriously", "clearly",
                        "totally", "completely", "very", "quite", "rather", "somewhat",
                    ],
                ) {
                    k += 1;
                }
                let found_short = |k: usize| {
                    self.is(
                        k,
                        &[
                            "inadequate", "lacking", "deficient", "insufficient", "subpar",
                            "sub-par", "wanting", "questionable", "lax", "abysmal", "appalling",
                            "disorganised", "disorganized", "chaotic", "sloppy", "shoddy",
                            "careless", "unprofessional", "lacklustre", "lackluster",
                        ],
                    )
                };
                // "slow and disorganised": the judgement in the second word.
                if !found_short(k) && self.w(k + 1) == "and" && found_short(k + 2) {
                    k += 2;
                }
                if found_short(k) && !self.negated_before(k, 3) {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "my decision was bad", "that call was a mistake", "his skills appear
            // inadequate", "preparation was severely lacking".
            if self.is(i, &JUDGED_THINGS)
                && self.is(
                    i + 1,
                    &[
                        "was", "is", "were", "are", "appear", "appears", "seem", "seems", "seemed",
                    ],
                )
            {
                let mut k = i + 2;
                if self.is(
                    k,
                    &[
                        "a", "an", "really", "so", "pretty", "very", "just", "clearly", "severely",
                        "woefully", "sorely", "grossly",
                    ],
                ) {
                    k += 1;
                }
                // Found wanting, only a person's capacities judge them: "our testing was
                // inadequate" tells of a safeguard.
                let wanting = self.is(
                    k,
                    &["inadequate", "lacking", "deficient", "subpar", "abysmal"],
                ) && self.is(
                    i,
                    &[
                        "skills", "knowledge", "judgement", "judgment", "preparation",
                        "discipline", "thinking", "airmanship", "seamanship", "decision-making",
                    ],
                );
                if (wanting
                    || self.is(
                        k,
                        &[
                            "bad", "poor", "wrong", "terrible", "stupid", "dumb", "mistake",
                            "error", "careless", "reckless", "awful", "horrible",
                        ],
                    ))
                    && !self.negated_before(k, 3)
                {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "is just a junior developer": a person made small.
            if word == "just"
                && i > 0
                && self.is(i - 1, &["is", "was", "'s", "he's", "she's", "they're"])
                && self.is(i + 1, &["a", "an"])
            {
                let role = (i + 2..(i + 4).min(self.len())).find(|&k| self.is_role(self.w(k)));
                if let Some(k) = role {
                    self.hit(hits, i, k, Minimiser, EASY_NOW);
                    continue;
                }
            }
            if self.at(i, "better judgement") || self.at(i, "better judgment") {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "I'm a failure", "he is useless".
            let copula = i >= 2
                && self.is(
                    i - 2,
                    &[
                        "am", "is", "was", "were", "are", "i'm", "he's", "she's", "you're",
                        "they're", "be", "been",
                    ],
                );
            if (matches!(
                word,
                "failure" | "liability" | "menace" | "mess" | "disaster"
            ) && self.w(i.saturating_sub(1)) == "a"
                && copula
                || word == "useless" && !self.qualifies_a_thing(i))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
            {
                self.hit(hits, i.saturating_sub(1), i, Verdict, VERDICT);
                continue;
            }
            // "reflects really poorly on the safety culture", "reflects badly on him".
            if self.is(i, &["reflects", "reflected", "reflect"]) {
                let mut k = i + 1;
                if self.is(k, &["really", "very", "so", "rather", "pretty", "quite"]) {
                    k += 1;
                }
                // (Not "it reflects poorly on the process, not on the people".)
                let on_a_thing = self.is(
                    self.past_determiner(k + 2),
                    &[
                        "process", "processes", "system", "systems", "tooling", "tools", "design",
                    ],
                ) || (k + 2..self.len()).any(|m| self.at(m, "not on"));
                if self.is(k, &["poorly", "badly", "terribly"])
                    && self.w(k + 1) == "on"
                    && !on_a_thing
                {
                    self.hit(hits, i, k + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "its captain shares blame", "the crew share some of the blame".
            if self.is(i, &["share", "shares", "shared", "sharing"])
                && (i + 1..(i + 5).min(self.len())).any(|k| self.is(k, &["blame", "fault"]))
                && (i + 1..(i + 5).min(self.len())).all(|k| !self.s.words[k - 1].pause_after)
                && self.subject(i) == Subject::Person
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                let to = (i + 1..(i + 5).min(self.len()))
                    .find(|&k| self.is(k, &["blame", "fault"]))
                    .unwrap_or(i);
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }
            if self.at(i, "asking for trouble")
                || self.at(i, "critical of")
                    && (i + 2..(i + 4).min(self.len()))
                        .any(|k| matches!(self.classify(k), Subject::Person))
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "appear to know what they're doing", "don't know what they're doing".
            // "had no idea what he was doing", "hadn't a clue what they were doing".
            if self.is(i, &["know", "idea", "clue"])
                && self.w(i + 1) == "what"
                && self.is(
                    i + 2,
                    &[
                        "they're", "theyre", "he's", "she's", "you're", "they", "he", "she", "you",
                        "i", "i'm",
                    ],
                )
                && (self.w(i + 3) == "doing" || self.w(i + 4) == "doing")
            {
                self.hit(hits, i, i + 3, Verdict, VERDICT);
                continue;
            }
            // "This is not an acceptable excuse!", "that's not a serious project": what someone
            // offered or runs denied the standing it claims, as "unacceptable" judges it. Not
            // how bad a problem is ("this isn't a serious outage"), nor asked.
            if self.is(i, &["acceptable", "serious", "professional", "excusable"])
                && i >= 3
                && self.is(i - 1, &["a", "an"])
                && !self.s.question
            {
                let said_of_this = if self.w(i - 2) == "not" {
                    self.is(i - 3, &["that's", "thats", "it's", "its"])
                        || i >= 4
                            && self.is(i - 3, &["is", "was"])
                            && self.is(i - 4, &["this", "that", "it"])
                } else {
                    self.is(i - 2, &["isn't", "isnt", "wasn't", "wasnt"])
                        && self.is(i - 3, &["this", "that", "it"])
                };
                let harm = self.is(
                    i + 1,
                    &[
                        "issue", "problem", "bug", "outage", "incident", "risk", "concern",
                        "error", "impact", "threat", "question", "matter", "failure", "loss",
                        "delay", "injury", "degradation",
                    ],
                );
                if said_of_this && i + 1 < self.len() && !harm {
                    self.hit(hits, i - 2, i + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "Their QA is a joke", "that team is an embarrassment": people, or what is
            // theirs, judged whole. Not "the dashboard is a joke" (a tool).
            if self.is(
                i,
                &["joke", "disgrace", "embarrassment", "laughingstock", "clown", "circus"],
            ) && i > 1
                && !self.s.question
                // ("His answer was a joke he told to ease the tension" tells of a joke.)
                && (i + 1 >= self.len() || self.s.words[i].pause_after || self.w(i + 1) == "of")
            {
                let mut k = i - 1;
                while k > 0 && self.is(k, &["a", "an", "such", "complete", "total", "absolute"]) {
                    k -= 1;
                }
                let theirs = (0..k).any(|m| self.is(m, &["their", "his", "her", "your"]))
                    && self.subject(k) != Subject::System;
                if k < i - 1
                    && self.is(k, &["is", "are", "was", "were", "'s", "'re"])
                    && (theirs || self.subject(k) == Subject::Person)
                    && !self.negated_before(k + 1, 2)
                {
                    self.hit(hits, i, i, Verdict, VERDICT);
                    continue;
                }
            }
            // "Who thought removing the fallback was a good idea?": the same sarcasm, asked.
            if word == "who"
                && self.is(i + 1, &["thought", "figured", "decided"])
                && (i + 2..(i + 11).min(self.len())).any(|k| {
                    self.is(k, &["a", "an"])
                        && self.is(k + 1, &["good", "great", "smart", "brilliant", "clever"])
                        && self.w(k + 2) == "idea"
                })
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "managed to kill power to the server room": harm told as an achievement. Not "she
            // managed to restore the service".
            if self.at(i, "managed to")
                && (matches!(
                    self.base(i + 2),
                    "kill"
                        | "break"
                        | "crash"
                        | "delete"
                        | "wipe"
                        | "brick"
                        | "nuke"
                        | "drop"
                        | "destroy"
                        | "corrupt"
                        | "trash"
                        | "lose"
                ) || self.w(i + 2) == "take" && self.is(i + 3, &["down", "out"]))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "shitty engineers", "useless admins": an insult said of people.
            if self.is(
                i,
                &[
                    "shitty", "crappy", "useless", "lousy", "worthless", "cowardly", "clueless",
                    "weak", "spineless", "gutless", "hopeless", "terrible", "awful", "bad", "crap",
                ],
            ) {
                // ("I'm a terrible library manager", "useless database admins": the role may
                // be named with a word for its field before it.)
                let role = if self.is_role(self.w(i + 1)) {
                    Some(i + 1)
                } else {
                    Some(i + 2).filter(|&k| {
                        k < self.len()
                            && !self.s.words[i].pause_after
                            && !self.s.words[i + 1].pause_after
                            && !self.is(i + 1, &["and", "or", "the", "a", "an", "to", "as", "of"])
                            && !self.is_role(self.w(i + 1))
                            && self.is_role(self.w(k))
                            && self.classify(k) == Subject::Person
                    })
                };
                if let Some(k) = role.filter(|&k| !self.is(k, ORGANISATIONS)) {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "He shouldn't be on the rotation", "you should not be allowed near production":
            // one person judged unfit for the work. (A rule for a role, "interns shouldn't be
            // allowed to deploy", is a plan.)
            // (Said as what ought to be, not as a rule ahead: "you will not be allowed near
            // production without a badge".)
            let unfit = i > 1
                && (self.is(i - 1, &["shouldn't", "shouldnt"])
                    || self.w(i - 1) == "not" && self.is(i - 2, &["should", "ought"]))
                && self.w(i) == "be"
                && (self.w(i + 1) == "allowed"
                    && self.is(i + 2, &["near", "anywhere", "on", "in"])
                    // ("...if he can't read a graph"; not "she shouldn't be on call this month,
                    // she's on leave": a rota.)
                    || self.w(i + 1) == "on"
                        && (i + 2..(i + 4).min(self.len())).any(|k| {
                            self.is(k, &["rotation", "rota", "call", "pager", "roster", "team"])
                        })
                        && (i + 2..self.len()).any(|k| {
                            self.is(k, &["can't", "cant", "cannot", "unable", "incapable"])
                        }));
            if unfit {
                let start = self.clause_start(i);
                let one = (start..i).any(|k| {
                    self.is(k, &["he", "she", "you", "him", "her"]) || k > 0 && self.is_name(k)
                });
                if one && !self.s.question {
                    self.hit(hits, i - 1, i + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "You should not be working in IT": a person judged unfit.
            if self.at(i, "be working")
                && i > 0
                && self.is(i - 1, &["shouldn't", "shouldnt", "not"])
                && self.is(i + 2, &["in", "on", "near", "with", "anywhere"])
                && matches!(self.subject(i), Subject::Person)
            {
                self.hit(hits, i - 1, i + 1, Verdict, VERDICT);
                continue;
            }
            // "The tsunami was largely ignored by everyone at the site": a person's omission,
            // in the passive. Not "ignored by the parser".
            const PASSIVE_OMISSIONS: &[&str] = &[
                "missed", "ignored", "overlooked", "disregarded", "neglected", "unheeded",
            ];
            if self.is(i, PASSIVE_OMISSIONS)
                && i > 0
                && (self.is(i - 1, &["was", "were", "been"])
                    || i > 1 && self.is(i - 2, &["was", "were", "been"]))
                && self.w(i + 1) == "by"
            {
                let k = self.past_determiner(i + 2);
                if matches!(self.classify(k), Subject::Person) && !self.is(k, ORGANISATIONS) {
                    self.hit(hits, i, k, Omission, UNSEEN);
                    continue;
                }
            }
            // "The alert was missed", "the warnings were ignored": a person's omission in the
            // passive, with no one named, said of a sign meant for people. Not "the step was
            // skipped by the pipeline", "no alert was missed", "if the page is missed, it
            // escalates" (how the system works) or "the deadline was missed".
            if self.is(i, PASSIVE_OMISSIONS) && !self.s.question && self.w(i + 1) != "by" {
                let aux = (i.saturating_sub(2)..i)
                    .rev()
                    .find(|&k| self.is(k, &["was", "were", "got", "went", "been", "is", "are"]));
                let start = self.clause_start(i);
                let sign = aux.filter(|&a| a > start).map(|a| a - 1);
                if let (Some(aux), Some(sign)) = (aux, sign) {
                    let conditional = (start..aux).any(|k| {
                        self.is(k, &["if", "unless", "whether", "lest"]) || self.at(k, "in case")
                    });
                    if SIGNS_FOR_PEOPLE.contains(&self.w(sign))
                        && !conditional
                        && !self.negated_before(i, 6)
                    {
                        self.hit(hits, sign, i, Omission, UNSEEN);
                        continue;
                    }
                }
            }
            // "either didn't see the light or chose to ignore it": an intent imputed. Not "the
            // parser chose to ignore unknown fields".
            if self.is(i, &["chose", "decided", "opted", "elected"])
                && self.w(i + 1) == "to"
                && self.is(i + 2, &["ignore", "disregard", "overlook", "bypass"])
                && matches!(self.subject(i), Subject::Person)
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "ugh, dave again", "the intern again.": a person named as the trouble, with
            // nothing else said. Not "dave is joining again".
            if word == "again" && i + 1 == self.len() && i > 0 && self.len() <= 6 {
                let named = (0..i)
                    .filter(|&k| {
                        !self.is(
                            k,
                            &[
                                "ugh", "oh", "sigh", "lol", "wow", "great", "and", "so", "well",
                                "the", "our", "yep", "yup", "classic", "typical", "ffs",
                            ],
                        )
                    })
                    .collect::<Vec<_>>();
                if named.len() == 1
                    && named[0] == i - 1
                    && (self.is_name(i - 1) || self.is_role(self.w(i - 1)))
                    && !self.is(i - 1, ORGANISATIONS)
                    && !self.s.question
                {
                    self.hit(hits, i - 1, i, Verdict, VERDICT);
                    continue;
                }
            }
            // "Not great that the on-call took 40 minutes to ack": a verdict in understatement,
            // on what a person did. Not "not great that the disk filled up".
            if word == "not"
                && self.is(
                    i + 1,
                    &["great", "good", "ideal", "okay", "ok", "acceptable", "cool"],
                )
                && self.w(i + 2) == "that"
                && matches!(self.classify(self.past_determiner(i + 3)), Subject::Person)
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "The team lacked basic awareness of the failover": a person found wanting, said
            // with the verb. Not "the team lacked access to the dashboard" (a condition).
            if self.is(i, &["lacked", "lacks", "lack", "lacking"])
                && {
                    let k = if self.is(i + 1, &["basic", "any", "the", "sufficient", "enough"]) {
                        i + 2
                    } else {
                        i + 1
                    };
                    self.is(
                        k,
                        &[
                            "awareness", "knowledge", "understanding", "skill", "skills",
                            "competence", "judgement", "judgment", "experience", "diligence",
                            "discipline", "care", "rigor", "rigour", "professionalism",
                        ],
                    )
                }
                && matches!(self.subject(i), Subject::Person)
                && !self.negated_before(i, 2)
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "The developer introduced the bug": a person as the cause of the fault. Not "the
            // refactor introduced a regression", nor "Sam introduced the feature flag".
            if self.is(i, &["introduced", "introduces"])
                && {
                    let k = if self.is(i + 1, &["a", "an", "the", "this", "that"]) {
                        i + 2
                    } else {
                        i + 1
                    };
                    self.is(
                        k,
                        &[
                            "bug", "bugs", "regression", "defect", "error", "outage", "fault",
                            "vulnerability",
                        ],
                    )
                }
                && matches!(self.subject(i), Subject::Person)
                && !self.negated_before(i, 2)
                && !self.s.question
            {
                self.hit(hits, i, i, Verdict, CAUSE);
                continue;
            }
            // "Poor communication by the incident commander": a judging word on a person's
            // work, named after it.
            if JUDGING.contains(&word)
                && self.is(
                    i + 1,
                    &[
                        "communication", "communications", "coordination", "preparation", "comms",
                    ],
                )
                && self.is(i + 2, &["by", "from"])
                && {
                    let k = self.past_determiner(i + 3);
                    let k = if self.classify(k) != Subject::Person {
                        k + 1
                    } else {
                        k
                    };
                    matches!(self.classify(k), Subject::Person) && !self.is(k, ORGANISATIONS)
                }
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "This is the third time you have shipped a breaking change": a habit charged, in
            // the present. Not "the third time the job has failed", nor a story's "it was the
            // second time the pilot had flown the route".
            if word == "time"
                && i >= 3
                && self.w(i - 2) == "the"
                && self.is(i - 3, &["is", "that's", "it's", "thats", "its", "this's"])
                && (self.is(
                    i - 1,
                    &[
                        "second", "third", "fourth", "fifth", "sixth", "nth", "umpteenth",
                        "hundredth", "millionth",
                    ],
                ) || self.w(i - 1).ends_with("th")
                    && self.w(i - 1).starts_with(|c: char| c.is_ascii_digit()))
            {
                let mut k = i + 1;
                if self.is(k, &["that"]) {
                    k += 1;
                }
                k = self.past_determiner(k);
                let acted = matches!(self.classify(k), Subject::Person)
                    && !self.is(k, ORGANISATIONS)
                    && (self.is(k + 1, &["have", "has", "had", "did"])
                        || self.w(k + 1).ends_with("ed")
                        || self.base(k + 1) != self.w(k + 1));
                if acted && !self.s.question {
                    self.hit(hits, i - 2, k + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "The controller was distracted": attention judged. ("Distracted by a warning
            // light" tells what took it.)
            if word == "distracted"
                && i > 0
                && self.is(
                    i - 1,
                    &["was", "were", "got", "became", "seemed", "is", "are"],
                )
                && self.w(i + 1) != "by"
                && matches!(self.subject(i), Subject::Person)
                && !self.negated_before(i, 2)
                && !self.s.question
            {
                self.hit(hits, i - 1, i, Verdict, VERDICT);
                continue;
            }
            // "thought it was a good idea to push untested code": sarcasm.
            if self.is(i, &["thought", "figured", "decided"])
                && self.is(i + 1, &["it", "that"])
                && self.is(i + 2, &["was", "would"])
            {
                // ("... it would be a good idea": one word more than "it was a good idea".)
                let good_idea = (i + 3..(i + 7).min(self.len())).any(|k| self.w(k) == "idea")
                    && (i + 3..(i + 7).min(self.len())).any(|k| {
                        self.is(
                            k,
                            &["good", "great", "smart", "brilliant", "fine", "clever"],
                        )
                    });
                // "We decided it would be a good idea to add a canary": our own decision told,
                // not sarcasm. ("I thought it was a good idea" is still a belief regretted.)
                let ours = word == "decided" && i > 0 && self.is(i - 1, &["we", "i"]);
                if good_idea && !ours {
                    self.hit(hits, i, i + 2, Verdict, VERDICT);
                    continue;
                }
            }
            // "did something wrong", "set them up wrong", "got it wrong".
            if word == "wrong" && i >= 2 {
                let acted = (i.saturating_sub(3)..i).any(|k| {
                    matches!(
                        self.base(k),
                        "do" | "set" | "get" | "got" | "configure" | "make" | "build"
                    )
                }) && (i.saturating_sub(2)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "something", "it", "them", "everything", "this", "that", "up", "things",
                        ],
                    )
                });
                if acted && matches!(self.subject(i), Subject::Person | Subject::Me) {
                    self.hit(hits, i.saturating_sub(2), i, Verdict, VERDICT);
                    continue;
                }
            }
            if self.jumped_to_conclusions(i) {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "He wasn't paying attention", "whoever approved it was not paying attention": a
            // verdict on the one whose attention it was ("the alert got no attention" is not).
            // Only people pay attention: "the driver wasn't paying attention" is said of a
            // person, whatever else the word names.
            let attending = |k: usize| {
                !matches!(self.subject(k), Subject::System)
                    || (self.clause_start(k)..k).any(|m| self.is(m, &ERROR_OWNERS))
            };
            if self.at(i, "paying attention")
                && i > 0
                && (self.is(i - 1, &["wasn't", "weren't", "not"]) || self.w(i - 1) == "never")
                && attending(i)
                && !self.s.question
            {
                self.hit(hits, i - 1, i + 1, Verdict, VERDICT);
                continue;
            }
            // "The sysadmin was more interested in eating donuts than keeping his machines
            // clean", "the company has been more focused on its margins than on the quality of
            // its updates": someone's cares weighed against the work, from after the outcome. Only
            // with the "than" that weighs them, of those who did the work: not of the customers
            // or users served ("users are more interested in speed than in features"), nor ours
            // ("we were more focused on the launch than on the alerts" tells where our attention
            // was), nor asked.
            if self.w(i) == "more"
                && self.at_any(
                    i + 1,
                    &[
                        "interested in", "focused on", "concerned with", "concerned about",
                        "worried about",
                    ],
                )
                && self.weighed_against(i)
                && self.subject(i) == Subject::Person
                && !(self.clause_start(i)..i).any(|k| {
                    self.is(k, &FIRST_PERSON)
                        || self.is(
                            k,
                            &[
                                "we", "we're", "we've", "us", "our", "nobody", "no", "customer",
                                "customers", "user", "users", "client", "clients",
                            ],
                        )
                })
                && !self.s.question
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "The builder hadn't paid attention", "nobody's fault but he didn't pay attention":
            // what a person did not do. Not asked, supposed ("if we had paid attention") or
            // advised ("don't pay attention to the noise").
            if (self.at(i, "paid attention") || self.at(i, "pay attention"))
                && i > 0
                && (self.is(i - 1, &["hadn't", "didn't", "didnt", "hadnt", "never"])
                    || self.w(i - 1) == "not" && self.is(i.saturating_sub(2), &["did", "had"]))
                && attending(i)
                && !self.s.question
                && !self.conditional(i)
                && !self.is_plan()
            {
                self.hit(hits, i - 1, i + 1, Omission, UNSEEN);
                continue;
            }
            if self.at_any(
                i,
                &["amateur hour", "clown show", "dumpster fire", "brain dead"],
            ) {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "It's a people problem, not a tooling problem".
            if (self.at(i, "a people problem")
                || self.at(i, "a people issue")
                || self.at(i, "a human problem"))
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "He's just not cut out for on-call".
            if self.at(i, "cut out for")
                && self.negated_before(i, 3)
                && matches!(self.subject(i), Subject::Person | Subject::Me)
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "Jess took full blame for the lapsed renewal", "I'll take the blame": the fault
            // taken on, told or said. "Yeah, I blew it."
            let took_blame = self.base(i) == "take"
                && (self.w(i + 1) == "blame"
                    || self.is(i + 1, &["full", "the", "all", "complete", "total"])
                        && self.w(i + 2) == "blame")
                && !self.negated_before(i, 3)
                && !self.s.question;
            // "...and took responsibility for the outage": the fault taken on. Not "took
            // responsibility for the rollback" (a task).
            let took_it_on = self.base(i) == "take"
                && (self.w(i + 1) == "responsibility"
                    || self.is(i + 1, &["full", "the", "all", "complete", "total"])
                        && self.w(i + 2) == "responsibility")
                && (i + 2..(i + 4).min(self.len())).any(|k| {
                    self.w(k) == "for"
                        && !self.w(k + 1).ends_with("ing")
                        && self.names_harm(k + 1..(k + 4).min(self.len()))
                })
                // "Anyone who notices an issue should take responsibility for...": a duty.
                && !(i.saturating_sub(2)..i)
                    .any(|k| self.is(k, &["should", "must", "will", "to", "can", "would"]))
                && !self.negated_before(i, 3)
                && !self.s.question;
            if took_blame || took_it_on {
                let to = if self.is(i + 1, &["blame", "responsibility"]) {
                    i + 1
                } else {
                    i + 2
                };
                self.hit(hits, i, to, SelfBlame, SELF);
                continue;
            }
            // "This is 100% on Kwame", "that's on him": the fault laid at one door. Not "this
            // is on the list", "it's on prod".
            let on_at = if self.is(i, &["this", "that", "it"]) && self.is(i + 1, &["is", "was"]) {
                Some(i + 2)
            } else if self.is(i, &["that's", "thats", "it's", "this's"]) {
                Some(i + 1)
            } else {
                None
            };
            if let Some(mut k) = on_at {
                if self.is(
                    k,
                    &[
                        "100%", "all", "entirely", "squarely", "completely", "totally", "fully",
                        "100",
                    ],
                ) {
                    k += 1;
                }
                let who = k + 1;
                if self.w(k) == "on"
                    && (who + 1 >= self.len() || self.s.words[who].pause_after)
                    && (self.is(who, &["him", "her", "them", "you", "me", "us"])
                        || self.is_name(who))
                    && !self.s.question
                    && !self.negated_before(i + 1, 2)
                {
                    if self.is(who, &["me", "us"]) {
                        self.hit(hits, i, who, SelfBlame, SELF);
                    } else {
                        self.hit(hits, i, who, Verdict, CAUSE);
                    }
                    continue;
                }
            }
            // "They are the most dangerous guys in the business", "useless people": a kind of
            // person judged. Not "the most dangerous step".
            if self.is(
                i,
                &[
                    "dangerous", "useless", "worthless", "hopeless", "terrible", "awful",
                    "pathetic",
                ],
            ) && (self.is_role(self.w(i + 1))
                || self.is(i + 1, &["guys", "people", "folks", "bunch", "lot"]))
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "It didn't take long to realise what had happened: I happened", "then he
            // happened": a person named as the event itself, the cause in two words. Only a
            // person alone before "happened" at the clause's end: not "it happened", "what
            // happened", "I happened to be on call", "he happened upon the logs". A name counts
            // when the review knows it, or as a handle ("@marcus happened").
            if word == "happened" && i > 0 && (i + 1 == self.len() || self.s.words[i].pause_after) {
                let j = i - 1;
                // (A capital alone is not enough: "Then Christmas happened" names a season.)
                let person = self.is(j, &["i", "he", "she", "you"])
                    || self.s.words[j].known
                    || self.s.words[j].mention;
                let alone = j == self.clause_start(j)
                    || j > 0 && self.s.words[j - 1].pause_after
                    || j > 0 && self.is(j - 1, &["well", "then", "just"]);
                if person && alone && !self.s.question && !self.negated_before(i, 3) {
                    self.hit(hits, j, i, Verdict, CAUSE);
                    continue;
                }
            }
            // "He does the bare minimum", "the other is doing minimum required work": how
            // someone works, judged. Not "we did the minimum to get it back up" (a choice told,
            // with its purpose), nor a tool that does the minimum.
            if word == "minimum" && i > 1 {
                let mut v = i - 1;
                let mut bare = false;
                while v > 0 && self.is(v, &["the", "bare", "absolute", "very", "just", "only"]) {
                    bare |= self.is(v, &["bare", "absolute"]);
                    v -= 1;
                }
                let purpose = (i + 1..(i + 4).min(self.len())).any(|k| self.w(k) == "to");
                if self.base(v) == "do"
                    && (bare || !purpose)
                    // (Said of people nearly always: "the other is doing minimum work".)
                    && self.subject(v) != Subject::System
                    && !(self.clause_start(v)..v).any(|k| self.is(k, WE))
                    && !self.negated_before(v, 3)
                    && !self.conditional(v)
                {
                    self.hit(hits, v, i, Verdict, VERDICT);
                    continue;
                }
            }
            // "IT will still act like 5th graders", "people running around like headless
            // chickens", "they behave like amateurs": how someone works likened to children or
            // fools. Only after a verb of conduct ("treated like hazardous material" and "looks
            // like an idiot" are other forms), not of ourselves as a team ("we were running around
            // like headless chickens" tells of the first hour's chaos), not denied ("don't act like
            // children" is advice).
            if word == "like" && i > 0 {
                let conduct = self.is(
                    i - 1,
                    &[
                        "act", "acts", "acted", "acting", "behave", "behaves", "behaved",
                        "behaving", "drive", "drives", "drove", "driving",
                    ],
                ) || self.is(i - 1, &["around", "about"])
                    && i > 1
                    && self.is(
                        i - 2,
                        &[
                            "run", "runs", "ran", "running", "rushing", "rushed", "flapping",
                            "milling", "stumbling", "flailing", "scurrying", "scrambling",
                        ],
                    );
                // Past "a", "a bunch of", "some", "5th", "little", to the word for them.
                let mut k = i + 1;
                while k < self.len()
                    && k <= i + 4
                    && (self.is(
                        k,
                        &[
                            "a", "an", "some", "bunch", "pack", "load", "of", "little", "total",
                            "complete", "spoilt", "spoiled", "headless",
                        ],
                    ) || self.w(k).bytes().next().is_some_and(|b| b.is_ascii_digit()))
                {
                    k += 1;
                }
                let fools = self.is(
                    k,
                    &[
                        "child", "children", "kid", "kids", "toddler", "toddlers", "baby",
                        "babies", "grader", "graders", "schoolchildren", "schoolkids",
                        "schoolboys", "monkey", "monkeys", "maniac", "maniacs", "lunatic",
                        "lunatics",
                    ],
                ) || VERDICT_WORDS.contains(&self.w(k))
                    || self.is(k, &["chicken", "chickens"]) && self.w(k - 1) == "headless";
                let ours = (self.clause_start(i)..i).any(|m| self.is(m, WE));
                if conduct
                    && fools
                    && k > i + 1
                    && !ours
                    && !self.negated_before(i, 4)
                    // ("The retry loop acts like a child asking the same question.")
                    && self.subject(i - 1) != Subject::System
                {
                    let from = if self.is(i - 1, &["around", "about"]) {
                        i - 2
                    } else {
                        i - 1
                    };
                    self.hit(hits, from, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "A clumsy contractor cut the fibre", "poorly trained technicians": a person judged
            // by a word for how they work, put before them. Not "the training was poor", nor
            // "untrained staff" (a fact about their training), nor "a clumsy UI".
            let unskilled = self.is(
                i,
                &[
                    "clumsy", "trigger-happy", "undertrained", "under-trained", "ill-trained",
                    "half-trained",
                ],
            ) || self.w(i) == "trained"
                && i > 0
                && self.is(i - 1, &["poorly", "badly", "barely", "inadequately"]);
            if unskilled
                && (self.is_role(self.w(i + 1))
                    || self.is(i + 1, &["guys", "people", "folks", "kid", "kids"]))
                && !self.negated_before(i, 6)
                // "Nobody there was a clumsy engineer": no one is judged.
                && !(0..i).any(|k| self.is(k, &["nobody", "none", "neither"]))
            {
                let from = if self.w(i) == "trained" { i - 1 } else { i };
                self.hit(hits, from, i + 1, Verdict, VERDICT);
                continue;
            }
            // "The First Officers don't have a clue about what they're doing", "other
            // technicians are a threat to public safety".
            let clueless = self.at(i, "have a clue")
                && self.negated_before(i, 2)
                && self.subject(i) == Subject::Person;
            let menace = self.is(i, &["a", "an"])
                && self.is(
                    i + 1,
                    &["threat", "danger", "menace", "liability", "hazard"],
                )
                && i > 0
                && self.is(i - 1, &["is", "are", "was", "were"])
                && self.subject(i - 1) == Subject::Person
                && !self.negated_before(i, 3);
            if clueless || menace {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "...and throw the staff under the bus". Not "not to throw anyone under the bus".
            if self.at(i, "under the bus")
                && (i.saturating_sub(4)..i).any(|k| self.base(k) == "throw" || self.is(k, &["threw", "thrown"]))
                && !self.negated_before(i.saturating_sub(3), 3)
                && !(i.saturating_sub(5)..i).any(|k| self.at(k, "not to"))
                // "Politicians throw people under the bus": the practice, of anyone.
                && !(i.saturating_sub(2)..i).any(|k| {
                    self.is(k, &["people", "anyone", "someone", "somebody", "others", "anybody"])
                })
            {
                self.hit(hits, i, i + 2, Verdict, CAUSE);
                continue;
            }
            // "I have no other excuse than being tired": the fault owned.
            if (self.at(i, "no excuse") || self.at(i, "no other excuse"))
                && self.subject(i) == Subject::Me
                && !self.s.question
            {
                self.hit(hits, i, i + 1, SelfBlame, SELF);
                continue;
            }
            // "Once again, Integrations has cost us a major customer": a loss laid at a door.
            if self.is(i, &["cost", "costs"])
                && self.is(i + 1, &["us", "the"])
                && i > 0
                && self.is(i - 1, &["has", "have", "had", "just", "again"])
                && self.subject(i) == Subject::Person
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Verdict, CAUSE);
                continue;
            }
            // "The previous on-call was, to put it kindly, not on top of things".
            if self.at(i, "on top of things")
                && self.negated_before(i, 2)
                && self.subject(i) == Subject::Person
            {
                self.hit(hits, i, i + 3, Verdict, VERDICT);
                continue;
            }
            // "I walked into a mess that the day shift had made": the mess and who made it.
            if self.is(i, &["mess", "shambles", "chaos", "disaster", "fiasco"])
                && self.is(i + 1, &["that", "which"])
            {
                let who = self.past_determiner(i + 2);
                let made = (who..(who + 4).min(self.len())).find(|&k| {
                    matches!(self.base(k), "make" | "create" | "leave" | "cause")
                        || self.is(k, &["made", "created", "left", "caused"])
                });
                if let Some(k) = made
                    .filter(|_| (who..who + 2).any(|m| matches!(self.classify(m), Subject::Person)))
                {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "Make sure Hamid understands this cannot happen again on his watch": a warning.
            if (self.at(i, "on his watch")
                || self.at(i, "on her watch")
                || self.at(i, "on their watch"))
                && (i.saturating_sub(4)..i).any(|k| self.is(k, &["again", "happen"]))
            {
                self.hit(hits, i, i + 2, Verdict, SANCTION);
                continue;
            }
            // "great job tomas, prod is down again", "thanks to Luca's brilliant idea of
            // reorganising the walk-in, we lost a whole service": thanks that mean blame, with
            // the harm told. Not "great job everyone, we're back up".
            let thanked = self.is(
                i,
                &[
                    "great", "nice", "good", "brilliant", "fantastic", "excellent",
                ],
            ) && self.is(i + 1, &["job", "work"])
                && ((i + 2..(i + 4).min(self.len())).any(|k| self.is_name(k))
                    // "great job tomas, prod is down again": whoever is hailed, in chat's
                    // lowercase, when the harm has come again.
                    || self.s.words.get(i + 2).is_some_and(|w| w.pause_after)
                        && (i + 3..self.len()).any(|k| self.is(k, &["again", "another"])))
                || self.at(i, "thanks to")
                    && (i + 2..(i + 4).min(self.len()))
                        .any(|k| self.s.words[k].possessive && self.classify(k) == Subject::Person)
                    && (i + 2..(i + 8).min(self.len())).any(|k| {
                        self.is(
                            k,
                            &[
                                "brilliant", "genius", "great", "bright", "clever", "wonderful",
                            ],
                        )
                    });
            if thanked && self.tells_harm() && !self.s.question {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "big thanks to the db team for another fun weekend /s": chat's mark of sarcasm
            // (read as a last word "s", not after a number: "30 s"), aimed at whoever is named.
            if i + 1 == self.len()
                && word == "s"
                && i >= 2
                && !self.w(i - 1).starts_with(|c: char| c.is_ascii_digit())
                && !self.s.words[i - 1].quoted
            {
                let aimed = (0..i)
                    .find(|&k| self.classify(k) == Subject::Person && !self.is(k, &FIRST_PERSON));
                if let Some(k) = aimed {
                    self.hit(hits, k, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "I'm disappointed in the level of care shown by the release team".
            if (self.at(i, "disappointed in") || self.at(i, "disappointed with"))
                && !self.negated_before(i, 3)
            {
                let who = (i + 2..(i + 12).min(self.len()))
                    .take_while(|&k| !self.s.words[k - 1].pause_after)
                    .find(|&k| {
                        matches!(self.classify(k), Subject::Person) && !self.s.words[k].possessive
                    });
                if let Some(k) = who {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "Felt like the IC wasn't up to running a sev1 bridge", "not up to the job".
            if self.at(i, "up to")
                && self.negated_before(i, 2)
                && (self.w(i + 2).ends_with("ing")
                    || self.at(i + 2, "the job")
                    || self.at(i + 2, "the task")
                    || self.w(i + 2) == "it"
                        && (i + 3 >= self.len() || self.s.words[i + 2].pause_after))
                && matches!(self.subject(i), Subject::Person)
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            if self.is(i, &["blew", "blown"])
                && self.w(i + 1) == "it"
                && (i + 2 >= self.len() || self.s.words[i + 1].pause_after)
                && matches!(self.subject(i), Subject::Person | Subject::Me)
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "Cause: Ben's change to the load balancer config." A finding's label with a
            // person's act after it.
            if i == 0
                && (self.w(0) == "cause" && self.s.words[0].pause_after
                    || self.at(0, "root cause") && self.s.words[1].pause_after)
            {
                let from = if word == "root" { 2 } else { 1 };
                let whose = (from..(from + 3).min(self.len()))
                    .find(|&k| self.s.words[k].possessive && self.classify(k) == Subject::Person);
                // "Cause: Olek ran his cleanup script against prod", "Root cause: Ines,
                // apparently": the person, and their act or nothing more.
                let named = self.is_name(from)
                    && (from + 1 >= self.len()
                        || self.s.words[from].pause_after
                        || self.w(from + 1).ends_with("ed")
                        || self.base(from + 1) != self.w(from + 1));
                if let Some(k) = whose.or(named.then_some(from)) {
                    self.hit(hits, 0, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "Serious neglect on the part of the dam owners", "neglect by the landlord".
            if self.is(
                i,
                &["neglect", "negligence", "carelessness", "incompetence"],
            ) && (self.at(i + 1, "on the part of") || self.w(i + 1) == "by")
            {
                let from = if self.w(i + 1) == "by" { i + 2 } else { i + 5 };
                let who = (from..(from + 3).min(self.len()))
                    .find(|&k| self.classify(k) == Subject::Person && !self.is(k, ORGANISATIONS));
                if let Some(k) = who {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "Did he lack the mental fortitude to...", "this guy doesn't have the spine to say
            // no": a person's character found short. Not "the operator lacked the training
            // to...", the conditions they were given.
            if let Some(k) = self.character_lacking(i) {
                self.hit(hits, i, k, Verdict, VERDICT);
                continue;
            }
            // An idiom of the list, or one that needs its neighbours: "a rubber stamp", "was
            // sleeping on the job", "the DB team strikes again", "Nice going." opening a sentence.
            let idiom = IDIOMS
                .iter()
                .find(|(phrase, _)| self.at(i, phrase))
                .map(|&(_, after)| after)
                .or_else(|| {
                    (self.at(i, "rubber stamp") && i > 0 && self.is(i - 1, &["a", "just"]))
                        .then_some(1)
                })
                .or_else(|| {
                    (self.is(i, &["sleeping", "asleep"]) && self.at(i + 1, "on the job"))
                        .then_some(2)
                })
                .or_else(|| {
                    (self.at(i, "strikes again") && self.subject(i) == Subject::Person).then_some(1)
                })
                .or_else(|| (self.at(i, "nice going") && i == 0).then_some(1));
            if let Some(after) = idiom {
                self.hit(hits, i, i + after, Verdict, VERDICT);
                continue;
            }
            // "We were let down by the network team": the same, told in the passive.
            // "The rollout was rushed by a manager who wanted it out": the manner judged, and
            // put on the one named.
            let by = if self.at(i, "let down by") {
                Some(i + 3)
            } else if self.is(i, &["rushed", "hurried", "mishandled"]) {
                let k = if self.is(i + 1, &["through", "out"]) {
                    i + 2
                } else {
                    i + 1
                };
                (self.w(k) == "by").then_some(k + 1)
            } else {
                None
            };
            if let Some(k) = by
                .filter(|_| i > 0 && self.is(i - 1, &["were", "was", "been", "got", "be", "being"]))
            {
                let who = self.past_determiner(k);
                // "the network team": a system's name before a role names people.
                let who = if self.is_role(self.w(who + 1)) {
                    who + 1
                } else {
                    who
                };
                if matches!(self.classify(who), Subject::Person)
                    && !self.is(who, ORGANISATIONS)
                    && !self.negated_before(i, 3)
                {
                    self.hit(hits, i, who, Verdict, VERDICT);
                    continue;
                }
            }
            // "Leadership completely failed us", "he failed the team": a person's whole part
            // judged. ("The disk failed us" tells of a tool; "we failed over" is a step.)
            if self.is(i, &["failed", "fails"])
                && (self.is(i + 1, &["us", "me", "everyone", "everybody", "you"])
                    || self.at(i + 1, "the team")
                    || self.at(i + 1, "the customers")
                    // "As the captain, I failed my crew."
                    || self.is(i + 1, &["my", "his", "her", "their", "our"])
                        && self.is_role(self.w(i + 2)))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
            {
                let to = if self.is(i + 1, &["the", "my", "his", "her", "their", "our"]) {
                    i + 2
                } else {
                    i + 1
                };
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }
            // "Honestly the support team made it worse": a person's act judged by where it led.
            // ("The retries made it worse" tells of a tool.)
            if self.base(i) == "make"
                && self.is(i + 1, &["it", "things", "matters", "everything"])
                && self.is(i + 2, &["worse", "worst"])
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
                && !self.conditional(i)
            {
                self.hit(hits, i, i + 2, Verdict, CAUSE);
                continue;
            }
            // "Kevin keeps doing this", "she always does that": a habit charged to a person.
            let habit = self.is(i, &["keeps", "kept", "keep"])
                && self.at(i + 1, "doing")
                && self.is(i + 2, &["this", "that", "it"])
                || self.is(i, &["always", "constantly", "forever"])
                    && self.is(i + 1, &["does", "do", "did", "pulls", "pull"])
                    && self.is(i + 2, &["this", "that"])
                    && i + 3 >= self.len();
            if habit
                && matches!(self.subject(i), Subject::Person)
                && !self.negated_before(i, 2)
                && !self.s.question
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            if self.base(i) == "let"
                && self.is(
                    i + 1,
                    &[
                        "everyone", "everybody", "us", "them", "you", "people", "the", "him",
                        "her", "me", "my", "our", "his", "their",
                    ],
                )
            {
                // Said of a person; "the alarm let us down" tells of a tool.
                let down = (i + 2..(i + 5).min(self.len())).find(|&k| self.w(k) == "down");
                if let Some(k) = down.filter(|_| self.subject(i) != Subject::System) {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            if let Some(to) = self.sanction(i) {
                self.hit(hits, i, to, Verdict, SANCTION);
                continue;
            }
            // "I expected better from a senior engineer": disappointment, aimed at someone
            // else, whoever says it.
            if self.at(i, "expected better")
                && self.is(i + 2, &["from", "of"])
                && matches!(self.classify(self.past_determiner(i + 3)), Subject::Person)
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, self.past_determiner(i + 3), Verdict, DISBELIEF);
                continue;
            }
            if let Some((to, mine)) = self.disbelief_at_an_act(i) {
                if mine {
                    self.hit(hits, i, to, SelfBlame, SELF);
                } else {
                    self.hit(hits, i, to, Verdict, DISBELIEF);
                }
                continue;
            }
            // "They should be ashamed", "he ought to be ashamed of himself": shame asked of
            // someone else. ("I am ashamed of it" is the writer's own.)
            if word == "ashamed"
                && i >= 2
                && self.w(i - 1) == "be"
                && (i.saturating_sub(4)..i - 1).any(|k| self.is(k, &["should", "ought", "must"]))
                && self.said_of_someone_else(i)
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i.saturating_sub(2), i, Verdict, SHAME);
                continue;
            }
            // "the admin inappropriately restarted it", "misjudged the load", "we mis-timed
            // the order": a person's act judged by its manner.
            if (self.is(
                i,
                &[
                    "inappropriately", "improperly", "wrongly", "blindly", "rashly", "wilfully",
                    "willfully", "needlessly", "haphazardly", "lazily", "wantonly", "misjudged",
                    "misjudge", "mishandled", "mishandle", "mismanaged", "mismanage", "mistimed",
                    "mis-timed", "misjudging", "mishandling", "mismanaging", "misread",
                    "misreading", "misconfigured", "misconfiguring", "misinterpreted",
                    "misinterpreting", "mistyped", "misapplied", "mislabeled", "mislabelled",
                ],
            ) || word.starts_with("mis-") && word.ends_with("ed"))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 2)
                // "No customer was wrongly charged": done to them, not by them.
                && !(i > 0
                    && self.is(i - 1, &["was", "were", "been", "be", "is", "are"])
                    && self.w(i + 1).ends_with("ed"))
            {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            // "are these people nuts?", "he must be crazy": a person's mind judged.
            // "these people are nuts", "are they crazy?"; not "the traffic was crazy".
            let copula = |k: usize| self.is(k, &["is", "are", "was", "were", "be", "'re"]);
            let stated = i > 0
                && (copula(i - 1)
                    || i > 1
                        && copula(i - 2)
                        && self.is(
                            i - 1,
                            &["just", "completely", "totally", "absolutely", "so"],
                        ))
                && self.subject(i) == Subject::Person;
            let asked = self.s.question
                && copula(0)
                && (1..i)
                    .filter(|&k| !self.is(k, &DETERMINERS))
                    .map(|k| self.classify(k))
                    .find(|c| *c != Subject::Unknown)
                    == Some(Subject::Person);
            // ("Are you blind?" is asked of someone; "blind to the risk" tells of a view.)
            if (self.is(i, &["nuts", "crazy", "bonkers", "deranged", "mental"])
                && (stated || asked)
                || self.is(i, &["blind", "illiterate", "daft"])
                    && i + 1 == self.len()
                    && (asked
                        || self.s.question
                            && i > 2
                            && self.w(i - 1) == "you"
                            && self.is(i - 2, &["are", "r"])
                            && self.s.words[i - 3].pause_after))
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            // "I apologise for the outage", "I'm so sorry for": the writer owning the outcome.
            let apology = matches!(
                word,
                "apologise" | "apologize" | "apologised" | "apologized"
            ) && self.subject(i) == Subject::Me;
            let sorry = word == "sorry"
                && (i.saturating_sub(3)..i).any(|k| self.is(k, &["i'm", "im", "am"]))
                && self.is(i + 1, &["for", "about", "that"]);
            if (apology || sorry) && !self.negated_before(i, 2) {
                self.hit(hits, i, i, SelfBlame, SELF);
                continue;
            }
            // "I feel embarrassed for not recognising the issue", "I feel bad about never
            // testing it": a feeling about what the writer did not do.
            let for_not = self.is(
                i,
                &[
                    "embarrassed", "ashamed", "guilty", "bad", "terrible", "awful", "stupid",
                ],
            ) && self.is(i + 1, &["for", "about", "of"])
                && self.is(i + 2, &["not", "never"])
                && self.w(i + 3).ends_with("ing")
                && self.subject(i) == Subject::Me;
            if for_not {
                self.hit(hits, i, i + 3, SelfBlame, SELF);
                continue;
            }
            // "..., nice job, QA": praise after the harm is sarcasm.
            let praise = self.is(i, &["nice", "great", "good", "excellent", "stellar"])
                && self.is(i + 1, &["job", "work", "going"])
                || self.at(i, "well done");
            if praise && i > 0 && self.s.words[i - 1].pause_after && self.tells_harm() {
                let whom = (i + 2..(i + 5).min(self.len()))
                    .find(|&k| matches!(self.classify(k), Subject::Person));
                if let Some(k) = whom {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "Sorry, my last commit broke the tests", "oops, I restarted the wrong node", "I'm
            // sorry, I accidentally pushed to the main repo": an apology opening the sentence,
            // then the writer's slip it is for. An apology for a delay, or one followed by the
            // repair ("sorry about that, I renewed the domain and it's back up"), is not read,
            // nor someone else's slip after it.
            let slip = self.is(
                i,
                &[
                    "accidentally", "mistakenly", "inadvertently", "unintentionally",
                ],
            ) || word == "wrong" && i > 0 && self.w(i - 1) == "the"
                || CAUSING.contains(&self.base(i)) && self.base(i) != word;
            if slip && !self.s.question && !self.negated_before(i, 3) {
                let opener = (0..i.min(3))
                    .find(|&k| self.is(k, &["sorry", "oops", "whoops", "apologies", "oopsie"]));
                let mine = opener.is_some_and(|o| {
                    (o + 1..i).any(|k| self.is(k, &["i", "my", "i've", "i'd", "i'm"]))
                        && !(o + 1..i).any(|k| {
                            self.classify(k) == Subject::Person && !self.is(k, &FIRST_PERSON)
                        })
                });
                if mine {
                    self.hit(hits, i, i, SelfBlame, SELF);
                    continue;
                }
            }
            // "...and we were wrong.", "I was dead wrong": the writer's verdict on themselves, at
            // the end of a clause; not "we were wrong about the cause at first" (a hypothesis).
            if self.is(i, &["i", "we"]) && self.is(i + 1, &["was", "were"]) {
                let k = if self.is(i + 2, &["so", "completely", "totally", "dead", "just"]) {
                    i + 3
                } else {
                    i + 2
                };
                if k < self.len()
                    && self.w(k) == "wrong"
                    && (k + 1 >= self.len() || self.s.words[k].pause_after)
                {
                    self.hit(hits, i, k, SelfBlame, SELF);
                    continue;
                }
            }
            // "Can't believe I did that": disbelief at one's own act.
            if self.is(i, &["can't", "cant", "cannot"])
                && self.w(i + 1) == "believe"
                && self.is(i + 2, &["i", "we"])
                && self.is(
                    i + 3,
                    &[
                        "did", "made", "let", "pushed", "deployed", "ran", "broke", "forgot",
                    ],
                )
            {
                self.hit(hits, i, i + 3, SelfBlame, SELF);
                continue;
            }
            // "my bad", "I take full responsibility", "sorry for breaking the build", "every
            // phone was ringing because of me": the writer owning the outcome.
            let apology = self.w(i) == "sorry"
                && self.is(i + 1, &["for", "about"])
                && self.w(i + 2).ends_with("ing")
                && {
                    let base = self.base(i + 2);
                    CAUSING.contains(&base)
                        || OMITTED_ACTIONS.contains(&base)
                        || matches!(
                            base,
                            "miss" | "forget" | "delete" | "drop" | "push" | "merge"
                        )
                };
            let because_of_me = (self.at(i, "because of") || self.at(i, "due to"))
                && self.is(i + 2, &["me", "us", "myself"])
                && (i + 3 >= self.len() || self.s.words[i + 2].pause_after);
            // "Due to my actions, their accounts lost two months", "because of my carelessness",
            // "my decisions that contributed to this", "that's what I get for pushing without
            // testing": the harm put down to the writer's own acts, or served to them as
            // deserved. Not a neutral change of mine ("due to my config change, the cache was
            // cold"), which tells the mechanism.
            const MY_ACTS: &[&str] = &[
                "actions", "action", "mistake", "mistakes", "error", "errors", "carelessness",
                "negligence", "oversight", "sloppiness", "haste", "decisions", "decision",
                "stupidity", "laziness", "incompetence", "inattention",
            ];
            let mine_at = if self.at(i, "due to") || self.at(i, "because of") {
                Some(i + 2)
            } else if self.at(i, "as a result of") {
                Some(i + 4)
            } else {
                None
            };
            let due_to_mine = mine_at.is_some_and(|k| self.w(k) == "my" && self.is(k + 1, MY_ACTS))
                || word == "my"
                    && self.is(i + 1, &["decisions", "actions", "mistakes", "choices"])
                    && {
                        let k = if self.w(i + 2) == "that" {
                            i + 3
                        } else {
                            i + 2
                        };
                        self.is(k, &["contributed", "caused", "led"])
                    };
            let served_me = self.is(i, &["what", "that's", "thats"])
                && (self.at(i + 1, "i get for") || self.at(i + 1, "we get for"))
                && self.w(i + 4).ends_with("ing")
                && !self.s.question;
            let owned = self.at(i, "my bad")
                || apology
                || because_of_me
                || due_to_mine
                || served_me
                || self.base(i) == "take"
                    && self.subject(i) == Subject::Me
                    && (i + 1..(i + 3).min(self.len())).any(|k| self.w(k) == "responsibility");
            if owned && !self.negated_before(i, 2) {
                self.hit(hits, i, i + 1, SelfBlame, SELF);
                continue;
            }
            // "he was the culprit", "I may be one of the culprits", "the culprit was Sam"; not
            // "we found the culprit: a stale cache entry".
            const COPULA: &[&str] = &[
                "was", "is", "am", "are", "were", "be", "i'm", "he's", "she's", "you're", "they're",
            ];
            let named = self.is(i, &["culprit", "culprits"])
                && ((i.saturating_sub(6)..i).any(|k| self.is(k, COPULA))
                    && matches!(self.subject(i), Subject::Person | Subject::Me)
                    || self.is(i + 1, COPULA)
                        && matches!(self.classify(i + 2), Subject::Person | Subject::Me));
            if named {
                self.hit(hits, i, i, Verdict, CAUSE);
                continue;
            }
            // "was not exactly competent", "isn't qualified": a person found wanting.
            if self.is(i, &["competent", "qualified", "capable", "fit"])
                && self.negated_before(i, 3)
                && (i.saturating_sub(3)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "was", "is", "wasn't", "isn't", "were", "weren't", "are", "aren't",
                        ],
                    )
                })
                && self.subject(i) == Subject::Person
            {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            // "people that have no idea how to run it", "most engineers don't have any idea how
            // to": competence, not what they knew then.
            let no_idea = self.at(i, "no idea how to")
                || self.at(i, "any idea how to") && self.negated_before(i, 3);
            if no_idea
                && (i.saturating_sub(3)..i).any(|k| self.is(k, &["have", "has", "had"]))
                && self.subject(i) == Subject::Person
            {
                self.hit(hits, i, i + 3, Verdict, VERDICT);
                continue;
            }
            // "Whoever set this up has no idea how people use it", "managers who know
            // absolutely nothing about how software is made": what someone is said not to know,
            // in the present, is a verdict on what they are, as "no idea how to" is. Told in
            // the past ("the owner had no idea") it is what they knew then; the writer's, ours
            // and "you have no idea how..." (said to stress) are not read.
            let unknowing = (self.at(i, "no idea") || self.at(i, "no clue"))
                && self.is(
                    i + 2,
                    &["how", "what", "about", "of", "where", "whatsoever"],
                )
                || self.at(i, "nothing about");
            if unknowing && i > 0 && !self.s.question {
                let mut v = i - 1;
                while v > 0 && self.is(v, &["absolutely", "literally", "really", "just"]) {
                    v -= 1;
                }
                let present = if self.w(i) == "nothing" {
                    self.is(v, &["know", "knows"])
                } else {
                    self.is(v, &["has", "have"])
                };
                let who = (0..v).rev().find(|&k| !self.is(k, &FILLERS));
                let own = who.is_some_and(|k| {
                    self.is(k, &FIRST_PERSON) || self.is(k, &["we", "us", "you", "they've"])
                });
                if present && !own && self.subject(v) == Subject::Person {
                    self.hit(hits, v, i + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "the authorities apparently don't know how to handle the alert system", "you
            // can't figure out how to microwave popcorn?": the same, said in the present, of
            // what someone is. Told in the past ("the people on site didn't know how to fix
            // them") it is what they knew then, and what the writer or "we" cannot do is a gap
            // the room can fill.
            let unable = self.at(i, "know how to") || self.at(i, "figure out how to");
            if unable && i > 0 && self.subject(i) == Subject::Person {
                let denied = (i.saturating_sub(3)..i).rev().find(|&k| {
                    self.is(
                        k,
                        &[
                            "don't", "dont", "doesn't", "doesnt", "can't", "cant", "cannot",
                        ],
                    ) || self.at(k, "do not")
                        || self.at(k, "does not")
                });
                // (Past an adverb: "authorities apparently don't know how".)
                let who = denied.and_then(|k| (0..k).rev().find(|&m| !self.is(m, &FILLERS)));
                // Not those served ("users don't know how to reset it": the design's gap), not
                // "yet" (what a newcomer has still to learn), not with its reason given ("...
                // because the runbook is out of date").
                let someone_else = who.is_some_and(|m| {
                    self.classify(m) == Subject::Person
                        && !self.is(m, &["we", "us", "we're"])
                        && !self.is(m, ORGANISATIONS)
                });
                let learning = (i.saturating_sub(3)..i).any(|k| self.w(k) == "yet")
                    || (i + 3..self.len()).any(|k| self.is(k, &["because", "since", "yet"]));
                if someone_else && !learning {
                    let to = if self.w(i) == "figure" { i + 3 } else { i + 2 };
                    self.hit(hits, denied.unwrap_or(i), to, Verdict, VERDICT);
                    continue;
                }
            }
            // "He couldn't draw a basic network topology": a person's skill found short of the
            // basics. (Not "we couldn't run a basic query because the database was down".)
            let cannot = self.is(i, &["couldn't", "couldnt", "can't", "cant", "cannot"])
                || self.w(i) == "could" && self.w(i + 1) == "not";
            if cannot {
                let v = if self.w(i) == "could" { i + 2 } else { i + 1 };
                let v = if self.w(v) == "even" { v + 1 } else { v };
                let basic = (v + 1..(v + 3).min(self.len()))
                    .any(|k| self.is(k, &["basic", "simple", "trivial"]));
                let reason = || (v..self.len()).any(|k| self.is(k, &["because", "since", "as"]));
                let who = || {
                    self.subject(i) == Subject::Person
                        && (self.clause_start(i)..i)
                            .all(|k| !self.is(k, &FIRST_PERSON) && !self.is(k, &["we", "us"]))
                };
                if basic && !reason() && who() {
                    self.hit(hits, i, v, Verdict, VERDICT);
                    continue;
                }
            }
            // "The problem was that the controller read it back wrong", "the actual issue is
            // that they should be canarying": the problem named as what someone else did or
            // does. Not ours ("the issue is that we're not handling nulls"), not a thing's ("the
            // problem is that the environment is confusing"), nor those served ("the problem is
            // that users can't find the new page" is the design's).
            if self.is(i, &["problem", "issue", "trouble"])
                && i > 0
                && (self.w(i - 1) == "the"
                    || i > 1
                        && self.w(i - 2) == "the"
                        && self.is(i - 1, &["actual", "real", "main", "whole", "big"]))
                && self.is(i + 1, &["is", "was"])
                && self.w(i + 2) == "that"
                && !self.s.question
            {
                let who = self.past_determiner(i + 3);
                let served = self.is(
                    who,
                    &[
                        "user", "users", "customer", "customers", "client", "clients", "they",
                    ],
                ) && self.w(who + 1) != "should";
                // ("... is that a Product's date field is null": a possessive names a thing.)
                let owner = self.w(who).ends_with("'s") || self.w(who).ends_with("\u{2019}s");
                if self.another_person(who) && !served && !owner {
                    self.hit(hits, i, i + 2, Verdict, CAUSE);
                    continue;
                }
            }
            // "the build broke because you merged early": a person as the cause of harm.
            // ("...because an intern ran a drop on production", "because someone on the
            // security team added a rule": the person after a determiner, or before the group
            // they are in.)
            // ("It was because...", "the whole thing started because...", "this happened
            // because...": a cause asked for, of what went wrong.)
            let cause_told = i > 0
                && (self.is(i - 1, &["happened", "started", "began"])
                    || i >= 2
                        && self.is(i - 2, &["it", "this", "that", "all"])
                        && self.is(i - 1, &["was", "is"]));
            if word == "because" && i + 2 < self.len() && (self.tells_harm() || cause_told) {
                let p = if self.is(i + 1, &["a", "an", "the", "one", "some", "our", "their"]) {
                    i + 2
                } else {
                    i + 1
                };
                let who = self.classify(p) == Subject::Person
                    && !self.is(p, &["we", "they", "who"])
                    && !self.is(p, ORGANISATIONS);
                // Past "on the security team", to the verb.
                let p = if self.is(p + 1, &["on", "from", "in", "at"]) {
                    (p + 2..(p + 6).min(self.len()))
                        .take_while(|&k| !self.s.words[k - 1].pause_after)
                        .find(|&k| self.base(k) != self.w(k))
                        .map_or(p, |k| k - 1)
                } else {
                    p
                };
                let k = if self.is(p + 1, &["were", "was", "are", "is", "'re", "had", "have"]) {
                    p + 2
                } else {
                    p + 1
                };
                let verb = self.base(k);
                // "...because Laura decided to tidy up the records": a choice as the cause.
                let decided = self.is(k, &["decided", "decides"]) && self.w(k + 1) == "to";
                let act = CAUSING.contains(&verb)
                    || ACTED_WRONGLY.contains(&verb)
                    || matches!(
                        verb,
                        "merge" | "commit" | "ignore" | "skip" | "forget" | "add"
                    )
                    || decided;
                // "The outage ended because the on-call restarted the pods": the harm's end.
                // ("Stopped" and "dropped" can be the harm itself: "payments stopped".)
                // ("It was because the on-call added a replica that the outage ended.")
                let ended = (0..self.len()).any(|m| {
                    self.is(
                        m,
                        &[
                            "ended", "subsided", "eased", "lifted", "ceased", "recovered",
                            "restored", "resolved", "fixed", "saved",
                        ],
                    )
                });
                if who && act && !ended && (self.w(k) != verb || decided) {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "Action will be taken with the individual responsible", "the nurse responsible
            // has been suspended": the one to answer for it. Not "the engineer responsible for
            // the database joined the call".
            if self.is_role(word)
                && self.w(i + 1) == "responsible"
                && (i + 2 >= self.len()
                    || self.s.words[i + 1].pause_after
                    || self.is(
                        i + 2,
                        &[
                            "has", "have", "was", "were", "is", "will", "should", "must", "ought",
                        ],
                    ))
            {
                self.hit(hits, i, i + 1, WhyQuestion, WHO);
                continue;
            }
            // "We all know who to thank for our ruined Saturday": the culprit, thanked.
            if self.at(i, "who to thank") && self.names_harm(i + 3..self.len()) {
                self.hit(hits, i, i + 2, WhyQuestion, WHO);
                continue;
            }
            // "Great job, Steve, really nailed it this time", "really outdid yourself": praise
            // that means its opposite.
            if (self.at(i, "outdid yourself") || self.at(i, "outdone yourself"))
                || self.w(i) == "really"
                    && self.is(i + 1, &["nailed", "outdid", "excelled", "delivered"])
                    && (i + 2..self.len()).any(|k| self.at(k, "this time"))
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "The vendor's patch was garbage", "that migration was a bodge job", "the
            // contractor's work was a disgrace": someone's work condemned. Not "the data was
            // garbage".
            if self.is(
                i,
                &[
                    "garbage", "disgrace", "shambles", "bodge", "rubbish", "trash", "junk",
                ],
            ) && i > 0
                && (self.is(i - 1, &["was", "is"])
                    || i > 1
                        && self.is(i - 1, &["a", "an", "total", "complete"])
                        && self.is(i - 2, &["was", "is", "a"]))
            {
                let start = self.clause_start(i);
                let worked = (start..i).any(|k| {
                    self.s.words[k].possessive && self.classify(k) == Subject::Person
                        || self.is(
                            k,
                            &[
                                "work", "job", "migration", "handling", "response", "fix", "patch",
                                "effort", "rollout", "workmanship",
                            ],
                        )
                });
                if worked {
                    self.hit(hits, i, i, Verdict, VERDICT);
                    continue;
                }
            }
            // "...which is frankly embarrassing for someone at his level", "fell well below the
            // standard expected of a senior engineer", "that was not a smart way to do it".
            let embarrassing = self.at(i, "embarrassing for")
                && (i + 2..(i + 5).min(self.len())).any(|k| self.classify(k) == Subject::Person);
            // (Said of people: not "uptime fell below the standard in the SLA".)
            let below = self.is(i, &["below", "short"])
                && (self.at(i + 1, "the standard")
                    || self.at(i + 1, "the bar")
                    || self.at(i + 1, "of the standard"))
                && !self.negated_before(i, 3)
                // (The opener only as a pronoun or a role: "Uptime fell..." names no one.)
                && (0..self.len()).any(|k| {
                    matches!(self.classify(k), Subject::Person | Subject::Me)
                        && (k > 0 || !self.is_name(k))
                });
            let unwise = self.at(i, "not a")
                && self.is(i + 2, &["smart", "clever", "wise", "bright"])
                && self.is(i + 3, &["way", "move", "idea", "thing", "call"])
                && i > 0
                && self.w(i - 1) == "was";
            // "...is nothing short of embarrassing", "the practices were very bad and
            // embarrassing", "Very embarrassing, I hope whoever...", "this week's embarrassing,
            // large-scale outage": a verdict on what someone did, said of it or of its outcome.
            // Not of a feeling ("I felt embarrassed", "makes their decisions feel
            // embarrassing"), of ourselves ("it was embarrassing for us"), denied, or asked.
            let shamed = word == "embarrassing" && !embarrassing && !self.s.question && {
                // Back over words that only say how much: "very", "frankly", "bad and".
                let mut k = i;
                while k > 0
                    && (self.is(
                        k - 1,
                        &[
                            "very", "really", "so", "pretty", "quite", "frankly", "deeply",
                            "truly", "just", "downright", "incredibly", "extremely", "utterly",
                            "hugely", "rather", "bloody", "and",
                        ],
                    ) || JUDGING.contains(&self.w(k - 1)) && self.w(k) == "and"
                        || k >= 3 && self.at(k - 3, "nothing short of"))
                {
                    k -= if self.at(k.saturating_sub(3), "nothing short of") {
                        3
                    } else {
                        1
                    };
                }
                let said_of = k > 0
                    && self.is(
                        k - 1,
                        &[
                            "is", "was", "are", "were", "be", "been", "it's", "that's", "this's",
                            "its",
                        ],
                    );
                // A fragment of its own, opening the sentence: "Very embarrassing, ...".
                let alone = k == 0 && self.s.words[i].pause_after;
                let outcome = (i + 1..(i + 4).min(self.len()))
                    .find(|&m| {
                        !self.is(
                            m,
                            &[
                                "large", "scale", "large-scale", "public", "major", "global", "and",
                            ],
                        )
                    })
                    .is_some_and(|m| {
                        self.is(
                            m,
                            &[
                                "outage", "outages", "failure", "failures", "downtime", "incident",
                                "incidents", "blunder", "mess",
                            ],
                        )
                    });
                let us = |m: usize| self.is(m, &FIRST_PERSON) || self.is(m, WE);
                let ours = (self.clause_start(i)..i).any(us)
                    || self.w(i + 1) == "for" && (i + 2..(i + 4).min(self.len())).any(us);
                // ("Nothing short of" says more, not less.)
                (said_of || alone || outcome) && !ours && !self.negated_before(k, 4)
            };
            if shamed {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            if embarrassing || below || unwise {
                let to = if unwise || below {
                    i + 2 + usize::from(unwise)
                } else {
                    i + 1
                };
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }
            // "the responsible parties", "the guilty party": a culprit looked for.
            if self.is(i, &["responsible", "guilty"]) && self.is(i + 1, &["party", "parties"]) {
                self.hit(hits, i, i + 1, WhyQuestion, WHO);
                continue;
            }
            if word == "apologies"
                && (i.saturating_sub(2)..i).any(|k| self.w(k) == "my")
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i, SelfBlame, SELF);
                continue;
            }
            // "whoever approved that deploy": looking for the one who did it.
            if word == "whoever" && i + 1 < self.len() {
                let verb = self.w(i + 1);
                let past = (verb.ends_with("ed") || self.base(i + 1) != verb)
                    && !verb.ends_with("ing")
                    && !verb.ends_with('s')
                    && !matches!(verb, "was" | "were" | "had");
                // "whoever approved it should be fired", "... has some explaining to do"; not
                // "whoever picked up the page first became incident commander".
                let charged = self.tells_harm()
                    || (i + 2..self.len()).any(|k| {
                        self.is(
                            k,
                            &[
                                "should", "must", "explaining", "answer", "fired", "sacked",
                                "accountable", "blame", "fault",
                            ],
                        )
                    })
                    // "a hard conversation with whoever approved it".
                    || (0..i).any(|k| {
                        self.is(k, &["hard", "stern", "serious", "difficult"])
                            && self.is(k + 1, &["conversation", "talk", "word", "words", "chat"])
                    });
                if past && charged {
                    self.hit(hits, i, i + 1, WhyQuestion, WHO);
                    continue;
                }
            }
            // "deserves", "responsible for the outage": charged to a person.
            if matches!(word, "deserve" | "deserves" | "deserved" | "deserving")
                && self.subject(i) != Subject::System
            {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            if word == "responsible" && self.w(i + 1) == "for" && !self.s.question {
                let charge = (i + 2..(i + 5).min(self.len())).any(|k| {
                    let w = self.w(k);
                    matches!(
                        w,
                        "outage"
                            | "error"
                            | "failure"
                            | "incident"
                            | "mistake"
                            | "mess"
                            | "downtime"
                            | "crash"
                            | "breach"
                            | "loss"
                    ) || CAUSING.contains(&self.base(k))
                        || w.ends_with("ing")
                            && matches!(
                                self.base(k),
                                "knock" | "take" | "bring" | "delete" | "break" | "cause"
                            )
                });
                if charge && !self.negated_before(i, 3) {
                    self.hit(hits, i, i + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // A person as the cause: "Sergei broke the build", "one customer caused the
            // outage", "you did this".
            let base = self.base(i);
            // "Not only did they kill all the servers": the finite verb after "did" and its
            // subject, in a statement.
            let inverted = word == base
                && i >= 2
                && self.w(i - 2) == "did"
                && matches!(self.classify(i - 1), Subject::Person);
            let causing = (CAUSING.contains(&base)
                || base == "take" && self.is(i + 1, &["down"])
                || base == "kill" && self.kills_a_service(i))
                && (word != base || inverted)
                && !word.ends_with("ing");
            // "was caused by a combination of factors": the cause is what follows "by".
            let passive = i > 0
                && self.is(
                    i - 1,
                    &["is", "was", "were", "are", "been", "be", "being", "got"],
                );
            if causing && passive {
                let needs_particle = matches!(base, "bring" | "knock" | "take");
                let particle = self.is(i + 1, &["down", "out"]);
                let by = (i + 1..(i + 3).min(self.len())).find(|&k| self.w(k) == "by");
                // Customers and users are not the person on trial ("caused by customers
                // retrying").
                let person = by
                    .and_then(|k| {
                        (k + 1..(k + 4).min(self.len())).find(|&m| {
                            matches!(self.classify(m), Subject::Person | Subject::Me)
                                && !self.is(m, ORGANISATIONS)
                        })
                    })
                    .filter(|_| !needs_particle || particle);
                if let (Some(k), false) = (person, self.negated_before(i, 3)) {
                    self.hit(hits, i, k, Verdict, CAUSE);
                }
                continue;
            }
            if causing && !self.s.question {
                let needs_particle = matches!(base, "bring" | "knock" | "take");
                let particle = self.is(i + 1, &["down", "out"]) || self.is(i + 2, &["down", "out"]);
                let by_person = matches!(self.subject(i), Subject::Person | Subject::Me);
                // "You could have broken the company": a harm that did not happen.
                let only_possible = (i.saturating_sub(3)..i).any(|k| {
                    self.is(k, &["could've", "might've"])
                        || self.is(k, &["could", "might", "may"]) && self.is(k + 1, &["have"])
                });
                // "They meant to shut down a few servers, but took down a large number": the
                // slip told against what was meant, as the review asks.
                let slip = (0..i).any(|k| {
                    self.is(k, &["meant", "intended"])
                        && self.w(k + 1) == "to"
                        && (k + 2..i).any(|m| self.w(m) == "but")
                });
                if (!needs_particle || particle)
                    && by_person
                    && !only_possible
                    && !slip
                    && !self.negated_before(i, 2)
                {
                    self.hit(hits, i, i, Verdict, CAUSE);
                    continue;
                }
            }
            if self.is(i, &["you", "he", "she", "they"])
                && self.w(i + 1) == "did"
                && self.is(i + 2, &["this", "that", "it"])
                && !self.s.question
            {
                self.hit(hits, i, i + 2, Verdict, CAUSE);
            }
            if let Some((from, to)) = self.wits_mocked(i) {
                self.hit(hits, from, to, Verdict, VERDICT);
                continue;
            }
            // "(not) the greatest idea", "not the smartest move".
            if self.is(i, &["greatest", "smartest", "brightest", "best", "wisest"])
                && self.is(
                    i + 1,
                    &["idea", "move", "decision", "call", "plan", "choice"],
                )
                && self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
            }
        }
    }

    /// Praise of a person's wits at word `i` that can only be irony, since it is told beside
    /// what went wrong: "someone thought they were exceedingly clever", "thinking they were
    /// smart enough to...", "I, being the smartest unix guy on earth, did a rm", "the genius
    /// doesn't know how to...". Returns its first and last word (from the person crowned, so
    /// that "I, being the smartest" is read as said of oneself). A belief held now ("I think
    /// they're smart engineers") is praise, and so is "the genius of the design".
    fn wits_mocked(&self, i: usize) -> Option<(usize, usize)> {
        const WITS: &[&str] = &[
            "clever", "smart", "smarter", "cleverer", "brilliant", "genius", "geniuses",
        ];
        const MORE: &[&str] = &[
            "so", "too", "very", "really", "exceedingly", "extremely", "pretty", "quite", "a",
        ];
        // "thought they were exceedingly clever".
        if self.is(
            i,
            &["thought", "thinking", "believed", "figured", "reckoned"],
        ) && self.is(
            i + 1,
            &[
                "they", "he", "she", "i", "we", "you", "they'd", "he'd", "she'd",
            ],
        ) && self.is(i + 2, &["were", "was", "had", "would"])
            && !self.negated_before(i, 3)
        {
            let adjective = (i + 3..(i + 6).min(self.len()))
                .take_while(|&k| {
                    self.is(k, MORE) || self.is(k, WITS) || self.is(k, &["been", "be"])
                })
                .find(|&k| self.is(k, WITS))?;
            return Some((i, adjective));
        }
        // "I, being the smartest unix guy on earth, did...": an aside that crowns its person
        // past all measure. (Not "Ben, being the smartest person in the room, found it".)
        if self.w(i) == "being"
            && self.w(i + 1) == "the"
            && self.is(i + 2, &["smartest", "cleverest", "brightest"])
            && i > 0
            && self.s.words[i - 1].pause_after
            && matches!(self.classify(i - 1), Subject::Person | Subject::Me)
        {
            let end = (i + 3..(i + 8).min(self.len()))
                .find(|&k| self.s.words[k].pause_after)
                .unwrap_or(self.len());
            let boundless = (i + 3..end).any(|k| {
                self.at_any(
                    k,
                    &["on earth", "in the world", "on the planet", "of all time"],
                ) || self.is(k, &["alive", "ever"])
            });
            return boundless.then_some((i - 1, i + 2));
        }
        // "the genius doesn't know how to calibrate it", "some genius decided": a person
        // named by the wits they lacked. Not "an act of genius", "the genius of the design".
        if self.is(i, &["genius", "geniuses"])
            && i > 0
            && self.is(
                i - 1,
                &[
                    "the", "some", "our", "this", "that", "these", "those", "whatever",
                ],
            )
            && !self.is(i + 1, &["of", "in", "behind", "is", "was"])
            && !(i > 1 && self.is(i - 2, &["of", "a", "an"]))
            && (self.is(i + 1, &NEGATIONS)
                || self.base(i + 1) != self.w(i + 1)
                || self.is(
                    i + 1,
                    &["who", "decided", "thought", "had", "did", "forgot"],
                ))
        {
            return Some((i, i));
        }
        None
    }

    /// "killed the primary database", "killed prod": a whole service ended, not a process,
    /// a query or a job stopped on purpose ("killed the stuck query").
    fn kills_a_service(&self, i: usize) -> bool {
        let object = (i + 1..(i + 5).min(self.len()))
            .take_while(|&k| k == i + 1 || !self.s.words[k - 1].pause_after);
        let mut service = false;
        for k in object {
            if self.is(
                k,
                &[
                    "process", "processes", "job", "jobs", "query", "queries", "pod", "pods",
                    "task", "tasks", "session", "sessions", "connection", "connections",
                    "container", "containers", "worker", "workers", "thread", "threads", "request",
                    "requests", "transaction", "transactions", "switch", "script", "lock", "locks",
                    "consumer", "consumers", "vm",
                    // Retired on purpose: "we killed the old cluster after the migration".
                    "old", "legacy", "unused", "spare", "previous", "temporary", "test", "staging",
                    "canary",
                ],
            ) {
                return false;
            }
            service |= self.is(
                k,
                &[
                    "production", "prod", "site", "website", "database", "db", "cluster",
                    "servers", "network", "api", "everything", "platform", "internet", "region",
                    "datacenter", "power",
                ],
            );
        }
        // "We killed power to the rack on purpose to test the failover": a drill.
        service
            && !(i + 1..self.len())
                .any(|k| self.is(k, &["purpose", "deliberately", "intentionally", "drill"]))
    }

    /// A sanction asked for at word `i`: "should be fired", "got sacked", "fire him", "hold
    /// them accountable", "heads will roll". Returns the last word of it. Denied ("nobody got
    /// fired", "we don't fire people for this") is not one.
    fn sanction(&self, i: usize) -> Option<usize> {
        // Asked of every word of every sentence: the forms are read only after an opener.
        if !self.opens_sanction(i) {
            return None;
        }
        self.sanction_forms(i)
    }

    /// Word `i` may open a sanction: every form of `sanction_forms` starts with one of these
    /// words (or verbs), which a test holds, since a form without its opener would never fire.
    #[inline(always)]
    fn opens_sanction(&self, i: usize) -> bool {
        self.is(i, &SANCTION_OPENERS)
            || matches!(
                self.base(i),
                "face"
                    | "lose"
                    | "pull"
                    | "take"
                    | "kick"
                    | "remove"
                    | "bench"
                    | "explain"
                    | "update"
            )
    }

    /// The forms of `sanction`, read at any word: apart from their gate so that a test can
    /// read them at every word and find one that opens with no opener.
    fn sanction_forms(&self, i: usize) -> Option<usize> {
        let word = self.w(i);
        // "That doesn't mean he shouldn't be fired": a denial denied.
        // (Looked for only when a negation is near: it reads the sentence up to `i`.)
        let denial_denied = || {
            (1..i)
                .find(|&m| matches!(self.w(m), "mean" | "say") && self.negated_before(m, 2))
                .is_some_and(|m| (m + 1..i).any(|k| self.is(k, &NEGATIONS)))
        };
        if self.negated_before(i, 6) && !denial_denied() {
            return None;
        }
        const DONE_TO: &[&str] = &[
            "fired", "sacked", "canned", "axed", "disciplined", "reprimanded", "punished",
            "pipped", "demoted", "suspended", "dismissed",
        ];
        // "be fired", not "was fired up" or "the webhook will be fired".
        let fires = |k: usize| {
            self.is(
                k,
                &[
                    "alert", "alerts", "alarm", "alarms", "webhook", "webhooks", "event", "events",
                    "trigger", "hook", "rule", "page", "pages", "callback",
                ],
            )
        };
        // A thing is fired ("the cleanup job gets fired every hour"), unless "whoever" did
        // it ("whoever pushed that change should be sacked").
        let of_a_thing = self.subject(i) == Subject::System
            && !(0..i).any(|k| self.w(k) == "whoever")
            || word == "fired" && (self.clause_start(i)..i).any(fires);
        let passive = self.is(i, DONE_TO)
            && i > 0
            && self.is(i - 1, &["be", "been", "get", "got", "gets", "getting"])
            && !self.is(i + 1, &["up", "off"])
            && !of_a_thing;
        if passive {
            return Some(i);
        }
        // "He had been removed from duty", "the board members will be removed by the VC
        // partners", "relieved of command": a person taken off the work. Not "the user was
        // removed from the group", nor anything removed by mistake, nor a shift handed over.
        let taken_off = self.is(i, &["removed", "relieved"])
            && i > 0
            && self.is(i - 1, &["be", "been", "being", "was", "were", "got", "get"])
            && (self.at_any(i + 1, &["from duty", "of duty", "of command", "of his", "of her", "of their"])
                || self.w(i + 1) == "from"
                    && self.is(i + 2, &["his", "her", "their", "the"])
                    && self.is(i + 3, &["post", "position", "job", "role", "duties", "command"])
                // ("Relieved by the secondary" is a handover.)
                || self.w(i) == "removed"
                    && self.w(i + 1) == "by"
                    && !self.is(i + 2, &["mistake", "accident"]))
            && self.subject(i) == Subject::Person
            && !(self.clause_start(i)..i).any(|k| {
                self.is(
                    k,
                    &[
                        "user", "users", "customer", "customers", "client", "clients",
                    ],
                )
            });
        if taken_off {
            return Some(i + 1);
        }
        // "Someone's getting a formal warning", "recommend a disciplinary review", "ought to
        // face prosecution", "needs to lose their prod access", "pulling Tariq off the
        // rotation": the vocabulary of punishment, asked for or told.
        let warned = self.is(i, &["formal", "written", "final"]) && self.w(i + 1) == "warning";
        let disciplinary = self.is(i, &["disciplinary", "conduct"])
            && self.is(
                i + 1,
                &[
                    "review", "action", "hearing", "process", "measures", "investigation",
                ],
            );
        let faces = self.base(i) == "face"
            && self.is(
                i + 1,
                &[
                    "prosecution", "charges", "discipline", "consequences", "dismissal", "the",
                ],
            )
            && (self.w(i + 1) != "the" || self.is(i + 2, &["sack", "consequences", "music"]));
        let loses = self.base(i) == "lose"
            && self.is(i + 1, &["their", "his", "her", "your"])
            && (i + 2..(i + 4).min(self.len()))
                .any(|k| self.is(k, &["access", "rights", "privileges", "job", "badge"]));
        let revoked = self.is(i, &["access", "rights", "privileges"])
            && self.is(i + 1, &["revoked", "removed", "pulled"])
            && matches!(self.subject(i), Subject::Person);
        let pulled_off = matches!(self.base(i), "pull" | "take" | "kick" | "remove" | "bench")
            && (i + 1..(i + 4).min(self.len())).any(|k| {
                self.w(k) == "off"
                    && self.is(
                        self.past_determiner(k + 1),
                        &["rotation", "rota", "on-call", "call", "team", "project"],
                    )
                    && (i + 1..k).any(|m| self.classify(m) == Subject::Person)
            });
        if (warned || disciplinary || faces || revoked) && self.subject(i) != Subject::System
            || loses
            || pulled_off
        {
            return Some(i + 1);
        }
        // "There should be consequences": punishment asked for, with no one named.
        if self.w(i) == "consequences"
            && i >= 2
            && self.w(i - 1) == "be"
            && self.is(i - 2, &["should", "must", "will", "needs", "need"])
            && !self.s.question
        {
            return Some(i);
        }
        // "The engineer responsible has been spoken to", "was written up": dealt with as a
        // culprit. Not "the customer has been spoken to".
        let talked_to = (self.at(i, "spoken to") || self.at(i, "written up"))
            && i > 0
            && self.is(i - 1, &["been", "be", "was", "were", "got", "get"])
            && matches!(self.subject(i), Subject::Person)
            && !(self.clause_start(i)..i).any(|k| self.is(k, ORGANISATIONS));
        if talked_to {
            return Some(i + 1);
        }
        // "fire him", "sack the intern", "I'm terminating you"; not "firing ..." as a topic,
        // not "fired the alert", "terminate the instance".
        let acts = matches!(
            word,
            "fire"
                | "fires"
                | "fired"
                | "sack"
                | "sacks"
                | "sacked"
                | "discipline"
                | "disciplined"
                | "reprimand"
                | "reprimanded"
                | "punish"
                | "punished"
                | "demote"
                | "demoted"
                | "terminate"
                | "terminated"
        ) || matches!(
            word,
            "firing" | "sacking" | "disciplining" | "punishing" | "demoting" | "terminating"
        ) && i > 0
            && self.is(i - 1, &["i'm", "we're", "am", "are", "is"]);
        if acts && self.subject(i) != Subject::System {
            let person = |k: usize| {
                self.classify(k) == Subject::Person
                    || self.is(
                        k,
                        &["whoever", "everyone", "everybody", "someone", "somebody"],
                    )
            };
            let object = self.past_determiner(i + 1);
            // The person is the object, not a word before a thing ("fire the customer
            // webhook").
            let head = object + 1 >= self.len()
                || self.s.words[object].pause_after
                || self.is(object, &PEOPLE_PRONOUNS)
                || self.is(object + 1, &PREPOSITIONS)
                || self.is(object + 1, &CLAUSE_OPENERS)
                || self.is(
                    object + 1,
                    &[
                        "now", "immediately", "today", "already", "too", "again", "right",
                    ],
                );
            if object < self.len() && person(object) && head {
                return Some(object);
            }
        }
        // "held accountable", "hold them accountable".
        if word == "accountable" && (i.saturating_sub(3)..i).any(|k| self.base(k) == "hold") {
            return Some(i);
        }
        if word == "heads" && self.w(i + 1) == "roll" {
            return Some(i + 1);
        }
        // "Whoever set that timeout should explain themselves": called to account.
        if self.base(i) == "explain"
            && self.is(
                i + 1,
                &["themselves", "himself", "herself", "yourself", "yourselves"],
            )
            && !self.s.question
        {
            return Some(i + 1);
        }
        // "They're lucky nobody lost their job over this", "he's lucky to still be employed":
        // the sanction that was spared, still weighed.
        if word == "lucky"
            && (i + 1..(i + 8).min(self.len())).any(|k| {
                self.is(k, &["employed", "fired", "sacked"])
                    || self.w(k) == "job" && self.is(k - 1, &["their", "his", "her", "your", "a"])
            })
            && self.said_of_someone_else(i)
        {
            return Some(i);
        }
        // "Someone needs to take responsibility for this mess", "somebody has to answer for
        // this": a culprit asked for. (Not "we take responsibility for our uptime".)
        let answer = self.at_any(
            i,
            &[
                "take responsibility",
                "take the responsibility",
                "answer for",
            ],
        );
        if answer && self.urged(i) && !self.s.question && self.said_of_someone_else(i) {
            return Some(if self.w(i + 1) == "the" { i + 2 } else { i + 1 });
        }
        // The consequence told as the job it costs: "a resume-generating event", "a
        // career-limiting move", "someone is getting a pink slip".
        if self.is(
            i,
            &[
                "resume-generating", "résumé-generating", "cv-generating", "career-limiting",
                "career-ending", "pink-slipped",
            ],
        ) || self.at(i, "pink slip")
            || self.is(i, &["resume", "résumé", "career"])
                && self.is(i + 1, &["generating", "limiting", "ending"])
        {
            return Some(if self.w(i) == "pink" { i + 1 } else { i });
        }
        // "He was walked out", "got escorted out of the building": sent away as a culprit.
        // (Not "she walked out of the meeting".)
        if self.is(i, &["walked", "escorted", "frogmarched"])
            && self.w(i + 1) == "out"
            && i > 0
            && self.is(
                i - 1,
                &["was", "were", "been", "be", "got", "get", "gets", "being"],
            )
            && self.said_of_someone_else(i)
        {
            return Some(i + 1);
        }
        // "Whoever did that should update their CV", "he will be looking for a new job": the
        // job lost, said of someone else.
        let job_lost = if self.base(i) == "update"
            && self.is(i + 1, &["his", "her", "their", "your"])
            && self.is(i + 2, &["resume", "résumé", "cv", "linkedin"])
        {
            Some(i + 2)
        } else if self.at(i, "looking for a new job") {
            Some(i + 4)
        } else if self.at(i, "looking for another job") || self.at(i, "out of a job") {
            Some(i + 3)
        } else {
            None
        };
        if job_lost.is_some() && !self.s.question && self.said_of_someone_else(i) {
            return job_lost;
        }
        if word == "heads"
            && self.is(
                i + 1,
                &["will", "should", "must", "need", "would", "are", "to"],
            )
            && self.w(i + 2) == "roll"
        {
            return Some(i + 2);
        }
        None
    }

    /// The verb at `i` is said of someone other than the writer: "he", "the intern", or
    /// "whoever did this".
    /// The adjective at `i` goes with a noun that is not a person: "removing a useless empty
    /// directory", not "he is useless" or "a useless manager".
    fn qualifies_a_thing(&self, i: usize) -> bool {
        let after_determiner = i > 0
            && (self.is(i - 1, &DETERMINERS)
                || i > 1
                    && self.is(i - 2, &DETERMINERS)
                    && self.is(
                        i - 1,
                        &["really", "totally", "completely", "utterly", "very"],
                    ));
        after_determiner
            && i + 1 < self.len()
            && !self.s.words[i].pause_after
            && (i + 1..(i + 4).min(self.len())).all(|k| self.classify(k) != Subject::Person)
    }

    /// Where a lack of character said at `i` ends: "lacked the courage", "doesn't have the
    /// spine", "has no common sense", said of a person.
    fn character_lacking(&self, i: usize) -> Option<usize> {
        const CHARACTER: &[&str] = &[
            "spine", "backbone", "guts", "balls", "courage", "nerve", "fortitude", "competence",
            "integrity", "decency", "brains", "sense", "wits", "maturity", "discipline",
            "aptitude", "gumption",
        ];
        let from = if self.base(i) == "lack"
            || self.is(i, &["have", "has", "had"]) && self.negated_before(i, 2)
        {
            i + 1
        } else if self.is(i, &["has", "had", "have"]) && self.is(i + 1, &["no", "zero"]) {
            i + 2
        } else {
            return None;
        };
        let k = (from..(from + 3).min(self.len())).find(|&k| self.is(k, CHARACTER))?;
        // Only determiners and a word of kind between: "the mental fortitude", "any common
        // sense"; not "the access to the sense amplifier".
        let between_ok = (from..k).all(|m| {
            self.is(m, &DETERMINERS)
                || self.is(
                    m,
                    &[
                        "mental", "moral", "common", "basic", "necessary", "required",
                    ],
                )
        });
        (between_ok
            && matches!(self.subject(i), Subject::Person | Subject::Me)
            && !self.nobody_before(i))
        .then_some(k)
    }

    /// Word `k` is what someone is urged to do: "needs to", "has got to", "ought to",
    /// "should", "must". The remedies that are verdicts on people ("be more careful", "take
    /// alerts seriously") and the culprit asked for ("take responsibility") share it.
    fn urged(&self, k: usize) -> bool {
        k > 0
            && (self.w(k - 1) == "to"
                && k > 1
                && self.is(
                    k - 2,
                    &["need", "needs", "needed", "have", "has", "ought", "got"],
                )
                || self.is(k - 1, &["should", "must"]))
    }

    fn said_of_someone_else(&self, i: usize) -> bool {
        let start = self.clause_start(i);
        let ours = (start..i).any(|k| self.is(k, &["we", "us", "our", "i", "i'm", "we're"]));
        let theirs = (start..i).any(|k| self.is(k, &["they", "you", "they're", "you're"]));
        (self.subject(i) == Subject::Person || theirs) && !ours
            || (0..i).any(|k| self.is(k, &["whoever", "someone", "somebody"]))
    }

    /// Word `i` belongs to a person: "their skills", "the captain's navigational skills".
    /// Word `k` names someone other than the writer and their own ("we", "us").
    fn another_person(&self, k: usize) -> bool {
        self.classify(k) == Subject::Person
            && !self.is(k, &FIRST_PERSON)
            && !self.is(k, &["we", "us"])
    }

    /// Word `i`, a negation, declares the writer's side clear while placing the fault
    /// elsewhere: "not our fault; our upstream ISP blew that one", "not my fault they decided
    /// to merge", "it wasn't actually my code that was the issue". ("It was not my fault."
    /// alone defends.)
    fn own_side_cleared(&self, i: usize) -> bool {
        if !(self.w(i) == "not" || self.is(i, &["wasn't", "isn't", "wasnt", "isnt"])) {
            return false;
        }
        let k = if self.is(i + 1, &["actually", "really", "even"]) {
            i + 2
        } else {
            i + 1
        };
        if !self.is(k, &["my", "our"]) {
            return false;
        }
        if self.is(k + 1, &["fault", "doing", "problem", "mess"]) {
            // A clause after it, or the one whose fault it was: "not our fault that the vendor
            // changed the API".
            let then = self.s.words[k + 1].pause_after && k + 3 < self.len();
            let m = if self.w(k + 2) == "that" {
                k + 3
            } else {
                k + 2
            };
            return then || self.another_person(self.past_determiner(m));
        }
        self.is(k + 1, &["code", "change", "team", "side", "config"])
            && self.w(k + 2) == "that"
            && (k + 3..(k + 6).min(self.len()))
                .any(|m| self.is(m, &["issue", "problem", "cause", "culprit", "fault"]))
    }

    fn owned_by_person(&self, i: usize) -> bool {
        let owner = |k: usize| {
            self.is(k, &["his", "her", "their", "your", "my", "our"])
                || self.s.words[k].possessive
                    && matches!(self.classify(k), Subject::Person)
                    && !self.is(k, ORGANISATIONS)
        };
        i > 0 && owner(i - 1) || i > 1 && !self.s.words[i - 2].pause_after && owner(i - 2)
    }

    /// Word `i` opens disbelief at what someone did: "I can't believe she deployed on a
    /// Friday", "couldn't believe nobody checked". Not wonder at how something went ("can't believe how fast Sam fixed it"), nor what was
    /// done to someone ("can't believe she got paged again"). Returns the end of the finding,
    /// and whether it is the writer's own act ("I can't believe I deleted it").
    fn disbelief_at_an_act(&self, i: usize) -> Option<(usize, bool)> {
        let believe = if self.is(i, &["can't", "cannot", "couldn't", "cant", "couldnt"]) {
            i + 1
        } else if self.is(i, &["can", "could"]) && self.w(i + 1) == "not" {
            i + 2
        } else {
            return None;
        };
        if self.w(believe) != "believe" {
            return None;
        }
        let mut who = believe + 1;
        if self.w(who) == "that" {
            who += 1;
        }
        let who = self.past_determiner(who);
        let mine = self.classify(who) == Subject::Me;
        let person = matches!(self.classify(who), Subject::Person | Subject::Me)
            && !self.is(who, ORGANISATIONS)
            || self.is(who, &["nobody", "noone"]);
        let verb = who + 1;
        let acted = self.w(verb).ends_with("ed")
            || self.base(verb) != self.w(verb)
            || self.is(verb, &NEGATIONS)
            || self.w(verb).ends_with("n't");
        let done_to = self.is(verb, &["was", "were", "got", "had", "is", "has"]);
        (person && acted && !done_to && !self.s.question).then_some((verb, mine))
    }

    /// The sentence tells of harm and not of its repair: what makes "because of him" or "the
    /// reason" a charge rather than credit ("because of Priya we recovered the lost data").
    /// A harm, or a pointer at one, is named among `words`: "who to thank for our ruined
    /// Saturday", "responsibility for the outage", "for this".
    fn names_harm(&self, words: std::ops::Range<usize>) -> bool {
        words.into_iter().any(|m| {
            self.is(
                m,
                &[
                    "incident", "outage", "failure", "lapsed", "error", "loss", "breach", "crash",
                    "downtime", "mistake", "accident", "collision", "mess", "ruined", "broken",
                    "lost", "weekend", "pager", "this", "that", "it",
                ],
            )
        })
    }

    fn tells_harm(&self) -> bool {
        let any = |list: &[&str]| (0..self.len()).any(|m| self.is(m, list));
        // "incident commander", "incident channel": the process, not a harm.
        let incident = (0..self.len()).any(|m| {
            self.w(m) == "incident"
                && !self.is_role(self.w(m + 1))
                && !self.is(
                    m + 1,
                    &[
                        "commander", "channel", "review", "response", "bridge", "call", "room",
                        "doc", "ticket", "process", "management", "lead",
                    ],
                )
        });
        (incident
            || any(&[
                "outage", "outages", "delay", "failure", "failed", "failing", "down", "downtime",
                "crash", "crashed", "error", "errors", "loss", "lost", "broke", "broken", "mess",
                "breach", "disaster", "fiasco", "wiped", "deleted",
            ]))
            && !any(&[
                "recovered", "restored", "saved", "fixed", "rescued", "caught", "prevented",
                "avoided", "averted", "spotted", "found", "resolved", "stayed", "kept", "limited",
                "contained", "short", "shorter", "minimal", "quickly", "under",
            ])
    }

    /// A person's act told as a mishap: "\"accidentally\" deleted", "entered the wrong command",
    /// "tripped over the cords", "without realising"; and luck set
    /// against a judgement ("more luck than good management", "not just bad luck").
    fn mishaps(&self, hits: &mut Vec<Hit>) {
        let by_person = |i: usize| {
            matches!(self.subject(i), Subject::Person | Subject::Me)
                || matches!(self.clause_subject(i), Subject::Person | Subject::Me)
                    && self.subject(i) != Subject::System
        };
        for i in 0..self.len() {
            let word = self.w(i);
            if self.conditional(i) || self.negated_before(i, 2) {
                continue;
            }
            let by_chance = matches!(
                word,
                "accidentally"
                    | "accidently"
                    | "mistakenly"
                    | "inadvertently"
                    | "unwittingly"
                    | "unknowingly"
                    | "erroneously"
            ) || self.at(i, "by mistake")
                || self.at(i, "by accident");
            // "were given access by mistake": the person named had it done to them.
            let passive = (self.clause_start(i)..i).any(|k| {
                self.is(k, &["was", "were", "been", "be", "being", "got", "get"])
                    && (self.w(k + 1).ends_with("ed")
                        || self.w(k + 1).ends_with("en")
                        || self.is(k + 1, &["made", "sent", "put", "set", "left", "told"]))
            });
            // Plain narration ("an admin accidentally deleted the folder") is how blameless
            // write-ups tell an act, and every labelled set reads it so; in scare quotes (the
            // power company "accidentally" cut it) the word is sarcasm, and a charge.
            if by_chance && self.s.words[i].quoted && by_person(i) && !passive {
                let to = if word == "by" { i + 1 } else { i };
                self.hit(hits, i, to, Verdict, CAUSE);
                continue;
            }
            // "entered the wrong command", "pushed the wrong button": the act a person did,
            // named by its outcome. A system's act ("the job picked the wrong image") is not.
            if word == "the"
                && self.w(i + 1) == "wrong"
                && i + 2 < self.len()
                && i > 0
                && ACTED_WRONGLY.contains(&self.base(i - 1))
                && self.w(i - 1) != self.base(i - 1)
                && self.subject(i - 1) != Subject::System
                && !self.recovered_after(i + 2)
            {
                self.hit(hits, i - 1, i + 2, Verdict, WRONG);
                continue;
            }
            // "pushed straight to main", "merging directly to production": the review and the
            // pipeline skipped by a person. (Not "deployed the patch directly to production",
            // the last step of a reviewed change; nor what one can or may push.)
            if matches!(self.base(i), "push" | "merge" | "commit")
                && self.w(i) != "commit"
                && !(i.saturating_sub(2)..i).any(|k| {
                    self.is(
                        k,
                        &["can", "may", "should", "could", "must", "will", "able"],
                    )
                })
            {
                let past = (i + 1..(i + 4).min(self.len()))
                    .take_while(|&k| !self.s.words[k - 1].pause_after)
                    .find(|&k| self.is(k, &["straight", "directly", "right"]));
                let into =
                    past.map(|k| k + 1 + usize::from(self.is(k + 1, &["to", "into", "onto"])));
                let target = into.map(|k| k + usize::from(self.w(k) == "the"));
                if let Some(t) = target.filter(|&t| {
                    self.is(
                        t,
                        &["main", "master", "prod", "production", "trunk", "live"],
                    ) && past.is_some_and(|k| t > k + 1)
                }) {
                    if self.subject(i) != Subject::System
                        && !(self.clause_start(i)..i).any(|k| self.is(k, WE))
                    {
                        self.hit(hits, i, t, Omission, UNSEEN);
                        continue;
                    }
                }
            }
            // "tripped over the cords", "horsing around in the server room", "bypassed the
            // checks": a person's conduct as the cause.
            let conduct = self.is(i + 1, &["around"])
                && self.is(
                    i,
                    &[
                        "horsing", "horsed", "fooling", "fooled", "goofing", "goofed", "mucking",
                        "mucked",
                    ],
                )
                || self.w(i + 1) == "over" && self.is(i, &["tripped", "tripping", "trips"]);
            if conduct && by_person(i) && !self.s.question {
                let to = if self.w(i + 1) == "around" || self.w(i + 1) == "over" {
                    i + 1
                } else {
                    i
                };
                self.hit(hits, i, to, Verdict, CAUSE);
                continue;
            }
            // "..., not realising the mistake", "without thinking": what a person did not see.
            let unaware = (word == "without"
                || word == "not"
                    && i > 0
                    && (self.s.words[i - 1].pause_after
                        || self.classify(i - 1) == Subject::Person))
                && self.is(
                    i + 1,
                    &[
                        "realising", "realizing", "thinking", "understanding", "knowing",
                        "considering", "noticing",
                    ],
                )
                // Not "restart it without thinking about the cache": what a tool spares.
                && !(self.w(i + 1) == "thinking" && self.is(i + 2, &["about", "of"]))
                // Nor "without knowing the other was active", "not knowing the float nurse had
                // given it": a fact they did not have, which is what the tunnel records. ("Without
                // knowing what was going on" judges.)
                && (self.w(i + 1) != "knowing"
                    || self.is(i + 2, &["what", "how", "anything", "much", "where", "which"]));
            // "pushed it without thinking": the subject is the clause's, not the object's.
            // "Without thinking too much, he opened his terminal": the clause that follows.
            let after_opening = (word == "without" && self.clause_start(i) == i)
                .then(|| (i + 1..(i + 8).min(self.len())).find(|&k| self.s.words[k].pause_after))
                .flatten()
                .map(|k| k + 1);
            let who = if let Some(k) = after_opening {
                (k..(k + 3).min(self.len()))
                    .map(|j| self.classify(j))
                    .find(|c| *c != Subject::Unknown)
                    .unwrap_or(Subject::Unknown)
            } else if word == "without" {
                self.clause_subject(i)
            } else if i > 0 && self.classify(i - 1) != Subject::Unknown {
                // "Executives, not understanding...": the person just named.
                self.classify(i - 1)
            } else {
                self.subject(i)
            };
            if unaware && matches!(who, Subject::Person | Subject::Me) && !self.is_plan() {
                self.hit(hits, i, i + 1, Omission, UNSEEN);
                continue;
            }
            // "more luck than good management", "not just a run of bad luck".
            if matches!(word, "luck" | "lucky") {
                let contrasted = (i + 1..(i + 6).min(self.len())).any(|k| self.w(k) == "than")
                    && (i + 1..(i + 8).min(self.len())).any(|k| {
                        self.is(
                            k,
                            &["management", "judgement", "judgment", "skill", "planning"],
                        )
                    });
                let denied = (i.saturating_sub(7)..i).any(|k| self.is(k, &NEGATIONS))
                    && (i.saturating_sub(7)..i).any(|k| self.w(k) == "just");
                if contrasted || denied {
                    self.hit(hits, i, i, Verdict, VERDICT);
                }
                continue;
            }
            // "that one is on them", "this is all on me": who the outcome is charged to.
            // ("The next step is on us" is a plan: only "it", "that" and "this" are charged.)
            // ("that one's on me", "this is squarely on them": an adverb of degree between.)
            let charged = self.is(i, &["it's", "that's", "one's"])
                || self.is(i, &["is", "was", "'s"])
                    && i > 0
                    && self.is(i - 1, &["it", "that", "this", "which", "one"]);
            let degree = self.is(i + 1, WHOLLY);
            let on = i + 1 + usize::from(degree);
            if charged && self.w(on) == "on" {
                let k = on + 1;
                let ends = k + 1 >= self.len() || self.s.words[k].pause_after;
                let person =
                    self.is(k, &["me", "us", "them", "him", "her", "you"]) || self.is_name(k);
                if person && ends {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "things I shouldn't", "when he should not": a norm broken, said elliptically.
            let should_not = word == "shouldn't"
                || word == "shouldnt"
                || word == "should" && self.w(i + 1) == "not";
            if should_not {
                let k = if word == "should" { i + 1 } else { i };
                let elliptical = k + 1 >= self.len() || self.s.words[k].pause_after;
                // "If they blame the person who did the update... they shouldn't", "feels
                // embarrassed, though they shouldn't": what is left unsaid is the blame. ("He
                // pushed to prod when he shouldn't" leaves the act unsaid, whatever came first.)
                let when = i >= 2 && self.is(i - 2, &["when", "whenever", "where", "what"]);
                let blame_unsaid = !when
                    && (0..i).any(|m| {
                        matches!(
                            self.base(m),
                            "blame" | "judge" | "punish" | "feel" | "fault" | "embarrass"
                        ) || self.is(m, &["felt", "embarrassed", "ashamed", "guilty"])
                    });
                if elliptical
                    && !blame_unsaid
                    && matches!(self.subject(i), Subject::Person | Subject::Me)
                {
                    self.hit(hits, i, k, Counterfactual, HINDSIGHT);
                    continue;
                }
            }
            // "they don't seem to understand that", "he didn't grasp how": someone else's
            // understanding judged. One's own ("I didn't understand why") is an account.
            if matches!(
                word,
                "didn't" | "didnt" | "don't" | "dont" | "doesn't" | "doesnt" | "never"
            ) && self.subject(i) == Subject::Person
            {
                let mut k = i + 1;
                if self.at(k, "seem to") || self.at(k, "seems to") {
                    k += 2;
                }
                if self.is(k, &["really", "even", "fully"]) {
                    k += 1;
                }
                let grasp = matches!(
                    self.w(k),
                    "understand" | "grasp" | "realise" | "realize" | "appreciate"
                ) && self.is(k + 1, &["that", "how", "why", "what", "the"]);
                if grasp {
                    self.hit(hits, i, k, Omission, UNSEEN);
                    continue;
                }
            }
            // "the intern happened": a person as the event. (A name is not read: "then
            // Christmas happened".)
            if word == "happened"
                && i > 0
                && self.is_role(self.w(i - 1))
                && (i + 1 >= self.len() || self.s.words[i].pause_after)
            {
                self.hit(hits, i - 1, i, Verdict, CAUSE);
                continue;
            }
            // "the failure is Slappy the button-pusher", "the problem is you": a person named
            // as what went wrong.
            if self.is(i, &["failure", "problem", "culprit", "issue"])
                && self.is(i + 1, &["is", "was"])
                && i > 0
                && self.is(i - 1, &["the", "real", "actual"])
            {
                let mut k = i + 2;
                while self.is(k, &["actually", "really", "simply", "just", "clearly"]) {
                    k += 1;
                }
                // "the problem is they had no way to see it" names a condition, not a person.
                let ends = k + 1 >= self.len() || self.s.words[k].pause_after;
                let pronoun = self.is(k, &["you", "he", "she", "they", "him", "them"]) && ends;
                // A capitalised word here is as often a product ("the real problem was
                // Kafka"): only a role is read as a person.
                let role = self.is(k, &["the", "our", "their", "that"])
                    && self.is_role(self.w(k + 1))
                    && (k + 2 >= self.len() || self.s.words[k + 1].pause_after);
                if (pronoun || role) && !self.s.words[i + 1].pause_after {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "Why is it that we knew...": a why-you question in a longer form.
            if i == 0
                && self.at(0, "why is it that")
                && matches!(self.classify(4), Subject::Person | Subject::Me)
            {
                self.hit(hits, 0, 4, WhyQuestion, WHY_YOU);
                continue;
            }
            // "I told you so", "I've been preaching this for years": being right from outside.
            let told = self.at(i, "told you so") || self.at(i, "told them so");
            let preached = matches!(word, "preaching" | "warning" | "saying")
                && i > 0
                && self.w(i - 1) == "been"
                && self.is(i + 1, &["this", "that", "it", "so"])
                && (i + 2..(i + 4).min(self.len())).any(|k| self.w(k) == "for");
            if (told || preached) && self.subject(i) == Subject::Me {
                self.hit(hits, i, i + if told { 2 } else { 0 }, Distancing, ELSEWHERE);
                continue;
            }
            // "pushed untested code", "merged an unreviewed change": a person's act judged by
            // the check it lacked.
            if self.is(
                i,
                &[
                    "untested", "unreviewed", "unapproved", "unvetted", "unchecked",
                ],
                // ("We found untested code paths" reports; "pushed untested code" charges.)
            ) && (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    self.base(k),
                    "push" | "deploy" | "merge" | "ship" | "release" | "commit" | "apply" | "roll"
                ) && self.w(k) != self.base(k)
            }) && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.is_plan()
            {
                self.hit(hits, i, i, Omission, UNSEEN);
                continue;
            }
            // "cut corners", "took a shortcut", "weak link", "on his watch", "what were they
            // thinking".
            // ("cutting corners", "cut a few corners", "cut some corners".)
            let cut = matches!(self.w(i), "cut" | "cuts" | "cutting");
            let corner_at = if self.is(i + 1, &["a", "some", "any"]) {
                i + 2 + usize::from(self.w(i + 2) == "few")
            } else {
                i + 1
            };
            let corners = cut
                && self.is(corner_at, &["corner", "corners"])
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                || self.is(i + 1, &["a", "the"])
                    && self.is(i + 2, &["shortcut", "shortcuts"])
                    && self.base(i) == "take"
                || self.at(i, "weak link")
                    && matches!(self.subject(i), Subject::Person | Subject::Me)
                || self.w(i) == "on"
                    && self.is(i + 1, &["his", "her", "their", "my", "your"])
                    && self.w(i + 2) == "watch";
            if corners && self.subject(i) != Subject::System {
                let to = if self.w(i) == "on" || self.w(i + 2).starts_with("shortcut") {
                    i + 2
                } else if cut {
                    corner_at
                } else {
                    i + 1
                };
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }

            // "He went rogue", "support left us hanging", "Tom can't be trusted", "the operator
            // needs retraining": a person judged, or a remedy that only asks people to be
            // better. Not of a system ("the backups can't be trusted").
            // Left to cope: "left us hanging", "leaving the poor sysadmin scrambling", "left
            // two million people in the dark" (by a person; "the outage left them in the dark"
            // is a thing's).
            let stranded = (self.is(i, &["left", "leave", "leaving", "leaves"])
                && !self.is(i + 1, &["for", "at", "on", "to", "early", "before"]))
            .then(|| {
                (i + 2..(i + 10).min(self.len()))
                    .take_while(|&k| !self.s.words[k - 1].pause_after)
                    .find(|&k| {
                        self.is(k, &["hanging", "scrambling", "stranded"])
                            || self.at_any(k, &["in the dark", "in the lurch", "holding the bag"])
                    })
            })
            .flatten();
            // "out of their depth"; "sat on the ticket for three days" (a report left alone).
            let out_of_depth = self.at(i, "out of")
                && self.is(i + 2, &["his", "her", "their", "my", "our", "your", "its"])
                && self.is(i + 3, &["depth", "league"]);
            // ("Support sat on the customer reports", "sat on our P1": one word may name the
            // kind; only people sit on a report, whatever the team is called.)
            let held = |k: usize| {
                let w = self.w(k);
                let one = w.strip_suffix('s').unwrap_or(w);
                matches!(
                    one,
                    "ticket"
                        | "report"
                        | "alert"
                        | "page"
                        | "pr"
                        | "bug"
                        | "email"
                        | "issue"
                        | "request"
                        | "fix"
                        | "patch"
                        | "warning"
                        | "escalation"
                        | "p0"
                        | "p1"
                        | "p2"
                        | "sev1"
                        | "complaint"
                )
            };
            let sits = self.is(i, &["sat", "sit", "sits", "sitting"]) && self.w(i + 1) == "on";
            let item = if !sits {
                None
            } else if self.w(i + 2) == "it" {
                Some(i + 2)
            } else if self.is(
                i + 2,
                &["the", "that", "this", "our", "my", "their", "those"],
            ) {
                [i + 3, i + 4].into_iter().find(|&k| held(k))
            } else {
                None
            };
            let sat_on = item.is_some();
            if sat_on && self.subject(i) != Subject::System && !self.s.question {
                let to = item.unwrap_or(i + 2);
                self.hit(hits, i, to, Omission, UNSEEN);
                continue;
            }
            let judged = self.at(i, "went rogue")
                || out_of_depth
                || stranded.is_some()
                || self.is(i, &["can't", "cannot", "not", "never"]) && self.at(i + 1, "be trusted")
                // Retrained as a remedy for a person: "needs retraining", "should be
                // retrained" (not "we retrained the model").
                || i > 0
                    && (self.is(i, &["retraining", "re-training"])
                        && self.is(i - 1, &["need", "needs", "needed", "requires", "more", "some"])
                        || self.is(i, &["retrained", "re-trained"])
                            && self.is(i - 1, &["be", "been", "being", "get", "got"]));
            if judged
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.s.question
            {
                let to = if self.w(i) == "went" {
                    i + 1
                } else if out_of_depth {
                    i + 3
                } else if self.w(i + 1) == "be" {
                    i + 2
                } else if let Some(k) = stranded {
                    if self.w(k) == "in" || self.w(k) == "holding" {
                        k + 2
                    } else {
                        k
                    }
                } else {
                    i
                };
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }
            // "The developer violated the change freeze": a rule said broken by a person.
            if self.is(i, &["violated", "breached", "flouted", "disregarded"])
                && (i + 1..(i + 4).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "freeze", "policy", "process", "procedure", "procedures", "rule",
                            "rules", "protocol", "guidelines", "runbook", "checklist",
                        ],
                    )
                })
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i, Verdict, VERDICT);
                continue;
            }
            // "Classic Dave", "typical of the platform team": a person's habit as the cause.
            // Not "a classic race condition" or "typical of this kind of failure".
            if self.is(i, &["classic", "typical"]) && (i == 0 || self.s.words[i - 1].pause_after) {
                let mut k = i + 1;
                if self.w(k) == "of" {
                    k += 1;
                }
                k = self.past_determiner(k);
                // "the platform team": the person may be the second word of a compound.
                let k = if self.classify(k + 1) == Subject::Person {
                    k + 1
                } else {
                    k
                };
                if matches!(self.classify(k), Subject::Person) {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "Great job breaking prod": praise said of harm is sarcasm ("great job taking the
            // pager at 3am" is praise).
            if self.is(
                i,
                &[
                    "great", "nice", "good", "fantastic", "excellent", "brilliant",
                ],
            ) && self.is(i + 1, &["job", "work", "going"])
                && (self.is(
                    i + 2,
                    &[
                        "breaking", "wiping", "deleting", "dropping", "nuking", "crashing",
                        "killing", "bricking", "trashing",
                    ],
                ) || self.w(i + 2) == "taking" && self.is(i + 3, &["down", "out"]))
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "Way to kill our pipeline without notice", "way to take down prod": "way to go"
            // said of harm, opening the sentence. ("The way to kill a stuck job is...", "the
            // quickest way to..." say how.)
            if self.w(i) == "way"
                && self.w(i + 1) == "to"
                && (i == 0 || self.s.words[i - 1].pause_after && self.w(i - 1) != "the")
                && !self.s.question
                && (self.is(
                    i + 2,
                    &[
                        "break", "wipe", "delete", "drop", "nuke", "crash", "kill", "brick",
                        "trash", "tank", "ruin", "torch",
                    ],
                ) || self.w(i + 2) == "take" && self.is(i + 3, &["down", "out"]))
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "It's on the DBA", "that's on the release team": the fault placed on someone
            // ("that's on me" is self-blame; "it's on the dashboard" places a thing).
            // "This outage is on Marcus", "this one was on the DBA": the same, of the outage.
            let outage = self.is(i, &["this", "that", "the"])
                && self.is(
                    i + 1,
                    &["one", "outage", "incident", "failure", "mess", "breakage"],
                );
            if (self.is(i, &["it's", "that's", "this", "that"]) || outage)
                && (i == 0
                    || self.s.words[i - 1].pause_after
                    || self.is(
                        i - 1,
                        &[
                            "and", "sure", "think", "guess", "bet", "reckon", "tbh", "honestly",
                        ],
                    ))
            {
                let verb = if outage { i + 2 } else { i + 1 };
                let on = if self.w(verb) == "on" && !outage {
                    Some(verb)
                } else if self.is(verb, &["is", "was"]) && self.w(verb + 1) == "on" {
                    Some(verb + 1)
                } else if self.is(verb, &["is", "was"])
                    && self.is(verb + 1, WHOLLY)
                    && self.w(verb + 2) == "on"
                {
                    Some(verb + 2)
                } else {
                    None
                };
                if let Some(on) = on {
                    let mut k = on + 1;
                    if self.is(k, &["the", "our", "their", "his", "her"]) {
                        k += 1;
                    }
                    // "the payments folks": the person may be the second word.
                    if self.classify(k) != Subject::Person
                        && self.classify(k + 1) == Subject::Person
                        && !self.s.words[k].pause_after
                    {
                        k += 1;
                    }
                    if matches!(self.classify(k), Subject::Person)
                        && !self.is(k, &["me", "us", "myself", "ourselves"])
                    {
                        self.hit(hits, i, k, Verdict, VERDICT);
                        continue;
                    }
                }
            }

            // "This is what happens when you let juniors deploy": the outcome served as the
            // lesson. Not asked ("what happens when the disk fills?"), nor of a thing.
            if self.at(i, "what happens when")
                && self.is(
                    i + 3,
                    &[
                        "you", "people", "they", "someone", "somebody", "devs", "developers",
                        "management",
                    ],
                )
                && !self.s.question
                && i > 0
                && self.is(i - 1, &["is", "that's", "thats", "it's"])
            {
                self.hit(hits, i, i + 3, Verdict, VERDICT);
                continue;
            }
            // "You had one job": the task made single, and failed.
            if self.at(i, "had one job") && matches!(self.subject(i), Subject::Person) {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "This is what you get for merging code that doesn't pass tests": the outcome
            // served as deserved.
            if self.is(i, &["what", "that's", "thats"])
                && (self.at(i + 1, "you get for")
                    || self.at(i + 1, "they get for")
                    || self.at(i + 1, "he gets for")
                    || self.at(i + 1, "she gets for"))
                && !self.s.question
            {
                let next = self.w(i + 4);
                if next.ends_with("ing") || NEGATIONS.contains(&next) {
                    self.hit(hits, i, i + 3, Verdict, VERDICT);
                    continue;
                }
            }
            // "The majority of blame lies with the driver", "the failure lay with the
            // application team", "responsibility for the incident rests solely with the
            // vendor": a person or a team named as where the fault sits. Not "the fix lies with
            // the config", nor "the decision lies with the IC" (whose call it is), nor
            // "responsibility for the rota lies with the team lead" (who owns it, no harm told).
            // ("Responsibility rests on the managers", "the blame falls on the crew".)
            let firmly = usize::from(self.is(
                i + 1,
                &[
                    "solely", "squarely", "entirely", "firmly", "wholly", "fully", "largely",
                    "partly", "mostly",
                ],
            ));
            let placed_with = self.w(i + 1 + firmly) == "with"
                || self.w(i + 1 + firmly) == "on" && self.w(i) != "sat";
            // ("Ownership of this incident lies with the Payments team", "the delay sat
            // entirely with the vendor's support desk".)
            let charge = |k: usize| {
                self.is(
                    k,
                    &[
                        "blame", "fault", "culpability", "liability", "failure", "error",
                        "mistake", "delay", "problem",
                    ],
                ) || self.is(k, &["responsibility", "ownership"])
                    && (k + 1..i)
                        .rfind(|&m| self.is(m, &["for", "of"]))
                        .is_none_or(|m| self.names_harm(m + 1..i))
            };
            if self.is(
                i,
                &[
                    "lies", "lay", "lie", "rests", "rested", "rest", "sits", "sat", "falls", "fell",
                ],
            ) && placed_with
                && (i.saturating_sub(6)..i).any(charge)
                && !self.s.question
                && !self.negated_before(i, 4)
            {
                // The one named, after its modifiers: "the third-party hosting provider", "me".
                let from = self.past_determiner(i + 2 + firmly);
                let who = (from..(from + 4).min(self.len()))
                    .take_while(|&k| k == from || !self.s.words[k - 1].pause_after)
                    .find(|&k| {
                        matches!(self.classify(k), Subject::Person | Subject::Me)
                            || self.names_a_person_too(k)
                    });
                if let Some(k) = who {
                    self.hit(hits, i, k, Verdict, VERDICT);
                    continue;
                }
            }
            // "It was the driver's responsibility to check the road", "it was his job to
            // test it": a duty named after the fact, when it was not done.
            if self.is(i, &["responsibility", "job", "duty"])
                && self.w(i + 1) == "to"
                && OMITTED_ACTIONS.contains(&self.base(i + 2))
                && i >= 2
                && !self.s.question
            {
                let owner = i - 1;
                let whose = self.is(owner, &["his", "her", "their", "your"])
                    || self.s.words[owner].possessive && self.classify(owner) == Subject::Person;
                // "it was (also) (the) ...": back past a determiner and adverbs to the verb.
                let verb = (owner.saturating_sub(4)..owner).rev().find(|&k| {
                    !self.is(k, &DETERMINERS)
                        && !self.is(k, &["also", "really", "clearly", "ultimately", "always"])
                });
                if whose && verb.is_some_and(|v| self.is(v, &["was", "were"])) {
                    self.hit(hits, owner, i + 2, Verdict, VERDICT);
                    continue;
                }
            }
            // "a lack of care", "no sense of ownership": a person's character as the cause.
            // ("A lack of training" or "of monitoring" names a condition, and is not read.)
            // "Lacking attention to detail", "a lack of due diligence": the same, as a
            // participle, and with the law's "due" before the care owed.
            let lacking = self.w(i) == "lacking" && !self.is(i + 1, &["of", "in", "from"]);
            if self.at(i, "lack of") || self.at(i, "absence of") || lacking {
                let k = if lacking {
                    i + 1
                } else if self.is(i + 2, &["any", "basic", "real", "proper", "due"]) {
                    i + 3
                } else {
                    i + 2
                };
                // ("Lacking attention from the vendor, the ticket sat": attention received.)
                let received = lacking && self.is(k + 1, &["from", "by"]);
                if self.is(
                    k,
                    &[
                        "care", "attention", "diligence", "ownership", "accountability",
                        "discipline", "rigor", "rigour", "professionalism", "competence",
                        "judgement", "judgment", "responsibility",
                    ],
                ) && !received
                    || self.at(k, "common sense")
                {
                    let to = if self.w(k) == "common" { k + 1 } else { k };
                    self.hit(hits, i, to, Verdict, VERDICT);
                    continue;
                }
            }
            // "despite being told", "even though she was warned": a person acting against
            // what they had been told, said from after.
            if self.is(i, &["despite", "although"]) || self.at(i, "even though") {
                let warned = (i + 1..(i + 7).min(self.len())).find(|&k| {
                    self.is(
                        k,
                        &[
                            "told", "warned", "instructed", "reminded", "asked", "advised",
                        ],
                    )
                });
                // "despite being told", "had been warned"; not "although we asked the vendor".
                let passive = |k: usize| k > 0 && self.is(k - 1, &["being", "been", "was", "were"]);
                // "Although we were told the window closed at six": news heard, not an act
                // asked for ("told to wait", "told twice", "told not to").
                let news = |k: usize| {
                    self.is(k, &["told", "asked"])
                        && self.is(k + 1, &["that", "the", "a", "an", "our", "their", "it"])
                        && !(k + 1..(k + 4).min(self.len()))
                            .any(|m| self.is(m, &["to", "not", "about", "of"]))
                };
                if let Some(k) = warned.filter(|&k| passive(k) && !news(k)) {
                    if self.subject(k) != Subject::System && !self.s.question {
                        self.hit(hits, i, k, Verdict, VERDICT);
                        continue;
                    }
                }
            }
            // "let it happen", "allowed this to happen".
            if (self.base(i) == "let"
                && self.is(i + 1, &["it", "this", "that"])
                && self.w(i + 2) == "happen"
                || self.base(i) == "allow"
                    && self.is(i + 1, &["it", "this", "that"])
                    && self.at(i + 2, "to happen"))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
            {
                let to = if self.base(i) == "let" { i + 2 } else { i + 3 };
                self.hit(hits, i, to, Verdict, CAUSE);
                continue;
            }
            // "held accountable", "be disciplined", "let go": punishment asked for.
            if self.is(
                i,
                &[
                    "be", "been", "get", "got", "gets", "getting", "are", "is", "was", "were",
                ],
            ) && (self.is(
                i + 1,
                &[
                    "disciplined", "reprimanded", "punished", "sacked", "demoted",
                ],
            ) || self.at(i + 1, "held accountable")
                || self.at(i + 1, "let go")
                || self.at(i + 1, "written up"))
                && !self.negated_before(i, 3)
                && !self.nobody_before(i)
                && self.subject(i) != Subject::System
            {
                let to = if self.is(i + 1, &["held", "let", "written"]) {
                    i + 2
                } else {
                    i + 1
                };
                self.hit(hits, i + 1, to, Verdict, VERDICT);
                continue;
            }
            // "because of him", "due to the intern": a person as the cause.
            // ("Thanks to" is left alone: it is nearly always thanks.)
            if self.at(i, "because of") || self.at(i, "due to") {
                let mut k = i + 2;
                if self.is(
                    k,
                    &["the", "a", "an", "one", "some", "that", "our", "their"],
                ) {
                    k += 1;
                }
                if self.is(k, &["junior", "new", "senior"]) {
                    k += 1;
                }
                // "Because of Ben we lost a day": the person may lead into the harm.
                let ends = k + 1 >= self.len()
                    || self.s.words[k].pause_after
                    || i == 0 && (k + 1..self.len()).any(|m| self.is(m, &["we", "i", "they"]));
                // An organisation ("due to the vendor") is not a person charged; and "because of
                // Priya" is credit unless the sentence tells of harm.
                let organisation = self.is(k, ORGANISATIONS);
                let someone = self.is(k, &["him", "her", "them", "you", "me", "us"])
                    || self.is_role(self.w(k)) && k > i + 2 && !organisation
                    || self.is_name(k);
                if someone && ends && self.tells_harm() && !self.s.question {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "It exploded because a test engineer decided to see what would happen": a
            // person's choice given as the cause of the harm. ("We rolled back because the
            // on-call decided the risk was too high" tells of no harm.)
            if word == "because" && i > 0 && !self.s.question {
                let k = self.past_determiner(i + 1);
                let k = if self.is(k, &["junior", "new", "senior", "test"]) {
                    k + 1
                } else {
                    k
                };
                let someone = matches!(self.classify(k), Subject::Person)
                    && !self.is(k, ORGANISATIONS)
                    && !self.is(k, &["we", "i"]);
                if someone
                    && self.is(
                        k + 1,
                        &["decided", "chose", "opted", "wanted", "thought", "figured"],
                    )
                    && self.tells_harm()
                {
                    self.hit(hits, i, k + 1, Verdict, CAUSE);
                    continue;
                }
            }
            // "Staff take shortcuts", "he took a shortcut": corners cut, told of people.
            if self.is(i, &["take", "takes", "took", "taking", "taken"])
                && (self.is(i + 1, &["shortcuts", "shortcut"])
                    || self.w(i + 1) == "a" && self.w(i + 2) == "shortcut")
                && matches!(self.subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "the signaller had lost awareness", "a momentary loss of focus": attention
            // called lost is a verdict on the one whose it was (not "the field lost focus").
            let attention = |k: usize| {
                let k = if self.w(k) == "situational" { k + 1 } else { k };
                self.is(k, &["awareness", "concentration", "attention", "focus"])
            };
            let lost = self.w(i) == "lost"
                && attention(i + 1)
                && matches!(self.subject(i), Subject::Person | Subject::Me);
            let loss = self.at(i, "loss of")
                && attention(i + 2)
                && (self.w(i + 2) != "focus"
                    || i > 0 && self.is(i - 1, &["momentary", "brief", "moment's"]));
            if (lost || loss) && !self.negated_before(i, 3) {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "a failure on his part", "a mistake on our part".
            if self.w(i) == "on"
                && self.is(i + 1, &["his", "her", "their", "my", "your", "our"])
                && self.w(i + 2) == "part"
                && (i.saturating_sub(4)..i).any(|k| {
                    self.is(
                        k,
                        &[
                            "failure", "mistake", "error", "oversight", "negligence", "lapse",
                        ],
                    )
                })
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "Dave is the problem", "the database team is always the bottleneck": a person or
            // a team made the fault itself. Not "the database is always the bottleneck".
            if self.is(i, &["is", "are", "was", "were", "'s"]) && i > 0 {
                let mut k = i + 1;
                let always = self.is(
                    k,
                    &[
                        "always", "again", "still", "forever", "often", "usually", "typically",
                    ],
                );
                if always {
                    k += 1;
                }
                let fault = self.w(k) == "the"
                    && (self.is(k + 1, &["problem", "weak", "weakest"])
                        && (k + 2 >= self.len()
                            || self.s.words[k + 1].pause_after
                            || self.is(k + 2, &["link", "here", "in", "with"]))
                        || always && self.is(k + 1, &["bottleneck", "blocker"]));
                if fault
                    && matches!(self.subject(i), Subject::Person)
                    && !self.is(i - 1, ORGANISATIONS)
                    && !self.negated_before(i, 2)
                    && !self.s.question
                {
                    self.hit(hits, i - 1, k + 1, Verdict, VERDICT);
                    continue;
                }
            }
            // "Engineers need to be more careful", "he should be more attentive": a remedy
            // that is a verdict on the people. Not "the parser needs to be more careful".
            if self.at(i, "be more")
                && self.is(
                    i + 2,
                    &[
                        "careful", "attentive", "diligent", "vigilant", "thorough", "responsible",
                        "disciplined", "professional",
                    ],
                )
                && (self.urged(i) || i > 0 && self.w(i - 1) == "could")
                && matches!(self.subject(i), Subject::Person)
                && !self.s.question
            {
                self.hit(hits, i, i + 2, Verdict, CAREFUL);
                continue;
            }
            // "Please try to review diffs more carefully", "could you please read the
            // alerts more closely": the same remedy asked of the reader, the "more" saying
            // they fell short, even put as a plan ("... in the future"). Not an instruction
            // ("please read the runbook carefully"), nor what we will do.
            if self.at(i, "more")
                && self.is(
                    i + 1,
                    &["carefully", "thoroughly", "closely", "attentively"],
                )
                && (i.saturating_sub(8)..i).any(|k| self.w(k) == "please")
                && !(0..i).any(|k| self.is(k, WE) || self.is(k, &["i", "i'll", "i'm"]))
            {
                self.hit(hits, i, i + 1, Verdict, CAREFUL);
                continue;
            }
            // "Someone really needs to start looking at every commit", "people need to start
            // reading the forecasts": others urged to begin what they should have been doing.
            // Not advice to the reader ("you need to start draining first"), nor our own plan,
            // nor starting a thing ("people need to start the migration").
            if self.w(i) == "start"
                && self.w(i + 1).ends_with("ing")
                && i >= 3
                && self.w(i - 1) == "to"
                && self.is(i - 2, &["need", "needs"])
                && {
                    let who = if self.w(i - 3) == "really" {
                        i.saturating_sub(4)
                    } else {
                        i - 3
                    };
                    self.is(
                        who,
                        &["someone", "somebody", "people", "everyone", "they", "folks"],
                    )
                }
                && !self.s.question
            {
                self.hit(hits, i - 2, i + 1, Verdict, CAREFUL);
                continue;
            }
            // "They should be canarying changes", "the vendor really ought to be testing its
            // drivers": a practice held up as one others should have now, so that they fall
            // short of it. Not of ourselves or the reader ("we should be alerting on this" is a
            // plan), nor what is expected to go on ("they should be running again by now",
            // "the users should be receiving mail shortly").
            if self.w(i) == "be"
                && i >= 2
                && self.w(i + 1).len() > 5
                && self.w(i + 1).ends_with("ing")
                && !self.s.question
                && {
                    let modal = if self.w(i - 1) == "to" && self.w(i - 2) == "ought" {
                        i - 2
                    } else {
                        i - 1
                    };
                    let who = if modal > 0
                        && self.is(
                            modal - 1,
                            &["really", "clearly", "obviously", "also", "all"],
                        ) {
                        modal - 1
                    } else {
                        modal
                    };
                    (self.w(modal) == "should" || modal + 2 == i)
                        && who > 0
                        && (self.is(
                            who - 1,
                            &[
                                "they", "people", "someone", "somebody", "folks", "everyone", "he",
                                "she",
                            ],
                        ) || self.is_role(self.w(who - 1)))
                }
                && !self.is(
                    i + 1,
                    &[
                        "working", "running", "serving", "operating", "functioning", "receiving",
                        "seeing", "getting", "showing", "coming", "arriving", "returning",
                        "recovering", "loading", "expecting", "feeling",
                    ],
                )
                && !(i + 2..self.len())
                    .any(|k| self.is(k, &["now", "soon", "shortly", "again", "today", "tomorrow"]))
            {
                self.hit(hits, i - 1, i + 1, Verdict, HELD_TO);
                continue;
            }
            // "People need to start taking alerts seriously": the same remedy, asked as an
            // attitude.
            if self.is(i, &["take", "taking"])
                && (self.urged(i) || i > 0 && self.w(i - 1) == "start" && self.urged(i - 1))
                && (i + 2..(i + 5).min(self.len())).any(|k| self.w(k) == "seriously")
                && matches!(self.subject(i), Subject::Person)
                && !self.s.question
            {
                let to = (i + 2..self.len())
                    .find(|&k| self.w(k) == "seriously")
                    .unwrap_or(i);
                self.hit(hits, i, to, Verdict, CAREFUL);
                continue;
            }
            // "They avoid declaring outages to avoid looking bad", "to save face", "to cover
            // their backs": a motive imputed, which ends the asking about conditions.
            let motive = self.at_any(i, &["avoid looking bad", "save face", "saving face"])
                || self.w(i) == "cover"
                    && self.is(i + 1, &["their", "his", "her", "your", "my", "our"])
                    && self.is(
                        i + 2,
                        &[
                            "ass", "asses", "back", "backs", "butt", "butts", "tracks", "arse",
                        ],
                    );
            if motive
                && matches!(self.clause_subject(i), Subject::Person | Subject::Me)
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                self.hit(hits, i, i + 2, Verdict, VERDICT);
                continue;
            }
            // "cut corners to save a few quid", "so they can get their bonus", "rushed it out to
            // hit their numbers", "signs off because it's better to sell a broken product than
            // swallow the losses": a motive of gain imputed to someone else, which ends the
            // asking as the motives above do. Not our own reasons ("we roll forward because
            // it's cheaper to fix forward than..."), nor denied or asked.
            let small_sum = self.at(i, "save a few")
                && self.is(
                    i + 3,
                    &[
                        "quid", "bucks", "dollars", "pennies", "pounds", "euros", "cents", "pence",
                        "grand",
                    ],
                );
            let own_gain = self.is(i, &["hit", "make", "meet", "get", "keep", "protect"])
                && self.is(i + 1, &["their", "his", "her"])
                && self.is(
                    i + 2,
                    &[
                        "numbers", "bonus", "bonuses", "quota", "quotas", "targets", "kpis",
                    ],
                );
            let better_than = word == "because"
                && self.is(i + 1, &["it's", "its"])
                && self.is(
                    i + 2,
                    &[
                        "better", "cheaper", "easier", "faster", "quicker", "profitable",
                    ],
                )
                && self.w(i + 3) == "to"
                && (i + 5..self.len()).any(|k| self.w(k) == "than");
            if (small_sum || own_gain || better_than)
                && self.said_of_someone_else(i)
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                let to = if small_sum { i + 3 } else { i + 2 };
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }
            // "he is the reason the site went down".
            // ("Priya is the reason we caught it in time" is credit.)
            if self.at(i, "the reason")
                && i > 0
                && self.is(i - 1, &["is", "was", "'s", "are", "were"])
                && matches!(self.subject(i - 1), Subject::Person)
                && self.tells_harm()
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                self.hit(hits, i - 1, i + 1, Verdict, CAUSE);
                continue;
            }
            // "Typical Dave.", "classic ops": a person summed up by the outcome.
            // ("Classic Kubernetes." is praise for a product: "classic" takes a role only.)
            if self.is(i, &["typical", "classic"])
                && (i == 0 || self.s.words[i - 1].pause_after)
                && (self.is_name(i + 1) && word == "typical" || self.is_role(self.w(i + 1)))
                && (i + 2 >= self.len() || self.s.words[i + 1].pause_after)
            {
                self.hit(hits, i, i + 1, Verdict, VERDICT);
                continue;
            }
            // "couldn't be bothered to check", "has no business touching prod", "can't do his
            // job", "heads will roll", "take the fall".
            // (These start at the negation: the loop passes over words just after one.)
            let denying = |k: usize| {
                self.is(
                    k,
                    &[
                        "couldn't", "couldnt", "can't", "cant", "cannot", "wouldn't", "didn't",
                        "doesn't", "don't", "won't",
                    ],
                )
            };
            let bothered = denying(i) && self.at(i + 1, "be bothered");
            let business = self.at(i, "no business") && self.w(i + 2).ends_with("ing");
            // ("Responders can't do their job when the dashboards are down" tells a condition.)
            let job = denying(i)
                && self.base(i + 1) == "do"
                && self.is(i + 2, &["his", "her", "their", "your"])
                && self.w(i + 3) == "job"
                && (i + 4 >= self.len() || self.s.words[i + 3].pause_after);
            let heads = self.w(i) == "heads"
                && self.is(i + 1, &["will", "should", "must", "need", "are", "have"])
                && (self.w(i + 2) == "roll" || self.w(i + 3) == "roll");
            let fall = self.at(i, "take the fall") || self.at(i, "takes the fall");
            if (bothered || business || job) && self.subject(i) != Subject::System
                || (heads || fall) && !self.negated_before(i, 3)
            {
                let to = if heads && self.w(i + 2) != "roll" || job {
                    i + 3
                } else {
                    i + 2
                };
                self.hit(hits, i, to, Verdict, VERDICT);
                continue;
            }
            // "Whose idea was it to deploy on Friday?": looking for who.
            // ("Whose idea should we try first?" is a plan.)
            if self.at(i, "whose idea")
                && self.is(i + 2, &["was", "is"])
                && self.is(i + 3, &["it", "this", "that"])
                && self.s.question
            {
                self.hit(hits, i, i + 1, WhyQuestion, WHO);
                continue;
            }
            // "a config error by Ben", "a mistake by the on-call": the act charged to someone.
            if self.is(
                i,
                &[
                    "error", "mistake", "blunder", "slip", "oversight", "typo", "screwup",
                ],
            ) && self.w(i + 1) == "by"
                // "Any mistake by an employee is a sign of...": said of any case.
                && !(i > 0 && self.is(i - 1, &["any", "every", "no", "each"]))
            {
                let k = if self.is(i + 2, &["the", "a", "an", "one", "our"]) {
                    i + 3
                } else {
                    i + 2
                };
                let someone = self.is(k, &["him", "her", "them", "me", "us", "you"])
                    || self.is_name(k)
                    || self.is_role(self.w(k)) && k > i + 2;
                if someone && !self.negated_before(i, 3) {
                    self.hit(hits, i, k, Verdict, CAUSE);
                    continue;
                }
            }
            // "Ben's change broke checkout": the person behind the change named as the cause.
            if self.s.words.get(i).is_some_and(|w| w.possessive)
                && (self.is_name(i) || self.is_role(self.w(i)))
                && !self.is(i, ORGANISATIONS)
                && self.is(
                    i + 1,
                    &[
                        "change", "commit", "deploy", "deployment", "push", "pr", "config",
                        "script", "patch", "code", "migration", "query", "typo", "command",
                    ],
                )
            {
                let verb = i + 2;
                let causes = CAUSING.contains(&self.base(verb)) && self.w(verb) != self.base(verb)
                    || self.base(verb) == "take" && self.w(verb + 1) == "down";
                if causes && !self.s.question {
                    self.hit(hits, i, verb, Verdict, CAUSE);
                    continue;
                }
            }
            // "he keeps breaking the build", "Ben is always crashing prod": a habit charged.
            if self.is(i, &["keeps", "kept", "always", "constantly", "forever"])
                && self.w(i + 1).ends_with("ing")
                && CAUSING.contains(&self.base(i + 1))
                && matches!(self.subject(i), Subject::Person | Subject::Me)
            {
                self.hit(hits, i, i + 1, Verdict, CAUSE);
                continue;
            }
            // "not our job", "not my problem": the work pushed away.
            if word == "not"
                && self.is(i + 1, &["our", "my"])
                && self.is(i + 2, &["duty", "problem", "responsibility"])
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
        }
    }

    /// "It takes about two seconds to check", "it would've taken her ten seconds to ack it",
    /// "a few seconds of reading the label": an act said to cost a moment, after the outcome.
    /// Where the finding begins when word `i` is that "seconds". Not a thing's time ("the link
    /// came back in 43 seconds", "failover took 40 seconds"): the moment is a few seconds, and
    /// it is an act's ("to check", "of reading") or a path not taken ("would have taken").
    fn seconds_it_takes(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["second", "seconds"]) || i == 0 {
            return None;
        }
        // ("a couple of seconds")
        let amount = if self.w(i - 1) == "of" && i > 1 {
            i - 2
        } else {
            i - 1
        };
        let few = |w: &str| {
            matches!(
                w,
                "a" | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "few"
                    | "couple"
            ) || w.parse::<u32>().is_ok_and(|n| n <= 10)
                // ".2 seconds", "0.5 seconds". (Not parsed as a float: that would bring a
                // float parser of 15 KB into the guard's part.)
                || w.strip_prefix('0')
                    .unwrap_or(w)
                    .strip_prefix('.')
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        };
        if !few(self.w(amount)) {
            return None;
        }
        // "a few", "a couple of", "the 8 seconds or so".
        let mut from = amount;
        while from > 0
            && self.is(
                from - 1,
                &["a", "the", "about", "only", "just", "all", "of"],
            )
        {
            from -= 1;
        }
        // A person's act: "to check", "to read", "of reading"; not "to fail over".
        let act = |k: usize| OMITTED_ACTIONS.contains(&self.base(k)) || self.is(k, &["figure"]);
        let act_after = self.w(i + 1) == "of" && self.w(i + 2).ends_with("ing") && act(i + 2)
            || self.w(i + 1) == "to" && act(i + 2)
            || self.at(i + 1, "or so to") && act(i + 4);
        let taking = (from.saturating_sub(4)..from)
            .rev()
            .find(|&k| self.base(k) == "take");
        let imagined = taking.is_some_and(|k| {
            (k.saturating_sub(3)..k).any(|m| self.is(m, &["would", "would've", "wouldve"]))
        });
        match taking {
            Some(k) if act_after || imagined => Some(k),
            None if self.w(i + 1) == "of" && act_after => Some(from),
            _ => None,
        }
    }

    /// "just restart it", "simply roll back", "a simple fix", "it's easy", "obviously":
    /// hindsight making the hard look easy.
    fn minimisers(&self, hits: &mut Vec<Hit>) {
        for i in 0..self.len() {
            let word = self.w(i);
            if let Some(from) = self.seconds_it_takes(i) {
                self.hit(hits, from, i, Minimiser, EASY_NOW);
                continue;
            }
            // "Minor oversight shouldn't need a changelog", "this typo is so minor that we don't
            // need to patch the notes", "a tiny error that nobody will notice": a slip called
            // small, and with it whatever it asks of anyone denied. Not a slip called small
            // alone ("please fix a small typo"), nor one whose size is weighed against harm.
            if self.is(i, &["minor", "small", "tiny", "little", "trivial"]) && !self.s.question {
                const SLIPS: &[&str] = &[
                    "oversight", "oversights", "typo", "typos", "mistake", "mistakes", "error",
                    "errors", "slip", "slips",
                ];
                let named = self.is(i + 1, SLIPS)
                    || i >= 2
                        && self.is(i - 1, &["so", "too"])
                        && (i.saturating_sub(5)..i - 1).any(|k| self.is(k, SLIPS));
                let denied = (i + 2..(i + 10).min(self.len()))
                    .filter(|_| named)
                    .find(|&k| {
                        self.is(
                            k,
                            &[
                                "need", "needs", "worth", "matter", "matters", "notice", "warrant",
                            ],
                        ) && (self.negated_before(k, 3)
                            || self.nobody_before(k)
                            || self.is(k - 1, &["no", "nobody"]))
                    });
                if let Some(k) = denied {
                    self.hit(hits, i, k, Minimiser, SMALL);
                    continue;
                }
            }
            // "could be easily caught by testing", "a problem... easily solved by resetting the
            // breaker": the harm said to have been easy to stop, from after it. Not denied ("it
            // couldn't easily be fixed"), nor asked.
            if self.is(i, &["easily", "trivially", "readily"])
                && !self.s.question
                && !self.is_plan()
            {
                let stopped = (i + 1..(i + 3).min(self.len()))
                    .find(|&k| !self.is(k, &["be", "been", "have"]))
                    .filter(|&k| {
                        self.is(
                            k,
                            &[
                                "solved", "fixed", "avoided", "prevented", "caught", "recovered",
                                "protected", "resolved", "averted", "mitigated",
                            ],
                        )
                    });
                if let Some(k) = stopped.filter(|_| !self.negated_before(i, 4)) {
                    self.hit(hits, i, k, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "It's not like snow is uncommon", "it's not like these people have never seen a
            // sign": an excuse denied before anyone gave it, so what was missed is called plain.
            // A clause must follow ("it's not like the old dashboard" compares); not of what
            // the writer or we did ("it's not like we had a choice" defends), nor of a thing
            // as it was ("it's not like it was before").
            if self.at(i, "not like")
                && i > 0
                && (self.is(i - 1, &["it's", "its"])
                    || i > 1 && self.w(i - 2) == "it" && self.is(i - 1, &["is", "was"]))
                && !self.s.question
            {
                let who = self.past_determiner(i + 2);
                let clause = (who + 1..(who + 4).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "is", "are", "was", "were", "has", "have", "had", "could", "would",
                            "can", "did", "does", "do", "will", "isn't", "aren't", "wasn't",
                            "haven't", "hasn't", "hadn't", "didn't", "doesn't", "don't",
                        ],
                    )
                });
                let own_or_thing = self.is(who, &FIRST_PERSON)
                    || self.is(who, &["we", "us", "it", "this", "that", "there"]);
                if clause && !own_or_thing {
                    self.hit(hits, i - 1, i + 1, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "Would it kill them to add a test?", "would it really ruin the company to buy
            // some ink?": the effort asked of someone made small by asking what it would cost
            // them. Of a person or an organisation only: "would it hurt performance to enable
            // tracing?" asks about a thing.
            if self.at(i, "would it") {
                let mut v = i + 2;
                while v < self.len() && self.is(v, &["really", "seriously", "honestly", "have"]) {
                    v += 1;
                }
                let costly = matches!(self.base(v), "kill" | "hurt" | "ruin" | "harm");
                let them = self.past_determiner(v + 1);
                if costly
                    && self.classify(them) == Subject::Person
                    && (them + 1..(them + 4).min(self.len())).any(|k| self.w(k) == "to")
                {
                    self.hit(hits, i, v, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "The answer was staring him right in the face", "the fault was readily
            // apparent", "it's not complicated, you don't...": the answer made plain, after
            // the outcome.
            let staring = word == "staring"
                && (self.at(i + 1, "* in the face") || self.at(i + 1, "* right in the face"));
            let apparent = self.at(i, "readily apparent") || self.at(i, "plain to see");
            let not_complicated = self.at(i, "not complicated")
                && (i + 2 >= self.len() || self.s.words[i + 1].pause_after)
                && i > 0
                && (self.is(i - 1, &["it's", "its", "that's", "thats"])
                    || i > 1
                        && self.is(i - 2, &["it", "this", "that"])
                        && self.is(i - 1, &["is", "was"]));
            if staring || apparent || not_complicated {
                let to = if staring {
                    (i + 1..self.len())
                        .find(|&k| self.w(k) == "face")
                        .unwrap_or(i)
                } else {
                    i + 1
                };
                self.hit(hits, i, to, Minimiser, EASY_NOW);
                continue;
            }
            // "It isn't hard to do backups": the work made light by denying it is hard.
            if self.denies_difficulty(i) {
                let from = if i >= 2 && self.w(i - 2) == "not" {
                    i - 2
                } else {
                    i - 1
                };
                self.hit(hits, from, i, Minimiser, EASY_NOW);
                continue;
            }
            // "such problems could be easily caught by testing", "would have been easily
            // avoided": the catch made light.
            if word == "easily"
                && (i.saturating_sub(3)..i)
                    .any(|k| self.is(k, &["could", "can", "would", "should"]))
                && self.is(
                    i + 1,
                    &[
                        "caught", "avoided", "prevented", "spotted", "found", "fixed", "detected",
                        "noticed",
                    ],
                )
                && !self.negated_before(i, 3)
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                continue;
            }
            // "routine tasks an intoxicated one-eyed monkey could carry off", "a trained chimp
            // could do it in its sleep": the work made fit for anyone, or anything.
            let anyone_could = self.is(
                i,
                &[
                    "monkey", "monkeys", "chimp", "chimps", "chimpanzee", "toddler",
                    "five-year-old",
                ],
            ) && self.is(i + 1, &["could", "can", "would"])
                && self.is(
                    if self.is(i + 2, &["easily", "have"]) {
                        i + 3
                    } else {
                        i + 2
                    },
                    &[
                        "do", "done", "handle", "manage", "carry", "fix", "run", "follow",
                        "figure", "press", "spot", "see", "understand", "write", "type", "catch",
                        "configure",
                    ],
                );
            // "I could do that in my sleep".
            let in_sleep = self.w(i) == "in"
                && self.is(i + 1, &["my", "his", "her", "their", "your", "its", "our"])
                && self.w(i + 2) == "sleep"
                && (i.saturating_sub(6)..i).any(|k| self.is(k, &["could", "can"]));
            if (anyone_could || in_sleep) && !self.s.question && !self.negated_before(i, 3) {
                let to = if in_sleep { i + 2 } else { i + 1 };
                self.hit(hits, i, to, Minimiser, EASY_NOW);
                continue;
            }
            // "Backups are SysAdmin 101", "should be 101 at this scale": the very basics. Not a
            // number of a room, a route, a port or an error.
            if word == "101" && i > 0 && !self.s.question {
                let before = self.w(i - 1);
                let numbered = self.is(
                    i - 1,
                    &[
                        "room", "route", "port", "error", "errors", "code", "version", "v", "line",
                        "page", "chapter", "http", "status", "flight", "highway", "interstate",
                        "building", "suite", "model", "rfc", "no", "number", "issue", "pr",
                        "ticket", "bug", "step", "row", "item", "exit", "unit", "floor",
                    ],
                );
                let named = self.s.words[i - 1].capital
                    && before.bytes().all(|b| b.is_ascii_alphabetic())
                    && i >= 2;
                let called = self.is(i - 1, &["be", "is", "are", "was", "were"])
                    && (i + 1 >= self.len()
                        || self.s.words[i].pause_after
                        || self.is(i + 1, &["for", "stuff", "material", "level"]));
                if !numbered && (named || called) {
                    self.hit(hits, i - 1, i, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "everyone knows you test restores", "anybody who works in IT knows that": the
            // lesson made common knowledge. Not "everyone knows the number now".
            if self.is(i, &["everyone", "everybody", "anyone", "anybody"])
                && !self.s.question
                && !self.negated_before(i, 3)
            {
                let relative = self.is(i + 1, &["who", "that", "with", "in"]);
                // In "anyone who knows how it works has left", "knows" is the relative's.
                let knows = (i + 1..(i + 9).min(self.len()))
                    .take_while(|&k| k == i + 1 || relative)
                    .find(|&k| self.is(k, &["knows", "know"]) && !(relative && k == i + 2));
                if let Some(k) = knows {
                    let general = self.is(
                        k + 1,
                        &[
                            "that", "you", "not", "never", "better", "how", "to", "what", "this",
                            "it's", "why",
                        ],
                    ) && !(k..self.len()).any(|m| self.w(m) == "now");
                    if general {
                        self.hit(hits, i, k, Minimiser, EASY_NOW);
                        continue;
                    }
                }
            }
            // "a five-minute fix", "a two second job": the repair's size, told after the fact.
            // Not a duration of what happened ("a five minute outage").
            let minutes = self.is(i, &["minute", "second", "minutes", "seconds"])
                || word.ends_with("-minute")
                || word.ends_with("-second");
            if minutes
                && self.is(i + 1, &["fix", "job", "task", "change", "thing", "patch"])
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                continue;
            }
            // "It was only a one-line change", "literally one line": the fix's size, made small
            // afterwards. Not "we shipped a one-line fix at 14:05", a plain account of it.
            let one_line =
                self.is(i, &["one-line", "one-liner", "single-line"]) || self.at(i, "one line");
            if one_line
                && (i.saturating_sub(2)..i)
                    .any(|k| self.is(k, &["only", "just", "literally", "simply", "merely"]))
                && !self.negated_before(i, 3)
            {
                let to = if self.at(i, "one line") { i + 1 } else { i };
                self.hit(hits, i, to, Minimiser, EASY_NOW);
                continue;
            }
            // "This is basic ops hygiene": the practice called elementary.
            if word == "hygiene"
                && (i.saturating_sub(2)..i).any(|k| self.is(k, &["basic", "elementary", "simple"]))
                && !self.is_plan()
                && !self.negated_before(i, 4)
            {
                self.hit(hits, i, i, Minimiser, EASY_NOW);
                continue;
            }
            // "It's not rocket science", "duh": the task called easy, after the fact.
            if self.at(i, "rocket science") || self.at(i, "brain surgery") {
                self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                continue;
            }
            if word == "duh" {
                self.hit(hits, i, i, Minimiser, EASY_NOW);
                continue;
            }
            // "It's not that hard.", "it isn't so difficult": said of the task, ending the
            // clause; not "it is not that hard to see why it looked healthy".
            if self.is(i, &["not", "isn't", "wasn't", "isnt", "wasnt", "ain't"])
                && self.is(i + 1, &["that", "so", "very"])
                && self.is(i + 2, &["hard", "difficult", "complicated", "complex"])
                && (i + 3 >= self.len() || self.s.words[i + 2].pause_after)
            {
                self.hit(hits, i, i + 2, Minimiser, EASY_NOW);
                continue;
            }
            if matches!(word, "just" | "simply" | "merely") {
                // Before an action in its base form ("just restart", "simply add"), not a
                // time ("just after") or a recent past ("I just did the math").
                let next = self.w(i + 1);
                let base_form = MINIMISED_ACTIONS.contains(&next);
                let before = i.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
                // "I just did the math" is recent; "we just reboot it" a habit described.
                let said_of_self = matches!(
                    before,
                    "i" | "we" | "he" | "she" | "they" | "had" | "have" | "has"
                );
                // "let's just restart it and see": a move proposed in the moment, not one made
                // small afterwards; "simply put, ...": a way of speaking.
                let proposed = matches!(before, "let's" | "lets");
                // "you can't just change the CAD system": a caution, the opposite of making
                // the act small.
                let forbidden = matches!(
                    before,
                    "can't"
                        | "cant"
                        | "cannot"
                        | "couldn't"
                        | "shouldn't"
                        | "mustn't"
                        | "don't"
                        | "dont"
                ) || before == "not"
                    && i > 1
                    && self.is(i - 2, &["can", "could", "should", "must", "do"]);
                // "Failures do happen: just ask NASA": a witness called, a way of speaking.
                let manner = next == "put" && self.s.words[i + 1].pause_after
                    || next == "ask"
                        && i + 3 >= self.len()
                        && self.s.words.get(i + 2).is_some_and(|w| w.capital);
                // A choice told ("I decided in the essence of time to just do a hard reboot"),
                // or an open question ("what did you just do?").
                let chosen = before == "to"
                    && (self.clause_start(i)..i).any(|k| {
                        self.is(
                            k,
                            &["decided", "chose", "wanted", "tried", "opted", "figured"],
                        )
                    });
                let told = chosen || self.open_question();
                // "During a crisis you simply do the best you can": all anyone can, not little.
                let best = next == "do"
                    && self.is(i + 2, &["the", "your", "their", "our", "my", "what"])
                    && (self.w(i + 3) == "best" || self.w(i + 2) == "what");
                if base_form
                    && !said_of_self
                    && !proposed
                    && !forbidden
                    && !manner
                    && !told
                    && !best
                {
                    self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                    continue;
                }
                // "he just needed to read the runbook": the hard part made a formality.
                if self.is(i + 1, &["needed", "needs", "need", "had", "has"])
                    && self.w(i + 2) == "to"
                {
                    self.hit(hits, i, i + 2, Minimiser, EASY_NOW);
                    continue;
                }
                // "it's just 10 more minutes", "can you just make": dismissing the cost.
                if matches!(before, "can" | "could" | "you" | "to" | "should")
                    && (base_form || next.ends_with("ed"))
                    && !told
                    && !best
                {
                    self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "the result of a simple typo", "caused by one small mistake": a large outcome
            // put down to a slip made to sound trivial. Not "how a simple mistake turned into".
            if matches!(
                word,
                "simple" | "single" | "tiny" | "small" | "little" | "silly" | "minor" | "trivial"
            ) && self.is(
                i + 1,
                &[
                    "typo", "typos", "mistake", "mistakes", "slip", "error", "keystroke", "click",
                ],
            ) && i >= 2
                && self.is(i - 1, &["a", "one", "just"])
                && (self.is(i - 2, &["of", "by", "to", "from"]) || self.w(i - 2) == "was")
                && (i.saturating_sub(4)..i - 1).any(|k| {
                    self.is(
                        k,
                        &[
                            "result", "caused", "due", "because", "down", "came", "traced", "was",
                            "took", "triggered",
                        ],
                    )
                })
            {
                self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                continue;
            }
            // "a simple fix", "the simplest stuff", "a quick restart".
            if EASY.contains(&word)
                && !matches!(word, "little" | "tiny" | "small" | "quick")
                && self.is(i + 1, &EASY_THINGS)
                || matches!(word, "quick" | "little" | "tiny" | "small")
                    && self.is(
                        i + 1,
                        &[
                            "fix", "restart", "reboot", "check", "look", "glance", "precaution",
                        ],
                    )
            {
                self.hit(hits, i, i + 1, Minimiser, EASY_NOW);
                continue;
            }
            // "it's pretty simple", "easy to spot", "should have been easy", "obvious to anyone".
            // ("Plain for any doctor to see": plain only when it is for anyone.)
            let plain = word == "plain"
                && self.is(i + 1, &["to", "for"])
                && self.is(
                    i + 2,
                    &["anyone", "anybody", "everyone", "everybody", "any"],
                );
            if matches!(
                word,
                "simple" | "easy" | "trivial" | "obvious" | "straightforward"
            ) || plain
            {
                let predicate_before = i > 0
                    && self.is(
                        i - 1,
                        &[
                            "is", "was", "it's", "that's", "pretty", "so", "very", "really",
                            "been", "be", "quite", "all", "dead",
                        ],
                    );
                let predicate = predicate_before
                    && (i + 1 >= self.len()
                        || self.s.words[i].pause_after
                        || self.is(i + 1, &["to", "enough", "fix", "stuff"]));
                // "It's obvious that we dropped the ball", "it was obvious the disk was full":
                // what is called obvious is a claim, made after the outcome.
                let obvious_claim = word == "obvious"
                    && (self.w(i + 1) == "that" && predicate_before
                        || i > 0 && self.is(i - 1, &["it's", "its"])
                        || i > 1 && self.w(i - 2) == "it" && self.is(i - 1, &["is", "was"]));
                // "Is that obvious to everyone?" is the method's own question.
                let to_anyone = self.is(i + 1, &["to", "for"])
                    && self.is(
                        i + 2,
                        &["anyone", "anybody", "everyone", "everybody", "any"],
                    )
                    && !self.s.question;
                // "The alert was easy to miss", "it's easy to forget": the difficulty granted,
                // the opposite of a minimiser. "It was obvious to me that...": what the writer
                // saw then, not a claim about what anyone should have seen.
                // "It is easy to see now": hindsight named, not used.
                let granted = self.w(i + 1) == "to"
                    && (matches!(word, "easy" | "simple")
                        && self.is(
                            i + 2,
                            &[
                                "miss", "forget", "overlook", "confuse", "mix", "misread", "skip",
                                "lose", "undo", "revert", "reverse",
                            ],
                        )
                        || word == "obvious" && self.is(i + 2, &["me", "us", "everyone"])
                        || self.is(i + 3, &["now", "afterwards", "afterward", "later"])
                        || self
                            .at_any(i + 3, &["in hindsight", "after the fact", "in retrospect"]));
                let easy_to = self.w(i + 1) == "to"
                    && self.is(
                        i + 2,
                        &[
                            "see", "spot", "avoid", "prevent", "fix", "catch", "notice", "find",
                            "understand", "buy", "do", "check", "test",
                        ],
                    );
                if (predicate || obvious_claim || to_anyone || easy_to)
                    && !granted
                    && !self.negated_before(i, 3)
                {
                    self.hit(hits, i, i, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "obviously" and "clearly" before a claim: said after the outcome, most things
            // look obvious. Not as an afterthought at the end, nor before an "-ing" clause.
            if matches!(word, "obviously" | "clearly") || self.at(i, "of course") {
                let last = i + 1 >= self.len();
                let afterthought = self.s.words[i].pause_after && word != "of";
                let gerund = self.w(i + 1).ends_with("ing");
                // "I obviously have no way of knowing": the writer hedging about themselves.
                let hedge = word != "of" && i > 0 && self.is(i - 1, &["i", "we"]);
                // "Of course it would be great if...": a wish granted, not a claim made obvious.
                let granted = word == "of"
                    && self.is(i + 2, &["it", "that", "this", "we", "you", "it'd"])
                    && (self.is(i + 3, &["would", "could", "might"]) || self.w(i + 2) == "it'd");
                // "Our CI obviously doesn't run the suite on docs changes": how a thing is
                // built, not what a person should have seen.
                let after = if word == "of" { i + 2 } else { i + 1 };
                let about = if self.clause_start(i) == i {
                    (after..(after + 4).min(self.len()))
                        .map(|k| self.classify(k))
                        .find(|c| *c != Subject::Unknown)
                        .unwrap_or(Subject::Unknown)
                } else {
                    self.subject(i)
                };
                // ("Fastly obviously didn't test their code", "this PR was clearly made out of
                // spite": a company's or a person's act, whatever names it.)
                let an_act = (after..(after + 6).min(self.len())).any(|k| {
                    self.is(k, &["didn't", "didnt", "never", "made", "done"])
                        || self.at(k, "did not")
                });
                // (Of a thing, only how it is built, in the present: "obviously the DNS record
                // was stale" is what was seen at the time, made obvious after.)
                let present = (after..(after + 5).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "doesn't", "doesnt", "isn't", "isnt", "aren't", "does", "is", "are",
                        ],
                    )
                });
                let of_a_thing = about == Subject::System && present && !an_act;
                if !last
                    && !afterthought
                    && !gerund
                    && !granted
                    && !hedge
                    && !of_a_thing
                    && !self.s.question
                {
                    let to = if word == "of" { i + 1 } else { i };
                    self.hit(hits, i, to, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "all they had to do", "all it took", "only needed", "how hard is it", "101".
            // ("All he really needed to do was...", "all Marco needed to do", "all the nurse
            // had to do".)
            let who = if self.w(i + 1) == "the" && self.is_role(self.w(i + 2)) {
                i + 2
            } else {
                i + 1
            };
            let v = if self.is(
                who + 1,
                &["really", "just", "ever", "actually", "simply", "literally"],
            ) {
                who + 2
            } else {
                who + 1
            };
            let someone = self.is(
                who,
                &["it", "you", "they", "he", "she", "we", "someone", "anyone"],
            ) || who > i + 1
                || self.is_name(who);
            // "Restoring service merely required the team to follow step 4", "surely it isn't
            // too much to ask that someone glances at the budget".
            let merely = self.is(i, &["merely", "only", "simply", "just"])
                && self.is(
                    i + 1,
                    &["required", "requires", "needed", "needs", "took", "takes"],
                )
                && {
                    let who = self.past_determiner(i + 2);
                    matches!(self.classify(who), Subject::Person)
                        && (who + 1..(who + 3).min(self.len())).any(|k| self.w(k) == "to")
                };
            // ("It's really not that much to ask", "it isn't so much to ask of a lead": the
            // same effort denied its size.)
            let not_much = (self.at(i, "too much to ask")
                || self.at(i, "that much to ask")
                || self.at(i, "so much to ask"))
                && self.negated_before(i, 2)
                && !self.s.question;
            if merely || not_much {
                let to = if merely { i + 1 } else { i + 3 };
                self.hit(hits, i, to, Minimiser, EASY_NOW);
                continue;
            }
            // "Seriously, what's so hard about that?", "what is so difficult about reading the
            // runbook?": the effort asked of someone called small by asking what made it hard.
            // ("What's so hard about this migration is the dual writes" answers it.)
            let so_hard = self.is(i, &["what's", "whats"]) && self.at(i + 1, "so")
                || self.at(i, "what is so");
            if so_hard && self.s.question {
                let k = if self.w(i) == "what" { i + 3 } else { i + 2 };
                if self.is(k, &["hard", "difficult", "complicated"]) && self.w(k + 1) == "about" {
                    self.hit(hits, i, k, Minimiser, EASY_NOW);
                    continue;
                }
            }
            // "It would seem simple enough to keep fuel in the tanks", "it should have been easy
            // enough to check the date": what someone had to do, said after to have been easy.
            // Not what was easy ("the fix was simple enough to ship the same day"), nor what a
            // design is to be ("the page should be easy enough to read at a glance").
            if self.is(i, &["simple", "easy", "straightforward"])
                && self.at(i + 1, "enough to")
                && i >= 2
                && (self.at(i - 2, "would seem")
                    || i >= 3 && self.at(i - 3, "should have been")
                    || self.is(i - 1, &["seem", "seems", "seemed"]) && self.w(i - 2) == "would")
                && !self.s.question
                && !self.negated_before(i, 3)
            {
                self.hit(hits, i, i + 2, Minimiser, EASY_NOW);
                continue;
            }
            // "All anyone on the team had to do was read the email".
            let v = if someone && self.is(v, &["on", "in", "from", "at"]) {
                (v + 1..(v + 4).min(self.len()))
                    .find(|&k| self.is(k, &["had", "needed"]) && self.w(k + 1) == "to")
                    .unwrap_or(v)
            } else {
                v
            };
            let all_it_took = word == "all"
                && (someone
                    && (self.is(v, &["took", "takes", "had", "needed"])
                    // "All you need to do is restore it to identical hardware."
                    // ("All you have to do is run one command", said of someone else.)
                    || self.is(v, &["need", "needs", "have", "has"])
                        && self.at(v + 1, "to do")
                        && self.w(i + 1) != "we"));
            // "It doesn't take an engineering degree to...", "it's a low bar".
            let no_genius = self.is(i, &["doesn't", "didn't", "doesnt", "didnt"])
                && self.w(i + 1) == "take"
                && (i + 2..(i + 6).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "genius", "degree", "phd", "scientist", "surgeon", "expert",
                            "einstein", "wizard",
                        ],
                    )
                });
            let low_bar = self.at(i, "low bar") && !self.negated_before(i, 3);
            // "anyone can set up a backup", "any idiot could".
            // ("Even a child could read that graph.")
            // (Not "even my mom could use this app", praise for a thing.)
            let even_a = word == "even"
                && self.is(i + 1, &["a", "an"])
                && self.is(
                    i + 2,
                    &[
                        "child", "kid", "toddler", "grandma", "grandmother", "intern", "mum", "mom",
                    ],
                );
            let anyone_can = (self.is(i, &["anyone", "anybody"])
                || self.w(i) == "any"
                    && self.is(i + 1, &["idiot", "fool", "child", "intern", "monkey"])
                || even_a)
                // (Not what may be done to them: "even a child could be hurt", "anyone can be
                // paged".)
                && (i + 1..(i + if word == "even" { 5 } else { 3 }).min(self.len()))
                    .any(|k| self.is(k, &["can", "could"]) && !self.is(k + 1, &["be", "get"]))
                && !self.s.question
                // "Anyone could have made the same mistake" defends; it does not belittle.
                && !(i + 1..(i + 6).min(self.len())).any(|k| self.at(k, "the same"));
            let how_hard = self.at(i, "how hard") && self.is(i + 2, &["is", "was", "can", "could"]);
            // "That is incident response 101": a course title for what was hard, at the end
            // of a claim; not the number 101 ("retry 101 of 200").
            let one_oh_one = word == "101"
                && (i + 1 == self.len() || self.s.words[i].pause_after)
                && i > 0
                && self.w(i - 1).chars().all(char::is_alphabetic)
                && (self.clause_start(i)..i)
                    .any(|k| self.is(k, &["is", "was", "that's", "it's", "are"]));
            // "only needed a restart", "only had to flip the flag", "it just needed someone to
            // restart the pod"; not "only had a 40% chance", nor "we just needed a minute"
            // (the writer's own moment).
            let only_needed = (word == "only"
                || matches!(word, "just" | "merely")
                    && !(i > 0 && self.is(i - 1, &["i", "we", "they", "you"])))
                && (self.is(i + 1, &["needed", "need", "requires", "required"])
                    && self.is(i + 2, &["a", "an", "to", "one", "someone", "somebody"])
                    || word == "only" && self.w(i + 1) == "had" && self.w(i + 2) == "to");
            // "Correct diagnosis required only a basic review of the logs": the same, the
            // other way round. ("The restore took only forty minutes" is a time told.)
            let required_only = self.is(i, &["required", "requires", "needed", "needs"])
                && self.is(i + 1, &["only", "merely", "just"])
                && self.is(i + 2, &["a", "an", "one"])
                && self.is(
                    i + 3,
                    &[
                        "basic", "simple", "quick", "single", "cursory", "glance", "look", "check",
                        "restart", "review", "read", "click",
                    ],
                );
            let only_needed = only_needed || required_only;
            let moral = self.at(i, "moral of the story");
            let dismiss = self.at_any(i, &["blah blah", "yada yada", "no-brainer", "common sense"]);
            if all_it_took
                || no_genius
                || low_bar
                || how_hard
                || one_oh_one
                || only_needed
                || moral
                || dismiss
                || anyone_can
            {
                let to = if moral {
                    i + 3
                } else if one_oh_one {
                    i
                } else {
                    i + 1
                };
                self.hit(hits, i, to, Minimiser, EASY_NOW);
            }
        }
    }

    /// A duty named as not done, by a person: "did not make the customary calls", "had not
    /// placed the required cap", "it slipped my mind", "they wouldn't answer the phone". The
    /// words to mark. Not what was not done to someone ("was not given the required
    /// training"), nor by a thing ("the job did not make the usual backup" is the job's).
    fn norm_left_undone(&self, i: usize) -> Option<(usize, usize)> {
        const NORMS: &[&str] = &[
            "customary", "required", "mandatory", "standard", "usual", "necessary", "proper",
            "expected", "appropriate", "prescribed", "requisite", "obligatory",
        ];
        // "it slipped my mind", "slipped his mind".
        if self.is(i, &["slipped", "slips", "slip"])
            && self.is(i + 1, &["my", "his", "her", "their", "our", "your"])
            && self.w(i + 2) == "mind"
            && !self.negated_before(i, 3)
            && !self.s.question
        {
            return Some((i, i + 2));
        }
        // "they wouldn't answer the phone", "he refused to respond".
        let refused = self.is(i, &["wouldn't", "wouldnt"]) || self.at(i, "refused to");
        let reply = if self.w(i) == "refused" { i + 2 } else { i + 1 };
        if refused
            && matches!(
                self.w(reply),
                "answer" | "respond" | "reply" | "listen" | "return" | "pick"
            )
            && self.subject(i) == Subject::Person
        {
            return Some((i, reply));
        }
        if !self.is(i, NORMS)
            || i < 3
            || !self.is(i - 1, &["the", "a", "an", "any", "their", "his", "her"])
        {
            return None;
        }
        let verb = i - 2;
        // ("He did not skip the mandatory check": two negations, a duty done.)
        if matches!(
            self.base(verb),
            "skip"
                | "miss"
                | "forget"
                | "ignore"
                | "neglect"
                | "bypass"
                | "break"
                | "violate"
                | "omit"
                | "overlook"
        ) {
            return None;
        }
        let negation = (verb.saturating_sub(2)..verb).find(|&k| self.is(k, &NEGATIONS))?;
        let passive = (negation..verb)
            .chain([verb])
            .any(|k| self.is(k, &["been", "was", "were", "be", "given", "got"]))
            || self.is(
                verb,
                &[
                    "been", "given", "have", "had", "get", "got", "receive", "received",
                ],
            );
        let person = matches!(self.subject(i), Subject::Person | Subject::Me);
        (!passive && person && !self.s.question).then_some((negation, i + 1))
    }

    /// Word `i` is "hard" in "it isn't hard to do backups", "it's not like it's hard to add a
    /// health check": difficulty denied in the present, of what someone had to do. Not "it
    /// wasn't hard to restart, once we found the runbook" (told), nor "it isn't hard to see
    /// why" (a defence), nor asked.
    fn denies_difficulty(&self, i: usize) -> bool {
        // "Rolling back is a single command, not exactly hard": said at the end, of it all.
        let at_end = i + 1 >= self.len()
            && i >= 3
            && self.w(i - 2) == "not"
            && self.is(
                i - 1,
                &["exactly", "that", "very", "particularly", "terribly"],
            )
            && self.s.words[i - 3].pause_after;
        if self.is(i, &["hard", "difficult", "complicated"]) && at_end && !self.s.question {
            return true;
        }
        if !self.is(i, &["hard", "difficult", "complicated"]) || self.w(i + 1) != "to" || i == 0 {
            return false;
        }
        let denied = self.is(i - 1, &["isn't", "isnt"])
            || self.is(i - 1, &["it's", "its"])
                && (i.saturating_sub(4)..i).any(|k| self.at(k, "not like"))
            || self.w(i - 1) == "not" && i > 1 && self.is(i - 2, &["it's", "its", "is", "that's"]);
        let of_it =
            (i.saturating_sub(3)..i).any(|k| self.is(k, &["it", "it's", "its", "that", "that's"]));
        let understood = self.is(
            i + 2,
            &[
                "see", "understand", "imagine", "tell", "explain", "say", "believe", "know",
                "predict", "follow", "miss", "find",
            ],
        );
        denied && of_it && !understood && !self.s.question
    }

    /// "waited forty minutes before paging anyone", "waited two days to tell us": a delay put
    /// before the act; the word that ends the delay. Not "waited ten minutes for the cache to
    /// warm" (what was waited for).
    fn waited_before_acting(&self, i: usize) -> Option<usize> {
        const UNITS: &[&str] = &[
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "mins", "hrs",
        ];
        // Acts of raising the alarm: "waited five minutes before retrying" follows a runbook.
        const RAISING: &[&str] = &[
            "tell", "page", "call", "escalate", "act", "respond", "say", "raise", "report",
            "notify", "alert", "inform", "declare", "contact",
        ];
        if !self.is(i, &["waited", "wait", "waiting"]) {
            return None;
        }
        let unit = (i + 2..(i + 5).min(self.len())).find(|&k| self.is(k, UNITS))?;
        let delay = (i + 1..unit).all(|m| !self.s.words[m].pause_after)
            && self.is(unit + 1, &["before", "to"])
            && RAISING.contains(&self.base(unit + 2));
        // ("...two hours to escalate, per the policy": the wait was the rule.)
        let by_rule = || {
            (0..self.len()).any(|k| {
                self.is(
                    k,
                    &["runbook", "policy", "procedure", "per", "planned", "rule"],
                )
            })
        };
        (delay && !by_rule()).then_some(unit)
    }

    /// Comparison and distancing: "a competent engineer would have", "at my company we",
    /// "this would never happen to us".
    /// Word `i` is "always" in "I always <did>", "I would always <do>": a practice the writer
    /// claims as their own.
    fn practice_claimed(&self, i: usize) -> bool {
        let mut who = i - 1;
        if self.is(who, &["would", "will"]) && who > 0 {
            who -= 1;
        }
        // "We" only on the writer's own ground ("on my boat we always had"): "we always run
        // the canary for an hour" tells the team's process.
        let by_us = self.is(who, &["i", "i'd", "i'll"])
            || self.is(who, &["we", "we'd", "we'll"]) && (0..who).any(|k| self.w(k) == "my");
        // ("as I always do", "like we always did": a habit measured against.)
        let as_ever = who > 0 && self.is(who - 1, &["as", "like"]);
        let verb = i + 1;
        let practice = verb < self.len()
            && !self.s.words[i].pause_after
            && !self.is(
                verb,
                &[
                    "thought", "think", "knew", "know", "felt", "feel", "wondered", "wonder",
                    "assumed", "assume", "believed", "believe", "meant", "mean", "wanted", "want",
                    "liked", "like", "loved", "love", "hated", "hate", "wished", "wish", "saw",
                    "see", "heard", "hear", "found", "find", "forget", "forgot", "remember",
                    "remembered", "seem", "seemed", "try", "tried", "am", "was", "were", "are",
                    "be", "been", "do", "did", "get", "got", "struggle", "struggled", "worry",
                    "worried", "hope", "hoped", "wanna", "enjoy", "enjoyed", "appreciate",
                    "appreciated", "say", "said", "tell", "told", "ask", "asked", "learn",
                    "learned", "learnt",
                ],
            )
            && self.base(verb) != "be";
        by_us
            && !as_ever
            && practice
            && !self.negated_before(i, 3)
            && !self.conditional(i)
            && !self.is_plan()
    }

    fn distancing(&self, hits: &mut Vec<Hit>) {
        const GOOD: &[&str] = &[
            "reasonable", "competent", "good", "decent", "qualified", "experienced", "real",
            "proper", "sane", "responsible", "rational", "professional", "half-decent", "halfway",
            "sensible", "careful", "seasoned", "serious", "any",
        ];
        for i in 0..self.len() {
            let word = self.w(i);
            // "any good trainer would", "a reasonable officer would have"; "experienced
            // engineers would not have proceeded" (no determiner, a plural); "any controller
            // with a bit of experience would never have".
            let opens = i == 0 || self.s.words[i - 1].pause_after;
            let plural = opens
                && self.is(i, GOOD)
                && !self.is(i, &["any", "real"])
                && self.w(i + 1).ends_with('s')
                && self.is_role(self.w(i + 1));
            let qualified =
                self.is(i, &["a", "any", "every", "the", "no"]) && self.is(i + 1, GOOD) || plural;
            let with_experience = self.is(i, &["a", "any"])
                && self.is_role(self.w(i + 1))
                && self.w(i + 2) == "with"
                && (i + 3..(i + 7).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &["experience", "training", "sense", "clue", "brain", "brains"],
                    )
                });
            if qualified || with_experience {
                let start = if with_experience { i + 1 } else { i };
                let who = (start..(start + 4).min(self.len()))
                    .find(|&k| k > i && self.is_role(self.w(k)) || k == i + 1 && with_experience);
                if let Some(k) = who {
                    // (What they would do may come after a long qualifier: "a qualified person
                    // for this job with a degree and license would not have let this occur".)
                    // ("Experienced operators know the failover order" tells a practice: a
                    // plural alone compares only with what they would have done.)
                    let judges = (k + 1..(k + 12).min(self.len()))
                        .take_while(|&m| !self.s.words[m - 1].pause_after)
                        .any(|m| {
                            self.is(m, &["would", "wouldn't", "would've", "never"])
                                || !plural
                                    && self.is(m, &["should", "knows", "know", "could", "will"])
                        });
                    if judges {
                        self.hit(hits, i, k, Distancing, ELSEWHERE);
                        continue;
                    }
                }
            }
            // "I would expect perfection from them", "I'd demand better conduct", "so I would
            // expect familiarity with the logs", "the kind of stuff I would expect from a bait
            // shop": a standard the writer holds people to, set beside what they did. Not a
            // forecast ("I would expect the cache to warm", "I'd expect better throughput"),
            // nor denied or asked.
            if self.is(i, &["expect", "demand"])
                && i >= 1
                && (self.is(i - 1, &["i'd", "we'd"])
                    || i >= 2 && self.w(i - 1) == "would" && self.is(i - 2, &["i", "we"]))
                && !self.s.question
            {
                const STANDARDS: &[&str] = &[
                    "perfection", "competence", "professionalism", "familiarity", "diligence",
                    "rigor", "rigour", "care", "discipline", "accountability", "basic",
                ];
                const CONDUCT: &[&str] = &[
                    "behavior", "behaviour", "conduct", "judgment", "judgement", "care", "work",
                    "practice", "practices", "discipline", "from",
                ];
                let next = i + 1;
                let ends = next >= self.len() || self.s.words[i].pause_after;
                let standard = !ends
                    && (self.is(next, STANDARDS)
                        || self.is(next, &["better", "more"])
                            && (next + 1 >= self.len()
                                || self.s.words[next].pause_after
                                || self.is(next + 1, CONDUCT)));
                // ("this is the kind of thing I'd expect from a hobby shop").
                let kind_of = self.w(next) == "from"
                    && (i.saturating_sub(6)..i).any(|k| {
                        self.at(k, "kind of") || self.at(k, "sort of") || self.at(k, "type of")
                    });
                if (standard || kind_of) && !self.negated_before(i, 3) {
                    self.hit(hits, i, next, Distancing, HELD_TO);
                    continue;
                }
            }
            // "...followed process, unlike the app team's", "unlike some people", "unlike
            // whoever was on shift", "in contrast to the data team, we...": the writer's side
            // set apart. Not "unlike the old dashboard, the new one shows p99".
            let contrast = if word == "unlike" && !self.s.words[i].pause_after {
                Some(i + 1)
            } else if self.at(i, "in contrast to") {
                Some(i + 3)
            } else {
                None
            };
            if let Some(other) = contrast {
                let from = self.past_determiner(other);
                let who = (from..(from + 3).min(self.len()))
                    .take_while(|&k| k == from || !self.s.words[k - 1].pause_after)
                    .find(|&k| self.classify(k) == Subject::Person);
                if let Some(k) = who {
                    self.hit(hits, i, k, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "Our side of the house did everything right", "Finance Systems had no part in this
            // and followed every step", "my team follows the change process to the letter": one
            // side declared clear. Not "the runbook did everything right" (a thing).
            let cleared = self.at_any(
                i,
                &[
                    "did everything right", "did nothing wrong", "followed every step",
                    "to the letter", "no part in this",
                ],
            );
            if cleared
                && (matches!(self.subject(i), Subject::Person | Subject::Me)
                    || matches!(self.clause_subject(i), Subject::Person | Subject::Me))
                && !self.s.question
                && !self.negated_before(i, 2)
                && !self.conditional(i)
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
            // "we did our part perfectly": the same, of one's share.
            let our_part = self.is(i, &["did", "played", "done"])
                && self.is(i + 1, &["our", "my"])
                && self.is(i + 2, &["part", "bit", "job"])
                && self.is(
                    i + 3,
                    &["perfectly", "right", "correctly", "properly", "flawlessly"],
                );
            // "The outage was not our fault", "through no fault of my own", "it wasn't
            // actually my code that was the issue", "happy I have nothing to do with that
            // outage", "not how I would do it", "not on my watch": the writer's side declared
            // clear. ("It's not your fault" reassures; "the config had nothing to do with it" is
            // a thing's.)
            let not_mine = self.own_side_cleared(i);
            let no_fault_of = self.at(i, "no fault of") && self.is(i + 3, &["my", "our"]);
            let nothing_to_do = self.at(i, "nothing to do with")
                && self.is(
                    i.saturating_sub(2),
                    &["i", "we", "i've", "we've", "i'd", "we'd", "i'm"],
                )
                && (i + 4..(i + 7).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &["outage", "incident", "mess", "failure", "breakage", "it"],
                    )
                });
            // ("That's not how we do things in a review" tells the room's own way.)
            let not_how =
                self.at(i, "not how") && self.is(i + 2, &["i", "we"]) && self.w(i + 3) == "would";
            let watch = self.at(i, "on my watch") && i > 0 && self.is(i - 1, &["not", "never"]);
            if (our_part || not_mine || no_fault_of || nothing_to_do || not_how || watch)
                && !self.s.question
                && !self.conditional(i)
            {
                let to = if our_part || no_fault_of || not_how {
                    i + 3
                } else {
                    i + 2
                };
                self.hit(hits, i, to.min(self.len() - 1), Distancing, ELSEWHERE);
                continue;
            }
            // "This is a product-team problem, not theirs": the fault moved to another side.
            if word == "not"
                && self.is(i + 1, &["theirs", "ours", "mine", "yours"])
                && (i + 2 >= self.len() || self.s.words[i + 1].pause_after)
                && (i.saturating_sub(4)..i)
                    .any(|k| self.is(k, &["problem", "issue", "fault", "mess", "responsibility"]))
            {
                self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            // "this wouldn't happen in the Berlin office", "would never happen on my watch".
            if self.w(i) == "happen"
                && i > 0
                && (self.is(i - 1, &["wouldn't", "wouldnt"])
                    || self.w(i - 1) == "never" && i > 1 && self.w(i - 2) == "would")
                && self.is(i + 1, &["in", "at", "on", "with"])
                && (i + 2..(i + 6).min(self.len())).any(|k| {
                    self.is(
                        k,
                        &[
                            "office", "team", "shift", "site", "watch", "ward", "floor", "crew",
                            "unit", "department",
                        ],
                    )
                })
            {
                self.hit(hits, i - 1, i, Distancing, ELSEWHERE);
                continue;
            }
            // "When I set up a rollout I always included a kill switch", "I would always get a
            // second pair of eyes", "on my boat we always had a lookout": a practice of the
            // writer's own, told beside someone else's outcome. Not what the writer thought or
            // saw ("I always thought it ran nightly"), tried, or did as a habit that slipped ("as
            // I always do").
            if word == "always" && i > 0 && !self.s.question && self.practice_claimed(i) {
                self.hit(hits, i - 1, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            // "..., which is more than I can say for some people".
            if self.at(i, "more than i can say for") || self.at(i, "more than we can say for") {
                self.hit(hits, i, i + 5, Distancing, ELSEWHERE);
                continue;
            }
            // "Only an absolute crazy person would make this call", "only an idiot would": the
            // act set apart from anyone sane.
            if word == "only" && self.is(i + 1, &["a", "an"]) {
                let who = (i + 2..(i + 5).min(self.len())).find(|&k| {
                    self.is(
                        k,
                        &[
                            "person", "idiot", "fool", "moron", "lunatic", "madman", "maniac",
                            "amateur", "child", "clown", "imbecile",
                        ],
                    )
                });
                if let Some(k) = who.filter(|&k| {
                    (k + 1..(k + 3).min(self.len()))
                        .any(|m| self.is(m, &["would", "could", "would've", "will"]))
                }) {
                    self.hit(hits, i, k, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "Real engineers read the logs first", "good SREs check the disk": the measure is
            // a better kind of person. Said in the present of what they do, not "experienced
            // engineers reviewed the change" (who did it).
            if i == self.clause_start(i)
                && self.is(
                    i,
                    &["real", "competent", "decent", "sane", "half-decent", "good"],
                )
                && self.is_role(self.w(i + 1))
                && self.w(i + 1).ends_with('s')
                && !self.w(i + 2).ends_with("ed")
                && !self.is(
                    i + 2,
                    &[
                        "were", "was", "are", "is", "had", "have", "on", "in", "at", "from", "and",
                        "who", "that",
                    ],
                )
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            // "Our old team never had these problems", "my last company wouldn't have": the
            // writer's past place set against this one. Not "our old team used another tool".
            let past_place = self.is(i, &["our", "my"])
                && self.is(i + 1, &["old", "previous", "last", "former"])
                && self.is(
                    i + 2,
                    &[
                        "team", "company", "job", "employer", "shop", "place", "workplace", "org",
                    ],
                );
            if past_place
                && (i + 3..(i + 6).min(self.len())).any(|k| {
                    self.is(k, &["never", "wouldn't", "would've", "wouldnt"])
                        || self.at(k, "would never")
                })
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
            // "In my shop this would never get past CI", "at our company that wouldn't ship":
            // the writer's place as the measure. Said of what would happen there, not of what
            // they do ("at our company we deploy on Tuesdays" describes).
            let own_place = self.is(i, &["in", "at"])
                && self.is(i + 1, &["my", "our"])
                && self.is(
                    i + 2,
                    &[
                        "shop", "company", "team", "place", "workplace", "org", "job", "office",
                    ],
                );
            // ("Where I work, nobody would get away with that.")
            let own_place = own_place || self.at(i, "where i work");
            if own_place
                && (i + 3..(i + 8).min(self.len())).any(|k| {
                    self.is(k, &["wouldn't", "wouldnt"])
                        || self.at_any(
                            k,
                            &["would never", "would not", "nobody would", "no one would"],
                        )
                })
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
            // "Must be nice to deploy without tests": envy as sarcasm, from outside.
            if i == self.clause_start(i) && self.at(i, "must be nice to") {
                self.hit(hits, i, i + 3, Distancing, ELSEWHERE);
                continue;
            }
            // "Unlike the payments team, we test our migrations", "other teams manage to
            // rotate their certs": the writer's side set against another.
            let other = (word == "unlike")
                .then(|| {
                    (i + 1..(i + 4).min(self.len()))
                        .find(|&k| self.is_role(self.w(k)) || self.is(k, &["them", "they", "you"]))
                })
                .flatten();
            if let Some(k) = other {
                let ours = (k + 1..(k + 6).min(self.len())).any(|m| {
                    self.s.words[m - 1].pause_after && self.is(m, &["we", "i", "our", "my"])
                });
                if ours {
                    self.hit(hits, i, k, Distancing, ELSEWHERE);
                    continue;
                }
            }
            if (self.at(i, "other teams")
                || self.at(i, "other companies")
                || self.at(i, "everyone else")
                || self.at(i, "everybody else"))
                && (i + 2..(i + 4).min(self.len()))
                    .any(|k| self.is(k, &["manage", "manages", "managed"]))
                && !self.s.question
            {
                self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            // "as detailed as it needed to be for any competent engineer": the measure is
            // someone else.
            if word == "for"
                && self.is(i + 1, &["any", "every"])
                && self.is(i + 2, GOOD)
                && self.w(i + 2) != "any"
            {
                let who = (i + 3..(i + 5).min(self.len())).find(|&k| self.is_role(self.w(k)));
                if let Some(k) = who {
                    self.hit(hits, i + 1, k, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "any sysadmin worth their salt", "any engineer who has done this would have".
            if self.is(i, &["any", "every"]) && self.is_role(self.w(i + 1)) {
                let worth = self.w(i + 2) == "worth";
                let would = self.is(i + 2, &["who", "that"])
                    && (i + 4..(i + 14).min(self.len())).any(|m| {
                        self.is(m, &["would", "wouldn't", "would've", "should"])
                            || self.at(m, "knows better")
                            || self.at(m, "know better")
                    });
                if worth || would {
                    self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "anyone remotely serious", "anybody half competent": the measure is someone
            // else.
            if self.is(i, &["anyone", "anybody", "nobody"]) {
                let k = if self.is(
                    i + 1,
                    &[
                        "remotely", "even", "half", "halfway", "vaguely", "truly", "actually",
                    ],
                ) {
                    i + 2
                } else {
                    i + 1
                };
                // "anyone remotely serious has ...", not "nobody experienced was on call".
                let compares = (k + 1..(k + 7).min(self.len())).any(|m| {
                    self.is(
                        m,
                        &[
                            "would", "wouldn't", "would've", "has", "have", "knows", "know",
                            "could", "will", "never", "should",
                        ],
                    )
                });
                if k < self.len() && self.is(k, GOOD) && self.w(k) != "any" && compares {
                    self.hit(hits, i, k, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "if you were sane you'd canary it"; not "if they were real alerts".
            if self.at(i, "if you were") || self.at(i, "if they were") || self.at(i, "if he were") {
                let k = if self.is(i + 3, &["remotely", "even", "half", "at"]) {
                    i + 4
                } else {
                    i + 3
                };
                let predicate = k + 1 >= self.len()
                    || self.s.words[k].pause_after
                    || self.classify(k + 1) != Subject::Unknown
                        && !self.is_system(k + 1)
                        && !self.is_role(self.w(k + 1));
                if k < self.len() && self.is(k, GOOD) && self.w(k) != "any" && predicate {
                    self.hit(hits, i, k, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "Any first-year student knows that", "every sysadmin knows you test restores":
            // what everyone of a kind knows, as the measure.
            if self.is(i, &["any", "every"]) && i == self.clause_start(i) {
                let who = (i + 1..(i + 4).min(self.len()))
                    .find(|&k| self.is_role(self.w(k)) || self.is(k, &["student", "beginner"]));
                if let Some(k) = who.filter(|&k| {
                    (i + 1..k).all(|m| !self.s.words[m].pause_after)
                        // (Not "any developer would know this API is confusing", a defence.)
                        && (self.w(k + 1) == "knows"
                            && self.is(k + 2, &["that", "not", "you", "better", "to"])
                            || self.at(k + 1, "could tell you"))
                }) {
                    self.hit(hits, i, k + 1, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "anyone who ... would", "anyone with half a brain".
            // "Nobody with half a brain would": the measure, denied to everyone who acted.
            let nobody_at = if self.at(i, "no one") { i + 2 } else { i + 1 };
            if (self.is(i, &["nobody", "noone"]) || self.at(i, "no one"))
                && self.w(nobody_at) == "with"
                && self.at_any(
                    nobody_at + 1,
                    &[
                        "half a brain", "any sense", "a brain", "a shred", "a clue",
                        "common sense", "any experience",
                    ],
                )
            {
                self.hit(hits, i, nobody_at, Distancing, ELSEWHERE);
                continue;
            }
            if self.is(i, &["anyone", "anybody"]) && self.is(i + 1, &["who", "with", "that"]) {
                // The relative's own verb ("anyone who knows how it works has left")
                // is not the comparison; the main clause's is.
                let from = if self.w(i + 1) == "with" {
                    i + 2
                } else {
                    i + 3
                };
                let would = (from..(i + 14).min(self.len())).any(|m| {
                    self.is(m, &["would", "knows", "know"]) || self.at(m, "should be able")
                }) || self.at(i + 2, "half a brain");
                if would {
                    self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "in my day", "when I was an administrator": then and there, as the measure.
            // Describing one's own workplace is not a charge by itself.
            if self.at(i, "in my day") || self.at(i, "in my days") {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
            if self.at(i, "when i was") && self.is(i + 3, &["a", "an", "the", "at", "in"])
                || self.at(i, "back when i")
                || self.at(i, "back in my")
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
            // "would never happen to my department", "never happens to us".
            if word == "never" && matches!(self.base(i + 1), "happen" | "happened") {
                let ours = (i + 2..(i + 5).min(self.len()))
                    .any(|k| self.is(k, &["us", "me", "my", "our", "we"]));
                if ours {
                    self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // "we know what we're doing", "I would never", "they should hire me".
            if self.at_any(
                i,
                &[
                    "know what we're doing", "know what we are doing", "know what i'm doing",
                ],
            ) {
                self.hit(hits, i, i + 3, Distancing, ELSEWHERE);
                continue;
            }
            // Not "I would have done the same", "I would not have done anything differently":
            // standing beside them, the opposite of distancing.
            let beside = (i + 3..(i + 9).min(self.len()))
                .any(|k| self.stood_by(k) || self.w(k) == "likewise");
            // "Our ops people would never make that kind of mistake": our own people set apart.
            if self.at(i, "would never") || self.at(i, "wouldn't ever") {
                let start = self.clause_start(i);
                let ours = (start..i).any(|k| self.is(k, &["our", "my"]))
                    && (start..i).any(|k| self.classify(k) == Subject::Person);
                if ours && !self.s.question && !self.conditional(i) {
                    self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                    continue;
                }
            }
            // Nor "I'm not sure what I would have done", "whether we would have seen it": a
            // question asked inside the sentence.
            let wondered = i > 0 && self.is(i - 1, &["what", "how", "whether", "if"]);
            // Nor "if traffic had dropped, we would have seen it": what we would have seen in
            // another state of the world, not what we would have done in their place.
            let world_if = || {
                (0..i).any(|k| {
                    self.w(k) == "if"
                        && !matches!(
                            self.classify(self.past_determiner(k + 1)),
                            Subject::Person | Subject::Me
                        )
                        && (k + 1..i).any(|m| self.is(m, &["had", "hadn't"]))
                })
            };
            if self.is(i, &["i", "we"])
                && self.is(i + 1, &["would", "wouldn't", "would've"])
                && self.is(i + 2, &["never", "have", "not"])
                && !beside
                && !wondered
                && !world_if()
                && !self.s.question
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
                continue;
            }
            if matches!(self.base(i), "hire" | "ask" | "call")
                && self.w(i + 1) == "me"
                && i > 0
                && self.is(i - 1, &["should", "could", "would"])
            {
                self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            // "you need experienced people", "hire some professional".
            // "They should hire people who know Postgres": the remedy is other people.
            if self.is(i, &["hire", "hiring"])
                && self.is(
                    i + 1,
                    &["people", "someone", "somebody", "engineers", "staff"],
                )
                && self.is(i + 2, &["who", "that"])
                && self.is(
                    i + 3,
                    &["know", "knows", "understand", "understands", "can"],
                )
                // ("We will hire people who know Postgres" is our plan.)
                && !(self.clause_start(i)..i).any(|k| {
                    self.is(k, &["we", "we'll", "we're", "i", "i'll", "let's", "our"])
                })
            {
                self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            if (self.is(i, &["need", "needs", "hire", "want"]))
                && self.is(
                    i + 1,
                    &[
                        "experienced", "real", "competent", "senior", "qualified", "professional",
                        "adult", "some",
                    ],
                )
                && (i + 2..(i + 5).min(self.len()))
                    .any(|k| self.is_role(self.w(k)) || self.is(k, &["supervision", "adults"]))
            {
                self.hit(hits, i, i + 1, Distancing, ELSEWHERE);
                continue;
            }
            if self.at(i, "as a professional")
                || (i == 0
                    && word == "as"
                    && self.is(1, &["a", "an"])
                    && self.is_role(self.w(2))
                    && self.s.words.get(2).is_some_and(|w| w.pause_after))
            {
                self.hit(hits, i, i + 2, Distancing, ELSEWHERE);
            }
        }
    }

    /// Talk about blame rather than blame: "we are not here to find someone to blame", "it is
    /// easy to say what people should have done", "avoid asking why".
    /// "Leo jumped to conclusions": a person's reasoning judged after the fact. Not "let's not
    /// jump to conclusions" (a ground rule) nor "people jumping to conclusions" (talk about it).
    fn jumped_to_conclusions(&self, i: usize) -> bool {
        (self.is(i, &["jumped", "rushed"]) && self.at(i + 1, "to conclusions")
            || self.is(i, &["jumped", "jumping", "jump", "jumps"]) && self.at(i + 1, "the gun"))
            && matches!(self.subject(i), Subject::Person | Subject::Me)
            && !self.negated_before(i, 3)
    }

    /// Word `i` comes after a disclaimer that the blame then follows: "I'm not blaming
    /// anyone, but Tom should have checked", "no offence, but...", "hindsight is 20/20, but
    /// ...". Such a sentence talks about blame and then lays it.
    fn after_disclaimer(&self, i: usize) -> bool {
        let disclaimer = (0..i).find(|&k| {
            self.at_any(
                k,
                &[
                    "not blaming", "not to blame", "not to point fingers", "not pointing fingers",
                    "no offence", "no offense", "hindsight is",
                ],
            )
        });
        disclaimer.is_some_and(|d| {
            (d + 1..i).any(|k| self.w(k) == "but" && self.s.words[k - 1].pause_after)
        })
    }

    fn talks_about_blame(&self) -> bool {
        const CUES: &[&str] = &[
            "blameless", "blamelessly", "finger-pointing", "scapegoat", "scapegoating",
            "counterfactual", "counterfactuals",
        ];
        // Phrases of judging talked about as the topic, or declined.
        const ABOUT_JUDGING: [&str; 24] = [
            "finger pointing", "easy to say", "tempting to", "by saying", "saying what",
            "say what", "instead of asking", "don't ask why", "do not ask why", "never ask why",
            "don't ask who", "do not ask who", "rather than asking", "avoid asking",
            "avoid evaluating", "steer clear", "lay out what", "not here to", "isn't to",
            "is not to", "not about", "isn't about", "the question is not", "hindsight bias",
        ];
        const NOT_BLAMING: [&str; 12] = [
            "judge people", "not blaming", "not to blame", "without blame", "no blame",
            "don't discipline", "learning not blame", "of blaming", "can't blame",
            "can't really blame", "cannot blame", "blame themselves",
        ];
        // "it could happen to anyone".
        const ANYONE_COULD: [&str; 5] = [
            "we all make", "happen to anyone", "happened to anyone", "happens to everyone",
            "happens to the best",
        ];
        (0..self.len()).any(|i| {
            self.is(i, CUES)
                || self.at_any(i, &ABOUT_JUDGING)
                // "Hindsight makes every incident look like negligence", "one can easily list
                // why people should have...", "our tendency to view mistakes as": how judging
                // works, as the topic.
                || self.w(i) == "hindsight"
                    && self.is(i + 1, &["makes", "made", "make", "turns", "is", "bias"])
                || self.at(i, "one can easily")
                || self.at(i, "tendency to")
                    && matches!(
                        self.base(i + 2),
                        "view" | "see" | "blame" | "judge" | "think" | "treat" | "call" | "label"
                    )
                || self.at_any(i, &NOT_BLAMING)
                // Not "the majority of blame lies with the driver": where it is laid.
                || self.at(i, "of blame")
                    && !self.is(i + 2, &["lies", "lay", "rests", "rested", "sits"])
                || self.at(i, "view of")
                || self.at(i, "this view")
                // "ask why the system allowed it, not who made it".
                || self.at(i, "not who")
                // "Blaming the intern ignores the root cause", "firing the operator would not
                // have fixed the access controls", "holding people 'accountable' doesn't
                // reduce outages": the act of blaming someone as what the sentence is about.
                || (i == 0 || self.is(i - 1, &["that", "but", "and"]))
                    && (self.is(
                        i,
                        &[
                            "blaming", "punishing", "firing", "shaming", "disciplining",
                            "reprimanding", "sacking", "scapegoating",
                        ],
                    ) && (i + 1..(i + 4).min(self.len()))
                        .any(|k| self.classify(k) == Subject::Person)
                        || self.w(i) == "holding"
                            && (i + 1..(i + 6).min(self.len()))
                                .any(|k| self.is(k, &["accountable", "responsible"])))
                // "people jumping to blame the CEO", "quick to blame".
                || self.is(i, &["jumping", "jump", "jumped", "rushing", "rush", "quick"])
                    && self.w(i + 1) == "to"
                    && self.is(i + 2, &["blame", "conclusions", "judge", "judgement", "judgment"])
                    && !self.jumped_to_conclusions(i)
                // "anyone can make that mistake", "it could happen to anyone".
                || self.is(i, &["anyone", "anybody", "everyone", "everybody"])
                    && self.at_any(i + 1, &["can make", "could make", "could have made", "makes", "make"])
                || self.at_any(i, &ANYONE_COULD)
                // "it's easy to blame", "tempting to say": judging as the topic.
                || self.is(i, &["easy", "easier", "tempting", "natural"])
                    && self.w(i + 1) == "to"
                    && matches!(
                        self.base(i + 2),
                        "say" | "blame" | "judge" | "point" | "jump" | "look" | "criticise" | "bash"
                            | "criticize" | "second-guess" | "assume" | "conclude" | "dismiss"
                            | "fire" | "punish" | "stop" | "focus" | "pin"
                    )
                // "Blame suppresses signal": blame as the subject, not laid on anyone.
                || i == 0
                    && self.w(0) == "blame"
                    && self.w(1).len() > 3
                    && self.w(1).ends_with('s')
                    && !self.is(1, &["lies", "rests", "falls", "goes", "belongs", "sits"])
                // "The human error framing hides the design", "calling this human error": the
                // label as the topic.
                || self.at(i, "human error")
                    && self.is(
                        i + 2,
                        &[
                            "framing", "frame", "label", "narrative", "explanation", "story",
                            "lens", "bucket", "trap", "myth",
                        ],
                    )
                || self.is(i, &["calling", "call"])
                    && self.is(i + 1, &["it", "this", "that"])
                    && self.at(i + 2, "human error")
                    && !(i > 0 && self.is(i - 1, &["i", "we", "i'd", "we'd", "i'm"]))
                // "I don't think it's fair to blame these people".
                || self.w(i) == "fair" && self.w(i + 1) == "to" && self.negated_before(i, 4)
                // "it would be foolish to fire someone over this"; not "she was foolish to".
                || self.is(
                    i,
                    &[
                        "foolish", "wrong", "unfair", "pointless", "short-sighted",
                        "counterproductive", "unhelpful",
                    ],
                ) && self.w(i + 1) == "to"
                    && matches!(
                        self.base(i + 2),
                        "blame" | "judge" | "fire" | "punish" | "pin" | "point"
                    )
                    && (i.saturating_sub(6)..i).any(|k| self.is(k, &["it", "it's", "it'd"]))
                // "too easy, for anyone, to make such a mistake": the conditions, not a person.
                || self.is(i, &["easy", "easier", "simple"])
                    && (i + 1..(i + 6).min(self.len())).any(|k| self.at(k, "to make"))
                    && (i.saturating_sub(8)..(i + 10).min(self.len()))
                        .any(|k| self.is(k, &["mistake", "mistakes", "error", "errors"]))
                // "causes teams to blame individuals": blame of people in general.
                || self.is(i, &["blame", "blaming", "blames"])
                    && self.is(
                        i + 1,
                        &["individuals", "people", "humans", "operators", "someone", "somebody"],
                    )
                // "instead of wasting time blaming", "without blaming them".
                || self.w(i) == "blaming"
                    && i > 0
                    && self.is(
                        i - 1,
                        &[
                            "of", "without", "stop", "stopped", "time", "from", "avoid", "avoided",
                            "than", "about", "not", "no",
                        ],
                    )
                // "Firing the intern would not have fixed it": punishment as the topic.
                || self.is(i, &["firing", "punishing", "disciplining", "sacking"])
                    && self.clause_start(i) == i
                || (self.w(i) == "blame"
                    && self.is(i + 1, &["the", "a"])
                    && i > 0
                    && self.is(i - 1, &["another", "of"]))
        })
    }

    /// A plan or a proposal: "we should add a canary", "make sure", "going forward".
    fn is_plan(&self) -> bool {
        *self.plan.get_or_init(|| self.reads_as_plan())
    }

    fn reads_as_plan(&self) -> bool {
        const IMPERATIVES: &[&str] = &[
            "add", "make", "require", "ensure", "do", "don't", "test", "monitor", "verify",
            "create", "build", "introduce", "automate", "document", "review", "limit", "use",
            "consider", "set", "write", "move", "keep", "schedule", "run", "put", "check",
        ];
        // "I'll simply ask that...", "we will shortly be disabling": what the writer will do.
        // ("I'll be honest, ..." and "I'll admit..." only open what is said.)
        let will = (self.is(0, &["i'll", "we'll"])
            && !self.is(1, &["never", "not", "admit", "confess"])
            && !self.at(1, "be honest"))
            || (self.is(0, &["i", "we"]) && self.w(1) == "will" && !self.is(2, &["never", "not"]));
        // "Proposal: make the deploy bot print the region", "action: ...".
        let labelled = self.is(
            0,
            &[
                "proposal", "suggestion", "idea", "todo", "action", "followup", "follow-up",
            ],
        ) && self.s.words[0].pause_after;
        will || labelled
            || (self.is(0, IMPERATIVES) && !self.s.question && self.len() > 1)
            || (0..self.len()).any(|i| {
                // ("... as a key person that should make sure these errors can't happen": a
                // duty told of someone, in a relative clause, not what is to be done.)
                let duty = i >= 3
                    && self.is(i - 1, &["should", "must"])
                    && self.is(i - 2, &["that", "who"])
                    && self.classify(i - 3) == Subject::Person;
                self.at(i, "make sure") && !duty
                    || self.at(i, "going forward")
                    || self.is(i, &["recommend", "recommends", "suggest", "propose"])
                        && i > 0
                        && self.is(i - 1, &["i'd", "we'd", "i", "we", "would"])
                    || self.at_any(i, &["action item", "next time", "in the future"])
                    // ("... so the burden doesn't need to be on us": no need, nothing to do.)
                    || (self.at(i, "need to be") || self.at(i, "needs to be"))
                        && !(i > 0 && self.is(i - 1, &NEGATIONS))
                    || (self.is(i, &["we", "you", "they", "teams", "it"])
                        && self.is(
                            i + 1,
                            &["should", "must", "need", "will", "shouldn't", "needn't"],
                        )
                        && !self.is(i + 2, &["have", "never", "not"])
                        && !self.at(i + 2, "know better")
                        // "running the way it should be", "asleep as they should be": a norm
                        // that something is measured against, not what is to be done.
                        && !(i > 0 && self.is(i - 1, &["way", "as", "than", "like"])))
            })
    }

    /// The writer says what they think of someone else, and the finding is in what
    /// they think: "I bet it was a developer", "I wonder why CrowdStrike didn't roll out
    /// slowly", "I just don't understand how an update was pushed", "seems to me the whole
    /// debacle...". The "I" is the one thinking, not the one blamed; "I think I should have
    /// checked" is still about the writer.
    fn thought_of_another(&self, hit: &Hit) -> bool {
        const THINKING: &[&str] = &[
            "bet", "wonder", "think", "guess", "suspect", "believe", "understand", "know", "feel",
            "doubt", "suppose", "imagine", "assume", "expect", "hope", "reckon", "fear", "see",
            "watch", "hear", "notice", "comprehend", "fathom", "ask", "curious", "wondering",
        ];
        // Words between "I" and the verb: "I just don't understand", "I'm more interested to
        // know", "I would like to see", "I keep asking myself".
        const BETWEEN: &[&str] = &[
            "just", "really", "still", "honestly", "truly", "simply", "do", "don't", "dont", "did",
            "didn't", "can", "can't", "cannot", "could", "couldn't", "would", "am", "was", "have",
            "had", "keep", "kept", "more", "interested", "curious", "to", "like", "want", "always",
            "often", "never", "not", "n't",
        ];
        let from = hit.from.saturating_sub(12);
        // Where the thought begins: after "I <thinking verb>" or "seems to me".
        let thought = (from..=hit.to).rev().find_map(|k| {
            let seems = self.w(k) == "me"
                && k >= 2
                && self.w(k - 1) == "to"
                && self.is(k - 2, &["seems", "seemed", "appears", "looks", "sounds"]);
            if seems {
                return Some(k + 1);
            }
            // ("I didn't think to check the lag" is an act not done, not a thought.)
            if !self.is(k, THINKING) && !THINKING.contains(&self.base(k)) || self.w(k + 1) == "to" {
                return None;
            }
            let mut j = k;
            while j > 0 && k - j < 6 && self.is(j - 1, BETWEEN) {
                j -= 1;
            }
            let by_me = j > 0 && self.is(j - 1, &["i", "i'm", "im", "i've", "i'd"]);
            // ("I keep asking myself why...": the thought is after "myself".)
            let past = if self.is(k + 1, &["myself", "me"]) {
                k + 2
            } else {
                k + 1
            };
            by_me.then_some(past)
        });
        // Whom the thought is about: the first person or thing named in it, if any. ("I think
        // the deploy went fine, but I forgot the logs" is about me again.)
        thought.is_some_and(|begins| {
            !(begins..hit.from).any(|k| self.classify(k) == Subject::Me)
                && (begins..(hit.to + 4).min(self.len()))
                    .map(|k| (k, self.classify(k)))
                    .find(|(_, kind)| *kind != Subject::Unknown)
                    .is_none_or(|(k, kind)| {
                        kind != Subject::Me && !self.is(k, &["we", "us", "our"])
                    })
        })
    }

    /// An omission asked about: "the board wants to know why the signaller failed to apply
    /// the blocking", "can someone explain why Infra didn't notice". The question puts the
    /// person on trial, and is answered as a why-you question.
    fn as_asked_why(&self, hit: Hit) -> Hit {
        let asked = hit.category == Omission
            && (hit.from.saturating_sub(5)..hit.from).any(|k| {
                self.w(k) == "why"
                    && (k + 1..hit.from).any(|m| self.classify(m) == Subject::Person)
                    && !(k + 1..hit.from).any(|m| self.s.words[m - 1].pause_after)
            });
        if asked {
            Hit {
                category: WhyQuestion,
                reframe: WHY_YOU,
                ..hit
            }
        } else {
            hit
        }
    }

    /// The finding is said of "we" or "our" something: the nearest one named before it in its
    /// clause, or a word of its own.
    fn by_us(&self, hit: &Hit) -> bool {
        let start = self.clause_start(hit.from);
        let nearest = (start..hit.from)
            .rev()
            .find(|&k| self.classify(k) != Subject::Unknown || self.w(k) == "our");
        // Someone else is judged: "we pay for their stupidity", "we have lots of stupid
        // people". Not the ones let down ("we let our customers down"), unless the finding
        // names who did it ("we were let down by the network team").
        let victims = self.is(hit.from, &["let", "failed", "disappointed"])
            && !(hit.from..=hit.to).any(|k| self.w(k) == "by");
        let theirs = self.is(hit.from.saturating_sub(1), &["their", "his", "her", "your"]);
        let another = theirs
            || (hit.from..=hit.to).any(|k| {
                self.classify(k) == Subject::Person && !self.is(k, WE) && !victims
                    || self.is(k, &["their", "his", "her", "your"])
            });
        !another
            && (nearest.is_some_and(|k| self.is(k, WE))
                || (hit.from..=hit.to).any(|k| self.is(k, &["we", "we've", "our", "ourselves"])))
    }

    /// Someone else's self-blame, reported: "Kai said it was entirely his fault", "Sana feels
    /// she should have drained traffic sooner", "the on-call engineer has accepted that their
    /// error caused the data loss". The one who says it is the one it is about.
    fn reported_of_self(&self, hit: &Hit) -> bool {
        const SAYING: &[&str] = &[
            "said", "says", "saying", "feels", "felt", "admitted", "admits", "accepted", "accepts",
            "acknowledged", "acknowledges", "insisted", "insists", "conceded", "concedes",
        ];
        // (Not "thinks" or "realized": "when he realized he fucked up the command" is the
        // writer's verdict on him, not his own words.)
        const THEIRS: &[&str] = &["he", "she", "they", "his", "her", "their", "he'd", "she'd"];
        let from = hit.from.saturating_sub(10);
        (from..hit.from).rev().any(|k| {
            // The one saying it: a person named just before the verb.
            let sayer = (k.saturating_sub(5)..k)
                .any(|p| self.classify(p) == Subject::Person && !self.is(p, &PEOPLE_PRONOUNS));
            // What they say is about themselves: "he", "she" or "their" right after the verb
            // or at the finding, and nobody else named between.
            let theirs = (k + 1..(k + 4).min(hit.from + 1)).any(|q| self.is(q, THEIRS))
                || (hit.from.saturating_sub(2)..=hit.to).any(|q| q > k && self.is(q, THEIRS));
            let another = (k + 1..hit.from)
                .any(|q| self.classify(q) == Subject::Person && !self.is(q, THEIRS));
            self.is(k, SAYING) && sayer && theirs && !another
        })
    }

    /// The only first person before `t` is "me" as an object: "the on-call before me could
    /// have flagged it", "please tell me why nobody joined". Not "it was just me not paying
    /// attention" or "stop me from taking", where "me" does the act.
    fn me_only_as_object(&self, t: usize) -> bool {
        let mine: Vec<usize> = (t.saturating_sub(10)..t)
            .filter(|&k| self.classify(k) == Subject::Me)
            .collect();
        // ("...did that stop me from taking the shortcut": my act again.)
        let acts = |k: usize| {
            self.is(k + 1, &["not", "being", "having", "from"]) || self.w(k + 1).ends_with("ing")
        };
        !mine.is_empty() && mine.iter().all(|&k| self.w(k) == "me" && !acts(k))
    }

    /// A finding about "I" is self-blame, and gets the answer self-blame needs.
    fn as_self_blame(&self, hit: Hit) -> Hit {
        let words = hit.from..=hit.to;
        // ("The firefighters (and I use the term loosely)" takes the title from them.)
        // ("I sent the steps, and all he needed to do was paste them" is about him.)
        let another = |k: usize| self.classify(k) == Subject::Person && !self.is(k, &FIRST_PERSON);
        // ("I walked into a mess that the day shift had made" judges the shift; "I let the
        // team down" and "I was an idiot" judge me.)
        let made_by_another = words.clone().any(|k| {
            self.is(k, &["that", "which"]) && (k + 1..(k + 4).min(hit.to + 1)).any(another)
        });
        let names_another =
            hit.category == Minimiser && words.clone().any(another) || made_by_another;
        let mine = !self.at(hit.from, "i use")
            && (words
                .clone()
                .any(|k| self.is(k, &["my", "i", "myself", "me"]))
                || self.subject(hit.from) == Subject::Me
                    && !names_another
                    && !self.thought_of_another(&hit)
                    && !self.me_only_as_object(hit.from)
                // "a total brain-fart on my part".
                || self.at(hit.to + 1, "on my part"));
        // "I'm terminating you" is a sanction on someone else.
        // "I can't believe she deployed on a Friday" judges her, whoever says it.
        // "I blame the organisers for not closing the gate" blames them.
        let object = self.past_determiner(hit.to + 1);
        let blames_another = self.is(hit.to, &["blame", "blamed", "blames"])
            && (object..(object + 2).min(self.len()))
                .any(|k| self.classify(k) == Subject::Person && !self.is(k, &FIRST_PERSON))
            // "I'm disappointed in the care shown by the release team" judges the team.
            || self.w(hit.from) == "disappointed" && !self.is(hit.to, &FIRST_PERSON);
        // "We let you down", "we dropped the ball", "our performance was not acceptable": the
        // writer's team judging itself is self-blame too, and is answered as such.
        // (A team's omission stays one: "we didn't have a rollback plan" asks where attention
        // was.)
        let ours = hit.category == Verdict && self.by_us(&hit);
        let reported =
            matches!(hit.category, Verdict | Counterfactual) && self.reported_of_self(&hit);
        if (mine || ours || reported)
            && hit.category != Distancing
            && hit.reframe != SANCTION
            && hit.reframe != DISBELIEF
            // "What I want to know is who thought it was fine": someone else looked for.
            && hit.reframe != WHO
            && !blames_another
        {
            Hit {
                category: SelfBlame,
                reframe: SELF,
                ..hit
            }
        } else {
            hit
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{corpus, sentences};
    use super::Reader;

    /// One sentence for each form of `sanction_forms`: each must be found, so that the walk
    /// below has every form to test.
    const SANCTIONS: &[&str] = &[
        "He should be fired.",
        "She got sacked last week.",
        "He had been removed from duty.",
        "Someone's getting a formal warning.",
        "We recommend a disciplinary review.",
        "He ought to face prosecution.",
        "She needs to lose her prod access.",
        "We're pulling Tariq off the rotation.",
        "There should be consequences.",
        "The engineer responsible has been spoken to.",
        "Fire him.",
        "We should sack the intern.",
        "Hold them accountable.",
        "Heads will roll.",
        "Heads should roll for this.",
        "Whoever set that timeout should explain themselves.",
        "They're lucky nobody lost their job over this.",
        "Somebody has to answer for this.",
        "That was a resume-generating event.",
        "That's a career-limiting move.",
        "Somebody's getting a pink slip.",
        "I hope whoever did this got walked out.",
        "Whoever did that should update their CV.",
        "He will be looking for a new job.",
        "He'll be out of a job by Friday.",
    ];

    /// `sanction` reads its forms only after an opening word, so a form added without its
    /// opener would never fire, and no other test would say why. Read at every word of every
    /// labelled sentence and of the examples above, each form that is found must start at an
    /// opener.
    #[test]
    fn every_sanction_form_starts_at_an_opener() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut texts: Vec<String> = SANCTIONS.iter().map(|s| s.to_string()).collect();
        let mut sets = 0;
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("fixture").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with("language-") && name.ends_with(".tsv") {
                let tsv = std::fs::read_to_string(&path).expect("readable");
                let rows = corpus::rows(&tsv).expect("labelled");
                texts.extend(rows.into_iter().map(|r| r.sentence));
                sets += 1;
            }
        }
        assert!(sets >= 14, "the labelled sets were not found in {dir}");
        let mut found = 0;
        for text in &texts {
            for sentence in sentences::sentences(text) {
                let reader = Reader::new(&sentence);
                for i in 0..reader.len() {
                    if reader.sanction_forms(i).is_some() {
                        found += 1;
                        assert!(
                            reader.opens_sanction(i),
                            "{text:?}: a sanction starts at {:?}, which is not an opener \
                             (SANCTION_OPENERS, or a verb of `opens_sanction`)",
                            reader.w(i)
                        );
                    }
                }
            }
        }
        for text in SANCTIONS {
            let sentence = &sentences::sentences(text)[0];
            let reader = Reader::new(sentence);
            assert!(
                (0..reader.len()).any(|i| reader.sanction(i).is_some()),
                "{text:?} is a sanction"
            );
        }
        assert!(found >= SANCTIONS.len(), "{found} sanctions found");
    }
}
