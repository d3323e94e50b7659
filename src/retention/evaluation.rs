//! The decision on each contact, without the network: which group it belongs to, whether
//! its last activity is older than its group's cutoff, and whether an exclusion spares it.
//!
//! Boundary rule: a contact whose last activity is exactly at the cutoff is not a
//! candidate; only strictly older activity is. All instants are UTC, so the result never
//! depends on the machine's time zone.

use super::Policy;
use crate::api::models::Contact;
use crate::selection::{inactivity_cutoff, last_activity, Identifier, LastActivity};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashSet;

/// The group a contact belongs to, which decides its retention period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The contact has at least one completed survey response (`inactive_days`).
    Responded,
    /// The contact has no completed response (`never_responded_inactive_days`).
    NeverResponded,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::Responded => "responded",
            Rule::NeverResponded => "never_responded",
        }
    }
}

/// A segment whose members are never deleted, with the members the API listed for it.
#[derive(Debug, Clone, Default)]
pub struct ExcludedSegment {
    pub reference: String,
    pub uuid: String,
    pub members: HashSet<String>,
}

/// Everything the evaluation needs besides the contacts.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Uuids of contacts with at least one completed response.
    pub responders: HashSet<String>,
    pub excluded_segments: Vec<ExcludedSegment>,
    pub protected: Vec<Identifier>,
}

/// A contact that violates the policy.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub uuid: String,
    pub user_id: Option<String>,
    pub email: Option<String>,
    pub rule: Rule,
    pub last_activity: DateTime<Utc>,
}

/// A contact left out of the evaluation because its activity could not be determined.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub uuid: String,
    pub reason: String,
}

/// How many would-be candidates one exclusion spared. A contact spared by several
/// exclusions counts under each of them.
#[derive(Debug, Clone, Serialize)]
pub struct Spared {
    pub exclusion: String,
    pub contacts: usize,
}

/// The result of evaluating a policy on every contact of an environment.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub now: DateTime<Utc>,
    pub responded_cutoff: Option<DateTime<Utc>>,
    pub never_responded_cutoff: Option<DateTime<Utc>>,
    pub contacts: usize,
    /// Candidates ordered by last activity, oldest first, then by uuid.
    pub candidates: Vec<Candidate>,
    pub spared: Vec<Spared>,
    pub skipped: Vec<Skipped>,
}

impl Evaluation {
    pub fn count(&self, rule: Rule) -> usize {
        self.candidates.iter().filter(|c| c.rule == rule).count()
    }

    pub fn cutoff(&self, rule: Rule) -> Option<DateTime<Utc>> {
        match rule {
            Rule::Responded => self.responded_cutoff,
            Rule::NeverResponded => self.never_responded_cutoff,
        }
    }
}

/// Evaluates `policy` at `now` on `contacts`.
pub fn evaluate(
    policy: &Policy,
    scope: &Scope,
    contacts: &[Contact],
    now: DateTime<Utc>,
) -> Evaluation {
    let responded_cutoff = policy
        .inactive_days
        .map(|days| inactivity_cutoff(now, days));
    let never_responded_cutoff = policy
        .never_responded_inactive_days
        .map(|days| inactivity_cutoff(now, days));
    let mut spared_counts = vec![0usize; scope.excluded_segments.len() + 1];
    let mut candidates = Vec::new();
    let mut skipped = Vec::new();

    for contact in contacts {
        let rule = if scope.responders.contains(&contact.uuid) {
            Rule::Responded
        } else {
            Rule::NeverResponded
        };
        let cutoff = match rule {
            Rule::Responded => responded_cutoff,
            Rule::NeverResponded => never_responded_cutoff,
        };
        let Some(cutoff) = cutoff else { continue };
        let instant = match last_activity(contact) {
            LastActivity::At(instant) => instant,
            LastActivity::Unknown => {
                skipped.push(skip(
                    contact,
                    "neither last_seen_at nor first_seen_at is set".into(),
                ));
                continue;
            }
            LastActivity::Unparseable(text) => {
                skipped.push(skip(contact, format!("unreadable timestamp `{text}`")));
                continue;
            }
        };
        if instant >= cutoff {
            continue;
        }
        if spare(scope, contact, &mut spared_counts) {
            continue;
        }
        candidates.push(Candidate {
            uuid: contact.uuid.clone(),
            user_id: contact.remote_id.clone(),
            email: contact.email.clone(),
            rule,
            last_activity: instant,
        });
    }
    candidates.sort_by(|a, b| {
        a.last_activity
            .cmp(&b.last_activity)
            .then_with(|| a.uuid.cmp(&b.uuid))
    });

    Evaluation {
        now,
        responded_cutoff,
        never_responded_cutoff,
        contacts: contacts.len(),
        candidates,
        spared: spared_summary(scope, spared_counts),
        skipped,
    }
}

fn skip(contact: &Contact, reason: String) -> Skipped {
    Skipped {
        uuid: contact.uuid.clone(),
        reason,
    }
}

/// Counts the exclusions that cover `contact` and reports whether any does. The last slot
/// of `counts` is the protect list.
fn spare(scope: &Scope, contact: &Contact, counts: &mut [usize]) -> bool {
    let mut spared = false;
    for (index, segment) in scope.excluded_segments.iter().enumerate() {
        let listed = contact
            .segments
            .iter()
            .any(|s| s.uuid.as_deref() == Some(segment.uuid.as_str()));
        if listed || segment.members.contains(&contact.uuid) {
            counts[index] += 1;
            spared = true;
        }
    }
    if scope
        .protected
        .iter()
        .any(|identifier| names_contact(identifier, contact))
    {
        counts[scope.excluded_segments.len()] += 1;
        spared = true;
    }
    spared
}

fn spared_summary(scope: &Scope, counts: Vec<usize>) -> Vec<Spared> {
    let mut labels: Vec<String> = scope
        .excluded_segments
        .iter()
        .map(|segment| format!("segment `{}`", segment.reference))
        .collect();
    if !scope.protected.is_empty() {
        labels.push("protect list".into());
    }
    // `zip` drops the protect-list slot of `counts` when the list is empty.
    labels
        .into_iter()
        .zip(counts)
        .map(|(exclusion, contacts)| Spared {
            exclusion,
            contacts,
        })
        .collect()
}

/// Reports whether `identifier` names `contact`. An identifier of inferred kind matches any
/// of uuid, user ID and email, because protecting too much is the safe error.
pub fn names_contact(identifier: &Identifier, contact: &Contact) -> bool {
    let email_is = |text: &str| {
        contact
            .email
            .as_deref()
            .is_some_and(|email| email.eq_ignore_ascii_case(text))
    };
    match identifier {
        Identifier::Uuid(text) => contact.uuid.eq_ignore_ascii_case(text),
        Identifier::RemoteId(text) => contact.remote_id.as_deref() == Some(text.as_str()),
        Identifier::Email(text) => email_is(text),
        Identifier::Auto(text) => {
            contact.uuid.eq_ignore_ascii_case(text)
                || contact.remote_id.as_deref() == Some(text.as_str())
                || email_is(text)
        }
    }
}

#[cfg(test)]
#[path = "evaluation_tests.rs"]
mod tests;
