//! The language guard over a whole review: where its texts are, and the notes it lists.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_review;
use std::collections::HashSet;
use tunnel::method::language::{self, corpus, text_fields, Counter, TextRef};
use tunnel::model::{Id, QueuedQuestion};

fn review_with_every_text() -> tunnel::model::Review {
    let mut review = sample_review();
    review.questions = vec![QueuedQuestion {
        id: Id::from("q-1"),
        person: Id::from("p-ana"),
        text: "Why didn't you page the database team?".into(),
        asked: false,
    }];
    review.people[1].interview.why = "He ran the migration.".into();
    review
}

/// Every text the guard reads can be found again, and changed, by its reference; the names
/// under which dismissals are kept are unique.
#[test]
fn every_guarded_text_is_read_and_written_through_its_reference() {
    let review = review_with_every_text();
    let fields = text_fields(&review);
    let kinds: HashSet<_> = fields
        .iter()
        .map(|(r, _)| std::mem::discriminant(r))
        .collect();
    assert_eq!(kinds.len(), 11, "every kind of text is in the sample");
    let names: HashSet<String> = fields.iter().map(|(r, _)| r.name()).collect();
    assert_eq!(names.len(), fields.len());
    let numbers = language::moment_numbers(&review);
    for (text_ref, text) in &fields {
        assert_eq!(text_ref.text(&review), Some(*text), "{text_ref:?}");
        assert!(!text_ref.place(&review, &numbers).is_empty());
        let mut changed = review.clone();
        *text_ref.text_mut(&mut changed).expect("writable") = "changed".into();
        assert_eq!(text_ref.text(&changed), Some("changed"));
        for (other, text) in fields.iter().filter(|(r, _)| r != text_ref) {
            assert_eq!(other.text(&changed), Some(*text), "{other:?} changed too");
        }
    }
    let gone = TextRef::Note(Id::from("no-such-note"));
    assert_eq!(gone.text(&review), None);
}

#[test]
fn the_counter_lists_the_open_notes_with_their_places() {
    let mut review = review_with_every_text();
    review.summary = "Checkout failed. Obviously the on-call was careless.".into();
    let mut counter = Counter::default();
    let (open, _) = counter.count(&review, usize::MAX).expect("complete");
    assert_eq!(counter.open().len(), open);
    let numbers = language::moment_numbers(&review);
    let places: Vec<String> = counter
        .open()
        .iter()
        .map(|n| n.text.place(&review, &numbers))
        .collect();
    assert!(places.contains(&"Summary".to_string()), "{places:?}");
    assert!(
        places.contains(&"Question for Ana Souza".to_string()),
        "{places:?}"
    );
    // Gathered by text: the summary's two notes under one entry, texts in the review's order.
    let by_text = counter.open_by_text();
    assert_eq!(by_text[0].0, TextRef::Summary);
    assert_eq!(by_text[0].1.len(), 2, "{by_text:?}");
    assert_eq!(by_text.iter().map(|(_, f)| f.len()).sum::<usize>(), open);
    // Dismissing one takes it off the list, and only that one.
    let first = counter.open()[0].clone();
    review
        .language
        .dismissed
        .push(language::dismissal(&first.finding, &first.text.name()));
    counter.count(&review, usize::MAX).expect("complete");
    assert_eq!(counter.open().len(), open - 1);
    assert!(!counter.open().contains(&first));
}

