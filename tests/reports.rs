//! Reports: the Markdown parses as intended with a CommonMark parser, the HTML report carries
//! the review back exactly and keeps hostile text inert, and pseudonymised exports name nobody.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_review;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;
use tunnel::io::envelope::{export_json, read_str};
use tunnel::io::report::{self, Block};
use tunnel::io::{html_report, markdown, pseudonym};
use tunnel::model::time::FixedOffset;
use tunnel::model::{AccountField, IdGen, Instant, Review};

fn zones() -> FixedOffset {
    FixedOffset(0)
}

fn html_of(review: &Review, json: &str) -> String {
    html_report::render(&report::build(review, &zones()), &zones(), Some(json))
}

/// What a CommonMark reader sees in a Markdown text.
struct Parsed {
    headings: Vec<(u32, String)>,
    tables: Vec<Vec<usize>>,
    text: String,
    html: Vec<String>,
}

fn parse(markdown: &str) -> Parsed {
    let mut parsed = Parsed {
        headings: vec![],
        tables: vec![],
        text: String::new(),
        html: vec![],
    };
    let mut heading: Option<(u32, String)> = None;
    let mut row_cells = 0;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level as u32, String::new()))
            }
            Event::End(TagEnd::Heading(_)) => parsed.headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => parsed.tables.push(vec![]),
            Event::Start(Tag::TableHead | Tag::TableRow) => row_cells = 0,
            Event::Start(Tag::TableCell) => row_cells += 1,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some(table) = parsed.tables.last_mut() {
                    table.push(row_cells);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&text);
                }
                parsed.text.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => parsed.text.push(' '),
            Event::Html(html) | Event::InlineHtml(html) => parsed.html.push(html.to_string()),
            _ => {}
        }
    }
    parsed
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_markdown_report_parses_into_exactly_its_own_sections_tables_and_accounts() {
    let review = sample_review();
    let built = report::build(&review, &zones());
    let parsed = parse(&markdown::render(&built));

    let mut expected = vec![(1, built.title.clone())];
    expected.extend(built.blocks.iter().filter_map(|b| match b {
        Block::Heading(level, text) => Some((u32::from(*level), squash(text))),
        _ => None,
    }));
    let got: Vec<(u32, String)> = parsed
        .headings
        .iter()
        .map(|(l, h)| (*l, squash(h)))
        .collect();
    assert_eq!(
        got, expected,
        "user text must not add, remove or change headings"
    );
    for section in [
        "Summary",
        "Impact",
        "People and roles",
        "Timeline",
        "The tunnel, moment by moment",
        "Surprises",
        "Themes",
        "Contributing conditions",
        "What helped",
        "Risks revealed",
        "Process and coordination",
        "Opportunities",
        "Decided not to do, and why",
        "Was it worth it?",
    ] {
        assert!(
            got.iter().any(|(_, h)| h == section),
            "missing section {section}"
        );
    }

    let tables: Vec<Vec<usize>> = built
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { head, rows } => {
                Some(std::iter::repeat_n(head.len(), rows.len() + 1).collect())
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        parsed.tables, tables,
        "every row keeps its columns despite pipes and newlines"
    );
    assert!(
        parsed.html.iter().all(|h| h == "<br>"),
        "no HTML but our line breaks: {:?}",
        parsed.html
    );

    let text = squash(&parsed.text);
    for account in &review.accounts {
        for field in AccountField::ALL {
            let value = account.field(field);
            for line in value.lines().filter(|l| !l.trim().is_empty()) {
                assert!(text.contains(&squash(line)), "account text missing: {line}");
            }
        }
    }
    assert!(
        text.contains("Chidi <script>alert(1)</script>"),
        "hostile names shown as text"
    );
    assert!(text.contains("About 4% of orders | # not a heading"));
}

#[test]
fn the_html_report_gives_back_the_identical_review() {
    let review = sample_review();
    let json = export_json(&review, Instant::default());
    let html = html_of(&review, &json);
    assert!(html_report::looks_like_html(&html));
    let back = read_str(
        html_report::extract_json(&html).unwrap(),
        &mut IdGen::new(1),
    )
    .unwrap();
    assert_eq!(back.envelope.review, review);
}

