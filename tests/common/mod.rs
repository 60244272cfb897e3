//! Shared test data: a review that uses every field of the format.
#![allow(dead_code)]

use tunnel::model::*;

pub fn at(text: &str) -> Instant {
    Instant::parse_rfc3339(text).expect("test time")
}

fn id(text: &str) -> Id {
    Id::from(text)
}

/// A complete review of a fictional incident, with every field of the v1 format set and
/// some hostile text in places where text goes.
pub fn sample_review() -> Review {
    let people = vec![
        Person {
            id: id("p-ana"),
            name: "Ana Souza".into(),
            role: Role::IncidentCommander,
            team: "Payments".into(),
            present: true,
            joined: Some(at("2026-03-14T09:20:00Z")),
            left: Some(at("2026-03-14T11:05:00Z")),
            handles: Vec::new(),
            interview: Interview::default(),
        },
        Person {
            id: id("p-ben"),
            name: "Ben O'Neill 🚒".into(),
            role: Role::SubjectExpert,
            team: "Databases".into(),
            present: true,
            joined: None,
            left: None,
            handles: Vec::new(),
            interview: Interview::default(),
        },
        Person {
            id: id("p-chidi"),
            name: "Chidi <script>alert(1)</script>".into(),
            role: Role::Other("Customer support lead".into()),
            team: String::new(),
            present: false,
            joined: None,
            left: None,
            handles: Vec::new(),
            interview: Interview::default(),
        },
    ];
    let moments = vec![
        Moment {
            id: id("m-1"),
            at: at("2026-03-14T08:55:00Z"),
            precision: Precision::Approximate,
            kind: MomentKind::OrdinaryWork,
            description: "Routine schema migration starts on db-main.".into(),
            people: vec![id("p-ben")],
            evidence: vec![Evidence {
                id: id("e-1"),
                kind: EvidenceKind::Link,
                text: "Deploy log".into(),
                url: "https://ci.example.com/runs/4411".into(),
                seen: Seen::DuringIncident,
            }],
            pivot: false,
            source: "typed".into(),
        },
        Moment {
            id: id("m-2"),
            at: at("2026-03-14T09:12:30Z"),
            precision: Precision::Exact,
            kind: MomentKind::Signal,
            description: "Alert: checkout error rate > 5%\nSecond line | with a pipe".into(),
            people: vec![id("p-ana"), id("p-ben")],
            evidence: vec![
                Evidence {
                    id: id("e-2"),
                    kind: EvidenceKind::Quote,
                    text: "\"p99 latency 4.2s\" </style><b>bold?</b>".into(),
                    url: String::new(),
                    seen: Seen::DuringIncident,
                },
                Evidence {
                    id: id("e-3"),
                    kind: EvidenceKind::Note,
                    text: "The lock graph showed the migration held a table lock.".into(),
                    url: String::new(),
                    seen: Seen::FoundAfterwards,
                },
            ],
            pivot: true,
            source: "transcript line 4".into(),
        },
        Moment {
            id: id("m-3"),
            at: at("2026-03-15T00:03:00Z"),
            precision: Precision::OrderOnly,
            kind: MomentKind::Decision,
            description: "Decide to roll back the migration.".into(),
            people: vec![id("p-ana")],
            evidence: vec![],
            pivot: true,
            source: String::new(),
        },
    ];
    let accounts = vec![
        Account {
            id: id("a-1"),
            moment: id("m-2"),
            person: id("p-ana"),
            saw: "The error-rate alert and a quiet channel.".into(),
            believed: "A bad deploy of the checkout service.".into(),
            expected: "Rolling back checkout would fix it.".into(),
            goal: "Restore checkout fast; avoid paging the whole org.".into(),
            options: "Roll back checkout, wait, page databases.".into(),
            sensible: "The last three incidents were deploys.".into(),
            did: "Asked Ben to look at the database.".into(),
            knowledge: "Runbook RB-12.".into(),
            unclear: "Whether the migration had finished.".into(),
            pressure: "Saturday sale traffic.".into(),
            help: "Needed someone from databases.".into(),
            tools: "The dashboard hid lock waits.".into(),
            hypothetical: "A newer teammate would have paged sooner.".into(),
            notes: "Ana remembers the alert at 09:10.".into(),
            source: AccountSource::Meeting,
            off_record: Vec::new(),
        },
        Account {
            id: id("a-2"),
            moment: id("m-2"),
            person: id("p-ben"),
            saw: "Lock waits climbing.".into(),
            believed: "The migration was the cause.".into(),
            ..Account::default()
        },
    ];
    let finding = |fid: &str, text: &str, tag: &str, cites: &[(&str, Option<&str>)]| Finding {
        id: id(fid),
        text: text.into(),
        tag: tag.into(),
        citations: cites
            .iter()
            .map(|(m, a)| Citation {
                moment: id(m),
                account: a.map(id),
            })
            .collect(),
    };
    Review {
        id: id("r-sample"),
        title: "Checkout errors during the Saturday sale".into(),
        status: ReviewStatus::FollowUp,
        incident_start: Some(at("2026-03-14T09:10:00Z")),
        incident_end: Some(at("2026-03-14T10:40:00Z")),
        time_zone: "Europe/Lisbon".into(),
        summary: "Checkout failed for **some** customers for 90 minutes.".into(),
        impact: "About 4% of orders | # not a heading".into(),
        created_at: at("2026-03-15T10:00:00Z"),
        updated_at: at("2026-03-16T12:30:00.250Z"),
        people,
        moments,
        accounts,
        notes: vec![
            Note {
                id: id("n-1"),
                moment: Some(id("m-2")),
                kind: NoteKind::Note,
                text: "Ask about the quiet channel.".into(),
                resolved: false,
            },
            Note {
                id: id("n-2"),
                moment: None,
                kind: NoteKind::OpenQuestion,
                text: "Who owns the migration tooling?".into(),
                resolved: true,
            },
            Note {
                id: id("n-3"),
                moment: Some(id("m-3")),
                kind: NoteKind::Obvious,
                text: "\"Obviously a rollback\": obvious to whom?".into(),
                resolved: false,
            },
        ],
        parking_lot: vec![ParkedIdea {
            id: id("i-1"),
            text: "Show lock waits on the checkout dashboard.".into(),
            moment: Some(id("m-2")),
            created_at: at("2026-03-16T10:20:00Z"),
        }],
        // Came after the v1 fixture: round-tripped on its own in format.rs.
        questions: Vec::new(),
        suggestions: Vec::new(),
        merged: Vec::new(),
        synthesis: Synthesis {
            surprises: vec![finding(
                "f-1",
                "The migration took a table lock.",
                "",
                &[("m-2", Some("a-2"))],
            )],
            themes: vec![finding(
                "f-2",
                "Deploy-shaped expectations.",
                "",
                &[("m-2", Some("a-1"))],
            )],
            conditions: vec![finding(
                "f-3",
                "Sale traffic and a weekend migration window.",
                "",
                &[],
            )],
            helped: vec![finding(
                "f-4",
                "Ben happened to be online.",
                "luck",
                &[("m-2", None)],
            )],
            risks: vec![finding(
                "f-5",
                "Migrations are not visible on dashboards.",
                "",
                &[],
            )],
            process: vec![finding(
                "f-6",
                "Paging databases took 10 minutes.",
                "",
                &[("m-3", None)],
            )],
        },
        opportunities: vec![
            Opportunity {
                id: id("o-1"),
                title: "Lock waits on the checkout dashboard".into(),
                description: "From the parking lot.".into(),
                owner: "Databases".into(),
                kind: OpportunityKind::Detect,
                due: Some("2026-04-01".into()),
                status: OpportunityStatus::Committed,
                decline_reason: String::new(),
                parked: Some(id("i-1")),
            },
            Opportunity {
                id: id("o-2"),
                title: "Freeze migrations during sales".into(),
                description: String::new(),
                owner: String::new(),
                kind: OpportunityKind::Prevent,
                due: None,
                status: OpportunityStatus::Declined,
                decline_reason: "Would move risk to Monday; adds a new failure mode.".into(),
                parked: None,
            },
        ],
        session: Session {
            phase: Phase::Synthesise,
            current: Some(id("m-2")),
            walked: vec![id("m-1"), id("m-2")],
            started_at: Some(at("2026-03-16T10:00:00Z")),
            time_box_minutes: 60,
            prompt: "What did you expect to happen next?".into(),
            show_accounts: true,
            show_rules: false,
            show_parking_lot: false,
            // The meeting clock came after the v1 fixture was written: its fields stay at
            // their defaults here (format.rs round-trips them on their own).
            clock_seconds: 0,
            clock_since: None,
            phase_from_seconds: 0,
            phase_spent: Vec::new(),
            show_clock: false,
        },
        pulse: Pulse {
            attendees: Some(7),
            learned: Some(5),
            would_return: Some(6),
        },
        language: LanguageLog {
            dismissed: vec![Dismissal {
                field: "account:a-1:sensible".into(),
                phrase: "just".into(),
                occurrence: 0,
                // A dismissal as released files keep it, before sentences were kept.
                sentence: String::new(),
            }],
            ..LanguageLog::default()
        },
        carried: Default::default(),
    }
}
