//! Which kind of moment a line of an imported chat probably records, from its words and its
//! author: a bot or an alert's text is a signal, "decision:" a decision, "maybe" or "looks like"
//! a hypothesis, "rolling back" an action, "paging" or "joining" a hand-off, "posting status" a
//! communication, "error rate dropped" a change of impact. A few signs decide alone (a bot, a
//! status account, a report from outside, "is it down?"); otherwise every kind's cues are
//! weighed, a cue at the head of a sentence ("restarting the pods") counting double, and a line
//! that opens by saying how something is ("proxy pods are in CrashLoopBackOff") leaning to an
//! observation. Only a suggestion: the import preview shows it marked as such, and the
//! facilitator changes it before adding. `io::import::settle_kinds` then reads the lines in
//! order (work before the first signal is ordinary work). Figures: `tests/kind_suggestions.rs`.

use crate::model::MomentKind;

/// A suggested kind and the words that suggested it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: MomentKind,
    pub cue: &'static str,
}

/// Cues per kind, each with its weight; a cue matches whole words at any place in the line
/// (`*` at its end matches any ending: "restart*" is "restarting", "restarted"). A cue at the
/// head of the line ("restarting the pods", "ok, reverting") counts double: chat puts what the
/// writer is doing first.
const CUES: &[(MomentKind, u8, &[&str])] = &[
    (
        MomentKind::Decision,
        3,
        &[
            "decision", "decided", "decide", "decides", "we'll go with", "let's", "lets",
            "going with", "agreed", "we will", "we'll", "do that", "go ahead", "approved",
            "instead", "plan", "we should", "we need to", "we're going to", "we are going to",
            "consider", "go for", "stick with", "hold off", "no more", "freeze", "wait for",
            "let's wait", "call it",
        ],
    ),
    (
        MomentKind::Hypothesis,
        3,
        &[
            "maybe", "might be", "might have", "could be", "could this", "looks like", "i think",
            "i suspect", "suspect*", "probably", "hypothesis", "my guess", "seems like", "perhaps",
            "wondering if", "theory", "possibly", "not sure if", "could it be", "guess", "likely",
            "conclude*", "must be", "must have", "seem to be", "seems to be", "believ*",
            "may be responsible", "presumably", "would explain", "that explains", "explain*",
            "related to", "caused by", "because of", "red herring", "culprit", "is causing",
            "are causing", "root cause", "due to", "i bet", "smells like", "my money",
            "that's what", "that's why", "the cause", "because", "this is going to",
            "it's going to", "that's going to", "would cause", "will cause", "possible cause",
            "unless", "bug in",
        ],
    ),
    (
        MomentKind::Communication,
        3,
        &[
            "status page", "statuspage", "posting status", "post an update", "posting an update",
            "posted an update", "posted", "status update", "customers notified",
            "notify customers", "comms", "tweet*", "announce*", "announcement",
            "update on the status", "postmortem", "incident channel", "sent an email", "emailed",
            "our status", "status to", "inform*", "discuss*", "mentioned", "heads up", "blog post",
            "wrote up", "writing up", "update:", "told", "telling", "replied", "reply",
            "responded",
        ],
    ),
    (
        MomentKind::Handoff,
        3,
        &[
            "paging", "paged the", "page the", "joining", "joined", "i'm on call", "on call",
            "escalat*", "handing over", "hand over", "handover", "taking over", "take over",
            "looping in", "loop in", "bringing in", "pulling in", "cc", "here now", "i'm here",
            "incident commander", "calling", "rang", "were paged", "signs off", "signed off",
            "sign off", "online", "is back", "can someone", "can anyone", "anyone around",
            "could someone", "who can", "who knows", "contact", "ping*", "help me", "need help",
            "filed", "opened a ticket", "opened an issue", "ticket", "i'm back", "back now",
            "contact*", "can you look", "can you check", "can you take", "could you look",
            "catching up", "taking a look", "i'll look", "on it", "handing off", "going to bed",
            "logging off", "heading out",
        ],
    ),
    (
        MomentKind::Action,
        3,
        &[
            "restart*", "reboot*", "roll* back", "rollback", "revert*", "deploy*", "redeploy*",
            "kill*", "fail* over", "failover", "scal* up", "scal* down", "scal* out", "raising",
            "raised", "lowering", "lowered", "applied", "applying", "apply*", "renice*", "flush*",
            "drain*", "disabl*", "enabl*", "bump*", "increas*", "decreas*", "pause*", "pausing",
            "stopp*", "start* the", "block*", "throttl*", "purg*", "patch*", "hotfix*", "migrat*",
            "promot*", "switch* over", "cordon*", "uncordon*", "set the", "changed the",
            "turned off", "turned on", "moved", "rerun", "re-ran", "terminat*", "adjust*", "wiped",
            "wipe", "remov*", "delet*", "upgrad*", "copy", "copied", "backup", "back up",
            "backed up", "resum*", "reset*", "rebuil*", "reinstal*", "truncat*", "retr*",
            "resync*", "lower", "raise", "merged", "merging", "banned", "banning", "unbann*",
            "installing", "installed", "added", "adding", "cull*", "fixed", "fixing",
            "running the", "ran the", "spinning up", "spun up", "created", "creating", "resiz*",
            "bounc*", "evict*", "isolat*", "rotat*", "reconfigur*", "rolled", "rolling", "pushed",
            "pushing", "shipped", "shipping", "swapp*", "replac*", "recreat*", "kick*", "pr",
            "opened pr", "opened #*",
        ],
    ),
    (
        MomentKind::External,
        3,
        &[
            "vendor",
            "upstream",
            "third party",
            "third-party",
            "provider",
            "aws",
            "gcp",
            "azure",
            "cloudflare",
            "isp",
            "their status",
            "their side",
            "github is",
            "google is",
            "ubuntu",
            "debian",
            "docker hub",
            "npm is",
            "pypi is",
            "fastly",
            "akamai",
            "status.cloud.google.com",
            "their end",
            "support replied",
            "support ticket",
        ],
    ),
    (
        MomentKind::ImpactChange,
        3,
        &[
            "back to normal", "recovered", "recovering", "resolved", "resolving", "mitigated",
            "error rate", "errors dropped", "dropped to", "down to", "back to", "outage",
            "degraded", "is down", "went down", "are down", "fully restored", "restored", "impact",
            "failing for", "back online", "downtime", "lockup", "okay again", "ok again",
            "success rate", "drops to", "drop to", "is left", "data loss", "lost",
            "responsive again", "becoming responsive", "working again", "failing again",
            "succeeding again", "up again", "down again", "broken again", "is back", "are back",
            "back up", "resumed", "is over", "service", "all green", "no longer",
            "nothing is responding", "is broken", "are broken", "are failing", "not working",
            "problem resolved", "back to 100%", "everything works", "is restored",
        ],
    ),
    (
        MomentKind::Observation,
        1,
        &[
            "shows", "showing", "looks normal", "i see", "seeing", "saw", "noticed", "dashboard",
            "graph", "logs", "log shows", "metrics", "p99", "p95", "latency", "cpu", "memory",
            "spike", "spiking", "climbing", "normal", "still", "finished", "started", "running",
            "nothing deployed", "checked", "checking", "looking at", "confirmed", "detect*",
            "notic*", "lagging", "refus*", "complain*", "hangs", "hanging", "stuck", "unexpected",
            "suggests", "appears", "errors", "error", "not supported", "working", "responsive",
            "says", "log", "looks fine", "looks ok", "seems fine", "pending", "full", "timing out",
            "timeout", "exceeded", "failed", "fails", "can't", "cannot", "doesn't", "don't",
            "isn't", "aren't", "no", "none", "same", "works", "fine", "traceback", "kubectl",
            "warning", "crashloopbackoff", "oom*", "%",
        ],
    ),
];

