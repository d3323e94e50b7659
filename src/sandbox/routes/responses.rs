//! `GET /responses`, `POST /responses` and `POST /responses/tags`.

use chrono::{DateTime, Utc};
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::contacts::row_id;
use super::writes::{link_account, resolve_user, UserRef};
use super::Call;
use crate::sandbox::error::{ApiError, ApiResult, DbContext};
use crate::sandbox::ids::{now, uuid_v1};
use crate::sandbox::paging::{self, Filters, Listing, PageRequest, Sort};
use crate::sandbox::params::{scalar_text, Params};
use crate::sandbox::render::{
    response_from_row, RESPONSE_COLUMNS, RESPONSE_COUNT_FROM, RESPONSE_FROM,
};
use crate::time::{format_contact_style, format_response_style, parse_timestamp};

/// Most tags one request may add to a response.
const MAX_TAGS: usize = 20;

/// Lists survey views newest first.
///
/// `include` is `completed` (default), `partials` (partial and completed) or `all` (also
/// views without answers). The date range (start inclusive, end exclusive) and the order
/// use `last_data_reception_at`, or `last_shown_at` with `include=all`.
pub fn list(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let params = call.params;
    let request = PageRequest::from_params(params, call.page_length_default)?;
    let (sort, include_condition) = include_mode(params)?;

    let mut filters = Filters::default();
    if let Some(condition) = include_condition {
        filters.add(condition, []);
    }
    add_identifier_filters(connection, params, &mut filters)?;
    add_date_range(params, sort.column, &mut filters)?;
    let searched = add_search(params, &mut filters);
    let data_filtered = add_data_filters(params, &mut filters)?;
    let count_from = if searched || data_filtered {
        RESPONSE_COUNT_FROM
    } else {
        "responses r"
    };

    let with_attributes = params.flag("with_attributes", false);
    let listing = Listing {
        from: RESPONSE_FROM,
        count_from,
        select: RESPONSE_COLUMNS,
        id_column: "r.id",
        sort,
    };
    let page = paging::fetch(connection, &listing, filters, &request, |row| {
        response_from_row(row, with_attributes)
    })?;
    Ok(page.into_envelope())
}

/// Newest data first. The column is set on every row that `completed` and `partials`
/// admit, so the sort treats it as never null.
const BY_DATA_RECEPTION: Sort = Sort {
    name: "responses:last_data_reception_at",
    column: "r.last_data_reception_at",
    descending: true,
    nullable: false,
};

const BY_LAST_SHOWN: Sort = Sort {
    name: "responses:last_shown_at",
    column: "r.last_shown_at",
    descending: true,
    nullable: false,
};

/// Reads `include` and returns the sort and the condition that it implies.
fn include_mode(params: &Params) -> ApiResult<(Sort, Option<&'static str>)> {
    let include = params.text("include");
    match include.as_deref().unwrap_or("completed") {
        "completed" => Ok((BY_DATA_RECEPTION, Some("r.completed_at IS NOT NULL"))),
        "partials" => Ok((
            BY_DATA_RECEPTION,
            Some("r.first_data_reception_at IS NOT NULL"),
        )),
        "all" => Ok((BY_LAST_SHOWN, None)),
        other => Err(ApiError::bad_request(format!(
            "Invalid include `{other}`: expected completed, partials or all"
        ))),
    }
}

/// Adds the survey, segment and tag filters. An unknown uuid is a 404.
fn add_identifier_filters(
    connection: &Connection,
    params: &Params,
    filters: &mut Filters,
) -> ApiResult<()> {
    let forms = row_ids(
        connection,
        "forms",
        "Form",
        uuids(params, "form_uuid", "form_uuids"),
    )?;
    if !forms.is_empty() {
        filters.add(
            format!("r.form_id IN ({})", placeholders(forms.len())),
            forms,
        );
    }
    let segments = row_ids(
        connection,
        "segments",
        "Segment",
        uuids(params, "segment_uuid", "segment_uuids"),
    )?;
    if !segments.is_empty() {
        let clause = format!(
            "r.contact_id IN (SELECT contact_id FROM memberships WHERE segment_id IN ({}))",
            placeholders(segments.len())
        );
        filters.add(clause, segments);
    }
    let tags = row_ids(
        connection,
        "tags",
        "Tag",
        uuids(params, "tag_uuid", "tag_uuids"),
    )?;
    if !tags.is_empty() {
        let clause = format!(
            "r.id IN (SELECT response_id FROM response_tags WHERE tag_id IN ({}))",
            placeholders(tags.len())
        );
        filters.add(clause, tags);
    }
    Ok(())
}

/// Collects `single` and the list `plural[]`.
pub fn uuids(params: &Params, single: &str, plural: &str) -> Vec<String> {
    let mut all = params.texts(single);
    all.extend(params.texts(plural));
    all
}

