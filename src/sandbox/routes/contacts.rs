//! `GET /contacts`, `GET /contact` and `DELETE /contact`.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{json, Value};

use super::Call;
use crate::sandbox::error::{ApiError, ApiResult, DbContext};
use crate::sandbox::paging::{self, Filters, Listing, PageRequest, Sort};
use crate::sandbox::params::Params;
use crate::sandbox::render::{attach_segments, contact_from_row, CONTACT_COLUMNS, CONTACT_FROM};

/// The `order_by` values of `/contacts`. Every order is ascending (oldest or A first)
/// with missing values last, because the API documents no direction.
const ORDERS: &[(&str, Sort)] = &[
    (
        "first_seen_at",
        Sort {
            name: "contacts:first_seen_at",
            column: "c.first_seen_at",
            descending: false,
            nullable: false,
        },
    ),
    (
        "last_seen_at",
        contact_sort("contacts:last_seen_at", "c.last_seen_at"),
    ),
    (
        "last_form_submission_at",
        contact_sort(
            "contacts:last_form_submission_at",
            "c.last_form_submission_at",
        ),
    ),
    (
        "display_name",
        contact_sort("contacts:display_name", "c.display_name"),
    ),
    ("email", contact_sort("contacts:email", "c.email")),
];

/// Builds an ascending sort over a nullable contact column.
const fn contact_sort(name: &'static str, column: &'static str) -> Sort {
    Sort {
        name,
        column,
        descending: false,
        nullable: true,
    }
}

/// Lists contacts, filtered by `search` (a case-insensitive substring of remote id, uuid,
/// email or display name), `segment_uuid` and `form_uuid` (contacts with at least one
/// partial or completed response to that survey).
pub fn list(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let params = call.params;
    let request = PageRequest::from_params(params, call.page_length_default)?;
    let sort = order(params)?;

    let mut filters = Filters::default();
    if let Some(search) = params.text("search") {
        filters.add(
            "instr(c.search_text, ?) > 0",
            [SqlValue::Text(search.to_lowercase())],
        );
    }
    if let Some(uuid) = params.text("segment_uuid") {
        let segment_id = row_id(connection, "segments", &uuid)?
            .ok_or_else(|| ApiError::not_found("Segment not found"))?;
        filters.add(
            "c.id IN (SELECT contact_id FROM memberships WHERE segment_id = ?)",
            [SqlValue::Integer(segment_id)],
        );
    }
    if let Some(uuid) = params.text("form_uuid") {
        let form_id = row_id(connection, "forms", &uuid)?
            .ok_or_else(|| ApiError::not_found("Form not found"))?;
        filters.add(
            "c.id IN (SELECT contact_id FROM responses WHERE form_id = ? AND first_data_reception_at IS NOT NULL)",
            [SqlValue::Integer(form_id)],
        );
    }

    let listing = Listing {
        from: CONTACT_FROM,
        count_from: CONTACT_FROM,
        select: CONTACT_COLUMNS,
        id_column: "c.id",
        sort,
    };
    let mut page = paging::fetch(connection, &listing, filters, &request, contact_from_row)?;
    attach_segments(connection, &mut page.items)?;
    let items: Vec<Value> = page.items.into_iter().map(|item| item.json).collect();
    Ok(json!({ "items": items, "pagination": page.pagination }))
}

fn order(params: &Params) -> ApiResult<Sort> {
    let Some(name) = params.text("order_by") else {
        return Ok(ORDERS[0].1);
    };
    ORDERS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, sort)| *sort)
        .ok_or_else(|| {
            let known: Vec<&str> = ORDERS.iter().map(|(known, _)| *known).collect();
            ApiError::bad_request(format!(
                "Invalid order_by `{name}`: expected one of {}",
                known.join(", ")
            ))
        })
}

/// Returns the row id of the segment, form or tag with this uuid.
pub fn row_id(connection: &Connection, table: &str, uuid: &str) -> ApiResult<Option<i64>> {
    let sql = format!("SELECT id FROM {table} WHERE uuid = ?1");
    connection
        .query_row(&sql, [uuid], |row| row.get(0))
        .optional()
        .during("looking up an identifier")
}

/// Returns one contact, bare (not wrapped in an envelope).
pub fn get(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let contact_id = selected_contact(connection, call.params)?;
    let sql = format!("SELECT {CONTACT_COLUMNS} FROM {CONTACT_FROM} WHERE c.id = ?1");
    let item = connection
        .query_row(&sql, [contact_id], contact_from_row)
        .during("reading a contact")?;
    let mut items = [item];
    attach_segments(connection, &mut items)?;
    let [item] = items;
    Ok(item.json)
}

/// Deletes one contact with its responses, segment memberships, tags of its responses
/// and events, through the schema's `ON DELETE CASCADE`. With `email`, only the contact
/// with the lowest row id among those sharing the address is deleted.
pub fn delete(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let contact_id = selected_contact(connection, call.params)?;
    connection
        .execute("DELETE FROM contacts WHERE id = ?1", [contact_id])
        .during("deleting a contact")?;
    Ok(json!({ "message": "ok" }))
}

/// Finds the contact named by exactly one of `id`, `email` or `uuid`. Email matching
/// ignores ASCII case and takes the contact with the lowest row id.
fn selected_contact(connection: &Connection, params: &Params) -> ApiResult<i64> {
    let selectors: Vec<(&str, String)> = ["id", "email", "uuid"]
        .into_iter()
        .filter_map(|key| params.text(key).map(|value| (key, value)))
        .collect();
    let [(key, value)] = selectors.as_slice() else {
        return Err(ApiError::bad_request(format!(
            "Pass exactly one of id, email or uuid (got {})",
            selectors.len()
        )));
    };
    let condition = match *key {
        "id" => "remote_id = ?1",
        "email" => "email = ?1 COLLATE NOCASE",
        _ => "uuid = ?1",
    };
    let sql = format!("SELECT id FROM contacts WHERE {condition} ORDER BY id LIMIT 1");
    connection
        .query_row(&sql, [value], |row| row.get(0))
        .optional()
        .during("looking up a contact")?
        .ok_or_else(|| ApiError::not_found("Contact not found"))
}
