//! A DELETE whose response is lost after the server carried it out: the retry meets a 404,
//! and the item counts as already absent. The sandbox injects faults before it handles a
//! request, so it cannot lose a response after a delete. This hand-made HTTP/1.1 server on
//! 127.0.0.1 does just that, for one contact.

use crate::support::{run, Env};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

const CONTACT: &str = "5d0c1e2a-0000-11ea-8000-000000000001";

/// What the server saw.
#[derive(Default)]
struct Seen {
    deleted: AtomicBool,
    deletes: AtomicUsize,
}

/// Starts the server and returns its base URL.
fn start(seen: Arc<Seen>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            serve(stream, &seen);
        }
    });
    url
}

/// Serves one request and closes the connection.
fn serve(mut stream: TcpStream, seen: &Seen) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    reader.read_line(&mut request_line).unwrap();
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default();
    let target = parts.next().unwrap_or_default();
    let path = target.split('?').next().unwrap_or_default();

    let (status, body) = match (method, path) {
        ("GET", "/v1/") => (
            200,
            r#"{"project_uuid":"p-1","project_name":"Fault lab","message":"ok"}"#.to_string(),
        ),
        ("GET", "/v1/contact") if !seen.deleted.load(Ordering::SeqCst) => (
            200,
            format!(r#"{{"uuid":"{CONTACT}","remote_id":"user-1"}}"#),
        ),
        ("DELETE", "/v1/contact") if seen.deletes.fetch_add(1, Ordering::SeqCst) == 0 => {
            // Delete, then lose the response: close the connection without a byte.
            seen.deleted.store(true, Ordering::SeqCst);
            return;
        }
        _ => (404, r#"{"error":"Contact not found"}"#.to_string()),
    };
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let response = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes());
}

#[test]
fn retried_delete_404_is_already_absent() {
    let seen = Arc::new(Seen::default());
    let url = start(seen.clone());
    let env = Env::new();
    let out = run(env
        .bare()
        .env("REFINER_API_URL", &url)
        .env("REFINER_API_KEY", "fault-lab-key-0123456789")
        .args(["users", "delete", "--uuid", CONTACT, "--yes", "-o", "json"]));

    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        seen.deletes.load(Ordering::SeqCst),
        2,
        "one lost answer, one retry"
    );
    assert!(out.stderr.contains("retrying DELETE /contact"), "{out:?}");
    assert!(
        out.stderr
            .contains("0 deleted, 1 already absent, 0 failed, 0 skipped"),
        "{out:?}"
    );
    let summary: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(summary["counts"]["already_absent"], 1, "{out:?}");
    assert_eq!(summary["counts"]["failed"], 0, "{out:?}");
    assert_eq!(summary["survivors"], 0, "{out:?}");
}
