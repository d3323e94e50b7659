//! Reads and deletes: contacts, search, segments, forms, responses, account, reporting.

use super::start_plain;
use reqwest::Method;
use serde_json::{json, Value};

fn items(body: &Value) -> &Vec<Value> {
    body["items"].as_array().unwrap()
}

#[tokio::test]
async fn search_folds_case_and_keeps_plus() {
    let server = start_plain(30).await;
    let (status, _) = server
        .post_json(
            "identify-user",
            json!({"id": "mixed-1", "email": "Mixed.Case+Tag@Example.com"}),
        )
        .await;
    assert_eq!(status, 200);

    let request = server
        .request(Method::GET, "contacts")
        .query(&[("search", "mixed.case+TAG@example")]);
    let (status, body) = server.send(request).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(items(&body).len(), 1);
    assert_eq!(items(&body)[0]["email"], "Mixed.Case+Tag@Example.com");

    // A `+` that is not percent-encoded means a space, so it does not match.
    let body = server.get_ok("contacts?search=case+tag").await;
    assert_eq!(items(&body).len(), 0);

    let body = server
        .get_ok("contacts?search=ZO%C3%8B%20%C3%85NGSTR%C3%96M")
        .await;
    assert_eq!(items(&body).len(), 1, "unicode case folding: {body}");
    assert_eq!(items(&body)[0]["display_name"], "Zoë Ångström");

    let body = server
        .get_ok("contacts?search=ann%2Btest%40example.com")
        .await;
    assert_eq!(items(&body).len(), 1);
    assert_eq!(items(&body)[0]["email"], "ann+test@example.com");
    server.stop().await;
}

