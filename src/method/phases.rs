//! The meeting's phases and the ground rules the facilitator opens with.

use crate::method::clock;
use crate::model::{Instant, Phase, Review, ReviewStatus};

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

/// The review's status once the meeting reaches `phase`: every phase from the opening to the
/// opportunities means the meeting is under way (the synthesis is done together, in the
/// room); its close means what is left is follow-up. The status only moves forward, and a
/// closed review stays closed.
pub fn status_at(phase: Phase, status: ReviewStatus) -> ReviewStatus {
    use ReviewStatus as S;
    let follows = match phase {
        Phase::Prepare => S::Preparing,
        Phase::Open
        | Phase::AgreeTimeline
        | Phase::Walk
        | Phase::Synthesise
        | Phase::Opportunities => S::InMeeting,
        Phase::Close => S::FollowUp,
    };
    let rank = |s: ReviewStatus| match s {
        S::Preparing => 0,
        S::InMeeting => 1,
        S::FollowUp => 2,
        S::Closed => 3,
    };
    if rank(follows) > rank(status) {
        follows
    } else {
        status
    }
}

/// Moves the meeting to `phase`, and the status with it when the phase is new (staying in a
/// phase leaves the status alone, so an undone change stays undone). Returns the status
/// before, when it changed, so that the change can be announced and undone.
/// The phase's time goes on on the meeting clock (`clock::enter_phase`).
pub fn set_phase(review: &mut Review, phase: Phase, now: Instant) -> Option<ReviewStatus> {
    if review.session.phase == phase {
        return None;
    }
    clock::enter_phase(&mut review.session, phase, now);
    let before = review.status;
    review.status = status_at(phase, before);
    (review.status != before).then_some(before)
}

/// Whether moving the meeting to `phase` changes the review's status ([`set_phase`]): a step
/// of the walk that does not is an edit of the meeting alone, and the screens that follow the
/// review's details (its title, its time zone, the jump list's labels) are not told of it.
pub fn moves_status(review: &Review, phase: Phase) -> bool {
    review.session.phase != phase && status_at(phase, review.status) != review.status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_status_says_what_set_phase_does() {
        for &from in Phase::ALL {
            for &to in Phase::ALL {
                for &status in ReviewStatus::ALL {
                    let mut review = Review::default();
                    review.session.phase = from;
                    review.status = status;
                    let said = moves_status(&review, to);
                    let changed = set_phase(&mut review, to, Instant::default()).is_some();
                    assert_eq!(said, changed, "{from:?} to {to:?} from {status:?}");
                }
            }
        }
    }

    #[test]
    fn every_meeting_phase_has_guidance_and_the_walk_is_in_the_middle() {
        assert!(MEETING.iter().all(|&p| !guidance(p).is_empty()));
        assert_eq!(MEETING[2], Phase::Walk);
    }

    #[test]
    fn the_status_follows_the_meeting_forward_only() {
        use ReviewStatus as S;
        assert_eq!(status_at(Phase::Walk, S::Preparing), S::InMeeting);
        assert_eq!(status_at(Phase::Open, S::Preparing), S::InMeeting);
        assert_eq!(status_at(Phase::Synthesise, S::InMeeting), S::InMeeting);
        assert_eq!(status_at(Phase::Opportunities, S::Preparing), S::InMeeting);
        assert_eq!(status_at(Phase::Close, S::Preparing), S::FollowUp);
        // Going back a phase never takes the status back; closed stays closed.
        assert_eq!(status_at(Phase::Walk, S::FollowUp), S::FollowUp);
        assert_eq!(status_at(Phase::Prepare, S::InMeeting), S::InMeeting);
        assert_eq!(status_at(Phase::Synthesise, S::Closed), S::Closed);

        let mut review = Review::default();
        assert_eq!(
            set_phase(&mut review, Phase::Walk, Instant::from_millis(0).unwrap()),
            Some(S::Preparing)
        );
        assert_eq!(review.status, S::InMeeting);
        assert_eq!(
            set_phase(&mut review, Phase::Walk, Instant::from_millis(0).unwrap()),
            None
        );
        // Undone by hand, it stays undone while the meeting stays in the phase.
        review.status = S::Preparing;
        assert_eq!(
            set_phase(&mut review, Phase::Walk, Instant::from_millis(0).unwrap()),
            None
        );
        assert_eq!(review.status, S::Preparing);
        assert_eq!(
            set_phase(&mut review, Phase::Close, Instant::from_millis(0).unwrap()),
            Some(S::Preparing)
        );
        assert_eq!(review.status, S::FollowUp);
    }
}
