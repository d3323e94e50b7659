//! The three CSV tables of an export and their columns.
//!
//! - `contacts.csv`: one row per subject. Fixed columns, then one `attributes.NAME` column
//!   per trait seen on any subject, sorted by name.
//! - `responses.csv`: one row per response. Fixed columns, then one `data.QUESTION` column
//!   per question answered in any response, sorted by identifier.
//! - `segments.csv`: one row per segment membership.

use super::csv::{cell_text, CellOptions};
use serde_json::Value;

pub const CONTACT_COLUMNS: [&str; 10] = [
    "uuid",
    "remote_id",
    "email",
    "display_name",
    "first_seen_at",
    "last_seen_at",
    "account.uuid",
    "account.remote_id",
    "account.display_name",
    "account.domain",
];

pub const RESPONSE_COLUMNS: [&str; 12] = [
    "subject_uuid",
    "response_uuid",
    "form_uuid",
    "form_name",
    "first_shown_at",
    "last_shown_at",
    "show_counter",
    "first_data_reception_at",
    "last_data_reception_at",
    "completed_at",
    "received_at",
    "dismissed_at",
];

pub const SEGMENT_COLUMNS: [&str; 3] = ["subject_uuid", "segment_uuid", "segment_name"];

/// Returns the value at a dotted path of object keys, such as `account.uuid`.
fn at<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(value, |current, key| current.get(key))
}

fn header(fixed: &[&str], prefix: &str, names: &[String]) -> Vec<String> {
    let mut columns: Vec<String> = fixed.iter().map(|name| name.to_string()).collect();
    columns.extend(names.iter().map(|name| format!("{prefix}{name}")));
    columns
}

pub fn contacts_header(attribute_names: &[String]) -> Vec<String> {
    header(&CONTACT_COLUMNS, "attributes.", attribute_names)
}

pub fn contact_row(
    contact: &Value,
    attribute_names: &[String],
    options: CellOptions,
) -> Vec<Option<String>> {
    let attributes = contact.get("attributes");
    let mut row: Vec<Option<String>> = CONTACT_COLUMNS
        .iter()
        .map(|path| cell_text(at(contact, path), options))
        .collect();
    row.extend(
        attribute_names
            .iter()
            .map(|name| cell_text(attributes.and_then(|a| a.get(name)), options)),
    );
    row
}

pub fn responses_header(answer_names: &[String]) -> Vec<String> {
    header(&RESPONSE_COLUMNS, "data.", answer_names)
}

pub fn response_row(
    subject_uuid: &str,
    response: &Value,
    answer_names: &[String],
    options: CellOptions,
) -> Vec<Option<String>> {
    let subject = Value::String(subject_uuid.to_string());
    let fixed = [
        Some(&subject),
        response.get("uuid"),
        at(response, "form.uuid"),
        at(response, "form.name"),
        response.get("first_shown_at"),
        response.get("last_shown_at"),
        response.get("show_counter"),
        response.get("first_data_reception_at"),
        response.get("last_data_reception_at"),
        response.get("completed_at"),
        response.get("received_at"),
        response.get("dismissed_at"),
    ];
    let data = response.get("data");
    let mut row: Vec<Option<String>> = fixed
        .into_iter()
        .map(|value| cell_text(value, options))
        .collect();
    row.extend(
        answer_names
            .iter()
            .map(|name| cell_text(data.and_then(|d| d.get(name)), options)),
    );
    row
}

pub fn segments_header() -> Vec<String> {
    SEGMENT_COLUMNS
        .iter()
        .map(|name| name.to_string())
        .collect()
}

/// Returns one row per entry of the contact's `segments` list.
pub fn segment_rows(contact: &Value, options: CellOptions) -> Vec<Vec<Option<String>>> {
    let subject = contact.get("uuid");
    let Some(segments) = contact.get("segments").and_then(Value::as_array) else {
        return Vec::new();
    };
    segments
        .iter()
        .map(|segment| {
            vec![
                cell_text(subject, options),
                cell_text(segment.get("uuid"), options),
                cell_text(segment.get("name"), options),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn contact_row_follows_header() {
        let contact = json!({
            "uuid": "c1", "email": "", "display_name": null,
            "account": {"uuid": "a1", "domain": "=x.com"},
            "attributes": {"plan": "pro", "age": -5}
        });
        let names = vec!["age".to_string(), "plan".to_string(), "later".to_string()];
        let header = contacts_header(&names);
        let row = contact_row(&contact, &names, CellOptions::default());
        assert_eq!(header.len(), row.len());
        assert_eq!(header[10], "attributes.age");
        assert_eq!(row[0].as_deref(), Some("c1"));
        assert_eq!(row[1], None);
        assert_eq!(row[2].as_deref(), Some(""));
        assert_eq!(row[3], None);
        assert_eq!(row[6].as_deref(), Some("a1"));
        assert_eq!(row[9].as_deref(), Some("'=x.com"));
        assert_eq!(row[10].as_deref(), Some("-5"));
        assert_eq!(row[11].as_deref(), Some("pro"));
        assert_eq!(row[12], None);
    }

    #[test]
    fn response_row_names_subject_and_answers() {
        let response = json!({"uuid": "r1", "form": {"uuid": "f1", "name": "NPS"},
                              "data": {"score": 9, "why": "+good"}});
        let names = vec!["score".to_string(), "why".to_string()];
        let row = response_row("c1", &response, &names, CellOptions::default());
        assert_eq!(row.len(), responses_header(&names).len());
        assert_eq!(row[0].as_deref(), Some("c1"));
        assert_eq!(row[2].as_deref(), Some("f1"));
        assert_eq!(row[3].as_deref(), Some("NPS"));
        assert_eq!(row[12].as_deref(), Some("9"));
        assert_eq!(row[13].as_deref(), Some("'+good"));
    }

    #[test]
    fn segment_rows_list_memberships() {
        let contact = json!({"uuid": "c1", "segments": [{"uuid": "s1", "name": "Trial"}]});
        let rows = segment_rows(&contact, CellOptions::default());
        assert_eq!(
            rows,
            vec![vec![
                Some("c1".into()),
                Some("s1".into()),
                Some("Trial".into())
            ]]
        );
        assert!(segment_rows(&json!({"uuid": "c2"}), CellOptions::default()).is_empty());
    }
}
