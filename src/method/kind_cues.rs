//! Which kind of moment a line of an imported chat probably records, from its words and its
//! author: a bot or an alert's text is a signal, "decision:" a decision, "maybe" or "looks like"
//! a hypothesis, "rolling back" an action, "paging" or "joining" a hand-off, "posting status" a
//! communication, "error rate dropped" a change of impact. Only a suggestion: the import preview
//! shows it marked as such, and the facilitator changes it before adding.

use crate::model::MomentKind;

/// A suggested kind and the words that suggested it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: MomentKind,
    pub cue: &'static str,
}

/// Cues per kind, tried in this order; a cue matches whole words at any place in the line
/// (`*` at its end matches any ending: "restart*" is "restarting", "restarted").
const CUES: &[(MomentKind, &[&str])] = &[
    (
        MomentKind::Decision,
        &[
            "decision", "decided", "decide", "decides", "we'll go with", "let's", "going with",
            "agreed", "we will roll back", "do that", "go ahead", "approved", "instead", "plan",
        ],
    ),
    (
        MomentKind::Hypothesis,
        &[
            "maybe", "might be", "could be", "looks like", "i think", "i suspect", "suspect*",
            "probably", "hypothesis", "my guess", "seems like", "perhaps", "wondering if",
            "theory", "possibly", "not sure if", "could it be", "guess", "likely", "conclude*",
            "must be", "seem to be", "seems to be", "believ*", "may be responsible",
        ],
    ),
    (
        MomentKind::Communication,
        &[
            "status page", "statuspage", "posting status", "post an update", "posting an update",
            "posted an update", "status update", "customers notified", "notify customers", "comms",
            "tweet*", "announce*", "update on the status", "postmortem", "incident channel",
            "sent an email", "emailed", "our status", "status to", "inform*", "discuss*",
            "mentioned",
        ],
    ),
    (
        MomentKind::Handoff,
        &[
            "paging", "paged the", "page the", "joining", "joined", "i'm on call", "on call",
            "escalat*", "handing over", "hand over", "handover", "taking over", "take over",
            "looping in", "loop in", "bringing in", "pulling in", "cc", "here now", "i'm here",
            "incident commander", "calling", "rang", "were paged", "signs off", "signed off",
            "sign off", "online", "is back",
        ],
    ),
    (
        MomentKind::Action,
        &[
            "restart*", "reboot*", "roll* back", "rollback", "revert*", "deploy*", "redeploy*",
            "kill*", "fail* over", "failover", "scal* up", "scal* down", "scal* out", "raising",
            "raised", "lowering", "lowered", "applied", "applying", "apply*", "renice*", "flush*",
            "drain*", "disabl*", "enabl*", "bump*", "increas*", "decreas*", "pause*", "pausing",
            "stopp*", "start* the", "block*", "throttl*", "purg*", "patch*", "hotfix*", "migrat*",
            "promot*", "switch* over", "cordon*", "set the", "changed the", "turned off",
            "turned on", "moved", "rerun", "re-ran", "terminat*", "adjust*", "wiped", "wipe",
            "remov*", "delet*", "upgrad*", "copy", "copied", "backup", "back up", "backed up",
            "resum*", "reset*", "rebuil*", "reinstal*", "truncat*", "retr*", "resync*", "restor*",
            "lower", "raise",
        ],
    ),
    (
        MomentKind::External,
        &[
            "vendor", "upstream", "third party", "third-party", "provider", "aws", "gcp", "azure",
            "cloudflare", "isp", "their status", "their side",
        ],
    ),
    (
        MomentKind::ImpactChange,
        &[
            "back to normal", "recovered", "recovering", "resolved", "resolving", "mitigated",
            "error rate", "errors dropped", "dropped to", "down to", "back to", "outage",
            "degraded", "is down", "went down", "are down", "fully restored", "restored", "impact",
            "failing for", "back online", "downtime", "lockup", "okay again", "ok again",
            "success rate", "drops to", "drop to", "is left", "data loss", "lost",
            "responsive again", "becoming responsive",
        ],
    ),
    (
        MomentKind::Observation,
        &[
            "shows", "showing", "looks normal", "i see", "seeing", "saw", "noticed", "dashboard",
            "graph", "logs", "log shows", "metrics", "p99", "p95", "latency", "cpu", "memory",
            "at 95%", "spike", "spiking", "climbing", "normal", "still", "finished", "started",
            "running", "nothing deployed", "checked", "checking", "looking at", "confirmed",
            "detect*", "notic*", "lagging", "refus*", "complain*", "hangs", "hanging", "stuck",
            "unexpected", "suggests", "appears", "errors", "not supported", "working",
            "responsive",
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
];

/// Authors or words that stand for a third party.
const THIRD_PARTIES: &[&str] = &[
    "upstream", "vendor", "provider", "aws", "gcp", "azure", "cloudflare", "reddit", "twitter",
];

/// Authors that are bots or alerting tools: their lines are signals.
const BOTS: &[&str] = &[
    "pagerduty", "opsgenie", "alertmanager", "grafana", "datadog", "prometheus", "nagios",
    "sentry", "newrelic", "new relic", "victorops", "splunk", "cloudwatch", "zabbix", "icinga",
    "statuscake", "pingdom", "uptimerobot", "alert", "alerts", "monitoring",
];

/// Words that open an alert's text.
const ALERT_OPENERS: &[&str] = &[
    "alert", "alerting", "firing", "[firing", "triggered", "critical", "warning", "[alert",
    "[critical", "[warning", "incident",
];

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
    for (kind, cues) in CUES {
        // "nothing deployed since 18:00" says nothing was done: not an action.
        let found = cues.iter().find(|cue| match position(&words, cue) {
            Some(at) => !(*kind == MomentKind::Action && negated(&words, at)),
            None => false,
        });
        if let Some(cue) = found {
            return Some(Suggestion { kind: *kind, cue });
        }
    }
    None
}

fn cues_of(kind: MomentKind) -> &'static [&'static str] {
    CUES.iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, cues)| cues)
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
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"')
    })
    .map(|w| {
        w.trim_matches(|c: char| matches!(c, '.' | ':' | '\'' | '\u{2019}' | '-'))
            .replace('\u{2019}', "'")
            .to_ascii_lowercase()
    })
    .filter(|w| !w.is_empty())
    .collect()
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
        ] {
            assert_eq!(kind(text, author), Some(expected), "{text}");
        }
        assert_eq!(kind("ok", "Tom"), None);
        assert_eq!(kind("", ""), None);
        assert_eq!(kind("thanks all", "Ana"), None);
    }
}
