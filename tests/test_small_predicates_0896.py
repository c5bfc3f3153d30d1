"""Decision 0896: the smaller predicates at the text's grain. Pharmacokinetic values in number words past twelve and
with "and a half", half of a dose gone "N hours after a dose", the relief and one application as what starts or
lasts; the bone marrow as a site, and no site read from the first word of a compound or from a site's muscle; no kind
of a condition read where people with it are restricted; no binding of a target's kind in apposition or narrowed by
a name in capitals; a liquid suspension one oral suspension, and "forms a gel" no form. The sentences are
invented."""

from decimal import Decimal
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.number_words import value

OPENING = "Ruxolitinib is a tablet for myelofibrosis. "
#: what the opening sentence says, in every case
BASE = {
    ("ruxolitinib", "treats", "primary-myelofibrosis", False, "Asserted"),
    ("ruxolitinib", "hasFormulation", "tablet", False, "Asserted"),
}


def claims(sentence: str, lexicon: dict) -> set[tuple]:
    """Every claim of the opening and `sentence`: (subject, predicate, object, negated, certainty), with the
    (low, high, unit) of a pharmacokinetic value appended."""
    doc = Document("case", "Ruxolitinib", "case.txt", "", OPENING + sentence, Path("case.txt"))
    out = set()
    for c in extract_document(doc, lexicon).claims:
        row = (c.subject, c.predicate, c.object, c.negated, c.certainty)
        if c.predicate == "hasPharmacokineticValue":
            q = {k: v[0] for k, v in c.qualifiers}
            row += (q.get("minValue"), q.get("maxValue"), q.get("unit"))
        out.add(row)
    return out


def half_life(low: str, high: str, unit: str = "unit:HR") -> tuple:
    return ("ruxolitinib", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", Decimal(low),
            Decimal(high), unit)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # number words past twelve, a range of them, a compound ten and unit
        ("Its half-life is roughly fourteen to twenty hours.", {half_life("14", "20")}),
        ("Its half-life is around forty-eight hours.", {half_life("48", "48")}),
        # "and a half" after a number word
        ("It has a half-life of about two and a half days.", {half_life("2.5", "2.5", "unit:DAY")}),
        # half of the drug gone some hours after a dose
        ("Half of the medicine has left the body about eleven hours after a dose.", {half_life("11", "11")}),
        # (people leaving are no drug leaving the body)
        ("Half of the people had left the clinic about two hours after a dose.", set()),
        # a duration in a number word past twelve
        (
            "One dose lasts about eighteen hours.",
            {
                (
                    "ruxolitinib",
                    "hasPharmacokineticValue",
                    "duration-of-action",
                    False,
                    "Asserted",
                    Decimal(18),
                    Decimal(18),
                    "unit:HR",
                )
            },
        ),
    ],
)
def test_values_in_words(sentence, expected, lexicon):
    assert claims(sentence, lexicon) == BASE | expected


def pk(parameter: str, low, high, unit: str) -> tuple:
    return ("ruxolitinib", "hasPharmacokineticValue", parameter, False, "Asserted", low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the relief starts, one application lasts
        (
            "Relief usually starts within about ten minutes.",
            {pk("onset-of-action", Decimal(10), Decimal(10), "unit:MIN")},
        ),
        ("One application lasts about eight hours.", {pk("duration-of-action", Decimal(8), Decimal(8), "unit:HR")}),
        # (a condition that lasts is no value of the drug)
        ("If the swelling lasts more than a week, see a doctor.", set()),
    ],
)
def test_relief_and_one_application(sentence, expected, lexicon):
    assert claims(sentence, lexicon) == BASE | expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ruxolitinib works in the bone marrow.", {("ruxolitinib", "actsOn", "bone-marrow", False, "Asserted")}),
        # the first word of a compound, a site's muscle: no site
        ("It acts on the bone-forming cells.", set()),
        ("It works on the heart muscle.", set()),
        # the site word alone still places it
        ("It acts mainly on the bones.", {("ruxolitinib", "actsOn", "bone", False, "Asserted")}),
    ],
)
def test_sites(sentence, expected, lexicon):
    assert claims(sentence, lexicon) == BASE | expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a condition's kind where people with it are restricted: the restriction, no kind
        (
            "It must not be given to anyone with a serious active infection, such as shingles.",
            {
                ("ruxolitinib", "contraindicatedIn", "infections", False, "Asserted"),
                ("ruxolitinib", "contraindicatedIn", "herpes-zoster", False, "Asserted"),
            },
        ),
        # elsewhere the kind is still read
        (
            "Heart rhythm problems, such as atrial fibrillation, are common in older adults.",
            {("atrial-fibrillation", "isA", "cardiac-arrhythmias", False, "Asserted")},
        ),
    ],
)
def test_condition_kinds(sentence, expected, lexicon):
    assert claims(sentence, lexicon) == BASE | expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the kind in apposition to a named target: the named target only, or nothing where it is not read
        (
            "It latches on to TRPM8, an ion channel in the cold-sensing nerves.",
            {("ruxolitinib", "bindsTo", "trpm8", False, "Asserted")},
        ),
        ("Ruxolitinib binds to PARP, a repair enzyme that mends broken DNA.", set()),
        # a kind narrowed by a name in capitals right before it
        ("Ruxolitinib binds to the ALK tyrosine kinase in the tumour.", set()),
        # a kind with nothing narrowing it is bound
        ("It binds to the ion channel in the nerves.", {("ruxolitinib", "bindsTo", "ion-channel", False, "Asserted")}),
        (
            "It blocks tubulin, a protein the cells need to divide.",
            {("ruxolitinib", "bindsTo", "tubulin", False, "Asserted")},
        ),
    ],
)
def test_target_kinds(sentence, expected, lexicon):
    assert claims(sentence, lexicon) == BASE | expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It also comes as capsules and as a liquid suspension for children.",
            {
                ("ruxolitinib", "hasFormulation", "capsule", False, "Asserted"),
                ("ruxolitinib", "hasFormulation", "oral-suspension", False, "Asserted"),
            },
        ),
        ("In the gut it swells and forms a gel.", set()),
        ("It also comes as a liquid.", {("ruxolitinib", "hasFormulation", "oral-liquid", False, "Asserted")}),
    ],
)
def test_forms(sentence, expected, lexicon):
    assert claims(sentence, lexicon) == BASE | expected


def test_number_words():
    assert [value(w) for w in ("seventeen", "Ninety", "thirty-five", "sixty one", "hundred")] == [
        Decimal(17),
        Decimal(90),
        Decimal(35),
        Decimal(61),
        None,
    ]
