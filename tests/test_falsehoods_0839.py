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


def test_a_heading_asking_what_a_drug_is_names_the_documents_drug(lexicon) -> None:
    # (oestrogen is named more often than the drug and no drug is in the title: the "What is X?" heading decides)
    text = (
        "# Riverside Choir: rehearsal notes\n\nSome singers asked about their tablets.\n\n"
        "## What is anastrozole?\n\nAnastrozole is a hormone therapy. It lowers oestrogen. Oestrogen feeds some "
        "tumours, and oestrogen is made in fat tissue. With less oestrogen, the tumour grows slowly.\n\n"
        "After the menopause the ovaries stop making oestrogen, but the body keeps making a little oestrogen.\n\n"
        "## Side effects you might see\n\n- hot flushes\n"
    )
    effects = {c for c in polarity_claims(text, lexicon) if c[1] == "hasAdverseEffect"}
    assert effects == {("anastrozole", "hasAdverseEffect", "hot-flashes", False, False)}
