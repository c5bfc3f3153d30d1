"""Decision 0909: the month "May" is no hedge ("Since May Tom has taken X for Y"), while a sentence's first "May"
stays one; a sentence opening "Nor is it ..." denies of what the "it" of the sentence before stood for, not of a drug
that sentence named after its "it". The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.months import month_mays
from graph_build.text.nor_clauses import it_stood_for, nor_it

claims = certainty_claims


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the month after a word that leads a time: asserted
        ("Since May Tom has taken allopurinol for his gout.\n", {("allopurinol", "treats", "gout", False, "Asserted")}),
        ("In May she started allopurinol for her gout.\n", {("allopurinol", "treats", "gout", False, "Asserted")}),
        # a date; the modal "may" of the same sentence still hedges
        (
            "From 3 May 2025 he took allopurinol for gout, and it may cause a rash.\n",
            {
                ("allopurinol", "treats", "gout", False, "Asserted"),
                ("allopurinol", "hasAdverseEffect", "exanthema", False, "Possible"),
            },
        ),
        # the modal stays a hedge; a question opening "May" states nothing
        (
            "Allopurinol may help gout.\n\nMay I take allopurinol for gout?\n",
            {("allopurinol", "treats", "gout", False, "Possible")},
        ),
    ],
)
def test_month_may_is_no_hedge(body, expected, lexicon):
    assert claims("Allopurinol for gout\n\n" + body, lexicon) == expected


def test_list_item_may_stays_a_hedge(lexicon):
    text = "Allopurinol\n\nSide effects\n\n- May cause a rash.\n"
    assert claims(text, lexicon) == {("allopurinol", "hasAdverseEffect", "exanthema", False, "Possible")}


def test_month_positions():
    assert month_mays(["He", "had", "two", "colds", "since", "May", "and", "a", "cough", "."]) == {5}
    assert month_mays(["Saturday", "10", "May", ":", "the", "club", "outing"]) == {2}
    assert month_mays(["-", "2", "May", ":", "the", "fair"]) == {2}  # a day number first: not the sentence's first word
    assert month_mays(["May", "2024", "was", "wet", "."]) == frozenset()  # the sentence's first word: left as it is
    assert month_mays(["Things", "You", "May", "Notice"]) == frozenset()  # a heading in title case
    assert month_mays(["Ask", "whether", "you", "may", "take", "it", "."]) == frozenset()


LETTER = "A letter to members\n\nOur treasurer takes methotrexate for his joints. It is taken once a week. "


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Nor is it": the first "it"'s drug, not the one named after it
        (
            "Do not confuse it with a painkiller: for a headache he still takes ibuprofen. Nor is it used for gout.\n",
            {("methotrexate", "treats", "gout", True, "Asserted")},
        ),
        # the sentence before has no "it": its named drug stays in focus, as before
        (
            "For a headache he still takes ibuprofen. Nor is it used for gout.\n",
            {("ibuprofen", "treats", "gout", True, "Asserted")},
        ),
    ],
)
def test_nor_it_keeps_the_referent(rest, expected, lexicon):
    assert claims(LETTER + rest, lexicon) == expected


def test_nor_helpers():
    assert nor_it("Nor does it help with sleep.") and nor_it("- Nor will it stop a cold.")
    assert not nor_it("Nor should anyone take it.") and not nor_it("It is not for gout, nor for pain.")
    assert it_stood_for("Do not take it with ibuprofen.", [19], "x") == "x"
    assert it_stood_for("Ibuprofen is not it.", [0], "x") is None
