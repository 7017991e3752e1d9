//! The build's one timestamp, for reproducible output: from `SOURCE_DATE_EPOCH` when set (the
//! reproducible-builds.org convention), otherwise midnight UTC of the edition's date.

/// A UTC date and time, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Timestamp {
    /// `SOURCE_DATE_EPOCH` if it is set and valid, else the edition date (`YYYY-MM-DD`).
    pub fn for_build(edition_date: &str) -> Result<Timestamp, String> {
        if let Ok(value) = std::env::var("SOURCE_DATE_EPOCH") {
            let seconds: i64 = value
                .trim()
                .parse()
                .map_err(|_| format!("SOURCE_DATE_EPOCH=`{value}` is not a number of seconds"))?;
            return Ok(Timestamp::from_unix(seconds));
        }
        Timestamp::from_date(edition_date).ok_or_else(|| format!("`{edition_date}` is not a date"))
    }

    pub fn from_date(date: &str) -> Option<Timestamp> {
        let mut parts = date.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Some(Timestamp {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
        })
    }

    /// Civil date from Unix seconds (Howard Hinnant's days-from-civil inverse).
    pub fn from_unix(seconds: i64) -> Timestamp {
        let days = seconds.div_euclid(86_400);
        let secs = seconds.rem_euclid(86_400) as u32;
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Timestamp {
            year,
            month,
            day,
            hour: secs / 3600,
            minute: secs / 60 % 60,
            second: secs % 60,
        }
    }

    /// `2026-11-27T00:00:00Z`, the form `dcterms:modified` requires.
    pub fn iso8601(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    pub fn date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// PDF date string, `D:20261127000000Z`.
    pub fn pdf_date(&self) -> String {
        format!(
            "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_epoch_conversion() {
        assert_eq!(Timestamp::from_unix(0).iso8601(), "1970-01-01T00:00:00Z");
        assert_eq!(
            Timestamp::from_unix(1_798_416_000).iso8601(),
            "2026-12-28T00:00:00Z"
        );
        assert_eq!(
            Timestamp::from_unix(951_782_400 + 3661).iso8601(),
            "2000-02-29T01:01:01Z"
        );
    }
}
