//! Pagination: `page`, `page_length` and `page_cursor`, keyset queries and the envelope.
//!
//! Page numbers use an offset. Cursors use keyset pagination instead: a cursor stores the
//! sort value and row id of the last item of its page, and the next page starts after
//! that pair. Deleting or adding rows therefore never makes a cursor skip or repeat a row
//! that stays. Null sort values come last in either direction.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, Row};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::error::{ApiError, ApiResult, DbContext};
use super::params::Params;

/// Largest `page_length`; larger values are clamped to it.
pub const MAX_PAGE_LENGTH: u64 = 1000;

/// Start position of a requested page.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// A 1-based page number.
    Page(u64),
    After(Cursor),
}

/// The paging parameters of a list request.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRequest {
    pub length: u64,
    pub start: Start,
}

/// The decoded form of `next_page_cursor`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cursor {
    /// Name of the sort the cursor belongs to, such as `contacts:first_seen_at`.
    #[serde(rename = "s")]
    pub sort: String,
    /// Number of the page the cursor leads to.
    #[serde(rename = "p")]
    pub page: u64,
    /// Sort value of the last row of the previous page.
    #[serde(rename = "v")]
    pub value: Option<String>,
    /// Row id of the last row of the previous page.
    #[serde(rename = "i")]
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    pub fn decode(text: &str) -> Option<Cursor> {
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim().trim_end_matches('='))
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

impl PageRequest {
    /// Reads `page`, `page_length` and `page_cursor`. A cursor wins over `page`.
    pub fn from_params(params: &Params, default_length: u32) -> ApiResult<PageRequest> {
        let length = match params.text("page_length") {
            Some(text) => parse_page_length(&text)?,
            None => u64::from(default_length).clamp(1, MAX_PAGE_LENGTH),
        };
        if let Some(text) = params.text("page_cursor") {
            let cursor = Cursor::decode(&text).ok_or_else(invalid_cursor)?;
            return Ok(PageRequest {
                length,
                start: Start::After(cursor),
            });
        }
        let page = match params.text("page") {
            Some(text) => parse_page(&text)?,
            None => 1,
        };
        Ok(PageRequest {
            length,
            start: Start::Page(page),
        })
    }

    fn current_page(&self) -> u64 {
        match &self.start {
            Start::Page(page) => *page,
            Start::After(cursor) => cursor.page,
        }
    }
}

fn invalid_cursor() -> ApiError {
    ApiError::bad_request(
        "Invalid page_cursor: pass the next_page_cursor of the previous page unchanged",
    )
}

fn parse_page_length(text: &str) -> ApiResult<u64> {
    let digits = text.trim();
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(ApiError::bad_request(format!(
            "Invalid page_length `{text}`: expected a whole number from 1 to {MAX_PAGE_LENGTH}"
        )));
    }
    // Digits that overflow u64 are a huge length, which is clamped like any other.
    let length = digits.parse::<u64>().unwrap_or(u64::MAX);
    if length == 0 {
        return Err(ApiError::bad_request(format!(
            "Invalid page_length `{text}`: expected a whole number from 1 to {MAX_PAGE_LENGTH}"
        )));
    }
    Ok(length.min(MAX_PAGE_LENGTH))
}

fn parse_page(text: &str) -> ApiResult<u64> {
    let digits = text.trim();
    let invalid = || {
        ApiError::bad_request(format!(
            "Invalid page `{text}`: expected a whole number of at least 1"
        ))
    };
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(invalid());
    }
    match digits.parse::<u64>() {
        Ok(0) => Err(invalid()),
        Ok(page) => Ok(page),
        Err(_) => Ok(u64::MAX),
    }
}

/// The sort order of a listing: one column, then the row id in the same direction.
#[derive(Debug, Clone, Copy)]
pub struct Sort {
    /// Name stored in cursors, so that a cursor cannot be replayed against another order.
    pub name: &'static str,
    pub column: &'static str,
    pub descending: bool,
    /// Whether the column can be null. A sort over a column without nulls compares
    /// `(column, id)` as a row value, which SQLite runs as an index range scan.
    pub nullable: bool,
}

