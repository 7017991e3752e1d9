//! Ranges that lost their en dash ("19561957", "1015 km") and temperatures that lost their
//! degree sign: digits read as two years, days, decades, ordinals, measures, scores or
//! numbers. Only a lost en dash makes sense of two years, two days before a month, two
//! decades, two ordinals or two numbers grouped in thousands run together, so those are
//! repaired; the others are listed, since a number may be meant ("2530 kilometres" may be
//! 2,530 written without its comma).

use crate::restore::stages::Proposal;
use crate::restore::tokens::{Token, MONTHS};
use crate::restore::{Class, Outcome, RawSuspect, Sign};
use Reading::{Listed, Repaired};

/// "194852", "19451989": six or eight digits that read as a range of years (1948–52,
/// 1945–1989) once an en dash is put back; "1011 September": digits before a month that are
/// no day but read as a range of days (10–11); "89 in the morning": digits before a time of
/// day that are no hour but read as a range of hours (8–9); "aged 712": digits after "aged"
/// that are no age but read as a range of ages (7–12); "opens 917": digits after a verb of
/// opening hours that are no hour but read as two of a day's (9–17); "10.0017.00": two
/// times of day run together (10.00–17.00); "1960s70s", "8th4th": two decades or two
/// ordinals (1960s–70s, 8th–4th); "1,0001,300": two numbers grouped in thousands
/// (1,000–1,300). Each is repaired. "2530 kilometres": digits before a unit that read as a
/// range of measures (25–30; see [`as_small_range`] for two digits, [`as_one_and_two_digits`]
/// for three), even when they also read as years ("160180 centimetres"); "won 63": two
/// digits after a result, a score (6–3), or after a result and a side's name ("beat South
/// Korea 90");
/// "600700 people": a range of numbers; "10 C", "6769 C": a temperature that lost its degree
/// sign (10 °C, 67–69 °C). Each is listed.
pub fn repair_or_list(text: &str) -> Outcome {
    let mut outcome = Outcome::default();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        let alone = |i: Option<&u8>| i.is_none_or(|b| !b.is_ascii_alphanumeric());
        let starts_alone = alone(at.checked_sub(1).and_then(|i| bytes.get(i)));
        let standalone = starts_alone && alone(bytes.get(end));
        if let Some((range, length)) = starts_alone.then(|| as_clock_range(&text[at..])).flatten() {
            let place = at..at + length;
            outcome
                .proposals
                .push(dash_put_back(text, place, &range, "two times of day"));
            at += length;
            continue;
        }
        let grouped = starts_alone
            .then(|| as_grouped_range(&text[..at], &text[at..]))
            .flatten();
        if let Some((range, length)) = grouped {
            let place = at..at + length;
            let of = "two numbers grouped in thousands";
            outcome
                .proposals
                .push(dash_put_back(text, place, &range, of));
            at += length;
            continue;
        }
        if let Some((scale, gap)) = starts_alone.then(|| degree_scale(&text[end..])).flatten() {
            outcome
                .suspects
                .push(temperature(text, at, end, scale, gap));
            at = end;
            continue;
        }
        let Some((ranges, more, reading)) = range_at(text, at..end, starts_alone, standalone)
        else {
            at = end;
            continue;
        };
        let place = at..end + more;
        match reading {
            Repaired(of) => outcome
                .proposals
                .push(dash_put_back(text, place, &ranges[0], of)),
            Listed(of) => outcome.suspects.push(RawSuspect {
                offset: at,
                text: text[place].to_string(),
                candidates: ranges,
                reason: format!("digits that read as {of}: an en dash was deleted?"),
                sign: Sign::LostCharacter,
            }),
        }
        at = end + more;
    }
    outcome
}

