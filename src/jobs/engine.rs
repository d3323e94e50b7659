//! Runs a plan: deletes the targets that have no final receipt yet, then verifies.

use super::plan::Plan;
use super::receipts::{latest_by_uuid, read_receipts, Receipt, ReceiptLog, ReceiptStatus};
use crate::api::{ApiError, Client, ContactKey, DeleteOutcome};
use crate::output::Progress;
use anyhow::Result;
use chrono::Utc;
use futures::stream::{self, StreamExt};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Counts of a job after a run, from its receipts.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub deleted: usize,
    pub already_absent: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Targets with no receipt yet (the run was stopped before them).
    pub pending: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct JobSummary {
    pub job_id: String,
    pub counts: Counts,
    /// Contacts that still resolve after the job, found by verification.
    pub survivors: usize,
    /// Whether verification ran (it does not after an interruption).
    pub verified: bool,
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

/// Deletes every target without a final receipt (none yet, or `failed`), `concurrency` at
/// a time, and verifies the result unless `stop` was raised.
pub async fn run_job(
    client: &Client,
    plan: &Plan,
    job_dir: &Path,
    concurrency: usize,
    progress: &Progress,
    stop: Arc<AtomicBool>,
) -> Result<JobSummary> {
    let previous = read_receipts(job_dir)?;
    let attempts_before = attempts_by_uuid(&previous);
    let latest = latest_by_uuid(&previous);
    let pending: Vec<_> = plan
        .targets
        .iter()
        .filter(|t| {
            matches!(
                latest.get(t.uuid.as_str()).map(|r| r.status),
                None | Some(ReceiptStatus::Failed)
            )
        })
        .cloned()
        .collect();
    progress.inc((plan.targets.len() - pending.len()) as u64);

    let log = ReceiptLog::open(job_dir)?;
    let gave_up = AtomicBool::new(false);
    let results = stream::iter(pending.into_iter().map(|target| {
        let stop = stop.clone();
        let attempts = attempts_before
            .get(target.uuid.as_str())
            .copied()
            .unwrap_or(0)
            + 1;
        let log = &log;
        let gave_up = &gave_up;
        async move {
            if stop.load(Ordering::SeqCst) {
                return Ok(());
            }
            let outcome = client.delete_contact(&target.uuid).await;
            let (status, detail) = match outcome {
                Ok(DeleteOutcome::Deleted) => (ReceiptStatus::Deleted, None),
                Ok(DeleteOutcome::AlreadyAbsent) => (ReceiptStatus::AlreadyAbsent, None),
                Err(error) => {
                    if matches!(error, ApiError::GaveUp { .. }) {
                        gave_up.store(true, Ordering::SeqCst);
                    }
                    (ReceiptStatus::Failed, Some(error.to_string()))
                }
            };
            log.append(&Receipt {
                uuid: target.uuid.clone(),
                status,
                attempts,
                at: Utc::now(),
                identifier: target.identifier.clone(),
                detail,
            })?;
            progress.inc(1);
            Ok::<_, anyhow::Error>(())
        }
    }))
    .buffer_unordered(concurrency.max(1))
    .collect::<Vec<_>>()
    .await;
    log.sync()?;
    for result in results {
        result?;
    }

    let receipts = read_receipts(job_dir)?;
    let counts = count(plan, &receipts);
    let interrupted = stop.load(Ordering::SeqCst);
    let mut summary = JobSummary {
        job_id: plan.job_id.clone(),
        counts,
        survivors: 0,
        verified: false,
        interrupted,
        gave_up: gave_up.load(Ordering::SeqCst),
    };
    if !interrupted {
        summary.survivors = verify(client, plan, &receipts, concurrency).await?;
        summary.verified = true;
    }
    Ok(summary)
}

fn attempts_by_uuid(receipts: &[Receipt]) -> HashMap<&str, u32> {
    let mut attempts = HashMap::new();
    for receipt in receipts {
        let entry = attempts.entry(receipt.uuid.as_str()).or_insert(0);
        *entry = (*entry).max(receipt.attempts);
    }
    attempts
}

/// Checks that no deleted target still resolves and, for segment and purge jobs, that a
/// fresh listing is empty. Returns how many contacts are left.
async fn verify(
    client: &Client,
    plan: &Plan,
    receipts: &[Receipt],
    concurrency: usize,
) -> Result<usize> {
    let latest = latest_by_uuid(receipts);
    let done: Vec<&str> = plan
        .targets
        .iter()
        .filter(|t| {
            matches!(
                latest.get(t.uuid.as_str()).map(|r| r.status),
                Some(ReceiptStatus::Deleted | ReceiptStatus::AlreadyAbsent)
            )
        })
        .map(|t| t.uuid.as_str())
        .collect();
    let checks = stream::iter(done.into_iter().map(|uuid| async move {
        match client.contact(&ContactKey::Uuid(uuid.to_string())).await {
            Ok(_) => Ok(1usize),
            Err(ApiError::NotFound { .. }) => Ok(0),
            Err(error) => Err(error),
        }
    }))
    .buffer_unordered(concurrency.max(1))
    .collect::<Vec<_>>()
    .await;
    let mut survivors = 0;
    for check in checks {
        survivors += check?;
    }
    if let Some(filters) = &plan.verify_listing {
        let mut query: Vec<(&str, String)> = filters
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        query.push(("page_length", "1".into()));
        let page = client.page("contacts", &query).await?;
        let listed = page
            .pagination
            .and_then(|p| p.items_count)
            .unwrap_or(page.items.len() as u64) as usize;
        survivors = survivors.max(listed);
    }
    Ok(survivors)
}