#[tokio::test]
async fn contact_has_the_documented_shape() {
    let server = start_plain(20).await;
    let body = server.get_ok("contact?id=user-000001").await;
    let keys: Vec<&str> = body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected = [
        "uuid",
        "remote_id",
        "email",
        "display_name",
        "first_seen_at",
        "last_seen_at",
        "attributes",
        "segments",
        "account",
        "last_form_submission_at",
    ];
    assert_eq!(keys, expected);
    assert_eq!(body["display_name"], "Zoë Ångström");
    let uuid = body["uuid"].as_str().unwrap();
    assert_eq!(uuid.len(), 36);
    assert_eq!(&uuid[14..15], "1", "version-1 uuid: {uuid}");
    let first_seen = body["first_seen_at"].as_str().unwrap();
    assert!(first_seen.ends_with(".000000Z"), "{first_seen}");
    assert_eq!(first_seen.as_bytes()[10], b'T', "{first_seen}");
    for key in [
        "plan",
        "role",
        "signup_source",
        "logins",
        "is_admin",
        "created_at",
    ] {
        assert!(
            body["attributes"].get(key).is_some(),
            "attribute {key}: {body}"
        );
    }

    let with_account: String = server
        .db()
        .query_row(
            "SELECT uuid FROM contacts WHERE account_id IS NOT NULL ORDER BY id LIMIT 1",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let body = server.get_ok(&format!("contact?uuid={with_account}")).await;
    let account = &body["account"];
    for key in [
        "uuid",
        "remote_id",
        "display_name",
        "domain",
        "first_seen_at",
        "last_seen_at",
        "attributes",
    ] {
        assert!(account.get(key).is_some(), "account.{key}: {account}");
    }
    assert!(account["attributes"]["billing"].is_object());
    server.stop().await;
}

#[tokio::test]
async fn contact_selectors_and_not_found() {
    let server = start_plain(10).await;
    let (status, body) = server.get("contact").await;
    assert_eq!(status, 400);
    assert!(body["error"]
        .as_str()
        .unwrap()
        .contains("exactly one of id, email or uuid"));

    let (status, _) = server
        .get("contact?id=user-000001&email=a%40example.com")
        .await;
    assert_eq!(status, 400);

    let (status, body) = server.get("contact?id=nobody-here").await;
    assert_eq!(status, 404);
    assert_eq!(body, json!({"error": "Contact not found"}));

    // Three seeded contacts share this address; GET returns the first of them.
    let first: String = server
        .db()
        .query_row(
            "SELECT uuid FROM contacts WHERE email = 'shared.inbox@example.com' ORDER BY id LIMIT 1",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let body = server
        .get_ok("contact?email=SHARED.INBOX%40example.com")
        .await;
    assert_eq!(body["uuid"], first.as_str());
    let (status, body) = server
        .delete("contact?uuid=00000000-0000-1000-8000-000000000000")
        .await;
    assert_eq!(status, 404);
    assert_eq!(body, json!({"error": "Contact not found"}));
    server.stop().await;
}

#[tokio::test]
async fn delete_cascades_to_responses_and_memberships() {
    let server = start_plain(40).await;
    let (contact_id, uuid): (i64, String) = server
        .db()
        .query_row(
            "SELECT c.id, c.uuid FROM contacts c
             WHERE EXISTS (SELECT 1 FROM responses r WHERE r.contact_id = c.id)
               AND EXISTS (SELECT 1 FROM memberships m WHERE m.contact_id = c.id)
             ORDER BY c.id LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    let responses_before = server.count("SELECT COUNT(*) FROM responses");
    let own = server.count(&format!(
        "SELECT COUNT(*) FROM responses WHERE contact_id = {contact_id}"
    ));
    assert!(own > 0);

    let (status, body) = server.delete(&format!("contact?uuid={uuid}")).await;
    assert_eq!(status, 200);
    assert_eq!(body, json!({"message": "ok"}));

    assert_eq!(
        server.count(&format!(
            "SELECT COUNT(*) FROM contacts WHERE id = {contact_id}"
        )),
        0
    );
    assert_eq!(
        server.count(&format!(
            "SELECT COUNT(*) FROM responses WHERE contact_id = {contact_id}"
        )),
        0
    );
    assert_eq!(
        server.count(&format!(
            "SELECT COUNT(*) FROM memberships WHERE contact_id = {contact_id}"
        )),
        0
    );
    assert_eq!(
        server.count(&format!(
            "SELECT COUNT(*) FROM events WHERE contact_id = {contact_id}"
        )),
        0
    );
    assert_eq!(
        server.count("SELECT COUNT(*) FROM responses"),
        responses_before - own
    );
    assert_eq!(
        server.count("SELECT COUNT(*) FROM response_tags WHERE response_id NOT IN (SELECT id FROM responses)"),
        0
    );

    let (status, body) = server.get(&format!("contact?uuid={uuid}")).await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "Contact not found");
    let (status, _) = server.delete(&format!("contact?uuid={uuid}")).await;
    assert_eq!(status, 404);
    server.stop().await;
}

#[tokio::test]
async fn delete_by_email_removes_first_match() {
    let server = start_plain(10).await;
    let shared = "SELECT COUNT(*) FROM contacts WHERE email = 'shared.inbox@example.com'";
    assert_eq!(server.count(shared), 3);
    let (status, _) = server
        .delete("contact?email=shared.inbox%40example.com")
        .await;
    assert_eq!(status, 200);
    assert_eq!(server.count(shared), 2);
    assert_eq!(
        server.count("SELECT COUNT(*) FROM contacts WHERE remote_id = 'user-000003'"),
        0
    );
    server.stop().await;
}

#[tokio::test]
async fn segment_and_form_filters() {
    let server = start_plain(200).await;
    let (segment_uuid, members): (String, i64) = server
        .db()
        .query_row(
            "SELECT s.uuid, COUNT(*) FROM segments s JOIN memberships m ON m.segment_id = s.id
             GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    let body = server
        .get_ok(&format!(
            "contacts?segment_uuid={segment_uuid}&page_length=1"
        ))
        .await;
    assert_eq!(body["pagination"]["items_count"], members);
    let listed_segments = &items(&body)[0]["segments"];
    assert!(listed_segments
        .as_array()
        .unwrap()
        .iter()
        .any(|segment| segment["uuid"] == segment_uuid.as_str()));

    let (status, body) = server.get("contacts?segment_uuid=no-such-segment").await;
    assert_eq!(status, 404);
    assert_eq!(body, json!({"error": "Segment not found"}));

    let (form_id, form_uuid): (i64, String) = server
        .db()
        .query_row(
            "SELECT id, uuid FROM forms WHERE name = 'Net Promoter Score'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    let expected = server.count(&format!(
        "SELECT COUNT(DISTINCT contact_id) FROM responses WHERE form_id = {form_id} AND first_data_reception_at IS NOT NULL"
    ));
    let body = server
        .get_ok(&format!("contacts?form_uuid={form_uuid}"))
        .await;
    assert_eq!(body["pagination"]["items_count"], expected);
    assert!(expected > 0);
    server.stop().await;
}

#[tokio::test]
async fn responses_filters_and_shapes() {
    let server = start_plain(60).await;
    let completed = server.count("SELECT COUNT(*) FROM responses WHERE completed_at IS NOT NULL");
    let partials =
        server.count("SELECT COUNT(*) FROM responses WHERE first_data_reception_at IS NOT NULL");
    let all = server.count("SELECT COUNT(*) FROM responses");
    assert!(completed < partials);
    assert!(partials < all);
    for (include, expected) in [
        ("", completed),
        ("&include=partials", partials),
        ("&include=all", all),
    ] {
        let body = server
            .get_ok(&format!("responses?page_length=1{include}"))
            .await;
        assert_eq!(
            body["pagination"]["items_count"], expected,
            "include {include}"
        );
    }

    let body = server.get_ok("responses?page_length=1").await;
    let response = &items(&body)[0];
    let last_shown = response["last_shown_at"].as_str().unwrap();
    assert_eq!(last_shown.len(), 19);
    assert_eq!(last_shown.as_bytes()[10], b' ', "{last_shown}");
    assert!(response["completed_at"].is_string());
    assert!(response["form"]["name"].is_string());
    assert!(response["contact"].get("attributes").is_none());
    let body = server
        .get_ok("responses?page_length=1&with_attributes=1")
        .await;
    assert!(items(&body)[0]["contact"]["attributes"]["plan"].is_string());

    let dismissed = server
        .get_ok("responses?include=all&page_length=1000")
        .await;
    let dismissed: Vec<&Value> = items(&dismissed)
        .iter()
        .filter(|r| r["dismissed_at"].is_string())
        .collect();
    assert!(!dismissed.is_empty());
    assert!(dismissed
        .iter()
        .all(|r| r["data"] == json!({}) && r["completed_at"].is_null()));

    let forms: Vec<(i64, String)> = {
        let connection = server.db();
        let mut statement = connection
            .prepare("SELECT id, uuid FROM forms ORDER BY id LIMIT 2")
            .unwrap();
        let rows = statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap();
        rows.map(Result::unwrap).collect()
    };
    let expected = server.count(&format!(
        "SELECT COUNT(*) FROM responses WHERE completed_at IS NOT NULL AND form_id IN ({}, {})",
        forms[0].0, forms[1].0
    ));
    let body = server
        .get_ok(&format!(
            "responses?form_uuids[]={}&form_uuids%5B%5D={}",
            forms[0].1, forms[1].1
        ))
        .await;
    assert_eq!(body["pagination"]["items_count"], expected);

    let plan_pro = server.count(
        "SELECT COUNT(*) FROM responses r JOIN contacts c ON c.id = r.contact_id
         WHERE r.completed_at IS NOT NULL AND json_extract(c.attributes, '$.plan') = 'pro'",
    );
    let body = server
        .get_ok("responses?contact_data[plan]=pro&page_length=1")
        .await;
    assert_eq!(body["pagination"]["items_count"], plan_pro);
    let admins = server.count(
        "SELECT COUNT(*) FROM responses r JOIN contacts c ON c.id = r.contact_id
         WHERE r.completed_at IS NOT NULL AND json_extract(c.attributes, '$.is_admin') = 1",
    );
    assert!(admins > 0);
    let body = server
        .get_ok("responses?contact_data%5Bis_admin%5D=true&page_length=1")
        .await;
    assert_eq!(body["pagination"]["items_count"], admins);
    let (status, _) = server.get("responses?contact_data[a%22b]=1").await;
    assert_eq!(status, 400);

    let in_range = server.count(
        "SELECT COUNT(*) FROM responses WHERE completed_at IS NOT NULL
         AND last_data_reception_at >= '2025-01-01 00:00:00' AND last_data_reception_at < '2026-01-01 00:00:00'",
    );
    let body = server
        .get_ok("responses?date_range_start=2025-01-01&date_range_end=2026-01-01T00:00:00Z&page_length=1")
        .await;
    assert_eq!(body["pagination"]["items_count"], in_range);
    let (status, _) = server.get("responses?date_range_start=yesterday").await;
    assert_eq!(status, 400);
    let (status, _) = server.get("responses?include=everything").await;
    assert_eq!(status, 400);
    server.stop().await;
}

#[tokio::test]
async fn search_on_responses_finds_the_contact() {
    let server = start_plain(30).await;
    let (remote_id, expected): (String, i64) = server
        .db()
        .query_row(
            "SELECT c.remote_id, COUNT(*) FROM contacts c JOIN responses r ON r.contact_id = c.id
             WHERE c.remote_id IS NOT NULL GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    let body = server
        .get_ok(&format!(
            "responses?include=all&search={}",
            remote_id.to_uppercase()
        ))
        .await;
    assert_eq!(body["pagination"]["items_count"], expected);
    assert!(items(&body)
        .iter()
        .all(|r| r["contact"]["remote_id"] == remote_id.as_str()));
    server.stop().await;
}

#[tokio::test]
async fn forms_lists_and_info() {
    let server = start_plain(30).await;
    let names = |body: &Value| -> Vec<String> {
        items(body)
            .iter()
            .map(|form| form["name"].as_str().unwrap().to_string())
            .collect()
    };
    let all = server.get_ok("forms").await;
    assert!(!names(&all).contains(&"Legacy NPS 2023".to_string()));
    assert!(names(&all).len() >= 4);
    let mut sorted = names(&all);
    sorted.sort();
    assert_eq!(names(&all), sorted);
    assert_eq!(
        names(&server.get_ok("forms?list=archived").await),
        ["Legacy NPS 2023"]
    );
    assert_eq!(
        names(&server.get_ok("forms?list=drafts").await),
        ["Pricing page poll"]
    );
    let (status, _) = server.get("forms?list=nonsense").await;
    assert_eq!(status, 400);

    let plain = &items(&all)[0];
    assert_eq!(plain.as_object().unwrap().len(), 2, "{plain}");
    let info = server
        .get_ok("forms?include_info=1&list=all_with_archived")
        .await;
    for form in items(&info) {
        let uuid = form["uuid"].as_str().unwrap();
        let views = server.count(&format!(
            "SELECT COUNT(*) FROM responses r JOIN forms f ON f.id = r.form_id WHERE f.uuid = '{uuid}'"
        ));
        assert_eq!(form["views_count"], views, "{form}");
        assert!(form["channels"].is_array());
        assert!(form.get("created_at").is_some());
    }
    let config = server.get_ok("forms?include_config=1").await;
    assert!(items(&config)[0]["config"]["form_elements"].is_array());
    server.stop().await;
}

#[tokio::test]
async fn account_and_reporting_count() {
    let server = start_plain(10).await;
    server
        .post_json("identify-user", json!({"id": "active-now"}))
        .await;
    let since = crate::time::format_contact_style(chrono::Utc::now() - chrono::Duration::days(30));
    let active = server.count(&format!(
        "SELECT COUNT(*) FROM contacts WHERE last_seen_at > '{since}'"
    ));
    assert!(active >= 1, "the contact identified just now is active");
    let body = server.get_ok("account").await;
    assert_eq!(body["subscription"]["mtu_count"], active);
    assert!(body["subscription"]["plan"].is_string());
    assert_eq!(body["environments"][0]["name"], "Sandbox");
    assert_eq!(body["environments"][0]["mtu"], active);

    let views = server.count(
        "SELECT COUNT(*) FROM responses WHERE last_shown_at >= '2024-01-01 00:00:00' AND last_shown_at < '2027-01-01 00:00:00'",
    );
    let completed = server.count(
        "SELECT COUNT(*) FROM responses WHERE completed_at >= '2024-01-01 00:00:00' AND completed_at < '2027-01-01 00:00:00'",
    );
    let body = server
        .get_ok("reporting?type=count&date_range_start=2024-01-01&date_range_end=2027-01-01")
        .await;
    assert_eq!(body["views"], views);
    assert_eq!(body["responses"], completed);
    assert_eq!(body["date_range_start"], "2024-01-01 00:00:00");
    let (status, body) = server.get("reporting?type=nps").await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("type=count"));
    server.stop().await;
}
