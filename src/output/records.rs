//! A list of records that renders as a table, JSON, NDJSON or CSV.

use super::sanitize;
use comfy_table::{presets, ContentArrangement, Table};
use serde_json::Value;
use std::io::Write;

/// Rows for table and CSV output, and one JSON value per row for JSON and NDJSON.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub json: Vec<Value>,
}

impl Records {
    pub fn new(columns: &[&str]) -> Records {
        Records {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            ..Records::default()
        }
    }

    pub fn push(&mut self, row: Vec<String>, json: Value) {
        self.rows.push(row);
        self.json.push(json);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Writes a table: boxed and fitted to the width on a terminal; elsewhere plain columns
    /// without colour or box drawing, and nothing cut.
    pub fn write_table(
        &self,
        out: &mut impl Write,
        terminal: bool,
        color: bool,
    ) -> std::io::Result<()> {
        let mut table = Table::new();
        if terminal {
            table.load_preset(presets::UTF8_FULL_CONDENSED);
            table.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            table.load_preset(presets::NOTHING);
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
        if color && terminal {
            table.enforce_styling();
        }
        table.set_header(self.columns.iter().map(|c| c.to_uppercase()));
        for row in &self.rows {
            table.add_row(row.iter().map(|cell| sanitize(cell).replace('\n', " ")));
        }
        let text = table.to_string();
        for line in text.lines() {
            // Without borders every line starts with the first cell's left padding.
            let line = if terminal {
                line
            } else {
                line.strip_prefix(' ').unwrap_or(line)
            };
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    pub fn write_json(&self, out: &mut impl Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &self.json)?;
        writeln!(out)
    }

    pub fn write_ndjson(&self, out: &mut impl Write) -> std::io::Result<()> {
        for value in &self.json {
            serde_json::to_writer(&mut *out, value)?;
            writeln!(out)?;
        }
        Ok(())
    }

    pub fn write_csv(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(&self.columns)?;
        for row in &self.rows {
            writer.write_record(row)?;
        }
        writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Records {
        let mut records = Records::new(&["name", "uuid"]);
        records.push(
            vec!["Zoë, \"Z\"".into(), "u1".into()],
            json!({"name": "Zoë"}),
        );
        records
    }

    #[test]
    fn plain_table_has_no_box_drawing() {
        let mut out = Vec::new();
        sample().write_table(&mut out, false, false).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("NAME"), "{text}");
        assert!(text.contains("Zoë, \"Z\""), "{text}");
        assert!(!text.contains('│') && !text.contains('─'), "{text}");
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        let mut out = Vec::new();
        sample().write_csv(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "name,uuid\n\"Zoë, \"\"Z\"\"\",u1\n"
        );
    }

    #[test]
    fn ndjson_is_one_line_per_record() {
        let mut out = Vec::new();
        sample().write_ndjson(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "{\"name\":\"Zoë\"}\n");
    }
}
