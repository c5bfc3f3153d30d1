"""Decision 0862: a condition described with its features where the text names it: "Y, a (rare but serious) reaction
with A and B", "Y, a condition of late pregnancy with A and B". The features are the condition's signs (disease-with);
"an infection with X" names its germ, no sign; a drug's own withdrawal reaction lists the drug's effects; a feature
the gloss denies ("a reaction with no fever") is a denied sign. Invented texts (other drugs, conditions and wording
than the development sets'), exact claim sets with polarity and hedge."""

from __future__ import annotations

from extracting import polarity_claims


def signs(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, bool]]:
    return {c for c in polarity_claims(text, lexicon) if c[1] == "hasPhenotype"}


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
