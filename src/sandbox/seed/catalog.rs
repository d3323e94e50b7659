//! Fixed material of the seed data: names, segments, surveys and their questions.

/// First names with the ASCII form used in email addresses.
pub const FIRST_NAMES: &[(&str, &str)] = &[
    ("Ann", "ann"),
    ("Ben", "ben"),
    ("Chloé", "chloe"),
    ("Dmitri", "dmitri"),
    ("Eva", "eva"),
    ("François", "francois"),
    ("Grace", "grace"),
    ("Hiro", "hiro"),
    ("Ingrid", "ingrid"),
    ("José", "jose"),
    ("Kai", "kai"),
    ("Lena", "lena"),
    ("Mateo", "mateo"),
    ("Nora", "nora"),
    ("Olga", "olga"),
    ("Priya", "priya"),
    ("Quinn", "quinn"),
    ("Rafael", "rafael"),
    ("Søren", "soren"),
    ("Tomás", "tomas"),
    ("Uma", "uma"),
    ("Viktor", "viktor"),
    ("Wei", "wei"),
    ("Ximena", "ximena"),
    ("Yusuf", "yusuf"),
    ("Zoë", "zoe"),
];

/// Last names with the ASCII form used in email addresses.
pub const LAST_NAMES: &[(&str, &str)] = &[
    ("Andersen", "andersen"),
    ("Brown", "brown"),
    ("Černý", "cerny"),
    ("Dubois", "dubois"),
    ("Eriksson", "eriksson"),
    ("Fischer", "fischer"),
    ("García", "garcia"),
    ("Hernández", "hernandez"),
    ("Ivanova", "ivanova"),
    ("Jensen", "jensen"),
    ("Kowalski", "kowalski"),
    ("López", "lopez"),
    ("Müller", "muller"),
    ("Nakamura", "nakamura"),
    ("O'Brien", "obrien"),
    ("Petrov", "petrov"),
    ("Quispe", "quispe"),
    ("Rossi", "rossi"),
    ("Schmidt", "schmidt"),
    ("Tanaka", "tanaka"),
    ("Ünal", "unal"),
    ("Valdés", "valdes"),
    ("Wójcik", "wojcik"),
    ("Xu", "xu"),
    ("Yamamoto", "yamamoto"),
    ("Ångström", "angstrom"),
];

/// Names in non-Latin scripts, given to a share of contacts whole.
pub const SCRIPT_NAMES: &[(&str, &str)] = &[
    ("李雷", "li.lei"),
    ("韩梅梅", "han.meimei"),
    ("Ольга Смирнова", "olga.smirnova"),
    ("Σοφία Παπαδοπούλου", "sofia.papadopoulou"),
    ("محمد علي", "mohammed.ali"),
    ("佐藤 花子", "sato.hanako"),
];

/// Domains of contact emails, all reserved for documentation and testing.
pub const EMAIL_DOMAINS: &[&str] = &[
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "corp.test",
];

/// Tags of plus-addressed emails.
pub const PLUS_TAGS: &[&str] = &["test", "news", "shop", "work"];

/// Plans with their weight out of 100.
pub const PLANS: &[(&str, u32)] = &[("free", 40), ("trial", 20), ("pro", 30), ("enterprise", 10)];

pub const ROLES: &[&str] = &["owner", "admin", "member", "viewer"];

pub const SIGNUP_SOURCES: &[&str] = &["organic", "ads", "referral", "partner", "import"];

pub const CITIES: &[&str] = &[
    "Zürich",
    "Kraków",
    "東京",
    "São Paulo",
    "Lagos",
    "Toronto",
    "Reykjavík",
];

pub const COMPANY_WORDS: (&[&str], &[&str]) = (
    &[
        "Blue", "Northern", "Rapid", "Silver", "Quiet", "Bright", "Copper", "Harbor",
    ],
    &[
        "Labs",
        "Works",
        "Systems",
        "Studio",
        "Logistics",
        "Analytics",
        "Foods",
        "Health",
    ],
);

pub const COUNTRIES: &[(&str, &str)] = &[
    ("DE", "EUR"),
    ("US", "USD"),
    ("GB", "GBP"),
    ("JP", "JPY"),
    ("BR", "BRL"),
];

pub const EVENT_NAMES: &[&str] = &[
    "signed_in",
    "exported_report",
    "invited_teammate",
    "upgraded_plan",
];

pub const TAG_NAMES: &[&str] = &["bug", "praise", "pricing", "follow-up"];

