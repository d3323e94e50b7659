//! Pagination by page number and by cursor, including deletions between pages.

use super::{start_plain, TestServer};
use serde_json::Value;
use std::collections::HashSet;

fn uuids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["uuid"].as_str().unwrap().to_string())
        .collect()
}

fn column(server: &TestServer, sql: &str) -> Vec<String> {
    let connection = server.db();
    let mut statement = connection.prepare(sql).unwrap();
    let rows = statement.query_map([], |row| row.get(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

#[tokio::test]
async fn page_numbers_cover_every_contact_once() {
    let server = start_plain(23).await;
    let expected = column(
        &server,
        "SELECT uuid FROM contacts ORDER BY first_seen_at, id",
    );
    let mut listed = Vec::new();
    for page in 1..=5 {
        let body = server
            .get_ok(&format!("contacts?page={page}&page_length=5"))
            .await;
        let pagination = &body["pagination"];
        assert_eq!(pagination["items_count"], 23);
        assert_eq!(pagination["current_page"], page);
        assert_eq!(pagination["last_page"], 5);
        assert_eq!(pagination["page_length"], 5);
        assert_eq!(
            pagination["next_page_cursor"].is_null(),
            page == 5,
            "page {page}"
        );
        listed.extend(uuids(&body));
    }
    assert_eq!(listed, expected);
    let beyond = server
        .get_ok("contacts?page=99999999999999&page_length=5")
        .await;
    assert_eq!(beyond["items"].as_array().unwrap().len(), 0);
    assert!(beyond["pagination"]["next_page_cursor"].is_null());
    server.stop().await;
}

#[tokio::test]
async fn cursor_survives_deletions_between_pages() {
    let server = start_plain(60).await;
    let all = column(
        &server,
        "SELECT uuid FROM contacts ORDER BY first_seen_at, id",
    );
    let mut seen: Vec<String> = Vec::new();
    let mut deleted_unseen: HashSet<String> = HashSet::new();
    let mut query = "contacts?page_length=7".to_string();
    let mut pages = 0;
    loop {
        let body = server.get_ok(&query).await;
        pages += 1;
        let page_uuids = uuids(&body);
        seen.extend(page_uuids.iter().cloned());
        let Some(cursor) = body["pagination"]["next_page_cursor"].as_str() else {
            break;
        };
        assert_eq!(body["pagination"]["current_page"], pages);

        // Delete the first contact of this page (already listed) and the last contact in
        // the order that is not listed yet.
        let (status, _) = server
            .delete(&format!("contact?uuid={}", page_uuids[0]))
            .await;
        assert_eq!(status, 200);
        let listed: HashSet<&String> = seen.iter().collect();
        if let Some(victim) = all
            .iter()
            .rev()
            .find(|uuid| !listed.contains(uuid) && !deleted_unseen.contains(*uuid))
        {
            let (status, _) = server.delete(&format!("contact?uuid={victim}")).await;
            assert_eq!(status, 200);
            deleted_unseen.insert(victim.clone());
        }
        query = format!("contacts?page_length=7&page_cursor={cursor}");
    }
    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "a contact was listed twice");
    let expected: Vec<String> = all
        .iter()
        .filter(|uuid| !deleted_unseen.contains(*uuid))
        .cloned()
        .collect();
    assert_eq!(seen, expected, "skipped or reordered contacts");
    assert!(pages >= 5, "only {pages} pages");
    server.stop().await;
}

#[tokio::test]
async fn cursor_puts_null_last_seen_last() {
    let server = start_plain(40).await;
    let expected = column(
        &server,
        "SELECT uuid FROM contacts ORDER BY last_seen_at IS NULL, last_seen_at, id",
    );
    let nulls = server.count("SELECT COUNT(*) FROM contacts WHERE last_seen_at IS NULL");
    assert!(nulls >= 1, "the seed has a contact never seen");
    let mut listed = Vec::new();
    let mut query = "contacts?order_by=last_seen_at&page_length=3".to_string();
    loop {
        let body = server.get_ok(&query).await;
        listed.extend(uuids(&body));
        let Some(cursor) = body["pagination"]["next_page_cursor"].as_str() else {
            break;
        };
        query = format!("contacts?order_by=last_seen_at&page_length=3&page_cursor={cursor}");
    }
    assert_eq!(listed, expected);
    let last = server
        .get_ok(&format!("contact?uuid={}", listed.last().unwrap()))
        .await;
    assert!(last["last_seen_at"].is_null());
    server.stop().await;
}

#[tokio::test]
async fn cursor_of_another_order_is_rejected() {
    let server = start_plain(10).await;
    let body = server.get_ok("contacts?page_length=2").await;
    let cursor = body["pagination"]["next_page_cursor"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, body) = server
        .get(&format!("contacts?order_by=email&page_cursor={cursor}"))
        .await;
    assert_eq!(status, 400);
    assert!(body["error"]
        .as_str()
        .unwrap()
        .starts_with("Invalid page_cursor"));
    let (status, _) = server.get("contacts?page_cursor=%%%").await;
    assert_eq!(status, 400);
    server.stop().await;
}

#[tokio::test]
async fn page_length_is_clamped_or_rejected() {
    let server = start_plain(5).await;
    let body = server.get_ok("contacts?page_length=5000").await;
    assert_eq!(body["pagination"]["page_length"], 1000);
    assert_eq!(body["pagination"]["last_page"], 1);
    let body = server.get_ok("contacts").await;
    assert_eq!(body["pagination"]["page_length"], 50);
    for query in [
        "page_length=0",
        "page_length=-1",
        "page_length=abc",
        "page=0",
        "page=x",
    ] {
        let (status, body) = server.get(&format!("contacts?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(body["error"].is_string(), "{query}: {body}");
    }
    server.stop().await;
}

#[tokio::test]
async fn responses_page_newest_first_by_cursor() {
    let server = start_plain(25).await;
    let expected = column(
        &server,
        "SELECT uuid FROM responses ORDER BY last_shown_at DESC, id DESC",
    );
    assert!(expected.len() > 30, "{} responses", expected.len());
    let mut listed = Vec::new();
    let mut query = "responses?include=all&page_length=8".to_string();
    loop {
        let body = server.get_ok(&query).await;
        assert_eq!(body["pagination"]["items_count"], expected.len());
        listed.extend(uuids(&body));
        let Some(cursor) = body["pagination"]["next_page_cursor"].as_str() else {
            break;
        };
        query = format!("responses?include=all&page_length=8&page_cursor={cursor}");
    }
    assert_eq!(listed, expected);
    server.stop().await;
}

#[tokio::test]
async fn segments_page_by_name() {
    let server = start_plain(10).await;
    let expected = column(&server, "SELECT name FROM segments ORDER BY name, id");
    let mut names = Vec::new();
    let mut query = "segments?page_length=3".to_string();
    loop {
        let body = server.get_ok(&query).await;
        for item in body["items"].as_array().unwrap() {
            names.push(item["name"].as_str().unwrap().to_string());
            assert!(item["is_manual"].is_boolean());
        }
        let Some(cursor) = body["pagination"]["next_page_cursor"].as_str() else {
            break;
        };
        query = format!("segments?page_length=3&page_cursor={cursor}");
    }
    assert_eq!(names, expected);
    server.stop().await;
}
