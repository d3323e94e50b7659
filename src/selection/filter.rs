//! `--where` expressions and the inactivity rule, applied to contacts on this side of the
//! API because the API filters only by segment and substring search.
//!
//! Operators: `FIELD=VALUE` (equals), `FIELD^=VALUE` (starts with), `FIELD$=VALUE` (ends
//! with), `FIELD~=VALUE` (contains), `FIELD:present` and `FIELD:absent` (absent means a
//! missing key or null; an empty string is present). FIELD is a contact field (`uuid`,
//! `remote_id` or `user_id`, `email`, `display_name` or `name`, `first_seen_at`,
//! `last_seen_at`, `last_form_submission_at`), `account.FIELD`, `attributes.TRAIT`, or a
//! bare trait name. Values compare as text, case-sensitively except for `email`.

use crate::api::models::Contact;
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operator {
    Equals,
    Prefix,
    Suffix,
    Contains,
    Present,
    Absent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub field: String,
    pub operator: Operator,
    pub value: String,
}

const TOP_LEVEL: [&str; 7] = [
    "uuid",
    "remote_id",
    "email",
    "display_name",
    "first_seen_at",
    "last_seen_at",
    "last_form_submission_at",
];

impl Condition {
    /// Parses one `--where` expression.
    pub fn parse(text: &str) -> Result<Condition, String> {
        let help = "use FIELD=VALUE, FIELD^=PREFIX, FIELD$=SUFFIX, FIELD~=TEXT, FIELD:present or FIELD:absent";
        for (suffix, operator) in [
            (":present", Operator::Present),
            (":absent", Operator::Absent),
        ] {
            if let Some(field) = text.strip_suffix(suffix) {
                return Ok(Condition {
                    field: normalize_field(field, text, help)?,
                    operator,
                    value: String::new(),
                });
            }
        }
        let Some(at) = text.find('=') else {
            return Err(format!("invalid --where `{text}`: no operator; {help}"));
        };
        let (left, value) = (&text[..at], &text[at + 1..]);
        let (field, operator) = match left.chars().last() {
            Some('^') => (&left[..left.len() - 1], Operator::Prefix),
            Some('$') => (&left[..left.len() - 1], Operator::Suffix),
            Some('~') => (&left[..left.len() - 1], Operator::Contains),
            _ => (left, Operator::Equals),
        };
        if value.is_empty() && operator != Operator::Equals {
            return Err(format!(
                "invalid --where `{text}`: the value is empty, which would match every user; {help}"
            ));
        }
        Ok(Condition {
            field: normalize_field(field, text, help)?,
            operator,
            value: value.to_string(),
        })
    }

    pub fn matches(&self, raw: &Value) -> bool {
        let actual = lookup(&self.field, raw);
        let text = match (&self.operator, actual) {
            (Operator::Present, value) => return value.is_some_and(|v| !v.is_null()),
            (Operator::Absent, value) => return value.is_none_or(Value::is_null),
            (_, None | Some(Value::Null)) => return false,
            (_, Some(Value::String(text))) => text.clone(),
            (_, Some(other)) => other.to_string(),
        };
        let (text, wanted) = if self.field == "email" {
            (text.to_lowercase(), self.value.to_lowercase())
        } else {
            (text, self.value.clone())
        };
        match self.operator {
            Operator::Equals => text == wanted,
            Operator::Prefix => text.starts_with(&wanted),
            Operator::Suffix => text.ends_with(&wanted),
            Operator::Contains => text.contains(&wanted),
            Operator::Present | Operator::Absent => unreachable!("handled above"),
        }
    }
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.operator {
            Operator::Equals => write!(f, "{}={}", self.field, self.value),
            Operator::Prefix => write!(f, "{}^={}", self.field, self.value),
            Operator::Suffix => write!(f, "{}$={}", self.field, self.value),
            Operator::Contains => write!(f, "{}~={}", self.field, self.value),
            Operator::Present => write!(f, "{}:present", self.field),
            Operator::Absent => write!(f, "{}:absent", self.field),
        }
    }
}

fn normalize_field(field: &str, text: &str, help: &str) -> Result<String, String> {
    let field = field.trim();
    if field.is_empty() {
        return Err(format!(
            "invalid --where `{text}`: the field name is empty; {help}"
        ));
    }
    Ok(match field {
        "user_id" | "id" => "remote_id".to_string(),
        "name" => "display_name".to_string(),
        other
            if TOP_LEVEL.contains(&other)
                || other.starts_with("account.")
                || other.starts_with("attributes.") =>
        {
            other.to_string()
        }
        other => format!("attributes.{other}"),
    })
}

