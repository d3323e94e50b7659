//! Settings: the config file with its profiles, and the resolution of every setting in one
//! place, with the precedence flag > environment variable > profile > built-in default.

use crate::api::client::DEFAULT_MAX_RPS;
use crate::api::ApiKey;
use crate::exit::CliError;
use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use url::Url;

pub const ENV_PROFILE: &str = "REFINER_PROFILE";
pub const ENV_API_URL: &str = "REFINER_API_URL";
pub const ENV_API_KEY: &str = "REFINER_API_KEY";
pub const ENV_CONFIG_DIR: &str = "REFINER_CONFIG_DIR";
pub const ENV_STATE_DIR: &str = "REFINER_STATE_DIR";
/// Items per page of listings, 1 to 1000; meant for testing paging against small data.
pub const ENV_PAGE_LENGTH: &str = "REFINER_PAGE_LENGTH";
pub const DEFAULT_API_URL: &str = "https://api.refiner.io/v1";
pub const DEFAULT_PROFILE: &str = "default";
pub const DEFAULT_CONCURRENCY: usize = 8;

/// The config file: `config.toml` in the config folder.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One named profile: which API, which key, and how carefully to act on it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Destructive commands on a protected profile also need `--confirm <project name>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_rps: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<crate::retention::Policy>,
}

/// Origin of a resolved value, shown by `auth status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    Default,
    Sandbox,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "environment variable {name}"),
            Source::Profile(name) => write!(f, "profile `{name}` in the config file"),
            Source::Default => f.write_str("built-in default"),
            Source::Sandbox => f.write_str("the local sandbox"),
        }
    }
}

/// The inputs to resolution that come from the command line.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub api_url: Option<String>,
    pub api_key_file: Option<PathBuf>,
    pub concurrency: Option<usize>,
    pub max_rps: Option<f64>,
}

/// Every setting after resolution.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: String,
    pub profile_source: Source,
    pub api_url: Url,
    pub api_url_source: Source,
    pub key: Option<(ApiKey, Source)>,
    pub protected: bool,
    pub concurrency: usize,
    pub max_rps: f64,
    pub page_length: u32,
    pub config_path: PathBuf,
    pub state_dir: PathBuf,
}

/// Returns the config folder: `$REFINER_CONFIG_DIR`, else `<config dir>/refinerctl`.
pub fn config_dir() -> Result<PathBuf> {
    if let Some(dir) = env_nonempty(ENV_CONFIG_DIR) {
        return Ok(PathBuf::from(dir));
    }
    dirs::config_dir()
        .map(|dir| dir.join("refinerctl"))
        .ok_or_else(|| {
            CliError::usage(format!(
                "no config folder is known on this system; set {ENV_CONFIG_DIR}"
            ))
            .into()
        })
}

/// Returns the state folder (jobs, receipts, the sandbox database): `$REFINER_STATE_DIR`,
/// else `<state dir>/refinerctl`, or `<local data dir>/refinerctl` where the system has no
/// state dir.
pub fn state_dir() -> Result<PathBuf> {
    if let Some(dir) = env_nonempty(ENV_STATE_DIR) {
        return Ok(PathBuf::from(dir));
    }
    dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .map(|dir| dir.join("refinerctl"))
        .ok_or_else(|| {
            CliError::usage(format!(
                "no state folder is known on this system; set {ENV_STATE_DIR}"
            ))
            .into()
        })
}

pub fn config_path() -> Result<PathBuf> {
    Ok(config_dir()?.join("config.toml"))
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}

impl ConfigFile {
    /// Reads the config file; a missing file is an empty config. A file that others can
    /// read is rejected, because it may hold keys.
    pub fn load(path: &Path) -> Result<ConfigFile> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ConfigFile::default())
            }
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("could not read the config file {}", path.display()))
            }
        };
        check_private(path, "config file")?;
        toml::from_str(&text).map_err(|error| {
            CliError::usage(format!(
                "invalid config file {}: {}",
                path.display(),
                error.message()
            ))
            .with_hint("fix the file, or move it away to start from built-in defaults")
            .into()
        })
    }

    /// Writes the config file with mode 0600 in a folder with mode 0700, through a
    /// temporary file and a rename so that a crash never leaves half a file.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string_pretty(self).context("could not serialize the config")?;
        write_private(path, text.as_bytes())
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }
}

