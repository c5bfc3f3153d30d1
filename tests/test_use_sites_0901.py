"""Decision 0901: an effect at the place a medicine went in or on is no effect of the whole body. Where a needle or pen
went in it is the vocabularies' injection-site reaction; where a cream, gel or patch went on no vocabulary names the
reaction, so nothing is said. A pain-kind word coordinated with a pain shares its part ("pain or discomfort in the
abdomen" is abdominal pain, not pain). The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

LEAFLET = "Etanercept for arthritis\n\nEtanercept is injected once a week.\n\nSide effects\n"


def effects(items: str, lexicon: dict) -> set[tuple[str, str, bool, str]]:
    """Every adverse-effect claim of the leaflet's side-effect list `items`: (subject, object, negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + items + "\n", Path("case.txt"))
    found = extract_document(doc, lexicon).claims
    return {(c.subject, c.object, c.negated, c.certainty) for c in found if c.predicate == "hasAdverseEffect"}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # the run before the place of an injection: one injection-site reaction
        (
            "- Swelling, soreness or itching where the needle went in is very common.\n",
            {("etanercept", "injection-site-reaction", False, "Asserted")},
        ),
        (
            "- Some people get redness where they injected it.\n",
            {("etanercept", "injection-site-reaction", False, "Occasional")},
        ),
        (
            "- Itching and pain at the injection site may happen.\n",
            {("etanercept", "injection-site-reaction", False, "Possible")},
        ),
        ("- Injection site pain.\n", {("etanercept", "injection-site-reaction", False, "Asserted")}),
        # the place a cream, gel or patch went on: no vocabulary names the reaction there, so nothing is said
        ("- Itching where it is rubbed in.\n", set()),
        ("- Most people get redness, peeling and flaking where the gel goes on.\n", set()),
        ("- Redness or itching where the patch was.\n", set()),
        ("- Burning and redness of the treated skin.\n", set()),
        # an earlier member that is no sign of the skin keeps its own reading
        (
            "- Headache, and redness where the needle went in.\n",
            {
                ("etanercept", "headache", False, "Asserted"),
                ("etanercept", "injection-site-reaction", False, "Asserted"),
            },
        ),
        # a place not right after the effect changes nothing
        ("- A rash away from where you put the gel.\n", {("etanercept", "exanthema", False, "Asserted")}),
        ("- Itching that spreads.\n", {("etanercept", "pruritus", False, "Asserted")}),
        # a denial stays a denial
        (
            "- It does not cause redness where the needle went in.\n",
            {("etanercept", "injection-site-reaction", True, "Asserted")},
        ),
    ],
)
def test_effects_at_the_place_of_use(items, expected, lexicon):
    assert effects(items, lexicon) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ("- Pain or discomfort in the belly.\n", {("etanercept", "abdominal-pain", False, "Asserted")}),
        ("- Pain and stiffness in the joints.\n", {("etanercept", "arthralgia", False, "Asserted")}),
        (
            "- Back pain or pain in the legs.\n",
            {("etanercept", "back-pain", False, "Asserted"), ("etanercept", "pain-in-limb", False, "Asserted")},
        ),
        # no part after the pair: each as written
        ("- Pain or discomfort.\n", {("etanercept", "pain", False, "Asserted")}),
    ],
)
def test_pain_shares_its_part(items, expected, lexicon):
    assert effects(items, lexicon) == expected
