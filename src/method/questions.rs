//! The question bank: what to ask each responder at a moment, by family, in the order the
//! method asks them. Wording is ours, after the sources in `shared/method.md` (the Critical
//! Decision Method, Dekker and Klein's debrief questions, the Etsy and PagerDuty guides, Jeli).

use crate::model::{Account, AccountField, MomentKind};

/// A family of questions and the account field its answers go into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    pub name: &'static str,
    pub field: AccountField,
    pub prompts: &'static [&'static str],
    /// Asked only after the real account is recorded, and marked as such.
    pub hypothetical: bool,
}

const fn family(
    name: &'static str,
    field: AccountField,
    prompts: &'static [&'static str],
) -> Family {
    Family {
        name,
        field,
        prompts,
        hypothetical: false,
    }
}

/// The families asked at every moment, in order (the kind's starters come before them).
pub const FAMILIES: [Family; 13] = [
    family(
        "Cues",
        AccountField::Saw,
        &[
            "What was in front of you right then: a screen, a channel, the pager, someone's words?",
            "What first made it feel wrong? Which signal exactly?",
            "Where was your attention, and what else was competing for it?",
            "Was there a signal you were waiting for that never came?",
        ],
    ),
    family(
        "Sensemaking",
        AccountField::Believed,
        &[
            "If someone had taken over from you right then, how would you have briefed them?",
            "What did you think was going on, and what made that explanation fit?",
            "What does normal look like here, and how did this differ?",
            "Which other explanations were open? What made you keep or drop each one?",
        ],
    ),
    family(
        "Expectations and surprise",
        AccountField::Expected,
        &[
            "What did you expect to happen next? When did events stop matching that?",
            "What had you been taking for granted?",
        ],
    ),
    family(
        "Goals and trade-offs",
        AccountField::Goal,
        &[
            "What were you trying to achieve, and what were you trying to avoid?",
            "Were aims pulling against each other (restore fast, keep evidence, limit risk, keep people informed)? Which won, and why then?",
        ],
    ),
    family(
        "Options",
        AccountField::Options,
        &[
            "Which moves were open, waiting included?",
            "Did you compare them, or did one present itself?",
        ],
    ),
    family(
        "What made it sensible",
        AccountField::Sensible,
        &[
            "What made this the sensible move then: a runbook, a habit, a rule of thumb, an earlier incident?",
        ],
    ),
    family(
        "Actions and feedback",
        AccountField::Did,
        &[
            "What exactly did you do?",
            "What changed afterwards, and how soon? How did you judge whether it worked?",
        ],
    ),
    family(
        "Knowledge and experience",
        AccountField::Knowledge,
        &[
            "How did you know that?",
            "Did this remind you of an earlier incident?",
            "Would a newer teammate have read it the same way?",
        ],
    ),
    family(
        "Uncertainty",
        AccountField::Unclear,
        &[
            "What was unclear?",
            "Which information did you distrust, or did it contradict other information?",
            "What did you wish you had?",
        ],
    ),
    family(
        "Time pressure and state of mind",
        AccountField::Pressure,
        &[
            "How much time did you feel you had, and what set that clock?",
            "What else was going on: other pages, time of day, fatigue, a hand-over?",
        ],
    ),
    family(
        "Coordination and help",
        AccountField::Help,
        &[
            "Who else knew? Who did you assume knew?",
            "What made you pull someone in at this point?",
            "Was something handed over? What was said, and what was left unsaid?",
        ],
    ),
    family(
        "Tools",
        AccountField::Tools,
        &["What did your tools show, and what did they hide or make hard?"],
    ),
    Family {
        name: "Hypotheticals",
        field: AccountField::Hypothetical,
        prompts: &[
            "What would someone with less experience have done or missed here?",
            "What would have helped most at this moment: information, a tool, a person?",
        ],
        hypothetical: true,
    },
];

/// The free notes field, after every family.
pub const NOTES: Family = family(
    "Notes",
    AccountField::Notes,
    &["Anything else, in their words."],
);

/// The core of the tunnel, always open in the console: what they saw, what they believed was
/// happening, what they were trying to do.
pub const CORE: [AccountField; 3] = [
    AccountField::Saw,
    AccountField::Believed,
    AccountField::Goal,
];

