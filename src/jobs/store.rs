//! The job folders in the state folder: finding a job, reading its plan, receipts and last
//! result, and deriving its state.

use super::engine::{count, Counts, JobSummary};
use super::plan::Plan;
use super::receipts::{read_receipts, Receipt};
use crate::exit::CliError;
use crate::settings::write_private;
use anyhow::{Context as _, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A job as stored: plan, receipts and the summary of its last run, if any.
#[derive(Debug)]
pub struct StoredJob {
    pub dir: PathBuf,
    pub plan: Plan,
    pub receipts: Vec<Receipt>,
    pub last_run: Option<JobSummary>,
}

/// The progress of a job, derived from its receipts and last run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    /// The plan was written, but no item has a receipt.
    NotStarted,
    /// Some items have no receipt yet.
    Interrupted,
    /// Every item has a receipt, and some failed.
    Failed,
    /// Every item is final, but no verification ran after the last receipt.
    Unverified,
    /// Verification found contacts that should be gone.
    VerificationFailed,
    /// Every item is final and verification found nothing left.
    Done,
}

impl JobState {
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::NotStarted => "not started",
            JobState::Interrupted => "interrupted",
            JobState::Failed => "failed",
            JobState::Unverified => "unverified",
            JobState::VerificationFailed => "verification failed",
            JobState::Done => "done",
        }
    }
}

fn result_path(job_dir: &Path) -> PathBuf {
    job_dir.join("result.json")
}

/// Writes the summary of a run atomically, with mode 0600.
pub fn save_result(job_dir: &Path, summary: &JobSummary) -> Result<()> {
    let text = serde_json::to_vec_pretty(summary).context("could not serialize the job result")?;
    write_private(&result_path(job_dir), &text)
}

