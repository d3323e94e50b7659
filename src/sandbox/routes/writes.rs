//! Shared writes: finding or creating the contact a request names, merging traits, and
//! creating or updating accounts.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{Map, Value};

use crate::sandbox::db;
use crate::sandbox::error::{ApiError, ApiResult, DbContext};
use crate::sandbox::ids::{now, uuid_v1};
use crate::sandbox::params::{scalar_text, Params};
use crate::time::{format_contact_style, parse_timestamp};

/// Maximum length of a string trait value, in characters.
const MAX_TRAIT_CHARS: usize = 255;

/// User reference of a request: `id` (the remote id), `email` or `uuid`.
#[derive(Debug, Default)]
pub struct UserRef {
    pub remote_id: Option<String>,
    pub email: Option<String>,
    pub uuid: Option<String>,
}

impl UserRef {
    pub fn from_params(params: &Params) -> UserRef {
        UserRef {
            remote_id: params.text("id"),
            email: params.text("email"),
            uuid: params.text("uuid"),
        }
    }
}

/// Finds the contact a request names, trying `id`, then `uuid`, then `email` (the
/// contact with the lowest row id among those with that address, compared without ASCII
/// case). With `create`, a user named by `id` or `email` that does not exist is created.
/// Returns `None` when there is no such contact and `create` is false.
pub fn resolve_user(
    connection: &Connection,
    user: &UserRef,
    create: bool,
) -> ApiResult<Option<i64>> {
    let found = if let Some(remote_id) = &user.remote_id {
        lookup(connection, "remote_id = ?1", remote_id)?
    } else if let Some(uuid) = &user.uuid {
        return lookup(connection, "uuid = ?1", uuid);
    } else if let Some(email) = &user.email {
        lookup(connection, "email = ?1 COLLATE NOCASE", email)?
    } else {
        return Err(ApiError::bad_request(
            "Missing user: pass id, email or uuid",
        ));
    };
    match found {
        Some(id) => Ok(Some(id)),
        None if create => create_contact(connection, user).map(Some),
        None => Ok(None),
    }
}

fn lookup(connection: &Connection, condition: &str, value: &str) -> ApiResult<Option<i64>> {
    let sql = format!("SELECT id FROM contacts WHERE {condition} ORDER BY id LIMIT 1");
    connection
        .query_row(&sql, [value], |row| row.get(0))
        .optional()
        .during("looking up a contact")
}

fn create_contact(connection: &Connection, user: &UserRef) -> ApiResult<i64> {
    let instant = now();
    let uuid = uuid_v1(&mut rand::thread_rng(), instant);
    let seen = format_contact_style(instant);
    connection
        .execute(
            "INSERT INTO contacts (uuid, remote_id, email, first_seen_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![uuid, user.remote_id, user.email, seen],
        )
        .during("creating a contact")?;
    let id = connection.last_insert_rowid();
    db::refresh_search_text(connection, id).during("creating a contact")?;
    Ok(id)
}

/// Returns a contact's uuid.
pub fn contact_uuid(connection: &Connection, contact_id: i64) -> ApiResult<String> {
    connection
        .query_row(
            "SELECT uuid FROM contacts WHERE id = ?1",
            [contact_id],
            |row| row.get(0),
        )
        .during("reading a contact")
}

/// Sets `last_seen_at` to now.
pub fn touch(connection: &Connection, contact_id: i64) -> ApiResult<()> {
    connection
        .execute(
            "UPDATE contacts SET last_seen_at = ?1 WHERE id = ?2",
            params![format_contact_style(now()), contact_id],
        )
        .during("updating a contact")?;
    Ok(())
}

/// Checks trait values and normalizes dates. Strings may have at most 255 characters. A
/// string under a key ending in `_at` that parses as a timestamp is stored in contact
/// style; other strings are stored as given.
pub fn normalize_traits(traits: Map<String, Value>) -> ApiResult<Map<String, Value>> {
    let mut normalized = Map::new();
    for (key, value) in traits {
        if key.trim().is_empty() {
            return Err(ApiError::bad_request("Invalid trait: the name is empty"));
        }
        let value = match value {
            Value::String(text) if text.chars().count() > MAX_TRAIT_CHARS => {
                return Err(ApiError::bad_request(format!(
                    "Invalid trait `{key}`: strings may have at most {MAX_TRAIT_CHARS} characters"
                )));
            }
            Value::String(text) if key.ends_with("_at") => match parse_timestamp(&text) {
                Some(instant) => Value::String(format_contact_style(instant)),
                None => Value::String(text),
            },
            other => other,
        };
        normalized.insert(key, value);
    }
    Ok(normalized)
}

