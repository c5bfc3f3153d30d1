"""Signs of a condition named in another sentence or a heading (decision 0749): the section of a heading that asks
about an illness ("## What is Y?", "What does Y feel like?"), a heading of its signs ("## Symptoms of Y"), and "The
main signs are A" after a sentence that names the condition with its cause. The sentences are invented (other
conditions, other wording than any development text); each test asserts the exact claim set, polarity and hedging
included, where extra output would be a bug."""

from extracting import markdown_claims, polarity_claims

from graph_build.text.condition_passage import ABOUT_HEADING, SYMPTOMS_HEADING
from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def test_who_feels_in_the_section_of_a_question_heading():
    text = "# Gout\n\n## What is gout?\n\nMany people get a fever during an attack. A few may notice nausea.\n"
    assert markdown_claims(LEXICON, text) == {
        ("gout", "hasPhenotype", "fever", False),
        ("gout", "hasPhenotype", "nausea", False),
    }


def test_hedge_of_the_sentence_is_kept():
    text = "What is gout?\n\nA few people may notice nausea.\n"
    assert polarity_claims(text, LEXICON) == {("gout", "hasPhenotype", "nausea", False, True)}


def test_a_denied_sign_gives_no_sign():
    text = "# Gout\n\n## What is gout?\n\nSome people do not get a fever. Most people have no rash.\n"
    assert markdown_claims(LEXICON, text) == set()


def test_a_sentence_about_a_drug_is_no_sign_of_the_condition():
    text = "# Gout\n\n## What is gout?\n\nAllopurinol lowers uric acid. Many people get a rash.\n"
    assert not any(c[1] == "hasPhenotype" for c in markdown_claims(LEXICON, text))


def test_another_heading_ends_the_section():
    text = "# Gout\n\n## What is gout?\n\nIt hurts.\n\n## Looking after yourself\n\nMany people get a fever.\n"
    assert markdown_claims(LEXICON, text) == set()


def test_a_heading_about_a_drug_owns_nothing():
    text = "# Colchicine\n\n## What is colchicine used for?\n\nMany people get a fever.\n"
    assert not any(c[1] == "hasPhenotype" for c in markdown_claims(LEXICON, text))


def test_a_sign_that_refers_back_is_not_read_again():
    text = "# Gout\n\n## What is gout?\n\nSome people feel the pain move to the other foot.\n"
    assert markdown_claims(LEXICON, text) == set()


def test_bullets_under_a_heading_of_signs():
    text = "# Gout\n\n## Symptoms of gout\n\n- sudden pain in a joint\n- a fever\n- rest the joint\n"
    assert markdown_claims(LEXICON, text) == {
        ("gout", "hasPhenotype", "pain", False),
        ("gout", "hasPhenotype", "fever", False),
    }


def test_main_signs_after_a_sentence_naming_the_condition_and_its_cause():
    text = "The nurse said gout comes from too much uric acid in the blood. The main signs are a fever and nausea.\n"
    assert polarity_claims(text, LEXICON) == {
        ("gout", "hasPhenotype", "fever", False, False),
        ("gout", "hasPhenotype", "nausea", False, False),
    }


def test_headings_that_ask_about_a_condition():
    assert ABOUT_HEADING.match("What is gout?") and ABOUT_HEADING.match("What does angina feel like?")
    assert ABOUT_HEADING.match("Part B: What is shingles?")
    assert not ABOUT_HEADING.match("Why gout matters")
    assert SYMPTOMS_HEADING.fullmatch("Symptoms of gout") and SYMPTOMS_HEADING.fullmatch("Early signs of a stroke")
    assert not SYMPTOMS_HEADING.fullmatch("Symptoms: what to look for")


def test_first_signs_after_starts_with():
    text = "Gout often begins with sudden pain in the big toe. Treatment of gout starts with rest.\n"
    assert polarity_claims(text, LEXICON) == {("gout", "hasPhenotype", "pain", False, False)}


def test_it_after_a_diagnosis_is_the_illness():
    text = "The doctor thinks your cough is bronchitis, an infection of the airways. It causes a fever and wheezing.\n"
    assert {c for c in polarity_claims(text, LEXICON) if c[1] == "hasPhenotype"} == {
        ("bronchitis", "hasPhenotype", "fever", False, False),
        ("bronchitis", "hasPhenotype", "wheezing", False, False),
    }


def test_a_class_is_no_diagnosis():
    text = "Your GP says gout is a joint disease. It causes pain.\n"
    assert not any(c[0] == "joint-diseases" for c in polarity_claims(text, LEXICON))


def test_a_hedge_opening_the_last_conjunct_hedges_it_only():
    text = "Your GP thinks the dizziness is labyrinthitis. It causes nausea and vomiting, and sometimes a fever.\n"
    assert {c for c in polarity_claims(text, LEXICON) if c[0] == "labyrinthitis"} == {
        ("labyrinthitis", "hasPhenotype", "nausea", False, False),
        ("labyrinthitis", "hasPhenotype", "vomiting", False, False),
        ("labyrinthitis", "hasPhenotype", "fever", False, True),
    }


def test_a_hedge_before_the_list_hedges_every_item():
    text = "Your GP thinks the dizziness is labyrinthitis. It may cause nausea, and sometimes a fever.\n"
    assert {c for c in polarity_claims(text, LEXICON) if c[0] == "labyrinthitis"} == {
        ("labyrinthitis", "hasPhenotype", "nausea", False, True),
        ("labyrinthitis", "hasPhenotype", "fever", False, True),
    }


def test_a_denied_sign_after_a_diagnosis_keeps_its_polarity():
    text = "Your GP thinks the dizziness is labyrinthitis. It does not cause a fever.\n"
    assert {c for c in polarity_claims(text, LEXICON) if c[0] == "labyrinthitis"} <= {
        ("labyrinthitis", "hasPhenotype", "fever", True, False)
    }
