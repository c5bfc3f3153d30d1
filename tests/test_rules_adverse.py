"""Adverse-effect constructions of issue 13 (recall): a drug as the verb's own subject ("X rarely causes Y", "it does
not cause Y": rules.yaml `adverse-verb`, check subject-next-to-cue). The sentences are invented from general
patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims


def effects(text, lexicon):
    return {(s, o, n) for s, p, o, n in claims(text, lexicon) if p == "hasAdverseEffect"}


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Ibuprofen rarely causes a headache.", False),
        ("Ibuprofen is more likely to cause nausea than paracetamol.", False),
        ("Ibuprofen does not cause drowsiness.", True),
        ("Ibuprofen doesn't cause drowsiness.", True),
    ],
)
def test_a_drug_that_causes_y_has_it_as_an_adverse_effect(text, negated, lexicon):
    found = effects(text, lexicon)
    assert any(s == "ibuprofen" and n == negated for s, _, n in found), found


def test_a_pronoun_right_before_the_verb_is_the_drug_in_focus(lexicon):
    found = effects("Ibuprofen is a painkiller. It does not cause drowsiness.", lexicon)
    assert ("ibuprofen", "somnolence", True) in found
    key = ("ibuprofen", "hasAdverseEffect", "somnolence", True)
    evidence = claims("Ibuprofen is a painkiller. It does not cause drowsiness.", lexicon)[key].evidence
    assert any(e.resolved_from == "It" for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause: the cause is the condition's, not the drug's
        "Ibuprofen treats arthritis, which causes pain.",
        # stopping a drug: what stopping causes is a withdrawal effect, not an adverse effect
        "Stopping clonazepam abruptly causes seizures.",
    ],
)
def test_a_cause_that_is_not_the_drugs_own_verb_is_no_adverse_effect(text, lexicon):
    assert not any(o in {"pain", "seizure"} for _, o, _ in effects(text, lexicon))


def test_a_drug_linked_to_a_condition_has_it_as_an_adverse_effect(lexicon):
    assert ("ibuprofen", "stevens-johnson-syndrome", False) in effects(
        "Very rarely, ibuprofen may be linked to Stevens-Johnson syndrome.", lexicon
    )


@pytest.mark.parametrize(
    ("text", "negated"),
    [("Ibuprofen is not an antibiotic.", True), ("It is not a benzodiazepine.", True)],
)
def test_a_drug_that_is_not_a_class_is_a_denied_class_membership(text, negated, lexicon):
    found = claims("Ibuprofen relieves pain. " + text, lexicon)
    assert any(s == "ibuprofen" and p == "isA" and n == negated for s, p, _, n in found), found
    assert not any(s == "ibuprofen" and p == "isA" and not n for s, p, _, n in found)


def test_an_apposition_defining_an_effect_is_not_another_effect(lexicon):
    found = effects("Ibuprofen can cause angioedema, a swelling of the face.", lexicon)
    assert ("ibuprofen", "angioedema", False) in found
    assert ("ibuprofen", "facial-edema", False) not in found
    # a list item after ", a" is still an effect
    assert ("ibuprofen", "fever", False) in effects("Ibuprofen can cause headache, a stiff neck and fever.", lexicon)


def test_what_an_effect_comes_with_is_not_another_effect(lexicon):
    found = effects("Rarely, ibuprofen can cause aseptic meningitis, with headache and fever.", lexicon)
    assert ("ibuprofen", "aseptic-meningitis", False) in found
    assert not any(o in {"headache", "fever"} for _, o, _ in found)
