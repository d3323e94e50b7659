//! Turning what the user typed into contacts: identifiers, ids files, segments, search
//! text, `--where` conditions and inactivity, combined with AND.
//!
//! Identifiers (from arguments or a file) make an explicit set; without them the set is
//! the environment's contact listing, narrowed on the server by segment and search. Every
//! filter is then checked again here on each contact, because the API's `search` is a
//! substring match that this tool never takes as exact.

pub mod filter;
pub mod identifier;
pub mod ids_file;

pub use filter::{inactivity_cutoff, last_activity, Condition, LastActivity};
pub use identifier::{
    looks_like_email, looks_like_uuid, resolve, resolve_segment, Found, Identifier,
};

use crate::api::models::{Contact, Segment};
use crate::api::{ApiError, Client};
use anyhow::Result;
use chrono::{DateTime, Utc};
use std::collections::HashSet;

/// A parsed selection, before it meets the API.
#[derive(Debug, Clone, Default)]
pub struct Selector {
    pub identifiers: Vec<Identifier>,
    pub segment: Option<String>,
    pub search: Option<String>,
    pub conditions: Vec<Condition>,
    pub inactive_days: Option<u32>,
    /// Select every contact when no other selector is given (`--all`, purges).
    pub all: bool,
}

/// Findings of a selection run besides the matches.
#[derive(Debug, Default)]
pub struct SelectionReport {
    pub matched: usize,
    /// Identifiers that named no contact: reported, never counted as failures.
    pub not_found: Vec<Identifier>,
    /// Contacts left out because a timestamp could not be read: uuid and the text.
    pub unparseable: Vec<(String, String)>,
    /// The segment, once resolved.
    pub segment: Option<Segment>,
    /// Filters of a listing that must be empty once every match is deleted, when the
    /// selection is exactly such a listing (a segment, or the whole environment).
    pub verify_listing: Option<Vec<(String, String)>>,
}

impl Selector {
    pub fn is_empty(&self) -> bool {
        self.identifiers.is_empty()
            && self.segment.is_none()
            && self.search.is_none()
            && self.conditions.is_empty()
            && self.inactive_days.is_none()
            && !self.all
    }

    /// Describes the selection for banners, plans and manifests.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        match self.identifiers.len() {
            0 => {}
            1 => parts.push(self.identifiers[0].to_string()),
            n => parts.push(format!("{n} identifiers")),
        }
        if let Some(segment) = &self.segment {
            parts.push(format!("segment `{segment}`"));
        }
        if let Some(search) = &self.search {
            parts.push(format!("search `{search}`"));
        }
        for condition in &self.conditions {
            parts.push(format!("where `{condition}`"));
        }
        if let Some(days) = self.inactive_days {
            parts.push(format!("inactive for more than {days} days"));
        }
        if parts.is_empty() && self.all {
            parts.push("every user in the environment".into());
        }
        parts.join(" and ")
    }

    /// Finds every matching contact and hands each to `on_match` once, in listing order.
    /// The listing is read to its end before this returns, so a caller that deletes must
    /// collect the matches first and delete afterwards.
    pub async fn select<F>(
        &self,
        client: &Client,
        now: DateTime<Utc>,
        mut on_match: F,
    ) -> Result<SelectionReport>
    where
        F: FnMut(Found) -> Result<()>,
    {
        let mut report = SelectionReport::default();
        if let Some(reference) = &self.segment {
            report.segment = Some(resolve_segment(client, reference).await?);
        }
        let segment_uuid = report.segment.as_ref().map(|s| s.uuid.clone());
        let cutoff = self.inactive_days.map(|days| inactivity_cutoff(now, days));
        let mut seen = HashSet::new();
        let mut keep = |found: Found, report: &mut SelectionReport| -> Result<()> {
            if !seen.insert(found.contact.uuid.clone())
                || !self.matches(&found, segment_uuid.as_deref(), cutoff, report)
            {
                return Ok(());
            }
            report.matched += 1;
            on_match(found)
        };

        if !self.identifiers.is_empty() {
            for identifier in &self.identifiers {
                let found = resolve(client, identifier).await?;
                if found.is_empty() {
                    report.not_found.push(identifier.clone());
                }
                for item in found {
                    keep(item, &mut report)?;
                }
            }
            return Ok(report);
        }

        let mut filters = Vec::new();
        if let Some(uuid) = &segment_uuid {
            filters.push(("segment_uuid".to_string(), uuid.clone()));
        }
        if let Some(search) = &self.search {
            filters.push(("search".to_string(), search.clone()));
        }
        let exact_listing =
            self.search.is_none() && self.conditions.is_empty() && self.inactive_days.is_none();
        if exact_listing {
            report.verify_listing = Some(filters.clone());
        }
        let mut pager = client.list("contacts", filters);
        while let Some(items) = pager.next_page().await? {
            for raw in items {
                let contact: Contact =
                    serde_json::from_value(raw.clone()).map_err(|e| ApiError::Decode {
                        path: "/contacts".into(),
                        message: e.to_string(),
                    })?;
                keep(Found { contact, raw }, &mut report)?;
            }
        }
        Ok(report)
    }

    fn matches(
        &self,
        found: &Found,
        segment_uuid: Option<&str>,
        cutoff: Option<DateTime<Utc>>,
        report: &mut SelectionReport,
    ) -> bool {
        let contact = &found.contact;
        if let Some(uuid) = segment_uuid {
            // Listings filtered by segment are trusted to contain members only when the
            // contact carries no membership list at all.
            let listed = contact
                .segments
                .iter()
                .any(|s| s.uuid.as_deref() == Some(uuid));
            let trusted = self.identifiers.is_empty() && contact.segments.is_empty();
            if !(listed || trusted) {
                return false;
            }
        }
        if let Some(search) = &self.search {
            if !matches_search(contact, search) {
                return false;
            }
        }
        if !self
            .conditions
            .iter()
            .all(|condition| condition.matches(&found.raw))
        {
            return false;
        }
        if let Some(cutoff) = cutoff {
            match last_activity(contact) {
                LastActivity::At(instant) => return instant < cutoff,
                LastActivity::Unknown => return false,
                LastActivity::Unparseable(text) => {
                    report.unparseable.push((contact.uuid.clone(), text));
                    return false;
                }
            }
        }
        true
    }
}

/// Reports whether the API's documented search fields contain `search`, ignoring case.
pub fn matches_search(contact: &Contact, search: &str) -> bool {
    let needle = search.to_lowercase();
    [
        Some(&contact.uuid),
        contact.remote_id.as_ref(),
        contact.email.as_ref(),
        contact.display_name.as_ref(),
    ]
    .into_iter()
    .flatten()
    .any(|field| field.to_lowercase().contains(&needle))
}
