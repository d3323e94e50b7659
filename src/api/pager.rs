//! Listing as a stream of pages that either delivers every item or fails.
//!
//! The pager asks for 1,000 items a page (the API's maximum) and follows
//! `next_page_cursor` when the server offers one, page numbers otherwise. It stops only on a
//! clear last page, and fails when the listing ends short of the count the server reported,
//! so that a caller never takes a partial list for a complete one.
//!
//! A server may return fewer items than requested on a page that is not the last, for
//! example when it clamps `page_length` to a smaller maximum. Without `last_page` or a
//! cursor, the pager therefore reads on until an empty page or the reported count.

use super::client::Client;
use super::error::ApiError;
use serde_json::Value;

/// The API's maximum page length.
pub const MAX_PAGE_LENGTH: u32 = 1000;

pub struct Pager {
    client: Client,
    path: String,
    filters: Vec<(String, String)>,
    page_length: u32,
    next: Option<Position>,
    received: u64,
    pages: u64,
    limit: Option<u64>,
    /// First item of the previous numbered page, to notice a server that ignores `page`.
    previous_head: Option<Value>,
}

#[derive(Debug, Clone, PartialEq)]
enum Position {
    Number(u64),
    Cursor(String),
}

impl Pager {
    pub(crate) fn new(client: Client, path: &str, filters: Vec<(String, String)>) -> Pager {
        Pager {
            client,
            path: path.trim_start_matches('/').to_string(),
            filters,
            page_length: MAX_PAGE_LENGTH,
            next: Some(Position::Number(1)),
            received: 0,
            pages: 0,
            limit: None,
            previous_head: None,
        }
    }

    /// Sets the page length; values outside 1..=1000 are clamped.
    pub fn page_length(mut self, length: u32) -> Pager {
        self.page_length = length.clamp(1, MAX_PAGE_LENGTH);
        self
    }

    /// Stops after `limit` items: the caller asked for a prefix, so an early stop is not an
    /// error.
    pub fn limit(mut self, limit: Option<u64>) -> Pager {
        self.limit = limit;
        if let Some(limit) = limit {
            if limit < u64::from(self.page_length) {
                self.page_length = limit.max(1) as u32;
            }
        }
        self
    }

    pub fn pages_fetched(&self) -> u64 {
        self.pages
    }

    /// Fetches the next page. Returns `None` after the last page.
    pub async fn next_page(&mut self) -> Result<Option<Vec<Value>>, ApiError> {
        let Some(position) = self.next.take() else {
            return Ok(None);
        };
        if self.limit.is_some_and(|limit| self.received >= limit) {
            return Ok(None);
        }
        let mut query: Vec<(&str, String)> = self
            .filters
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        query.push(("page_length", self.page_length.to_string()));
        match &position {
            Position::Number(number) => query.push(("page", number.to_string())),
            Position::Cursor(cursor) => query.push(("page_cursor", cursor.clone())),
        }
        let page = self.client.page(&self.path, &query).await?;
        self.pages += 1;

        let mut items = page.items;
        if let Position::Number(number) = position {
            self.check_page_moved(number, items.first())?;
        }
        let count = items.len() as u64;
        self.received += count;
        if let Some(limit) = self.limit {
            if self.received > limit {
                let keep = items.len() - (self.received - limit) as usize;
                items.truncate(keep);
                self.received = limit;
            }
        }
        self.next = self.following(&position, page.pagination.as_ref(), count)?;
        Ok(Some(items))
    }