fn lookup<'a>(field: &str, raw: &'a Value) -> Option<&'a Value> {
    let mut current = raw;
    for part in field.splitn(2, '.') {
        current = current.get(part)?;
    }
    Some(current)
}

/// The instant from which a contact counts as inactive: `last_seen_at`, or `first_seen_at`
/// for a contact never seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LastActivity {
    At(DateTime<Utc>),
    /// Neither timestamp is present.
    Unknown,
    /// A timestamp is present but cannot be read; such a contact is never selected.
    Unparseable(String),
}

pub fn last_activity(contact: &Contact) -> LastActivity {
    let text = contact
        .last_seen_at
        .as_deref()
        .filter(|t| !t.is_empty())
        .or(contact.first_seen_at.as_deref().filter(|t| !t.is_empty()));
    match text {
        None => LastActivity::Unknown,
        Some(text) => match crate::time::parse_timestamp(text) {
            Some(instant) => LastActivity::At(instant),
            None => LastActivity::Unparseable(text.to_string()),
        },
    }
}

/// Returns the cutoff of an inactivity period: contacts whose last activity is strictly
/// before it are inactive; a contact active exactly at the cutoff is not.
pub fn inactivity_cutoff(now: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    now - Duration::days(i64::from(days))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn contact(raw: &Value) -> Contact {
        serde_json::from_value(raw.clone()).unwrap()
    }

    #[test]
    fn parses_operators() {
        let cases = [
            ("remote_id^=e2e-", "remote_id", Operator::Prefix, "e2e-"),
            ("plan=trial", "attributes.plan", Operator::Equals, "trial"),
            (
                "email$=@example.com",
                "email",
                Operator::Suffix,
                "@example.com",
            ),
            ("name~=Zoë", "display_name", Operator::Contains, "Zoë"),
            ("user_id=a=b", "remote_id", Operator::Equals, "a=b"),
            (
                "account.domain=acme.com",
                "account.domain",
                Operator::Equals,
                "acme.com",
            ),
            ("last_seen_at:absent", "last_seen_at", Operator::Absent, ""),
            ("email:present", "email", Operator::Present, ""),
        ];
        for (text, field, operator, value) in cases {
            let condition = Condition::parse(text).unwrap();
            assert_eq!(condition.field, field, "{text}");
            assert_eq!(condition.operator, operator, "{text}");
            assert_eq!(condition.value, value, "{text}");
        }
        assert!(Condition::parse("plan").is_err());
        assert!(Condition::parse("=x").is_err());
    }

    #[test]
    fn matches_fields_traits_and_absence() {
        let raw = json!({"uuid": "u1", "remote_id": "e2e-42", "email": "Ann@Example.com",
            "last_seen_at": null, "attributes": {"plan": "trial", "seats": 3, "note": ""},
            "account": {"domain": "acme.com"}});
        let check = |text: &str| Condition::parse(text).unwrap().matches(&raw);
        assert!(check("remote_id^=e2e-"));
        assert!(!check("remote_id^=prod-"));
        assert!(check("email=ann@example.com"));
        assert!(check("plan=trial"));
        assert!(check("seats=3"));
        assert!(check("account.domain$=.com"));
        assert!(check("last_seen_at:absent"));
        assert!(check("missing_trait:absent"));
        assert!(check("note:present"));
        assert!(!check("note:absent"));
        assert!(!check("missing_trait=x"));
    }

    #[test]
    fn last_activity_falls_back_to_first_seen() {
        let seen = contact(
            &json!({"uuid": "a", "first_seen_at": "2024-01-01 00:00:00", "last_seen_at": "2024-02-01T00:00:00Z"}),
        );
        let never = contact(
            &json!({"uuid": "b", "first_seen_at": "2024-01-01 00:00:00", "last_seen_at": null}),
        );
        let broken = contact(&json!({"uuid": "c", "last_seen_at": "last tuesday"}));
        let empty = contact(&json!({"uuid": "d"}));
        assert_eq!(
            last_activity(&seen),
            LastActivity::At(crate::time::parse_timestamp("2024-02-01T00:00:00Z").unwrap())
        );
        assert_eq!(
            last_activity(&never),
            LastActivity::At(crate::time::parse_timestamp("2024-01-01T00:00:00Z").unwrap())
        );
        assert_eq!(
            last_activity(&broken),
            LastActivity::Unparseable("last tuesday".into())
        );
        assert_eq!(last_activity(&empty), LastActivity::Unknown);
    }
}