/// The ranges the digits at `digits` (a range of `text`) read as with an en dash, likeliest
/// first, how many bytes past them they run, and whether only the dash explains them:
/// decades and ordinals wherever the digits start a word (`starts_alone`), the others only
/// where the digits stand alone (`standalone`), years before days, measures, numbers and
/// scores; and years where a lost dash glued a word to the digits too ("178892hence": the
/// years 1788–92, then "—hence").
fn range_at(
    text: &str,
    digits: std::ops::Range<usize>,
    starts_alone: bool,
    standalone: bool,
) -> Option<(Vec<String>, usize, Reading)> {
    let (at, end) = (digits.start, digits.end);
    let digits = &text[digits];
    let glued_to_a_word =
        starts_alone && text[end..].starts_with(|c: char| c.is_ascii_alphabetic());
    let unit = unit_after(&text[end..]);
    // A reading its context calls for (a month after the digits for days), made of the
    // digits alone, which only a lost dash explains.
    let repaired_where = |called_for: bool, read: fn(&str) -> Option<String>, of| {
        called_for
            .then(|| read(digits))
            .flatten()
            .map(|range| (vec![range], 0, Repaired(of)))
    };
    let years = || repaired_where(unit.is_none(), as_year_range, "a range of years");
    let days = || {
        repaired_where(
            before_a_month(&text[end..]),
            as_day_range,
            "a range of days",
        )
    };
    let ages = || repaired_where(after_an_age(&text[..at]), as_age_range, "a range of ages");
    let opening_hours = || {
        let after_opening = unit.is_none() && after_opening(&text[..at]);
        repaired_where(
            after_opening,
            as_range_of_the_clock,
            "a range of opening hours",
        )
    };
    // Two readings are listed ("pp. 11214": 112–14 or 11–214).
    let pages = || {
        let ranges = after_a_plural_of_places(&text[..at])
            .then(|| as_page_ranges(digits))
            .filter(|ranges| !ranges.is_empty())?;
        let reading = match ranges.len() {
            1 => Repaired("a range of pages"),
            _ => Listed("a range of pages"),
        };
        Some((ranges, 0, reading))
    };
    let hours = || {
        let before_a_time = before_a_time_of_day(&text[end..]);
        repaired_where(before_a_time, as_hour_range, "a range of hours")
    };
    // A decade's range runs on past the digits: `1960s1970s`.
    let decades = || {
        starts_alone
            .then(|| as_decade_range(digits, &text[end..]))
            .flatten()
            .map(|(range, more)| (vec![range], more, Repaired("a range of decades")))
    };
    let measures = || {
        let range = match unit {
            Some(unit) => as_measure_range(digits)
                .or_else(|| as_small_range(digits, unit, &text[end..]))
                .or_else(|| as_one_and_two_digits(digits)),
            // Not two digits: "a 24-hour day" is no range.
            None => compound_unit_after(&text[end..]).and_then(|_| as_measure_range(digits)),
        };
        range.map(|range| (vec![range], 0, Listed("a range of measures")))
    };
    let numbers =
        || as_number_range(digits).map(|range| (vec![range], 0, Listed("a range of numbers")));
    // An ordinal glued to another runs on past the digits: `8th4th centuries`.
    let ordinals = || {
        starts_alone
            .then(|| as_ordinal_range(digits, &text[end..]))
            .flatten()
            .map(|(range, more)| (vec![range], more, Repaired("a range of ordinals")))
    };
    let scores = || {
        after_a_result(&text[..at])
            .is_some_and(|result| ends_a_score(result, &text[end..]))
            .then(|| as_score(digits))
            .flatten()
            .map(|score| (vec![score], 0, Listed("a game's score")))
    };
    let scores_after_a_side = || {
        a_sides_score(&text[..at], &text[end..])
            .then(|| as_score(digits))
            .flatten()
            .map(|score| (vec![score], 0, Listed("a game's score after a side's name")))
    };
    decades().or_else(ordinals).or_else(|| {
        standalone
            .then(|| {
                pages()
                    .or_else(years)
                    .or_else(days)
                    .or_else(hours)
                    .or_else(opening_hours)
                    .or_else(ages)
                    .or_else(measures)
                    .or_else(numbers)
                    .or_else(scores)
                    .or_else(scores_after_a_side)
            })
            .flatten()
            .or_else(|| glued_to_a_word.then(years).flatten())
    })
}

