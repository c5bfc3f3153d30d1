"""Decision 0782: saying more about populations and lists, with invented sentences (exact claim sets).

A population restricted by a stated part of pregnancy or by a wish for a child is never the bare population; a list
of signs belongs to the condition its lead is about, never to one the text names only to deny it.
"""

from __future__ import annotations

import pytest
from extracting import named_claims

from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_a_list_of_signs_belongs_to_the_condition_its_lead_is_about_not_a_denied_one(lexicon) -> None:
    text = (
        "Why do older men have trouble passing urine?\n"
        "With age the prostate gland often gets bigger. This is called benign prostatic hyperplasia. "
        "It is not prostate cancer.\n\n"
        "The usual signs are:\n- a weak flow of urine\n- getting up at night to pass urine\n"
    )
    assert named_claims(text, lexicon, "tamsulosin") == {("prostatic-hyperplasia", "hasPhenotype", "nocturia", False)}
    text = (
        "Gout is a kind of arthritis. It is not an infection.\n\n"
        "Typical symptoms are:\n- sudden joint pain\n- swelling of the big toe\n"
    )
    claims = named_claims(text, lexicon, "colchicine")
    assert claims and {c[0] for c in claims if c[1] == "hasPhenotype"} == {"gout"}