/// Looks up the row ids of uuids in `table`; `noun` names the table in the 404 message.
pub fn row_ids(
    connection: &Connection,
    table: &str,
    noun: &str,
    uuids: Vec<String>,
) -> ApiResult<Vec<SqlValue>> {
    uuids
        .iter()
        .map(|uuid| match row_id(connection, table, uuid)? {
            Some(id) => Ok(SqlValue::Integer(id)),
            None => Err(ApiError::not_found(format!("{noun} not found"))),
        })
        .collect()
}

pub fn placeholders(count: usize) -> String {
    vec!["?"; count].join(", ")
}

/// Adds `search` (the contact's remote id, uuid, email or name, or the response uuid).
/// Returns whether it did.
fn add_search(params: &Params, filters: &mut Filters) -> bool {
    let Some(search) = params.text("search") else {
        return false;
    };
    filters.add(
        "(instr(c.search_text, ?) > 0 OR r.uuid = ?)",
        [
            SqlValue::Text(search.to_lowercase()),
            SqlValue::Text(search),
        ],
    );
    true
}

fn add_date_range(params: &Params, date_column: &str, filters: &mut Filters) -> ApiResult<()> {
    if let Some(start) = response_instant(params, "date_range_start")? {
        filters.add(format!("{date_column} >= ?"), [SqlValue::Text(start)]);
    }
    if let Some(end) = response_instant(params, "date_range_end")? {
        filters.add(format!("{date_column} < ?"), [SqlValue::Text(end)]);
    }
    Ok(())
}

/// Reads an ISO 8601 date or datetime parameter as a response-style timestamp.
pub fn response_instant(params: &Params, key: &str) -> ApiResult<Option<String>> {
    let Some(text) = params.text(key) else {
        return Ok(None);
    };
    match parse_timestamp(&text) {
        Some(instant) => Ok(Some(format_response_style(instant))),
        None => Err(ApiError::bad_request(format!(
            "Invalid {key} `{text}`: expected an ISO 8601 date or datetime such as 2026-01-31"
        ))),
    }
}

/// Adds `contact_data[trait]=v`, `account_data[trait]=v` and `response_data[question]=v`
/// filters and returns whether it added any. A value matches a string equal to it, or a
/// number or boolean whose JSON text equals it.
fn add_data_filters(params: &Params, filters: &mut Filters) -> ApiResult<bool> {
    let mut added = false;
    let sources = [
        ("contact_data", "c.attributes"),
        ("account_data", "a.attributes"),
        ("response_data", "r.data"),
    ];
    for (key, column) in sources {
        let Some(conditions) = params.object(key) else {
            continue;
        };
        for (name, value) in conditions {
            let Some(value) = scalar_text(value) else {
                return Err(ApiError::bad_request(format!(
                    "Invalid {key}[{name}]: expected a single value"
                )));
            };
            // The name goes into a quoted JSON path label, which cannot escape these.
            if name.contains(['"', '\\']) || name.chars().any(char::is_control) {
                return Err(ApiError::bad_request(format!(
                    "Invalid {key}[{name}]: names may not contain quotes, backslashes or control characters"
                )));
            }
            let path = format!("$.\"{name}\"");
            filters.add(
                format!("({column} -> ?) IN (json_quote(?), ?)"),
                [
                    SqlValue::Text(path),
                    SqlValue::Text(value.clone()),
                    SqlValue::Text(value),
                ],
            );
            added = true;
        }
    }
    Ok(added)
}

/// Parameters of `POST /responses` that are not survey answers.
const RESERVED: &[&str] = &[
    "form_uuid",
    "id",
    "email",
    "uuid",
    "date",
    "prevent_duplicates",
    "tags",
    "account",
    "api_key",
    "response_data",
    "data",
];

/// Stores a completed response. Answers come in a `response_data` (or `data`) object,
/// or else as top-level parameters named by question identifier. With
/// `prevent_duplicates` (the default), a completed response of the same contact to the
/// same survey with the same answers is not stored again, and its uuid is returned.
pub fn store(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let params = call.params;
    let Some(form_uuid) = params.text("form_uuid") else {
        return Err(ApiError::bad_request("Missing parameter form_uuid"));
    };
    let form_id = row_id(connection, "forms", &form_uuid)?
        .ok_or_else(|| ApiError::not_found("Form not found"))?;
    let date = response_date(params)?;
    let tags = tag_names(params, false)?;
    let data = Value::Object(answers(params)).to_string();

    let transaction = connection.transaction().during("starting a transaction")?;
    let user = UserRef::from_params(params);
    let contact_id = resolve_user(&transaction, &user, true)?
        .ok_or_else(|| ApiError::not_found("Contact not found"))?;
    if let Some(account) = params.object("account") {
        link_account(&transaction, contact_id, account)?;
    }
    if params.flag("prevent_duplicates", true) {
        if let Some(uuid) = duplicate_of(&transaction, contact_id, form_id, &data)? {
            transaction.commit().during("committing a contact")?;
            return Ok(json!({ "message": "ok", "uuid": uuid }));
        }
    }

    let uuid = uuid_v1(&mut rand::thread_rng(), date);
    let response_id = insert_completed(&transaction, &uuid, contact_id, form_id, date, &data)?;
    add_tag_links(&transaction, response_id, &tags)?;
    transaction.commit().during("committing a response")?;
    Ok(json!({ "message": "ok", "uuid": uuid }))
}