/// What a run of digits reads as, and whether that reading is the only one.
enum Reading {
    /// Only a lost en dash explains the digits.
    Repaired(&'static str),
    /// A number may be meant as well.
    Listed(&'static str),
}

/// The en dash that makes the digits at `place` the `range` read there: `range` is the text
/// of `place` with the dash inserted, so it goes where `range` has it.
fn dash_put_back(text: &str, place: std::ops::Range<usize>, range: &str, of: &str) -> Proposal {
    let before = range.find('\u{2013}').unwrap_or(0);
    debug_assert_eq!(&text[place.start..place.start + before], &range[..before]);
    let at = place.start + before;
    Proposal {
        start: at,
        end: at,
        replacement: "\u{2013}".to_string(),
        rule: "dash.range",
        class: Class::Dash,
        evidence: format!("digits that read as {of} ({range}) once an en dash is put back"),
    }
}

/// The scale after a number whose degree sign was deleted (`10 C`, from "10 °C"; `46C`, from
/// "46°C"), and the space before it if the text has one: a capital C or F standing alone,
/// spaced from the number or glued to it. A lone capital after a number is seldom anything
/// else in English prose; a grade or a class ("Form 3 C") would be listed, not changed.
fn degree_scale(rest: &str) -> Option<(char, &'static str)> {
    let (gap, rest) = match rest.strip_prefix(' ') {
        Some(rest) => (" ", rest),
        None => ("", rest),
    };
    let mut chars = rest.chars();
    let scale = chars.next().filter(|c| matches!(c, 'C' | 'F'))?;
    let after = chars.as_str();
    let alone = after
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    // "In 1921 F. W. Murnau": the first of a name's initials, after a year.
    let an_initial =
        matches!(after.as_bytes(), [b'.', b' ', initial, b'.', ..] if initial.is_ascii_uppercase());
    (alone && !an_initial).then_some((scale, gap))
}

/// Whether `token`, a single letter, is the scale of a temperature that lost its degree sign
/// (`6769 C`), which [`repair_or_list`] lists with its number.
pub(super) fn a_temperatures_scale(text: &str, token: &Token) -> bool {
    let before = &text[..token.start];
    let number = before.strip_suffix(' ').unwrap_or(before);
    number.ends_with(|c: char| c.is_ascii_digit()) && degree_scale(&text[number.len()..]).is_some()
}

/// The suspect of digits from `at` to `end` before a degree `scale` ("10 C": 10 °C), and of
/// the range they read as (`6769 C`: 67–69 °C), as one place to mend, with the text's `gap`
/// between the number and the scale (none in "46C": 46°C).
fn temperature(text: &str, at: usize, end: usize, scale: char, gap: &str) -> RawSuspect {
    let digits = &text[at..end];
    let (number, of) = match as_measure_range(digits) {
        Some(range) => (
            range,
            "a range of temperatures: an en dash and a degree sign were",
        ),
        None => (digits.to_string(), "a temperature: its degree sign was"),
    };
    RawSuspect {
        offset: at,
        text: text[at..end + gap.len() + 1].to_string(),
        candidates: vec![format!("{number}{gap}\u{b0}{scale}")],
        reason: format!("digits before `{scale}` that read as {of} deleted?"),
        sign: Sign::LostCharacter,
    }
}

/// `1960s1970s`, `1960s70s`: a decade (`digits`, and the `s` that `rest` starts with) glued to
/// a later one, in full or by its last two digits, as a range with an en dash, and how many
/// bytes of `rest` it takes.
fn as_decade_range(digits: &str, rest: &str) -> Option<(String, usize)> {
    let decade = |d: &str| {
        d.parse::<u32>()
            .ok()
            .filter(|y| (1500..=2090).contains(y) && y % 10 == 0)
    };
    let first = decade(digits)?;
    let rest = rest.strip_prefix('s')?;
    let length = rest.bytes().take_while(u8::is_ascii_digit).count();
    let second = match length {
        4 => decade(&rest[..4])?,
        2 => decade(&format!("{}{}", first / 100, &rest[..2]))?,
        _ => return None,
    };
    let after = rest[length..].strip_prefix('s')?;
    let ends = !after.starts_with(|c: char| c.is_ascii_alphanumeric());
    let written = &rest[..length];
    (ends && second > first).then(|| (format!("{first}s\u{2013}{written}s"), 1 + length + 1))
}

/// `8th4th`, `19th20th`: an ordinal (`digits`, and the suffix `rest` starts with) glued to
/// another, as a range with an en dash, and how many bytes of `rest` it takes. Each suffix
/// must be its number's ("1st", "2nd", "3rd", "11th"), and the two must differ: no other
/// reading has two ordinals in one word. Either order, since centuries BC count down.
fn as_ordinal_range(digits: &str, rest: &str) -> Option<(String, usize)> {
    let suffix = |number: &str| {
        let n: u32 = number.parse().ok()?;
        let suffix = match (n % 100, n % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        };
        (number.len() <= 4).then_some(suffix)
    };
    let first = rest.strip_prefix(suffix(digits)?)?;
    let length = first.bytes().take_while(u8::is_ascii_digit).count();
    let second = &first[..length];
    let after = first[length..].strip_prefix(suffix(second)?)?;
    let ends = !after.starts_with(|c: char| c.is_ascii_alphanumeric());
    let ordinal = |number: &str| format!("{number}{}", suffix(number).unwrap_or_default());
    (ends && second != digits).then(|| {
        let range = format!("{}\u{2013}{}", ordinal(digits), ordinal(second));
        (range, rest.len() - after.len())
    })
}

/// `digits` as a range of years with an en dash, when they are a year from 1500 to 2099 and a
/// later one in its last two digits, a year from 1000 and the next in its last two digits
/// ("148384": 1483–84, a winter's campaign), or a year from 1000 and a later one in full
/// ("12831797", Venetian rule). (Earlier years are rare in the texts this is for, and in two
/// digits would make "123456" a range; eight digits that read as two years in order seldom
/// are anything else.)
fn as_year_range(digits: &str) -> Option<String> {
    let year = |d: &str, from: u32| d.parse::<u32>().ok().filter(|y| (from..=2099).contains(y));
    let (first, rest) = (digits.get(..4)?, digits.get(4..)?);
    let later = match rest.len() {
        2 => {
            let (last, from) = (rest.parse::<u32>().ok()?, year(first, 1000)?);
            last > from % 100 && (from >= 1500 || last == from % 100 + 1)
        }
        4 => year(rest, 1000)? > year(first, 1000)?,
        _ => false,
    };
    later.then(|| format!("{first}\u{2013}{rest}"))
}

/// Whether `rest` starts with a space and the name of a month.
fn before_a_month(rest: &str) -> bool {
    rest.strip_prefix(' ').is_some_and(|rest| {
        MONTHS.iter().any(|month| {
            rest.strip_prefix(month)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        })
    })
}

/// `10.0017.00`, `9:0012:30`: two times of day, hours and minutes, run together where an en
/// dash stood (10.00–17.00), and how many bytes they take: only a lost dash explains a time
/// whose minutes run on into another, as the minutes have two digits.
fn as_clock_range(rest: &str) -> Option<(String, usize)> {
    let time = |s: &str| -> Option<(u32, usize)> {
        let hour_digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&hour_digits) {
            return None;
        }
        let hour: u32 = s[..hour_digits].parse().ok()?;
        let separator = *s.as_bytes().get(hour_digits)?;
        let minutes = s.get(hour_digits + 1..hour_digits + 3)?;
        let minute: u32 = minutes
            .parse()
            .ok()
            .filter(|_| minutes.bytes().all(|b| b.is_ascii_digit()))?;
        (matches!(separator, b'.' | b':') && hour <= 24 && minute < 60)
            .then_some((hour * 60 + minute, hour_digits + 3))
    };
    let (start, first) = time(rest)?;
    let (end, second) = time(&rest[first..])?;
    let same_separator = rest.as_bytes().get(first - 3) == rest.as_bytes().get(first + second - 3);
    let ends = !rest[first + second..].starts_with(|c: char| c.is_ascii_alphanumeric());
    (start < end && same_separator && ends).then(|| {
        let range = format!("{}\u{2013}{}", &rest[..first], &rest[first..first + second]);
        (range, first + second)
    })
}

/// Whether `before` ends with a word an age follows (`children aged 712`).
fn after_an_age(before: &str) -> bool {
    ["aged ", "ages "].iter().any(|word| {
        before
            .strip_suffix(word)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_alphanumeric()))
    })
}

