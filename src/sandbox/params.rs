//! Request parameters gathered from the query string and the body into one JSON object.
//!
//! The Refiner API takes parameters in the query string, a JSON body or a form-encoded
//! body, with PHP-style bracket keys (`account[id]=7`, `form_uuids[]=a`). All three end up
//! in the same `Params`: `account[id]=7` becomes `{"account": {"id": "7"}}` and
//! `form_uuids[]=a&form_uuids[]=b` becomes `{"form_uuids": ["a", "b"]}`. Body parameters
//! are applied after query parameters, so a scalar in the body replaces the same key in
//! the query string.

use super::error::{ApiError, ApiResult};
use serde_json::{Map, Value};

/// The merged parameters of one request.
#[derive(Debug, Clone, Default)]
pub struct Params {
    values: Map<String, Value>,
}

impl Params {
    /// Collects the parameters of a request from its query string and body.
    ///
    /// A body is read as JSON when the content type names JSON or, without such a type,
    /// when it starts with `{`. Any other non-empty body is read as form-encoded.
    pub fn collect(
        query: Option<&str>,
        content_type: Option<&str>,
        body: &[u8],
    ) -> ApiResult<Params> {
        let mut params = Params::default();
        if let Some(query) = query {
            params.add_form_encoded(query.as_bytes());
        }
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(params);
        }
        let declared_json =
            content_type.is_some_and(|value| value.to_ascii_lowercase().contains("json"));
        let looks_json = body.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'{');
        if declared_json || (content_type.is_none() && looks_json) {
            params.add_json(body)?;
        } else {
            params.add_form_encoded(body);
        }
        Ok(params)
    }

    /// Builds parameters from `(key, value)` pairs, as a query string would give them.
    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Params {
        let mut params = Params::default();
        for (key, value) in pairs {
            insert_bracketed(&mut params.values, key, Value::String(value.to_string()));
        }
        params
    }

    fn add_form_encoded(&mut self, text: &[u8]) {
        for (key, value) in url::form_urlencoded::parse(text) {
            insert_bracketed(&mut self.values, &key, Value::String(value.into_owned()));
        }
    }

    fn add_json(&mut self, body: &[u8]) -> ApiResult<()> {
        let parsed: Value = serde_json::from_slice(body)
            .map_err(|error| ApiError::bad_request(format!("Invalid JSON body: {error}")))?;
        let Value::Object(object) = parsed else {
            return Err(ApiError::bad_request(
                "Invalid JSON body: expected an object",
            ));
        };
        for (key, value) in object {
            insert_bracketed(&mut self.values, &key, value);
        }
        Ok(())
    }

    /// Returns the raw JSON value of a parameter.
    pub fn value(&self, key: &str) -> Option<&Value> {
        self.values.get(key)
    }

    /// Iterates over all top-level parameters in the order they first appeared.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.values.iter()
    }

    /// Returns a scalar parameter as text, or `None` when it is absent, empty, null, an
    /// object or an array. Numbers and booleans are returned as their JSON text.
    pub fn text(&self, key: &str) -> Option<String> {
        scalar_text(self.values.get(key)?).filter(|text| !text.is_empty())
    }

    /// Returns the texts of a list parameter (`key[]`), or of `key` given once as a scalar.
    pub fn texts(&self, key: &str) -> Vec<String> {
        match self.values.get(key) {
            Some(Value::Array(items)) => items.iter().filter_map(scalar_text).collect(),
            Some(value) => scalar_text(value).into_iter().collect(),
            None => Vec::new(),
        }
        .into_iter()
        .filter(|text| !text.is_empty())
        .collect()
    }

    /// Returns an object parameter such as `account` or `contact_data`.
    pub fn object(&self, key: &str) -> Option<&Map<String, Value>> {
        self.values.get(key)?.as_object()
    }

    /// Reads a boolean flag: `1`, `true`, `yes` and `on` are true; absent is `default`.
    pub fn flag(&self, key: &str, default: bool) -> bool {
        match self.text(key) {
            Some(text) => matches!(
                text.to_ascii_lowercase().as_str(),
                "1" | "true" | "yes" | "on"
            ),
            None => default,
        }
    }
}

/// Returns the text of a string, number or boolean value.
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// Inserts `value` under a possibly bracketed key. `a[b][]` walks into object `a`, then
/// appends to list `b`. A key whose brackets do not parse is stored as written.
fn insert_bracketed(target: &mut Map<String, Value>, key: &str, value: Value) {
    let Some((base, path)) = split_brackets(key) else {
        insert_scalar(target, key, value);
        return;
    };
    let mut slot = target.entry(base).or_insert(Value::Null);
    for segment in &path {
        if segment.is_empty() {
            append(slot, value);
            return;
        }
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(object) = slot else { return };
        slot = object.entry(segment.clone()).or_insert(Value::Null);
    }
    *slot = value;
}

