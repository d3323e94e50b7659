//! Generation of seeded accounts and contacts.

use chrono::{DateTime, Duration, Utc};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Number, Value};

use super::catalog::{
    CITIES, COMPANY_WORDS, COUNTRIES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, PLANS, PLUS_TAGS,
    ROLES, SCRIPT_NAMES, SIGNUP_SOURCES,
};
use super::random_between;
use crate::sandbox::ids::uuid_v1;
use crate::time::format_contact_style;

/// A generated account (a company that groups contacts).
pub struct Account {
    pub id: i64,
    pub uuid: String,
    pub remote_id: String,
    pub display_name: String,
    pub domain: Option<String>,
    pub first_seen: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
    pub attributes: Value,
}

/// A generated contact, with the facts that segment rules read.
pub struct Person {
    pub id: i64,
    pub uuid: String,
    pub remote_id: Option<String>,
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub first_seen: DateTime<Utc>,
    pub last_seen: Option<DateTime<Utc>>,
    pub attributes: Map<String, Value>,
    pub account_id: Option<i64>,
    pub plan: &'static str,
    pub is_admin: bool,
    pub newsletter: bool,
}

const YEAR: i64 = 365;

/// Generates the account with row id `id`.
pub fn account(rng: &mut ChaCha8Rng, id: i64, reference: DateTime<Utc>) -> Account {
    let first_seen = random_between(
        rng,
        reference - Duration::days(5 * YEAR),
        reference - Duration::days(YEAR),
    );
    let last_seen = random_between(rng, first_seen, reference);
    let (adjectives, nouns) = COMPANY_WORDS;
    let adjective = adjectives.choose(rng).copied().unwrap_or("Blue");
    let noun = nouns.choose(rng).copied().unwrap_or("Labs");
    let slug = format!("{}{}{id}", adjective.to_lowercase(), noun.to_lowercase());
    let domain = rng.gen_bool(0.9).then(|| format!("{slug}.example"));
    let (country, currency) = COUNTRIES.choose(rng).copied().unwrap_or(("DE", "EUR"));
    let seats = rng.gen_range(1..500u32);
    let attributes = json!({
        "plan": weighted_plan(rng),
        "seats": seats,
        "billing": {"country": country, "currency": currency, "vat_exempt": rng.gen_bool(0.2)},
        "owner": {"email": format!("owner@{slug}.example"), "role": "admin"},
        "tags": ["customer", if seats > 100 { "large" } else { "small" }],
    });
    Account {
        id,
        uuid: uuid_v1(rng, first_seen),
        remote_id: format!("acct-{id:05}"),
        display_name: format!("{adjective} {noun}"),
        domain,
        first_seen,
        last_seen,
        attributes,
    }
}

/// Generates the contact with row id `id`, one of `accounts` accounts.
pub fn person(rng: &mut ChaCha8Rng, id: i64, accounts: i64, reference: DateTime<Utc>) -> Person {
    let (display_name, slug) = name(rng);
    let remote_id = remote_id(rng, id);
    let email = email(rng, id, &slug, remote_id.is_some());
    let display_name = rng.gen_bool(0.97).then_some(display_name);
    let seen = rng.gen_bool(0.95);
    let last_seen = random_between(rng, reference - Duration::days(3 * YEAR), reference);
    let first_seen = random_between(rng, last_seen - Duration::days(YEAR), last_seen);
    let last_seen = seen.then_some(last_seen);
    let account_id = (accounts > 0 && rng.gen_bool(0.7)).then(|| rng.gen_range(1..=accounts));
    let plan = weighted_plan(rng);
    let is_admin = rng.gen_bool(0.1);
    let newsletter = rng.gen_bool(0.5);
    let attributes = attributes(rng, id, plan, is_admin, newsletter, first_seen);
    let uuid = uuid_v1(rng, first_seen);
    Person {
        id,
        uuid,
        remote_id,
        email,
        display_name,
        first_seen,
        last_seen,
        attributes,
        account_id,
        plan,
        is_admin,
        newsletter,
    }
}

