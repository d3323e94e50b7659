//! `GET /` (the key check), `GET /account` and `GET /reporting?type=count`.

use chrono::{DateTime, Duration, Utc};
use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::responses::{placeholders, response_instant, row_ids, uuids};
use super::Call;
use crate::sandbox::error::{ApiError, ApiResult, DbContext};
use crate::sandbox::ids::now;
use crate::sandbox::paging::Filters;
use crate::sandbox::params::Params;
use crate::time::{format_contact_style, format_response_style};

/// Usage limits of the plan the sandbox reports.
const PLAN: &str = "Growth (sandbox)";
const MTU_LIMIT: u64 = 10_000;
const MPV_LIMIT: u64 = 100_000;
const MSR_LIMIT: u64 = 10_000;

/// Names the environment that the key belongs to.
pub fn root(_connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    Ok(json!({
        "project_uuid": call.identity.project_uuid,
        "project_name": call.identity.project_name,
        "message": "Authentication successful",
    }))
}

/// Reports the plan and the usage of the 30 days up to now, counted from the database:
/// contacts seen (mtu), survey views (mpv), completed responses (msr) and events (mte).
pub fn account(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let until = now();
    let since = until - Duration::days(30);
    let usage = Usage::count(connection, since, until)?;
    let updated_at = format_contact_style(until);
    Ok(json!({
        "subscription": {
            "plan": PLAN,
            "mtu_count": usage.mtu,
            "mtu_limit": MTU_LIMIT,
            "mtu_count_updated_at": updated_at,
            "mpv_count": usage.mpv,
            "mpv_limit": MPV_LIMIT,
            "mpv_count_updated_at": updated_at,
            "msr_count": usage.msr,
            "msr_limit": MSR_LIMIT,
            "msr_count_updated_at": updated_at,
            "mte_count": usage.mte,
            "mte_count_updated_at": updated_at,
        },
        "environments": [{
            "uuid": call.identity.project_uuid,
            "name": call.identity.project_name,
            "mtu": usage.mtu,
            "mpv": usage.mpv,
            "msr": usage.msr,
            "mte": usage.mte,
        }],
    }))
}

/// Monthly usage counters.
struct Usage {
    mtu: i64,
    mpv: i64,
    msr: i64,
    mte: i64,
}

impl Usage {
    fn count(
        connection: &Connection,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> ApiResult<Usage> {
        let contact_range = [format_contact_style(since), format_contact_style(until)];
        let response_range = [format_response_style(since), format_response_style(until)];
        let count = |sql: &str, range: &[String; 2]| -> ApiResult<i64> {
            connection
                .query_row(sql, rusqlite::params_from_iter(range), |row| row.get(0))
                .during("counting usage")
        };
        Ok(Usage {
            mtu: count(
                "SELECT COUNT(*) FROM contacts WHERE last_seen_at > ?1 AND last_seen_at <= ?2",
                &contact_range,
            )?,
            mpv: count(
                "SELECT COUNT(*) FROM responses WHERE last_shown_at > ?1 AND last_shown_at <= ?2",
                &response_range,
            )?,
            msr: count(
                "SELECT COUNT(*) FROM responses WHERE completed_at > ?1 AND completed_at <= ?2",
                &response_range,
            )?,
            mte: count(
                "SELECT COUNT(*) FROM events WHERE created_at > ?1 AND created_at <= ?2",
                &response_range,
            )?,
        })
    }
}

/// Counts views (by `last_shown_at`) and completed responses (by `completed_at`) in a
/// date range, start inclusive and end exclusive. The default range is the last 7 days
/// up to the end of today. Only `type=count` is implemented.
pub fn reporting(connection: &mut Connection, call: &Call) -> ApiResult<Value> {
    let params = call.params;
    check_report_type(params)?;

    let (default_start, default_end) = default_range(now());
    let start = response_instant(params, "date_range_start")?.unwrap_or(default_start);
    let end = response_instant(params, "date_range_end")?.unwrap_or(default_end);
    let filters = report_filters(connection, params)?;

    let views = count_in_range(connection, "last_shown_at", &filters, &start, &end)?;
    let responses = count_in_range(connection, "completed_at", &filters, &start, &end)?;
    Ok(json!({
        "views": views,
        "responses": responses,
        "date_range_start": start,
        "date_range_end": end,
    }))
}

fn check_report_type(params: &Params) -> ApiResult<()> {
    match params.text("type").as_deref() {
        Some("count") => Ok(()),
        Some(kind @ ("nps" | "csat" | "ratings" | "distribution")) => Err(ApiError::bad_request(
            format!("Report type `{kind}` is not implemented by the sandbox: use type=count"),
        )),
        Some(other) => Err(ApiError::bad_request(format!(
            "Invalid type `{other}`: expected nps, csat, ratings, distribution or count"
        ))),
        None => Err(ApiError::bad_request(
            "Missing parameter type: the sandbox implements type=count",
        )),
    }
}

/// Builds the survey and segment filters of a report. An unknown uuid is a 404.
fn report_filters(connection: &Connection, params: &Params) -> ApiResult<Filters> {
    let mut filters = Filters::default();
    let forms = row_ids(
        connection,
        "forms",
        "Form",
        uuids(params, "form_uuid", "form_uuids"),
    )?;
    if !forms.is_empty() {
        filters.add(format!("form_id IN ({})", placeholders(forms.len())), forms);
    }
    let segment_uuids = uuids(params, "segment_uuid", "segment_uuids");
    let segments = row_ids(connection, "segments", "Segment", segment_uuids)?;
    if !segments.is_empty() {
        let clause = format!(
            "contact_id IN (SELECT contact_id FROM memberships WHERE segment_id IN ({}))",
            placeholders(segments.len())
        );
        filters.add(clause, segments);
    }
    Ok(filters)
}

/// Returns the seven calendar days (UTC) that end with today, as response-style bounds.
fn default_range(today: DateTime<Utc>) -> (String, String) {
    let midnight = today
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc();
    let start = midnight - Duration::days(6);
    let end = midnight + Duration::days(1);
    (format_response_style(start), format_response_style(end))
}

fn count_in_range(
    connection: &Connection,
    column: &str,
    filters: &Filters,
    start: &str,
    end: &str,
) -> ApiResult<i64> {
    let mut range = Filters::default();
    range.add(
        format!("{column} >= ? AND {column} < ?"),
        [
            SqlValue::Text(start.to_string()),
            SqlValue::Text(end.to_string()),
        ],
    );
    range.extend(filters);
    let sql = format!("SELECT COUNT(*) FROM responses{}", range.where_sql());
    connection
        .query_row(&sql, rusqlite::params_from_iter(range.args()), |row| {
            row.get(0)
        })
        .during("counting responses")
}
