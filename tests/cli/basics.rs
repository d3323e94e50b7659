//! Commands that need no server: version, help, exit-code table, completions, usage errors.

use crate::support::{run, Env};

#[test]
fn version_prints_crate_version() {
    let env = Env::new();
    let out = run(env.bare().arg("--version"));
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        out.stdout.trim(),
        format!("refinerctl {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_exit_codes_lists_every_code() {
    let env = Env::new();
    let out = run(env.bare().args(["help", "exit-codes"]));
    assert_eq!(out.code, 0, "{out:?}");
    for code in ["0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "130"] {
        assert!(
            out.stdout.contains(&format!("  {code}")),
            "missing {code}: {out:?}"
        );
    }
}

#[test]
fn unknown_flag_is_usage_error() {
    let env = Env::new();
    let out = run(env.bare().args(["users", "list", "--bogus"]));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
}

#[test]
fn missing_key_exits_4_with_hint() {
    let env = Env::new();
    let out = run(env.bare().args(["users", "list"]));
    assert_eq!(out.code, 4, "{out:?}");
    assert!(out.stderr.contains("no API key"), "{out:?}");
    assert!(out.stderr.contains("hint:"), "{out:?}");
}

#[test]
fn plain_http_to_remote_host_is_rejected() {
    let env = Env::new();
    let out = run(env
        .bare()
        .args(["users", "list", "--api-url", "http://example.com/v1"])
        .env("REFINER_API_KEY", "k-123456789"));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .contains("plain http is allowed only for loopback"),
        "{out:?}"
    );
}

#[cfg(unix)]
#[test]
fn readable_key_file_is_rejected() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let key_file = env.path("key");
    std::fs::write(&key_file, "secret-key-value\n").unwrap();
    std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(env
        .bare()
        .args(["users", "list", "--api-key-file"])
        .arg(&key_file));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("chmod 600"), "{out:?}");
    assert!(!out.stderr.contains("secret-key-value"), "{out:?}");
}
