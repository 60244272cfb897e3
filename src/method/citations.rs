//! What a synthesis item can cite, and how a citation reads: "09:05 · Ana suspects the deploy",
//! or "… (Ben Lee's account)". The choices are every moment in timeline order, each followed by
//! the accounts given of it; built once for the synthesis screen, in one pass over the moments
//! and one over the accounts (built per item, by scanning the accounts for each moment, they
//! took 300 ms an item at 2,000 moments).

use crate::model::time::{moment_time_label, ZoneOffsets};
use crate::model::{Citation, Id, Moment, Review};
use std::collections::HashMap;

/// Every moment and every account with something in it, as citations with their words.
pub fn choices(review: &Review, zones: &dyn ZoneOffsets) -> Vec<(Citation, String)> {
    let with_date = review.spans_days(zones);
    let names: HashMap<&Id, String> = review
        .people
        .iter()
        .map(|p| (&p.id, p.display_name()))
        .collect();
    let mut accounts: HashMap<&Id, Vec<(&Id, &Id)>> = HashMap::new();
    for account in review.accounts.iter().filter(|a| !a.is_blank()) {
        accounts
            .entry(&account.moment)
            .or_default()
            .push((&account.id, &account.person));
    }
    let mut choices = Vec::with_capacity(review.moments.len() + review.accounts.len());
    for i in review.timeline_order() {
        let moment = &review.moments[i];
        let cite = |account: Option<&Id>| Citation {
            moment: moment.id.clone(),
            account: account.cloned(),
        };
        choices.push((cite(None), words(review, moment, None, with_date, zones)));
        for &(account, person) in accounts.get(&moment.id).into_iter().flatten() {
            let whose = names.get(person).map(String::as_str);
            let text = words(review, moment, whose, with_date, zones);
            choices.push((cite(Some(account)), text));
        }
    }
    choices
}

/// How one citation reads; empty when its moment is gone.
pub fn text(review: &Review, citation: &Citation, zones: &dyn ZoneOffsets) -> String {
    let Some(moment) = review.moment(&citation.moment) else {
        return String::new();
    };
    let whose = citation
        .account
        .as_ref()
        .and_then(|a| review.accounts.iter().find(|x| &x.id == a))
        .and_then(|a| review.person(&a.person))
        .map(|p| p.display_name());
    words(
        review,
        moment,
        whose.as_deref(),
        review.spans_days(zones),
        zones,
    )
}

/// How a citation of `moment` reads, with whose account it is when it cites one: what the
/// synthesis screen and the reports both write.
pub(crate) fn words(
    review: &Review,
    moment: &Moment,
    whose: Option<&str>,
    with_date: bool,
    zones: &dyn ZoneOffsets,
) -> String {
    let when = moment_time_label(
        moment.at, moment.precision, &review.time_zone, zones, with_date,
    );
    let what: String = moment.description.chars().take(60).collect();
    match whose {
        Some(name) => format!("{when} · {what} ({name}'s account)"),
        None => format!("{when} · {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::{Instant, Utc};
    use crate::model::{Account, Person};

    #[test]
    fn every_moment_in_order_each_followed_by_the_accounts_given_of_it() {
        let moment = |id: &str, minute: i64, text: &str| Moment {
            id: Id::from(id),
            at: Instant::from_millis(minute * 60_000).unwrap(),
            description: text.into(),
            ..Moment::default()
        };
        let account = |id: &str, moment: &str, saw: &str| Account {
            id: Id::from(id),
            moment: Id::from(moment),
            person: Id::from("ben"),
            saw: saw.into(),
            ..Account::default()
        };
        let review = Review {
            time_zone: "UTC".into(),
            people: vec![Person {
                id: Id::from("ben"),
                name: "Ben Lee".into(),
                ..Person::default()
            }],
            moments: vec![moment("m2", 5, "Deploy"), moment("m1", 0, "Alert")],
            accounts: vec![
                account("a1", "m2", "the graph"),
                account("a2", "m1", ""),
                account("a3", "m2", "a page"),
                Account {
                    person: Id::from("gone"),
                    ..account("a4", "m1", "someone since removed")
                },
            ],
            ..Review::default()
        };
        let choices = choices(&review, &Utc);
        let words: Vec<&str> = choices.iter().map(|(_, text)| text.as_str()).collect();
        // A blank account is not offered.
        assert_eq!(
            words,
            [
                "00:00 · Alert",
                "00:00 · Alert",
                "00:05 · Deploy",
                "00:05 · Deploy (Ben Lee's account)",
                "00:05 · Deploy (Ben Lee's account)",
            ]
        );
        assert_eq!(choices[4].0.account, Some(Id::from("a3")));
        for (citation, words) in &choices {
            assert_eq!(&text(&review, citation, &Utc), words);
        }
    }
}