/// Stores a plain key, appending when a list is already there (as `key[]` left it).
fn insert_scalar(target: &mut Map<String, Value>, key: &str, value: Value) {
    match target.get_mut(key) {
        Some(existing @ Value::Array(_)) if !value.is_array() => append(existing, value),
        _ => {
            target.insert(key.to_string(), value);
        }
    }
}

fn append(slot: &mut Value, value: Value) {
    if !slot.is_array() {
        let previous = std::mem::take(slot);
        *slot = Value::Array(if previous.is_null() {
            Vec::new()
        } else {
            vec![previous]
        });
    }
    if let Value::Array(items) = slot {
        match value {
            Value::Array(values) => items.extend(values),
            other => items.push(other),
        }
    }
}

/// Splits `a[b][c]` into `("a", ["b", "c"])`. Returns `None` for keys without brackets
/// and for malformed ones such as `a[b` or `[b]`.
fn split_brackets(key: &str) -> Option<(String, Vec<String>)> {
    let open = key.find('[')?;
    if open == 0 || !key.ends_with(']') {
        return None;
    }
    let base = key[..open].to_string();
    let mut path = Vec::new();
    let mut rest = &key[open..];
    while !rest.is_empty() {
        let inner_end = rest.find(']')?;
        if !rest.starts_with('[') {
            return None;
        }
        path.push(rest[1..inner_end].to_string());
        rest = &rest[inner_end + 1..];
    }
    Some((base, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect_query(query: &str) -> Params {
        Params::collect(Some(query), None, b"").unwrap()
    }

    #[test]
    fn query_decodes_percent_and_plus() {
        let params = collect_query("email=a%2Bb%40x.com&search=two+words");
        assert_eq!(params.text("email").as_deref(), Some("a+b@x.com"));
        assert_eq!(params.text("search").as_deref(), Some("two words"));
    }

    #[test]
    fn bracket_keys_build_objects_and_lists() {
        let params =
            collect_query("account[id]=7&account[name]=Acme&form_uuids[]=a&form_uuids[]=b");
        assert_eq!(params.object("account").unwrap()["id"], "7");
        assert_eq!(params.object("account").unwrap()["name"], "Acme");
        assert_eq!(params.texts("form_uuids"), vec!["a", "b"]);
    }

    #[test]
    fn nested_brackets_and_malformed_keys() {
        let params = collect_query("a[b][]=1&a[b][]=2&x[y=3&[z]=4");
        assert_eq!(
            params.value("a").unwrap()["b"],
            serde_json::json!(["1", "2"])
        );
        assert_eq!(params.text("x[y").as_deref(), Some("3"));
        assert_eq!(params.text("[z]").as_deref(), Some("4"));
    }

    #[test]
    fn json_body_overrides_query() {
        let body = br#"{"id": 42, "flag": true, "attributes": {"big": 123456789012345678901234}}"#;
        let params = Params::collect(Some("id=1&page=2"), Some("application/json"), body).unwrap();
        assert_eq!(params.text("id").as_deref(), Some("42"));
        assert_eq!(params.text("page").as_deref(), Some("2"));
        assert!(params.flag("flag", false));
        let big = &params.object("attributes").unwrap()["big"];
        assert_eq!(big.to_string(), "123456789012345678901234");
    }

    #[test]
    fn invalid_json_body_is_a_400() {
        let error = Params::collect(None, Some("application/json"), b"{not json").unwrap_err();
        assert_eq!(error.status, 400);
        let error = Params::collect(None, Some("application/json"), b"[1, 2]").unwrap_err();
        assert_eq!(error.body["error"], "Invalid JSON body: expected an object");
    }

    #[test]
    fn form_body_and_sniffed_json() {
        let form = Params::collect(
            None,
            Some("application/x-www-form-urlencoded"),
            b"id=u1&tags[]=x",
        )
        .unwrap();
        assert_eq!(form.text("id").as_deref(), Some("u1"));
        assert_eq!(form.texts("tags"), vec!["x"]);
        let sniffed = Params::collect(None, None, br#" {"id": "u2"}"#).unwrap();
        assert_eq!(sniffed.text("id").as_deref(), Some("u2"));
    }

    #[test]
    fn empty_and_non_scalar_values_read_as_absent() {
        let params = Params::collect(
            None,
            Some("application/json"),
            br#"{"id": "", "email": {"a": 1}}"#,
        )
        .unwrap();
        assert_eq!(params.text("id"), None);
        assert_eq!(params.text("email"), None);
    }
}
