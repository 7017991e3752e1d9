//! The ranges' and temperatures' rules, on sentences written for each.

use super::*;

/// What [`repair_or_list`] makes of each range or temperature in `text`, in text order: a
/// repair's digits with their en dash, a suspect's first candidate.
fn ranges_in(text: &str) -> Vec<String> {
    found_in(text)
        .into_iter()
        .map(|(_, reading)| reading)
        .collect()
}

/// The digits of each range or temperature in `text`, with what [`ranges_in`] gives for it.
fn found_in(text: &str) -> Vec<(String, String)> {
    let outcome = repair_or_list(text);
    let repaired = outcome.proposals.iter().map(|p| {
        let (word, read) = p.word_in(text);
        (word.start, text[word].to_string(), read)
    });
    let listed = outcome
        .suspects
        .iter()
        .map(|s| (s.offset, s.text.clone(), s.candidates[0].clone()));
    let mut found: Vec<(usize, String, String)> = repaired.chain(listed).collect();
    found.sort_by_key(|(at, ..)| *at);
    found
        .into_iter()
        .map(|(_, digits, read)| (digits, read))
        .collect()
}

/// The ranges the repairs in `text` give in their evidence: a dash put inside a group of
/// thousands, so the evidence, not the digits around it, shows the range.
fn read_in_the_evidence(text: &str) -> Vec<String> {
    repair_or_list(text)
        .proposals
        .iter()
        .filter_map(|p| p.evidence.split(['(', ')']).nth(1).map(str::to_string))
        .collect()
}

/// Whether the en dash of each range of `text` is put back, not listed.
fn repaired_in(text: &str) -> Vec<bool> {
    let outcome = repair_or_list(text);
    let mut found: Vec<(usize, bool)> = outcome
        .proposals
        .iter()
        .map(|p| (p.start, true))
        .chain(outcome.suspects.iter().map(|s| (s.offset, false)))
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, repaired)| repaired).collect()
}

#[test]
fn decades_glued_together_are_a_range() {
    let found = found_in("the scene of the 1960s70s grew, built in the 1960s1970s, then");
    let expected = [
        ("1960s70s", "1960s\u{2013}70s"),
        ("1960s1970s", "1960s\u{2013}1970s"),
    ];
    assert_eq!(found, expected.map(|(a, b)| (a.to_string(), b.to_string())));
    assert_eq!(repaired_in("the 1960s70s and 1960s1970s"), [true; 2]);
    assert!(found_in("in the 1970s1960s and 1960s1970sx").is_empty());
}

#[test]
fn ordinals_glued_together_are_a_range() {
    let found = found_in("In the 8th4th centuries BC and the 19th20th, 1st2nd.");
    let expected = [
        ("8th4th", "8th\u{2013}4th"),
        ("19th20th", "19th\u{2013}20th"),
        ("1st2nd", "1st\u{2013}2nd"),
    ];
    assert_eq!(found, expected.map(|(a, b)| (a.to_string(), b.to_string())));
    assert_eq!(repaired_in("the 8th4th and 19th20th"), [true; 2]);
    // A wrong suffix, the same ordinal twice, or letters after: no range.
    for text in ["the 8st4th", "the 4th4th", "the 8th4thx", "the 2nd3th"] {
        assert!(found_in(text).is_empty(), "{text}");
    }
}

#[test]
fn digits_that_read_as_a_range_of_years_get_their_en_dash_back() {
    let text = "In 194852, 19451989, 12831797 and 148384 (not 198580, 2025, 123456, 12831197, \
                09991200, 148385 or A194852).";
    assert_eq!(
        ranges_in(text),
        [
            "1948\u{2013}52",
            "1945\u{2013}1989",
            "1283\u{2013}1797",
            "1483\u{2013}84"
        ]
    );
    assert_eq!(repaired_in(text), [true; 4]);
}

#[test]
fn years_before_a_unit_are_a_range_of_measures_and_listed() {
    // "160180 centimetres" reads as 1601–80 too, but a flute is not measured in years.
    let text = "a flute 160180 centimetres long, a croissant of 150250 grams";
    assert_eq!(ranges_in(text), ["160\u{2013}180", "150\u{2013}250"]);
    assert_eq!(repaired_in(text), [false; 2]);
}

#[test]
fn a_number_before_a_lone_c_or_f_is_a_temperature_that_lost_its_degree_sign() {
    let text = "Water at 6769 C, a constant 10 C. Summer, 2528 C (or 80 F) (not 10 Celsius, \
                Form 3 Cs, 4 C-rations, 12 CD, B12 C or 6769 kroner). In 1921 F. W. \
                Murnau came. Springs at 4046C, and a 12CD.";
    let found: Vec<String> = found_in(text)
        .into_iter()
        .map(|(digits, read)| format!("{digits}: {read}"))
        .collect();
    assert_eq!(
        found,
        [
            "6769 C: 67\u{2013}69 \u{b0}C",
            "10 C: 10 \u{b0}C",
            "2528 C: 25\u{2013}28 \u{b0}C",
            "80 F: 80 \u{b0}F",
            "4046C: 40\u{2013}46\u{b0}C",
        ]
    );
}