/// Creates `dir` and its parents, with mode 0700 for those it creates.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("could not create the folder {}", dir.display()))
}

/// Writes `bytes` to `path` atomically with mode 0600.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("could not write in {}", dir.display()))?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path)
        .with_context(|| format!("could not write {}", path.display()))?;
    Ok(())
}

/// Rejects a file that users other than its owner may read or write.
pub fn check_private(path: &Path, what: &str) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)
            .with_context(|| format!("could not read the {what} {}", path.display()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(CliError::usage(format!(
                "the {what} {} can be read by other users (mode {:o})",
                path.display(),
                mode & 0o777
            ))
            .with_hint(format!(
                "run `chmod 600 {}`",
                shell_quote(&path.display().to_string())
            ))
            .into());
        }
    }
    Ok(())
}

fn shell_quote(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Reads an API key from a file, or from stdin for `-`. The first line is the key.
pub fn read_key_file(path: &Path) -> Result<ApiKey> {
    let text = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("could not read the API key from stdin")?;
        text
    } else {
        check_private(path, "key file")?;
        fs::read_to_string(path)
            .with_context(|| format!("could not read the key file {}", path.display()))?
    };
    let key = text.lines().next().unwrap_or_default().trim().to_string();
    if key.is_empty() {
        let origin = if path == Path::new("-") {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        return Err(CliError::usage(format!(
            "no API key found in {origin}: the first line is empty"
        ))
        .with_hint("put the key on the first line")
        .into());
    }
    Ok(ApiKey::new(key))
}

/// Parses an API URL and allows plain `http` only for loopback addresses, so that a key
/// never crosses a network in clear text.
pub fn parse_api_url(text: &str) -> Result<Url> {
    let url = Url::parse(text.trim()).map_err(|error| {
        CliError::usage(format!("invalid API URL `{text}`: {error}"))
            .with_hint(format!("use a URL such as {DEFAULT_API_URL}"))
    })?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(CliError::usage(format!(
            "plain http is allowed only for loopback addresses, not `{text}`"
        ))
        .with_hint("use https, or a 127.0.0.1 / [::1] / localhost address for a local server")
        .into()),
        scheme => Err(CliError::usage(format!(
            "invalid API URL `{text}`: scheme `{scheme}` is not http or https"
        ))
        .into()),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

impl Settings {
    /// Resolves every setting from flags, environment, config file and defaults.
    pub fn resolve(overrides: &Overrides) -> Result<Settings> {
        let config_path = config_path()?;
        let config = ConfigFile::load(&config_path)?;
        let (profile, profile_source) = match (
            &overrides.profile,
            env_nonempty(ENV_PROFILE),
            &config.default_profile,
        ) {
            (Some(name), _, _) => (name.clone(), Source::Flag("--profile")),
            (None, Some(name), _) => (name, Source::Env(ENV_PROFILE)),
            (None, None, Some(name)) => (name.clone(), Source::Profile(name.clone())),
            (None, None, None) => (DEFAULT_PROFILE.to_string(), Source::Default),
        };
        let stored = config.profile(&profile).cloned().unwrap_or_default();
        let (api_url_text, api_url_source) = match (
            &overrides.api_url,
            env_nonempty(ENV_API_URL),
            &stored.api_url,
        ) {
            (Some(url), _, _) => (url.clone(), Source::Flag("--api-url")),
            (None, Some(url), _) => (url, Source::Env(ENV_API_URL)),
            (None, None, Some(url)) => (url.clone(), Source::Profile(profile.clone())),
            (None, None, None) => (DEFAULT_API_URL.to_string(), Source::Default),
        };
        let api_url = parse_api_url(&api_url_text)?;
        let key = match (
            &overrides.api_key_file,
            env_nonempty(ENV_API_KEY),
            &stored.api_key,
        ) {
            (Some(path), _, _) => Some((read_key_file(path)?, Source::Flag("--api-key-file"))),
            (None, Some(key), _) => Some((ApiKey::new(key.trim()), Source::Env(ENV_API_KEY))),
            (None, None, Some(key)) => {
                Some((ApiKey::new(key.clone()), Source::Profile(profile.clone())))
            }
            (None, None, None) => None,
        };
        let concurrency = overrides
            .concurrency
            .or(stored.concurrency)
            .unwrap_or(DEFAULT_CONCURRENCY);
        let max_rps = overrides
            .max_rps
            .or(stored.max_rps)
            .unwrap_or(DEFAULT_MAX_RPS);
        validate_pacing(concurrency, max_rps)?;
        let page_length = page_length_from_env()?;
        Ok(Settings {
            profile,
            profile_source,
            api_url,
            api_url_source,
            key,
            protected: stored.protected.unwrap_or(false),
            concurrency,
            max_rps,
            page_length,
            config_path,
            state_dir: state_dir()?,
        })
    }
}

fn page_length_from_env() -> Result<u32> {
    let Some(text) = env_nonempty(ENV_PAGE_LENGTH) else {
        return Ok(crate::api::pager::MAX_PAGE_LENGTH);
    };
    match text.trim().parse::<u32>() {
        Ok(length) if (1..=crate::api::pager::MAX_PAGE_LENGTH).contains(&length) => Ok(length),
        _ => Err(CliError::usage(format!(
            "invalid {ENV_PAGE_LENGTH} `{text}`: use a number from 1 to 1000"
        ))
        .into()),
    }
}

fn validate_pacing(concurrency: usize, max_rps: f64) -> Result<()> {
    if concurrency == 0 || concurrency > 256 {
        return Err(CliError::usage(format!(
            "invalid concurrency {concurrency}: use a number from 1 to 256"
        ))
        .into());
    }
    if !(max_rps.is_finite() && max_rps > 0.0) {
        return Err(CliError::usage(format!(
            "invalid max-rps {max_rps}: use a positive number of requests per second"
        ))
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_only_for_loopback() {
        assert!(parse_api_url("http://127.0.0.1:8080/v1").is_ok());
        assert!(parse_api_url("http://[::1]:8080/v1").is_ok());
        assert!(parse_api_url("http://localhost/v1").is_ok());
        assert!(parse_api_url("https://api.refiner.io/v1").is_ok());
        assert!(parse_api_url("http://api.refiner.io/v1").is_err());
        assert!(parse_api_url("http://10.0.0.1/v1").is_err());
        assert!(parse_api_url("ftp://127.0.0.1/").is_err());
        assert!(parse_api_url("not a url").is_err());
    }

    #[test]
    fn masked_key_shows_last_four() {
        assert_eq!(ApiKey::new("sk_live_abcdef123456").masked(), "****3456");
        assert_eq!(ApiKey::new("short").masked(), "****");
        assert_eq!(format!("{:?}", ApiKey::new("secret-value")), "ApiKey(****)");
    }

    #[test]
    fn config_round_trip_keeps_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        let mut config = ConfigFile::default();
        config.profiles.insert(
            "prod".into(),
            Profile {
                api_url: Some(DEFAULT_API_URL.into()),
                protected: Some(true),
                ..Profile::default()
            },
        );
        config.save(&path).unwrap();
        let loaded = ConfigFile::load(&path).unwrap();
        assert_eq!(loaded.profiles["prod"].protected, Some(true));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file_mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            let dir_mode = fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(file_mode, 0o600);
            assert_eq!(dir_mode, 0o700);
        }
    }

    #[cfg(unix)]
    #[test]
    fn readable_config_is_rejected() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let error = ConfigFile::load(&path).unwrap_err();
        let rendered = crate::exit::render(&error);
        assert!(
            rendered.contains("can be read by other users"),
            "{rendered}"
        );
        assert!(rendered.contains("chmod 600"), "{rendered}");
    }
}
