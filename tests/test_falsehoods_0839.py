"""Decision 0839: falsehood classes of sealed39-42's one measurement (part D), fixed in general (exact claim sets on
invented sentences with other drugs, conditions and wording than the sets')."""

from __future__ import annotations

from extracting import polarity_claims

SIGNS = (
    "# Levodopa at the allotment\n\nLevodopa is taken by several of our gardeners.\n\n"
    "## What you might notice\n\nMultiple sclerosis affects the nerves. In the garden you may see:\n\n"
    "- numbness in the feet\n- blurred vision\n"
)


def test_a_list_led_by_a_sentence_about_the_illness_is_its_signs(lexicon) -> None:
    claims = polarity_claims(SIGNS, lexicon)
    assert not any(c[1] == "hasAdverseEffect" for c in claims)


def test_a_side_effect_list_under_the_same_heading_stays(lexicon) -> None:
    text = (
        "# Levodopa at the allotment\n\nLevodopa is taken by several of our gardeners.\n\n"
        "## What you might notice\n\nLevodopa is usually well tolerated. In the garden you may see:\n\n"
        "- headache\n"
    )
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "hasAdverseEffect"} == {
        ("levodopa", "hasAdverseEffect", "headache", False, False),
    }