/// Routine work going on anyway: the background of an incident.
const ORDINARY: &[&str] = &[
    "routine", "maintenance", "as usual", "work resumes", "scheduled", "planned work",
];

/// Reports arriving from people outside the response: signals.
const REPORTS: &[&str] = &[
    "customers are reporting",
    "customers reporting",
    "user reports",
    "users report*",
    "reported on",
    "is reported",
    "was reported",
    "received an email",
    "received a report",
    "reports from",
    "anyone else seeing",
    "anyone else see",
    "is it just me",
    "anyone else having",
    "my launches",
    "my builds",
    "my build",
    "for me",
    "i'm getting",
    "getting 4*",
    "getting 5*",
    "getting errors",
    "getting timeouts",
    "is it known",
];

/// Authors or words that stand for a third party.
const THIRD_PARTIES: &[&str] = &[
    "upstream", "vendor", "provider", "aws", "gcp", "azure", "cloudflare", "reddit", "twitter",
    "support",
];

/// Authors that are bots or alerting tools: their lines are signals.
const BOTS: &[&str] = &[
    "pagerduty", "opsgenie", "alertmanager", "grafana", "datadog", "prometheus", "nagios",
    "sentry", "newrelic", "new relic", "victorops", "splunk", "cloudwatch", "zabbix", "icinga",
    "statuscake", "pingdom", "uptimerobot", "alert", "alerts", "monitoring", "stackdriver",
    "travis", "travis-ci", "jenkins", "circleci", "buildkite", "ci", "uptime", "healthcheck",
    "watchdog", "incident.io", "rootly", "firehydrant",
];

