"""Signs of conditions left over after decisions 0740 and 0749 (decision 0759): lay wordings of signs the
vocabularies name only formally (getting up at night to pass urine, an urge to pass urine, black tarry stools,
protein in the urine, rigid muscles, sweats, finding it hard to fall asleep, waking too early, a tight chest), a
heading or a line of its own that says what a condition looks or feels like and the bullets under it, a bullet's
opening "Sometimes" for the sign its closing bracket names, and "People with it" after a sentence naming the
condition. The sentences are invented (other conditions, other drugs, other wording than any development text);
each test asserts the exact claim set, polarity and hedging included, where extra output would be a bug."""

from extracting import markdown_claims, polarity_claims

from graph_build.text.condition_passage import SYMPTOMS_HEADING, signs_line_condition
from graph_build.text.normalise import normalise
from graph_build.text.recognise import recognise
from graph_build.text.units import Unit
from ontology.lexicon import load_lexicon

LEXICON = load_lexicon()


def named(text: str) -> list[tuple[str, str]]:
    """(words, slug) of each mention the recogniser finds in `text`."""
    return [(m.text, m.slug) for m in recognise(normalise(text).text, LEXICON)[0]]


def test_lay_wordings_of_bladder_and_bowel_signs():
    assert named("An enlarged prostate means getting up at night to pass water.") == [
        ("enlarged prostate", "prostatic-hyperplasia"),
        ("getting up at night to pass water", "nocturia"),
    ]
    assert named("She wakes in the night to pee and has a strong urge to pass urine.") == [
        ("wakes in the night to pee", "nocturia"),
        ("urge to pass urine", "urinary-urgency"),
    ]
    assert named("Look for black tarry stools or protein in your urine.") == [
        ("black tarry stools", "melena"),
        ("protein in your urine", "proteinuria"),
    ]


def test_the_night_and_the_water_alone_name_no_sign():
    assert named("He got up at night to drink some water.") == []
    assert named("The stools were black and hard.") == []


def test_lay_wordings_of_sleep_and_chest_signs():
    assert named("Some find it difficult to get to sleep; others wake too early.") == [
        ("difficult to get to sleep", "sleep-onset-insomnia"),
        ("wake too early", "terminal-insomnia"),
    ]
    assert named("It can feel like a tight band around the chest.") == [
        ("tight band around the chest", "chest-tightness"),
    ]
    assert named("a chest infection") == [("chest infection", "respiratory-tract-infections")]


def test_rigid_muscles_and_sweats():
    assert named("a fever with rigid muscles, night sweats and sweats") == [
        ("fever", "fever"),
        ("rigid muscles", "muscle-rigidity"),
        ("night sweats", "night-sweats"),
        ("sweats", "hyperhidrosis"),
    ]


def test_a_sign_a_drug_does_not_bring_keeps_its_denial():
    text = "Ramipril does not cause black, tarry stools."
    assert polarity_claims(text, LEXICON) == {("ramipril", "hasAdverseEffect", "melena", True, False)}


def test_a_heading_saying_what_the_condition_feels_like_owns_its_bullets():
    text = (
        "# Living with gout\n\n## Part 2 - Recap: what gout feels like\n\n- sudden severe pain in one joint\n"
        "- redness over the joint\n- sometimes a high temperature\n\n## Part 3\n\nRest the joint.\n"
    )
    assert markdown_claims(LEXICON, text) == {
        ("gout", "hasPhenotype", "pain", False),
        ("gout", "hasPhenotype", "erythema", False),
        ("gout", "hasPhenotype", "fever", False),
    }


def test_a_line_asking_what_the_condition_looks_like_owns_its_bullets():
    text = (
        "Chickenpox notice\n\n=====\nWHAT DOES CHICKENPOX LOOK LIKE?\n=====\n* Itching and spots all over the body\n"
        "* Often a high temperature first\n* Sometimes a headache\n"
    )
    assert polarity_claims(text, LEXICON) == {
        ("chickenpox", "hasPhenotype", "pruritus", False, False),
        ("chickenpox", "hasPhenotype", "fever", False, False),
        ("chickenpox", "hasPhenotype", "headache", False, True),
    }


def test_a_line_about_a_drug_owns_no_bullets():
    assert signs_line_condition(Unit("What does ibuprofen feel like?", [(10, 19, "ibuprofen", "Drug")])) is None
    assert signs_line_condition(Unit("What it feels like", [])) is None
    assert SYMPTOMS_HEADING.fullmatch("What does gout look like?")
    assert SYMPTOMS_HEADING.fullmatch("What an asthma attack feels like")
    assert not SYMPTOMS_HEADING.fullmatch("What to do if you miss a dose")


