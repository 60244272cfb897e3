//! The meeting's phases and the ground rules the facilitator opens with.

use crate::model::Phase;

/// The phases of the review meeting, in order (preparation happens before it).
pub const MEETING: [Phase; 6] = [
    Phase::Open,
    Phase::AgreeTimeline,
    Phase::Walk,
    Phase::Synthesise,
    Phase::Opportunities,
    Phase::Close,
];

/// The ground rules, in our words after the Etsy debriefing guide.
pub const GROUND_RULES: [&str; 5] = [
    "We are here to learn, not to fix. Ideas for fixes go to the parking lot, for later.",
    "We ask how and what, not why and who.",
    "Anyone may ask a question, and every view counts.",
    "We look at each moment as it was seen then, not as we know it now.",
    "Two memories of one moment can differ. We keep both.",
];

/// What the facilitator does in a phase: one or two sentences.
pub fn guidance(phase: Phase) -> &'static str {
    match phase {
        Phase::Prepare => {
            "Collect chat logs, alerts and deploy logs; draft the timeline from before the incident; \
             note who was involved and their role at the time."
        }
        Phase::Open => {
            "State the purpose and the ground rules: learning, not fixing; how and what, not why and who. \
             Show them to the room."
        }
        Phase::AgreeTimeline => {
            "Walk the draft quickly: what is missing, what happened differently, which times are \
             uncertain, whose view is absent?"
        }
        Phase::Walk => {
            "Step through the moments in order. At each one, ask each responder what they saw, \
             believed and were trying to do. Later moments stay out of view."
        }
        Phase::Synthesise => {
            "Surprises, themes, the conditions that had to line up, what helped, the risks revealed."
        }
        Phase::Opportunities => {
            "Review the parking lot. Decide actions later, in a small group, each with an owner."
        }
        Phase::Close => {
            "Was it worth it? Did someone learn something that changes their work? Export and share."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_meeting_phase_has_guidance_and_the_walk_is_in_the_middle() {
        assert!(MEETING.iter().all(|&p| !guidance(p).is_empty()));
        assert_eq!(MEETING[2], Phase::Walk);
    }
}
