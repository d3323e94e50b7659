//! Writes: identify-user, track-event, sync-segment, storing and tagging responses.

use super::start_plain;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn identify_keeps_attributes_exact() {
    let server = start_plain(5).await;
    let body = r#"{"id": "big-1", "email": "big@example.com", "plan": "pro",
        "attributes": {"huge": 123456789012345678901234567890, "ratio": 0.1, "nested": {"a": [1, 2]}},
        "signup_at": "2024-02-03"}"#;
    let request = server
        .request(Method::POST, "identify-user")
        .header("Content-Type", "application/json")
        .body(body);
    let (status, created) = server.send(request).await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["message"], "ok");
    let uuid = created["contact_uuid"].as_str().unwrap().to_string();

    let raw = server
        .request(Method::GET, "contact?id=big-1")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let stored: String = server
        .db()
        .query_row(
            "SELECT attributes FROM contacts WHERE remote_id = 'big-1'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert!(
        raw.contains(&format!("\"attributes\":{stored}")),
        "{raw}\nstored {stored}"
    );
    assert!(
        stored.contains("\"huge\":123456789012345678901234567890"),
        "{stored}"
    );
    assert!(stored.contains("\"ratio\":0.1"), "{stored}");
    assert!(
        stored.contains("\"signup_at\":\"2024-02-03T00:00:00.000000Z\""),
        "{stored}"
    );

    let (status, updated) = server
        .post_json(
            "identify-user",
            json!({"id": "big-1", "plan": "enterprise", "name": "Big One"}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(updated["contact_uuid"], uuid.as_str());
    let contact = server.get_ok("contact?id=big-1").await;
    assert_eq!(contact["attributes"]["plan"], "enterprise");
    assert_eq!(contact["attributes"]["ratio"].to_string(), "0.1");
    assert_eq!(contact["display_name"], "Big One");
    assert_eq!(contact["email"], "big@example.com");
    assert_eq!(
        server.count("SELECT COUNT(*) FROM contacts WHERE remote_id = 'big-1'"),
        1
    );
    server.stop().await;
}

#[tokio::test]
async fn identify_accepts_form_bracket_keys() {
    let server = start_plain(5).await;
    let form = [
        ("id", "form-user"),
        ("email", "form+user@example.com"),
        ("role", "Manager"),
        ("account[id]", "acme-1"),
        ("account[name]", "Acme"),
        ("account[domain]", "acme.example"),
        ("account[tier]", "gold"),
    ];
    let (status, body) = server
        .send(server.request(Method::POST, "identify-user").form(&form))
        .await;
    assert_eq!(status, 200, "{body}");
    let contact = server
        .get_ok("contact?email=form%2Buser%40example.com")
        .await;
    assert_eq!(contact["remote_id"], "form-user");
    assert_eq!(contact["attributes"]["role"], "Manager");
    assert_eq!(contact["account"]["remote_id"], "acme-1");
    assert_eq!(contact["account"]["display_name"], "Acme");
    assert_eq!(contact["account"]["domain"], "acme.example");
    assert_eq!(contact["account"]["attributes"], json!({"tier": "gold"}));

    let (status, body) = server
        .post_json("identify-user", json!({"plan": "pro"}))
        .await;
    assert_eq!(status, 400);
    assert!(body["error"].is_string());
    let (status, body) = server
        .post_json(
            "identify-user",
            json!({"id": "x", "account": {"name": "No id"}}),
        )
        .await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("account[id]"));
    let broken = server
        .request(Method::POST, "identify-user")
        .header("Content-Type", "application/json")
        .body("{\"id\": ");
    let (status, body) = server.send(broken).await;
    assert_eq!(status, 400);
    assert!(body["error"]
        .as_str()
        .unwrap()
        .starts_with("Invalid JSON body"));
    server.stop().await;
}

