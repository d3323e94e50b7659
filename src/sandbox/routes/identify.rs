//! `POST /identify-user`, `POST /track-event` and `POST|DELETE /sync-segment`.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::writes::{
    contact_uuid, link_account, merge_attributes, normalize_traits, resolve_user, touch, UserRef,
};
use super::Call;
use crate::sandbox::db;
use crate::sandbox::error::{ApiError, ApiResult, DbContext};
use crate::sandbox::ids::now;
use crate::time::{format_contact_style, format_response_style};

/// Parameters of identify-user that are not traits.
const RESERVED: &[&str] = &[
    "id",
    "email",
    "uuid",
    "api_key",
    "account",
    "attributes",
    "name",
    "display_name",
];

/// Creates or updates a contact. Traits come as top-level parameters and in an
/// `attributes` object, which wins on a clash. `name` or `display_name` sets the display
/// name and is not stored as a trait. A user named by `id` is looked up by remote id only,
/// and one named by `email` alone takes the first contact with that address.
pub fn identify_user(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let params = call.params;
    let user = UserRef::from_params(params);
    if user.remote_id.is_none() && user.email.is_none() {
        return Err(ApiError::bad_request("Missing user: pass id or email"));
    }
    let traits = normalize_traits(collect_traits(call)?)?;
    let transaction = connection.transaction().during("starting a transaction")?;
    let identify_by = UserRef { uuid: None, ..user };
    let contact_id = resolve_user(&transaction, &identify_by, true)?
        .ok_or_else(|| ApiError::internal("creating a contact"))?;
    let display_name = params.text("name").or_else(|| params.text("display_name"));
    transaction
        .execute(
            "UPDATE contacts SET email = COALESCE(?1, email), display_name = COALESCE(?2, display_name) WHERE id = ?3",
            params![identify_by.email, display_name, contact_id],
        )
        .during("updating a contact")?;
    merge_attributes(&transaction, "contacts", contact_id, traits)?;
    if let Some(account) = params.object("account") {
        link_account(&transaction, contact_id, account)?;
    }
    touch(&transaction, contact_id)?;
    db::refresh_search_text(&transaction, contact_id).during("updating a contact")?;
    let uuid = contact_uuid(&transaction, contact_id)?;
    transaction.commit().during("committing a contact")?;
    Ok(json!({ "message": "ok", "contact_uuid": uuid }))
}

fn collect_traits(call: &Call) -> ApiResult<Map<String, Value>> {
    let mut traits: Map<String, Value> = call
        .params
        .iter()
        .filter(|(key, _)| !RESERVED.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    match call.params.value("attributes") {
        None | Some(Value::Null) => {}
        Some(Value::Object(nested)) => traits.extend(nested.clone()),
        Some(_) => {
            return Err(ApiError::bad_request(
                "Invalid attributes: expected an object of traits",
            ))
        }
    }
    Ok(traits)
}

/// Records a named event for a user, creating the user when unknown. Event properties
/// are not stored, as on the live service.
pub fn track_event(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let Some(event) = call.params.text("event") else {
        return Err(ApiError::bad_request(
            "Missing parameter event: pass the event name",
        ));
    };
    let transaction = connection.transaction().during("starting a transaction")?;
    let user = UserRef::from_params(call.params);
    let contact_id = resolve_user(&transaction, &user, true)?
        .ok_or_else(|| ApiError::not_found("Contact not found"))?;
    transaction
        .execute(
            "INSERT INTO events (contact_id, name, created_at) VALUES (?1, ?2, ?3)",
            params![contact_id, event, format_response_style(now())],
        )
        .during("recording an event")?;
    touch(&transaction, contact_id)?;
    transaction.commit().during("committing an event")?;
    Ok(json!({ "message": "ok" }))
}

/// Adds a user to a manual segment, creating the user when unknown.
pub fn add_to_segment(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    sync_segment(connection, call, true)
}

/// Removes a user from a manual segment.
pub fn remove_from_segment(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    sync_segment(connection, call, false)
}

fn sync_segment(connection: &mut Connection, call: &Call, add: bool) -> ApiResult<Value> {
    let Some(segment_uuid) = call.params.text("segment_uuid") else {
        return Err(ApiError::bad_request("Missing parameter segment_uuid"));
    };
    let segment_id = manual_segment_id(connection, &segment_uuid)?;

    let transaction = connection.transaction().during("starting a transaction")?;
    let user = UserRef::from_params(call.params);
    let contact_id = resolve_user(&transaction, &user, add)?
        .ok_or_else(|| ApiError::not_found("Contact not found"))?;
    if add {
        transaction
            .execute(
                "INSERT OR IGNORE INTO memberships (segment_id, contact_id, created_at) VALUES (?1, ?2, ?3)",
                params![segment_id, contact_id, format_contact_style(now())],
            )
            .during("adding a segment member")?;
    } else {
        transaction
            .execute(
                "DELETE FROM memberships WHERE segment_id = ?1 AND contact_id = ?2",
                params![segment_id, contact_id],
            )
            .during("removing a segment member")?;
    }
    let uuid = contact_uuid(&transaction, contact_id)?;
    transaction.commit().during("committing a segment change")?;

    // Sources disagree on the key of the segment (`segment_uuid` or `segment_uid`), so
    // the sandbox sends both.
    Ok(json!({
        "message": "ok",
        "contact_uuid": uuid,
        "segment_uuid": segment_uuid,
        "segment_uid": segment_uuid,
    }))
}

/// Returns the row id of a manual segment: 404 when the uuid is unknown, 400 when the
/// segment is not manual.
fn manual_segment_id(connection: &Connection, uuid: &str) -> ApiResult<i64> {
    let segment: Option<(i64, String, bool)> = connection
        .query_row(
            "SELECT id, name, is_manual FROM segments WHERE uuid = ?1",
            [uuid],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()
        .during("looking up a segment")?;
    let Some((segment_id, name, is_manual)) = segment else {
        return Err(ApiError::not_found("Segment not found"));
    };
    if !is_manual {
        return Err(ApiError::bad_request(format!(
            "Segment `{name}` is not a manual segment: only manual segments take users through the API"
        )));
    }
    Ok(segment_id)
}