/// Merges traits into a JSON object column: new keys are appended, existing keys take
/// the new value.
pub fn merge_attributes(
    connection: &Connection,
    table: &str,
    row_id: i64,
    traits: Map<String, Value>,
) -> ApiResult<()> {
    if traits.is_empty() {
        return Ok(());
    }
    let select = format!("SELECT attributes FROM {table} WHERE id = ?1");
    let stored: String = connection
        .query_row(&select, [row_id], |row| row.get(0))
        .during("reading attributes")?;
    let mut attributes = match serde_json::from_str::<Value>(&stored) {
        Ok(Value::Object(object)) => object,
        _ => Map::new(),
    };
    attributes.extend(traits);
    let text = Value::Object(attributes).to_string();
    let update = format!("UPDATE {table} SET attributes = ?1 WHERE id = ?2");
    connection
        .execute(&update, params![text, row_id])
        .during("writing attributes")?;
    Ok(())
}

/// Creates or updates the account described by an `account` object and links the contact
/// to it. `id` names the account; `name` (or `display_name`) and `domain` set those fields;
/// every other key becomes an account trait.
pub fn link_account(
    connection: &Connection,
    contact_id: i64,
    account: &Map<String, Value>,
) -> ApiResult<()> {
    let Some(remote_id) = account
        .get("id")
        .and_then(scalar_text)
        .filter(|id| !id.is_empty())
    else {
        return Err(ApiError::bad_request(
            "Missing account[id]: an account object needs an id",
        ));
    };
    let account_id = upsert_account(connection, &remote_id)?;
    let display_name = ["name", "display_name"]
        .iter()
        .find_map(|key| account.get(*key).and_then(scalar_text));
    let domain = account.get("domain").and_then(scalar_text);
    connection
        .execute(
            "UPDATE accounts SET display_name = COALESCE(?1, display_name), domain = COALESCE(?2, domain),
                                 last_seen_at = ?3 WHERE id = ?4",
            params![display_name, domain, format_contact_style(now()), account_id],
        )
        .during("updating an account")?;
    let reserved = ["id", "name", "display_name", "domain"];
    let traits: Map<String, Value> = account
        .iter()
        .filter(|(key, _)| !reserved.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    merge_attributes(
        connection,
        "accounts",
        account_id,
        normalize_traits(traits)?,
    )?;
    connection
        .execute(
            "UPDATE contacts SET account_id = ?1 WHERE id = ?2",
            params![account_id, contact_id],
        )
        .during("linking an account")?;
    Ok(())
}

fn upsert_account(connection: &Connection, remote_id: &str) -> ApiResult<i64> {
    let existing: Option<i64> = connection
        .query_row(
            "SELECT id FROM accounts WHERE remote_id = ?1",
            [remote_id],
            |row| row.get(0),
        )
        .optional()
        .during("looking up an account")?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let instant = now();
    let uuid = uuid_v1(&mut rand::thread_rng(), instant);
    connection
        .execute(
            "INSERT INTO accounts (uuid, remote_id, first_seen_at, last_seen_at) VALUES (?1, ?2, ?3, ?3)",
            params![uuid, remote_id, format_contact_style(instant)],
        )
        .during("creating an account")?;
    Ok(connection.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn normalize_traits_formats_dates_and_rejects_long_strings() {
        let traits = json!({"created_at": "2024-01-02", "note_at": "soon", "n": 5});
        let normalized = normalize_traits(traits.as_object().unwrap().clone()).unwrap();
        assert_eq!(normalized["created_at"], "2024-01-02T00:00:00.000000Z");
        assert_eq!(normalized["note_at"], "soon");
        assert_eq!(normalized["n"], 5);
        let long = json!({"bio": "x".repeat(256)});
        let error = normalize_traits(long.as_object().unwrap().clone()).unwrap_err();
        assert!(error.body["error"].as_str().unwrap().contains("`bio`"));
    }
}
