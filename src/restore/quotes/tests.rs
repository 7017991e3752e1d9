//! The quotation and other marks' rules, on sentences written for each.

use super::*;
use crate::restore::tokens::tokens;

/// The fewest tokens of a piece in these tests: so few that each sentence here is read in
/// pieces, on every core, and read as in one (see `cores::in_pieces`).
const PIECE: usize = 3;

/// The suspects of `text`, with no token settled by another rule.
fn suspects_of(text: &str) -> Vec<RawSuspect> {
    let tokens = tokens(text);
    suspects(
        text,
        &tokens,
        &vec![false; tokens.len()],
        Dictionary::english(),
        PIECE,
    )
}

fn placed_quotations(text: &str) -> Vec<String> {
    suspects_of(text)
        .into_iter()
        .filter(|s| s.reason.starts_with("probably a quotation"))
        .map(|s| s.candidates[0].clone())
        .collect()
}

#[test]
fn a_diary_and_a_cookbook_name_their_titles() {
    assert_eq!(
        placed_quotations("He left a record of those years in his diary Tovariija."),
        ["\u{201C}Tovariija\u{201D}"]
    );
    assert!(
        placed_quotations("Her cookbook Domc kuchaka taught generations.")
            .contains(&"\u{201C}Domc\u{201D}".to_string())
    );
}

#[test]
fn a_name_given_simply_as_is_a_nickname() {
    assert_eq!(
        placed_quotations("The street is known to everyone simply as Monciak, and it is busy."),
        ["\u{201C}Monciak\u{201D}"]
    );
    // Without "simply", a name the world knows someone by is no term.
    assert!(placed_quotations(
        "The astronomer is known to the rest of the world as Copernicus, and his book sold."
    )
    .is_empty());
}

#[test]
fn a_name_the_people_around_someone_give_is_a_nickname() {
    assert_eq!(
        placed_quotations("A man known to the whole neighbourhood as Nea Fane runs the café."),
        Vec::<String>::new(),
        "a name that ends no clause is left"
    );
    assert_eq!(
        placed_quotations("Miroslav Krl, known along the bank as Admirl, runs boat trips."),
        ["\u{201C}Admirl\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Gbor Szcs, known to half the county as Uborka Gabi, grows cucumbers."),
        ["\u{201C}Uborka Gabi\u{201D}"]
    );
}

#[test]
fn what_a_foreign_title_or_word_is_translated_as_is_placed() {
    assert_eq!(
        placed_quotations(
            "He borrowed from Lieder eines fahrenden Gesellen, usually translated as Songs of a \
             Wayfarer, for his symphony."
        ),
        ["\u{201C}Songs of a Wayfarer\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The word is rybnk, translated as fishpond, and there are many."),
        ["\u{201C}fishpond\u{201D}"]
    );
    // Not set off by a comma, the verb reads a book's history, not a translation.
    assert!(placed_quotations("The novel was translated as early as 1920.").is_empty());
}

#[test]
fn a_sign_or_a_rhyme_names_the_phrase_after_its_colon() {
    assert_eq!(
        placed_quotations("On many doors hangs the same sign: The key is with the neighbour."),
        ["\u{201C}The key is with the neighbour.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Children learn a rhyme: Red sky at night, shepherds delight."),
        ["\u{201C}Red sky at night, shepherds delight.\u{201D}"]
    );
}

#[test]
fn words_of_another_language_after_a_colon_are_placed() {
    assert_eq!(
        placed_quotations("He produced the famous stammer: Das tritt nach meiner Kenntnis."),
        ["\u{201C}Das tritt nach meiner Kenntnis.\u{201D}"]
    );
    // Names with a lower-case word are not a phrase said.
    assert!(
        placed_quotations("They toured the region: Novo mesto, Dolenjska and Bela.").is_empty()
    );
    // Nor is a list of names, whatever language its words are in.
    assert!(placed_quotations(
        "It spreads over seven villages: Bara, erhov, ernochov, Mal Ta, Slovensk Nov Mesto, \
         Vek Ta and Viniky."
    )
    .is_empty());
}

#[test]
fn speech_after_a_colon_is_placed_when_it_addresses_someone() {
    assert_eq!(
        placed_quotations("Down there, a guide offered a warning: Above you is the square."),
        ["\u{201C}Above you is the square.\u{201D}"]
    );
    assert_eq!(
        placed_quotations(
            "A panel near the entrance puts it bluntly: Without paprika there is no goulash."
        ),
        ["\u{201C}Without paprika there is no goulash.\u{201D}"]
    );
    // An order or advice after a colon is someone's words too; a noun that is a
    // verb's subject there is narration, and a label in capitals no clause.
    assert_eq!(
        placed_quotations("The ranger’s advice was blunt: Wear boots, and stay on the path."),
        ["\u{201C}Wear boots, and stay on the path.\u{201D}"]
    );
    assert!(
        placed_quotations("The answer was always the same: Water flowed everywhere.").is_empty()
    );
    assert!(placed_quotations("MORAL OF THE STORY: Invest in gold.").is_empty());
    // Narration after a colon, and a label before one, are left alone.
    assert!(placed_quotations("The plan was simple: Nobody left the town.").is_empty());
    assert!(placed_quotations("Dear Lord: Please make my words sweet.").is_empty());
}

#[test]
fn a_speaker_described_at_length_still_closes_the_quotation() {
    assert_eq!(
        placed_quotations(
            "The water is low this year, said a man renting boats in the village, so \
             bring a spare paddle."
        ),
        [
            "\u{201C}The water is low this year,\u{201D}",
            "\u{201C}so bring a spare paddle.\u{201D}"
        ]
    );
    assert_eq!(
        placed_quotations(
            "Nothing here ever needs changing, a woman selling ice cream on the corner said."
        ),
        ["\u{201C}Nothing here ever needs changing,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Everyone asks where the couch is, the guide laughed."),
        ["\u{201C}Everyone asks where the couch is,\u{201D}"]
    );
    // A relative clause describes the speaker too.
    assert_eq!(
        placed_quotations(
            "Nobody can hurry it, says a fisherman who has cooked at the festival for \
             thirty years. The fire must be fierce, and nobody stirs the pot."
        ),
        [
            "\u{201C}Nobody can hurry it,\u{201D}",
            "\u{201C}The fire must be fierce, and nobody stirs the pot.\u{201D}"
        ]
    );
    // Twelve words of description: a speaker and where they are.
    assert_eq!(
        placed_quotations(
            "Every bead goes through twenty pairs of hands, says a woman threading \
             necklaces in a workshop near the main square."
        ),
        ["\u{201C}Every bead goes through twenty pairs of hands,\u{201D}"]
    );
    // After "asked", an article opens the person asked, not a described speaker.
    assert!(placed_quotations(
        "A journalist, thrilled over his dinner, asked the chef for the recipe."
    )
    .is_empty());
    // A long subject needs the comma before it: without one, the words are narration.
    assert!(placed_quotations(
        "In the evenings the old woman selling ice cream on the corner said nothing."
    )
    .is_empty());
}

/// The fuzz target `restore` found it (fuzz/regressions/restore/crash-f7d274f0…): the
/// last word of an unfinished paragraph was cut one byte after a curly quote, inside it.
#[test]
fn an_unfinished_paragraph_may_end_after_a_character_of_several_bytes() {
    let text = "One two three. Four five six seven eight ”nine";
    let found = unfinished_paragraphs(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "nine");
    assert_eq!(&text[found[0].offset..], "nine");
}

#[test]
fn a_term_whose_meaning_is_asked_is_listed() {
    let text = "Few still asked what counter-revolution had meant. He asked what ten-day war \
                meant. We knew what it meant, what the law meant and what they mean.";
    assert_eq!(
        placed_quotations(text),
        [
            "\u{201C}counter-revolution\u{201D}",
            "\u{201C}ten-day war\u{201D}"
        ]
    );
}

