//! The audit report: the summary lines on stderr, the candidate rows on stdout, and the
//! JSON document that `--report FILE` writes.

use super::evaluation::{Candidate, Evaluation, Rule, Skipped, Spared};
use super::Policy;
use crate::output::Records;
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::json;
use std::path::Path;

pub const COLUMNS: [&str; 6] = [
    "uuid",
    "user_id",
    "email",
    "rule",
    "last_activity",
    "days_inactive",
];

/// The JSON document of an audit.
#[derive(Debug, Clone, Serialize)]
pub struct Report<'a> {
    pub generated_at: String,
    pub profile: &'a str,
    pub policy: &'a Policy,
    pub now: String,
    pub contacts: usize,
    pub rules: Vec<RuleSummary>,
    pub spared: &'a [Spared],
    pub skipped: &'a [Skipped],
    pub candidates: Vec<serde_json::Value>,
}

/// The cutoff and candidates of one group.
#[derive(Debug, Clone, Serialize)]
pub struct RuleSummary {
    pub rule: Rule,
    pub cutoff: Option<String>,
    pub candidates: usize,
    pub oldest_last_activity: Option<String>,
    pub newest_last_activity: Option<String>,
}

impl<'a> Report<'a> {
    pub fn new(profile: &'a str, policy: &'a Policy, evaluation: &'a Evaluation) -> Report<'a> {
        Report {
            generated_at: utc_text(Utc::now()),
            profile,
            policy,
            now: utc_text(evaluation.now),
            contacts: evaluation.contacts,
            rules: [Rule::Responded, Rule::NeverResponded]
                .into_iter()
                .map(|rule| summarize(evaluation, rule))
                .collect(),
            spared: &evaluation.spared,
            skipped: &evaluation.skipped,
            candidates: evaluation
                .candidates
                .iter()
                .map(|candidate| candidate_json(candidate, evaluation.now))
                .collect(),
        }
    }

    /// Writes the report atomically with mode 0600, because it names users.
    pub fn write(&self, path: &Path) -> Result<()> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        crate::settings::write_private(path, text.as_bytes())
    }

    /// Builds the human summary: cutoffs, counts per group, activity range, exclusions, skips.
    pub fn summary_lines(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "Now (UTC): {}; contacts: {}",
            self.now, self.contacts
        )];
        for rule in &self.rules {
            lines.push(rule.line());
        }
        for spared in self.spared {
            lines.push(format!(
                "Spared by {}: {}",
                spared.exclusion, spared.contacts
            ));
        }
        if !self.skipped.is_empty() {
            lines.push(format!(
                "Skipped (activity unknown or unreadable, never deleted): {}",
                self.skipped.len()
            ));
        }
        lines
    }
}

impl RuleSummary {
    fn line(&self) -> String {
        let Some(cutoff) = &self.cutoff else {
            return format!(
                "Rule {}: no period set, never a candidate",
                self.rule.name()
            );
        };
        let range = match (&self.oldest_last_activity, &self.newest_last_activity) {
            (Some(oldest), Some(newest)) => format!(", last activity from {oldest} to {newest}"),
            _ => String::new(),
        };
        format!(
            "Rule {}: last activity before {cutoff}: {} candidates{range}",
            self.rule.name(),
            self.candidates
        )
    }
}

fn summarize(evaluation: &Evaluation, rule: Rule) -> RuleSummary {
    // Candidates are sorted oldest first.
    let mut matching = evaluation.candidates.iter().filter(|c| c.rule == rule);
    let oldest = matching.next().map(|c| c.last_activity);
    let newest = matching.next_back().map(|c| c.last_activity).or(oldest);
    RuleSummary {
        rule,
        cutoff: evaluation.cutoff(rule).map(utc_text),
        candidates: evaluation.count(rule),
        oldest_last_activity: oldest.map(utc_text),
        newest_last_activity: newest.map(utc_text),
    }
}

/// Formats an instant as RFC 3339 in UTC with a `Z`, keeping sub-second digits when present.
pub fn utc_text(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn days_inactive(candidate: &Candidate, now: DateTime<Utc>) -> i64 {
    (now - candidate.last_activity).num_days()
}

fn candidate_json(candidate: &Candidate, now: DateTime<Utc>) -> serde_json::Value {
    json!({
        "uuid": candidate.uuid,
        "user_id": candidate.user_id,
        "email": candidate.email,
        "rule": candidate.rule,
        "last_activity": utc_text(candidate.last_activity),
        "days_inactive": days_inactive(candidate, now),
    })
}

/// Builds the candidate rows for stdout, in the order given.
pub fn candidate_records(candidates: &[Candidate], now: DateTime<Utc>) -> Records {
    let mut records = Records::new(&COLUMNS);
    for candidate in candidates {
        records.push(
            vec![
                candidate.uuid.clone(),
                candidate.user_id.clone().unwrap_or_default(),
                candidate.email.clone().unwrap_or_default(),
                candidate.rule.name().to_string(),
                utc_text(candidate.last_activity),
                days_inactive(candidate, now).to_string(),
            ],
            candidate_json(candidate, now),
        );
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::Contact;
    use crate::retention::{evaluate, Scope};
    use chrono::TimeZone;

    #[test]
    fn summary_names_cutoffs_and_range() {
        let now = Utc.with_ymd_and_hms(2026, 3, 8, 7, 30, 0).unwrap();
        let contacts: Vec<Contact> = ["2025-01-01T00:00:00Z", "2025-06-01 12:00:00.5"]
            .iter()
            .enumerate()
            .map(|(index, seen)| Contact {
                uuid: format!("c{index}"),
                last_seen_at: Some(seen.to_string()),
                ..Contact::default()
            })
            .collect();
        let policy = Policy {
            never_responded_inactive_days: Some(30),
            ..Policy::default()
        };
        let evaluation = evaluate(&policy, &Scope::default(), &contacts, now);
        let report = Report::new("default", &policy, &evaluation);
        let lines = report.summary_lines();
        assert_eq!(lines[0], "Now (UTC): 2026-03-08T07:30:00Z; contacts: 2");
        assert_eq!(lines[1], "Rule responded: no period set, never a candidate");
        assert_eq!(
            lines[2],
            "Rule never_responded: last activity before 2026-02-06T07:30:00Z: 2 candidates, \
             last activity from 2025-01-01T00:00:00Z to 2025-06-01T12:00:00.500Z"
        );
        assert_eq!(lines.len(), 3);
    }
}