#[test]
fn digits_before_a_time_of_day_that_read_as_a_range_of_hours_get_their_en_dash_back() {
    let text = "Arrive at 89 in the morning; back at 910 the next morning, or 1112 am (not at 10 \
                in the morning, 1030 in the evening, 730 pm or 89 people).";
    let found = ranges_in(text);
    assert_eq!(found, ["8\u{2013}9", "9\u{2013}10", "11\u{2013}12"]);
    assert_eq!(repaired_in(text), [true; 3]);
}

#[test]
fn ages_and_times_of_day_run_together_get_their_en_dash_back() {
    let text = "Children aged 712 and teenagers aged 1418 come, open 10.0017.00 or 9:3012:00 \
                (not aged 100, aged 45, 10.00 alone, 17.0010.00 or 10.0017:00).";
    let outcome = repair_or_list(text);
    assert!(outcome.suspects.is_empty());
    let mut repaired = text.to_string();
    for proposal in outcome.proposals.iter().rev() {
        repaired.insert_str(proposal.start, &proposal.replacement);
    }
    assert_eq!(
        repaired,
        "Children aged 7\u{2013}12 and teenagers aged 14\u{2013}18 come, open \
         10.00\u{2013}17.00 or 9:30\u{2013}12:00 (not aged 100, aged 45, 10.00 alone, \
         17.0010.00 or 10.0017:00)."
    );
}

#[test]
fn digits_after_a_verb_of_opening_that_read_as_hours_get_their_en_dash_back() {
    let text = "The museum opens 917 from Tuesday; concerts run 1922, the pool stays open 721 \
                (not opens 12 rooms, runs 917 metres or opens 2412).";
    // Before a unit, the digits are a measure's, listed as any other.
    assert_eq!(
        ranges_in(text),
        ["9\u{2013}17", "19\u{2013}22", "7\u{2013}21", "9\u{2013}17"]
    );
    assert_eq!(repaired_in(text), [true, true, true, false]);
}

#[test]
fn hours_after_roughly_and_a_verb_of_opening_or_hours_get_their_en_dash_back() {
    let text = "It is open roughly 1017, keeps modest hours, roughly 1016, and opens daily \
                917 (not weighs roughly 1017, or roughly 1016 alone).";
    assert_eq!(
        ranges_in(text),
        ["10\u{2013}17", "10\u{2013}16", "9\u{2013}17"]
    );
    assert_eq!(repaired_in(text), [true; 3]);
}

#[test]
fn digits_before_a_month_that_read_as_a_range_of_days_get_their_en_dash_back() {
    let text = "On 1011 September, 130 June and 2829 May (not 12 May, 1956 May, 1011 \
                Maybe, 2212 June or 1011 people).";
    let found = ranges_in(text);
    assert_eq!(found, ["10\u{2013}11", "1\u{2013}30", "28\u{2013}29"]);
    assert_eq!(repaired_in(text), [true; 3]);
}

#[test]
fn digits_before_a_unit_or_after_a_result_that_read_as_a_range_or_a_score_are_listed() {
    let text = "Some 2530 kilometres on, they drank 130140 litres (not 1500 metres, 3025 \
                km or 2530 people) after a 1015 minute drive (not 1200 years). Hungary won \
                63, led 20 after eight minutes, beat them both 42. They won 63 seats on \
                both 64 and 32-bit machines. A 24 hour walk took 23 days (not 24 hours, \
                21 days or 14 year-olds). A 2025-minute ride (not a 24-hour day, a \
                1500-metre race). Glasses of 5060 millilitres, for 23 nights (not 31 nights, 48 hours or \
                17 years old). A walk of 57 kilometres, or 810 kilometres (not 610 or 120 \
                metres).";
    let found = ranges_in(text);
    assert_eq!(
        found,
        [
            "25\u{2013}30",
            "130\u{2013}140",
            "10\u{2013}15",
            "6\u{2013}3",
            "2\u{2013}0",
            "4\u{2013}2",
            "2\u{2013}4",
            "2\u{2013}3",
            "20\u{2013}25",
            "50\u{2013}60",
            "2\u{2013}3",
            "5\u{2013}7",
            "8\u{2013}10"
        ]
    );
    assert_eq!(repaired_in(text), [false; 13]);
}

