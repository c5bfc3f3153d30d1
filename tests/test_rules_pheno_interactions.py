"""Relation recall of interactions and phenotypes (issue 13, docs/decisions/0677): a drug that raises the level of
another medicine under an interactions heading, or of medicines it names by example ("drugs ..., such as A and B");
a condition that "shows up as" or "presents with" its signs; the bullets under a lead of symptoms ("Its typical
symptoms are:", "What are the symptoms of Y?"). Every text is invented from the general construction with names of
the lexicon and vocabularies; each test asserts the exact set of claims."""

from extracting import claims


def _read(text: str, lexicon: dict) -> dict[tuple, tuple]:
    """(subject, predicate, object, negated) -> (certainty, rules) of each claim of `text`."""
    return {key: (c.certainty, {e.method for e in c.evidence}) for key, c in claims(text, lexicon).items()}


def test_a_level_raised_under_an_interactions_heading_is_an_interaction(lexicon):
    text = "# Mirabegron\n\n## Interactions with other medicines\n\nIt raises the level of **digoxin** in the blood."
    assert _read(text, lexicon) == {("mirabegron", "interactsWith", "digoxin", False): ("Asserted", {"rule:level-of"})}


def test_a_level_raised_elsewhere_stays_a_change_of_the_chemical(lexicon):
    text = "# Allopurinol\n\nAllopurinol is a medicine that lowers the level of uric acid in the blood."
    assert _read(text, lexicon) == {
        ("allopurinol", "decreases", "uric-acid", False): ("Asserted", {"rule:level-change"})
    }


def test_medicines_named_by_example_after_a_level_cue_interact(lexicon):
    text = (
        "# Mirabegron\n\nMirabegron is used for overactive bladder. It also increases the blood levels of medicines "
        "broken down by the liver, such as **flecainide** and metoprolol."
    )
    assert _read(text, lexicon) == {
        ("mirabegron", "treats", "overactive-urinary-bladder", False): ("Asserted", {"rule:treats-cue"}),
        ("mirabegron", "interactsWith", "flecainide", False): ("Asserted", {"rule:level-of"}),
        ("mirabegron", "interactsWith", "metoprolol", False): ("Asserted", {"rule:level-of"}),
    }


def test_a_denied_level_change_of_named_medicines_is_denied(lexicon):
    text = "# Famotidine\n\nFamotidine does not raise the levels of drugs such as warfarin or theophylline."
    assert set(_read(text, lexicon)) == {
        ("famotidine", "interactsWith", "warfarin", True),
        ("famotidine", "interactsWith", "theophylline", True),
    }


def test_a_condition_that_shows_up_as_or_presents_with_its_signs(lexicon):
    text = "# Melatonin\n\nMelatonin is used for jet lag. Jet lag shows up as daytime sleepiness and insomnia."
    assert set(_read(text, lexicon)) == {
        ("melatonin", "treats", "jet-lag-syndrome", False),
        ("jet-lag-syndrome", "hasPhenotype", "disorders-of-excessive-somnolence", False),
        ("jet-lag-syndrome", "hasPhenotype", "insomnia", False),
    }
    text = "# Ibuprofen\n\nIbuprofen treats rheumatoid arthritis. Rheumatoid arthritis often presents with joint pain."
    assert set(_read(text, lexicon)) == {
        ("ibuprofen", "treats", "rheumatoid-arthritis", False),
        ("rheumatoid-arthritis", "hasPhenotype", "arthralgia", False),
    }


def test_the_bullets_under_a_lead_of_symptoms_are_the_conditions_phenotype(lexicon):
    text = (
        "# Solifenacin\n\nSolifenacin is used for overactive bladder.\n\n## What is overactive bladder?\n\n"
        "Overactive bladder is common in older people. Its typical symptoms are:\n\n"
        "- urinary urgency\n- nocturia\n"
    )
    assert _read(text, lexicon) == {
        ("solifenacin", "treats", "overactive-urinary-bladder", False): ("Asserted", {"rule:treats-cue"}),
        ("overactive-urinary-bladder", "hasPhenotype", "urinary-urgency", False): ("Asserted", {"rule:symptom-list"}),
        ("overactive-urinary-bladder", "hasPhenotype", "nocturia", False): ("Asserted", {"rule:symptom-list"}),
    }


def test_a_question_heading_names_the_condition_of_its_symptom_bullets(lexicon):
    text = "# Omeprazole\n\n## What are the symptoms of gastro-oesophageal reflux disease?\n\n- heartburn\n- a cough"
    assert set(_read(text, lexicon)) == {
        ("gastroesophageal-reflux", "hasPhenotype", "heartburn", False),
        ("gastroesophageal-reflux", "hasPhenotype", "cough", False),
    }


def test_withdrawal_symptoms_and_side_effects_are_no_conditions_signs(lexicon):
    text = "# Sertraline\n\nSertraline is used for depression. Withdrawal symptoms include:\n\n- dizziness\n- nausea"
    assert not any(key[1] == "hasPhenotype" for key in _read(text, lexicon))
    text = "# Sertraline\n\nSertraline is used for depression. Signs of side effects to look out for:\n\n- nausea"
    assert not any(key[1] == "hasPhenotype" for key in _read(text, lexicon))


def test_medicines_a_reader_is_asked_to_mention_interact_with_the_drug_in_focus(lexicon):
    text = "# Sertraline\n\nSertraline is used for depression. Tell your doctor if you take warfarin or digoxin."
    assert _read(text, lexicon) == {
        ("sertraline", "treats", "depression", False): ("Asserted", {"rule:treats-cue"}),
        ("sertraline", "interactsWith", "warfarin", False): ("Asserted", {"rule:combined-with"}),
        ("sertraline", "interactsWith", "digoxin", False): ("Asserted", {"rule:combined-with"}),
    }
    text = "# Ondansetron\n\nOndansetron is used for nausea. Do not take it if you are taking apomorphine."
    assert set(_read(text, lexicon)) == {
        ("ondansetron", "treats", "nausea", False),
        ("ondansetron", "interactsWith", "apomorphine", False),
    }


def test_a_medicine_the_reader_takes_without_a_warning_is_no_interaction(lexicon):
    text = "# Sertraline\n\nSertraline is used for depression. If you take paracetamol for a headache, that is fine."
    assert not any(key[1] == "interactsWith" for key in _read(text, lexicon))


def test_a_medicine_that_lowers_how_much_of_the_drug_is_absorbed_interacts(lexicon):
    text = (
        "# Famotidine\n\nFamotidine treats heartburn. Antacids taken at the same time may slightly reduce how much "
        "famotidine is absorbed."
    )
    assert _read(text, lexicon) == {
        ("famotidine", "treats", "heartburn", False): ("Asserted", {"rule:treats-cue"}),
        ("famotidine", "interactsWith", "antacid", False): ("Possible", {"rule:makes-work"}),
    }
    text = (
        "# Levothyroxine\n\nLevothyroxine treats hypothyroidism. Calcium carbonate and omeprazole reduce the "
        "absorption of levothyroxine."
    )
    assert set(_read(text, lexicon)) == {
        ("levothyroxine", "treats", "hypothyroidism", False),
        ("levothyroxine", "interactsWith", "calcium-carbonate", False),
        ("levothyroxine", "interactsWith", "omeprazole", False),
    }
