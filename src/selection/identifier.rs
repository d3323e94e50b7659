//! Identifiers (user ID, email, Refiner uuid) and segment references (name or uuid), and
//! how they resolve to contacts.
//!
//! An email resolves to every contact with that email, because several contacts can share
//! one and a data-subject request covers all of them. `search` on the API is a substring
//! match, so its hits are always filtered to exact matches here.

use crate::api::models::{Contact, Segment};
use crate::api::{ApiError, Client, ContactKey};
use crate::exit::CliError;
use anyhow::Result;
use serde_json::Value;

/// An identifier as typed, with its kind when the user stated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identifier {
    /// Kind inferred: an `@` makes an email, the uuid layout a uuid (or else a user ID),
    /// anything else a user ID.
    Auto(String),
    RemoteId(String),
    Email(String),
    Uuid(String),
}

impl Identifier {
    pub fn text(&self) -> &str {
        match self {
            Identifier::Auto(text)
            | Identifier::RemoteId(text)
            | Identifier::Email(text)
            | Identifier::Uuid(text) => text,
        }
    }

    /// Names the kind for messages: `user ID`, `email` or `uuid`.
    pub fn kind(&self) -> &'static str {
        match self.resolved_kind() {
            Identifier::Email(_) => "email",
            Identifier::Uuid(_) => "uuid",
            _ => "user ID",
        }
    }

    fn resolved_kind(&self) -> Identifier {
        match self {
            Identifier::Auto(text) if text.contains('@') => Identifier::Email(text.clone()),
            Identifier::Auto(text) if looks_like_uuid(text) => Identifier::Uuid(text.clone()),
            Identifier::Auto(text) => Identifier::RemoteId(text.clone()),
            other => other.clone(),
        }
    }

    /// Checks the form of the identifier; returns why it is malformed.
    pub fn validate(&self) -> Result<(), String> {
        let text = self.text();
        if text.trim().is_empty() {
            return Err("empty identifier".into());
        }
        if text.trim() != text {
            return Err(format!("identifier `{text}` has surrounding spaces"));
        }
        if text.chars().any(char::is_control) {
            return Err(format!("identifier {text:?} contains control characters"));
        }
        match self {
            Identifier::Email(email) if !looks_like_email(email) => Err(format!("`{email}` is not an email address")),
            Identifier::Uuid(uuid) if !looks_like_uuid(uuid) => Err(format!("`{uuid}` is not a uuid")),
            Identifier::Auto(text) if text.contains('@') && !looks_like_email(text) => {
                Err(format!("`{text}` contains `@` but is not an email address; pass it with --id if it is a user ID"))
            }
            _ => Ok(()),
        }
    }
}

impl std::fmt::Display for Identifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} `{}`", self.kind(), self.text())
    }
}

pub fn looks_like_uuid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let lengths = [8, 4, 4, 4, 12];
    parts.len() == 5
        && parts.iter().zip(lengths).all(|(part, length)| {
            part.len() == length && part.chars().all(|c| c.is_ascii_hexdigit())
        })
}

pub fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
}

/// A contact found for an identifier, in typed and raw form.
#[derive(Debug, Clone)]
pub struct Found {
    pub contact: Contact,
    pub raw: Value,
}

/// Resolves an identifier to every contact it names; an empty list means not found.
pub async fn resolve(client: &Client, identifier: &Identifier) -> Result<Vec<Found>, ApiError> {
    match identifier.resolved_kind() {
        Identifier::Email(email) => resolve_email(client, &email).await,
        Identifier::Uuid(uuid) => {
            let found = lookup(client, &ContactKey::Uuid(uuid.clone())).await?;
            if found.is_empty() && matches!(identifier, Identifier::Auto(_)) {
                return lookup(client, &ContactKey::RemoteId(uuid)).await;
            }
            Ok(found)
        }
        Identifier::RemoteId(id) | Identifier::Auto(id) => {
            lookup(client, &ContactKey::RemoteId(id)).await
        }
    }
}

async fn lookup(client: &Client, key: &ContactKey) -> Result<Vec<Found>, ApiError> {
    match client.contact(key).await {
        Ok((contact, raw)) => Ok(vec![Found { contact, raw }]),
        Err(ApiError::NotFound { .. }) => Ok(Vec::new()),
        Err(error) => Err(error),
    }
}

async fn resolve_email(client: &Client, email: &str) -> Result<Vec<Found>, ApiError> {
    let items = client
        .list("contacts", vec![("search".into(), email.to_string())])
        .collect_all()
        .await?;
    let mut found = Vec::new();
    for raw in items {
        let contact: Contact =
            serde_json::from_value(raw.clone()).map_err(|e| ApiError::Decode {
                path: "/contacts".into(),
                message: e.to_string(),
            })?;
        if contact
            .email
            .as_deref()
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(email))
        {
            found.push(Found { contact, raw });
        }
    }
    Ok(found)
}

/// Finds a segment by uuid or by name (exact, then case-insensitive if that is unique).
pub async fn resolve_segment(client: &Client, reference: &str) -> Result<Segment> {
    let items = client.list("segments", Vec::new()).collect_all().await?;
    let segments: Vec<Segment> = items
        .into_iter()
        .filter_map(|raw| serde_json::from_value(raw).ok())
        .collect();
    if let Some(segment) = segments.iter().find(|s| s.uuid == reference) {
        return Ok(segment.clone());
    }
    let exact: Vec<&Segment> = segments
        .iter()
        .filter(|s| s.name.as_deref() == Some(reference))
        .collect();
    let matches = if exact.is_empty() {
        segments
            .iter()
            .filter(|s| {
                s.name
                    .as_deref()
                    .is_some_and(|name| name.eq_ignore_ascii_case(reference))
            })
            .collect()
    } else {
        exact
    };
    match matches.as_slice() {
        [segment] => Ok((*segment).clone()),
        [] => Err(CliError::usage(format!("segment `{reference}` not found"))
            .with_hint("list segments with `refinerctl segments list`")
            .into()),
        several => {
            let uuids: Vec<&str> = several.iter().map(|s| s.uuid.as_str()).collect();
            Err(CliError::usage(format!(
                "segment name `{reference}` is ambiguous: {} segments have it ({})",
                several.len(),
                uuids.join(", ")
            ))
            .with_hint("name the segment by its uuid")
            .into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infers_kinds() {
        assert_eq!(Identifier::Auto("a@b.com".into()).kind(), "email");
        assert_eq!(
            Identifier::Auto("5d0c1a2b-1f2e-11ea-8c3d-0123456789ab".into()).kind(),
            "uuid"
        );
        assert_eq!(Identifier::Auto("user-42".into()).kind(), "user ID");
        assert_eq!(Identifier::RemoteId("a@b.com".into()).kind(), "user ID");
    }

    #[test]
    fn validates_forms() {
        assert!(Identifier::Auto("ann+test@example.com".into())
            .validate()
            .is_ok());
        assert!(Identifier::Auto("user-1".into()).validate().is_ok());
        assert!(Identifier::Auto(" user-1".into()).validate().is_err());
        assert!(Identifier::Auto("".into()).validate().is_err());
        assert!(Identifier::Auto("broken@".into()).validate().is_err());
        assert!(Identifier::Uuid("not-a-uuid".into()).validate().is_err());
        assert!(Identifier::Email("nobody".into()).validate().is_err());
        assert!(Identifier::RemoteId("odd@".into()).validate().is_ok());
    }
}
