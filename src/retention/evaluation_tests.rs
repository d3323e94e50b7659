use super::*;
use crate::api::models::SegmentRef;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 29, 1, 30, 0).unwrap()
}

fn contact(uuid: &str, last_seen: Option<&str>, first_seen: Option<&str>) -> Contact {
    Contact {
        uuid: uuid.into(),
        remote_id: Some(format!("user-{uuid}")),
        email: Some(format!("{uuid}@example.com")),
        last_seen_at: last_seen.map(String::from),
        first_seen_at: first_seen.map(String::from),
        ..Contact::default()
    }
}

fn policy(responded: Option<u32>, never: Option<u32>) -> Policy {
    Policy {
        inactive_days: responded,
        never_responded_inactive_days: never,
        ..Policy::default()
    }
}

fn uuids(evaluation: &Evaluation) -> Vec<&str> {
    evaluation
        .candidates
        .iter()
        .map(|c| c.uuid.as_str())
        .collect()
}

#[test]
fn boundary_instant_is_not_candidate() {
    // Cutoff for 30 days: 2026-02-27T01:30:00Z.
    let contacts = [
        contact("at", Some("2026-02-27T01:30:00.000000Z"), None),
        contact("before", Some("2026-02-27T01:29:59.999999Z"), None),
        contact("after", Some("2026-02-27T01:30:00.000001Z"), None),
    ];
    let evaluation = evaluate(&policy(None, Some(30)), &Scope::default(), &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["before"]);
    assert_eq!(
        evaluation.never_responded_cutoff,
        Some(Utc.with_ymd_and_hms(2026, 2, 27, 1, 30, 0).unwrap())
    );
}

#[test]
fn every_timestamp_style_is_read_as_utc() {
    let contacts = [
        contact("z", Some("2026-02-27T01:29:59Z"), None),
        contact("offset", Some("2026-02-27T02:29:59+01:00"), None),
        contact("offset-equal", Some("2026-02-27T02:30:00+01:00"), None),
        contact("response-style", Some("2026-02-27 01:29:59"), None),
        contact("no-zone", Some("2026-02-27T01:29:59"), None),
        contact("no-zone-equal", Some("2026-02-27T01:30:00"), None),
        contact("fraction", Some("2026-02-27T01:29:59.5"), None),
        contact("negative-offset", Some("2026-02-26T20:29:59-05:00"), None),
    ];
    let evaluation = evaluate(&policy(None, Some(30)), &Scope::default(), &contacts, now());
    assert_eq!(
        uuids(&evaluation),
        vec![
            "negative-offset",
            "no-zone",
            "offset",
            "response-style",
            "z",
            "fraction"
        ]
    );
}

#[test]
fn unparseable_timestamp_is_skipped() {
    let contacts = [
        contact("garbage", Some("last tuesday"), None),
        contact("old", Some("2020-01-01T00:00:00Z"), None),
    ];
    let evaluation = evaluate(&policy(None, Some(30)), &Scope::default(), &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["old"]);
    assert_eq!(evaluation.skipped.len(), 1);
    assert_eq!(evaluation.skipped[0].uuid, "garbage");
    assert!(evaluation.skipped[0].reason.contains("last tuesday"));
}

#[test]
fn never_seen_uses_first_seen() {
    let contacts = [
        contact("never-seen-old", None, Some("2025-01-01T00:00:00Z")),
        contact("never-seen-new", None, Some("2026-03-28T00:00:00Z")),
        contact("no-times", None, None),
    ];
    let evaluation = evaluate(&policy(None, Some(30)), &Scope::default(), &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["never-seen-old"]);
    assert_eq!(evaluation.skipped.len(), 1);
    assert_eq!(evaluation.skipped[0].uuid, "no-times");
}