def test_an_opening_sometimes_hedges_the_sign_the_bracket_names():
    text = (
        "Overactive bladder is common. Its usual symptoms are:\n- a sudden urge to pass urine\n"
        "- sometimes leaking before you reach the toilet (urge incontinence)\n"
        "- leaking when you sneeze (stress incontinence)\n"
    )
    assert polarity_claims(text, LEXICON) == {
        ("overactive-urinary-bladder", "hasPhenotype", "urinary-urgency", False, False),
        ("overactive-urinary-bladder", "hasPhenotype", "urge-urinary-incontinence", False, True),
        ("overactive-urinary-bladder", "hasPhenotype", "stress-urinary-incontinence", False, False),
    }


def test_people_with_it_after_a_sentence_naming_the_condition():
    text = "Psoriasis is a long-term skin condition. People living with it often have itching, and some feel tired."
    assert polarity_claims(text, LEXICON) == {
        ("psoriasis", "hasPhenotype", "pruritus", False, False),
        ("psoriasis", "hasPhenotype", "fatigue", False, True),  # ("and some feel tired": Occasional, decision 0889)
    }
    hedged = "Gout is a painful condition. Many people with it may notice a fever."
    assert polarity_claims(hedged, LEXICON) == {("gout", "hasPhenotype", "fever", False, True)}


def test_people_with_it_after_a_drug_sentence_or_a_denial_give_no_sign():
    assert polarity_claims("Methotrexate is used for psoriasis. People with it often have itching.", LEXICON) == {
        ("methotrexate", "treats", "psoriasis", False, False)
    }
    assert (
        polarity_claims("Psoriasis is a skin condition. People with it do not usually get a fever.", LEXICON) == set()
    )


def test_signs_before_a_warning_after_a_drugs_serious_effect():
    text = (
        "Rarely, sulfasalazine can harm the liver; yellow skin or eyes, dark urine or pale stools should be reported."
    )
    assert polarity_claims(text, LEXICON) == {
        ("sulfasalazine", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, True),
        ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "jaundice", False, False),
        ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "dark-urine", False, False),
        ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "acholic-stools", False, False),
    }


def test_signs_opening_the_sentence_after_the_effect():
    text = "Rarely, valproate can damage the liver. Yellow skin or pale stools must be reported the same day."
    assert polarity_claims(text, LEXICON) == {
        ("valproic-acid", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, True),
        ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "jaundice", False, False),
        ("chemical-and-drug-induced-liver-injury", "hasPhenotype", "acholic-stools", False, False),
    }


def test_a_denial_a_sign_of_its_own_or_a_placed_pain_gives_no_sign():
    denied = "Rarely, sulfasalazine can harm the liver; a rash is not a sign of it, but vomiting should be reported."
    assert polarity_claims(denied, LEXICON) == {
        ("sulfasalazine", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, True)
    }
    symptom = "Rarely it can cause chest pain, which needs checking straight away."
    assert not any(c[1] == "hasPhenotype" for c in polarity_claims("Ramipril. " + symptom, LEXICON))
    placed = "Rarely, sulfasalazine can harm the liver; pain below the ribs should be reported."
    assert polarity_claims(placed, LEXICON) == {
        ("sulfasalazine", "hasAdverseEffect", "chemical-and-drug-induced-liver-injury", False, True)
    }


def test_an_illness_defined_by_the_sign_it_is():
    text = "Angina is chest pain that comes on when the heart muscle is short of oxygen."
    assert polarity_claims(text, LEXICON) == {("angina-pectoris", "hasPhenotype", "chest-pain", False, False)}
    assert polarity_claims("Sciatica is a type of pain.", LEXICON) == {("sciatica", "isA", "pain", False, False)}
    assert polarity_claims("Gout is a type of arthritis.", LEXICON) == {("gout", "isA", "arthritis", False, False)}
    assert not any(c[1] == "hasPhenotype" for c in polarity_claims("Angina is not chest pain from a muscle.", LEXICON))


def test_some_women_with_the_condition_hedge_its_sign_many_people_state_it():
    some = "Some women with endometriosis also get headaches and nausea."
    assert polarity_claims(some, LEXICON) == {
        ("endometriosis", "hasPhenotype", "headache", False, True),
        ("endometriosis", "hasPhenotype", "nausea", False, True),
    }
    many = "Many people with gout get a fever."
    assert polarity_claims(many, LEXICON) == {("gout", "hasPhenotype", "fever", False, False)}