/// WHERE clauses joined with AND, and their `?` arguments in order.
#[derive(Debug, Default)]
pub struct Filters {
    clauses: Vec<String>,
    args: Vec<SqlValue>,
}

impl Filters {
    pub fn add(&mut self, clause: impl Into<String>, args: impl IntoIterator<Item = SqlValue>) {
        self.clauses.push(clause.into());
        self.args.extend(args);
    }

    /// Appends the clauses and arguments of `other`.
    pub fn extend(&mut self, other: &Filters) {
        self.clauses.extend(other.clauses.iter().cloned());
        self.args.extend(other.args.iter().cloned());
    }

    pub fn args(&self) -> &[SqlValue] {
        &self.args
    }

    /// Returns ` WHERE a AND b`, or nothing without clauses.
    pub fn where_sql(&self) -> String {
        if self.clauses.is_empty() {
            return String::new();
        }
        format!(" WHERE {}", self.clauses.join(" AND "))
    }
}

/// A list query: the FROM clause, the columns the row mapper reads, and the order.
pub struct Listing<'a> {
    pub from: &'a str,
    /// FROM clause of the `items_count` query. It must admit the same rows as `from` and
    /// may leave out joins that no filter uses.
    pub count_from: &'a str,
    pub select: &'a str,
    pub id_column: &'a str,
    pub sort: Sort,
}

/// One page of items and its `pagination` object.
pub struct Page<T> {
    pub items: Vec<T>,
    pub pagination: Value,
}

impl Page<Value> {
    /// Builds the `{"items": [...], "pagination": {...}}` envelope.
    pub fn into_envelope(self) -> Value {
        json!({ "items": self.items, "pagination": self.pagination })
    }
}

