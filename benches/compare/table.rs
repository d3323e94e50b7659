//! Medians with their spread, and the Markdown tables the benchmark prints.

/// Median and range of the values that several runs measured.
#[derive(Debug, Clone, Copy)]
pub struct Spread {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Spread {
    /// Summarizes `values`; NaN values are ignored, and no value at all gives NaN.
    pub fn of(values: &[f64]) -> Spread {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| !v.is_nan()).collect();
        sorted.sort_by(f64::total_cmp);
        if sorted.is_empty() {
            return Spread {
                median: f64::NAN,
                min: f64::NAN,
                max: f64::NAN,
            };
        }
        let middle = sorted.len() / 2;
        let median = if sorted.len() % 2 == 0 {
            (sorted[middle - 1] + sorted[middle]) / 2.0
        } else {
            sorted[middle]
        };
        Spread {
            median,
            min: sorted[0],
            max: sorted[sorted.len() - 1],
        }
    }

    /// Formats as `median (min–max)` with `decimals` digits after the point.
    pub fn show(&self, decimals: usize) -> String {
        if self.median.is_nan() {
            return "n/a".into();
        }
        if self.min == self.max {
            return format!("{:.*}", decimals, self.median);
        }
        format!(
            "{:.*} ({:.*}–{:.*})",
            decimals, self.median, decimals, self.min, decimals, self.max
        )
    }
}

/// Formats a row of cells as a Markdown table row.
pub fn row(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// Formats the header and separator rows of a Markdown table.
pub fn header(names: &[&str]) -> String {
    let cells: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    let separator: Vec<String> = names.iter().map(|_| "---".to_string()).collect();
    format!("{}\n{}", row(&cells), row(&separator))
}

/// Pairs the runs of two variants by round and returns `numerator / denominator` for each.
pub fn ratios(numerators: &[f64], denominators: &[f64]) -> Vec<f64> {
    numerators
        .iter()
        .zip(denominators)
        .map(|(n, d)| n / d)
        .collect()
}