impl StoredJob {
    pub fn load(dir: &Path) -> Result<StoredJob> {
        let plan = Plan::load(dir)?;
        let receipts = read_receipts(dir)?;
        // A damaged result file only costs the verification state, so it reads as none.
        let last_run = std::fs::read(result_path(dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok());
        Ok(StoredJob {
            dir: dir.to_path_buf(),
            plan,
            receipts,
            last_run,
        })
    }

    pub fn counts(&self) -> Counts {
        count(&self.plan, &self.receipts)
    }

    pub fn state(&self) -> JobState {
        let counts = self.counts();
        if self.receipts.is_empty() && counts.pending > 0 {
            return JobState::NotStarted;
        }
        if counts.pending > 0 {
            return JobState::Interrupted;
        }
        if counts.failed > 0 {
            return JobState::Failed;
        }
        // A result written before the latest receipts describes an earlier state.
        match &self.last_run {
            Some(run) if run.verified && run.counts == counts && run.survivors > 0 => {
                JobState::VerificationFailed
            }
            Some(run) if run.verified && run.counts == counts => JobState::Done,
            _ => JobState::Unverified,
        }
    }
}

/// Returns the folder of every job that has a plan, oldest first.
pub fn list_jobs(jobs_dir: &Path) -> Result<Vec<StoredJob>> {
    let entries = match std::fs::read_dir(jobs_dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => {
            return Err(error).with_context(|| format!("could not read {}", jobs_dir.display()))
        }
    };
    let mut jobs = Vec::new();
    for entry in entries {
        let dir = entry?.path();
        if Plan::path(&dir).is_file() {
            jobs.push(StoredJob::load(&dir)?);
        }
    }
    jobs.sort_by(|a, b| {
        (a.plan.created_at, &a.plan.job_id).cmp(&(b.plan.created_at, &b.plan.job_id))
    });
    Ok(jobs)
}

/// Finds a job by its id or a unique prefix of it, or the newest job for `None`.
pub fn find_job(jobs_dir: &Path, reference: Option<&str>) -> Result<StoredJob> {
    let mut jobs = list_jobs(jobs_dir)?;
    let Some(reference) = reference else {
        return jobs.pop().ok_or_else(|| {
            CliError::usage(format!("there is no job in {}", jobs_dir.display()))
                .with_hint("jobs are created by `users delete` and `environment purge`")
                .into()
        });
    };
    if let Some(index) = jobs.iter().position(|job| job.plan.job_id == reference) {
        return Ok(jobs.swap_remove(index));
    }
    let mut matches: Vec<StoredJob> = jobs
        .into_iter()
        .filter(|job| job.plan.job_id.starts_with(reference))
        .collect();
    match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(CliError::usage(format!(
            "job `{reference}` not found in {}",
            jobs_dir.display()
        ))
        .with_hint("list the jobs with `refinerctl jobs list`")
        .into()),
        n => Err(CliError::usage(format!("`{reference}` names {n} jobs"))
            .with_hint("give more of the job id; `refinerctl jobs list` shows them")
            .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::receipts::{ReceiptLog, ReceiptStatus};
    use chrono::Utc;

    fn saved_plan(dir: &Path, uuids: &[&str]) -> Plan {
        let job_id = dir.file_name().unwrap().to_string_lossy();
        let plan = crate::jobs::plan::test_plan(&job_id, uuids);
        plan.save(dir).unwrap();
        plan
    }

    fn append(dir: &Path, uuid: &str, status: ReceiptStatus) {
        let receipt = Receipt {
            uuid: uuid.into(),
            status,
            attempts: 1,
            at: Utc::now(),
            identifier: None,
            detail: None,
        };
        ReceiptLog::open(dir).unwrap().append(&receipt).unwrap();
    }

    fn summary(job: &StoredJob, verified: bool, survivors: usize) -> JobSummary {
        JobSummary {
            job_id: job.plan.job_id.clone(),
            finished_at: Utc::now(),
            counts: job.counts(),
            survivors,
            verified,
            verified_by: None,
            verification_error: None,
            interrupted: false,
            gave_up: false,
        }
    }

    #[test]
    fn state_follows_receipts_and_result() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("job-1");
        saved_plan(&dir, &["a", "b"]);
        assert_eq!(StoredJob::load(&dir).unwrap().state(), JobState::NotStarted);

        append(&dir, "a", ReceiptStatus::Deleted);
        assert_eq!(
            StoredJob::load(&dir).unwrap().state(),
            JobState::Interrupted
        );

        append(&dir, "b", ReceiptStatus::Failed);
        assert_eq!(StoredJob::load(&dir).unwrap().state(), JobState::Failed);

        append(&dir, "b", ReceiptStatus::AlreadyAbsent);
        let job = StoredJob::load(&dir).unwrap();
        assert_eq!(job.state(), JobState::Unverified);

        save_result(&dir, &summary(&job, true, 1)).unwrap();
        assert_eq!(
            StoredJob::load(&dir).unwrap().state(),
            JobState::VerificationFailed
        );

        save_result(&dir, &summary(&job, true, 0)).unwrap();
        assert_eq!(StoredJob::load(&dir).unwrap().state(), JobState::Done);
    }

    #[test]
    fn stale_result_reads_as_unverified() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("job-1");
        saved_plan(&dir, &["a", "b"]);
        append(&dir, "a", ReceiptStatus::Deleted);
        append(&dir, "b", ReceiptStatus::Failed);
        let job = StoredJob::load(&dir).unwrap();
        save_result(&dir, &summary(&job, true, 0)).unwrap();
        append(&dir, "b", ReceiptStatus::Deleted);
        assert_eq!(StoredJob::load(&dir).unwrap().state(), JobState::Unverified);
    }

    #[test]
    fn find_job_by_prefix_and_newest() {
        let root = tempfile::tempdir().unwrap();
        saved_plan(&root.path().join("20261204-120000-aaaa"), &["a"]);
        saved_plan(&root.path().join("20261204-120000-bbbb"), &["b"]);
        let found = find_job(root.path(), Some("20261204-120000-b")).unwrap();
        assert_eq!(found.plan.job_id, "20261204-120000-bbbb");
        let newest = find_job(root.path(), None).unwrap();
        assert_eq!(newest.plan.job_id, "20261204-120000-bbbb");
        let ambiguous = find_job(root.path(), Some("20261204")).unwrap_err();
        assert!(
            ambiguous.to_string().contains("names 2 jobs"),
            "{ambiguous}"
        );
        let missing = find_job(root.path(), Some("nope")).unwrap_err();
        assert!(
            missing.to_string().contains("job `nope` not found"),
            "{missing}"
        );
    }
}
