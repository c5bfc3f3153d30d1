"""Process and effect names written as phrases: inflected words, inserted modifiers, "of" inversion."""

from graph_build.text.phrases import stem
from graph_build.text.recognise import recognise


def named(text, lexicon):
    mentions, _ = recognise(text, lexicon, vocabularies=False)
    return {(m.slug, m.text) for m in mentions}


def test_inflected_words_match_the_name(lexicon):
    # lexicon: "dampened nerve excitability", "chloride ion channel opening", "slow nerve signals"
    assert ("reduced-neuronal-excitability", "dampening nerve excitability") in named(
        "Sedatives act by dampening nerve excitability.", lexicon
    )
    assert ("chloride-channel-opening", "chloride ion channel opens") in named(
        "The drug widens the pore so the chloride ion channel opens more often.", lexicon
    )
    assert ("slowed-nerve-signalling", "slowing nerve signals") in named("It works by slowing nerve signals.", lexicon)


def test_british_and_american_spellings_compare_equal():
    assert stem("stabilising") == stem("stabilizing") == stem("stabilization")


def test_modifiers_may_stand_between_the_words(lexicon):
    assert ("chloride-influx", "influx of negatively charged chloride ions") in named(
        "A larger influx of negatively charged chloride ions follows.", lexicon
    )
    assert ("reduced-neuronal-excitability", "dampened overall nerve excitability") in named(
        "Nerves show dampened overall nerve excitability.", lexicon
    )


def test_of_inversion(lexicon):
    # lexicon: "skeletal muscle relaxation" and "inhibition of spinal reflexes"
    assert ("muscle-relaxant-effect", "relaxation of skeletal muscles") in named(
        "It brings about the relaxation of skeletal muscles.", lexicon
    )
    assert ("spinal-reflex-inhibition", "spinal reflex inhibition") in named(
        "Baclofen produces spinal reflex inhibition.", lexicon
    )
    # without "of", the head-first order is no name: "relaxation skeletal muscles" stays unrecognised
    assert not any(slug == "muscle-relaxant-effect" for slug, _ in named("Relaxation, skeletal muscles.", lexicon))


def test_a_word_naming_another_entity_matches_any_of_its_names(lexicon):
    # "enhancing the effects of GABA" in the lexicon; the text names GABA by its full name
    assert ("enhanced-gaba-inhibition", "enhancing the effects of gamma-aminobutyric acid") in named(
        "Benzodiazepines work by enhancing the effects of gamma-aminobutyric acid.", lexicon
    )


def test_negations_conjunctions_punctuation_and_long_gaps_break_a_phrase(lexicon):
    for text in (
        "Sodium influx, chloride ions and calcium.",  # punctuation between the words
        "Dampened and restored nerve excitability alternate.",  # a conjunction inside
        "The influx of many very strongly charged chloride ions rises.",  # three modifiers inserted
        "Dampened, the nerve excitability falls.",
    ):
        slugs = {slug for slug, _ in named(text, lexicon)}
        assert not slugs & {"chloride-influx", "reduced-neuronal-excitability"}, text


def test_a_phrase_replaces_the_mentions_inside_it(lexicon):
    found = named("The influx of chloride ions makes the cell more negative.", lexicon)
    assert found == {("chloride-influx", "influx of chloride ions")}
