//! API key checks: `Authorization: Bearer KEY`, HTTP Basic with the key as user name, or
//! an `api_key` parameter in the query string or body.

use axum::http::{header, HeaderMap, StatusCode};
use base64::Engine;
use serde_json::json;

use super::error::ApiError;
use super::params::Params;

/// Shortest and longest text that the sandbox takes as an API key.
const KEY_LENGTH: std::ops::RangeInclusive<usize> = 8..=256;

/// Outcome of reading a request's API key.
#[derive(Debug, PartialEq, Eq)]
enum Presented {
    Missing,
    Malformed,
    Key(String),
}

/// Checks the request's key against the sandbox key.
///
/// The header wins over the parameter. `params` is `None` when the body could not be
/// parsed, and then only the header can carry the key. Errors follow the live API: 401
/// `{"error": ...}` for a missing or malformed key, 404 `{"message": ...}` for a
/// well-formed key that does not exist.
pub fn authenticate(
    headers: &HeaderMap,
    params: Option<&Params>,
    api_key: &str,
) -> Result<(), ApiError> {
    match presented_key(headers, params) {
        Presented::Missing => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "No API key found in headers",
        )),
        Presented::Malformed => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "API key does not look valid",
        )),
        Presented::Key(key) if key == api_key => Ok(()),
        Presented::Key(_) => Err(ApiError {
            status: StatusCode::NOT_FOUND,
            body: json!({ "message": "API key not valid or does not exist" }),
        }),
    }
}

fn presented_key(headers: &HeaderMap, params: Option<&Params>) -> Presented {
    let presented = match headers.get(header::AUTHORIZATION) {
        Some(value) => match value.to_str() {
            Ok(text) => from_authorization(text),
            Err(_) => Presented::Malformed,
        },
        None => match params.and_then(|params| params.text("api_key")) {
            Some(key) => Presented::Key(key),
            None => Presented::Missing,
        },
    };
    match presented {
        Presented::Key(key) if !looks_valid(&key) => Presented::Malformed,
        other => other,
    }
}

/// Reads a `Bearer` or `Basic` authorization header. Basic carries `KEY:` in base64, and
/// the password after the colon is ignored.
fn from_authorization(text: &str) -> Presented {
    let text = text.trim();
    let (scheme, credentials) = text.split_once(' ').unwrap_or((text, ""));
    let credentials = credentials.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return non_empty(credentials.to_string());
    }
    if !scheme.eq_ignore_ascii_case("basic") {
        return Presented::Malformed;
    }
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(credentials) else {
        return Presented::Malformed;
    };
    let Ok(decoded) = String::from_utf8(decoded) else {
        return Presented::Malformed;
    };
    let user = decoded
        .split_once(':')
        .map_or(decoded.as_str(), |(user, _)| user);
    non_empty(user.to_string())
}

fn non_empty(key: String) -> Presented {
    if key.is_empty() {
        Presented::Missing
    } else {
        Presented::Key(key)
    }
}

fn looks_valid(key: &str) -> bool {
    KEY_LENGTH.contains(&key.len())
        && key.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with_header(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn reads_bearer_basic_and_parameter() {
        let basic = base64::engine::general_purpose::STANDARD.encode("sandbox-key1:");
        assert_eq!(
            presented_key(&with_header("Bearer sandbox-key1"), None),
            Presented::Key("sandbox-key1".into())
        );
        assert_eq!(
            presented_key(&with_header(&format!("Basic {basic}")), None),
            Presented::Key("sandbox-key1".into())
        );
        let params = Params::from_pairs(&[("api_key", "sandbox-key1")]);
        assert_eq!(
            presented_key(&HeaderMap::new(), Some(&params)),
            Presented::Key("sandbox-key1".into())
        );
    }

    #[test]
    fn classifies_missing_and_malformed() {
        assert_eq!(presented_key(&HeaderMap::new(), None), Presented::Missing);
        assert_eq!(
            presented_key(&with_header("Bearer "), None),
            Presented::Missing
        );
        assert_eq!(
            presented_key(&with_header("Bearer short"), None),
            Presented::Malformed
        );
        assert_eq!(
            presented_key(&with_header("Bearer has space inside"), None),
            Presented::Malformed
        );
        assert_eq!(
            presented_key(&with_header("Token sandbox-key1"), None),
            Presented::Malformed
        );
        assert_eq!(
            presented_key(&with_header("Basic %%%"), None),
            Presented::Malformed
        );
    }
}