/// A moment's description is on the shared screen as written once the walk reaches it, so the
/// guard reads it like any text: counted, listed at its moment, dismissed under its own name.
#[test]
fn a_moment_description_is_read_by_the_guard() {
    let mut review = review_with_every_text();
    let order = review.timeline_order();
    let second = review.moments[order[1]].id.clone();
    review.moments[order[1]].description =
        "Ben forgot to page the DB team, a careless mistake.".into();
    let open = language::open_in_description(&review, &second);
    let phrases: Vec<&str> = open.iter().map(|f| f.phrase.as_str()).collect();
    assert!(!open.is_empty(), "{open:?}");
    let mut counter = Counter::default();
    counter.count(&review, usize::MAX).expect("complete");
    let numbers = language::moment_numbers(&review);
    let listed: Vec<_> = counter
        .open()
        .iter()
        .filter(|n| n.text == TextRef::Moment(second.clone()))
        .collect();
    assert_eq!(listed.len(), open.len());
    assert_eq!(
        listed[0].text.place(&review, &numbers),
        "Moment 2: its description"
    );
    // Dismissed under the description's name, and only there.
    for finding in &open {
        let dismissal = language::dismissal(finding, &language::description_name(&second));
        review.language.dismissed.push(dismissal);
    }
    assert!(language::open_in_description(&review, &second).is_empty());
    counter.count(&review, usize::MAX).expect("complete");
    assert!(
        counter
            .open()
            .iter()
            .all(|n| n.text != TextRef::Moment(second.clone())),
        "{phrases:?} still open"
    );
    assert!(language::open_in_description(&review, &tunnel::model::Id::from("gone")).is_empty());
}

/// Chat drops capitals: every text of a review is read knowing its people, so "ana" in a
/// moment's description, its accounts and the count is Ana, and a name changed is read again.
#[test]
fn a_review_reads_its_texts_knowing_its_people() {
    let mut review = review_with_every_text();
    let order = review.timeline_order();
    let second = review.moments[order[1]].id.clone();
    review.moments[order[1]].description = "ana never opened the runbook".into();
    review.summary = "why didn't ana page anyone?".into();
    assert!(language::check(&review.summary).is_empty());
    assert!(!language::open_in_field(&review, &review.summary, "summary").is_empty());
    assert!(!language::open_in_description(&review, &second).is_empty());
    let mut counter = Counter::default();
    counter.count(&review, usize::MAX).expect("complete");
    let listed = |counter: &Counter, text: TextRef| counter.open().iter().any(|n| n.text == text);
    assert!(listed(&counter, TextRef::Summary));
    assert!(listed(&counter, TextRef::Moment(second.clone())));
    // Ana renamed: the texts are read again, and "ana" is no one now.
    let ana = review
        .people
        .iter()
        .position(|p| p.name == "Ana Souza")
        .unwrap();
    review.people[ana].name = "Anna Souza".into();
    counter.count(&review, usize::MAX).expect("complete");
    assert!(!listed(&counter, TextRef::Summary));
    assert!(!listed(&counter, TextRef::Moment(second)));
}

#[test]
fn a_finding_is_read_in_its_sentence() {
    let text =
        "The deploy went out at 10:02. Obviously the on-call was careless! Then it rolled back.";
    let found = language::check(text);
    let careless = found.iter().find(|f| f.phrase == "careless").unwrap();
    assert_eq!(
        language::sentence_around(text, careless, 200),
        "Obviously the on-call was careless!"
    );
    let long = format!("{} careless {}", "word ".repeat(100), "word ".repeat(100));
    let found = language::check(&long);
    let cut = language::sentence_around(&long, &found[0], 40);
    assert!(
        cut.starts_with('\u{2026}') && cut.ends_with('\u{2026}'),
        "{cut}"
    );
    assert!(cut.contains("careless") && cut.len() < 60, "{cut}");
}

