//! Retry budget and backoff: jittered exponential waits, and `Retry-After` in seconds or as
//! an HTTP date, capped.

use rand::Rng;
use std::time::{Duration, SystemTime};

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts per request, the first included.
    pub max_attempts: u32,
    /// Wait before the first retry; doubled for each later one.
    pub base_delay: Duration,
    /// Maximum computed backoff.
    pub max_delay: Duration,
    /// Maximum wait honoured from a `Retry-After` header.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Returns the wait before retry number `retry` (1 for the first retry): exponential,
    /// with "equal jitter" so that the wait lies between half and all of the step.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(16);
        let step = self
            .base_delay
            .saturating_mul(1 << exponent)
            .min(self.max_delay);
        let half = step / 2;
        let jitter = rand::thread_rng().gen_range(0..=half.as_millis() as u64);
        half + Duration::from_millis(jitter)
    }

    /// Caps a server-requested wait.
    pub fn cap_retry_after(&self, wait: Duration) -> Duration {
        wait.min(self.max_retry_after)
    }
}

/// Parses a `Retry-After` value: whole seconds or an HTTP date. A date in the past gives
/// zero; an unreadable value gives `None`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    if let Ok(seconds) = value.parse::<f64>() {
        if seconds.is_finite() && seconds >= 0.0 {
            return Some(Duration::from_secs_f64(seconds));
        }
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds() {
        let now = SystemTime::now();
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_http_date() {
        let now = httpdate::parse_http_date("Fri, 04 Dec 2026 12:00:00 GMT").unwrap();
        let wait = parse_retry_after("Fri, 04 Dec 2026 12:00:05 GMT", now);
        assert_eq!(wait, Some(Duration::from_secs(5)));
        let past = parse_retry_after("Fri, 04 Dec 2026 11:00:00 GMT", now);
        assert_eq!(past, Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_garbage() {
        assert_eq!(parse_retry_after("soon", SystemTime::now()), None);
        assert_eq!(parse_retry_after("-3", SystemTime::now()), None);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy::default();
        for retry in 1..20 {
            let wait = policy.backoff(retry);
            let step = policy
                .base_delay
                .saturating_mul(1 << (retry - 1).min(16))
                .min(policy.max_delay);
            assert!(
                wait >= step / 2,
                "retry {retry}: {wait:?} below half of {step:?}"
            );
            assert!(wait <= step, "retry {retry}: {wait:?} above {step:?}");
        }
        assert_eq!(
            policy.cap_retry_after(Duration::from_secs(3600)),
            policy.max_retry_after
        );
    }
}