    /// Decides where the listing goes on, or that it ended, and checks that it ended whole.
    fn following(
        &self,
        current: &Position,
        pagination: Option<&super::models::Pagination>,
        count: u64,
    ) -> Result<Option<Position>, ApiError> {
        let Some(pagination) = pagination else {
            // Without a pagination object only an empty page proves the end, because a
            // short page may come from a server that clamps `page_length`.
            return Ok(match current {
                Position::Number(n) if count > 0 => Some(Position::Number(n + 1)),
                _ => None,
            });
        };
        if let Some(cursor) = pagination
            .next_page_cursor
            .as_deref()
            .filter(|c| !c.is_empty())
        {
            if *current == Position::Cursor(cursor.to_string()) {
                return Err(self.incomplete("the server returned the same cursor twice"));
            }
            if count == 0 {
                return Err(
                    self.incomplete("the server returned an empty page with a cursor to another")
                );
            }
            return Ok(Some(Position::Cursor(cursor.to_string())));
        }
        let current_page = pagination.current_page.or(match current {
            Position::Number(n) => Some(*n),
            Position::Cursor(_) => None,
        });
        if let (Some(current_page), Some(last_page)) = (current_page, pagination.last_page) {
            if current_page < last_page && matches!(current, Position::Number(_)) {
                if count == 0 {
                    return Err(
                        self.incomplete(&format!("page {current_page} of {last_page} was empty"))
                    );
                }
                return Ok(Some(Position::Number(current_page + 1)));
            }
        }
        if let Some(total) = pagination.items_count {
            if self.received < total && self.limit.is_none_or(|limit| self.received < limit) {
                if let (Position::Number(n), true) = (current, count > 0) {
                    return Ok(Some(Position::Number(n + 1)));
                }
                return Err(self.incomplete(&format!(
                    "received {} of the {total} items the server reported",
                    self.received
                )));
            }
        }
        Ok(None)
    }

    /// Fails when page `number` starts with the same item as the page before it, as from a
    /// server that ignores `page` and would otherwise be read forever.
    fn check_page_moved(&mut self, number: u64, head: Option<&Value>) -> Result<(), ApiError> {
        if number > 1 && head.is_some() && head == self.previous_head.as_ref() {
            return Err(self.incomplete(&format!(
                "page {number} starts with the same item as page {}; the server may ignore `page`",
                number - 1
            )));
        }
        self.previous_head = head.cloned();
        Ok(())
    }

    fn incomplete(&self, message: &str) -> ApiError {
        ApiError::Incomplete {
            path: format!("/{}", self.path),
            message: message.to_string(),
        }
    }

    /// Fetches every remaining item.
    pub async fn collect_all(mut self) -> Result<Vec<Value>, ApiError> {
        let mut all = Vec::new();
        while let Some(items) = self.next_page().await? {
            all.extend(items);
        }
        Ok(all)
    }
}

#[cfg(test)]
mod tests {
    use crate::api::testing::serve;
    use axum::extract::Query;
    use axum::routing::get;
    use axum::{Json, Router};
    use serde_json::{json, Value};
    use std::collections::HashMap;

    /// Largest page the test server returns, whatever the request sets as `page_length`.
    const SERVER_MAX: usize = 10;
    const ITEMS: usize = 35;

    /// Serves `ITEMS` contacts in pages of at most `SERVER_MAX`, with the pagination
    /// object that `shape` names: `full`, `count` (items_count only) or `none`.
    fn clamping_router(shape: &'static str, honours_page: bool) -> Router {
        let handler = move |Query(query): Query<HashMap<String, String>>| async move {
            let requested: usize = query["page_length"].parse().unwrap();
            let length = requested.min(SERVER_MAX);
            let page: usize = if honours_page {
                query["page"].parse().unwrap()
            } else {
                1
            };
            let items: Vec<Value> = ((page - 1) * length..(page * length).min(ITEMS))
                .map(|i| json!({"uuid": format!("c-{i}")}))
                .collect();
            let last = ITEMS.div_ceil(length);
            let pagination = match shape {
                "full" => json!({"items_count": ITEMS, "current_page": page, "last_page": last}),
                "count" => json!({"items_count": ITEMS}),
                _ => Value::Null,
            };
            Json(json!({"items": items, "pagination": pagination}))
        };
        Router::new().route("/v1/contacts", get(handler))
    }

    #[tokio::test]
    async fn clamped_pages_are_all_read() {
        for shape in ["full", "count", "none"] {
            let client = serve(clamping_router(shape, true)).await;
            let items = client.list("contacts", Vec::new()).collect_all().await;
            let items = items.unwrap_or_else(|error| panic!("{shape}: {error}"));
            assert_eq!(items.len(), ITEMS, "pagination shape {shape}");
            assert_eq!(
                items[ITEMS - 1]["uuid"],
                format!("c-{}", ITEMS - 1),
                "{shape}"
            );
        }
    }

    #[tokio::test]
    async fn ignored_page_number_fails() {
        for shape in ["count", "none"] {
            let client = serve(clamping_router(shape, false)).await;
            let error = client
                .list("contacts", Vec::new())
                .collect_all()
                .await
                .unwrap_err();
            assert!(
                error.to_string().contains("may ignore `page`"),
                "{shape}: {error}"
            );
        }
    }
}
