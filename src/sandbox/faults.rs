//! Fault injection: the `--faults SPEC` grammar and the per-request draw.
//!
//! A SPEC is a comma-separated list of rules. `KIND=RATE` gives each request the
//! probability RATE (0 to 1) of getting that fault. `KIND#N` gives the next N requests
//! that fault. Counted rules run first, in the order written, and rate rules apply once
//! they are used up. The rates of all rate rules must add up to at most 1, because one
//! uniform draw per request picks at most one of them. Draws come from a ChaCha8 stream
//! seeded with the sandbox seed, so the sequence of outcomes repeats from run to run. Which
//! request gets which outcome still depends on the order in which concurrent requests
//! arrive. Faults apply to every request on every path, before authentication.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::json;
use std::collections::VecDeque;
use std::time::{Duration, SystemTime};

use super::error::json_response;

/// Delay of a `slow` fault before the request is served normally.
pub const SLOW_DELAY: Duration = Duration::from_secs(30);

/// Wait that injected 429 responses request in `Retry-After`.
pub const INJECTED_RETRY_AFTER: Duration = Duration::from_secs(1);

/// One kind of injected fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// 500 with a JSON error body.
    Status500,
    /// 502 with a JSON error body.
    Status502,
    /// 503 with a JSON error body.
    Status503,
    /// 429 with `Retry-After` in seconds.
    TooManyRequests,
    /// 429 with `Retry-After` as an HTTP date.
    TooManyRequestsDate,
    /// The connection is closed without any response.
    Drop,
    /// 502 with a `text/html` body, as a failing proxy would send.
    Html,
    /// The request is held for `SLOW_DELAY`, then served normally.
    Slow,
}

impl FaultKind {
    const ALL: [(&'static str, FaultKind); 8] = [
        ("500", FaultKind::Status500),
        ("502", FaultKind::Status502),
        ("503", FaultKind::Status503),
        ("429", FaultKind::TooManyRequests),
        ("429-date", FaultKind::TooManyRequestsDate),
        ("drop", FaultKind::Drop),
        ("html", FaultKind::Html),
        ("slow", FaultKind::Slow),
    ];

    fn parse(name: &str) -> Result<FaultKind, String> {
        Self::ALL
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, kind)| *kind)
            .ok_or_else(|| {
                format!("unknown fault kind `{name}`: expected one of 500, 502, 503, 429, 429-date, drop, html, slow")
            })
    }
}

/// A parsed `--faults` SPEC. The default injects nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FaultSpec {
    counted: Vec<(FaultKind, u64)>,
    rates: Vec<(FaultKind, f64)>,
}

impl FaultSpec {
    /// Parses a SPEC such as `500#1,drop=0.05`. An empty SPEC or `none` injects nothing.
    pub fn parse(spec: &str) -> Result<FaultSpec, String> {
        let mut parsed = FaultSpec::default();
        let spec = spec.trim();
        if spec.is_empty() || spec == "none" {
            return Ok(parsed);
        }
        for rule in spec.split(',').map(str::trim) {
            parsed.add_rule(rule)?;
        }
        let total: f64 = parsed.rates.iter().map(|(_, rate)| rate).sum();
        if total > 1.0 + 1e-9 {
            return Err(format!(
                "the fault rates add up to {total}, which is more than 1"
            ));
        }
        Ok(parsed)
    }

    fn add_rule(&mut self, rule: &str) -> Result<(), String> {
        if let Some((kind, count)) = rule.split_once('#') {
            let count: u64 = count.trim().parse().map_err(|_| {
                format!("invalid count in `{rule}`: expected a whole number such as 500#2")
            })?;
            self.counted.push((FaultKind::parse(kind.trim())?, count));
        } else if let Some((kind, rate)) = rule.split_once('=') {
            let rate: f64 = rate.trim().parse().map_err(|_| {
                format!("invalid rate in `{rule}`: expected a number from 0 to 1 such as 500=0.1")
            })?;
            if !(0.0..=1.0).contains(&rate) {
                return Err(format!(
                    "invalid rate in `{rule}`: {rate} is not between 0 and 1"
                ));
            }
            self.rates.push((FaultKind::parse(kind.trim())?, rate));
        } else {
            return Err(format!(
                "invalid fault rule `{rule}`: expected KIND=RATE or KIND#N"
            ));
        }
        Ok(())
    }

