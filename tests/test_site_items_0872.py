"""A sensation and a site in a side-effect list item (decision 0872), on invented list items with other drugs, sites
and wording (exact claim sets, polarity included).

1. "burn" / "burns" as a verb of feeling ("may sting or burn", "burns for a moment", "burns when you pee") is no
   injury: no claim of burns; the noun ("minor burns and scalds") still is.
2. An effect at the place the medicine went in or on ("where the needle went in", "where a patch has been", "at the
   injection site") is an injection-site or application-site reaction no vocabulary of the lexicon names: the bare
   sign is claimed with a doubt (`doubts.coarse`), so it never stands in the top band.
"""

from __future__ import annotations

import pytest
from extracting import markdown_claims

from graph_build.text.doubts import coarse


def _effects(drug: str, item: str) -> str:
    return f"# {drug.title()} for a test\n\n## Side effects\n\n- {item}\n"


@pytest.mark.parametrize(
    "drug, item, expected",
    [
        ("timolol", "Your eyes may burn a little after each drop.", set()),
        ("timolol", "The solution often stings or burns for a few seconds.", set()),
        ("nitrofurantoin", "It sometimes burns when you pee at first.", set()),
        ("nitrofurantoin", "Headache, and it can burn or itch when you pass urine.", {"headache"}),
        ("silver sulfadiazine", "Pain in minor burns and scalds.", {"burns", "pain"}),
    ],
)
def test_a_felt_burn_is_no_injury(lexicon: dict, drug: str, item: str, expected: set) -> None:
    found = {c for c in markdown_claims(lexicon, _effects(drug, item)) if c[1] == "hasAdverseEffect"}
    assert {c[2] for c in found} == expected
    assert not any(c[3] for c in found)


@pytest.mark.parametrize(
    "text, name, slug",
    [
        ("- Soreness or itching where the injection was given.", "itching", "pruritus"),
        ("- Redness where a plaster has been stuck on the arm.", "Redness", "erythema"),
        ("- A rash at the injection site.", "rash", "exanthema"),
        ("- Pain, swelling or redness where it was injected.", "Pain", "pain"),
        ("- Itching where the gel is rubbed in.", "Itching", "pruritus"),
    ],
)
def test_an_effect_at_a_site_of_use_is_doubted(text: str, name: str, slug: str) -> None:
    start = text.index(name)
    assert coarse(text, (start, start + len(name), slug, "Symptom"), [])


@pytest.mark.parametrize(
    "text, name, slug",
    [
        ("- Itching all over the body.", "Itching", "pruritus"),
        ("- Headache, and soreness where the needle went in.", "Headache", "headache"),
        ("- Redness. Where the cream goes, wash your hands after.", "Redness", "erythema"),
    ],
)
def test_an_effect_elsewhere_is_not(text: str, name: str, slug: str) -> None:
    start = text.index(name)
    assert not coarse(text, (start, start + len(name), slug, "Symptom"), [])


def test_the_site_items_keep_their_signs(lexicon: dict) -> None:
    # (since decision 0912 the signs where a pen or needle went in are read as the vocabularies' injection-site
    # reaction, no bare sign of the whole body)
    text = _effects("adalimumab", "Redness, pain or bruising where the pen went in.")
    found = {c for c in markdown_claims(lexicon, text) if c[1] == "hasAdverseEffect"}
    assert {c[2] for c in found} == {"injection-site-reaction"} and not any(c[3] for c in found)
