"""Decision 0862: a condition described with its features where the text names it: "Y, a (rare but serious) reaction
with A and B", "Y, a condition of late pregnancy with A and B". The features are the condition's signs (disease-with);
"an infection with X" names its germ, no sign; a drug's own withdrawal reaction lists the drug's effects; a feature
the gloss denies ("a reaction with no fever") is a denied sign. Invented texts (other drugs, conditions and wording
than the development sets'), exact claim sets with polarity and hedge."""

from __future__ import annotations

from extracting import polarity_claims


def signs(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, bool]]:
    return polarity_claims(text, lexicon, "hasPhenotype")


def test_a_reaction_with_its_features(lexicon) -> None:
    text = (
        "# Linezolid at the sailing club\n\n"
        "It is not for anyone who has had serotonin syndrome, a rare but serious reaction with high fever, agitation "
        "and shivering.\n"
    )
    assert signs(text, lexicon) == {
        ("serotonin-syndrome", "hasPhenotype", "fever", False, False),
        ("serotonin-syndrome", "hasPhenotype", "agitation", False, False),
        ("serotonin-syndrome", "hasPhenotype", "shivering", False, False),
    }


def test_a_condition_of_a_time_with_its_features(lexicon) -> None:
    text = "# Notes\n\nEclampsia, a condition of late pregnancy with seizures and high blood pressure, is rare.\n"
    assert signs(text, lexicon) == {
        ("eclampsia", "hasPhenotype", "seizure", False, False),
        ("eclampsia", "hasPhenotype", "hypertension", False, False),
    }


def test_a_denied_feature(lexicon) -> None:
    text = "# Notes\n\nSertraline is not for anyone with serotonin syndrome, a reaction with no fever.\n"
    assert signs(text, lexicon) == {("serotonin-syndrome", "hasPhenotype", "fever", True, False)}


def test_no_sign_read(lexicon) -> None:
    for text in (
        # (an infection with its germ: what causes it, no sign)
        "# Notes\n\nLyme disease, an infection with a tick-borne germ, is spread by ticks.\n",
        # (the gloss is no kind of condition)
        "# Notes\n\nGout, the one with the swollen toe, is common.\n",
        # (a drug's own withdrawal reaction: the drug's effects)
        "# Notes\n\nStopping it can bring on a withdrawal syndrome, a reaction with anxiety and sweating.\n",
    ):
        assert signs(text, lexicon) == set(), text


def test_a_ruling_out_around_the_gloss_denies_no_sign(lexicon) -> None:
    text = (
        "# Notes\n\nIt is ruled out for anyone who has had serotonin syndrome, a reaction with high fever and "
        "shivering.\n"
    )
    assert signs(text, lexicon) == {
        ("serotonin-syndrome", "hasPhenotype", "fever", False, False),
        ("serotonin-syndrome", "hasPhenotype", "shivering", False, False),
    }


def test_signs_said_to_be_common_too_in_a_passage_about_the_illness(lexicon) -> None:
    text = (
        "# Notes for the choir\n\n## What is lupus?\n\nLupus is an illness in which the body's defences attack its own "
        "tissues. Many people get joint pain and a rash. Tiredness and fever are also very common.\n"
    )
    assert signs(text, lexicon) == {
        ("systemic-lupus-erythematosus", "hasPhenotype", "arthralgia", False, False),
        ("systemic-lupus-erythematosus", "hasPhenotype", "exanthema", False, False),
        ("systemic-lupus-erythematosus", "hasPhenotype", "fatigue", False, False),
        ("systemic-lupus-erythematosus", "hasPhenotype", "fever", False, False),
    }


def test_common_too_after_a_sentence_that_opened_with_the_illness(lexicon) -> None:
    text = "# Notes\n\nPsoriasis is a skin condition that comes and goes on the elbows. Itching is common too.\n"
    assert signs(text, lexicon) == {("psoriasis", "hasPhenotype", "pruritus", False, False)}


def test_common_too_gives_no_sign_of_an_illness_elsewhere(lexicon) -> None:
    for text in (
        # (under a heading of side effects: the drug's effects)
        "# Felodipine\n\nPossible side effects\nSwollen ankles are very common. Headache and flushing are common "
        "too.\n",
        # (no "too", "also" or "as well": no tie to the passage's signs)
        "# Notes\n\nGout is a painful swelling of a joint. Headache is common.\n",
        # (the illness itself said to be common)
        "# Notes\n\nPsoriasis is a skin condition. Psoriasis is common too.\n",
    ):
        assert signs(text, lexicon) == set(), text


def test_the_signs_of_an_illness_are_no_kind_of_it(lexicon) -> None:
    text = "# Notes\n\nThe main symptoms of shingles are a rash and fever.\n"
    found = polarity_claims(text, lexicon)
    assert {c for c in found if c[1] == "isA"} == set()
    assert signs(text, lexicon) == {
        ("herpes-zoster", "hasPhenotype", "exanthema", False, False),
        ("herpes-zoster", "hasPhenotype", "fever", False, False),
    }


def test_an_illness_defined_as_a_tendency_to_have_a_sign(lexicon) -> None:
    text = "# Notes for the drama group\n\nMigraine means a tendency to get bad headaches and feel sick.\n"
    assert signs(text, lexicon) == {
        ("migraine-disorders", "hasPhenotype", "headache", False, False),
        ("migraine-disorders", "hasPhenotype", "nausea", False, False),
    }


def test_no_tendency_read_without_the_definition(lexicon) -> None:
    for text in (
        "# Notes\n\nGout is not a tendency to have fever.\n",  # (a denied definition: no sign either way)
        "# Notes\n\nGout is a painful joint. A tendency to get fever is rare.\n",  # (no illness defined by it)
    ):
        assert signs(text, lexicon) == set(), text
