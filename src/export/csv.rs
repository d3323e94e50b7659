//! CSV shaping: how a JSON value becomes a cell, and how cells become RFC 4180 records.
//!
//! Cell rules:
//! - JSON null and a missing key become an empty, unquoted field; an empty string becomes
//!   the quoted field `""`. A reader that keeps quoting apart (the csv crate's byte
//!   positions, Python's `QUOTE_NOTNULL`) can thus tell them apart. The JSON export keeps
//!   null, empty string and a missing key distinct in every case.
//! - Numbers keep every digit as the API sent them; booleans are `true` or `false`.
//! - Objects and arrays become compact JSON text.
//! - A string that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
//!   a tab or a carriage return) gets a leading `'` unless raw cells were requested. Numbers
//!   are never changed, so the JSON number -5 stays `-5` while the string "-5" becomes
//!   `'-5`.
//!
//! Fields are quoted by csv-core's writer when they hold a quote, a comma, CR or LF.
//! Records end with CRLF, as RFC 4180 specifies.

use serde_json::Value;
use std::io::Write;

/// First characters that make a spreadsheet evaluate a cell.
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// UTF-8 byte order mark, which Excel needs to read UTF-8 CSV.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Cell output settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct CellOptions {
    /// Write strings exactly, without neutralising formulas.
    pub raw: bool,
}

/// Returns the text of a cell, or `None` for null and missing values.
pub fn cell_text(value: Option<&Value>, options: CellOptions) -> Option<String> {
    match value? {
        Value::Null => None,
        Value::String(text) if options.raw => Some(text.clone()),
        Value::String(text) => Some(neutralise(text)),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        nested => Some(nested.to_string()),
    }
}

/// Prefixes `'` to text that a spreadsheet would run as a formula.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(FORMULA_TRIGGERS) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Encodes one record: `None` is an empty unquoted field, `Some("")` the quoted `""`.
pub fn encode_record(cells: &[Option<String>]) -> Vec<u8> {
    let mut line = Vec::new();
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            line.push(b',');
        }
        if let Some(text) = cell {
            encode_field(text.as_bytes(), &mut line);
        }
    }
    line.extend_from_slice(b"\r\n");
    line
}

/// Appends one non-null field. A fresh csv-core writer treats each field as the only one
/// in its record, so it quotes an empty field, and quotes others only where needed.
fn encode_field(input: &[u8], line: &mut Vec<u8>) {
    let mut writer = csv_core::Writer::new();
    let mut output = vec![0; input.len() * 2 + 4];
    let (_, _, written) = writer.field(input, &mut output);
    let (_, closing) = writer.finish(&mut output[written..]);
    line.extend_from_slice(&output[..written + closing]);
}

/// Writes a header row and then records to `out`.
pub struct TableWriter<W: Write> {
    out: W,
    width: usize,
}

impl<W: Write> TableWriter<W> {
    /// Writes the optional BOM and the header row.
    pub fn start(mut out: W, header: &[String], bom: bool) -> std::io::Result<TableWriter<W>> {
        if bom {
            out.write_all(BOM)?;
        }
        let cells: Vec<Option<String>> = header.iter().cloned().map(Some).collect();
        out.write_all(&encode_record(&cells))?;
        Ok(TableWriter {
            out,
            width: header.len(),
        })
    }

    pub fn write_row(&mut self, cells: &[Option<String>]) -> std::io::Result<()> {
        debug_assert_eq!(cells.len(), self.width);
        self.out.write_all(&encode_record(cells))
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    pub fn inner_mut(&mut self) -> &mut W {
        &mut self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(value: Value) -> Option<String> {
        cell_text(Some(&value), CellOptions::default())
    }

    /// Splits one CSV line into (field, was_quoted) with the csv crate, using the byte
    /// positions that the reader reports to see whether each field started with a quote.
    fn parse_with_quoting(line: &[u8]) -> Vec<(String, bool)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line);
        let mut record = csv::ByteRecord::new();
        assert!(reader.read_byte_record(&mut record).unwrap());
        let mut offset = 0;
        let mut fields = Vec::new();
        for field in record.iter() {
            let quoted = line.get(offset) == Some(&b'"');
            let raw_len = if quoted {
                // Opening and closing quotes, plus one extra byte for each doubled quote.
                field.len() + 2 + field.iter().filter(|b| **b == b'"').count()
            } else {
                field.len()
            };
            offset += raw_len + 1;
            fields.push((String::from_utf8(field.to_vec()).unwrap(), quoted));
        }
        fields
    }

    #[test]
    fn formula_strings_are_neutralised() {
        for formula in ["=1+1", "+1", "-5", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(
                text(json!(formula)),
                Some(format!("'{formula}")),
                "{formula:?}"
            );
        }
        assert_eq!(text(json!("plain")), Some("plain".to_string()));
    }

    #[test]
    fn numbers_are_never_neutralised() {
        assert_eq!(text(json!(-5)), Some("-5".to_string()));
        assert_eq!(text(json!(-1.5)), Some("-1.5".to_string()));
    }

    #[test]
    fn raw_cells_keep_formulas() {
        let options = CellOptions { raw: true };
        assert_eq!(
            cell_text(Some(&json!("=1+1")), options),
            Some("=1+1".to_string())
        );
    }

    #[test]
    fn big_integers_keep_every_digit() {
        let value: Value = serde_json::from_str("12345678901234567890123").unwrap();
        assert_eq!(text(value), Some("12345678901234567890123".to_string()));
    }

    #[test]
    fn nested_values_become_compact_json() {
        assert_eq!(
            text(json!({"a": [1, null]})),
            Some(r#"{"a":[1,null]}"#.to_string())
        );
        assert_eq!(text(json!(true)), Some("true".to_string()));
    }

    #[test]
    fn null_and_missing_are_empty() {
        assert_eq!(text(Value::Null), None);
        assert_eq!(cell_text(None, CellOptions::default()), None);
    }

    #[test]
    fn null_and_empty_string_round_trip() {
        let line = encode_record(&[None, Some(String::new()), Some("a".into()), None]);
        assert_eq!(line, b",\"\",a,\r\n");
        let fields = parse_with_quoting(&line);
        assert_eq!(fields[0], (String::new(), false));
        assert_eq!(fields[1], (String::new(), true));
        assert_eq!(fields[2], ("a".to_string(), false));
        assert_eq!(fields[3], (String::new(), false));
    }

    #[test]
    fn special_characters_round_trip() {
        let values = [
            "say \"hi\"",
            "a,b",
            "line\nbreak",
            "cr\rhere",
            "Zoë 東京 🎉",
            " padded ",
        ];
        let cells: Vec<Option<String>> = values.iter().map(|v| Some(v.to_string())).collect();
        let line = encode_record(&cells);
        let fields = parse_with_quoting(&line);
        let parsed: Vec<&str> = fields.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(parsed, values);
    }

    #[test]
    fn table_writer_adds_bom_and_header() {
        let mut table = TableWriter::start(Vec::new(), &["a".into(), "b".into()], true).unwrap();
        table.write_row(&[Some("1".into()), None]).unwrap();
        let bytes = table.into_inner();
        assert_eq!(bytes, b"\xEF\xBB\xBFa,b\r\n1,\r\n");
    }
}