#[test]
fn responders_use_their_own_period() {
    let contacts = [
        contact("responder-100d", Some("2025-12-19T00:00:00Z"), None),
        contact("responder-400d", Some("2025-02-22T00:00:00Z"), None),
        contact("silent-100d", Some("2025-12-19T00:00:00Z"), None),
        contact("silent-10d", Some("2026-03-19T00:00:00Z"), None),
    ];
    let scope = Scope {
        responders: ["responder-100d", "responder-400d"]
            .map(String::from)
            .into(),
        ..Scope::default()
    };
    let evaluation = evaluate(&policy(Some(365), Some(30)), &scope, &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["responder-400d", "silent-100d"]);
    assert_eq!(evaluation.count(Rule::Responded), 1);
    assert_eq!(evaluation.count(Rule::NeverResponded), 1);
}

#[test]
fn group_without_period_is_never_candidate() {
    let contacts = [
        contact("responder", Some("2000-01-01T00:00:00Z"), None),
        contact("silent", Some("2000-01-01T00:00:00Z"), None),
    ];
    let scope = Scope {
        responders: ["responder".to_string()].into(),
        ..Scope::default()
    };
    let evaluation = evaluate(&policy(None, Some(30)), &scope, &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["silent"]);
    let evaluation = evaluate(&policy(Some(30), None), &scope, &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["responder"]);
}

#[test]
fn exclusions_spare_and_count() {
    let mut member_by_listing = contact("listed", Some("2020-01-01T00:00:00Z"), None);
    member_by_listing.remote_id = None;
    let mut member_by_field = contact("field", Some("2020-01-01T00:00:00Z"), None);
    member_by_field.segments = vec![SegmentRef {
        uuid: Some("seg-vip".into()),
        name: Some("VIP".into()),
    }];
    let protected_email = contact("mail", Some("2020-01-01T00:00:00Z"), None);
    let protected_id = contact("remote", Some("2020-01-01T00:00:00Z"), None);
    let recent_member = contact("recent", Some("2026-03-28T00:00:00Z"), None);
    let plain = contact("plain", Some("2020-01-01T00:00:00Z"), None);
    let contacts = [
        member_by_listing,
        member_by_field,
        protected_email,
        protected_id,
        recent_member,
        plain,
    ];
    let scope = Scope {
        excluded_segments: vec![ExcludedSegment {
            reference: "VIP".into(),
            uuid: "seg-vip".into(),
            members: ["listed".to_string(), "recent".to_string()].into(),
        }],
        protected: vec![
            Identifier::Auto("MAIL@example.com".into()),
            Identifier::Auto("user-remote".into()),
        ],
        ..Scope::default()
    };
    let evaluation = evaluate(&policy(None, Some(30)), &scope, &contacts, now());
    assert_eq!(uuids(&evaluation), vec!["plain"]);
    assert_eq!(evaluation.spared[0].exclusion, "segment `VIP`");
    assert_eq!(evaluation.spared[0].contacts, 2);
    assert_eq!(evaluation.spared[1].exclusion, "protect list");
    assert_eq!(evaluation.spared[1].contacts, 2);
}

#[test]
fn explicit_identifier_kinds_match_one_field() {
    let subject = contact("5d0c1a2b-1f2e-11ea-8c3d-0123456789ab", None, None);
    assert!(names_contact(
        &Identifier::Uuid("5D0C1A2B-1F2E-11EA-8C3D-0123456789AB".into()),
        &subject
    ));
    assert!(!names_contact(
        &Identifier::RemoteId(subject.uuid.clone()),
        &subject
    ));
    assert!(names_contact(
        &Identifier::Email(format!("{}@example.com", subject.uuid)),
        &subject
    ));
}

#[test]
fn empty_protect_list_not_reported() {
    let contacts = [contact("old", Some("2020-01-01T00:00:00Z"), None)];
    let evaluation = evaluate(&policy(None, Some(30)), &Scope::default(), &contacts, now());
    assert!(evaluation.spared.is_empty());
}
