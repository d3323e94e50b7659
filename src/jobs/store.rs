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
pub struct StoredJob {
    pub dir: PathBuf,
    pub plan: Plan,
    pub receipts: Vec<Receipt>,
    pub last_run: Option<JobSummary>,
}

/// Where a job stands, derived from its receipts and last run.
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
