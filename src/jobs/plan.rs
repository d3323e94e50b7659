//! The plan of a deletion job: the full target set, snapshotted before the first delete.

use crate::settings::write_private;
use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Plan {
    pub job_id: String,
    /// `users-delete`, `environment-purge` or `retention-apply`.
    pub kind: String,
    pub created_at: DateTime<Utc>,
    pub profile: String,
    pub api_url: String,
    pub environment_name: String,
    pub environment_uuid: Option<String>,
    /// The selection as the user gave it, for the record.
    pub selector: String,
    pub target_count: usize,
    pub targets: Vec<Target>,
    /// Filters of a listing that must be empty after the job (segment and purge jobs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_listing: Option<Vec<(String, String)>>,
}

/// One contact to delete.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Target {
    pub uuid: String,
    /// The identifier that selected the contact: a SHA-256 digest (`sha256:…`) unless plain
    /// identifiers were requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

/// Form in which receipts and plans record identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum IdentifierRecording {
    /// A SHA-256 digest of the lower-cased identifier
    #[default]
    Hashed,
    /// The identifier itself
    Plain,
}

impl IdentifierRecording {
    pub fn record(self, identifier: &str) -> String {
        match self {
            IdentifierRecording::Plain => identifier.to_string(),
            IdentifierRecording::Hashed => {
                let digest = Sha256::digest(identifier.trim().to_lowercase().as_bytes());
                format!("sha256:{}", hex::encode(digest))
            }
        }
    }
}

impl Plan {
    /// Creates a job id from the creation time and a random suffix, such as
    /// `20261204-131502-7f3a`.
    pub fn new_job_id(now: DateTime<Utc>) -> String {
        let suffix: u16 = rand::random();
        format!("{}-{suffix:04x}", now.format("%Y%m%d-%H%M%S"))
    }

    pub fn path(job_dir: &Path) -> PathBuf {
        job_dir.join("plan.json")
    }

    /// Writes the plan atomically, with mode 0600.
    pub fn save(&self, job_dir: &Path) -> Result<()> {
        let text = serde_json::to_vec_pretty(self).context("could not serialize the plan")?;
        write_private(&Plan::path(job_dir), &text)
    }

    pub fn load(job_dir: &Path) -> Result<Plan> {
        let path = Plan::path(job_dir);
        let text = std::fs::read(&path)
            .with_context(|| format!("could not read the plan {}", path.display()))?;
        serde_json::from_slice(&text)
            .with_context(|| format!("the plan {} is damaged", path.display()))
    }
}

/// Builds a plan of a `users-delete` job for tests.
#[cfg(test)]
pub(crate) fn test_plan<S: AsRef<str>>(job_id: &str, uuids: &[S]) -> Plan {
    let targets: Vec<Target> = uuids
        .iter()
        .map(|uuid| Target {
            uuid: uuid.as_ref().to_string(),
            identifier: None,
        })
        .collect();
    Plan {
        job_id: job_id.to_string(),
        kind: "users-delete".into(),
        created_at: Utc::now(),
        profile: "test".into(),
        api_url: "http://127.0.0.1/v1/".into(),
        environment_name: "Test".into(),
        environment_uuid: None,
        selector: "test".into(),
        target_count: targets.len(),
        targets,
        verify_listing: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_identifiers_ignore_case() {
        let hashed = IdentifierRecording::Hashed.record("Ann@Example.com");
        assert_eq!(
            hashed,
            IdentifierRecording::Hashed.record("ann@example.com")
        );
        assert!(hashed.starts_with("sha256:"));
        assert_eq!(hashed.len(), "sha256:".len() + 64);
        assert_eq!(
            IdentifierRecording::Plain.record("Ann@Example.com"),
            "Ann@Example.com"
        );
    }
}