/// Runs a listing for one page. `map` reads an item from a row by the column names of
/// `listing.select`.
pub fn fetch<T>(
    connection: &Connection,
    listing: &Listing,
    mut filters: Filters,
    request: &PageRequest,
    mut map: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> ApiResult<Page<T>> {
    let count_sql = format!(
        "SELECT COUNT(*) FROM {}{}",
        listing.count_from,
        filters.where_sql()
    );
    let items_count: i64 = connection
        .query_row(
            &count_sql,
            rusqlite::params_from_iter(&filters.args),
            |row| row.get(0),
        )
        .during("counting items")?;

    let mut offset: i64 = 0;
    match &request.start {
        Start::After(cursor) => add_keyset(&mut filters, listing, cursor)?,
        Start::Page(page) => {
            let skipped = (page - 1).saturating_mul(request.length);
            offset = i64::try_from(skipped).unwrap_or(i64::MAX);
        }
    }
    let direction = if listing.sort.descending {
        "DESC"
    } else {
        "ASC"
    };
    // Descending order puts nulls last anyway, because SQLite sorts null as the smallest
    // value, and leaving NULLS LAST out lets SQLite read an index in order.
    let nulls = if listing.sort.nullable && !listing.sort.descending {
        " NULLS LAST"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {sort} AS sort_value, {id} AS sort_id, {select} FROM {from}{filters}
         ORDER BY {sort} {direction}{nulls}, {id} {direction} LIMIT {limit} OFFSET {offset}",
        sort = listing.sort.column,
        id = listing.id_column,
        select = listing.select,
        from = listing.from,
        filters = filters.where_sql(),
        limit = request.length + 1,
    );
    let mut statement = connection.prepare(&sql).during("listing items")?;
    let mut rows = statement
        .query(rusqlite::params_from_iter(&filters.args))
        .during("listing items")?;
    let mut items = Vec::new();
    let mut last_key = None;
    let mut has_more = false;
    while let Some(row) = rows.next().during("listing items")? {
        if items.len() as u64 == request.length {
            has_more = true;
            break;
        }
        last_key = Some((
            text_of(row.get_ref("sort_value").during("listing items")?),
            row.get::<_, i64>("sort_id").during("listing items")?,
        ));
        items.push(map(row).during("reading an item")?);
    }
    let current_page = request.current_page();
    let next_page_cursor = match last_key {
        Some((value, id)) if has_more => Some(
            Cursor {
                sort: listing.sort.name.to_string(),
                page: current_page.saturating_add(1),
                value,
                id,
            }
            .encode(),
        ),
        _ => None,
    };
    let items_count = items_count.max(0) as u64;
    let last_page = items_count.div_ceil(request.length).max(1);
    let pagination = json!({
        "items_count": items_count,
        "current_page": current_page,
        "last_page": last_page,
        "page_length": request.length,
        "next_page_cursor": next_page_cursor,
    });
    Ok(Page { items, pagination })
}

/// Restricts a listing to the rows after the cursor's (value, id) in the sort order.
fn add_keyset(filters: &mut Filters, listing: &Listing, cursor: &Cursor) -> ApiResult<()> {
    if cursor.sort != listing.sort.name {
        return Err(invalid_cursor());
    }
    let column = listing.sort.column;
    let id = listing.id_column;
    let after = if listing.sort.descending { "<" } else { ">" };
    match &cursor.value {
        Some(value) if !listing.sort.nullable => filters.add(
            format!("({column}, {id}) {after} (?, ?)"),
            [SqlValue::Text(value.clone()), SqlValue::Integer(cursor.id)],
        ),
        Some(value) => filters.add(
            format!(
                "({column} {after} ? OR {column} IS NULL OR ({column} = ? AND {id} {after} ?))"
            ),
            [
                SqlValue::Text(value.clone()),
                SqlValue::Text(value.clone()),
                SqlValue::Integer(cursor.id),
            ],
        ),
        None => filters.add(
            format!("({column} IS NULL AND {id} {after} ?)"),
            [SqlValue::Integer(cursor.id)],
        ),
    }
    Ok(())
}

/// Reads a sort value as text whatever its storage class.
fn text_of(value: ValueRef) -> Option<String> {
    match value {
        ValueRef::Null => None,
        ValueRef::Integer(number) => Some(number.to_string()),
        ValueRef::Real(number) => Some(number.to_string()),
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
            Some(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(pairs: &[(&str, &str)]) -> ApiResult<PageRequest> {
        PageRequest::from_params(&Params::from_pairs(pairs), 50)
    }

    #[test]
    fn defaults_and_clamping() {
        assert_eq!(
            request(&[]).unwrap(),
            PageRequest {
                length: 50,
                start: Start::Page(1)
            }
        );
        assert_eq!(request(&[("page_length", "5000")]).unwrap().length, 1000);
        assert_eq!(
            request(&[("page_length", "99999999999999999999999")])
                .unwrap()
                .length,
            1000
        );
        assert_eq!(request(&[("page", "3")]).unwrap().start, Start::Page(3));
    }

    #[test]
    fn invalid_numbers_are_400() {
        for (key, value) in [
            ("page_length", "0"),
            ("page_length", "-5"),
            ("page_length", "ten"),
            ("page", "0"),
            ("page", "1.5"),
        ] {
            let error = request(&[(key, value)]).unwrap_err();
            assert_eq!(error.status, 400, "{key}={value}");
            assert!(
                error.body["error"].as_str().unwrap().contains(value),
                "{key}={value}"
            );
        }
    }

    #[test]
    fn cursor_round_trips_and_wins_over_page() {
        let cursor = Cursor {
            sort: "contacts:email".into(),
            page: 4,
            value: None,
            id: 17,
        };
        let encoded = cursor.encode();
        assert_eq!(Cursor::decode(&encoded), Some(cursor.clone()));
        let parsed = request(&[("page", "2"), ("page_cursor", &encoded)]).unwrap();
        assert_eq!(parsed.start, Start::After(cursor));
    }

    #[test]
    fn garbage_cursor_is_400() {
        let error = request(&[("page_cursor", "not-a-cursor")]).unwrap_err();
        assert_eq!(error.status, 400);
    }
}
