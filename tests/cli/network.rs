//! Retries and error reporting against injected sandbox faults.

use crate::support::{json, run, Env, Sandbox};

fn list_with_fault(spec: &str) -> crate::support::Run {
    let sandbox = Sandbox::start(15, &["--faults", spec]);
    let env = Env::new();
    run(env.cmd(&sandbox).args(["users", "list", "-o", "json"]))
}

#[test]
fn retry_after_seconds_then_success() {
    let out = list_with_fault("429#1");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(json(&out).as_array().unwrap().len(), 15);
    assert!(out.stderr.contains("retrying GET /contacts"), "{out:?}");
    assert!(out.stderr.contains("HTTP 429"), "{out:?}");
}

#[test]
fn retry_after_http_date_then_success() {
    let out = list_with_fault("429-date#1");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(json(&out).as_array().unwrap().len(), 15);
    assert!(out.stderr.contains("HTTP 429"), "{out:?}");
}

#[test]
fn server_error_then_success() {
    let out = list_with_fault("500#1");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(json(&out).as_array().unwrap().len(), 15);
    assert!(out.stderr.contains("HTTP 500"), "{out:?}");
}

#[test]
fn dropped_connection_then_success() {
    let out = list_with_fault("drop#1");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(json(&out).as_array().unwrap().len(), 15);
    assert!(out.stderr.contains("retrying GET /contacts"), "{out:?}");
}

#[test]
fn html_error_page_names_status_and_type() {
    let sandbox = Sandbox::start(5, &["--faults", "html=1"]);
    let env = Env::new();
    let out = run(env.cmd(&sandbox).args(["users", "list", "--retries", "1"]));
    assert_eq!(out.code, 7, "{out:?}");
    assert!(out.stderr.contains("HTTP 502"), "{out:?}");
    assert!(out.stderr.contains("text/html"), "{out:?}");
    assert!(out.stdout.is_empty(), "no partial list on stdout: {out:?}");
}
