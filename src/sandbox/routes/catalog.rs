//! `GET /segments` and `GET /forms`, both ordered by name.

use rusqlite::{Connection, Row};
use serde_json::{json, Value};

use super::Call;
use crate::sandbox::error::{ApiError, ApiResult};
use crate::sandbox::paging::{self, Filters, Listing, PageRequest, Sort};
use crate::sandbox::render::parse_object;
use crate::time::{format_contact_style, parse_timestamp};

/// Lists segments as `{uuid, name, is_manual}`.
pub fn segments(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let request = PageRequest::from_params(call.params, call.page_length_default)?;
    let listing = Listing {
        from: "segments s",
        count_from: "segments s",
        select: "s.uuid, s.name, s.is_manual",
        id_column: "s.id",
        sort: Sort {
            name: "segments:name",
            column: "s.name",
            descending: false,
            nullable: false,
        },
    };
    let page = paging::fetch(connection, &listing, Filters::default(), &request, |row| {
        Ok(json!({
            "uuid": row.get::<_, String>("uuid")?,
            "name": row.get::<_, String>("name")?,
            "is_manual": row.get::<_, bool>("is_manual")?,
        }))
    })?;
    Ok(page.into_envelope())
}

/// The `list` values of `/forms` and the status condition of each.
const LISTS: &[(&str, &str)] = &[
    ("all", "f.status <> 'archived'"),
    ("published", "f.status = 'published'"),
    ("drafts", "f.status = 'draft'"),
    ("archived", "f.status = 'archived'"),
    ("all_with_archived", "1"),
];

const FORM_COLUMNS: &str = "f.uuid, f.name";

/// Extra columns of `include_info=1`, counted from the responses table.
const FORM_INFO_COLUMNS: &str = "f.uuid, f.name, f.created_at, f.updated_at, f.published_at,
    f.archived_at, f.channels, f.page_url, f.config,
    (SELECT MIN(first_shown_at) FROM responses WHERE form_id = f.id) AS first_form_view_at,
    (SELECT MAX(last_shown_at) FROM responses WHERE form_id = f.id) AS last_form_view_at,
    (SELECT COUNT(*) FROM responses WHERE form_id = f.id AND completed_at IS NOT NULL) AS responses_count,
    (SELECT COUNT(*) FROM responses WHERE form_id = f.id) AS views_count";

/// Lists surveys. `list` picks them by status (default `all`, which leaves out archived
/// ones); `include_info=1` adds dates, channels and counts; `include_config=1` adds the
/// configuration.
pub fn forms(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let params = call.params;
    let request = PageRequest::from_params(params, call.page_length_default)?;
    let list = params.text("list").unwrap_or_else(|| "all".to_string());
    let Some((_, condition)) = LISTS.iter().find(|(name, _)| *name == list) else {
        let known: Vec<&str> = LISTS.iter().map(|(name, _)| *name).collect();
        return Err(ApiError::bad_request(format!(
            "Invalid list `{list}`: expected one of {}",
            known.join(", ")
        )));
    };
    let include_info = params.flag("include_info", false);
    let include_config = params.flag("include_config", false);
    let mut filters = Filters::default();
    filters.add(*condition, []);
    let listing = Listing {
        from: "forms f",
        count_from: "forms f",
        select: if include_info || include_config {
            FORM_INFO_COLUMNS
        } else {
            FORM_COLUMNS
        },
        id_column: "f.id",
        sort: Sort {
            name: "forms:name",
            column: "f.name",
            descending: false,
            nullable: false,
        },
    };
    let page = paging::fetch(connection, &listing, filters, &request, |row| {
        form_from_row(row, include_info, include_config)
    })?;
    Ok(page.into_envelope())
}

fn form_from_row(row: &Row, include_info: bool, include_config: bool) -> rusqlite::Result<Value> {
    let mut form = json!({
        "uuid": row.get::<_, String>("uuid")?,
        "name": row.get::<_, String>("name")?,
    });
    if include_info {
        let channels: String = row.get("channels")?;
        let info = json!({
            "created_at": row.get::<_, Option<String>>("created_at")?,
            "updated_at": row.get::<_, Option<String>>("updated_at")?,
            "published_at": row.get::<_, Option<String>>("published_at")?,
            "archived_at": row.get::<_, Option<String>>("archived_at")?,
            "first_form_view_at": contact_style(row.get("first_form_view_at")?),
            "last_form_view_at": contact_style(row.get("last_form_view_at")?),
            "channels": serde_json::from_str::<Value>(&channels).unwrap_or_else(|_| json!([])),
            "folder": null,
            "page_url": row.get::<_, Option<String>>("page_url")?,
            "responses_count": row.get::<_, i64>("responses_count")?,
            "views_count": row.get::<_, i64>("views_count")?,
        });
        if let (Value::Object(form), Value::Object(info)) = (&mut form, info) {
            form.extend(info);
        }
    }
    if include_config {
        form["config"] = parse_object(row.get("config")?);
    }
    Ok(form)
}

/// Converts a response-style timestamp to the contact style that surveys use.
fn contact_style(text: Option<String>) -> Option<String> {
    text.as_deref()
        .and_then(parse_timestamp)
        .map(format_contact_style)
}
