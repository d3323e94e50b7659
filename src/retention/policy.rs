//! A retention policy and its validation.

use crate::exit::CliError;
use crate::selection::Identifier;
use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Upper bound for a retention period in days (about 100 years), which keeps every cutoff
/// inside chrono's date range.
pub const MAX_DAYS: u32 = 36_500;

/// A retention policy, as stored in a profile's `[profiles.NAME.retention]` table or in a
/// policy file.
///
/// A contact is a candidate for deletion when its last activity is strictly older than the
/// period of its group. A group without a period is never a candidate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Days of inactivity after which a contact with a completed survey response is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inactive_days: Option<u32>,
    /// Days of inactivity after which a contact without any completed response is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub never_responded_inactive_days: Option<u32>,
    /// Segments (names or uuids) whose members are never deleted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude_segments: Vec<String>,
    /// Identifiers (user IDs, emails, uuids) of contacts that are never deleted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub protect: Vec<String>,
}

impl Policy {
    /// Reads a policy file: the same keys as a profile's retention table, at top level.
    pub fn load(path: &Path) -> Result<Policy> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read the policy file {}", path.display()))?;
        let policy: Policy = toml::from_str(&text).map_err(|error| {
            CliError::usage(format!(
                "invalid policy file {}: {}",
                path.display(),
                error.message()
            ))
            .with_hint("use the keys inactive_days, never_responded_inactive_days, exclude_segments and protect")
        })?;
        policy.validate().map_err(|error| {
            CliError::usage(format!("invalid policy file {}: {error}", path.display()))
        })?;
        Ok(policy)
    }

    /// Reports whether the policy selects nobody, because neither group has a period.
    pub fn has_no_period(&self) -> bool {
        self.inactive_days.is_none() && self.never_responded_inactive_days.is_none()
    }

    /// Checks what can be checked without the API: day counts and identifier forms.
    pub fn validate(&self) -> Result<(), String> {
        check_days("inactive_days", self.inactive_days)?;
        check_days(
            "never_responded_inactive_days",
            self.never_responded_inactive_days,
        )?;
        for segment in &self.exclude_segments {
            if segment.trim().is_empty() {
                return Err("exclude_segments contains an empty segment name".into());
            }
        }
        for text in &self.protect {
            Identifier::Auto(text.clone()).validate()?;
        }
        Ok(())
    }

    /// The protected identifiers, with their kind inferred from their form.
    pub fn protected_identifiers(&self) -> Vec<Identifier> {
        self.protect
            .iter()
            .map(|text| Identifier::Auto(text.clone()))
            .collect()
    }
}

fn check_days(name: &str, days: Option<u32>) -> Result<(), String> {
    match days {
        Some(0) => Err(format!("{name} is 0: use a positive number of days")),
        Some(days) if days > MAX_DAYS => {
            Err(format!("{name} is {days}: use at most {MAX_DAYS} days"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_rejects_zero_days() {
        let policy = Policy {
            inactive_days: Some(0),
            ..Policy::default()
        };
        assert!(policy
            .validate()
            .unwrap_err()
            .contains("inactive_days is 0"));
    }

    #[test]
    fn policy_rejects_malformed_protect() {
        let policy = Policy {
            protect: vec!["broken@".into()],
            ..Policy::default()
        };
        assert!(policy.validate().is_err());
    }

    #[test]
    fn policy_file_rejects_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.toml");
        std::fs::write(&path, "inactive_day = 30\n").unwrap();
        let rendered = crate::exit::render(&Policy::load(&path).unwrap_err());
        assert!(rendered.contains("inactive_day"), "{rendered}");
    }

    #[test]
    fn policy_file_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.toml");
        let text = "inactive_days = 365\nnever_responded_inactive_days = 90\n\
                    exclude_segments = [\"VIP\"]\nprotect = [\"ann@example.com\"]\n";
        std::fs::write(&path, text).unwrap();
        let policy = Policy::load(&path).unwrap();
        assert_eq!(policy.inactive_days, Some(365));
        assert_eq!(policy.never_responded_inactive_days, Some(90));
        assert_eq!(policy.exclude_segments, vec!["VIP".to_string()]);
        assert_eq!(policy.protect, vec!["ann@example.com".to_string()]);
    }
}
