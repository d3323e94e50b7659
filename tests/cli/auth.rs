//! `auth login`, `auth status`, `auth logout`, and key errors against a real sandbox.

use crate::support::{json, run, Env, Sandbox};

fn private_key_file(env: &Env, key: &str) -> std::path::PathBuf {
    let path = env.path("key.txt");
    std::fs::write(&path, format!("{key}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

#[test]
fn login_stores_key_and_status_masks_it() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let key_file = private_key_file(&env, &sandbox.key);

    let login = run(env
        .bare()
        .args(["auth", "login", "--api-url", &sandbox.url, "--api-key-file"])
        .arg(&key_file));
    assert_eq!(login.code, 0, "{login:?}");
    assert!(login.stderr.contains("Sandbox"), "{login:?}");

    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(
        config.contains(&sandbox.key),
        "the key is stored in the profile"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file_mode = std::fs::metadata(env.config_dir().join("config.toml"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        let dir_mode = std::fs::metadata(env.config_dir())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(file_mode, 0o600);
        assert_eq!(dir_mode, 0o700);
    }

    let status = run(env.bare().args(["auth", "status", "-o", "json"]));
    assert_eq!(status.code, 0, "{status:?}");
    let report = json(&status);
    assert_eq!(report["profile"], "default");
    assert_eq!(report["environment"], "Sandbox");
    assert_eq!(
        report["api_url"].as_str().unwrap().trim_end_matches('/'),
        sandbox.url.trim_end_matches('/')
    );
    let key_line = report["key"].as_str().unwrap();
    assert!(key_line.starts_with("****"), "{key_line}");
    assert!(key_line.contains("profile `default`"), "{key_line}");
    assert!(!status.stdout.contains(&sandbox.key), "{status:?}");
    assert!(!status.stderr.contains(&sandbox.key), "{status:?}");

    let logout = run(env.bare().args(["auth", "logout"]));
    assert_eq!(logout.code, 0, "{logout:?}");
    let after = run(env.bare().args(["users", "list"]));
    assert_eq!(after.code, 4, "{after:?}");
}

#[test]
fn login_reads_key_from_stdin() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let login = run(env
        .bare()
        .args([
            "auth",
            "login",
            "--profile",
            "ci",
            "--api-url",
            &sandbox.url,
        ])
        .write_stdin(format!("{}\n", sandbox.key)));
    assert_eq!(login.code, 0, "{login:?}");
    let list = run(env.bare().args([
        "--profile",
        "ci",
        "users",
        "list",
        "--limit",
        "3",
        "-o",
        "json",
    ]));
    assert_eq!(list.code, 0, "{list:?}");
    assert_eq!(json(&list).as_array().unwrap().len(), 3);
}

#[test]
fn unknown_key_exits_4_with_hint() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let out = run(env
        .bare()
        .args(["users", "list"])
        .env("REFINER_API_URL", &sandbox.url)
        .env("REFINER_API_KEY", "0b8e1c36-7a51-4c7e-9d0f-5f2b9e8c1a77"));
    assert_eq!(out.code, 4, "{out:?}");
    assert!(
        out.stderr.contains("API key not valid or does not exist"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("hint: check the key with `refinerctl auth status`"),
        "{out:?}"
    );
    assert!(
        !out.stderr.contains("0b8e1c36-7a51"),
        "the key must not be echoed: {out:?}"
    );
}

#[test]
fn login_with_wrong_key_stores_nothing() {
    let sandbox = Sandbox::start(20, &[]);
    let env = Env::new();
    let key_file = private_key_file(&env, "wrong-key-0123456789");
    let out = run(env
        .bare()
        .args(["auth", "login", "--api-url", &sandbox.url, "--api-key-file"])
        .arg(&key_file));
    assert_eq!(out.code, 4, "{out:?}");
    assert!(!env.config_dir().join("config.toml").exists());
}