/// The guard's figures on the labelled corpus (`tests/fixtures/language-corpus.md`) may rise,
/// never fall: at least this many blaming sentences flagged, at most this many neutral ones,
/// overall and per category. Raise the numbers when the guard gets better.
#[test]
fn the_guard_holds_its_figures_on_the_corpus() {
    let text = std::fs::read_to_string("tests/fixtures/language-corpus.tsv").unwrap();
    let rows = corpus::rows(&text).unwrap();
    assert!(rows.len() >= 400, "{} sentences", rows.len());
    let blaming = rows.iter().filter(|r| r.blame).count();
    assert!(blaming * 2 >= rows.len() * 9 / 10 && blaming * 2 <= rows.len() * 11 / 10);
    assert!(rows.iter().all(|r| !r.source.trim().is_empty()));
    let score = corpus::score(&rows);
    let figures = |blame: bool| {
        score
            .by_category
            .iter()
            .filter(move |((b, _), _)| *b == blame)
            .map(|((_, category), tally)| (category.as_str(), tally.flagged))
            .collect::<Vec<_>>()
    };
    // Blaming sentences flagged, per category: at least.
    let least = [
        // 48 until stop 26, which stopped flagging a plain "accidentally deleted" (every blind
        // set, and the corpus's own descriptions, read that narration as neutral); 48 again
        // since stop 27's "the failure is <a person>"; 49 since stop 30, 53 since stop 31, 57
        // since stop 35, 58 since round sixteen ("a key person that should make sure..." is a
        // duty told, not a plan), 59 since round twenty-three ("some employee who will
        // probably be known forever as ... entered the wrong command").
        // 60 since round twenty-seven ("the producer signs off on them because it's better to
        // sell a broken product than...": a motive of gain imputed).
        ("blame-other", 60),
        ("counterfactual", 25),
        ("distancing", 14),
        ("minimiser", 15),
        // 39 until round twenty-five ("He admitted it was almost a year between testing
        // tapes": an act told as admitted).
        ("omission-by-person", 40),
        // 28 until round sixteen ("I, being the smartest unix guy on earth, did a rm").
        ("self-blame", 29),
        // 64 until round sixteen ("the board members ... will be removed by the VC partners").
        // 66 since round seventeen ("one of the 'developers' (note the scare quotes)").
        // 67 since round twenty-four ("Human error is involved in between 80-85 % of ..."),
        // 68 with "There was a failure of application architecture here", 69 with "the
        // other gave up a year ago and is doing minimum required work", 70 with "a startup
        // site with half the people not having a test environment".
        // 71 since round twenty-seven ("HE @ FMT2 are where I would expect perfection": a
        // standard held up to people).
        // 77 since round twenty-nine ("they should be canarying changes", "this team seems
        // unperturbed by ...", "very little admission of responsibility from management",
        // "running the company like a hobby project", "Apparently no solid proactive testing
        // plan either.", "What amazed me was that ... there was no backup access").
        ("verdict", 77),
        // 24 since round twenty-nine ("Hindsight is always 20/20, but I don't know how that
        // sort of oversight could happen ...": disbelief after a granted disclaimer).
        ("why-question", 24),
    ];
    // Neutral sentences flagged, per category: at most.
    let most = [
        // 1 until stop 42 ("my scheduled plan would have broken everything": a harm spared).
        ("description", 0),
        ("open-question", 0),
        // 1 until stop 46 ("they could have swept it under the rug": a wrong not done).
        ("other-neutral", 0),
        ("plan", 0),
        ("quoted", 0),
        ("system-subject", 0),
        ("talk-about-blame", 4),
    ];
    assert_eq!(figures(true).len(), least.len());
    for ((category, flagged), (name, floor)) in figures(true).into_iter().zip(least) {
        assert_eq!(category, name);
        assert!(
            flagged >= floor,
            "{category}: {flagged} blaming sentences flagged, was {floor}"
        );
    }
    assert_eq!(figures(false).len(), most.len());
    for ((category, flagged), (name, ceiling)) in figures(false).into_iter().zip(most) {
        assert_eq!(category, name);
        assert!(
            flagged <= ceiling,
            "{category}: {flagged} neutral sentences flagged, was {ceiling}"
        );
    }
    assert!(
        // 0.86 until round twenty-four (274 of 312, 0.878); 0.875 until round twenty-five
        // (275 of 312, 0.881); 0.88 until round twenty-seven (277 of 312, 0.888); 0.885
        // until round twenty-nine (284 of 312, 0.910).
        score.recall.share() >= 0.91,
        "recall {:.3}",
        score.recall.share()
    );
    assert!(
        score.false_flags.share() <= 0.02,
        "false flags {:.3}",
        score.false_flags.share()
    );
    // Flagged blaming sentences with a finding of their labelled kind, so that the reframe
    // answers them: at least. 227 until stop 46, which stopped calling the writer's thought of
    // someone else ("I bet it was a developer") self-blame, and answered an omission asked
    // about ("find out why the crew didn't monitor") as a why-you question. 238 since round
    // sixteen, 239 since round seventeen, 244 since round twenty-seven, 251 since round
    // twenty-nine.
    assert!(
        score.fitting.flagged >= 251,
        "category fit {} of {}",
        score.fitting.flagged,
        score.fitting.total
    );
}