    /// Returns true when the SPEC injects nothing.
    pub fn is_empty(&self) -> bool {
        self.counted.iter().all(|(_, count)| *count == 0)
            && self.rates.iter().all(|(_, rate)| *rate == 0.0)
    }
}

/// The running state of a `FaultSpec`: counted faults still due and the random stream.
pub struct FaultInjector {
    /// Counted rules not used up yet, with the number of requests each still applies to.
    queue: VecDeque<(FaultKind, u64)>,
    rates: Vec<(FaultKind, f64)>,
    rng: ChaCha8Rng,
}

/// Stream of the sandbox seed that fault draws use, apart from the seed data's stream.
const FAULT_STREAM: u64 = 2;

impl FaultInjector {
    pub fn new(spec: &FaultSpec, seed: u64) -> FaultInjector {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(FAULT_STREAM);
        let queue = spec
            .counted
            .iter()
            .filter(|(_, count)| *count > 0)
            .copied()
            .collect();
        FaultInjector {
            queue,
            rates: spec.rates.clone(),
            rng,
        }
    }

    /// Returns the fault for the next request, if any.
    pub fn next_fault(&mut self) -> Option<FaultKind> {
        if let Some((kind, remaining)) = self.queue.front_mut() {
            let kind = *kind;
            *remaining -= 1;
            if *remaining == 0 {
                self.queue.pop_front();
            }
            return Some(kind);
        }
        if self.rates.is_empty() {
            return None;
        }
        let draw: f64 = self.rng.gen();
        let mut threshold = 0.0;
        for (kind, rate) in &self.rates {
            threshold += rate;
            if draw < threshold {
                return Some(*kind);
            }
        }
        None
    }
}

/// Server action for a request that drew a fault.
pub enum FaultAction {
    Respond(Response),
    DropConnection,
    Delay(Duration),
}

/// Converts a fault into the server's action.
pub fn action_for(kind: FaultKind) -> FaultAction {
    match kind {
        FaultKind::Status500 => {
            FaultAction::Respond(injected_error(StatusCode::INTERNAL_SERVER_ERROR, "500"))
        }
        FaultKind::Status502 => {
            FaultAction::Respond(injected_error(StatusCode::BAD_GATEWAY, "502"))
        }
        FaultKind::Status503 => {
            FaultAction::Respond(injected_error(StatusCode::SERVICE_UNAVAILABLE, "503"))
        }
        FaultKind::TooManyRequests => {
            let seconds = INJECTED_RETRY_AFTER.as_secs().to_string();
            FaultAction::Respond(too_many_requests(&seconds, "429"))
        }
        FaultKind::TooManyRequestsDate => {
            // HTTP dates have whole seconds, so one more second keeps the date in the future.
            let when = SystemTime::now() + INJECTED_RETRY_AFTER + Duration::from_secs(1);
            FaultAction::Respond(too_many_requests(
                &httpdate::fmt_http_date(when),
                "429-date",
            ))
        }
        FaultKind::Drop => FaultAction::DropConnection,
        FaultKind::Html => FaultAction::Respond(html_error_page()),
        FaultKind::Slow => FaultAction::Delay(SLOW_DELAY),
    }
}

fn injected_error(status: StatusCode, name: &'static str) -> Response {
    let reason = status.canonical_reason().unwrap_or("Server error");
    let mut response = json_response(status, &json!({ "error": reason }));
    mark_injected(&mut response, name);
    response
}

