//! The three ways to pass the key and the three authentication errors.

use super::start_plain;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn three_key_forms_authenticate() {
    let server = start_plain(5).await;
    let expected_uuid = crate::sandbox::identity_for_seed(1).project_uuid;

    let bearer = server.get_ok("").await;
    assert_eq!(bearer["project_name"], "Sandbox");
    assert_eq!(bearer["project_uuid"], expected_uuid.as_str());
    assert_eq!(bearer["message"], "Authentication successful");

    let basic = server
        .client
        .get(server.url(""))
        .basic_auth(server.key(), Some(""));
    let (status, body) = server.send(basic).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["project_name"], "Sandbox");

    let query = server
        .client
        .get(server.url(&format!("contacts?api_key={}", server.key())));
    let (status, body) = server.send(query).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["items"].as_array().unwrap().len(), 5);

    let in_body = server
        .client
        .post(server.url("identify-user"))
        .json(&json!({"api_key": server.key(), "id": "body-key-user"}));
    let (status, body) = server.send(in_body).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["message"], "ok");

    let form_body = server.client.post(server.url("track-event")).form(&[
        ("api_key", server.key()),
        ("id", "body-key-user"),
        ("event", "signed_in"),
    ]);
    let (status, body) = server.send(form_body).await;
    assert_eq!(status, 200, "{body}");
    server.stop().await;
}

#[tokio::test]
async fn auth_errors_have_the_live_shapes() {
    let server = start_plain(3).await;

    let (status, body) = server.send(server.client.get(server.url("contacts"))).await;
    assert_eq!(status, 401);
    assert_eq!(body, json!({"error": "No API key found in headers"}));

    let short = server.client.get(server.url("contacts")).bearer_auth("abc");
    let (status, body) = server.send(short).await;
    assert_eq!(status, 401);
    assert_eq!(body, json!({"error": "API key does not look valid"}));

    let spaced = server
        .client
        .get(server.url("contacts"))
        .header("Authorization", "Bearer not a key at all");
    let (status, body) = server.send(spaced).await;
    assert_eq!(status, 401);
    assert_eq!(body, json!({"error": "API key does not look valid"}));

    let unknown = server
        .client
        .get(server.url("contacts"))
        .bearer_auth("sandbox-00000000000000000000000000000000");
    let (status, body) = server.send(unknown).await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        json!({"message": "API key not valid or does not exist"})
    );
    server.stop().await;
}

#[tokio::test]
async fn unknown_path_and_method_errors() {
    let server = start_plain(3).await;
    let (status, body) = server.get("nothing-here").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "Unknown endpoint GET /v1/nothing-here");

    let (status, body) = server.send(server.request(Method::PUT, "contacts")).await;
    assert_eq!(status, 405);
    assert_eq!(body["error"], "Method PUT is not allowed for /v1/contacts");
    server.stop().await;
}
