//! Generation of seeded surveys ("forms"), responses and tracked events.

use chrono::{DateTime, Duration, Utc};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};

use super::catalog::{FormDef, FormStatus, QuestionKind, EVENT_NAMES, FORMS};
use super::people::Person;
use super::random_between;
use crate::sandbox::ids::uuid_v1;

/// A generated survey.
pub struct Form {
    pub id: i64,
    pub uuid: String,
    pub def: &'static FormDef,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub published: Option<DateTime<Utc>>,
    pub archived: Option<DateTime<Utc>>,
    pub config: Value,
}

/// A generated survey view: completed, partial (answers but no completion) or dismissed.
pub struct Response {
    pub id: i64,
    pub uuid: String,
    pub contact_id: i64,
    pub form_id: i64,
    pub first_shown: DateTime<Utc>,
    pub last_shown: DateTime<Utc>,
    pub show_counter: i64,
    pub first_data: Option<DateTime<Utc>>,
    pub last_data: Option<DateTime<Utc>>,
    pub completed: Option<DateTime<Utc>>,
    pub received: DateTime<Utc>,
    pub dismissed: Option<DateTime<Utc>>,
    pub data: Value,
}

/// A generated tracked event.
pub struct Event {
    pub contact_id: i64,
    pub name: &'static str,
    pub at: DateTime<Utc>,
}

/// Generates every survey of the catalogue, with row ids from 1.
pub fn forms(rng: &mut ChaCha8Rng, reference: DateTime<Utc>) -> Vec<Form> {
    FORMS
        .iter()
        .zip(1..)
        .map(|(def, id)| {
            let created = random_between(
                rng,
                reference - Duration::days(4 * 365),
                reference - Duration::days(3 * 365),
            );
            let updated = random_between(rng, created, reference - Duration::days(30));
            let published = (def.status != FormStatus::Draft).then(|| created + Duration::days(1));
            let archived =
                (def.status == FormStatus::Archived).then(|| reference - Duration::days(200));
            Form {
                id,
                uuid: uuid_v1(rng, created),
                def,
                created,
                updated,
                published,
                archived,
                config: config(def),
            }
        })
        .collect()
}

fn config(def: &FormDef) -> Value {
    let elements: Vec<Value> = def
        .questions
        .iter()
        .map(|question| {
            let kind = match question.kind {
                QuestionKind::Scale(0, 10) => "nps",
                QuestionKind::Scale(..) => "rating",
                QuestionKind::Choice(_) => "single_choice",
                QuestionKind::MultiChoice(_) => "multiple_choice",
                QuestionKind::Text(_) => "text",
                QuestionKind::YesNo => "yes_no",
            };
            json!({"identifier": question.identifier, "type": kind})
        })
        .collect();
    json!({"form_elements": elements, "appearance": {"position": "bottom-right"}})
}

/// Generates one to four survey views for a contact that was seen. The first id is
/// `next_id`, which moves past the ids used.
pub fn responses(
    rng: &mut ChaCha8Rng,
    person: &Person,
    forms: &[Form],
    next_id: &mut i64,
) -> Vec<Response> {
    let Some(last_seen) = person.last_seen else {
        return Vec::new();
    };
    let answerable: Vec<&Form> = forms
        .iter()
        .filter(|form| form.def.status != FormStatus::Draft)
        .collect();
    let count = rng.gen_range(1..=4);
    let mut generated = Vec::with_capacity(count);
    for _ in 0..count {
        let Some(form) = answerable.choose(rng).copied() else {
            break;
        };
        let latest_start = (last_seen - Duration::minutes(10)).max(person.first_seen);
        let first_shown = random_between(rng, person.first_seen, latest_start);
        generated.push(response(rng, *next_id, person.id, form, first_shown));
        *next_id += 1;
    }
    generated
}

/// Builds one view. Every offset after `first_shown` stays under 10 minutes, so a view
/// shown by `last_seen - 10 min` ends before `last_seen`.
fn response(
    rng: &mut ChaCha8Rng,
    id: i64,
    contact_id: i64,
    form: &Form,
    first_shown: DateTime<Utc>,
) -> Response {
    let show_counter = rng.gen_range(1..=3);
    let last_shown = first_shown + Duration::seconds(rng.gen_range(0..60) * (show_counter - 1));
    let first_data = last_shown + Duration::seconds(rng.gen_range(5..120));
    let last_data = first_data + Duration::seconds(rng.gen_range(0..300));
    let uuid = uuid_v1(rng, first_shown);
    let mut view = Response {
        id,
        uuid,
        contact_id,
        form_id: form.id,
        first_shown,
        last_shown,
        show_counter,
        first_data: None,
        last_data: None,
        completed: None,
        received: last_shown,
        dismissed: None,
        data: Value::Object(Map::new()),
    };
    let draw: f64 = rng.gen();
    if draw < 0.6 {
        view.data = answers(rng, form.def, form.def.questions.len());
        view.first_data = Some(first_data);
        view.last_data = Some(last_data);
        view.completed = Some(last_data);
        view.received = last_data;
    } else if draw < 0.8 {
        view.data = answers(rng, form.def, 1);
        view.first_data = Some(first_data);
        view.last_data = Some(first_data);
        view.received = first_data;
    } else {
        let dismissed = last_shown + Duration::seconds(rng.gen_range(3..60));
        view.dismissed = Some(dismissed);
        view.received = dismissed;
    }
    view
}

/// Answers to the first `count` questions of a survey.
fn answers(rng: &mut ChaCha8Rng, def: &FormDef, count: usize) -> Value {
    let mut data = Map::new();
    for question in def.questions.iter().take(count) {
        let answer = match question.kind {
            QuestionKind::Scale(low, high) => json!(rng.gen_range(low..=high)),
            QuestionKind::Choice(options) | QuestionKind::Text(options) => {
                json!(options.choose(rng).copied().unwrap_or_default())
            }
            QuestionKind::MultiChoice(options) => {
                let picked = rng.gen_range(1..=3.min(options.len()));
                json!(options
                    .choose_multiple(rng, picked)
                    .copied()
                    .collect::<Vec<_>>())
            }
            QuestionKind::YesNo => json!(rng.gen_bool(0.5)),
        };
        data.insert(question.identifier.to_string(), answer);
    }
    Value::Object(data)
}

/// Generates up to two tracked events for a contact that was seen.
pub fn events(rng: &mut ChaCha8Rng, person: &Person) -> Vec<Event> {
    let Some(last_seen) = person.last_seen else {
        return Vec::new();
    };
    (0..rng.gen_range(0..=2))
        .map(|_| Event {
            contact_id: person.id,
            name: EVENT_NAMES.choose(rng).copied().unwrap_or("signed_in"),
            at: random_between(rng, person.first_seen, last_seen),
        })
        .collect()
}
