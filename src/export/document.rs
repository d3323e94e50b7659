//! The per-subject export document.
//!
//! Shape (one JSON object per subject):
//!
//! ```json
//! {"subject": {…the contact exactly as the API returned it…},
//!  "responses": [{…each response exactly as the API returned it…}],
//!  "events": {"exported": false, "reason": "The Refiner API offers no way to read events back"}}
//! ```
//!
//! The contact carries its traits (`attributes`), its `account` and its `segments`. The
//! responses are every view, dismissal, partial and completed response whose
//! `contact.uuid` is the subject's uuid, with form and answers. Values are the API's
//! `serde_json::Value`s, never typed structs, so null, empty strings, missing keys, key
//! order and integers beyond 2^53 are kept as the API sent them.

use serde_json::{json, Map, Value};

/// Reason that no export contains events.
pub const EVENTS_REASON: &str = "The Refiner API offers no way to read events back";

/// Builds the document of one subject.
pub fn subject_document(contact: Value, responses: Vec<Value>) -> Value {
    let mut document = Map::new();
    document.insert("subject".into(), contact);
    document.insert("responses".into(), Value::Array(responses));
    document.insert("events".into(), events_note());
    Value::Object(document)
}

/// Returns the statement that events are not exported, with the reason.
pub fn events_note() -> Value {
    json!({"exported": false, "reason": EVENTS_REASON})
}

/// Returns the contact uuid a response belongs to (`contact.uuid`), if it names one.
pub fn response_contact_uuid(response: &Value) -> Option<&str> {
    response.get("contact")?.get("uuid")?.as_str()
}

/// Returns the uuid of a contact record.
pub fn contact_uuid(contact: &Value) -> Option<&str> {
    contact.get("uuid")?.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_keeps_values_exactly() {
        let text = r#"{"uuid":"u1","a":null,"b":"","big":123456789012345678901234567890,"z":1}"#;
        let contact: Value = serde_json::from_str(text).unwrap();
        let document = subject_document(contact, vec![]);
        let written = serde_json::to_string(&document).unwrap();
        assert!(
            written.starts_with(&format!("{{\"subject\":{text},")),
            "{written}"
        );
        let parsed: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(parsed["subject"]["a"], Value::Null);
        assert_eq!(parsed["subject"]["b"], Value::String(String::new()));
        assert!(parsed["subject"].get("missing").is_none());
        assert_eq!(parsed["events"]["exported"], Value::Bool(false));
    }

    #[test]
    fn response_contact_uuid_reads_nested_uuid() {
        let response = json!({"uuid": "r1", "contact": {"uuid": "c1"}});
        assert_eq!(response_contact_uuid(&response), Some("c1"));
        assert_eq!(response_contact_uuid(&json!({"uuid": "r2"})), None);
    }
}