/// An exclamation or a question before a comma lost its closing mark: the quotation runs back
/// to the colon or comma before it, or to the sentence's start.
#[test]
fn an_exclamation_before_a_comma_ends_a_quotation() {
    let placed = placed_quotations(
        "The slogans grew sharper: Vrem pine!, We want bread!, and then it rained.",
    );
    assert!(
        placed.contains(&"\u{201C}Vrem pine!\u{201D}".to_string()),
        "{placed:?}"
    );
    assert!(
        placed.contains(&"\u{201C}We want bread!\u{201D}".to_string()),
        "{placed:?}"
    );
    let placed = placed_quotations("Will you help?, he asked the hall.");
    assert!(
        placed.contains(&"\u{201C}Will you help?\u{201D}".to_string()),
        "{placed:?}"
    );
    let placed = placed_quotations("They chanted, and later Russians go home!. Then it rained.");
    assert!(
        placed.contains(&"\u{201C}Russians go home!\u{201D}".to_string()),
        "{placed:?}"
    );
    // Without the comma nothing was lost.
    assert!(placed_quotations("Did it rain? Nobody knew, and the hall was empty.").is_empty());
}

#[test]
fn quotations_are_placed_where_the_text_shows_them() {
    assert_eq!(
        placed_quotations("The crowd came. We want Nagy! they shouted. Then it rained."),
        ["\u{201C}We want Nagy!\u{201D}"]
    );
    assert_eq!(
        placed_quotations("He wrote: The revolution is over. Nobody agreed."),
        ["\u{201C}The revolution is over.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Nothing will change, he said, and left."),
        ["\u{201C}Nothing will change,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("His manifesto, Two Thousand Words, called on citizens to act."),
        ["\u{201C}Two Thousand Words\u{201D}"]
    );
    assert_eq!(
        placed_quotations("She read the paper Nepszava in the Story of the Year cafe."),
        ["\u{201C}Nepszava\u{201D}"]
    );
}

#[test]
fn phrases_terms_and_speakers_the_text_announces_are_placed() {
    assert_eq!(
        placed_quotations("It earned a nickname: goulash communism. Few used it."),
        ["\u{201C}goulash communism.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Critics mocked them as weekend peasants, and they smiled."),
        ["\u{201C}weekend peasants\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Officials viewed his abstraction as bourgeois, and it decayed."),
        ["\u{201C}bourgeois\u{201D}"]
    );
    assert_eq!(
        placed_quotations("They celebrate the day for forty years as Victorious February."),
        ["\u{201C}Victorious February\u{201D}"]
    );

    assert_eq!(
        placed_quotations("One critic put it neatly: You dont watch his films. Fine."),
        ["\u{201C}You dont watch his films.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("We lost everything, a farmer near Litovel said. Then rain."),
        ["\u{201C}We lost everything,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("It follows his Vertigo (Zawrt gowy) closely."),
        ["\u{201C}Vertigo\u{201D}"]
    );
    assert!(placed_quotations("He chose Nils Lohner (Treasurer) at once.").is_empty());
    assert_eq!(
        placed_quotations("He wrote the bleak Sonetje nesree (Sonnets of Misfortune) then."),
        ["\u{201C}Sonetje nesree\u{201D}"]
    );
    // An institution, or a name's end, with an English gloss is no title.
    assert!(placed_quotations("They founded Obcanske forum (Civic Forum) then.").is_empty());
    assert!(placed_quotations("They chose Martin Schulze (Vice President) then.").is_empty());
    // A name after "as" is no term set apart; nor a clause, nor a colon with no noun
    // that names a phrase.
    assert!(placed_quotations("He was known locally as Tincu, a carver.").is_empty());
    assert!(placed_quotations("They dismissed him as soon as they could.").is_empty());
    assert!(placed_quotations("He had two aims: peace and bread. Both failed.").is_empty());
}

#[test]
fn a_word_after_the_word_and_a_name_after_which_called_are_placed() {
    assert_eq!(
        placed_quotations("It made editors reach for the word destiny. Then it rained."),
        ["\u{201C}destiny\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Critics reached for the label Romanian New Wave. Few liked it."),
        ["\u{201C}Romanian New Wave\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Her plan, which she called the Caravan of Dreams, failed."),
        ["\u{201C}Caravan of Dreams\u{201D}"]
    );
    assert!(placed_quotations("The word itself was the only constraint.").is_empty());
    assert!(placed_quotations("She called the police at once.").is_empty());
    // A word English does not know is the word named, whatever follows it; an English
    // one needs its clause's end or verb.
    assert_eq!(
        placed_quotations("For them the word bibua still carries a charge."),
        ["\u{201C}bibua\u{201D}"]
    );
    assert!(placed_quotations("They used the word freedom sparingly.").is_empty());
    assert_eq!(
        placed_quotations("Foreigners would call him the Slovak Robin Hood. He smiled."),
        ["\u{201C}Slovak Robin Hood\u{201D}"]
    );
}

#[test]
fn sayings_a_word_before_its_verb_and_translations_with_a_year_are_placed() {
    assert_eq!(
        placed_quotations("An old proverb hangs in the bar: Where beer is, life is. Fine."),
        ["\u{201C}Where beer is, life is.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Their sentence is a simple one: The mountain will wait. Go."),
        ["\u{201C}The mountain will wait.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("In the end the word wilderness became a battleground."),
        ["\u{201C}wilderness\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Then Redl ezredes (Colonel Redl, 1985) closed the cycle."),
        ["\u{201C}Redl ezredes\u{201D}"]
    );
    // A name before a place of its own language and a year is no title.
    assert!(placed_quotations("Milos Forman (Caslav, 1932) left.").is_empty());
}

#[test]
fn a_glossed_name_and_a_phrase_between_commas_are_placed() {
    assert_eq!(
        placed_quotations("The singer they call Pasarea maiastra (the Magic Bird) sang."),
        ["\u{201C}Pasarea maiastra\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Their chant, Wir sind das Volk, needed no translation."),
        ["\u{201C}Wir sind das Volk\u{201D}"]
    );
    assert!(placed_quotations("The slogan, long forgotten, returned.").is_empty());
    assert!(placed_quotations("His name, Jan Palach, was known.").is_empty());
    assert!(placed_quotations("They call Kraków home (for now).").is_empty());
}

#[test]
fn a_nickname_after_nickname_or_nicknamed_is_placed() {
    assert_eq!(
        placed_quotations("It earned the nickname the devils trumpet. Few played it."),
        ["\u{201C}the devils trumpet\u{201D}"]
    );
    assert_eq!(
        placed_quotations("It had a gun nicknamed the organ of death, and a well."),
        ["\u{201C}the organ of death\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Visitors nickname him the Slovene yeti, and he laughs."),
        ["\u{201C}the Slovene yeti\u{201D}"]
    );
    // A clause after the article is no nickname.
    assert!(placed_quotations("It had the nickname the others had given it.").is_empty());
    // Without an article, the nickname starts at once; not at a preposition.
    assert_eq!(
        placed_quotations("The town earned the nickname Golden Kremnica. It kept it."),
        ["\u{201C}Golden Kremnica\u{201D}"]
    );
    assert!(placed_quotations("She had a nickname for him, and used it.").is_empty());
    assert!(placed_quotations("He was nicknamed by his friends, who knew.").is_empty());
}

#[test]
fn a_work_before_its_year_is_placed() {
    assert_eq!(
        placed_quotations("He paid tribute on Music for Krzysztof (1970) and left."),
        ["\u{201C}Music for Krzysztof\u{201D}"]
    );
    // A name, or a run after an article, before a year is no title.
    assert!(placed_quotations("He saw Hanussen (1988) and left.").is_empty());
    assert!(placed_quotations("It came after the Velvet Revolution (1989) ended.").is_empty());
}

#[test]
fn a_title_in_another_language_starts_where_its_words_do() {
    // The run of capitals is "Karlštejn" alone; the title's words begin at "Noc".
    let text = "Czechs picture Karltejn through the musical Noc na Karltejn (A Night at \
                Karltejn), a comedy. Karltejn stands above Budany. Karltejn is busy.";
    assert_eq!(placed_quotations(text), ["\u{201C}Noc na Karltejn\u{201D}"]);
}

#[test]
fn a_one_word_title_the_text_names_often_is_not_looked_for_elsewhere() {
    let title = "Jan Svěrák’s Kolja (The Little One) won.";
    let twice = format!("{title} Kolja was shown. Critics loved Kolja.");
    assert_eq!(placed_quotations(&twice).len(), 3);
    // Given four times, the word is what the text is about, not a work's title.
    let often = format!("{twice} Kolja was remade. Kolja toured.");
    assert_eq!(placed_quotations(&often).len(), 1);
}

#[test]
fn a_word_another_rule_listed_may_be_a_titles() {
    let text = "Vyrozumn (The Memorandum, 1965) went further. Formans Hori (The Fire) won. \
                Havels Zahradn slavnost (The Garden Party) ran.";
    let tokens = tokens(text);
    // Each damaged word listed by the letter rules: only the possessive ends a title.
    let settled: Vec<bool> = tokens
        .iter()
        .map(|t| matches!(t.text, "Vyrozumn" | "Formans" | "Havels" | "Zahradn"))
        .collect();
    let placed: Vec<String> = suspects(text, &tokens, &settled, Dictionary::english(), PIECE)
        .into_iter()
        .filter(|s| s.reason.starts_with("probably a quotation"))
        .map(|s| s.text)
        .collect();
    // An institution's noun ("Party") in the translation of what someone owns; the
    // owned title in another language is found first, by its owner.
    assert_eq!(placed, ["Zahradn slavnost", "Vyrozumn", "Hori"]);
}

#[test]
fn words_are_found_in_their_lists() {
    assert!(is_reporting_verb("wrote") && !is_reporting_verb("Wrote"));
    assert!(is_title_noun("Manifesto") && is_title_noun("paper") && !is_title_noun("papers"));
    assert!(is_title_noun("samizdat") && is_title_noun("Film"));
}

#[test]
fn titles_and_terms_are_placed() {
    assert_eq!(
        placed_quotations("Later her book about the end of the empire was banned."),
        ["\u{201C}the end of the empire\u{201D}"]
    );
    assert_eq!(
        placed_quotations("In Kovacs book on the uses of silence, nothing is said."),
        ["\u{201C}the uses of silence\u{201D}"]
    );
    assert_eq!(
        placed_quotations("They chanted the slogan: Bread and Freedom, then marched."),
        ["\u{201C}Bread and Freedom\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The so-called reforms changed nothing."),
        ["\u{201C}reforms\u{201D}"]
    );
    assert_eq!(
        placed_quotations("After the so-called Velvet Divorce came elections."),
        ["\u{201C}Velvet Divorce\u{201D}"]
    );
    // Not one work (no possessive), one word only, or a title already in marks.
    assert!(placed_quotations("He wrote an essay on the theory of money.").is_empty());
    assert!(placed_quotations("His essay on money was short.").is_empty());
    assert!(placed_quotations("His essay on \"the theory of money\" was short.").is_empty());
}

#[test]
fn quotations_around_a_verb_with_its_subject_or_object_are_placed() {
    assert_eq!(
        placed_quotations("Dont be silly, said the fly, theyre dancing."),
        ["\u{201C}Dont be silly,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Bye for now, she said warmly."),
        ["\u{201C}Bye for now,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Found it, the Mouse replied."),
        ["\u{201C}Found it,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("He told the operator, This is a parson. She hung up."),
        ["\u{201C}This is a parson.\u{201D}"]
    );
    assert_eq!(
        placed_quotations("He asked me, Is it late? Nobody knew."),
        ["\u{201C}Is it late?\u{201D}"]
    );
    // A colon ends a longer object; a clause's colon is the clause's.
    assert_eq!(
        placed_quotations("Wasa told the crowd at the gate: We want a union! They cheered."),
        ["\u{201C}We want a union!\u{201D}"]
    );
    assert!(
        placed_quotations("I thought a thought that brings me hope: Neither had he.").is_empty()
    );
    assert!(placed_quotations("He told them about the long days in the cold: Nothing.").is_empty());
    // A verb that reports speech only sometimes counts only where it places a quotation.
    assert_eq!(
        placed_quotations("Go home, he whispered."),
        ["\u{201C}Go home,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Everything changed, Peter Fryer would write. Then it rained."),
        ["\u{201C}Everything changed,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("It grows day by day, I was told."),
        ["\u{201C}It grows day by day,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("All is calm, Mikoyan and Suslov reported."),
        ["\u{201C}All is calm,\u{201D}"]
    );
    assert_eq!(
        placed_quotations("First the chapels, then the tower, a volunteer advised."),
        ["\u{201C}First the chapels, then the tower,\u{201D}"]
    );
    for text in [
        "He whispered in the dark.",
        "She advised the council on housing.",
    ] {
        assert!(suspects_of(text).is_empty(), "{text}");
    }
}

#[test]
fn indirect_speech_infinitives_and_passives_are_not_listed() {
    for text in [
        "He said he was tired.",
        "A journalist asked the chef for the recipe.",
        "He asked if the shop was open.",
        "I cannot read or write.",
        "It is said that nobody came.",
    ] {
        let found = suspects_of(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    for text in [
        "The minister said in his speech on Monday.",
        "Lenin had declared that no nation can be free.",
        "A refugee told the Observer the workers were the power.",
    ] {
        let found = suspects_of(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn a_term_after_called_or_known_as_is_placed() {
    assert_eq!(
        placed_quotations("They make a desert and call it peace."),
        ["\u{201C}peace\u{201D}"]
    );
    assert_eq!(
        placed_quotations("It is what the office calls simplified, which means long."),
        ["\u{201C}simplified\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The song is called Ways and Means in the book."),
        ["\u{201C}Ways and Means\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The border became known as the wall."),
        ["\u{201C}wall\u{201D}"]
    );
    for text in [
        "He called for a vote.",
        "She called him back later.",
        "They called it off.",
    ] {
        assert!(placed_quotations(text).is_empty(), "{text}");
    }
}

#[test]
fn an_epithet_of_english_words_after_an_active_call_is_placed_but_not_a_places_own_name() {
    for (text, epithet) in [
        (
            "Lakes lie in what Czechs call Czech Canada, near Telč.",
            "Czech Canada",
        ),
        (
            "Slovaks have called it Little Rome for centuries.",
            "Little Rome",
        ),
        (
            "It is the church that everyone calls the Moon Church.",
            "Moon Church",
        ),
        (
            "The spa calls itself Little Paris these days.",
            "Little Paris",
        ),
        (
            "Hungarians have long called the city the Calvinist Rome, and it shows.",
            "Calvinist Rome",
        ),
        (
            "Guidebooks call the valley Little Switzerland, which amuses locals.",
            "Little Switzerland",
        ),
    ] {
        assert_eq!(
            placed_quotations(text),
            [format!("\u{201C}{epithet}\u{201D}")],
            "{text}"
        );
    }
    for text in [
        "Hungarians call it Selmecbánya to this day.",
        "The Romans called it Sopianae in their day.",
        "Germans call the city Kassa Kaschau.",
        "The Romans called the place Alburnus Maior and dug galleries.",
        "He said that they called the police.",
        "They called him Jan Palach later.",
    ] {
        assert!(
            placed_quotations(text).is_empty(),
            "{text}: {:?}",
            suspects_of(text)
        );
    }
}

#[test]
fn a_title_before_the_work_it_names_is_placed_there_and_elsewhere() {
    assert_eq!(
        placed_quotations(
            "In 1997 he recorded Litania, an album of his tunes. Later Litania sold well."
        ),
        ["\u{201C}Litania\u{201D}", "\u{201C}Litania\u{201D}"]
    );
    assert_eq!(
        placed_quotations("She founded Gazeta Wyborcza, the first legal independent daily in it."),
        ["\u{201C}Gazeta Wyborcza\u{201D}"]
    );
    // A work noun that heads nothing after it is a name's, not a title's.
    assert!(placed_quotations("Komeda, a film composer, died young.").is_empty());
    assert!(placed_quotations("Havel, a playwright of note, was jailed.").is_empty());
}

#[test]
fn a_term_a_naming_verb_looks_back_on_is_placed() {
    assert_eq!(
        placed_quotations(
            "Jazz went underground in the Stalinist yearsthe catacomb period, as the \
             musicians later called it. Then came the normalisation, as it was known, in \
             1969."
        ),
        [
            "\u{201C}catacomb period\u{201D}",
            "\u{201C}normalisation\u{201D}"
        ]
    );
    // No article opens the words: nothing shows where the term starts.
    assert!(placed_quotations("He left for good, as he called it.").is_empty());
    assert!(placed_quotations("Catacomb period, as they called it.").is_empty());
}

#[test]
fn a_samizdat_title_is_placed() {
    assert_eq!(
        placed_quotations("From 1982 he edited their samizdat, Vokno, in his flat."),
        ["\u{201C}Vokno\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The quintet's album Astigmatic (1966) was admired."),
        ["\u{201C}Astigmatic\u{201D}"]
    );
}

#[test]
fn a_title_that_begins_with_the_inside_a_sentence_is_placed() {
    assert_eq!(
        placed_quotations("He described the interrogations in The Confession of 1968."),
        ["\u{201C}The Confession\u{201D}"]
    );
    // "A" and "An" open titles too, and a title runs on over its small words to the
    // punctuation that ends it; a sentence's first word, a preposition, stands before
    // it as a lower-case word does.
    assert_eq!(
        placed_quotations(
            "The story every schoolchild remembers is A Cup of Coffee, in which he \
             refuses it."
        ),
        ["\u{201C}A Cup of Coffee\u{201D}"]
    );
    assert_eq!(
        placed_quotations("In The Man with the Golden Touch, the hero is a boatman."),
        ["\u{201C}The Man with the Golden Touch\u{201D}"]
    );
    for text in [
        "The Confession came out in 1968.",
        "He read it. The Confession came later.",
        "He read the Confession.",
        "It was a plan, and Plan A was the better.",
    ] {
        assert!(placed_quotations(text).is_empty(), "{text}");
    }
}

#[test]
fn an_epithet_a_naming_verb_gives_its_object_is_placed() {
    assert_eq!(
        placed_quotations("The history called 1956 a counter-revolution, and so on."),
        ["\u{201C}counter-revolution\u{201D}"]
    );
    assert_eq!(
        placed_quotations(
            "It called the minister, Admiral Mamula, a merchant of death over arms sales."
        ),
        ["\u{201C}merchant of death\u{201D}"]
    );
    // "the" opens an epithet after an object or a relative, and is quoted with it.
    assert_eq!(
        placed_quotations("Locals call it the white dove, and it does seem to settle."),
        ["\u{201C}the white dove\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The novelist, whom Hungarians have long called the great Palc, lived."),
        ["\u{201C}the great Palc\u{201D}"]
    );
    for (text, not) in [
        ("She called a meeting for Monday.", "meeting"),
        ("He called her a few times.", "few"),
        ("They call the police.", "police"),
        ("She called him the next day.", "day"),
        ("He called his supporters into the streets.", "streets"),
        ("The warblers calls carry far across the water.", "water"),
        ("They called him Mahasamatman and said he was a god.", "god"),
        ("The tool, called dpkg, created a package.", "package"),
    ] {
        let placed = placed_quotations(text);
        assert!(
            !placed.iter().any(|p| p.contains(not)),
            "{text}: {placed:?}"
        );
    }
}

#[test]
fn a_capital_after_a_comma_opens_a_quotation_unless_it_begins_a_name() {
    assert_eq!(
        placed_quotations("Later she was heard to sing, Some day my prince will come."),
        ["\u{201C}Some day my prince will come.\u{201D}"]
    );
    for text in [
        "It was held in Portland, United States of America, in August.",
        "Banja Luka, Republic of Srpska, hosted it.",
        "Pardon me, Sir. The ladies have asked.",
        "Workers, peasants and students marched.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_subject_after_the_verb_may_go_on_in_a_relative_clause() {
    assert_eq!(
        placed_quotations("The house is old, said the woman who runs it. We left."),
        ["\u{201C}The house is old,\u{201D}"]
    );
}

#[test]
fn a_comma_a_pronoun_and_any_past_tense_end_a_quotation() {
    assert_eq!(
        placed_quotations("The fire is going out, he bellowed. Nobody moved."),
        ["\u{201C}The fire is going out,\u{201D}"]
    );
    for text in [
        "When the tanks arrived, they retreated.",
        "In 1956, they revolted.",
        "The fire went out, he bellowed and ran.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_capital_after_a_function_word_or_in_capitals_is_no_suspect() {
    for text in [
        "God and the Devil will meet there.",
        "It is by NOT taking it seriously that we win.",
        "I never said Id listen to it.",
    ] {
        let found = suspects_of(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    let text = "Everybody arrived Workers in the square.";
    assert_eq!(suspects_of(text).len(), 1);
}

#[test]
fn words_said_in_another_language_are_placed() {
    let said = |text: &str| -> Vec<String> {
        suspects_of(text)
            .into_iter()
            .filter(|s| s.reason.contains("words of another language said"))
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(
        said("When you leave you say Zaplatm. Then go."),
        ["Zaplatm"]
    );
    assert_eq!(
        said("Miners greeted one another with Szcz Boe! and went down."),
        ["Szcz Boe"]
    );
    // English words said, a name that is the subject of what is said.
    for text in [
        "They say hello, and leave.",
        "Legend says Lech, forefather of the Poles, founded it.",
        "We stay, answered Rkosi.",
    ] {
        assert!(said(text).is_empty(), "{text}: {:?}", said(text));
    }
}

#[test]
fn a_quotation_goes_on_after_the_reporting_clause_that_interrupted_it() {
    let resumed = |text: &str| -> Vec<String> {
        suspects_of(text)
            .into_iter()
            .filter(|s| s.reason.contains("after its reporting clause"))
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(
        resumed("Take the left channel, he said, or youll get lost in the reeds."),
        ["or youll get lost in the reeds."]
    );
    assert_eq!(
        resumed("Every child learns it, a monk explained, smiling, and they all recite it."),
        ["and they all recite it."]
    );
    assert_eq!(
        resumed("Take the left channel, a man told me. The right one goes nowhere."),
        ["The right one goes nowhere."]
    );
    // In the past tense too: the speaker's own story.
    assert_eq!(
        resumed(
            "Nobody left a wall empty, she said. When a girl was getting married, the \
             painters came for a week."
        ),
        ["When a girl was getting married, the painters came for a week."]
    );
    // After a participle's phrase that ends the reporting clause's sentence.
    assert_eq!(
        resumed(
            "We dont want crowds, the farmers wife said, pouring me a glass. Let people walk \
             here, and theyll be quiet."
        ),
        ["Let people walk here, and theyll be quiet."]
    );
    // Narration goes on: a past verb after "and", a participle that ends the sentence, a
    // next sentence in the past that opens with a third person's pronoun or reports
    // speech of its own, a title after "wrote".
    for text in [
        "Nobody comes here now, she said, and shrugged at the empty lane.",
        "Nobody comes here now, she said, laughing.",
        "Nobody comes here now, she said, laughing. He shrugged and went back to the vines.",
        "We open at nine, she said. He shrugged and went back to the vines.",
        "We open at nine, she said. A younger grower down the lane said the opposite.",
        "The bishop, remembered as a poet, wrote Monachomachia, a mock-epic about the monks.",
    ] {
        assert!(resumed(text).is_empty(), "{text}: {:?}", resumed(text));
    }
}

#[test]
fn speech_quoted_at_a_paragraphs_end_goes_on_to_it() {
    let placed = |text: &str| -> Vec<String> {
        suspects_of(text)
            .into_iter()
            .filter(|s| s.reason.contains("follows `said`") || s.reason.contains("go on"))
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(
        placed("He shrugged and said, Everyone wants Tokaj. Let us. We keep the good ones here."),
        ["Everyone wants Tokaj. Let us. We keep the good ones here."]
    );
    assert_eq!(
        placed("It is steep, a man told me. We climb it at dawn. You should too.\n\nNext day."),
        ["We climb it at dawn. You should too."]
    );
    // Narration goes on: no one addressed, a reporting verb, the narrator's comment in the
    // past, or a paragraph that does not end with the speech.
    for text in [
        "She said, We open at nine. The museum holds four rooms.",
        "She said, We open at nine. You said we could come at ten.",
        "She said, We open at nine. He wasnt exaggerating.",
        "She said, We open at nine. You can park here. The museum holds four rooms.",
    ] {
        assert_eq!(placed(text), ["We open at nine."], "{text}");
    }
}

#[test]
fn a_quotation_closes_before_a_phrase_on_where_it_was_said() {
    let before = |text: &str| -> Vec<String> {
        suspects_of(text)
            .into_iter()
            .filter(|s| s.reason.contains("follows it") || s.reason.contains("go on"))
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(
        before("A civis doesnt show off, an old man explained over a plate of sausage. He just owns more fields than you do."),
        ["A civis doesnt show off,", "He just owns more fields than you do."]
    );
    assert_eq!(
        before("Everyone has a favourite, a student told me near the Rynek, the market square."),
        ["Everyone has a favourite,"]
    );
    // After another object, or a passive, the phrase is the narration's.
    for text in [
        "In the village of Stara Fuina, a small museum recalls the summers on the high pastures.",
        "Its attic, all pinnacles and blind arcades, was added in the sixteenth century.",
    ] {
        assert!(before(text).is_empty(), "{text}: {:?}", before(text));
    }
}

#[test]
fn a_languages_word_for_something_is_quoted() {
    assert_eq!(
        placed_quotations("It stands at Loket, whose name is Czech for elbow, on a rock."),
        ["\u{201C}elbow\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The town is Hungarian for little market."),
        ["\u{201C}little market\u{201D}"]
    );
    // What a text is in, not what a word means.
    assert!(placed_quotations("The signs are in Czech for tourists.").is_empty());
}

#[test]
fn a_name_the_text_calls_a_nickname_is_quoted() {
    assert_eq!(
        placed_quotations("His son Bolesaw, better known as Wrymouth, a nickname that stuck."),
        ["\u{201C}Wrymouth\u{201D}"]
    );
    // A place's own name, given without marks.
    assert!(placed_quotations("The town, known as Pozsony, a royal seat, grew.").is_empty());
}

#[test]
fn a_function_word_english_lists_as_a_symbol_is_no_name_inside_a_sentence() {
    let text = "More than once the miners booed him In the end he gave in.";
    let found = suspects_of(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "him In");
    // After a word that comes before names, it may be the symbol ("an alloy of In and
    // Ga"), and a longer capitalised word the list has is a name ("met Will and").
    for text in [
        "They made an alloy of In and gallium.",
        "She met Will and me.",
    ] {
        let found = suspects_of(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_mark_between_two_letters_is_listed() {
    let text = "Well help!became the slogan. Why?He asked. See /search?q=x and Yes! \
                Then\u{a0}no!go on.";
    let found: Vec<usize> = marks_glued_to_a_word(text)
        .iter()
        .map(|s| s.offset)
        .collect();
    let expected = [
        text.find('!').unwrap(),
        text.find("?He").unwrap(),
        text.find("!go").unwrap(),
    ];
    assert_eq!(found, expected);
}

#[test]
fn a_number_glued_to_a_word_is_listed() {
    let text = "Soldiers killed people in 1968among them a girl. The 1990s, the 10th, 4pm, \
                100mph and 64bit are not.";
    let found: Vec<String> = numbers_glued_to_a_word(text, &tokens(text), Dictionary::english())
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(found, ["among"]);
}

/// After a year, "a", a two-letter word, a capitalised word and a decade's glued word (of
/// two letters too) are listed; a capitalised word or a two-letter one after a shorter
/// number is not ("3D", "10Downing", "4pm").
#[test]
fn a_year_glued_to_a_or_to_a_name_is_listed() {
    let text = "It won in May 1946a genuine result, in 1815Krlestwo Polskie, in the 1840sbut \
                not in 3Dimensional nor Article 12a; the strikes of 1988at Nowa Huta, not 12in \
                nor 4pm; in the 1980sas society grew bolder, not in the 1980s.";
    let found: Vec<(String, String)> =
        numbers_glued_to_a_word(text, &tokens(text), Dictionary::english())
            .into_iter()
            .map(|s| (s.text, s.candidates[0].clone()))
            .collect();
    let expected = [
        ("a", "\u{2014}a"),
        ("Krlestwo", "\u{2014}Krlestwo"),
        ("sbut", "s\u{2014}but"),
        ("at", "\u{2014}at"),
        ("sas", "s\u{2014}as"),
    ]
    .map(|(t, c)| (t.to_string(), c.to_string()));
    assert_eq!(found, expected);
}

#[test]
fn speech_in_the_first_person_is_listed_in_a_text_in_the_third() {
    let third = "The yard closed in August. Crowds gathered at the gate. I didnt even know \
                 their names. We just stood there. The strike spread along the coast. World \
                 War I had left the town poor. The Church of Our Lord stood by the quay. \
                 Ships waited in the bay. The director gave in after a week. The union was \
                 registered in September. Its members numbered millions by the winter.";
    let found: Vec<String> = speech_in_the_first_person(third, &tokens(third), &[])
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        found,
        ["I didnt even know their names. We just stood there."]
    );
    // Speech that goes on after a sentence another rule placed is listed from there.
    let said = third.replace(
        "Crowds gathered at the gate.",
        "They carried our furniture out, a farmer said.",
    )
        + " The port reopened in the spring. Trade returned slowly. The mayor resigned. Ships came back.";
    let sentence = said.find("They").unwrap()..said.find("said.").unwrap() + 5;
    let placed_by_said = [placed(&said, sentence, "`said` follows it")];
    let found: Vec<String> = speech_in_the_first_person(&said, &tokens(&said), &placed_by_said)
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        found,
        ["I didnt even know their names. We just stood there."]
    );
    // A text that speaks in the first person throughout is its author's.
    let first = "I came in August. We stood at the gate. I knew nobody. The yard closed.";
    assert!(speech_in_the_first_person(first, &tokens(first), &[]).is_empty());
}

#[test]
fn a_title_after_an_owned_work_noun_is_listed() {
    let text = "The figure appears in his story Kurent, and its ballad Pearly Hair became \
                famous. The story Havel told was long.";
    assert_eq!(
        placed_quotations(text),
        ["\u{201C}Kurent\u{201D}", "\u{201C}Pearly Hair\u{201D}"]
    );
    // A date or a medium makes the noun one work too; a plain one stays unread.
    let text = "He returned in the 1970s series Janosik. The television series Bolek ran \
                on. A series Kovacs began was short.";
    assert_eq!(
        placed_quotations(text),
        ["\u{201C}Janosik\u{201D}", "\u{201C}Bolek\u{201D}"]
    );
}

#[test]
fn a_decade_by_its_last_two_digits_is_listed() {
    let text = "Since the 80s and the late 90s it grew; in the 1990s, 60s of them, 40s.";
    let found: Vec<String> = elided_decades(text)
        .into_iter()
        .map(|s| s.candidates[0].clone())
        .collect();
    assert_eq!(found, ["\u{2019}80s", "\u{2019}90s"]);
}

#[test]
fn a_word_glued_to_a_closing_bracket_is_listed() {
    let text = "Then Red Psalm (Psalm, 1972)the takes grew longer; (s)he knew, a)b) too.";
    let found: Vec<String> = words_glued_to_a_bracket(text)
        .into_iter()
        .map(|s| s.candidates[0].clone())
        .collect();
    assert_eq!(found, [")\u{2014}the"]);
}

#[test]
fn a_capitalised_daily_opens_a_title() {
    assert_eq!(
        placed_quotations("He read the party daily Szabad Nep at breakfast."),
        ["\u{201C}Szabad Nep\u{201D}"]
    );
    assert!(placed_quotations("He wrote for the Daily Worker for years.").is_empty());
}

#[test]
fn a_title_after_a_hymn_or_an_anthem_is_listed() {
    assert_eq!(
        placed_quotations(
            "Everyone hears the Hussite hymn Kto js bo bojovnci, which pupils learn."
        ),
        ["\u{201C}Kto\u{201D}"]
    );
    assert_eq!(
        placed_quotations("They sang the anthem Nad Tatrou sa blyska at dawn."),
        ["\u{201C}Nad Tatrou\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Their best-known tune, Na Golici, is played at weddings."),
        ["\u{201C}Na Golici\u{201D}"]
    );
}

#[test]
fn a_meaning_given_after_means_is_listed() {
    let text = "Kirly means king in Hungarian. They become asz, a Hungarian word that simply \
                means dried. Literally it means blotting paper. The law means that we wait.";
    assert_eq!(
        placed_quotations(text),
        ["\u{201C}king\u{201D}", "\u{201C}dried\u{201D}"]
    );
    // "meant" after "word" or "name", with its adverb after it; a gloss may end where a
    // spaced dash was lost. A name's past is no gloss.
    let text = "The puszta, a word that once meant simply empty. Mladina  the name means \
                youth  won. Balaton meant something more.";
    assert_eq!(
        placed_quotations(text),
        ["\u{201C}empty\u{201D}", "\u{201C}youth\u{201D}"]
    );
    // An article may open the gloss, and "words" or "names" mean.
    let text = "Frumoasa, whose name simply means the beautiful one, was restored. The words \
                mean roughly the bishops meadow. The name means the end of it all, again.";
    assert_eq!(
        placed_quotations(text),
        [
            "\u{201C}the beautiful one\u{201D}",
            "\u{201C}the bishops meadow\u{201D}"
        ]
    );
    // A gloss set off by closed dashes ends where the second dash was lost, inside a token.
    let text = "Zelen horathe name means Green Mountainwas built. Its name means simply \
                undergroundis a maze. The word sad means gardenvariety.";
    assert_eq!(
        placed_quotations(text),
        [
            "\u{201C}Green Mountain\u{201D}",
            "\u{201C}underground\u{201D}"
        ]
    );
    // "translates as" glosses as "means" does.
    let text = "The citadel, whose name translates as cloud castle, is high.";
    assert_eq!(placed_quotations(text), ["\u{201C}cloud castle\u{201D}"]);
}

#[test]
fn what_a_passive_called_names_is_listed() {
    let text = "Eminescu is often called the peerless poet, and loved. The umava, sometimes \
                called the green roof of Europe for its ridges, is wild. He was called the \
                next day. Krom is called the Athens of Han. They called the police. Its often \
                called the Hungarian Faust, though darker.";
    assert_eq!(
        placed_quotations(text),
        [
            "\u{201C}the peerless poet\u{201D}",
            "\u{201C}the green roof of Europe\u{201D}",
            "\u{201C}the Athens of Han\u{201D}",
            "\u{201C}the Hungarian Faust\u{201D}"
        ]
    );
}

#[test]
fn a_term_spoken_of_is_listed() {
    let text = "Poles spoke of the flood of the millennium. Germans speak of das Wunder von \
                Bern; they speak of ourselves at all. It was spoken of with awe. We speak of \
                Clive, Nelson. They spoke of the need for reform in every town and village.";
    assert_eq!(
        placed_quotations(text),
        [
            "\u{201C}flood of the millennium\u{201D}",
            "\u{201C}das Wunder von Bern\u{201D}"
        ]
    );
}

#[test]
fn a_phrase_in_another_language_before_its_gloss_is_listed() {
    let quoted = [
        (
            "Locals call them zelen zlato (green gold), and the town celebrates.",
            "zelen zlato",
        ),
        (
            "Critics grouped it with the kino moralnego niepokoju (cinema of moral anxiety).",
            "kino moralnego niepokoju",
        ),
        (
            "It became Krtki film o zabijaniu (A Short Film About Killing) in cinemas.",
            "zabijaniu",
        ),
        (
            "Her songs, Dni, ktrych nie znamy (Days We Dont Know), outlived her.",
            "Dni, ktrych nie znamy",
        ),
        (
            "He circulated his Psaky (little notes) in samizdat.",
            "Psaky",
        ),
        // One capitalised word after the English word that says what it names.
        (
            "They met in the secret society Fria (Brotherhood) in 1843.",
            "Fria",
        ),
        (
            "The radio station, Byskawica (Lightning), began broadcasting.",
            "Byskawica",
        ),
    ];
    for (text, phrase) in quoted {
        let found = placed_quotations(text);
        assert!(
            found.contains(&format!("\u{201C}{phrase}\u{201D}")),
            "{text}: {found:?}"
        );
    }
    // A name and its role, an institution's name, a clause in brackets, a name's years:
    // none is a phrase glossed.
    for text in [
        "The board chose Nils Lohner (Treasurer) and two others.",
        "They founded Obansk frum (Civic Forum) in a theatre.",
        "He spent two years at hard labor (for sodomy) in Reading.",
        "Most work went into dpkg (Ian Jackson was responsible for this) that year.",
        "The poet Jn Botto (18291881) wrote it.",
        "The road to Cluj (Kolozsvr) was long.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_title_in_another_language_after_its_owner_is_listed() {
    assert_eq!(
        placed_quotations("Then came his Hrtia va fi albastr, in 2006."),
        ["\u{201C}Hrtia va fi albastr\u{201D}"]
    );
    assert_eq!(
        placed_quotations("She loved her Lev a psnika most."),
        ["\u{201C}Lev a psnika\u{201D}"]
    );
    // After "whose", or with the work's noun between, a name inside the title.
    assert_eq!(
        placed_quotations("He was the photographer whose Zem spieva recorded a life."),
        ["\u{201C}Zem spieva\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Its epic Krst pri Savici ends here."),
        ["\u{201C}Krst pri Savici\u{201D}"]
    );
    // A place, a name in capitals, and an English phrase are no such title.
    for text in [
        "They walked through his Ljubljana often.",
        "They built his Casa Poporului in haste.",
        "He told her Story of the year.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_nickname_before_its_original_and_an_owned_ballet_are_listed() {
    assert_eq!(
        placed_quotations("It earned the nickname the Moravian Manchester (moravsky) then."),
        ["\u{201C}the Moravian Manchester\u{201D}"]
    );
    assert_eq!(
        placed_quotations("There he wrote his ballet Harnasie on highland themes."),
        ["\u{201C}Harnasie\u{201D}"]
    );
    // A hyphenated nickname's parts are one nickname.
    assert_eq!(
        placed_quotations("Their banner earned them the nickname dog-heads."),
        ["\u{201C}dog-heads\u{201D}"]
    );
}

#[test]
fn a_gloss_after_meaning_or_literally_is_listed() {
    assert_eq!(
        placed_quotations("They climb the tanhegyek, meaning witness hills, at dawn."),
        ["\u{201C}witness hills\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Chefs prize the solni cvet, literally salt flower."),
        ["\u{201C}salt flower\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The name comes from vlk, meaning wolf  a fitting name."),
        ["\u{201C}wolf\u{201D}"]
    );
    // A lost spaced dash before the glossed word, in a comma's place; not an English one.
    assert_eq!(
        placed_quotations("Mihai Viteazul  viteazul meaning the brave  reigned for years."),
        ["\u{201C}the brave\u{201D}"]
    );
    assert!(placed_quotations("He kept the fare  fare meaning the price  low.").is_empty());
    // An adverb on either side, and a noun that names a word instead of the comma (what
    // "call" names him is listed too, as an epithet).
    assert_eq!(
        placed_quotations("They call him a vodk, roughly meaning water person, here."),
        ["\u{201C}vodk\u{201D}", "\u{201C}water person\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Its emblem is the Barlolma, meaning roughly the Crutch-Breaker, a man."),
        ["\u{201C}the Crutch-Breaker\u{201D}"]
    );
    assert_eq!(
        placed_quotations("They drain it for the vlov, a word meaning fishing out, and wait."),
        ["\u{201C}fishing out\u{201D}"]
    );
    assert_eq!(
        placed_quotations("It comes from an old Polish adjective meaning peppery, and more."),
        ["\u{201C}peppery\u{201D}"]
    );
    // A clause, or a gloss of English words, is not quoted.
    for text in [
        "They kept the osmica, meaning that few came.",
        "He raised the fare, meaning the price, again.",
        "He raised the fare, roughly meaning the price, again.",
        "It was a word meaning that nobody came.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_gloss_after_or_is_listed() {
    assert_eq!(
        placed_quotations("Further on stand the kaptrkvek, or beehive stones: cones."),
        ["\u{201C}beehive stones\u{201D}"]
    );
    assert_eq!(
        placed_quotations("There are hundreds of these krasnale, or dwarfs, in town."),
        ["\u{201C}dwarfs\u{201D}"]
    );
    // An alternative after English or a name, a clause, or a long phrase is no gloss.
    for text in [
        "They came by train, or by bus, each day.",
        "They went to Krakw, or Warsaw, each year.",
        "They sang the csrds, or they danced, each night.",
        "They ate the pogcsa, or something very like it, with wine.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_word_glued_to_a_number_is_listed() {
    let text = "Closed 1 November15 June, at the end of a fortnight1431 August, not in \
                mp3 files, COVID19 wards, the Boeing747 or 1968among them.";
    let found: Vec<String> = words_glued_to_a_number(text, &tokens(text), Dictionary::english())
        .into_iter()
        .map(|s| s.candidates[0].clone())
        .collect();
    assert_eq!(found, ["November\u{2013}15", "fortnight\u{2014}1431"]);
}

#[test]
fn a_space_before_a_full_stop_or_comma_is_listed() {
    let text = "It went on and on . Then it stopped , for good. See .NET or 3 ,5.";
    let found: Vec<usize> = spaces_before_punctuation(text)
        .iter()
        .map(|s| s.offset)
        .collect();
    assert_eq!(found, [text.find(" .").unwrap(), text.find(" ,").unwrap()]);
}

#[test]
fn a_colon_at_a_paragraph_end_announces_a_block() {
    let text = "In the preface, Trotsky wrote:\n\nThe most indubitable feature.\n";
    let found = suspects_of(text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].reason.contains("block quotation"),
        "{}",
        found[0].reason
    );
}

#[test]
fn an_unfinished_paragraph_is_listed() {
    let text = "It began well. Then the mob had made things worse\n\nNext.\n";
    let found = suspects_of(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "worse");
}

#[test]
fn an_owned_epithet_after_a_naming_verb_and_its_pronoun_is_placed() {
    assert_eq!(
        placed_quotations("One guide called them Kranjs cellar, and the name stuck."),
        ["\u{201C}Kranjs cellar\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The knights called it Marienburg, Marys Castle."),
        ["\u{201C}Marys Castle\u{201D}"]
    );
    for text in [
        "She called Peters mother on Sunday.",
        "They called it Marys and left.",
        "He called them Johns friends who had come from the river valley.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_contraction_after_a_colon_opens_speech() {
    assert_eq!(
        placed_quotations(
            "A forester repeated the point with a grin: Theyve lasted three hundred years."
        ),
        ["\u{201C}Theyve lasted three hundred years.\u{201D}"]
    );
    // A possessive's or "is" `s` is as often the narration's "Its".
    assert_eq!(
        placed_quotations("The church was rebuilt in the last century: Its tower is new."),
        Vec::<String>::new()
    );
}

#[test]
fn a_names_meaning_after_an_adverb_between_commas_is_listed() {
    assert_eq!(
        placed_quotations(
            "The name Hradec Krlov means, roughly, the Queens Castle, and it was a town."
        ),
        ["\u{201C}the Queens Castle\u{201D}"]
    );
}

#[test]
fn a_compound_or_a_hedged_meaning_is_listed() {
    assert_eq!(
        placed_quotations(
            "The spirit, whose Polish name means, roughly, Turnip-counter, rules the hills."
        ),
        ["\u{201C}Turnip-counter\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Viniky, whose name means something like little vineyards, lies low."),
        ["\u{201C}little vineyards\u{201D}"]
    );
}

#[test]
fn a_day_a_word_means_is_placed() {
    assert_eq!(
        placed_quotations(
            "They will tell you that etrtek means Thursday, and that it recalls a market."
        ),
        ["\u{201C}Thursday\u{201D}"]
    );
    // More capitalised words after a common word's "means" are a name's, not its meaning.
    assert!(placed_quotations("They say etrtek means Thursday Market, and more.").is_empty());
}

#[test]
fn a_title_after_exhibition_and_a_comma_is_placed() {
    assert_eq!(
        placed_quotations("The resulting exhibition, Memento Mori, is macabre but tender."),
        ["\u{201C}Memento Mori\u{201D}"]
    );
}

/// "christened" and "renamed" name their object as "called" does, and after a reflexive an
/// article before a capital opens the name.
#[test]
fn a_name_given_after_christened_or_renamed_itself_is_placed() {
    let placed = placed_quotations(
        "The party press christened the episode Victorious February, a phrase that stuck.",
    );
    assert!(
        placed.contains(&"\u{201C}Victorious February\u{201D}".to_string()),
        "{placed:?}"
    );
    let placed = placed_quotations(
        "In September the group renamed itself the Committee, widening its aims.",
    );
    assert!(
        placed.contains(&"\u{201C}Committee\u{201D}".to_string()),
        "{placed:?}"
    );
    assert!(placed_quotations("The square was renamed after the war, and it rained.").is_empty());
}

#[test]
fn a_title_after_its_nouns_qualifier_is_placed() {
    assert_eq!(
        placed_quotations("Its newspaper for workers, Robotnik, carried the idea."),
        ["\u{201C}Robotnik\u{201D}"]
    );
    // A capital closed by no comma is the sentence going on, here its speaker.
    assert!(placed_quotations("The paper of the party, Gottwald said it would close.").is_empty());
}

#[test]
fn a_title_after_published_as_is_placed() {
    assert_eq!(
        placed_quotations("He wrote a schoolbook later published as Orbis Pictus, in Latin."),
        ["\u{201C}Orbis Pictus\u{201D}"]
    );
    assert!(placed_quotations("It was actually released as Debian 1.1 that year.").is_empty());
    assert_eq!(
        placed_quotations("His account, published in English as KOR: A History, sold well."),
        ["\u{201C}KOR\u{201D}"]
    );
}

#[test]
fn a_song_in_another_language_after_played_or_sang_is_placed() {
    assert_eq!(
        placed_quotations("A band in a cellar played Dobr noc, m mil, and the room sang along."),
        ["\u{201C}Dobr noc\u{201D}"]
    );
    for text in [
        "The band played verbunkos, and the room danced.",
        "Its fans sing in Hungarian. They always have.",
        "The orchestra played Brahms, then went home.",
    ] {
        assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn the_english_word_a_foreign_one_is_the_word_for_is_placed() {
    assert_eq!(
        placed_quotations(
            "The knights are the Krzyacy, a name built on krzy, the word for cross, and so on."
        ),
        ["\u{201C}cross\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Its name echoes the word for gold, and peasants panned it."),
        Vec::<String>::new()
    );
}

#[test]
fn words_an_apposition_calls_a_word_are_quoted() {
    assert_eq!(
        placed_quotations("The city calls itself post-industrial, a word that would baffle them."),
        ["\u{201C}post-industrial\u{201D}"]
    );
    assert_eq!(
        placed_quotations("They describe the style as naive, a word the painters dislike."),
        ["\u{201C}naive\u{201D}"]
    );
    // A noun the apposition explains as a thing, not as a word.
    assert!(placed_quotations("He brought a dictionary, a book of words.").is_empty());
}

#[test]
fn an_epithet_a_place_gives_itself_is_quoted_to_its_clauses_end() {
    assert_eq!(
        placed_quotations(
            "Tarnow likes to call itself the Polish pole of warmth, on the strength of it."
        ),
        ["\u{201C}Polish pole of warmth\u{201D}"]
    );
    // A clause of its own after the article is no epithet.
    assert!(
        placed_quotations("It calls itself the town that was once rich and proud of it.")
            .is_empty()
    );
}

#[test]
fn what_someone_has_written_after_a_colon_is_quoted() {
    assert_eq!(
        placed_quotations(
            "He is said to have written to the prince afterwards: Prince, you are so by birth."
        ),
        ["\u{201C}Prince, you are so by birth.\u{201D}"]
    );
}

/// From the twenty-sixth blind set: a nickname in apposition to "nickname", a word named
/// before a preposition, an epithet after "remember as", a series' title after a
/// streaming service's name. Not a clause in apposition, nor "the word of".
#[test]
fn nicknames_words_and_titles_a_text_announces_are_listed() {
    let text = "The citys nickname, the Floating Garden, starts to fit. Locals rarely use the \
                word progress without irony. Europe would remember him as the Magnificent. It \
                stood in for a school in the Netflix series Wednesday, and more.";
    assert_eq!(
        placed_quotations(text),
        [
            "\u{201C}the Floating Garden\u{201D}",
            "\u{201C}progress\u{201D}",
            "\u{201C}Magnificent\u{201D}",
            "\u{201C}Wednesday\u{201D}",
        ]
    );
    let text = "Its nickname, however, is older. They kept the word of the law in mind.";
    assert!(placed_quotations(text).is_empty());
}

/// A capitalised epithet after a naming verb and "the", whose first word English knows; not
/// a name of another language.
#[test]
fn a_capitalised_epithet_after_call_the_is_listed() {
    let text = "It is a church town which Slovaks like to call the Slovak Vatican. Locals call \
                this stretch the Dunakanyar, and the rest follows.";
    let reasons: Vec<String> = suspects_of(text).into_iter().map(|s| s.reason).collect();
    assert_eq!(
        placed_quotations(text),
        ["\u{201C}Slovak Vatican\u{201D}"],
        "{reasons:?}"
    );
}

#[test]
fn a_phrase_after_a_saying_noun_runs_to_its_clauses_end() {
    assert_eq!(
        placed_quotations("The leaflet ended with the words Long live free Hungary."),
        ["\u{201C}Long live free Hungary\u{201D}"]
    );
    assert_eq!(
        placed_quotations("Under the slogan Bread and freedom, the workers marched."),
        ["\u{201C}Bread and freedom\u{201D}"]
    );
    // A run longer than a slogan is the sentence going on: the title's capitalised run is
    // offered, as after any title noun.
    assert_eq!(
        placed_quotations(
            "The slogan Bread and freedom spread from the city to the villages within days."
        ),
        ["\u{201C}Bread\u{201D}"]
    );
}

#[test]
fn a_translation_after_rendered_or_an_auxiliary_is_placed() {
    assert_eq!(
        placed_quotations(
            "In 1937 he published Futhomok, usually rendered as Drifting Sand, a study."
        ),
        ["\u{201C}Drifting Sand\u{201D}"]
    );
    assert_eq!(
        placed_quotations(
            "He wrote Cifra nyomorsg, a title that might be translated as Gaudy Misery."
        ),
        ["\u{201C}Gaudy Misery\u{201D}"]
    );
    // Not where nothing sets off what is translated: this tells when.
    assert!(placed_quotations("The novel was translated as early as 1920.").is_empty());
}

#[test]
fn a_title_with_its_article_after_a_possessive_is_placed() {
    assert_eq!(
        placed_quotations("His ghost walks onstage in Stanisaw Wyspiaskis The Wedding of 1901."),
        ["\u{201C}The Wedding\u{201D}"]
    );
}

#[test]
fn a_saying_after_its_noun_and_was_is_placed() {
    assert_eq!(
        placed_quotations("Their motto was Work and pray, and they kept it."),
        ["\u{201C}Work and pray\u{201D}"]
    );
    assert_eq!(
        placed_quotations("The man whose watchword was Truth prevails was now president."),
        ["\u{201C}Truth prevails\u{201D}"]
    );
}

#[test]
fn a_charges_label_is_a_quotation() {
    let quoted = |text: &str| placed_quotations(text);
    assert_eq!(
        quoted("The press denounced hooligans, revisionists and Zionists."),
        ["\u{201C}hooligans\u{201D}"]
    );
    assert_eq!(
        quoted("They fell in 1952, accused of a right-wing deviation."),
        ["\u{201C}right-wing deviation\u{201D}"]
    );
    assert_eq!(
        quoted("He was denounced as a nationalist and at last as a spy."),
        ["\u{201C}nationalist\u{201D}"]
    );
    // One noun after an article is the plain word as often.
    assert!(quoted("He was charged with a crime, and he knew it.").is_empty());
}

#[test]
fn what_a_banner_or_a_sign_reads_after_a_colon_is_a_quotation() {
    assert_eq!(
        placed_quotations("The banners read: Students to their studies, writers to their pens."),
        ["\u{201C}Students to their studies, writers to their pens.\u{201D}"]
    );
    // No colon: "read" reports nothing.
    assert!(placed_quotations("He read Students of the Left in one night.").is_empty());
}

#[test]
fn words_chanted_in_another_language_are_a_quotation() {
    let chanted = suspects_of("The crowds kept chanting Traiasca Regele, and the police waited.");
    assert!(
        chanted
            .iter()
            .any(|s| s.text == "Traiasca Regele" && s.reason.contains("another language said")),
        "{chanted:?}"
    );
}

#[test]
fn a_saying_ends_before_its_verb_and_chanting_reports() {
    assert_eq!(
        placed_quotations("The chant Cala Polska czeka was answered in August by tanks in Prague."),
        ["\u{201C}Cala Polska czeka\u{201D}"]
    );
    let chanting = suspects_of("The crowd kept chanting Russians go home until dawn.");
    assert!(
        chanting.iter().any(|s| s.text == "chanting"),
        "{chanting:?}"
    );
}

#[test]
fn words_said_in_another_language_end_before_an_english_and() {
    let said = suspects_of("The crowd was chanting Wir sind das Volk and Keine Gewalt all night.");
    assert!(
        said.iter()
            .any(|s| s.text == "Wir sind das Volk" && s.reason.contains("another language said")),
        "{said:?}"
    );
}

#[test]
fn a_title_after_published_and_its_article_is_a_quotation() {
    assert_eq!(
        placed_quotations("In May they published the May Declaration, which asked for a state."),
        ["\u{201C}May Declaration\u{201D}"]
    );
    // Right after "published", a capital is its author or place as often.
    assert!(placed_quotations("In 1925 Max Brod published Kafka in Berlin.").is_empty());
}

#[test]
fn a_title_with_a_common_word_before_to_is_a_quotation() {
    assert_eq!(
        placed_quotations("In 1964 they had written an Open Letter to the Party, and were jailed."),
        ["\u{201C}Open Letter to the Party\u{201D}"]
    );
    // Names joined by "to", and a heading's capitals, are no title.
    assert!(placed_quotations("The road runs from Sopron to Debrecen in a day.").is_empty());
    assert!(placed_quotations("Rafts and Water: A Visit to Toplita\n\nIt is small.").is_empty());
}

/// A poem's or a letter's last words are reported by "ends" (or "concludes") between commas
/// inside them, and a grumble by "grumbled", as words are by "said".
#[test]
fn a_poem_ends_and_a_worker_grumbled_as_speakers_say() {
    let placed = placed_quotations(
        "Would it not be simpler, the poem ends, if the government dissolved the people and \
         elected another?",
    );
    assert!(
        placed.contains(&"\u{201C}Would it not be simpler,\u{201D}".to_string()),
        "{placed:?}"
    );
    let placed = placed_quotations(
        "The norms went up again, a bricklayer grumbled, and nobody asked us about it.",
    );
    assert!(
        placed.contains(&"\u{201C}The norms went up again,\u{201D}".to_string()),
        "{placed:?}"
    );
}
