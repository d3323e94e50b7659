//! Wire types of the Refiner REST API v1, shared by the client and the sandbox.
//!
//! Every type accepts unknown fields and nulls. Timestamps stay the strings the server sent,
//! because the API mixes two styles (`2020-09-02T20:44:24.000000Z` on contacts,
//! `2020-09-02 21:53:33` on responses); `crate::time::parse_timestamp` reads both.
//! Values whose exact form matters for an export (attributes, survey answers) stay
//! `serde_json::Value`, which keeps integers beyond 2^53 digit for digit because the crate
//! enables serde_json's `arbitrary_precision`.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// Body of `GET /`: which environment a key belongs to.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RootInfo {
    #[serde(default, deserialize_with = "lenient_string")]
    pub project_uuid: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub project_name: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub message: Option<String>,
}

/// Body of `GET /account`: subscription plan, usage and environments.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AccountInfo {
    #[serde(default)]
    pub subscription: Map<String, Value>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub environments: Vec<Environment>,
}

/// One environment of the Refiner account, with its monthly usage counters.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Environment {
    #[serde(default, deserialize_with = "lenient_string")]
    pub uuid: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub name: Option<String>,
    #[serde(default)]
    pub mtu: Option<Value>,
    #[serde(default)]
    pub mpv: Option<Value>,
    #[serde(default)]
    pub msr: Option<Value>,
    #[serde(default)]
    pub mte: Option<Value>,
}

/// A user record ("contact") as `GET /contacts` and `GET /contact` return it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Contact {
    pub uuid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub remote_id: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub first_seen_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub last_seen_at: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub attributes: Map<String, Value>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub segments: Vec<SegmentRef>,
    #[serde(default)]
    pub account: Option<ContactAccount>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_string"
    )]
    pub last_form_submission_at: Option<String>,
}

/// The B2B account (company) a contact belongs to.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ContactAccount {
    #[serde(default, deserialize_with = "lenient_string")]
    pub uuid: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub remote_id: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub domain: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_string"
    )]
    pub first_seen_at: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_string"
    )]
    pub last_seen_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Map<String, Value>>,
}

/// A segment membership inside a contact.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SegmentRef {
    #[serde(default, deserialize_with = "lenient_string")]
    pub uuid: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub name: Option<String>,
}

/// An item of `GET /segments`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Segment {
    pub uuid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient_bool")]
    pub is_manual: Option<bool>,
}

/// An item of `GET /forms` (a survey).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Form {
    pub uuid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub name: Option<String>,
}

/// An item of `GET /responses`: a survey view, a partial answer or a completed response.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Response {
    pub uuid: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub first_shown_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub last_shown_at: Option<String>,
    #[serde(default)]
    pub show_counter: Option<Value>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub first_data_reception_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub last_data_reception_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub completed_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub received_at: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub dismissed_at: Option<String>,
    #[serde(default)]
    pub form: Option<Form>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub data: Map<String, Value>,
    #[serde(default)]
    pub contact: Option<ResponseContact>,
}

/// The abbreviated contact embedded in a response.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ResponseContact {
    #[serde(default, deserialize_with = "lenient_string")]
    pub uuid: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub remote_id: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub display_name: Option<String>,
    #[serde(default)]
    pub account: Option<ContactAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Map<String, Value>>,
}

/// The `pagination` object of every list endpoint.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Pagination {
    #[serde(default, deserialize_with = "lenient_u64")]
    pub items_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    pub current_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    pub last_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    pub page_length: Option<u64>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub next_page_cursor: Option<String>,
}

/// A page of a list endpoint. Items stay raw JSON so that callers can keep them exactly
/// and parse the typed view with `serde_json::from_value`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Page {
    #[serde(default, deserialize_with = "null_as_default")]
    pub items: Vec<Value>,
    #[serde(default)]
    pub pagination: Option<Pagination>,
}

/// Reads a string, and also a number or boolean as its text, so that a server sending
/// `remote_id: 42` is not a decode failure. Empty strings stay empty strings.
fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<Value>::deserialize(d)?;
    Ok(match value {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Bool(b)) => Some(b.to_string()),
        Some(other) => Some(other.to_string()),
    })
}

fn lenient_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let value = Option::<Value>::deserialize(d)?;
    Ok(match value {
        Some(Value::Number(n)) => n.as_u64().or_else(|| n.to_string().parse().ok()),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}

fn lenient_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    let value = Option::<Value>::deserialize(d)?;
    Ok(match value {
        Some(Value::Bool(b)) => Some(b),
        Some(Value::Number(n)) => Some(n.to_string() != "0"),
        Some(Value::String(s)) => match s.as_str() {
            "1" | "true" => Some(true),
            "0" | "false" => Some(false),
            _ => None,
        },
        _ => None,
    })
}

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_accepts_nulls_numbers_and_unknown_fields() {
        let raw = r#"{"uuid":"u1","remote_id":42,"email":null,"attributes":null,
            "segments":null,"account":null,"surprise":{"a":1}}"#;
        let contact: Contact = serde_json::from_str(raw).unwrap();
        assert_eq!(contact.remote_id.as_deref(), Some("42"));
        assert_eq!(contact.email, None);
        assert!(contact.attributes.is_empty());
        assert!(contact.segments.is_empty());
    }

    #[test]
    fn attribute_integer_beyond_2_pow_53_is_exact() {
        let raw = r#"{"uuid":"u1","attributes":{"big":12345678901234567890123}}"#;
        let contact: Contact = serde_json::from_str(raw).unwrap();
        let text = serde_json::to_string(&contact.attributes).unwrap();
        assert_eq!(text, r#"{"big":12345678901234567890123}"#);
    }

    #[test]
    fn pagination_reads_numbers_sent_as_strings() {
        let raw =
            r#"{"items_count":"12","current_page":1,"last_page":"2","next_page_cursor":null}"#;
        let pagination: Pagination = serde_json::from_str(raw).unwrap();
        assert_eq!(pagination.items_count, Some(12));
        assert_eq!(pagination.last_page, Some(2));
        assert_eq!(pagination.next_page_cursor, None);
    }
}
