//! Verification after a job: the deleted contacts must no longer resolve.
//!
//! Segment and purge jobs check that a fresh listing of the segment or environment is
//! empty. Other jobs look each deleted uuid up with `GET /contact` when there are few, and
//! otherwise list the environment once and look for the deleted uuids in it.

use super::plan::Plan;
use super::receipts::{latest_by_uuid, Receipt, ReceiptStatus};
use crate::api::{ApiError, Client, ContactKey};
use anyhow::Result;
use futures::stream::{self, StreamExt};
use std::collections::HashSet;

/// Most deleted contacts that are verified one request each; above it, one listing of the
/// environment costs fewer requests (1 per 1,000 contacts).
pub const PER_CONTACT_MAX: usize = 200;

/// The outcome of a verification.
#[derive(Debug, Clone)]
pub struct Verification {
    /// Contacts that should be gone but are still there.
    pub survivors: usize,
    /// The kind of check that was made, for the summary.
    pub method: String,
}

/// Verifies a job against its receipts.
pub async fn verify(
    client: &Client,
    plan: &Plan,
    receipts: &[Receipt],
    concurrency: usize,
) -> Result<Verification> {
    let latest = latest_by_uuid(receipts);
    let mut done = HashSet::new();
    let mut open = HashSet::new();
    for target in &plan.targets {
        match latest.get(target.uuid.as_str()).map(|r| r.status) {
            Some(ReceiptStatus::Deleted | ReceiptStatus::AlreadyAbsent) => {
                done.insert(target.uuid.as_str())
            }
            _ => open.insert(target.uuid.as_str()),
        };
    }

    if let Some(filters) = &plan.verify_listing {
        // Every listed contact that the job did not leave open on purpose (failed, skipped
        // or not started) is left over, including contacts that joined after the snapshot.
        let listed = list_uuids(client, filters.clone()).await?;
        let survivors = listed
            .iter()
            .filter(|uuid| !open.contains(uuid.as_str()))
            .count();
        let method = if filters.is_empty() {
            "a fresh listing of the environment"
        } else {
            "a fresh listing of the segment"
        };
        return Ok(Verification {
            survivors,
            method: method.into(),
        });
    }
    if done.len() <= PER_CONTACT_MAX {
        let survivors = look_up_each(client, &done, concurrency).await?;
        return Ok(Verification {
            survivors,
            method: format!("one lookup per deleted user ({})", done.len()),
        });
    }
    let listed = list_uuids(client, Vec::new()).await?;
    let survivors = listed
        .iter()
        .filter(|uuid| done.contains(uuid.as_str()))
        .count();
    Ok(Verification {
        survivors,
        method: "one listing of the environment".into(),
    })
}

/// Counts the uuids that `GET /contact` still finds.
async fn look_up_each(
    client: &Client,
    uuids: &HashSet<&str>,
    concurrency: usize,
) -> Result<usize, ApiError> {
    let checks = stream::iter(uuids.iter().map(|uuid| async move {
        match client.contact(&ContactKey::Uuid(uuid.to_string())).await {
            Ok(_) => Ok(1usize),
            Err(ApiError::NotFound { .. }) => Ok(0),
            Err(error) => Err(error),
        }
    }))
    .buffer_unordered(concurrency.max(1))
    .collect::<Vec<_>>()
    .await;
    checks.into_iter().sum()
}

/// Lists every contact matching `filters` and returns their uuids.
async fn list_uuids(
    client: &Client,
    filters: Vec<(String, String)>,
) -> Result<Vec<String>, ApiError> {
    let mut pager = client.list("contacts", filters);
    let mut uuids = Vec::new();
    while let Some(items) = pager.next_page().await? {
        for item in items {
            match item.get("uuid").and_then(|value| value.as_str()) {
                Some(uuid) => uuids.push(uuid.to_string()),
                None => {
                    return Err(ApiError::Decode {
                        path: "/contacts".into(),
                        message: "a listed contact has no uuid".into(),
                    })
                }
            }
        }
    }
    Ok(uuids)
}
