"""Everyday names of a condition's signs (decision 0740): *wind*, *collapse*, *faint* after its doer, *go pale*,
*poor sleep*, *feeling on edge*, *trouble concentrating*, and the other senses of the words left alone. The sentences
are invented (other conditions, other drugs, other wording than any development text); each test asserts the exact
claim set, polarity and hedging included, where extra output would be a bug."""

from extracting import markdown_claims, polarity_claims

from graph_build.text.recognise import recognise


def names(lexicon: dict, text: str) -> list[tuple[str, str]]:
    return [(m.slug, m.text) for m in recognise(text, lexicon)[0]]


def test_signs_after_a_colon_in_everyday_words(lexicon):
    text = "# Heat exhaustion\n\nHeat exhaustion: heavy sweating, a headache, poor sleep and collapse.\n"
    assert markdown_claims(lexicon, text) == {
        ("heat-exhaustion", "hasPhenotype", "hyperhidrosis", False),
        ("heat-exhaustion", "hasPhenotype", "headache", False),
        ("heat-exhaustion", "hasPhenotype", "insomnia", False),
        ("heat-exhaustion", "hasPhenotype", "syncope", False),
    }


def test_signs_of_anxiety_in_everyday_words(lexicon):
    text = "# Anxiety\n\nGeneralised anxiety disorder: feeling on edge, poor sleep and trouble concentrating.\n"
    assert markdown_claims(lexicon, text) == {
        ("generalized-anxiety-disorder", "hasPhenotype", "restlessness", False),
        ("generalized-anxiety-disorder", "hasPhenotype", "insomnia", False),
        ("generalized-anxiety-disorder", "hasPhenotype", "diminished-ability-to-concentrate", False),
    }


def test_wind_is_a_side_effect_and_its_denial_keeps_its_polarity(lexicon):
    listed = "The common side effects of mesalazine are wind, bloating and headache."
    assert polarity_claims(listed, lexicon) == {
        ("mesalazine", "hasAdverseEffect", "flatulence", False, False),
        ("mesalazine", "hasAdverseEffect", "abdominal-distention", False, False),
        ("mesalazine", "hasAdverseEffect", "headache", False, False),
    }
    assert polarity_claims("Mesalazine does not cause bloating or wind.", lexicon) == {
        ("mesalazine", "hasAdverseEffect", "flatulence", True, False),
        ("mesalazine", "hasAdverseEffect", "abdominal-distention", True, False),
    }
    # alone the word names nothing (it is flatulence only as an item of a list of signs: decision 0739)
    assert polarity_claims("Mesalazine does not cause wind.", lexicon) == set()


def test_the_weather_and_the_verb_are_no_wind(lexicon):
    assert names(lexicon, "Walk in a cold wind, then wind down before bed near the wind turbines.") == []
    assert names(lexicon, "A wind blew; the wind was strong.") == []
    # a discharge with it is a sign of its own (flatus with discharge), not flatulence
    assert names(lexicon, "wind with a greasy discharge") == []


def test_faint_after_its_doer_is_syncope_and_feel_faint_is_not(lexicon):
    assert names(lexicon, "Get help if you faint.") == [("syncope", "you faint")]
    assert names(lexicon, "A few people faint.") == [("syncope", "people faint")]
    assert names(lexicon, "You may feel faint.") == [("lightheadedness", "feel faint")]
    # a modal before the verb is not swallowed into the name: its hedge would be lost
    assert names(lexicon, "You may faint.") == []


def test_collapse_of_an_organ_is_another_sense(lexicon):
    assert names(lexicon, "vomiting and collapse") == [("vomiting", "vomiting"), ("syncope", "collapse")]
    assert names(lexicon, "the collapse of a vertebra") == []


def test_go_pale(lexicon):
    text = "# Anaemia\n\nSigns of anaemia: you go pale, feel tired and get breathless.\n"
    assert markdown_claims(lexicon, text) == {
        ("anemia", "hasPhenotype", "pallor", False),
        ("anemia", "hasPhenotype", "fatigue", False),
        ("anemia", "hasPhenotype", "dyspnea", False),  # ("breathless" read since decision 0749)
    }


def test_an_organism_named_as_a_cause(lexicon):
    # no vocabulary holds organisms: the one named after "caused by" is minted under its singular name (the golds'
    # coined end), of the root class Entity
    assert polarity_claims("Erysipelas is caused by streptococci that enter through a crack in the skin.", lexicon) == {
        ("streptococcus", "causes", "erysipelas", False, False)
    }
    assert polarity_claims("Chickenpox is caused by the varicella-zoster virus.", lexicon) == {
        ("varicella-zoster-virus", "causes", "chickenpox", False, False)
    }


def test_a_denied_organism_cause_keeps_its_polarity(lexicon):
    assert polarity_claims("Eczema is not caused by bacteria.", lexicon) == {
        ("bacteria", "causes", "eczema", True, False)
    }


def test_an_organism_is_read_only_as_a_cause(lexicon):
    assert not any(
        m.slug in ("bacteria", "viruses") for m in recognise("Take it for viruses and bacteria.", lexicon)[0]
    )


def test_the_infection_a_condition_is_said_to_be_is_the_condition_caused(lexicon):
    # "Y is an infection caused by X": X causes Y, not infections in general
    assert polarity_claims("Pneumonia is an infection caused by viruses or bacteria.", lexicon) == {
        ("pneumonia", "isA", "infections", False, False),
        ("viruses", "causes", "pneumonia", False, False),
        ("bacteria", "causes", "pneumonia", False, False),
    }


def test_a_treatment_named_as_a_cause_and_the_verbs_hedge_left_to_the_verb(lexicon):
    # "sometimes given for Y caused by X": the hedge is the use's; what causes Y is asserted
    text = "Granisetron is sometimes given for vomiting caused by radiotherapy."
    assert ("radiotherapy", "causes", "vomiting", False, False) in polarity_claims(text, lexicon)
    # a hedge of the cause itself stays: "may be caused by"
    assert polarity_claims("Mouth ulcers may be caused by chemotherapy.", lexicon) == {
        ("chemotherapy", "causes", "oral-ulcer", False, True)
    }