#[tokio::test]
async fn track_event_records_and_creates_users() {
    let server = start_plain(5).await;
    let (status, body) = server
        .post_json(
            "track-event",
            json!({"id": "tracked-1", "event": "clicked"}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body, json!({"message": "ok"}));
    let events = server.count(
        "SELECT COUNT(*) FROM events e JOIN contacts c ON c.id = e.contact_id
         WHERE c.remote_id = 'tracked-1' AND e.name = 'clicked'",
    );
    assert_eq!(events, 1);
    let (status, _) = server
        .post_json("track-event", json!({"id": "tracked-1"}))
        .await;
    assert_eq!(status, 400);
    server.stop().await;
}

fn segment(server: &super::TestServer, manual: bool) -> String {
    server
        .db()
        .query_row(
            "SELECT uuid FROM segments WHERE is_manual = ?1 ORDER BY id LIMIT 1",
            [manual],
            |row| row.get(0),
        )
        .unwrap()
}

#[tokio::test]
async fn sync_segment_adds_and_removes() {
    let server = start_plain(5).await;
    let manual = segment(&server, true);
    let (status, body) = server
        .post_json(
            "sync-segment",
            json!({"segment_uuid": manual, "id": "new-member"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["segment_uuid"], manual.as_str());
    assert_eq!(body["segment_uid"], manual.as_str());
    let contact = server.get_ok("contact?id=new-member").await;
    assert_eq!(body["contact_uuid"], contact["uuid"]);
    assert!(contact["segments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["uuid"] == manual.as_str()));

    let (status, _) = server
        .delete(&format!("sync-segment?segment_uuid={manual}&id=new-member"))
        .await;
    assert_eq!(status, 200);
    let contact = server.get_ok("contact?id=new-member").await;
    assert_eq!(contact["segments"], json!([]));

    let dynamic = segment(&server, false);
    let (status, body) = server
        .post_json(
            "sync-segment",
            json!({"segment_uuid": dynamic, "id": "new-member"}),
        )
        .await;
    assert_eq!(status, 400);
    assert!(body["error"]
        .as_str()
        .unwrap()
        .contains("not a manual segment"));
    let (status, body) = server
        .post_json("sync-segment", json!({"segment_uuid": "nope", "id": "x"}))
        .await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "Segment not found");
    let (status, _) = server
        .delete(&format!("sync-segment?segment_uuid={manual}&id=ghost"))
        .await;
    assert_eq!(status, 404);
    server.stop().await;
}

#[tokio::test]
async fn store_response_dedupes_and_tags() {
    let server = start_plain(5).await;
    let form_uuid: String = server
        .db()
        .query_row(
            "SELECT uuid FROM forms WHERE name = 'Net Promoter Score'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let body = json!({"form_uuid": form_uuid, "id": "answerer", "date": "2026-10-01T12:00:00Z",
                      "nps": 9, "nps_reason": "Fast", "tags": ["imported"]});
    let (status, first) = server.post_json("responses", body.clone()).await;
    assert_eq!(status, 200, "{first}");
    let uuid = first["uuid"].as_str().unwrap().to_string();
    let (_, second) = server.post_json("responses", body.clone()).await;
    assert_eq!(
        second["uuid"],
        uuid.as_str(),
        "duplicate is not stored again"
    );
    let mut allow = body.clone();
    allow["prevent_duplicates"] = json!(false);
    let (_, third) = server.post_json("responses", allow).await;
    assert_ne!(third["uuid"], uuid.as_str());

    let listed = server.get_ok("responses?search=answerer").await;
    assert_eq!(listed["pagination"]["items_count"], 2);
    let item = &listed["items"][0];
    assert_eq!(item["data"], json!({"nps": 9, "nps_reason": "Fast"}));
    assert_eq!(item["completed_at"], "2026-10-01 12:00:00");
    let contact = server.get_ok("contact?id=answerer").await;
    assert_eq!(
        contact["last_form_submission_at"],
        "2026-10-01T12:00:00.000000Z"
    );

    let (status, body) = server
        .post_json(
            "responses/tags",
            json!({"uuid": uuid, "tags": ["vip", "imported"]}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let tags = server.count(&format!(
        "SELECT COUNT(*) FROM response_tags rt JOIN responses r ON r.id = rt.response_id WHERE r.uuid = '{uuid}'"
    ));
    assert_eq!(tags, 2);
    let (status, body) = server
        .post_json("responses/tags", json!({"uuid": "missing", "tags": ["x"]}))
        .await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "Response not found");
    let (status, _) = server
        .post_json("responses", json!({"form_uuid": "missing", "id": "a"}))
        .await;
    assert_eq!(status, 404);
    let too_many: Vec<String> = (0..21).map(|n| format!("t{n}")).collect();
    let (status, body) = server
        .post_json("responses/tags", json!({"uuid": uuid, "tags": too_many}))
        .await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("at most 20"));
    server.stop().await;
}