/// The figures on the blind sets (`tests/fixtures/language-corpus.md`): may rise, never fall.
/// Each was blind when first scored, and each has been written against since.
#[test]
fn the_guard_holds_its_figures_on_the_blind_sets() {
    let floors = [
        // 86 until round sixteen ("someone thought they were exceedingly clever").
        // 88 since round seventeen ("... I always included basic failsafes").
        // 89 since round twenty ("One trigger-happy worker ...": a person judged).
        // 90 since round twenty-one ("more focused on its profit margins than on ...").
        // 91 since round twenty-three ("some exec decided it was too expensive").
        // 92 since round twenty-five ("the person who made this change decided not to check
        // ...": the subject read past a relative clause).
        // 93 since round twenty-six ("constantly shocked by how little the management knew":
        // dismay at what people did).
        ("tests/fixtures/language-blind.tsv", 93, 6),
        // 85 until round seventeen (a quotation after "Translation:" is said in the room).
        // 87 since round twenty ("I saw poorly trained technicians ...").
        // 88 since round twenty-three ("If you cannot let your new hires work on production
        // code, find better new hires": a condition on what someone cannot do, and a verdict).
        // 89 with "that's Chutzpah".
        // 90 since round twenty-five ("But sadly didn't bother to actually check it was
        // working": only people bother).
        // 91 since round twenty-six ("what could have been easily protected with minimal
        // cost": a harm said to have been easy to stop).
        ("tests/fixtures/language-blind2.tsv", 91, 13),
        // 91 until round nineteen ("..., yet failed to implement": the subject before "yet").
        // 93 since round twenty-two ("Very embarrassing, I hope whoever decided ..."); 94 with
        // "the consequences for lacking attention to detail".
        // 95 since round twenty-three ("If they can't keep the power on under these
        // conditions, how will they ever...?").
        // 96 with "Curse you, former admins." (a curse called down on them).
        // 97 since round twenty-four ("@matentzn how was this even possible?").
        // 98 since round twenty-eight ("I look like a bit of a fool for following the company
        // line": an insult the verdict words lacked).
        // 99 since round twenty-nine ("people have access to mess with thing they should be
        // messing with": a practice held up as one others should have now).
        ("tests/fixtures/language-blind3.tsv", 99, 6),
        // 78 until stop 47: "set up a daily task ... and.. forgot about it" was read as two
        // sentences, and "forgot about it" alone was flagged. Read as one, its subject is lost.
        // 78 since round sixteen ("someone thought they were exceedingly clever").
        // 79 since round seventeen (our "tech lead": a role in scare quotes).
        // 80 with "You raw-dogged a change".
        // 81 since round twenty-six ("As if that wasn't staggeringly incompetent enough":
        // a negation that says more, not less).
        // 82 since round twenty-seven ("so they can get their bonus": a motive of gain).
        // 84 since round twenty-eight ("This is not an acceptable excuse!", "This is not a
        // serious project.": standing denied to what someone offered); 16 false flags with
        // "... Should have been a routine deployment." (what a thing should have been).
        ("tests/fixtures/language-blind4.tsv", 84, 16),
        // 83 until round sixteen ("... so the burden doesn't need to be on us" read as a plan).
        ("tests/fixtures/language-blind5.tsv", 84, 9),
        // 84 until round sixteen ("decided it would be a good idea to move all of our servers").
        // 86 since a hedge's "it" stopped being taken for the subject ("It seems someone cut
        // the wrong wire, and managed to take down the power").
        // 87 since round seventeen ("a customer whose 'db admin' ...").
        // 89 since round twenty-two ("... is nothing short of embarrassing", "it's
        // embarrassing to end up like one of these pilots"); 90 with "people running around
        // like headless chickens".
        // 91 since round twenty-three ("If you cannot let your new hires work on production
        // code, find better new hires").
        // 92 since round twenty-five ("Way to kill our pipeline without notice.").
        // 7 false flags since round twenty-six ("Investigators said the red signal should have
        // triggered an ... warning": what a thing was built to do).
        // 6 false flags since round twenty-seven ("Holding specific people 'accountable' for
        // outages doesn't...": the blaming as the subject is talk about blame).
        ("tests/fixtures/language-blind6.tsv", 92, 6),
        // 86 until round seventeen ("The owner, who had recently bought the aircraft, declined
        // to address the items": the subject read past a relative clause).
        // 88 since round twenty-four ("the master's navigational skills appear inadequate").
        ("tests/fixtures/language-blind7.tsv", 88, 12),
        // 74 until round sixteen: a thing after a person's participle ("the service engineer testing
        // the diesel generator managed to kill power") was read as the subject.
        // 76 since "it sounds like they rushed..." (a hedge's "it" is not the subject).
        // 77 since round seventeen ("The driver going through the red light is at fault").
        // 78 since round twenty-two ("This week's embarrassing, large scale outage ..."); 79
        // with "the result of lack of due diligence on the part of the engineers".
        // 80 since round twenty-three ("If you do not know what the consequences are of this
        // you should not be working in IT").
        // 81 since round twenty-four ("Knight did not have a second technician review ..."),
        // 82 with "they test by merging directly to production".
        // 83 with "It really looks like vibe-coding".
        ("tests/fixtures/language-blind8.tsv", 83, 4),
        // 78 until round sixteen ("... running the way it should be" was read as a plan).
        // 80 since round seventeen ("the majority of blame lies with the driver").
        // 81 since "The 'devops' automation I made ..." (a role in scare quotes).
        // 82 since round twenty-two ("somebody merged without running BuildAndTest.cmd"); 83
        // with "what had happened: I happened"; 84 with "an utter d-bag".
        // 85 since round twenty-three ("Curse you, former admins.").
        // 86 since round twenty-four ("human error is the biggest cause of downtime"), 87
        // with "just pushing straight to master", 88 with "How could this possibly have
        // gotten through?".
        // 89 since round twenty-five ("thanks to the fine folks at Exxon": praise in irony).
        ("tests/fixtures/language-blind9.tsv", 89, 13),
        // 83 until round seventeen ("On my can we always had an aft lookout posted").
        // 85 since round nineteen ("Tech: Did you not read...": a question after a label).
        // 86 since round twenty-four ("the contractors killed all power to the centre").
        // 87 since round twenty-six ("Why haven't these machines been stopped ...?": a
        // why-not in the passive).
        // 88 since round twenty-seven ("my decisions that contributed to this tragic event":
        // harm put down to the writer's own acts).
        ("tests/fixtures/language-blind10.tsv", 88, 11),
        // 79 until round seventeen ("Darren England, the VAR, failed to notice"; "...,
        // builder, hadn't paid attention").
        // 82 since round twenty-one ("more interested in eating donuts than keeping ...").
        // 83 since round twenty-three ("if your network people can't understand a firewall, do
        // you really want them running your network?").
        // 84 with "Because some genius (me, years ago) had wrapped a critical path...".
        // 85 since round twenty-four ("did you mean to merge this directly to master ...?").
        // 87 with "Developers are barbarians", "a bunch of comedians".
        // 88 since round twenty-five ("one of these hardworking individuals unplugged a
        // server": praise in irony).
        // 89 since round twenty-seven ("people need to start reading and understanding avalanche
        // forecasts": care asked of others).
        ("tests/fixtures/language-blind11.tsv", 89, 10),
        // 86 until round sixteen ("thinking they were smart enough to allow a plan"; "you can't
        // figure out how to microwave popcorn?").
        // 89 since round seventeen ("I always show the customer what we've found").
        // 90 since "the driver wasn't paying attention" (only people pay attention).
        // 91 since round twenty-four ("failure of management teams to correct ...").
        // 92 since round twenty-five ("The nurses on the floor admitted to giving him the
        // sleeping pill": an act told as admitted).
        // 93 since round twenty-eight ("it's not like he could forget to bring them!": an
        // excuse denied before it is given).
        ("tests/fixtures/language-blind12.tsv", 93, 16),
        // Round fourteen's blind set: 66 found and 23 false flags at first sight.
        // 73 until round sixteen ("the person publishing this forgot to build", "the genius
        // doesn't know how to calibrate...", "he had been removed from duty").
        // 77 since round seventeen ('Dev: "...it wasn't actually my code..."').
        // 78 since round twenty ("... cut by a clumsy contractor with a backhoe").
        // 79 since round twenty-one ("... you didn't even give it a glance or thought").
        // 80 since round twenty-two ("What a duffer.").
        // 81 since round twenty-eight ("it's not like these people have never seen a ...
        // sign before").
        ("tests/fixtures/language-blind13.tsv", 81, 16),
        // Gathered at stop 63 by a helper who saw neither the rules nor the other sets, and
        // scored before any rule was written with it in view: 66 of 110, 14 false flags of
        // 114, with stop 62's rules and with round twenty-five's alike.
        // 68 since round twenty-six ("why wasn't this done?", "Why wasn't it migrated?": a
        // why-not in the passive, any act).
        // 69 with "How is this, in any sense, not gross negligence?" (a question asking
        // agreement denies nothing).
        // 12 false flags since round twenty-six ("Not because engineers are careless.", "This
        // is not a story about a fringe vendor making amateur mistakes": a reason or topic
        // denied).
        // 11 with "The expected behavior was that CI should have failed": a thing's design.
        // 70 with "... is the fault of management for not supervising their intern".
        // 72 with "It's shocking that this patch wasn't implemented ...", "It unbelievable
        // they would do this ..." (dismay at what people did or left undone).
        // 73 with "... they had a problem... easily solved by resetting the tripped breaker".
        // 74 since round twenty-seven ("the kind of stuff I would expect from ...": a standard
        // held up to people).
        // 76 since round twenty-eight ("an uncaring policy", "lax operations processes":
        // judging words the list lacked); 10 false flags with "Should have been a flag config
        // so it validates ..." (what a thing should have been).
        ("tests/fixtures/language-blind14.tsv", 76, 10),
        // Gathered at stop 64 the same way, and scored before any rule was written with it in
        // view: 69 of 110 and 18 false flags of 111 with stop 63's rules; 69 and 17 with round
        // twenty-six's, written without it.
        // Round twenty-seven read its misses and false flags (no longer blind): 79 and 13,
        // from a standard held up to people, effort called small, a motive of gain, care asked
        // of others, harm put down to one's own acts, an insult before a role with its field,
        // a why hedged with "might", and blaming as a sentence's subject.
        // 80 since round twenty-eight ("The reason for the loss was a simple oversight": a
        // slip named small); 12 false flags with "The problem isn't always a careless nurse or
        // a sloppy doctor" (a verdict inside a denied cause).
        ("tests/fixtures/language-blind15.tsv", 80, 12),
        // Gathered at stop 65 the same way, and scored before any rule was written with it in
        // view: 62 of 117 and 16 false flags of 115 with stop 64's rules, and the same with
        // round twenty-seven's, written without it.
        // Round twenty-eight read its misses and false flags (no longer blind): 72 and 15,
        // from a slip named small, an excuse denied before it is given, what an effort would
        // cost them, ignorance said of someone now, a friend as a person, the problem named
        // as what someone did, insults the list lacked, a title doubted, and a denied cause.
        ("tests/fixtures/language-blind16.tsv", 72, 15),
        // Gathered at stop 66 the same way (more than half from GitHub threads), and scored
        // before any rule was written with it in view: 53 of 119 and 13 false flags of 120,
        // with stop 65's rules and with round twenty-eight's alike.
        // Round twenty-nine read its misses (no longer blind): 59, from an apology before
        // one's own slip ("Sorry, my previous commit apparently broke many tests"), a slip
        // too small to matter ("minor oversight shouldn't need a changelog") and a fault with
        // its size between ("It is my big fault").
        ("tests/fixtures/language-blind17.tsv", 59, 13),
        // Gathered at stop 67 the same way (aviation and nursing forums, incident reports,
        // GitHub threads), and scored before any rule was written with it in view: 75 of 119
        // and 20 false flags of 120, with stop 66's rules and with round twenty-nine's alike.
        ("tests/fixtures/language-blind18.tsv", 75, 20),
        // Not from public sources: review-room sentences written for the guard by helpers
        // who never saw its rules (see language-corpus.md, rounds twelve and thirteen).
        // 189 since round twenty-four ("so priya pushed straight to main again").
        ("tests/fixtures/language-written.tsv", 189, 8),
        // 148 until round seventeen ("Marta: 'unlike the night shift, we...'").
        ("tests/fixtures/language-written2.tsv", 150, 6),
    ];
    // A blind or written set added to the fixtures gets its floor here too.
    let mut sets: Vec<String> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            (name.starts_with("language-blind") || name.starts_with("language-written"))
                && name.ends_with(".tsv")
        })
        .map(|name| format!("tests/fixtures/{name}"))
        .collect();
    sets.sort();
    let mut held: Vec<String> = floors.iter().map(|(path, ..)| path.to_string()).collect();
    held.sort();
    assert_eq!(sets, held, "every blind set in the fixtures has a floor");
    for (path, least, most) in floors {
        let text = std::fs::read_to_string(path).unwrap();
        let rows = corpus::rows(&text).unwrap();
        assert!(rows.len() >= 200, "{path}: {} sentences", rows.len());
        let score = corpus::score(&rows);
        assert!(
            score.recall.flagged >= least,
            "{path}: recall {} of {}",
            score.recall.flagged,
            score.recall.total
        );
        assert!(
            score.false_flags.flagged <= most,
            "{path}: false flags {} of {}",
            score.false_flags.flagged,
            score.false_flags.total
        );
    }
}