/// Membership rule of a seeded segment.
#[derive(Debug, Clone, Copy)]
pub enum SegmentRule {
    /// Seen within this many days before the reference instant.
    ActiveWithin(i64),
    /// Not seen for this many days before the reference instant, or never.
    DormantFor(i64),
    Plan(&'static str),
    Admins,
    Newsletter,
    /// Remote id starts with `e2e-`.
    EndToEndUsers,
    /// Each contact with this probability.
    Random(f64),
}

/// A segment of the seed data.
pub struct SegmentDef {
    pub name: &'static str,
    pub is_manual: bool,
    pub rule: SegmentRule,
}

pub const SEGMENTS: &[SegmentDef] = &[
    SegmentDef {
        name: "Active in the last 30 days",
        is_manual: false,
        rule: SegmentRule::ActiveWithin(30),
    },
    SegmentDef {
        name: "Admins",
        is_manual: false,
        rule: SegmentRule::Admins,
    },
    SegmentDef {
        name: "Beta testers",
        is_manual: true,
        rule: SegmentRule::Random(0.05),
    },
    SegmentDef {
        name: "Dormant for a year",
        is_manual: false,
        rule: SegmentRule::DormantFor(365),
    },
    SegmentDef {
        name: "E2E test users",
        is_manual: true,
        rule: SegmentRule::EndToEndUsers,
    },
    SegmentDef {
        name: "Enterprise plan",
        is_manual: false,
        rule: SegmentRule::Plan("enterprise"),
    },
    SegmentDef {
        name: "Newsletter subscribers",
        is_manual: false,
        rule: SegmentRule::Newsletter,
    },
    SegmentDef {
        name: "Support escalations",
        is_manual: true,
        rule: SegmentRule::Random(0.03),
    },
    SegmentDef {
        name: "Trial users",
        is_manual: false,
        rule: SegmentRule::Plan("trial"),
    },
    SegmentDef {
        name: "VIP customers",
        is_manual: true,
        rule: SegmentRule::Random(0.02),
    },
];

/// The kind of answer a survey question takes.
#[derive(Debug, Clone, Copy)]
pub enum QuestionKind {
    /// A whole number from the first to the second value.
    Scale(i64, i64),
    /// One of the given strings.
    Choice(&'static [&'static str]),
    /// One to three of the given strings, as a list.
    MultiChoice(&'static [&'static str]),
    /// Free text, picked from the given examples.
    Text(&'static [&'static str]),
    YesNo,
}

/// A survey question: its identifier in response data and its kind.
pub struct Question {
    pub identifier: &'static str,
    pub kind: QuestionKind,
}

/// Life-cycle status of a seeded survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormStatus {
    Published,
    Draft,
    Archived,
}

impl FormStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FormStatus::Published => "published",
            FormStatus::Draft => "draft",
            FormStatus::Archived => "archived",
        }
    }
}

/// A survey of the seed data.
pub struct FormDef {
    pub name: &'static str,
    pub status: FormStatus,
    pub channels: &'static [&'static str],
    pub page_url: Option<&'static str>,
    pub questions: &'static [Question],
}

const REASONS: &[&str] = &[
    "Fast and reliable",
    "Too expensive for our team",
    "Support answered within minutes",
    "The export is confusing",
    "Works well on mobile",
];

pub const FORMS: &[FormDef] = &[
    FormDef {
        name: "Net Promoter Score",
        status: FormStatus::Published,
        channels: &["web", "mobile"],
        page_url: None,
        questions: &[
            Question {
                identifier: "nps",
                kind: QuestionKind::Scale(0, 10),
            },
            Question {
                identifier: "nps_reason",
                kind: QuestionKind::Text(REASONS),
            },
        ],
    },
    FormDef {
        name: "Onboarding feedback",
        status: FormStatus::Published,
        channels: &["web"],
        page_url: None,
        questions: &[
            Question {
                identifier: "ease",
                kind: QuestionKind::Scale(1, 5),
            },
            Question {
                identifier: "team_size",
                kind: QuestionKind::Choice(&["1", "2-10", "11-50", "51+"]),
            },
            Question {
                identifier: "comments",
                kind: QuestionKind::Text(REASONS),
            },
        ],
    },
    FormDef {
        name: "Feature requests",
        status: FormStatus::Published,
        channels: &["web", "email"],
        page_url: None,
        questions: &[
            Question {
                identifier: "features",
                kind: QuestionKind::MultiChoice(&[
                    "SSO",
                    "Dark mode",
                    "API access",
                    "CSV export",
                    "Audit log",
                ]),
            },
            Question {
                identifier: "details",
                kind: QuestionKind::Text(REASONS),
            },
        ],
    },
    FormDef {
        name: "Churn survey",
        status: FormStatus::Published,
        channels: &["email"],
        page_url: None,
        questions: &[
            Question {
                identifier: "reason",
                kind: QuestionKind::Choice(&[
                    "price",
                    "missing feature",
                    "switched tool",
                    "project ended",
                ]),
            },
            Question {
                identifier: "would_return",
                kind: QuestionKind::YesNo,
            },
        ],
    },
    FormDef {
        name: "Customer satisfaction",
        status: FormStatus::Published,
        channels: &["web", "link"],
        page_url: Some("https://surveys.example.com/csat"),
        questions: &[Question {
            identifier: "csat",
            kind: QuestionKind::Scale(1, 5),
        }],
    },
    FormDef {
        name: "Legacy NPS 2023",
        status: FormStatus::Archived,
        channels: &["web"],
        page_url: None,
        questions: &[Question {
            identifier: "nps",
            kind: QuestionKind::Scale(0, 10),
        }],
    },
    FormDef {
        name: "Pricing page poll",
        status: FormStatus::Draft,
        channels: &["web"],
        page_url: None,
        questions: &[Question {
            identifier: "fair_price",
            kind: QuestionKind::YesNo,
        }],
    },
];