/// Builds the rate limiter's 429 response with `retry_after` as the `Retry-After` value.
/// A non-empty `fault_name` marks it as injected.
pub fn too_many_requests(retry_after: &str, fault_name: &'static str) -> Response {
    let body = json!({ "error": "You are doing this too often." });
    let mut response = json_response(StatusCode::TOO_MANY_REQUESTS, &body);
    if let Ok(value) = HeaderValue::from_str(retry_after) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    if !fault_name.is_empty() {
        mark_injected(&mut response, fault_name);
    }
    response
}

fn html_error_page() -> Response {
    let page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n\
                <body><h1>Bad Gateway</h1><p>The gateway got no valid answer from the \
                upstream server.</p></body></html>\n";
    let mut response = Response::new(axum::body::Body::from(page));
    *response.status_mut() = StatusCode::BAD_GATEWAY;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    mark_injected(&mut response, "html");
    response
}

/// Adds `X-Sandbox-Fault: NAME` so that a person reading a trace can tell an injected
/// fault from a real one.
fn mark_injected(response: &mut Response, name: &'static str) {
    response
        .headers_mut()
        .insert("x-sandbox-fault", HeaderValue::from_static(name));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_rates_and_counts() {
        let spec = FaultSpec::parse(" 500#1, drop=0.25 ,429-date#2,html=0.5").unwrap();
        assert_eq!(
            spec.counted,
            vec![
                (FaultKind::Status500, 1),
                (FaultKind::TooManyRequestsDate, 2)
            ]
        );
        assert_eq!(
            spec.rates,
            vec![(FaultKind::Drop, 0.25), (FaultKind::Html, 0.5)]
        );
    }

    #[test]
    fn parse_rejects_bad_rules() {
        assert!(FaultSpec::parse("teapot=0.1")
            .unwrap_err()
            .contains("unknown fault kind `teapot`"));
        assert!(FaultSpec::parse("500=1.5")
            .unwrap_err()
            .contains("not between 0 and 1"));
        assert!(FaultSpec::parse("500=x")
            .unwrap_err()
            .contains("invalid rate"));
        assert!(FaultSpec::parse("500#-1")
            .unwrap_err()
            .contains("invalid count"));
        assert!(FaultSpec::parse("500")
            .unwrap_err()
            .contains("expected KIND=RATE or KIND#N"));
        assert!(FaultSpec::parse("500=0.6,502=0.6")
            .unwrap_err()
            .contains("more than 1"));
    }

    #[test]
    fn empty_spec_injects_nothing() {
        for spec in ["", "  ", "none", "500=0", "drop#0"] {
            assert!(FaultSpec::parse(spec).unwrap().is_empty(), "{spec}");
        }
    }

    #[test]
    fn counted_faults_come_first_in_order() {
        let spec = FaultSpec::parse("500#1,drop#2,503=1").unwrap();
        let mut injector = FaultInjector::new(&spec, 1);
        let drawn: Vec<_> = (0..5).map(|_| injector.next_fault()).collect();
        let expected = [
            Some(FaultKind::Status500),
            Some(FaultKind::Drop),
            Some(FaultKind::Drop),
            Some(FaultKind::Status503),
            Some(FaultKind::Status503),
        ];
        assert_eq!(drawn, expected);
    }

    #[test]
    fn rate_draws_repeat_for_the_same_seed() {
        let spec = FaultSpec::parse("500=0.3,502=0.2").unwrap();
        let run = |seed| {
            let mut injector = FaultInjector::new(&spec, seed);
            (0..200).map(|_| injector.next_fault()).collect::<Vec<_>>()
        };
        let first = run(7);
        assert_eq!(first, run(7));
        let faults = first.iter().filter(|fault| fault.is_some()).count();
        assert!(
            (60..=140).contains(&faults),
            "{faults} faults in 200 draws at a total rate of 0.5"
        );
    }
}
