"""Decision 0798: general patterns a probe of invented sentences found unread or misread (exact claim sets).

"The signs of Y are A and B" names A and B as Y's signs even when they are gerunds (wheezing, vomiting): the cue
"are" is refused only before a verb of the progressive ("are getting worse"), not before any word in -ing.
"""

from __future__ import annotations

import pytest
from extracting import named_claims

from ontology.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_signs_named_by_gerunds_after_are(lexicon) -> None:
    text = "The usual signs of flu are shivering, coughing and a high temperature.\n"
    assert named_claims(text, lexicon) == {
        ("human-influenza", "hasPhenotype", "shivering", False),
        ("human-influenza", "hasPhenotype", "cough", False),
        ("human-influenza", "hasPhenotype", "fever", False),
    }
    text = "The commonest side effects of tramadol are sweating and itching.\n"
    assert named_claims(text, lexicon) == {
        ("tramadol", "hasAdverseEffect", "hyperhidrosis", False),
        ("tramadol", "hasAdverseEffect", "pruritus", False),
    }


def test_a_progressive_verb_after_are_is_no_list_of_signs(lexicon) -> None:
    assert named_claims("Symptoms of asthma are getting worse at night for many children.\n", lexicon) == set()
    assert named_claims("Side effects of naproxen are becoming less common with newer tablets.\n", lexicon) == set()
