//! Identifiers and instants: version-1 UUIDs, the API key, and the sandbox's clock.

use chrono::{DateTime, Utc};
use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::{Timestamp, Uuid};

/// Stream of the sandbox seed that the API key and project uuid come from, so that they do
/// not change with the number of seeded contacts.
const IDENTITY_STREAM: u64 = 1;

/// Builds a version-1 UUID for `instant` with random sub-second ticks, clock sequence and
/// node. Refiner's examples show version-1 UUIDs, whose third group encodes the time
/// (`…-11ea-…` for 2020).
pub fn uuid_v1(rng: &mut impl RngCore, instant: DateTime<Utc>) -> String {
    let seconds = u64::try_from(instant.timestamp()).unwrap_or(0);
    let nanos = rng.gen_range(0..10_000_000u32) * 100;
    let counter: u16 = rng.gen_range(0..0x4000);
    let mut node = [0u8; 6];
    rng.fill_bytes(&mut node);
    let timestamp = Timestamp::from_unix_time(seconds, nanos, u128::from(counter), 14);
    Uuid::new_v1(timestamp, &node).hyphenated().to_string()
}

/// Derives the API key (`sandbox-` and 32 hex digits) and the project uuid from a seed.
pub fn identity_parts(seed: u64, reference: DateTime<Utc>) -> (String, String) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(IDENTITY_STREAM);
    let mut key_bytes = [0u8; 16];
    rng.fill_bytes(&mut key_bytes);
    let api_key = format!("sandbox-{}", hex::encode(key_bytes));
    let project_uuid = uuid_v1(&mut rng, reference);
    (api_key, project_uuid)
}

/// Returns the sandbox's current instant: `REFINER_NOW` when it is set and valid, so that
/// the sandbox and the CLI share one clock in tests, and the system clock otherwise.
pub fn now() -> DateTime<Utc> {
    crate::time::now().unwrap_or_else(|_| Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn uuid_v1_encodes_the_instant() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let instant = Utc.with_ymd_and_hms(2020, 9, 2, 20, 44, 24).unwrap();
        let text = uuid_v1(&mut rng, instant);
        let parsed = Uuid::parse_str(&text).unwrap();
        assert_eq!(parsed.get_version_num(), 1);
        assert_eq!(&text[14..18], "11ea");
        let (seconds, _) = parsed.get_timestamp().unwrap().to_unix();
        assert_eq!(seconds, 1_599_079_464);
    }

    #[test]
    fn identity_depends_only_on_the_seed() {
        let reference = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
        let (key, project) = identity_parts(1, reference);
        assert_eq!((key.clone(), project.clone()), identity_parts(1, reference));
        assert!(key.starts_with("sandbox-"));
        assert_eq!(key.len(), "sandbox-".len() + 32);
        assert_ne!(key, identity_parts(2, reference).0);
    }
}