/// Picks a display name and its ASCII slug; 4% are names in a non-Latin script.
fn name(rng: &mut ChaCha8Rng) -> (String, String) {
    if rng.gen_bool(0.04) {
        let (name, slug) = SCRIPT_NAMES
            .choose(rng)
            .copied()
            .unwrap_or(("李雷", "li.lei"));
        return (name.to_string(), slug.to_string());
    }
    let (first, first_slug) = FIRST_NAMES.choose(rng).copied().unwrap_or(("Ann", "ann"));
    let (last, last_slug) = LAST_NAMES
        .choose(rng)
        .copied()
        .unwrap_or(("Brown", "brown"));
    (
        format!("{first} {last}"),
        format!("{first_slug}.{last_slug}"),
    )
}

/// Mostly `user-000042`; 2% are CI users (`e2e-000042`) and 2% have no remote id.
fn remote_id(rng: &mut ChaCha8Rng, id: i64) -> Option<String> {
    let draw: f64 = rng.gen();
    if draw < 0.02 {
        Some(format!("e2e-{id:06}"))
    } else if draw < 0.04 {
        None
    } else {
        Some(format!("user-{id:06}"))
    }
}

/// Generates a unique address, plus-addressed for 4% of contacts. Of contacts with a
/// remote id, 2% get no address.
fn email(rng: &mut ChaCha8Rng, id: i64, slug: &str, has_remote_id: bool) -> Option<String> {
    let domain = EMAIL_DOMAINS.choose(rng).copied().unwrap_or("example.com");
    let draw: f64 = rng.gen();
    if has_remote_id && draw < 0.02 {
        return None;
    }
    if draw < 0.06 {
        let tag = PLUS_TAGS.choose(rng).copied().unwrap_or("test");
        return Some(format!("{slug}+{tag}{id}@{domain}"));
    }
    Some(format!("{slug}{id}@{domain}"))
}

fn weighted_plan(rng: &mut ChaCha8Rng) -> &'static str {
    let mut draw = rng.gen_range(0..100u32);
    for (plan, weight) in PLANS {
        if draw < *weight {
            return plan;
        }
        draw -= weight;
    }
    "free"
}

/// Traits of a contact: strings, numbers, booleans and a date. One contact in a hundred
/// gets an integer beyond 2^64 so that exports can prove they keep every digit.
fn attributes(
    rng: &mut ChaCha8Rng,
    id: i64,
    plan: &str,
    is_admin: bool,
    newsletter: bool,
    first_seen: DateTime<Utc>,
) -> Map<String, Value> {
    let mut traits = Map::new();
    traits.insert("plan".into(), plan.into());
    traits.insert(
        "role".into(),
        ROLES.choose(rng).copied().unwrap_or("member").into(),
    );
    traits.insert(
        "signup_source".into(),
        SIGNUP_SOURCES
            .choose(rng)
            .copied()
            .unwrap_or("organic")
            .into(),
    );

    traits.insert("logins".into(), rng.gen_range(0..2000u32).into());
    let cents = rng.gen_range(0..1_000_000u32);
    let lifetime_value =
        Number::from_f64(f64::from(cents) / 100.0).map_or(Value::Null, Value::Number);
    traits.insert("lifetime_value".into(), lifetime_value);
    traits.insert("is_admin".into(), is_admin.into());
    traits.insert("newsletter".into(), newsletter.into());
    traits.insert(
        "city".into(),
        CITIES.choose(rng).copied().unwrap_or("Lagos").into(),
    );
    traits.insert("created_at".into(), format_contact_style(first_seen).into());

    if rng.gen_bool(0.01) {
        let big = 98_765_432_109_876_543_210_123u128 + id as u128;
        if let Ok(number) = big.to_string().parse::<Number>() {
            traits.insert("legacy_id".into(), Value::Number(number));
        }
    }
    traits
}
