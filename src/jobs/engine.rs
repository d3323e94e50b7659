//! Runs a plan: deletes the targets that have no final receipt yet, then verifies.

use super::hook::BeforeDelete;
use super::plan::{Plan, Target};
use super::receipts::{latest_by_uuid, read_receipts, Receipt, ReceiptLog, ReceiptStatus};
use super::store::save_result;
use super::verify::verify;
use crate::api::{ApiError, Client, DeleteOutcome};
use crate::output::Progress;
use anyhow::Result;
use chrono::{DateTime, Utc};
use futures::stream::{self, StreamExt};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Counts of a job after a run, from its receipts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Counts {
    pub deleted: usize,
    pub already_absent: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Targets with no receipt yet (the run was stopped before them).
    pub pending: usize,
}

/// The outcome of one run of a job, also stored as the job's `result.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JobSummary {
    pub job_id: String,
    pub finished_at: DateTime<Utc>,
    pub counts: Counts,
    /// Contacts that are still there after the job although they should be gone.
    pub survivors: usize,
    /// Whether verification ran to its end (it does not after an interruption or an error).
    pub verified: bool,
    /// The kind of check verification made, such as "a fresh listing of the segment".
    #[serde(default)]
    pub verified_by: Option<String>,
    /// The error that stopped verification.
    #[serde(default)]
    pub verification_error: Option<String>,
    pub interrupted: bool,
    /// Whether a request failed for good on transient errors (rate limits, 5xx, timeouts).
    pub gave_up: bool,
}

/// Tallies the latest receipt of every target.
pub fn count(plan: &Plan, receipts: &[Receipt]) -> Counts {
    let latest = latest_by_uuid(receipts);
    let mut counts = Counts::default();
    for target in &plan.targets {
        match latest.get(target.uuid.as_str()).map(|r| r.status) {
            Some(ReceiptStatus::Deleted) => counts.deleted += 1,
            Some(ReceiptStatus::AlreadyAbsent) => counts.already_absent += 1,
            Some(ReceiptStatus::Failed) => counts.failed += 1,
            Some(ReceiptStatus::Skipped) => counts.skipped += 1,
            None => counts.pending += 1,
        }
    }
    counts
}

/// Returns the targets still to do: those with no receipt and those whose latest failed.
pub fn remaining_targets(plan: &Plan, receipts: &[Receipt]) -> Vec<Target> {
    let latest = latest_by_uuid(receipts);
    plan.targets
        .iter()
        .filter(|t| {
            matches!(
                latest.get(t.uuid.as_str()).map(|r| r.status),
                None | Some(ReceiptStatus::Failed)
            )
        })
        .cloned()
        .collect()
}

/// The state that every delete of one run shares.
struct Worker<'a> {
    client: &'a Client,
    log: &'a ReceiptLog,
    progress: &'a Progress,
    stop: &'a AtomicBool,
    gave_up: &'a AtomicBool,
    before_delete: Option<&'a dyn BeforeDelete>,
    attempts_before: HashMap<String, u32>,
}

impl Worker<'_> {
    /// Deletes one target and appends its receipt, unless `stop` was raised first.
    async fn process(&self, target: Target) -> Result<()> {
        if self.stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        let attempts = self.attempts_before.get(&target.uuid).copied().unwrap_or(0) + 1;
        let (status, detail) = match self.check_hook(&target).await {
            Err(reason) => (ReceiptStatus::Skipped, Some(reason)),
            Ok(()) => self.delete(&target).await,
        };
        let receipt = Receipt {
            uuid: target.uuid,
            status,
            attempts,
            at: Utc::now(),
            identifier: target.identifier,
            detail,
        };
        self.log.append(&receipt)?;
        self.progress.inc(1);
        Ok(())
    }

    async fn check_hook(&self, target: &Target) -> Result<(), String> {
        match self.before_delete {
            Some(hook) => hook.before_delete(target).await,
            None => Ok(()),
        }
    }

    async fn delete(&self, target: &Target) -> (ReceiptStatus, Option<String>) {
        match self.client.delete_contact(&target.uuid).await {
            Ok(DeleteOutcome::Deleted) => (ReceiptStatus::Deleted, None),
            Ok(DeleteOutcome::AlreadyAbsent) => (ReceiptStatus::AlreadyAbsent, None),
            Err(error) => {
                if matches!(error, ApiError::GaveUp { .. }) {
                    self.gave_up.store(true, Ordering::SeqCst);
                }
                (ReceiptStatus::Failed, Some(error.to_string()))
            }
        }
    }
}