/// The order to ask the families after the core, for a moment of this kind: what the moment
/// is about first (a decision's options, a signal's surprise), then the method's order, the
/// hypothetical last of all and the free notes after it.
pub fn asking_order(kind: MomentKind) -> Vec<AccountField> {
    use AccountField as F;
    let first: &[AccountField] = match kind {
        MomentKind::Decision | MomentKind::Action => &[F::Options, F::Sensible, F::Expected],
        MomentKind::Signal | MomentKind::Observation | MomentKind::ImpactChange => {
            &[F::Expected, F::Unclear]
        }
        MomentKind::Hypothesis => &[F::Expected, F::Knowledge, F::Unclear],
        MomentKind::Handoff | MomentKind::Communication | MomentKind::External => {
            &[F::Help, F::Unclear]
        }
        MomentKind::OrdinaryWork => &[F::Did, F::Pressure],
    };
    let mut order: Vec<AccountField> = first.to_vec();
    for family in FAMILIES.iter() {
        if !CORE.contains(&family.field) && !order.contains(&family.field) && !family.hypothetical {
            order.push(family.field);
        }
    }
    order.extend(FAMILIES.iter().filter(|f| f.hypothetical).map(|f| f.field));
    order
}

/// The next question to ask someone about a moment: the first empty field of the core, else
/// the first empty family in `asking_order` that has not been asked already. None when
/// everything has an answer or was asked.
pub fn next_question(
    account: Option<&Account>,
    kind: MomentKind,
    asked: &[AccountField],
) -> Option<AccountField> {
    let empty = |field: AccountField| account.is_none_or(|a| a.field(field).trim().is_empty());
    CORE.into_iter()
        .chain(asking_order(kind))
        .find(|&field| empty(field) && !asked.contains(&field))
}

/// Where a moment stands against the moment the trouble was noticed (`walk::stage_of`): the
/// same kind of moment asks different questions before anyone knew, while people responded,
/// and after the impact had ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    BeforeDetection,
    Response,
    AfterImpact,
}

/// Questions that open a moment of this kind at this stage, after Jeli's markers (detection,
/// diagnosis, repair, key moment). Asked before the families. An action before detection is
/// ordinary work, or the trigger seen from inside, never a repair.
pub fn starters(kind: MomentKind, stage: Stage) -> &'static [&'static str] {
    use MomentKind as K;
    use Stage as S;
    match (kind, stage) {
        (K::Action | K::Decision, S::BeforeDetection) => &[
            "What was this work for, and what did it look like from the inside? How was it like the many times it went fine?",
        ],
        (K::Action | K::Decision, S::Response) => &[
            "Which options were on the table? What made this one the sensible choice then, and how was its effect watched?",
        ],
        (K::Action | K::Decision, S::AfterImpact) => &[
            "What was this meant to settle? How did people know when it had?",
        ],
        (K::Signal | K::Observation | K::ImpactChange, S::BeforeDetection) => &[
            "What else was asking for attention then? How did this look among the usual signals?",
        ],
        (K::Signal | K::Observation | K::ImpactChange, _) => &[
            "How did we find out? Where did the first signal appear, and who noticed it first?",
        ],
        (K::Hypothesis, _) => &[
            "What were people looking at? Which explanations were tried and dropped, and on what evidence?",
        ],
        (K::Handoff | K::Communication | K::External, S::BeforeDetection) => &[
            "Who was talking to whom before anyone knew something was wrong, and about what?",
        ],
        (K::Handoff | K::Communication | K::External, _) => &[
            "How did this change the response? Who knew afterwards who had not before?",
        ],
        (K::OrdinaryWork, S::AfterImpact) => &[
            "What were people still watching or unsure of once the impact had ended?",
        ],
        (K::OrdinaryWork, _) => &[
            "What did ordinary work look like just before? What was everyone busy with?",
        ],
    }
}

/// Asked of the room whenever someone says "obviously".
pub const TO_THE_ROOM: &str =
    "Is that obvious to everyone here? Who is hearing it for the first time?";

/// The whole-review questions of each synthesis section (keys as in `io::report`).
pub fn whole_review(section: &str) -> &'static str {
    match section {
        "surprises" => "What surprised you most? What should others understand better?",
        "themes" => "What does this share with earlier incidents? What keeps coming back?",
        "conditions" => {
            "Which conditions had to line up? Which pressures and trade-offs existed before? \
             Why did earlier decisions look right when they were made?"
        }
        "helped" => {
            "What limited the impact? Where did we get lucky? Which everyday workarounds kept \
             things running?"
        }
        "risks" => "How healthy did we believe this system was, and should that belief change?",
        "process" => "What in the way we respond and coordinate helped, and what got in the way?",
        "opportunities" => {
            "Which parking-lot ideas change how work gets done, and which only satisfy the urge to \
             do something? Could a change add complexity or new failure modes? Who commits?"
        }
        _ => "",
    }
}