#[test]
fn five_to_eight_digits_that_rise_as_a_range_are_listed() {
    let text = "In the wars of 101102 and 105106, some 600700 people fled; the era 9731803 \
                ended after 90100 minutes (not 123456, 555123, 100000, 12345678, 1500 or \
                250700).";
    let found = ranges_in(text);
    assert_eq!(
        found,
        [
            "101\u{2013}102",
            "105\u{2013}106",
            "600\u{2013}700",
            "973\u{2013}1803",
            "90\u{2013}100"
        ]
    );
    assert_eq!(repaired_in(text), [false; 5]);
}

#[test]
fn two_numbers_grouped_in_thousands_and_run_together_get_their_en_dash_back() {
    let text = "at 1,0001,300 metres, 2,0003,000 cauldrons, from 29,00025,000 BC and \
                1,250,0001,500,000 people";
    assert_eq!(
        read_in_the_evidence(text),
        [
            "1,000\u{2013}1,300",
            "2,000\u{2013}3,000",
            "29,000\u{2013}25,000",
            "1,250,000\u{2013}1,500,000"
        ]
    );
    assert_eq!(repaired_in(text), [true; 4]);
    // A number under a thousand run into a grouped one: the split whose ends are nearest.
    assert_eq!(
        read_in_the_evidence("fired at 9501,000 degrees, for 1001,500 people"),
        ["950\u{2013}1,000", "100\u{2013}1,500"]
    );
    // Well-formed numbers, a list, a second number with no comma, a group starting with 0.
    for clean in [
        "1,000 and 1,300",
        "2,000,000",
        "1,2,3",
        "1848,1849",
        "1,0005 and",
        "1,000012,000",
        "999,000",
        "1848,184",
    ] {
        assert!(found_in(clean).is_empty(), "{clean}: {:?}", found_in(clean));
    }
}

#[test]
fn digits_after_pages_that_split_into_a_range_get_their_en_dash_back() {
    let text = "she marked pages 1422 and pp. 99101, and verses 78; page 1422 is one page. \
                Articles 2526 of the Diet (not Article 2526 or the particles 2526).";
    assert_eq!(
        ranges_in(text),
        [
            "14\u{2013}22",
            "99\u{2013}101",
            "7\u{2013}8",
            "25\u{2013}26"
        ]
    );
    assert_eq!(repaired_in(text), [true; 4]);
}

#[test]
fn page_ranges_cut_to_the_digits_that_change_get_their_en_dash_back() {
    // Cut as style guides cut them (301–3), or in full; "pagespp." is "pages—pp." once a
    // lost dash glued them. Pages 1004 are one page: a range from 100 is written in full.
    let text = "see pp. 3013, on some sixty pagespp. 45112, and pages 1004.";
    assert_eq!(ranges_in(text), ["301\u{2013}3", "45\u{2013}112"]);
    assert_eq!(repaired_in(text), [true; 2]);
    // Two readings are listed, the shorter span first; one the style guides never cut to
    // (121–9 for pages 121 to 129) is no reading.
    let text = "see pp. 11214, and pages 1219.";
    let outcome = repair_or_list(text);
    let listed: Vec<&[String]> = outcome.suspects.iter().map(|s| &s.candidates[..]).collect();
    assert_eq!(listed, [["112\u{2013}14", "11\u{2013}214"]]);
    assert_eq!(ranges_in(text), ["112\u{2013}14", "12\u{2013}19"]);
}

#[test]
fn years_glued_to_a_word_by_a_lost_dash_get_their_en_dash_back() {
    // The word stays glued: the quotation rules list the dash before it.
    assert_eq!(
        ranges_in("for four years, 178892hence its name, and 194552 in all"),
        ["1788\u{2013}92hence", "1945\u{2013}52"]
    );
    // Not digits inside a word, nor a number a word follows that no year range reads.
    assert!(ranges_in("the A178892hence and 123456x").is_empty());
}

#[test]
fn digits_after_a_character_of_several_bytes_are_read_without_a_panic() {
    // Found by the property test: the places' words were sliced at no character boundary.
    assert!(ranges_in("\u{1128F} 0 and \u{1128F}' 12").is_empty());
}

#[test]
fn two_digits_after_a_result_and_a_sides_name_are_a_listed_score() {
    let text = "Hungary won, beating Yugoslavia 20 in the final; they beat South Korea 90 and \
                Puskás put Hungary 31 ahead. Not Charter 77, Article 48, the club that beat \
                Austria 20 times, nor a weakened West Germany 83. They beat the Soviet Union 43.";
    let found = ranges_in(text);
    assert_eq!(
        found,
        ["2\u{2013}0", "9\u{2013}0", "3\u{2013}1", "4\u{2013}3"]
    );
    assert_eq!(repaired_in(text), [false; 4]);
}
