"""Decision 0908: the form the drug in focus is taken as ("She takes it as a capsule"), the document's drug named
right before its form ("ivermectin tablets", "X (brand) cream"), "It is a film-coated tablet", EDQM's soft capsule,
and the time to peak in a person's blood ("the level in his blood peaks about 4 hours after a dose"). The sentences
are invented; each case asserts every claim the text gives (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(title: str, text: str, lexicon) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", title + "\n\n" + text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def form(subject: str, obj: str) -> tuple:
    return (subject, "hasFormulation", obj, False, "Asserted")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # form-taken-it: "it" is the drug in focus, taken as the form
        ("Anagrelide", "My father takes it as capsules, twice a day.", {form("anagrelide", "capsule")}),
        ("Anagrelide", "He takes it long-term, as film-coated tablets.", {form("anagrelide", "film-coated-tablet")}),
        ("Anagrelide", "She takes it as a single tablet at night.", {form("anagrelide", "tablet")}),
        # (the first form only: what it is taken "rather than" is not how it is taken)
        (
            "Riluzole",
            "Since the stroke he takes it as a liquid rather than tablets.",
            {form("riluzole", "oral-liquid")},
        ),
        # (a denial in the sentence: nothing is read)
        ("Anagrelide", "He does not take it as a tablet any more.", set()),
        # (another drug in the sentence: "it" may be either, nothing is read)
        ("Anagrelide", "Unlike aspirin, she takes it as a capsule.", set()),
        # soft capsules (EDQM: "Capsule, soft"), a modifier of capsules only
        ("Nintedanib", "It comes as soft capsules, taken with food.", {form("nintedanib", "soft-capsule")}),
        ("Nintedanib", "It comes as a small soft capsule.", {form("nintedanib", "soft-capsule")}),
        # form-compound: the drug named right before its form
        ("Ivermectin", "Her GP gave her ivermectin tablets last week.", {form("ivermectin", "tablet")}),
        ("Imiquimod", "Tom keeps imiquimod cream (brand name Aldara) in the fridge.", {form("imiquimod", "cream")}),
        ("Alverine", "The pharmacist handed over alverine citrate capsules.", {form("alverine", "capsule")}),
        ("Brimonidine", "Ann puts in brimonidine eye drops each night.", {form("brimonidine", "eye-drops")}),
        # (a denial in the sentence, a verb "drops", the site of an injection, a kind clause: no form read)
        ("Ivermectin", "Do not take ibuprofen tablets with it.", set()),
        ("Amlodipine", "Amlodipine drops the pressure slowly.", set()),
        ("Ivermectin", "Redness at the ivermectin injection site was mild.", set()),
        ("Ivermectin", "Ivermectin tablets that melt in the mouth are new.", set()),
        # (another drug's form named in passing; a head whose standard term names a route: no form read)
        ("Ivermectin", "Her sister takes warfarin tablets.", set()),
        ("Ivermectin", "Geoff wears an ivermectin patch.", set()),
        # form-copula: "It is" a form named with its modifiers
        ("Vericiguat", "It is a film-coated tablet.", {form("vericiguat", "film-coated-tablet")}),
        (
            "Vericiguat",
            "Vericiguat is a film-coated tablet taken once a day.",
            {form("vericiguat", "film-coated-tablet")},
        ),
        ("Vericiguat", "It is not a film-coated tablet.", set()),
    ],
)
def test_forms(title, text, expected, lexicon):
    assert claims(title, text, lexicon) == expected


def peak(subject: str) -> tuple:
    return (subject, "hasPharmacokineticValue", "time-to-peak-concentration", False, "Asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The level in his blood peaks about 4 hours after a dose.", {peak("darolutamide")}),
        ("The level of the drug in her blood peaks about two hours after a tablet.", {peak("darolutamide")}),
        ("It peaks in your blood within about an hour.", {peak("darolutamide")}),
        # (the level of another drug named: not the document's drug's)
        ("The level of lithium in the blood peaks about 4 hours after a dose.", set()),
    ],
)
def test_time_to_peak_in_a_persons_blood(text, expected, lexicon):
    found = {c for c in claims("Darolutamide", text, lexicon) if c[1] == "hasPharmacokineticValue"}
    assert found == expected
