"""Decision 0931: side-effect list items. "possibly / perhaps / maybe" right before an item's effect hedges that effect
(Possible) and no effect named before it; the people an item is about ("in people prone to Y") are no effect; an
illness named as its cells ("when cancer cells die") is no effect; a site ended by a verb ("in the mouth may ...")
narrows its condition. The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

LEAFLET = "Ciclosporin after a kidney transplant\n\nCiclosporin is taken twice a day.\n\nSide effects\n"


def effects(items: str, lexicon: dict) -> dict[str, tuple[bool, str]]:
    """The adverse effects of the leaflet's side-effect list `items`: object -> (negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + items + "\n", Path("case.txt"))
    found = [c for c in extract_document(doc, lexicon).claims if c.predicate == "hasAdverseEffect"]
    assert {c.subject for c in found} <= {"ciclosporin", "cyclosporine"}
    return {c.object: (c.negated, c.certainty) for c in found}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # a hedge word opening the item reaches its effects
        ("- Possibly a rash.\n", {"exanthema": (False, "Possible")}),
        ("- perhaps hair loss and a rash\n", {"alopecia": (False, "Possible"), "exanthema": (False, "Possible")}),
        # ... and the effect it stands before, not one named earlier in the item
        (
            "- Headache, and maybe a dry mouth\n",
            {"headache": (False, "Asserted"), "xerostomia": (False, "Possible")},
        ),
        (
            "- Headache and possibly dizziness\n",
            {"headache": (False, "Asserted"), "dizziness": (False, "Possible")},
        ),
        # a hedge of which effect is worst or commonest hedges no effect
        ("- Perhaps the worst one is headache.\n", {"headache": (False, "Asserted")}),
        # "possibly" after the effect, as before (decision 0867)
        ("- hair loss, possibly\n", {"alopecia": (False, "Possible")}),
        # (wheezing is HPO's Wheezing since decision 0932, not Respiratory Sounds)
        # the people an item is about: who, not an effect
        (
            "- Rarely, it may set off wheezing in children prone to asthma.\n",
            {"wheezing": (False, "Occasional")},
        ),
        ("- Wheezing, mainly in people susceptible to asthma.\n", {"wheezing": (False, "Asserted")}),
        (
            "- Rarely, it may set off wheezing and asthma.\n",
            {"wheezing": (False, "Occasional"), "asthma": (False, "Occasional")},
        ),
        # an illness named as its cells is no effect; an illness named as itself still is
        ("- Very rarely, as the tumour cells break down quickly, salts build up in the blood.\n", {}),
        ("- Rarely, when many cancer cells die at once, the kidneys may struggle.\n", {}),
        ("- Rarely, a second cancer.\n", {"second-primary-neoplasms": (False, "Occasional")}),
        # a site ended by its clause's verb narrows the condition as one ended by punctuation does
        ("- Ulcers in the mouth may appear.\n", {"oral-ulcer": (False, "Possible")}),
        ("- Bleeding in the eye is rare.\n", {"eye-hemorrhage": (False, "Occasional")}),
        ("- Scarring of the heart valves can happen.\n", {}),
        ("- A metallic taste in the mouth is common.\n", {"dysgeusia": (False, "Asserted")}),
    ],
)
def test_list_items(items: str, expected: dict, lexicon: dict) -> None:
    assert effects(items, lexicon) == expected