/// Reads `date` (when the response was recorded), which defaults to now.
fn response_date(params: &Params) -> ApiResult<DateTime<Utc>> {
    let Some(text) = params.text("date") else {
        return Ok(now());
    };
    parse_timestamp(&text).ok_or_else(|| {
        ApiError::bad_request(format!(
            "Invalid date `{text}`: expected an ISO 8601 date or datetime"
        ))
    })
}

/// Inserts a completed response shown, answered and completed at `date`, moves the
/// contact's `last_form_submission_at` forward to it, and returns the row id.
fn insert_completed(
    connection: &Connection,
    uuid: &str,
    contact_id: i64,
    form_id: i64,
    date: DateTime<Utc>,
    data: &str,
) -> ApiResult<i64> {
    connection
        .execute(
            "INSERT INTO responses (uuid, contact_id, form_id, first_shown_at, last_shown_at, show_counter,
                                    first_data_reception_at, last_data_reception_at, completed_at, received_at, data)
             VALUES (?1, ?2, ?3, ?4, ?4, 1, ?4, ?4, ?4, ?5, ?6)",
            params![uuid, contact_id, form_id, format_response_style(date), format_response_style(now()), data],
        )
        .during("storing a response")?;
    let response_id = connection.last_insert_rowid();
    connection
        .execute(
            "UPDATE contacts SET last_form_submission_at = ?1
             WHERE id = ?2 AND (last_form_submission_at IS NULL OR last_form_submission_at < ?1)",
            params![format_contact_style(date), contact_id],
        )
        .during("updating a contact")?;
    Ok(response_id)
}

fn answers(params: &Params) -> Map<String, Value> {
    for key in ["response_data", "data"] {
        if let Some(object) = params.object(key) {
            return object.clone();
        }
    }
    params
        .iter()
        .filter(|(key, _)| !RESERVED.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

fn duplicate_of(
    connection: &Connection,
    contact_id: i64,
    form_id: i64,
    data: &str,
) -> ApiResult<Option<String>> {
    connection
        .query_row(
            "SELECT uuid FROM responses WHERE contact_id = ?1 AND form_id = ?2 AND data = ?3
             AND completed_at IS NOT NULL ORDER BY id LIMIT 1",
            params![contact_id, form_id, data],
            |row| row.get(0),
        )
        .optional()
        .during("looking for a duplicate response")
}

/// Reads `tags` (or `tags[]`): trimmed, non-empty, at most `MAX_TAGS`.
fn tag_names(params: &Params, required: bool) -> ApiResult<Vec<String>> {
    let tags: Vec<String> = params
        .texts("tags")
        .into_iter()
        .map(|tag| tag.trim().to_string())
        .filter(|tag| !tag.is_empty())
        .collect();
    if tags.len() > MAX_TAGS {
        return Err(ApiError::bad_request(format!(
            "Too many tags: {} given, at most {MAX_TAGS} allowed",
            tags.len()
        )));
    }
    if required && tags.is_empty() {
        return Err(ApiError::bad_request(
            "Missing parameter tags: pass at least one tag name",
        ));
    }
    Ok(tags)
}

fn add_tag_links(connection: &Connection, response_id: i64, tags: &[String]) -> ApiResult<()> {
    for name in tags {
        let uuid = uuid_v1(&mut rand::thread_rng(), now());
        connection
            .execute(
                "INSERT OR IGNORE INTO tags (uuid, name) VALUES (?1, ?2)",
                params![uuid, name],
            )
            .during("creating a tag")?;
        connection
            .execute(
                "INSERT OR IGNORE INTO response_tags (response_id, tag_id)
                 SELECT ?1, id FROM tags WHERE name = ?2",
                params![response_id, name],
            )
            .during("tagging a response")?;
    }
    Ok(())
}

/// Adds tags (created when new) to the response named by `uuid`.
pub fn add_tags(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let Some(uuid) = call.params.text("uuid") else {
        return Err(ApiError::bad_request(
            "Missing parameter uuid: pass the response uuid",
        ));
    };
    let tags = tag_names(call.params, true)?;
    let transaction = connection.transaction().during("starting a transaction")?;
    let response_id = row_id(&transaction, "responses", &uuid)?
        .ok_or_else(|| ApiError::not_found("Response not found"))?;
    add_tag_links(&transaction, response_id, &tags)?;
    transaction.commit().during("committing tags")?;
    Ok(json!({ "message": "ok" }))
}
