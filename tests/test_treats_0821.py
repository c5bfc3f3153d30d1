"""Decision 0821 (what the drug is for, second pass on new text): "chronic hives" by name, a list of uses ended by a
clause of how the drug is taken, a rank after a condition fronted inside the sentence ("..., and for Y in women it is
one of the first choices"), a rank naming the condition before its agent ("The usual first choice for Y is X"), and
the usual start of treatment for a group with the condition ("Most people with Y start on a C such as Z, and X is kept
for those whom that has not helped"). Invented sentences (other drugs, other conditions), exact claim sets with
polarity and hedging: any extra claim would be a bug."""

from __future__ import annotations

import pytest
from extracting import claims, polarity_claims

from ontology.lexicon import load_lexicon

T = "treats"
CASES = [
    # "chronic hives" is chronic urticaria; the list of uses ends at a clause of how the drug is taken
    (
        "This leaflet is about cetirizine. It is the first treatment for chronic hives, and it is taken every day for "
        "months, not just when a rash appears.",
        {("cetirizine", T, "chronic-urticaria", False, False)},
    ),
    ("Loratadine can be used for chronic hives.", {("loratadine", T, "chronic-urticaria", False, False)}),
    (
        "This leaflet is about cetirizine. It is the first treatment for hives, and it is given once a day, usually "
        "when an itchy rash appears.",
        {("cetirizine", T, "urticaria", False, False)},
    ),
    # a rank after a condition fronted inside the sentence, with the group it is named for
    (
        "This leaflet is about nitrofurantoin. It is cheap, and for cystitis in women it is one of the first choices.",
        {("nitrofurantoin", T, "cystitis", False, False)},
    ),
    # ... ranked down, never denied
    (
        "This leaflet is about terbinafine. It is sold in pharmacies, and for ringworm it is not usually the first "
        "choice.",
        {("terbinafine", T, "tinea", False, False)},
    ),
    # ... only a rank is read there: a dose, a denial, a population give nothing
    ("This leaflet is about terbinafine. It is sold in pharmacies, and for ringworm it is used twice a day.", set()),
    ("This leaflet is about terbinafine. It is sold in pharmacies, and for ringworm it is not a treatment.", set()),
    ("This leaflet is about nitrofurantoin. It is cheap, and in pregnancy it is one of the first choices.", set()),
    # a rank naming the condition before its agent
    (  # (and the form named with the drug: decision 0908)
        "The usual first choice for impetigo is fusidic acid cream.",
        {("fusidic-acid", T, "impetigo", False, False), ("fusidic-acid", "hasFormulation", "cream", False, False)},
    ),
    ("The main treatment for gout is allopurinol.", {("allopurinol", T, "gout", False, False)}),
    (
        "The usual first antibiotic for a chest infection is amoxicillin.",
        {("amoxicillin", T, "respiratory-tract-infections", False, False)},
    ),
    # ... never who it is for, never a denial
    ("The first choice for most people is sertraline.", set()),
    ("The usual first choice for people with asthma is salbutamol.", set()),
    ("The main treatment for gout is not allopurinol.", set()),
    # a class's examples as the subject: each example's use (denied or asserted), not only the nearest's
    (
        "Ordinary painkillers such as paracetamol and ibuprofen do not work for migraine.",
        {
            ("acetaminophen", T, "migraine-disorders", True, False),
            ("ibuprofen", T, "migraine-disorders", True, False),
            ("acetaminophen", "isA", "analgesic", False, False),
        },
    ),
    (
        "Painkillers such as paracetamol and ibuprofen are used for headache.",
        {
            ("acetaminophen", T, "headache", False, False),
            ("ibuprofen", T, "headache", False, False),
            ("acetaminophen", "isA", "analgesic", False, False),
        },
    ),
    # ... and a class's one example right before the cue
    ("Creams such as permethrin are tried first for scabies.", {("permethrin", T, "scabies", False, False)}),
    (
        "Creams such as permethrin are not used for head lice.",
        {("permethrin", T, "lice-infestations", True, False)},
    ),
    (
        "Unlike creams such as permethrin, ivermectin is used for scabies.",
        {("ivermectin", T, "scabies", False, False)},
    ),
    # a rank by a participle of choosing: its "not" ranks the use down, never denies it
    ("Permethrin is not usually tried first for scabies.", {("permethrin", T, "scabies", False, False)}),
    ("Permethrin is not used for scabies.", {("permethrin", T, "scabies", True, False)}),
    # the usual start of treatment for a group with the condition, and what is kept for later
    (
        "Most people with epilepsy start on a common medicine such as lamotrigine, and clobazam is kept for those whom "
        "that has not helped.",
        {("lamotrigine", T, "seizure-disorder", False, False), ("clobazam", T, "seizure-disorder", False, False)},
    ),
    (
        "Most adults with angina start on a beta blocker or a calcium channel blocker.",
        {
            ("beta-blocker", T, "angina-pectoris", False, False),
            ("calcium-channel-blocker", T, "angina-pectoris", False, False),
        },
    ),
    (
        "Most people with migraine start on ibuprofen, and sumatriptan is added when that has not been enough.",
        {("ibuprofen", T, "migraine-disorders", False, False), ("sumatriptan", T, "migraine-disorders", False, False)},
    ),
    # ... a later drug with no word of failure is not read; a dose, a denial, a modal give nothing
    (
        "Most people with epilepsy start on lamotrigine, and clobazam is added later.",
        {("lamotrigine", T, "seizure-disorder", False, False)},
    ),
    ("Most people with gout start on a low dose of allopurinol.", set()),
    ("Most people with gout do not start on allopurinol.", set()),
    ("Most people with asthma can start on montelukast.", set()),
]


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return load_lexicon()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exact_claims(lexicon: dict, text: str, expected: set) -> None:
    assert polarity_claims(text, lexicon) == expected