/// The name of the family that fills `field`, without its questions: for code that only
/// labels a field (the conflict panel, in the first download), so that the question bank
/// stays in the parts that ask. A test holds it to `FAMILIES`.
pub fn family_name(field: AccountField) -> &'static str {
    use AccountField as F;
    match field {
        F::Saw => "Cues",
        F::Believed => "Sensemaking",
        F::Expected => "Expectations and surprise",
        F::Goal => "Goals and trade-offs",
        F::Options => "Options",
        F::Sensible => "What made it sensible",
        F::Did => "Actions and feedback",
        F::Knowledge => "Knowledge and experience",
        F::Unclear => "Uncertainty",
        F::Pressure => "Time pressure and state of mind",
        F::Help => "Coordination and help",
        F::Tools => "Tools",
        F::Hypothetical => "Hypotheticals",
        F::Notes => NOTES.name,
    }
}

/// The family that fills `field`.
pub fn family_of(field: AccountField) -> Family {
    FAMILIES
        .iter()
        .copied()
        .find(|f| f.field == field)
        .unwrap_or(NOTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_family_name_is_its_familys() {
        for field in AccountField::ALL {
            assert_eq!(family_name(field), family_of(field).name, "{field:?}");
        }
    }

    #[test]
    fn every_account_field_has_exactly_one_family() {
        for field in AccountField::ALL {
            let count = FAMILIES
                .iter()
                .chain([&NOTES])
                .filter(|f| f.field == field)
                .count();
            assert_eq!(count, 1, "{field:?}");
        }
    }

    #[test]
    fn hypotheticals_come_last_and_are_marked() {
        let last = FAMILIES.last().unwrap();
        assert!(last.hypothetical);
        assert!(FAMILIES[..FAMILIES.len() - 1]
            .iter()
            .all(|f| !f.hypothetical));
        assert_eq!(FAMILIES[0].name, "Cues");
    }

    #[test]
    fn every_kind_has_starters_and_every_family_prompts() {
        for &kind in MomentKind::ALL {
            for stage in [Stage::BeforeDetection, Stage::Response, Stage::AfterImpact] {
                assert!(!starters(kind, stage).is_empty());
            }
        }
        assert!(FAMILIES.iter().all(|f| !f.prompts.is_empty()));
    }

    #[test]
    fn an_action_before_detection_is_not_asked_about_as_a_repair() {
        let before = starters(MomentKind::Action, Stage::BeforeDetection).join(" ");
        let during = starters(MomentKind::Action, Stage::Response).join(" ");
        assert!(!before.contains("fix") && !before.contains("option"));
        assert!(during.contains("options"));
        assert_ne!(before, during);
    }

    #[test]
    fn the_next_question_is_the_core_then_what_the_moment_is_about_and_hypotheticals_last() {
        let mut account = Account::default();
        assert_eq!(
            next_question(None, MomentKind::Decision, &[]),
            Some(AccountField::Saw)
        );
        account.saw = "the alert".into();
        account.believed = "a bad deploy".into();
        account.goal = "restore checkout".into();
        assert_eq!(
            next_question(Some(&account), MomentKind::Decision, &[]),
            Some(AccountField::Options)
        );
        assert_eq!(
            next_question(Some(&account), MomentKind::Signal, &[]),
            Some(AccountField::Expected)
        );
        assert_eq!(
            next_question(
                Some(&account),
                MomentKind::Decision,
                &[AccountField::Options]
            ),
            Some(AccountField::Sensible)
        );
        for kind in MomentKind::ALL {
            let order = asking_order(*kind);
            // Every family but the core once, the hypothetical after all the real questions.
            assert_eq!(order.len(), FAMILIES.len() - CORE.len());
            assert_eq!(order.last(), Some(&AccountField::Hypothetical));
        }
        // Everything answered or asked: nothing more to offer.
        let all: Vec<AccountField> = AccountField::ALL.to_vec();
        assert_eq!(
            next_question(Some(&account), MomentKind::Decision, &all),
            None
        );
    }
}
