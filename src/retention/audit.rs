//! Fetching what an evaluation needs from the API: exclusion segments and their members,
//! the contacts with a completed response, and every contact.
//!
//! Who "responded": a contact that a completed response in `GET /responses?include=completed`
//! names, read once in pages of up to 1,000. The contact field `last_form_submission_at`
//! is not used, because only one third-party source describes it and Refiner collects it
//! only when metadata collection is enabled, so its absence proves nothing.

use super::evaluation::{evaluate, Evaluation, ExcludedSegment, Scope};
use super::Policy;
use crate::api::models::{Contact, Response};
use crate::api::{ApiError, Client};
use crate::selection::resolve_segment;
use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashSet;

/// An evaluated policy, with the resolved segments it excluded.
#[derive(Debug, Clone)]
pub struct Audit {
    pub evaluation: Evaluation,
    pub excluded_segments: Vec<ExcludedSegment>,
}

/// Lists the environment and evaluates `policy` at `now`. Every listing is read to its end
/// before the evaluation starts.
pub async fn audit(client: &Client, policy: &Policy, now: DateTime<Utc>) -> Result<Audit> {
    let excluded_segments = resolve_exclusions(client, &policy.exclude_segments).await?;
    let responders = if policy.has_no_period() {
        HashSet::new()
    } else {
        completed_responders(client).await?
    };
    let contacts: Vec<Contact> = list_typed(client, "contacts", Vec::new()).await?;
    let scope = Scope {
        responders,
        excluded_segments: excluded_segments.clone(),
        protected: policy.protected_identifiers(),
    };
    Ok(Audit {
        evaluation: evaluate(policy, &scope, &contacts, now),
        excluded_segments,
    })
}

/// Resolves each segment reference (name or uuid) and lists its members. A reference that
/// names no segment is an error, so that a renamed segment never silently stops protecting.
pub async fn resolve_exclusions(
    client: &Client,
    references: &[String],
) -> Result<Vec<ExcludedSegment>> {
    let mut resolved = Vec::new();
    for reference in references {
        let segment = resolve_segment(client, reference).await?;
        let filters = vec![("segment_uuid".to_string(), segment.uuid.clone())];
        let members: Vec<Contact> = list_typed(client, "contacts", filters).await?;
        resolved.push(ExcludedSegment {
            reference: reference.clone(),
            uuid: segment.uuid,
            members: members.into_iter().map(|contact| contact.uuid).collect(),
        });
    }
    Ok(resolved)
}

async fn completed_responders(client: &Client) -> Result<HashSet<String>> {
    let filters = vec![("include".to_string(), "completed".to_string())];
    let responses: Vec<Response> = list_typed(client, "responses", filters).await?;
    Ok(responses
        .into_iter()
        .filter(|response| {
            response
                .completed_at
                .as_deref()
                .is_some_and(|t| !t.is_empty())
        })
        .filter_map(|response| response.contact.and_then(|contact| contact.uuid))
        .collect())
}

async fn list_typed<T: DeserializeOwned>(
    client: &Client,
    path: &str,
    filters: Vec<(String, String)>,
) -> Result<Vec<T>> {
    let items: Vec<Value> = client.list(path, filters).collect_all().await?;
    let typed = items
        .into_iter()
        .map(serde_json::from_value)
        .collect::<Result<Vec<T>, _>>()
        .map_err(|error| ApiError::Decode {
            path: format!("/{path}"),
            message: error.to_string(),
        })?;
    Ok(typed)
}