STATUSES = [
    # the use statuses the golds write for a rank, a start and what is kept for a failure
    (
        "This leaflet is about nitrofurantoin. It is cheap, and for cystitis in women it is one of the first choices.",
        ("nitrofurantoin", "cystitis"),
        ("PrimaryUse",),
    ),
    (
        "This leaflet is about terbinafine. It is sold in pharmacies, and for ringworm it is not usually the first "
        "choice.",
        ("terbinafine", "tinea"),
        ("NotFirstLine",),
    ),
    ("The usual first choice for impetigo is fusidic acid cream.", ("fusidic-acid", "impetigo"), ("PrimaryUse",)),
    (
        "The usual first antibiotic for a chest infection is amoxicillin.",
        ("amoxicillin", "respiratory-tract-infections"),
        ("PrimaryUse",),
    ),
    (
        "Most people with migraine start on ibuprofen, and sumatriptan is added when that has not been enough.",
        ("ibuprofen", "migraine-disorders"),
        ("PrimaryUse",),
    ),
    (
        "Most people with migraine start on ibuprofen, and sumatriptan is added when that has not been enough.",
        ("sumatriptan", "migraine-disorders"),
        ("ReservedAfterFailure",),
    ),
]


STATUSES += [
    # the first treatment for Y is its primary use
    (
        "This leaflet is about cetirizine. It is the first treatment for chronic hives.",
        ("cetirizine", "chronic-urticaria"),
        ("PrimaryUse",),
    ),
    (
        "This leaflet is about cetirizine. It is not the first treatment for chronic hives.",
        ("cetirizine", "chronic-urticaria"),
        ("NotFirstLine",),
    ),
    ("Creams such as permethrin are tried first for scabies.", ("permethrin", "scabies"), ("PrimaryUse",)),
    ("Permethrin is not usually tried first for scabies.", ("permethrin", "scabies"), ("NotFirstLine",)),
    # kept for a failure, in the pronoun's own clause
    (
        "Moclobemide is an antidepressant. It is used for depression, and it is kept for those whom other medicines "
        "have not helped.",
        ("moclobemide", "depression"),
        ("ReservedAfterFailure",),
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # another drug's "kept for when" after ", and" is not this use's status; nor who may not take the first one
        "Permethrin cream is tried first for scabies, and ivermectin tablets are kept for when the creams have failed.",
        "Clindamycin is used for cellulitis; it is kept for people who cannot have penicillin.",
    ],
)
def test_no_status_from_another_clause(lexicon: dict, text: str) -> None:
    found = [c for c in claims(text + "\n", lexicon).values() if c.predicate == T]
    assert found
    assert all("ReservedAfterFailure" not in dict(c.qualifiers).get("useStatus", ()) for c in found)


@pytest.mark.parametrize(("text", "pair", "statuses"), STATUSES)
def test_use_statuses(lexicon: dict, text: str, pair: tuple, statuses: tuple) -> None:
    claim = claims(text + "\n", lexicon)[(pair[0], T, pair[1], False)]
    assert dict(claim.qualifiers)["useStatus"] == statuses