#[test]
fn hostile_text_stays_inert_in_the_html_report() {
    let mut review = sample_review();
    review.title = "</title><script>alert('t')</script>".into();
    review.summary = "\"quoted\" 'single' </style><img src=x onerror=alert(1)> <!-- comment".into();
    review.moments[0].evidence[0].url = "javascript:alert(document.cookie)".into();
    // Names and descriptions are drawn in the picture too.
    review.people[0].name = "<script>alert('p')</script>".into();
    review.moments[1].description = "\"/><script>alert('m')</script><svg onload=alert(1)>".into();
    let json = export_json(&review, Instant::default());
    let html = html_of(&review, &json);
    assert!(html.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" class="incident-picture" role="img" aria-label="Incident picture""#));
    assert!(!html.contains("<svg onload"));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the inert data block"
    );
    assert!(html.contains(r#"<script type="application/json" id="tunnel-review">"#));
    assert_eq!(html.matches("</style>").count(), 1);
    // One document title; the picture's marks have titles of their own, inside the SVG.
    let head = &html[..html.find("</head>").unwrap()];
    assert_eq!(head.matches("<title>").count(), 1);
    assert!(!html.contains("<img"));
    assert!(!html.contains("href=\"javascript:"));
    assert!(
        html.contains("default-src 'none'"),
        "the file forbids scripts itself"
    );
    assert!(html.contains("&lt;/title&gt;&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"));
    let back = read_str(
        html_report::extract_json(&html).unwrap(),
        &mut IdGen::new(1),
    )
    .unwrap();
    assert_eq!(back.envelope.review, review);
}

/// Every piece of every person's name, for checking that none is left.
fn name_parts(review: &Review) -> Vec<String> {
    review
        .people
        .iter()
        .flat_map(|p| {
            p.name
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .map(|part| {
            part.trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|part| part.chars().count() >= 2)
        .collect()
}

/// How many times `part` appears in `text` as a whole word, ignoring case.
fn word_count(text: &str, part: &str) -> usize {
    let lower = text.to_lowercase();
    let needle = part.to_lowercase();
    lower
        .match_indices(&needle)
        .filter(|(at, _)| {
            let before = lower[..*at].chars().next_back();
            let after = lower[at + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// Every string of a JSON value with its path, for planting text in each.
fn strings_mut<'a>(value: &'a mut Value, path: String, out: &mut Vec<(String, &'a mut String)>) {
    match value {
        Value::String(text) => out.push((path, text)),
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                strings_mut(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                strings_mut(item, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

/// A full review with a person's name ("Ana Souza") and her team's ("Payments") written into every
/// string the file holds that can take free text, found by walking the serialised review (so a
/// field added later is planted too): each string is tried with the name appended, and kept if
/// the review still reads. Ids and references to them are left alone: they are the review's
/// structure.
#[test]
fn a_name_planted_in_every_string_of_a_review_survives_in_no_shared_format() {
    let mut review = sample_review();
    review.people[0].interview.why = "First to see the alert.".into();
    review.people[0].handles = vec!["asouza".into()];
    review.questions = vec![tunnel::model::QueuedQuestion {
        id: tunnel::model::Id::from("q-1"),
        person: review.people[0].id.clone(),
        text: "What did the channel look like?".into(),
        asked: false,
    }];
    review.language.watch = vec!["phrase".into()];
    review.language.not_blame = vec!["phrase".into()];
    review.suggestions = vec![tunnel::model::Suggestion {
        id: tunnel::model::Id::from("s-1"),
        person: review.people[1].id.clone(),
        moment: None,
        kind: tunnel::model::SuggestionKind::Remembered,
        when: "09:20".into(),
        text: "I restarted the replica.".into(),
        settled: false,
    }];
    review.merged = vec!["r-sample:p-ben:1".into()];
    review.language.dismissed[0].sentence = "it was just a look at the graph.".into();
    let text = export_json(&review, Instant::default());
    let mut value: Value = serde_json::from_str(&text).unwrap();
    let ids: Vec<String> = {
        let mut found = Vec::new();
        fn collect(value: &Value, found: &mut Vec<String>) {
            match value {
                Value::Object(map) => {
                    if let Some(Value::String(id)) = map.get("id") {
                        found.push(id.clone());
                    }
                    map.values().for_each(|v| collect(v, found));
                }
                Value::Array(items) => items.iter().for_each(|v| collect(v, found)),
                _ => {}
            }
        }
        collect(&value["review"], &mut found);
        found
    };
    let mut planted = 0;
    let mut leaves = Vec::new();
    strings_mut(&mut value["review"], "review".into(), &mut leaves);
    let paths: Vec<(String, String)> = leaves
        .into_iter()
        // People's names and teams are what is planted; ids, the references to them that
        // dismissals keep, and the zone's name are the review's structure.
        .filter(|(path, text)| {
            let structure = ids.contains(text)
                || path.ends_with(".time_zone")
                || (path.starts_with("review.language.dismissed[") && path.ends_with(".field"));
            let planted = path.starts_with("review.people[")
                && (path.ends_with(".name") || path.ends_with(".team"));
            !structure && !planted
        })
        .map(|(path, text)| (path, text.clone()))
        .collect();
    for (path, original) in paths {
        let mut trial = value.clone();
        let pointer = path
            .trim_start_matches("review")
            .replace(['.', '['], "/")
            .replace(']', "");
        let Some(Value::String(text)) = trial["review"].pointer_mut(&pointer) else {
            panic!("no string at {path}");
        };
        *text = format!("{original} Ana Souza of Payments");
        if read_str(&trial.to_string(), &mut IdGen::new(1)).is_ok() {
            value = trial;
            planted += 1;
        }
    }
    assert!(planted >= 55, "names planted in only {planted} strings");
    let review = read_str(&value.to_string(), &mut IdGen::new(1))
        .unwrap()
        .envelope
        .review;
    let shared = pseudonym::pseudonymize(&review, &str::to_lowercase);
    let json = export_json(&shared, Instant::default());
    let markdown = markdown::render(&report::build(&shared, &zones()));
    let html = html_of(&shared, &json);
    for (format, text) in [("JSON", &json), ("Markdown", &markdown), ("HTML", &html)] {
        for word in ["Ana", "Souza", "asouza", "Payments", "Databases"] {
            assert_eq!(word_count(text, word), 0, "{format} still names {word:?}");
        }
    }
}

#[test]
fn the_pseudonymised_exports_leave_no_real_name_anywhere() {
    let mut review = sample_review();
    review.accounts[0].saw = "Ana saw that ben o'neill and CHIDI were paged; souza's laptop".into();
    review.opportunities[0].owner = "Ben O'Neill 🚒".into();
    // What the guard was taught, and what it dismissed, can hold names too.
    review.language.watch = vec!["souza's shortcut".into()];
    review.language.not_blame = vec!["ana missed".into()];
    review.language.dismissed[0].phrase = "chidi broke".into();
    let parts = name_parts(&review);
    assert!(parts.contains(&"Souza".to_string()));
    let shared = pseudonym::pseudonymize(&review, &str::to_lowercase);
    let json = export_json(&shared, Instant::default());
    let markdown = markdown::render(&report::build(&shared, &zones()));
    let html = html_of(&shared, &json);
    for (format, text) in [("JSON", &json), ("Markdown", &markdown), ("HTML", &html)] {
        let lower = text.to_lowercase();
        for part in &parts {
            let needle = part.to_lowercase();
            let words = lower.match_indices(&needle).filter(|(at, _)| {
                let before = lower[..*at].chars().next_back();
                let after = lower[at + needle.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            });
            assert_eq!(words.count(), 0, "{format} still names {part:?}");
        }
    }
    assert!(json.contains("Incident commander A"));
    assert!(markdown.contains("Subject expert A"));
    // Ids and structure are untouched: the shared review is the same review otherwise.
    assert_eq!(shared.moments.len(), review.moments.len());
    assert_eq!(shared.accounts[0].id, review.accounts[0].id);
}
