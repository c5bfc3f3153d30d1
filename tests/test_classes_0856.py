"""What kind of medicine it is on new text (decision 0856).

A class narrowed by its group ("a diuretic of the thiazide-like group", "an antibiotic of the penicillin family") is
the narrower class, the group's words before the class's as the text would write it the other way round; a vague
group ("of the same type") or a group that is a class of its own ("of the SSRI type") is no narrowing. A brand name
in brackets between a drug and its class in apposition ("X (brand name B), a Y") leaves the apposition X's. A
comparison or a combined use stays no membership. Invented sentences (other drugs), exact claim sets.
"""

from __future__ import annotations

import pytest
from extracting import plain_claims

claims = plain_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class narrowed by its group: the narrower class only
        (
            "Indapamide is a diuretic of the thiazide-like group.\n",
            {("indapamide", "isA", "thiazide-like-diuretic", False)},
        ),
        (
            "Amoxicillin is an antibiotic of the penicillin family.\n",
            {("amoxicillin", "isA", "penicillin-antibiotic", False)},
        ),
        (
            "Cefalexin is an antibiotic of the cephalosporin class, used for skin infections.\n",
            {("cephalexin", "isA", "cephalosporin-antibiotic", False)},
        ),
        # (a drug's name as the group is the family's, no drug of its own in the claims)
        (
            "Rifampicin is an antibiotic of the rifamycin group, and it can make the pill less effective.\n",
            {("rifampin", "isA", "rifamycin-antibiotic", False)},
        ),
        # the denial keeps its polarity at the narrower grain
        (
            "Indapamide is not a diuretic of the thiazide-like group.\n",
            {("indapamide", "isA", "thiazide-like-diuretic", True)},
        ),
        # a comparison before the statement names no class of the other drug
        (
            "Unlike furosemide, indapamide is a diuretic of the thiazide-like group.\n",
            {("indapamide", "isA", "thiazide-like-diuretic", False)},
        ),
        # a vague group, a group that is a class itself: no composed class
        ("Torasemide is a diuretic of the same type.\n", {("torsemide", "isA", "diuretic", False)}),
        (
            "Sertraline is an antidepressant of the SSRI type.\n",
            {
                ("sertraline", "isA", "antidepressant", False),
                ("sertraline", "isA", "selective-serotonin-reuptake-inhibitor", False),
            },
        ),
        # no class statement: nobody's class
        ("Doctors prescribe an antibiotic of the penicillin family for tonsillitis.\n", set()),
    ],
)
def test_class_narrowed_by_its_group(text: str, expected: set, lexicon) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand name in brackets between the drug and its class in apposition
        (
            "Maria takes bumetanide (brand name Burinex), a loop diuretic.\n",
            {("bumetanide", "isA", "sodium-potassium-chloride-symporter-inhibitor", False)},
        ),
        (
            "His doctor added indapamide (brand name Zorblex), a thiazide-like diuretic.\n",
            {("indapamide", "isA", "thiazide-like-diuretic", False)},
        ),
        (
            "Tom takes donepezil (Aricept), a cholinesterase inhibitor, at night.\n",
            {("donepezil", "isA", "cholinesterase-inhibitor", False)},
        ),
        # a bracket that is no name (a dose) is no brand: the apposition is not read across it
        ("Tom takes donepezil (10 mg), a cholinesterase inhibitor, at night.\n", set()),
        # a combined use is no class
        ("Take amlodipine (brand name Istin) with a diuretic.\n", set()),
    ],
)
def test_brand_name_before_an_apposition(text: str, expected: set, lexicon) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class by its adjective, then the form it comes in, then its examples
        (
            "Some antifungal tablets, such as fluconazole, can raise the level of simvastatin.\n",
            {
                ("fluconazole", "isA", "antifungal-agent", False),
                ("fluconazole", "interactsWith", "simvastatin", False),
            },
        ),
        (
            "Antihistamine tablets such as cetirizine can help the itch.\n",
            {("cetirizine", "isA", "antihistamine", False)},
        ),
        # no drug right after the cue: the drug far after it is no example
        ("Antifungal tablets such as some newer ones can raise the level of simvastatin.\n", set()),
        # a second class with its own examples is no member of the first
        (
            "Diuretic tablets such as bendroflumethiazide and ACE inhibitors such as ramipril can both lower"
            " potassium.\n",
            {
                ("bendroflumethiazide", "isA", "diuretic", False),
                ("ramipril", "decreases", "potassium", False),
            },
        ),
        # a few words before the first drug stay the example's own
        (
            "Drugs that need acid, such as the antifungal itraconazole, are absorbed less.\n",
            {("itraconazole", "isA", "antifungal-agent", False)},
        ),
    ],
)
def test_examples_of_a_class_in_tablets(text: str, expected: set, lexicon) -> None:
    assert claims(text, lexicon) == expected