/// Words that open an alert's text.
const ALERT_OPENERS: &[&str] = &[
    "alert", "alerting", "firing", "[firing", "triggered", "critical", "warning", "[alert",
    "[critical", "[warning", "incident",
];

/// Words that only fill the head of a chat line: "ok so", "I'm now", "@ana also".
const FILLERS: &[&str] = &[
    "ok", "okay", "k", "so", "also", "and", "now", "just", "i", "i'm", "im", "we", "we're", "i've",
    "we've", "i'll", "then", "hmm", "alright", "right", "yeah", "yes", "yep", "sure", "done",
    "btw", "fyi", "again", "going", "to", "am", "are", "have", "has", "been", "will", "currently",
    "quickly", "first", "manually", "oh", "well", "update", "status",
];

/// Where each sentence of a line has its head: its first word past fillers and an addressee.
fn heads(text: &str, words: &[String]) -> Vec<usize> {
    let starts = sentence_starts(text);
    starts
        .iter()
        .map(|&start| {
            words[start.min(words.len())..]
                .iter()
                .position(|w| !w.starts_with('@') && !FILLERS.contains(&w.as_str()))
                .map_or(words.len(), |at| start + at)
        })
        .collect()
}

/// The index, among `words(text)`, of the first word of each sentence.
fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut count = 0;
    for token in text.split_whitespace() {
        // Counted, not copied: this runs for every line of an import.
        count += word_slices(token).count();
        if token.ends_with(['.', ';', '!', '?']) && !token.contains("://") {
            starts.push(count);
        }
    }
    starts.dedup();
    starts
}

/// The kind a line of chat probably records, or `None` when nothing in it says.
pub fn suggest(text: &str, author: &str) -> Option<Suggestion> {
    let words = words(text);
    let author_words = words_of_author(author);
    // "pagerbot" is a bot; "Sam Abbot" is a person: a bot's handle is one word.
    let bot = author_words.iter().any(|w| {
        w == "bot" || author_words.len() == 1 && w.ends_with("bot") || BOTS.contains(&w.as_str())
    }) || author_words
        .windows(2)
        .any(|w| BOTS.contains(&format!("{} {}", w[0], w[1]).as_str()));
    let opener = words.first().map(String::as_str).unwrap_or("");
    let shouting = text.split_whitespace().next().is_some_and(|w| {
        w.len() >= 4 && w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_alphabetic)
    });
    let resolved = words
        .iter()
        .any(|w| matches!(w.as_str(), "resolved" | "recovered" | "ok"));
    // A status page or a status account speaks to customers.
    if !bot && author_words.iter().any(|w| w.ends_with("status")) {
        return Some(Suggestion {
            kind: MomentKind::Communication,
            cue: "a status account",
        });
    }
    if bot || ALERT_OPENERS.contains(&opener) && shouting {
        let impact = cues_of(MomentKind::ImpactChange)
            .iter()
            .any(|cue| has(&words, cue));
        // A tool saying the impact changed ("RESOLVED", "success drops to zero") records the
        // change; anything else it says is a signal.
        return Some(if resolved || impact {
            Suggestion {
                kind: MomentKind::ImpactChange,
                cue: "an alert about the impact",
            }
        } else {
            Suggestion {
                kind: MomentKind::Signal,
                cue: "an alert or a bot",
            }
        });
    }
    if author_words
        .iter()
        .any(|w| THIRD_PARTIES.contains(&w.as_str()))
    {
        return Some(Suggestion {
            kind: MomentKind::External,
            cue: "a third party",
        });
    }
    if let Some(cue) = REPORTS.iter().find(|cue| has(&words, cue)) {
        return Some(Suggestion {
            kind: MomentKind::Signal,
            cue,
        });
    }
    // "is the site down?", "is something broken?": someone asking whether something is wrong
    // is a signal arriving.
    let question = text.trim_end().ends_with('?');
    let wrong = ["down", "broken", "stopped", "failing", "erroring"];
    if question && words.iter().any(|w| wrong.contains(&w.as_str())) && !has(&words, "going down") {
        return Some(Suggestion {
            kind: MomentKind::Signal,
            cue: "asked whether something is down",
        });
    }
    if let Some(cue) = ORDINARY.iter().find(|cue| has(&words, cue)) {
        return Some(Suggestion {
            kind: MomentKind::OrdinaryWork,
            cue,
        });
    }
    // "should I kill it?", "I can lower its priority": an action weighed, not taken.
    let weighed = words.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("should", "i" | "we") | ("shall", "we") | ("i" | "we", "can" | "could")
        )
    });
    if weighed
        && cues_of(MomentKind::Action)
            .iter()
            .any(|cue| has(&words, cue))
    {
        return Some(Suggestion {
            kind: MomentKind::Decision,
            cue: "an action weighed",
        });
    }
    // "PagerDuty just paged me", "got paged": the page arriving is the signal.
    if has(&words, "paged me") || has(&words, "got paged") || has(&words, "was paged") {
        return Some(Suggestion {
            kind: MomentKind::Signal,
            cue: "paged",
        });
    }
    best_scored(text, &words)
}

