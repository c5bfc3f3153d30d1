"""A condition's signs on new text (decision 0805): "It causes A and B" in the section of a heading that asks what an
illness is, after sentences that opened otherwise, is the illness's; a bare "pain" followed by where it is felt is
no sign of its own. The sentences are invented (other conditions, other drugs, other wording than any development
text); each test asserts the exact claim set, polarity and hedging included, where extra output would be a bug."""

from extracting import markdown_claims, polarity_claims

from graph_build.text.condition_passage import placed_pain
from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def test_it_causes_in_the_section_of_a_what_is_heading():
    text = "## What is gout?\n\nOlder people get it more often.\n\nIt causes severe pain and redness."
    assert polarity_claims(text, LEXICON) == {
        ("gout", "hasPhenotype", "pain", False, False),
        ("gout", "hasPhenotype", "erythema", False, False),
    }
    plain = "What is shingles?\nOlder people get it more often.\nIt may cause blisters and a fever."
    assert polarity_claims(plain, LEXICON) == {
        ("herpes-zoster", "hasPhenotype", "blister", False, True),
        ("herpes-zoster", "hasPhenotype", "fever", False, True),
    }


def test_a_denied_sign_keeps_its_polarity():
    text = "What is shingles?\nOlder people get it more often.\nIt does not usually cause a fever."
    assert polarity_claims(text, LEXICON) == {("herpes-zoster", "hasPhenotype", "fever", True, False)}


def test_once_a_medicine_is_named_it_is_the_medicine():
    text = "What is shingles?\nValaciclovir is an antiviral tablet.\nIt causes headaches and nausea."
    assert polarity_claims(text, LEXICON) == {("valacyclovir", "isA", "antiviral-agent", False, False)}
    unnamed = "What is gout?\nThe usual treatment is a tablet taken once a day.\nIt causes a rash in some people."
    assert {c for c in polarity_claims(unnamed, LEXICON) if c[1] == "hasPhenotype"} == set()
    other = "## What is gout?\n\nOlder people get it more often.\n\n## Taking the tablets\n\nIt causes a rash."
    assert ("gout", "hasPhenotype", "exanthema", False, False) not in polarity_claims(other, LEXICON)


def test_a_heading_that_asks_about_no_illness_gives_no_owner():
    text = "## What is it used for?\n\nOlder people get it more often.\n\nIt causes severe pain."
    assert {c for c in polarity_claims(text, LEXICON) if c[1] == "hasPhenotype"} == set()


def test_a_bare_pain_with_its_place_is_no_sign():
    assert placed_pain("- pain just below the ribs", (2, 6, "pain", "Symptom"))
    assert placed_pain("any pain under the ribs on the right", (4, 8, "pain", "Symptom"))
    assert not placed_pain("- a headache behind the eyes", (4, 12, "headache", "Symptom"))
    assert not placed_pain("- pain when you pass urine", (2, 6, "pain", "Symptom"))
    listed = "Signs of gallstones to look out for:\n\n- pain high up under the ribs\n- a fever\n"
    assert polarity_claims(listed, LEXICON) == {("gallstones", "hasPhenotype", "fever", False, False)}
    sign_of = "Pain just under the ribs on the right can be a sign of hepatitis."
    assert {c for c in polarity_claims(sign_of, LEXICON) if c[1] == "hasPhenotype"} == set()
    plain = "Pain can be a sign of hepatitis."
    assert polarity_claims(plain, LEXICON) == {("hepatitis", "hasPhenotype", "pain", False, False)}


def _markdown(text: str) -> set[tuple]:
    return markdown_claims(LEXICON, text)


def test_a_heading_of_signs_naming_no_condition_takes_the_illness_the_text_was_about():
    text = (
        "# Gout and allopurinol\n\n## About gout\n\nGout starts when crystals build up in a joint.\n\n"
        "## Signs to look out for\n\n- a fever\n- a rash, which can leave scars\n"
    )
    assert _markdown(text) == {
        ("gout", "hasPhenotype", "fever", False),
        ("gout", "hasPhenotype", "exanthema", False),
    }
    watch = (
        "# Gout\n\n## About gout\n\nGout starts when crystals build up in a joint.\n\n"
        "**What you may notice:**\n\n- a fever\n- joint pain\n"
    )
    assert _markdown(watch) == {("gout", "hasPhenotype", "fever", False), ("gout", "hasPhenotype", "arthralgia", False)}


def test_no_owner_after_an_agent_or_under_side_effects():
    agent = (
        "# Gout and allopurinol\n\n## About gout\n\nGout starts when crystals build up in a joint. Allopurinol lowers "
        "uric acid.\n\n## Signs to look out for\n\n- a fever\n"
    )
    assert {c for c in _markdown(agent) if c[1] == "hasPhenotype"} == set()
    effects = "# Gout\n\nGout starts when crystals build up in a joint.\n\n## Side effects\n\n- a fever\n"
    assert {c for c in _markdown(effects) if c[1] == "hasPhenotype"} == set()


def test_a_bullet_that_opens_with_a_denial_keeps_it():
    text = "Signs of thrush:\n- no itching or soreness in many women\n- a fever\n"
    assert polarity_claims(text, LEXICON) == {
        ("candidiasis", "hasPhenotype", "pruritus", True, False),
        ("candidiasis", "hasPhenotype", "fever", False, False),
    }
    contrast = "Signs of thrush:\n- not a fever, but itching\n"
    assert polarity_claims(contrast, LEXICON) == {("candidiasis", "hasPhenotype", "pruritus", False, False)}