/// `digits` as a range of ages with an en dash, when they are no age themselves (over 120)
/// and split in exactly one way into two ages, the first younger ("712": 7–12).
fn as_age_range(digits: &str) -> Option<String> {
    const OLDEST: u32 = 120;
    as_split_range(digits, 6, OLDEST)
}

/// Words after an hour that say which part of the day it is in (`at 89 in the morning`, `back
/// at 910 the next morning`).
const TIMES_OF_DAY: &[&str] = &[
    " a.m.",
    " am",
    " in the afternoon",
    " in the evening",
    " in the morning",
    " oclock",
    " p.m.",
    " pm",
    " the next morning",
];

/// Whether `rest` starts with one of [`TIMES_OF_DAY`], as a whole word.
fn before_a_time_of_day(rest: &str) -> bool {
    TIMES_OF_DAY.iter().any(|time| {
        rest.strip_prefix(time)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// `digits` as a range of hours of a twelve-hour clock with an en dash, when they are no hour
/// themselves (over 12) and split in exactly one way into two hours, the first earlier ("89":
/// 8–9, "910": 9–10, "1112": 11–12).
fn as_hour_range(digits: &str) -> Option<String> {
    as_split_range(digits, 4, 12)
}

/// Verbs whose number, with no unit after it, is the hours a place keeps (`opens 917`, `runs
/// 712`, `stays open 721`).
const OPENING: &[&str] = &["open", "opens", "run", "runs", "closes"];

/// Words that say the hours after them are a place's usual ones (`open roughly 1017`,
/// `keeps modest hours, roughly 1016`), which stand between the verb and its number.
const ROUGHLY: &[&str] = &[
    "roughly",
    "about",
    "around",
    "approximately",
    "usually",
    "daily",
];

/// Whether `before` ends with a word of [`OPENING`] and one space, or with one of those, or
/// "hours,", and a word of [`ROUGHLY`].
fn after_opening(before: &str) -> bool {
    let Some(word) = last_word_and_a_space(before) else {
        return false;
    };
    let before_the_word = &before[..before.len() - word.len() - 1];
    OPENING.contains(&word)
        || (ROUGHLY.contains(&word)
            && (after_opening(before_the_word) || before_the_word.ends_with(" hours, ")))
}

/// The word `before` ends with, when one space follows it.
fn last_word_and_a_space(before: &str) -> Option<&str> {
    let before = before.strip_suffix(' ')?;
    Some(before.rsplit([' ', '\n']).next().unwrap_or(before))
}

/// `digits` as a range of hours of a twenty-four-hour clock with an en dash, when they are no
/// hour themselves and split in exactly one way into two hours, the first earlier ("917":
/// 9–17, "1922": 19–22, "1020": 10–20).
fn as_range_of_the_clock(digits: &str) -> Option<String> {
    as_split_range(digits, 4, 24)
}

/// `digits` as a range of days with an en dash, when they are no day themselves (over 31) and
/// split in exactly one way into two days, the first earlier ("1011": 10–11, "130": 1–30).
fn as_day_range(digits: &str) -> Option<String> {
    as_split_range(digits, 4, 31)
}

/// `digits` (at most `most_digits` of them) as two numbers from 1 to `largest` with an en dash
/// between them, when they are no such number themselves and split in exactly one way into
/// two, the first smaller: what a lost dash leaves of a range of days, hours or ages, which
/// no single one of them explains.
fn as_split_range(digits: &str, most_digits: usize, largest: u32) -> Option<String> {
    let one = |d: &str| {
        d.parse::<u32>()
            .ok()
            .filter(|n| !d.starts_with('0') && (1..=largest).contains(n))
    };
    if digits.len() > most_digits || one(digits).is_some() {
        return None;
    }
    let splits: Vec<(&str, &str)> = (1..digits.len())
        .map(|k| digits.split_at(k))
        .filter(|(first, rest)| one(first).zip(one(rest)).is_some_and(|(a, b)| a < b))
        .collect();
    match splits.as_slice() {
        [(first, rest)] => Some(format!("{first}\u{2013}{rest}")),
        _ => None,
    }
}

/// Units a range of measures is given in (`2530 kilometres`: 25–30), spans of time among
/// them (`1015 years`), and their singulars, which a range before a noun takes (`a 1015
/// minute drive`).
const UNITS: &[&str] = &[
    "acres",
    "centimetres",
    "cm",
    "day",
    "days",
    "degrees",
    "feet",
    "grams",
    "hectares",
    "hour",
    "hours",
    "inches",
    "kg",
    "kilograms",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "km",
    "liters",
    "litres",
    "meter",
    "meters",
    "metre",
    "metres",
    "mile",
    "miles",
    "milliliters",
    "millilitres",
    "millimeters",
    "millimetres",
    "minute",
    "minutes",
    "month",
    "months",
    "night",
    "nights",
    "per",
    "percent",
    "seconds",
    "tonnes",
    "tons",
    "week",
    "weeks",
    "yards",
    "year",
    "years",
];

/// The unit of [`UNITS`] that a space puts at the start of `rest`; not one a hyphen joins
/// to a compound ("14 year-old": a count).
fn unit_after(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(' ')?;
    let unit = leading_word(rest);
    (UNITS.contains(&unit) && !rest[unit.len()..].starts_with('-')).then_some(unit)
}

/// The unit of [`SINGULAR_UNITS`] that a hyphen joins to the number at the start of `rest`,
/// a compound before a noun (`a 1015-minute drive`: 10–15).
fn compound_unit_after(rest: &str) -> Option<&str> {
    let unit = leading_word(rest.strip_prefix('-')?);
    SINGULAR_UNITS.contains(&unit).then_some(unit)
}

/// The ASCII letters `rest` starts with.
fn leading_word(rest: &str) -> &str {
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Four or six `digits` as a range of two numbers of as many digits each, the first smaller,
/// neither starting with 0 (`2530`: 25–30, `130140`: 130–140). A number written without a
/// comma (`1500 metres`) is no such range: its second half is not larger.
fn as_measure_range(digits: &str) -> Option<String> {
    if !matches!(digits.len(), 4 | 6) {
        return None;
    }
    let (first, second) = digits.split_at(digits.len() / 2);
    let (a, b) = (first.parse::<u32>().ok()?, second.parse::<u32>().ok()?);
    (!second.starts_with('0') && a < b).then(|| format!("{first}\u{2013}{second}"))
}

/// The fewest and most digits [`as_number_range`] reads as two numbers: four are a year or a
/// count as often ("1500"), and more than eight are an identifier.
const NUMBER_RANGE_DIGITS: std::ops::RangeInclusive<usize> = 5..=8;

/// Five to eight `digits` as a range of two numbers with no unit after them (`600700 East
/// Germans`: 600–700; `101102`: the years 101–102; `9731803`: 973–1803; `90100 minutes`),
/// when one split alone makes two numbers of a range whose second is at most twice the first.
/// An English number that long has commas, and a code's halves seldom rise so.
fn as_number_range(digits: &str) -> Option<String> {
    if !NUMBER_RANGE_DIGITS.contains(&digits.len()) {
        return None;
    }
    only_one(rising_splits(digits).filter(|&(a, b)| b <= 2 * a)).map(with_a_dash)
}

/// The splits of `digits` into the two numbers of a range: neither starts with 0, the second
/// has as many digits as the first or one more, and it is larger.
fn rising_splits(digits: &str) -> impl Iterator<Item = (u64, u64)> + '_ {
    (1..digits.len()).filter_map(|at| {
        let (first, second) = digits.split_at(at);
        let longer = second.len().checked_sub(first.len())?;
        let (a, b) = (first.parse::<u64>().ok()?, second.parse::<u64>().ok()?);
        let leading_zero = first.starts_with('0') || second.starts_with('0');
        (longer <= 1 && !leading_zero && a < b).then_some((a, b))
    })
}

/// The one item of `found`; none when there are several or none: a reading is taken only
/// where nothing else reads the digits.
fn only_one<T>(mut found: impl Iterator<Item = T>) -> Option<T> {
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Two numbers as a range, with an en dash between them.
fn with_a_dash((a, b): (u64, u64)) -> String {
    format!("{a}\u{2013}{b}")
}

/// Words for the places of a text that, in the plural, a single number cannot follow
/// (`pages 1422`, `pp. 1422`, `verses 1216`, a law's `Articles 2526`).
const PLURAL_PLACES: &[&str] = &[
    "articles ",
    "chapters ",
    "clauses ",
    "folios ",
    "lines ",
    "pages ",
    "paragraphs ",
    "plates ",
    "pp. ",
    "sections ",
    "stanzas ",
    "verses ",
];

/// Whether `before` ends with one of [`PLURAL_PLACES`], as a whole word, capitalised or not;
/// or with "pp." glued to a word in lower case, as a lost dash leaves it ("some sixty
/// pagespp. 45112": pages—pp. 45–112), which no English word ends in.
fn after_a_plural_of_places(before: &str) -> bool {
    PLURAL_PLACES.iter().any(|word| {
        let start = before.len().saturating_sub(word.len());
        let ends_with = before
            .get(start..)
            .is_some_and(|tail| tail.len() == word.len() && tail.eq_ignore_ascii_case(word));
        if !ends_with {
            return false;
        }
        let preceding = &before[..start];
        let glued = *word == "pp. " && preceding.ends_with(|c: char| c.is_ascii_lowercase());
        glued || !preceding.ends_with(|c: char| c.is_alphanumeric())
    })
}

/// `digits` after [`PLURAL_PLACES`] as ranges of pages or verses with an en dash, the
/// shortest first: the splits into two numbers of a range written in full (`1422`: 14–22;
/// `99101`: 99–101), and those whose second number is cut to the digits that change, as
/// English style guides write a range from page 100 (`3013`: 301–3, pages 301 to 303;
/// `11214`: 112–14, or 11–214 in full). A first number of four digits is read so only where
/// no split in full reads the digits (`99101` is no range from page 9910).
fn as_page_ranges(digits: &str) -> Vec<String> {
    let mut ranges: Vec<(u64, usize)> = rising_splits(digits)
        .map(|(a, b)| (b - a, a.to_string().len()))
        .collect();
    let shortened = |&(_, at): &(u64, usize)| at == 3 || (at > 3 && ranges.is_empty());
    let cut: Vec<(u64, usize)> = shortened_splits(digits).filter(shortened).collect();
    ranges.extend(cut);
    ranges.sort_unstable();
    ranges
        .into_iter()
        .map(|(_, at)| format!("{}\u{2013}{}", &digits[..at], &digits[at..]))
        .collect()
}

/// The splits of `digits` into a first number of three digits or more and the last digits
/// of a larger second one ("3013": 301 and 303, cut to "3"), with the span between them and
/// where the second starts. Neither part starts with 0, and the second keeps two digits
/// unless the first's tens are 0, and a first number in hundreds keeps its second whole, as
/// the Chicago Manual of Style cuts them ("101–8", "321–28", "100–104"): "1219" is no range
/// from page 121.
fn shortened_splits(digits: &str) -> impl Iterator<Item = (u64, usize)> + '_ {
    (3..digits.len()).filter_map(|at| {
        let (first, last) = digits.split_at(at);
        let kept = first
            .len()
            .checked_sub(last.len())
            .filter(|&kept| kept > 0)?;
        let tens_are_zero = first.as_bytes()[first.len() - 2] == b'0';
        if (last.len() == 1 && !tens_are_zero) || first.ends_with("00") {
            return None;
        }
        let second = format!("{}{last}", &first[..kept]);
        let (a, b) = (first.parse::<u64>().ok()?, second.parse::<u64>().ok()?);
        let leading_zero = first.starts_with('0') || last.starts_with('0');
        let span = b.checked_sub(a).filter(|&span| span > 0 && !leading_zero)?;
        Some((span, at))
    })
}

/// `1,0001,300`, `29,00025,000`: two numbers grouped in thousands by commas, run together
/// at the start of `rest` (after `before`), as the range (1,000–1,300; 29,000–25,000) and its
/// length in bytes. One group of four to six digits, inside, is what no single number has:
/// its first three digits end the first number, and the rest (not starting with 0) begins the
/// second, whose other groups have three digits each, as do the first's after its first. A
/// group that long has no other reading, so the dash is repaired. So is a first group that
/// long before groups of three (`9501,000`: see [`a_short_number_before_a_grouped_one`]).
/// Not after a comma or a point that follows a digit, where the digits go on a number or a
/// list.
fn as_grouped_range(before: &str, rest: &str) -> Option<(String, usize)> {
    let goes_on = before.ends_with([',', '.'])
        && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit());
    if goes_on {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut length = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    while bytes.get(length) == Some(&b',') && bytes.get(length + 1).is_some_and(u8::is_ascii_digit)
    {
        length += 1 + bytes[length + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    }
    if bytes.get(length).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let groups: Vec<&str> = rest[..length].split(',').collect();
    let [first, later @ ..] = groups.as_slice() else {
        return None;
    };
    if first.len() > 3 && !later.is_empty() && later.iter().all(|g| g.len() == 3) {
        return a_short_number_before_a_grouped_one(first, later).map(|range| (range, length));
    }
    let mut long = later.iter().enumerate().filter(|(_, g)| g.len() != 3);
    let (Some((at, joined)), None) = (long.next(), long.next()) else {
        return None;
    };
    let (end, start) = joined.split_at(3.min(joined.len()));
    // The second number is grouped too: "1,0005" may be a typing slip as well.
    let second_ungrouped = at + 1 == later.len();
    if first.len() > 3
        || !(4..=6).contains(&joined.len())
        || start.starts_with('0')
        || second_ungrouped
    {
        return None;
    }
    let first_number = [&[*first][..], &later[..at], &[end]].concat().join(",");
    let second_number = [&[start][..], &later[at + 1..]].concat().join(",");
    Some((format!("{first_number}\u{2013}{second_number}"), length))
}

/// How many times its first number a range's second may be: "100–1,500" is fifteen times,
/// while the other splits of such digits ("9–501,000" of `9501,000`) are thousands of times.
const MOST_RISE: u64 = 20;

/// `9501,000`: a number under a thousand run into one grouped in thousands, whose first
/// group (four to six digits, which no number has) holds the first number and the second's
/// first digits, as the range (950–1,000) when one split alone makes the second at most
/// [`MOST_RISE`] times the first, neither half starting with 0.
fn a_short_number_before_a_grouped_one(first: &str, later: &[&str]) -> Option<String> {
    let ranges = (1..first.len()).filter_map(|at| {
        let (short, start) = first.split_at(at);
        let well_formed = short.len() <= 3
            && start.len() <= 3
            && !short.starts_with('0')
            && !start.starts_with('0');
        let second = [&[start][..], later].concat().join(",");
        let (a, b) = (
            short.parse::<u64>().ok()?,
            second.replace(',', "").parse::<u64>().ok()?,
        );
        (well_formed && a < b && b <= MOST_RISE * a).then(|| format!("{short}\u{2013}{second}"))
    });
    only_one(ranges)
}

/// The units of [`UNITS`] in the singular, which a number other than one takes only in a
/// compound before a noun ("a 3–4 hour walk"), where a hyphen would join a single number.
const SINGULAR_UNITS: &[&str] = &[
    "day",
    "hour",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "mile",
    "minute",
    "month",
    "night",
    "week",
    "year",
];

/// Units whose counts a text gives in two digits by convention (`24 hours`, `48 hours`, `45
/// minutes`), and ages and spans back in time (`17 years old`, `15 years ago`): no range.
const COUNTED: &[&str] = &["hours", "minutes", "seconds", "years old", "years ago"];

/// Two `digits` as a range of two numbers of one digit each, the first smaller, before
/// `unit` (`a 34 hour paddle`: 3–4; `23 days`, `57 kilometres`: 2–3, 5–7), `rest` being the
/// text from the unit's space on. Listed, never repaired: a two-digit number is as often a
/// count (`25 days`, `35 kilometres`: over the trial texts, the development essays and the
/// corpus, 5 such numbers against 7 lost dashes where the two digits are not consecutive,
/// leaving out the [`COUNTED`] ones), but a lost dash left silent is an error the editor never
/// sees.
fn as_small_range(digits: &str, unit: &str, rest: &str) -> Option<String> {
    let [first, second] = digits.as_bytes() else {
        return None;
    };
    let next = second.checked_sub(*first) == Some(1);
    let singular = SINGULAR_UNITS.contains(&unit);
    let counted = COUNTED.iter().any(|c| rest[1..].starts_with(c));
    let plural = unit.ends_with('s') && !counted;
    (*first != b'0' && first < second && (singular || next || plural))
        .then(|| format!("{}\u{2013}{}", *first as char, *second as char))
}

/// Three `digits` before a unit as a range of one digit and two, the second larger but at
/// most twice the first (`810 kilometres`: 8–10; `912 hours`: 9–12): an estimate's span.
/// Listed: "610 metres" may be meant (one such number over the trial texts, the development
/// essays and the corpus, against 6 lost dashes).
fn as_one_and_two_digits(digits: &str) -> Option<String> {
    if digits.len() != 3 || digits[1..].starts_with('0') {
        return None;
    }
    let (first, second) = digits.split_at(1);
    let (a, b) = (first.parse::<u64>().ok()?, second.parse::<u64>().ok()?);
    (a > 0 && a < b && b <= 2 * a).then(|| with_a_dash((a, b)))
}

/// Verbs and words a game's result follows (`won 63`, `both 42`).
const RESULTS: &[&str] = &[
    "beat", "both", "drew", "ended", "finished", "led", "lost", "trailed", "won",
];

/// The word of [`RESULTS`] `before` ends with, and one space.
fn after_a_result(before: &str) -> Option<&str> {
    last_word_and_a_space(before).filter(|word| RESULTS.contains(word))
}

/// Whether what follows a score after `result` ends it: punctuation, or a word that goes on
/// after a result (`led 20 after eight minutes`), not a noun it counts (`won 63 seats`).
/// After "both", only punctuation: `both 64 and 32-bit` counts.
fn ends_a_score(result: &str, rest: &str) -> bool {
    const AFTER: &[&str] = &["after", "against", "and", "at", "in", "on", "to", "with"];
    match rest.strip_prefix(' ') {
        Some(rest) if result != "both" => AFTER.contains(&leading_word(rest)),
        Some(_) => false,
        None => rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '\n']),
    }
}

/// Whether two digits between `before` and `rest` are a score after the name of a side: a
/// result and one to three capitalised words, the side it was against, perhaps after "the"
/// (`beat South Korea 90 and`, `beating Yugoslavia 20 in the final`, `beat the Soviet
/// Union 43.`), where what follows ends a score
/// ([`ends_a_score`]); or a capitalised word and a word of a game's state after them
/// (`put Hungary 20 ahead`). A name before a number is otherwise as often a title's or a
/// document's (`Charter 77`, `Article 48`).
fn a_sides_score(before: &str, rest: &str) -> bool {
    const STATES: &[&str] = &["ahead", "behind", "down", "up"];
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let words: Vec<&str> = before.rsplit(' ').take(5).collect();
    let capitalised = words
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .count();
    if capitalised == 0 {
        return false;
    }
    let state = rest
        .strip_prefix(' ')
        .is_some_and(|rest| STATES.contains(&leading_word(rest)));
    // "beat the Soviet Union 43": a side's name may take "the".
    let the = usize::from(words.get(capitalised) == Some(&"the"));
    let result = words
        .get(capitalised + the)
        .filter(|_| capitalised <= 3)
        .is_some_and(|word| RESULTS.contains(word) || SIDE_RESULTS.contains(word));
    state || (result && ends_a_score("beat", rest))
}

/// Words of a result that a side's name follows before the score (`beating Yugoslavia 20`),
/// beyond [`RESULTS`].
const SIDE_RESULTS: &[&str] = &["beating", "defeated", "defeating", "over"];

/// Two digits as a score (`63`: 6–3).
fn as_score(digits: &str) -> Option<String> {
    let mut goals = digits.chars();
    match (goals.next(), goals.next(), goals.next()) {
        (Some(a), Some(b), None) => Some(format!("{a}\u{2013}{b}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