/// Whether the line opens by saying how something is: "proxy pods are in CrashLoopBackOff",
/// "the log shows...", with no "I" or "we" before the verb. Such a line reports a state, even
/// when it names an action on the way ("restarted ~13 times").
fn states(words: &[String]) -> bool {
    let verb = words.iter().take(5).position(|w| {
        matches!(
            w.as_str(),
            "is" | "are" | "was" | "were" | "shows" | "show" | "says" | "has" | "have" | "looks"
        )
    });
    // "the hub pod is restarted" is an action told in the passive.
    let passive = |at: usize| {
        words.get(at + 1).is_some_and(|next| {
            cues_of(MomentKind::Action)
                .iter()
                .any(|cue| !cue.contains(' ') && has(std::slice::from_ref(next), cue))
        })
    };
    verb.is_some_and(|at| {
        at > 0
            && !passive(at)
            && !words[..at].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "i" | "we" | "i'm" | "we're" | "it" | "that" | "this" | "there" | "what"
                )
            })
    })
}

/// The kind whose cues weigh most in the line; the table's order breaks ties.
fn best_scored(text: &str, words: &[String]) -> Option<Suggestion> {
    let heads = heads(text, words);
    let stating = states(words);
    let mut best: Option<(u8, Suggestion)> = None;
    for (kind, weight, cues) in CUES {
        let stated = *kind == MomentKind::Observation && stating;
        let mut score: u8 = if stated { 2 } else { 0 };
        let mut strongest: Option<(u8, &'static str)> =
            stated.then_some((2, "says how something is"));
        for cue in *cues {
            let Some(at) = position(words, cue) else {
                continue;
            };
            // "nothing deployed since 18:00" says nothing was done: not an action.
            if *kind == MomentKind::Action && negated(words, at) {
                continue;
            }
            // Chat puts what the writer is doing first; a state seen is not stronger for it.
            let leads = heads.contains(&at) && *kind != MomentKind::Observation;
            let points = if leads {
                weight * 2
            } else if stating && *kind == MomentKind::Action {
                // "pods are in CrashLoopBackOff, restarted ~13 times": the system's doing.
                1
            } else {
                *weight
            };
            score = score.saturating_add(points);
            if strongest.is_none_or(|(p, _)| points > p) {
                strongest = Some((points, cue));
            }
        }
        if let Some((_, cue)) = strongest {
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, Suggestion { kind: *kind, cue }));
            }
        }
    }
    best.map(|(_, suggestion)| suggestion)
}

fn cues_of(kind: MomentKind) -> &'static [&'static str] {
    CUES.iter()
        .find(|(k, _, _)| *k == kind)
        .map_or(&[], |(_, _, cues)| cues)
}

fn negated(words: &[String], at: usize) -> bool {
    words[at.saturating_sub(2)..at].iter().any(|w| {
        matches!(
            w.as_str(),
            "nothing" | "no" | "not" | "never" | "didn't" | "isn't" | "wasn't"
        )
    })
}

