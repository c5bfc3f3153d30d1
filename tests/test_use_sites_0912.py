"""Decision 0912: an effect at the place a medicine went in or on is no effect of the whole body. Where a needle or pen
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
        # a possessive before the part
        ("- A few people get pain in their legs.\n", {("etanercept", "pain-in-limb", False, "Occasional")}),
        # no part after the pair: each as written
        ("- Pain or discomfort.\n", {("etanercept", "pain", False, "Asserted")}),
    ],
)
def test_pain_shares_its_part(items, expected, lexicon):
    assert effects(items, lexicon) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # a site no vocabulary composes with the condition: nothing rather than the bare condition
        ("- Very rarely, osteonecrosis of the jaw.\n", set()),
        ("- Rarely, scarring of the bone marrow.\n", set()),
        # a composed kind is named whole
        ("- Pain in the jaw.\n", {("etanercept", "jaw-pain", False, "Asserted")}),
        # the site's word elsewhere changes nothing
        ("- Headache; see a dentist before work on the jaw.\n", {("etanercept", "headache", False, "Asserted")}),
    ],
)
def test_jaw_and_marrow_are_sites(items, expected, lexicon):
    assert effects(items, lexicon) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # the signs an event comes with are its own, no effects of the drug's
        (
            "- Rarely, it may cause pancreatitis, with severe tummy pain and vomiting.\n",
            {("etanercept", "pancreatitis", False, "Occasional")},
        ),
        (
            "- Very rarely, a serious allergic reaction with a swollen tongue and trouble breathing.\n",
            {("etanercept", "anaphylaxis", False, "Occasional")},
        ),
        # an event the vocabularies do not name leaves no claim, not its signs as effects
        ("- Rarely, a nasty skin reaction with blisters and a fever.\n", set()),
        # a symptom is no event with signs; "with" of another kind changes nothing
        (
            "- A headache with nausea.\n",
            {("etanercept", "headache", False, "Asserted"), ("etanercept", "nausea", False, "Asserted")},
        ),
        (
            "- Take it with food, as it can cause vomiting.\n",
            {("etanercept", "vomiting", False, "Asserted")},
        ),
    ],
)
def test_signs_of_an_event(items, expected, lexicon):
    assert effects(items, lexicon) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # a clot placed in the leg or the lungs is the vocabularies' kind of it, never a clot anywhere
        (
            "- Rarely, a blood clot in the leg or the lungs.\n",
            {
                ("etanercept", "venous-thrombosis", False, "Occasional"),
                ("etanercept", "pulmonary-embolism", False, "Occasional"),
            },
        ),
        ("- Blood clots in the lungs.\n", {("etanercept", "pulmonary-embolism", False, "Asserted")}),
        # the denial reaches both
        (
            "- It does not raise the risk of blood clots in the legs or lungs.\n",
            {
                ("etanercept", "venous-thrombosis", True, "Asserted"),
                ("etanercept", "pulmonary-embolism", True, "Asserted"),
            },
        ),
        # a clot placed elsewhere, or nowhere, is read as before
        ("- Blood clots.\n", {("etanercept", "thrombosis", False, "Asserted")}),
    ],
)
def test_a_placed_clot(items, expected, lexicon):
    assert effects(items, lexicon) == expected
