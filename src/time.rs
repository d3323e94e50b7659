//! UTC instants: parsing the API's timestamp styles and the clock override for tests.
//!
//! The API sends `2020-09-02T20:44:24.000000Z` on contacts and `2020-09-02 21:53:33` on
//! responses. A timestamp without a zone is read as UTC, so results never depend on the
//! machine's time zone.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// Environment variable that fixes "now" (an RFC 3339 instant), meant for tests and for
/// reproducing an audit.
pub const NOW_ENV: &str = "REFINER_NOW";

/// Parses an API timestamp: RFC 3339 with `Z` or an offset, `T` or a space between date and
/// time, optional fractional seconds, or no zone at all (read as UTC). A bare date is read
/// as midnight UTC.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let normalized = normalize_separator(text);
    if let Ok(instant) = DateTime::parse_from_rfc3339(&normalized) {
        return Some(instant.with_timezone(&Utc));
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f%#z", "%Y-%m-%dT%H:%M%#z"] {
        if let Ok(instant) = DateTime::parse_from_str(&normalized, format) {
            return Some(instant.with_timezone(&Utc));
        }
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(&normalized, format) {
            return Some(naive.and_utc());
        }
    }
    NaiveDate::parse_from_str(&normalized, "%Y-%m-%d")
        .ok()
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|naive| naive.and_utc())
}

fn normalize_separator(text: &str) -> String {
    let mut normalized = text.to_string();
    if normalized.len() > 10 && normalized.as_bytes()[10] == b' ' {
        normalized.replace_range(10..11, "T");
    }
    if normalized.ends_with(" UTC") {
        normalized.truncate(normalized.len() - 4);
        normalized.push('Z');
    }
    normalized
}

/// Formats an instant the way the API formats contact timestamps.
pub fn format_contact_style(instant: DateTime<Utc>) -> String {
    instant.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// Formats an instant the way the API formats response timestamps.
pub fn format_response_style(instant: DateTime<Utc>) -> String {
    instant.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Returns the current instant, or the one `REFINER_NOW` fixes.
pub fn now() -> Result<DateTime<Utc>, String> {
    match std::env::var(NOW_ENV) {
        Ok(text) => parse_timestamp(&text).ok_or_else(|| {
            format!("invalid {NOW_ENV} value `{text}`: expected an RFC 3339 instant such as 2026-01-31T00:00:00Z")
        }),
        Err(_) => Ok(Utc::now()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
    }

    #[test]
    fn parses_every_api_style() {
        let expected = utc(2020, 9, 2, 20, 44, 24);
        let cases = [
            "2020-09-02T20:44:24.000000Z",
            "2020-09-02T20:44:24Z",
            "2020-09-02 20:44:24",
            "2020-09-02T20:44:24",
            "2020-09-02 20:44:24.000",
            "2020-09-02T22:44:24+02:00",
            "2020-09-02T16:44:24-0400",
            "2020-09-02 20:44:24 UTC",
        ];
        for case in cases {
            assert_eq!(parse_timestamp(case), Some(expected), "{case}");
        }
    }

    #[test]
    fn keeps_fractional_seconds() {
        let parsed = parse_timestamp("2020-09-02T20:44:24.250000Z").unwrap();
        assert_eq!(parsed.timestamp_subsec_millis(), 250);
    }

    #[test]
    fn rejects_garbage() {
        for case in [
            "",
            "yesterday",
            "2020-13-45 10:00:00",
            "0000-00-00 00:00:00",
        ] {
            assert_eq!(parse_timestamp(case), None, "{case}");
        }
    }

    #[test]
    fn formats_both_styles() {
        let instant = utc(2024, 1, 2, 3, 4, 5);
        assert_eq!(format_contact_style(instant), "2024-01-02T03:04:05.000000Z");
        assert_eq!(format_response_style(instant), "2024-01-02 03:04:05");
    }
}