/// Lowercase words, with the punctuation that ends them dropped ("down," is "down").
fn words(text: &str) -> Vec<String> {
    word_slices(text)
        .map(|w| w.replace('\u{2019}', "'").to_ascii_lowercase())
        .collect()
}

/// The words of `text` as they stand in it: one splitting for `words` and `sentence_starts`.
fn word_slices(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"')
    })
    .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | '\'' | '\u{2019}' | '-')))
    .filter(|w| !w.is_empty())
}

fn words_of_author(author: &str) -> Vec<String> {
    author
        .trim_start_matches('@')
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '_' | '-' | '[' | ']'))
        .map(str::to_ascii_lowercase)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The cue's words appear in a row among `words`.
fn has(words: &[String], cue: &str) -> bool {
    position(words, cue).is_some()
}

/// Where the cue's words first appear in a row among `words`.
fn position(words: &[String], cue: &str) -> Option<usize> {
    let parts: Vec<&str> = cue.split(' ').collect();
    words.windows(parts.len()).position(|window| {
        window
            .iter()
            .zip(&parts)
            .all(|(word, part)| match part.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => word == part,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use MomentKind::*;

    fn kind(text: &str, author: &str) -> Option<MomentKind> {
        suggest(text, author).map(|s| s.kind)
    }

    #[test]
    fn lines_get_the_kind_their_words_say() {
        for (text, author, expected) in [
            ("ALERT checkout p99 > 2s for 5m", "someone", Signal),
            ("checkout p99 > 2s", "pagerbot", Signal),
            ("[FIRING:1] HighErrorRate payments", "Alertmanager", Signal),
            (
                "RESOLVED HighErrorRate payments",
                "alertmanager",
                ImpactChange,
            ),
            (
                "PagerDuty just paged me for checkout latency",
                "Priya",
                Signal,
            ),
            ("decision: we roll back to v41", "Ana", Decision),
            (
                "hypothesis 1: the batch export holds the pool",
                "Tom",
                Hypothesis,
            ),
            (
                "could be the batch export, it runs at 23:30",
                "Tom",
                Hypothesis,
            ),
            ("looks like the cache is cold", "Ben", Hypothesis),
            ("rolling back the deploy now", "Ben", Action),
            ("restarted the pods on node 3", "Ben", Action),
            ("paging the DBA", "Ana", Handoff),
            (
                "joining, I'm on call for payments this week",
                "Lena",
                Handoff,
            ),
            ("escalating to the storage team", "Ana", Handoff),
            (
                "I'll post an update on the status page",
                "Lena",
                Communication,
            ),
            (
                "error rate on payments dropped from 12% to 4%",
                "Lena",
                ImpactChange,
            ),
            ("p99 back to 320ms", "Priya", ImpactChange),
            ("dashboard shows p99 at 4s", "Priya", Observation),
            (
                "AWS says their side is degraded in us-east-1",
                "Tom",
                External,
            ),
            ("the vendor confirmed a fault upstream", "Tom", External),
            ("[FIRING:1] HighErrorRate payments", "ops", Signal),
            ("restarted the pods on node 3", "Sam Abbot", Action),
            ("checkout p99 > 2s", "checkout-bot", Signal),
            // A state reported, even with an action word in it; an action in the passive.
            (
                "proxy pods are in CrashLoopBackOff, restarted 13 times",
                "chris",
                Observation,
            ),
            ("the hub pod is restarted", "Binder team", Action),
            // What the writer is doing comes first, in any sentence of the line.
            (
                "the pool is the bottleneck. Raising max from 50 to 80",
                "Priya",
                Action,
            ),
            ("is the site down for anyone?", "customer", Signal),
            ("my builds fail with no disk space", "user", Signal),
            (
                "service is restored, pods are starting again",
                "chris",
                ImpactChange,
            ),
            ("I suspect the cache, it's probably cold", "Ben", Hypothesis),
            ("can someone with db access look at this?", "Ana", Handoff),
            ("let's wait five more minutes", "Priya", Decision),
            (
                "@statuspage: investigating elevated errors",
                "ourstatus",
                Communication,
            ),
        ] {
            assert_eq!(kind(text, author), Some(expected), "{text}");
        }
        assert_eq!(kind("ok", "Tom"), None);
        assert_eq!(kind("", ""), None);
        assert_eq!(kind("thanks all", "Ana"), None);
    }
}