/// Every sentence of the corpus and the blind sets cut short at each word, from either end:
/// rules look at the words after a phrase, and a sentence that stops right after it ("What was
/// the delay due to?", "Typical.") must not take the guard past its last word.
#[test]
fn sentences_cut_anywhere_are_read_without_panic() {
    let mut rows = Vec::new();
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("language-") && name.ends_with(".tsv") {
            let text = std::fs::read_to_string(&path).unwrap();
            rows.extend(corpus::rows(&text).unwrap());
        }
    }
    assert!(rows.len() > 2_000, "{} sentences", rows.len());
    let mut checked = 0;
    for row in &rows {
        let cuts: Vec<usize> = row
            .sentence
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, _)| i)
            .collect();
        for &cut in &cuts {
            for piece in [&row.sentence[..cut], &row.sentence[cut..]] {
                let _ = language::check(piece);
                let _ = language::check(&format!("{}?", piece.trim_end_matches(['.', '?'])));
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// Any text, however odd: no panic, and every finding points at its own words.
    #[test]
    fn any_text_is_read_without_panic_and_findings_point_at_their_words(
        text in "(?s)[ -~\u{a0}-\u{17f}\u{2018}-\u{201d}\u{2014}\n\t]{0,300}|((should|have|never|why|did|you|I|my|fault|just|not|no one|the|on-call|typical|classic|problem|is|was|due|to|because|of|happened|reason|on|them|without|despite|been|told|the wrong|Ben|\"|'|,|\\.|\\?| )+){0,60}",
    ) {
        for finding in language::check(&text) {
            proptest::prop_assert!(finding.start < finding.end && finding.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(finding.start) && text.is_char_boundary(finding.end));
            proptest::prop_assert_eq!(&text[finding.start..finding.end], finding.phrase.as_str());
        }
    }
}