/// Deletes every target without a final receipt (none yet, or `failed`), `concurrency` at
/// a time, then verifies and stores the summary as `result.json`.
///
/// Raising `stop` lets the deletes in flight finish, starts no new one and skips
/// verification. `before_delete`, when given, runs before each delete and can veto it.
pub async fn run_job(
    client: &Client,
    plan: &Plan,
    job_dir: &Path,
    concurrency: usize,
    progress: &Progress,
    stop: Arc<AtomicBool>,
    before_delete: Option<Arc<dyn BeforeDelete>>,
) -> Result<JobSummary> {
    let previous = read_receipts(job_dir)?;
    let pending = remaining_targets(plan, &previous);
    progress.skip((plan.targets.len() - pending.len()) as u64);

    let log = ReceiptLog::open(job_dir)?;
    let gave_up = AtomicBool::new(false);
    let worker = Worker {
        client,
        log: &log,
        progress,
        stop: &stop,
        gave_up: &gave_up,
        before_delete: before_delete.as_deref(),
        attempts_before: attempts_by_uuid(&previous),
    };
    let results: Vec<Result<()>> = stream::iter(pending)
        .map(|target| worker.process(target))
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
    log.sync()?;
    results.into_iter().collect::<Result<()>>()?;

    let receipts = read_receipts(job_dir)?;
    let mut summary = JobSummary {
        job_id: plan.job_id.clone(),
        finished_at: Utc::now(),
        counts: count(plan, &receipts),
        survivors: 0,
        verified: false,
        verified_by: None,
        verification_error: None,
        interrupted: stop.load(Ordering::SeqCst),
        gave_up: gave_up.load(Ordering::SeqCst),
    };
    if !summary.interrupted {
        verify_into(&mut summary, client, plan, &receipts, concurrency, &stop).await;
    }
    summary.finished_at = Utc::now();
    save_result(job_dir, &summary)?;
    Ok(summary)
}

/// Runs verification unless `stop` is raised first, and records its outcome.
async fn verify_into(
    summary: &mut JobSummary,
    client: &Client,
    plan: &Plan,
    receipts: &[Receipt],
    concurrency: usize,
    stop: &AtomicBool,
) {
    let outcome = tokio::select! {
        outcome = verify(client, plan, receipts, concurrency) => outcome,
        () = wait_for(stop) => {
            summary.interrupted = true;
            return;
        }
    };
    match outcome {
        Ok(verification) => {
            summary.verified = true;
            summary.survivors = verification.survivors;
            summary.verified_by = Some(verification.method);
        }
        Err(error) => {
            if error.chain().any(|cause| {
                matches!(
                    cause.downcast_ref::<ApiError>(),
                    Some(ApiError::GaveUp { .. })
                )
            }) {
                summary.gave_up = true;
            }
            summary.verification_error = Some(format!("{error:#}"));
        }
    }
}

/// Returns once `stop` is raised.
async fn wait_for(stop: &AtomicBool) {
    while !stop.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn attempts_by_uuid(receipts: &[Receipt]) -> HashMap<String, u32> {
    let mut attempts = HashMap::new();
    for receipt in receipts {
        let entry = attempts.entry(receipt.uuid.clone()).or_insert(0);
        *entry = (*entry).max(receipt.attempts);
    }
    attempts
}
