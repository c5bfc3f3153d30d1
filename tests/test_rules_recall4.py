"""Relation recall where both ends are recognised and no rule read the relation (issue 13, docs/decisions/0673):
ranks of use ("first-line for"), contracted class denials ("it isn't a"), a class named before its drug ("the
antibiotic X"), "X or (to) other Ys" and a Markdown emphasis around a name, "no interaction between A and B",
"A reduces how well X works", "Y is not a contraindication", "reports of Y in people taking X", a line that opens
"Available as", and a condition that comes back when the drug is stopped. Every text is invented from the general
construction with names of the lexicon and vocabularies; each test asserts the exact set of claims."""

from decimal import Decimal

from extracting import claims


def _read(text: str, lexicon: dict) -> dict[tuple, tuple]:
    """(subject, predicate, object, negated) -> (certainty, useStatus values, rules) of each claim of `text`."""
    return {
        key: (c.certainty, c.qualifier("useStatus"), {e.method for e in c.evidence})
        for key, c in claims(text, lexicon).items()
    }


def test_first_line_and_first_choice_rank_a_use(lexicon):
    found = _read("Omeprazole is first-line for gastro-oesophageal reflux disease.", lexicon)
    assert found == {
        ("omeprazole", "treats", "gastroesophageal-reflux", False): (
            "Asserted",
            ("PrimaryUse",),
            {"rule:treatment-option"},
        )
    }
    found = _read("Amoxicillin is the usual first choice for a chest infection in adults.", lexicon)
    assert found == {
        ("amoxicillin", "treats", "respiratory-tract-infections", False): (
            "Asserted",
            ("PrimaryUse",),
            {"rule:treatment-option"},
        )
    }


def test_not_the_first_choice_ranks_the_use_without_denying_it(lexicon):
    found = _read("Amitriptyline is not the first choice for depression.", lexicon)
    assert found == {
        ("amitriptyline", "treats", "depression", False): ("Asserted", ("NotFirstLine",), {"rule:treatment-option"})
    }


def test_a_contracted_class_denial_is_read(lexicon):
    found = _read("# Sertraline\n\nSertraline is used for depression. It isn't a sleeping pill.", lexicon)
    assert set(found) == {
        ("sertraline", "treats", "depression", False),
        ("sertraline", "isA", "hypnotic", True),
    }
    assert found[("sertraline", "isA", "hypnotic", True)][2] == {"rule:class-negated"}


def test_a_class_compared_after_a_denied_class_is_no_further_object(lexicon):
    text = "# Sertraline\n\nSertraline is used for depression. It isn't a sleeping pill like the benzodiazepines."
    assert set(_read(text, lexicon)) == {
        ("sertraline", "treats", "depression", False),
        ("sertraline", "isA", "hypnotic", True),
        ("benzodiazepine", "isA", "hypnotic", False),  # (the comparison's own hyponym: hyponym-such-as)
    }


def test_a_class_named_before_its_drug(lexicon):
    found = _read("The antibiotic clarithromycin can raise the level of simvastatin.", lexicon)
    assert {k for k in found if k[1] in ("isA", "interactsWith")} == {
        ("clarithromycin", "isA", "antibiotic", False),
        ("clarithromycin", "interactsWith", "simvastatin", False),
    }


def test_it_or_to_other_kinds_names_the_drug_in_focus_a_member(lexicon):
    text = "Do not take naproxen if you have ever had an allergic reaction to it or to other NSAIDs."
    assert set(_read(text, lexicon)) == {
        ("naproxen", "contraindicatedIn", "naproxen-hypersensitivity", False),
        ("naproxen", "contraindicatedIn", "non-steroidal-anti-inflammatory-agent-hypersensitivity", False),
        ("naproxen", "isA", "non-steroidal-anti-inflammatory-agent", False),
    }


def test_an_emphasised_name_before_and_other_kinds(lexicon):
    found = _read("- **Trimethoprim** and similar antibiotics are taken with food.", lexicon)
    assert set(found) == {("trimethoprim", "isA", "antibiotic", False)}


def test_an_emphasised_name_after_a_level_cue(lexicon):
    found = _read("Clarithromycin can raise the level of **simvastatin**.", lexicon)
    assert {k for k in found if k[1] == "interactsWith"} == {("clarithromycin", "interactsWith", "simvastatin", False)}


def test_no_interaction_between_names_both_ends(lexicon):
    found = _read("There is no interaction between sertraline and paracetamol or ibuprofen.", lexicon)
    assert found == {
        ("sertraline", "interactsWith", "acetaminophen", True): ("Asserted", (), {"rule:no-interaction"}),
        ("sertraline", "interactsWith", "ibuprofen", True): ("Asserted", (), {"rule:no-interaction"}),
    }


def test_reduces_how_well_a_drug_works(lexicon):
    found = _read("Omeprazole reduces how well clopidogrel works.", lexicon)
    assert set(found) == {("omeprazole", "interactsWith", "clopidogrel", False)}


def test_does_not_affect_how_it_works_denies_an_interaction(lexicon):
    found = _read("# Sertraline\n\nSertraline treats depression.\n\nAlcohol does not affect how it works.", lexicon)
    assert set(found) == {
        ("sertraline", "treats", "depression", False),
        ("sertraline", "interactsWith", "alcohol", True),
    }


def test_a_drug_class_in_apposition_is_no_further_interacting_agent(lexicon):
    found = _read("Sertraline may change the effect of warfarin, a blood thinner.", lexicon)
    assert set(found) == {
        ("sertraline", "interactsWith", "warfarin", False),
        ("warfarin", "isA", "anticoagulant", False),
    }
    assert found[("sertraline", "interactsWith", "warfarin", False)][0] == "Possible"


def test_not_a_contraindication_denies_one(lexicon):
    text = "# Ibuprofen\n\nIbuprofen is a painkiller.\n\n- Asthma is not a contraindication: ibuprofen is widely used."
    found = _read(text, lexicon)
    assert ("ibuprofen", "contraindicatedIn", "asthma", True) in found
    assert {k for k in found if k[1] == "contraindicatedIn"} == {("ibuprofen", "contraindicatedIn", "asthma", True)}
    text = "# Naloxone\n\nNaloxone is an antidote.\n\nSevere liver disease is a contraindication to naloxone."
    found = _read(text, lexicon)
    assert {k for k in found if k[1] == "contraindicatedIn"} == {
        ("naloxone", "contraindicatedIn", "liver-disease", False)
    }


def test_pregnancy_is_no_reason_to_withhold_it(lexicon):
    text = "# Aspirin\n\nAspirin is a painkiller.\n\nPregnancy isn't a reason to withhold it."
    found = _read(text, lexicon)
    assert {k for k in found if k[1] == "contraindicatedIn"} == {
        ("aspirin", "contraindicatedIn", "pregnant-women", True)
    }


def test_reports_of_effects_in_people_taking_a_drug(lexicon):
    text = "There have been reports of lactic acidosis in people taking metformin with kidney disease."
    # (what is known from reports is Reported, as the development golds write it: decision 0796)
    assert _read(text, lexicon) == {
        ("metformin", "hasAdverseEffect", "lactic-acidosis", False): (
            "Reported",
            (),
            {"rule:reported-while-taking"},
        )
    }


def test_reported_while_taking_it(lexicon):
    text = (
        "# Sertraline\n\nSertraline treats depression.\n\n"
        "Some people have reported nausea and insomnia while taking it."
    )
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("sertraline", "hasAdverseEffect", "nausea", False),
        ("sertraline", "hasAdverseEffect", "insomnia", False),
    }


def test_a_condition_that_comes_back_when_the_drug_is_stopped(lexicon):
    text = "# Omeprazole\n\nOmeprazole treats heartburn. When it is stopped, the heartburn may come back."
    found = _read(text, lexicon)
    assert found == {
        ("omeprazole", "treats", "heartburn", False): ("Asserted", (), {"rule:treats-cue"}),
        ("omeprazole", "hasWithdrawalEffect", "heartburn", False): ("Possible", (), {"rule:rebound-on-stopping"}),
    }


def test_a_line_opening_available_as_gives_the_document_drugs_forms(lexicon):
    text = "# Omeprazole\n\nOmeprazole treats heartburn.\n\nAvailable as capsules and an oral suspension."
    found = _read(text, lexicon)
    assert set(found) == {
        ("omeprazole", "treats", "heartburn", False),
        ("omeprazole", "hasFormulation", "capsule", False),
        ("omeprazole", "hasFormulation", "oral-suspension", False),
    }


def test_a_drug_with_its_form_for_a_condition(lexicon):
    # (and the form the sentence names, "an ibuprofen gel": decision 0908's form-compound)
    assert set(_read("She has an ibuprofen gel for knee pain.", lexicon)) == {
        ("ibuprofen", "treats", "knee-pain", False),
        ("ibuprofen", "hasFormulation", "gel", False),
    }


def test_one_of_the_main_treatments_and_used_regularly_for(lexicon):
    text = "# Fluconazole\n\nFluconazole is an antifungal.\n\nIt is one of the main treatments for thrush."
    # a bare "thrush" is candidiasis, not the oral kind MeSH files the word under (decision 0735)
    assert ("fluconazole", "treats", "candidiasis", False) in _read(text, lexicon)
    text = "# Loperamide\n\nLoperamide is a medicine.\n\nIt is also used regularly for irritable bowel syndrome."
    assert {k for k in _read(text, lexicon) if k[1] == "treats"} == {
        ("loperamide", "treats", "irritable-bowel-syndrome", False)
    }


def _pk(text: str, lexicon: dict) -> dict[tuple, tuple]:
    return {
        key: (c.qualifier("minValue"), c.qualifier("maxValue"), c.qualifier("unit"))
        for key, c in claims(text, lexicon).items()
        if key[1] == "hasPharmacokineticValue"
    }


def test_one_value_after_a_half_life(lexicon):
    text = "Ibuprofen is a painkiller with a short half-life of about 2 hours, so it is taken three times a day."
    assert _pk(text, lexicon) == {
        ("ibuprofen", "hasPharmacokineticValue", "elimination-half-life", False): (
            (Decimal("2"),),
            (Decimal("2"),),
            ("unit:HR",),
        )
    }


def test_a_labelled_half_life_without_its_drug_is_the_drug_in_focus(lexicon):
    text = "# Ibuprofen\n\nIbuprofen is a painkiller.\n\n- Plasma half-life 2 to 4 hours."
    assert _pk(text, lexicon) == {
        ("ibuprofen", "hasPharmacokineticValue", "elimination-half-life", False): (
            (Decimal("2"),),
            (Decimal("4"),),
            ("unit:HR",),
        )
    }


USES = """# Sertraline

Sertraline is an antidepressant. Doctors prescribe it mainly for:

- Depression in adults. It takes a few weeks to work.
- Panic disorder and obsessive-compulsive disorder.
"""


def test_the_bullets_under_a_lead_of_uses_are_uses(lexicon):
    found = _read(USES, lexicon)
    assert {k: v[:2] for k, v in found.items() if k[1] == "treats"} == {
        ("sertraline", "treats", "depression", False): ("Asserted", ("PrimaryUse",)),
        ("sertraline", "treats", "panic-disorder", False): ("Asserted", ("PrimaryUse",)),
        ("sertraline", "treats", "obsessive-compulsive-disorder", False): ("Asserted", ("PrimaryUse",)),
    }


def test_a_lead_that_denies_gives_no_uses(lexicon):
    """ "It is not used for:" lists denied uses (decision 0715): never an asserted one."""
    # (decision 0793: "Depression in adults" under a denying lead is a use denied for a group the lexicon does not name,
    # no claim; the bullet names the condition alone so that the case keeps its point, the lead's denial)
    text = USES.replace("Doctors prescribe it mainly for:", "It is not used for:").replace(" in adults.", ".")
    assert {k for k in _read(text, lexicon) if k[1] == "treats"} == {
        ("sertraline", "treats", "depression", True),
        ("sertraline", "treats", "panic-disorder", True),
        ("sertraline", "treats", "obsessive-compulsive-disorder", True),
    }


def test_a_lead_that_denies_otherwise_gives_no_uses(lexicon):
    text = USES.replace("Doctors prescribe it mainly for:", "It is not known what it is best for:")
    assert not {k for k in _read(text, lexicon) if k[1] == "treats"}


def test_a_denied_interaction_with_medicines_like_the_examples(lexicon):
    text = "Sertraline does not interact with your other regular medicines, like antacids or antibiotics, so carry on."
    assert {k for k in _read(text, lexicon) if k[1] == "interactsWith"} == {
        ("sertraline", "interactsWith", "antacid", True),
        ("sertraline", "interactsWith", "antibiotic", True),
    }


def test_an_emphasised_condition_and_its_features_after_a_colon(lexicon):
    text = "Some walkers get **acute mountain sickness** (AMS): headache, nausea and dizziness in the first few days."
    assert _read(text, lexicon) == {
        ("altitude-sickness", "hasPhenotype", effect, False): ("Asserted", (), {"rule:disease-colon"})
        for effect in ("headache", "nausea", "dizziness")
    }


def test_features_after_a_colon_with_a_verb_of_their_own_are_not_read(lexicon):
    text = "Some walkers get acute mountain sickness: headache and dizziness have been reported by most of them."
    assert not {k for k in _read(text, lexicon) if k[1] == "hasPhenotype"}


def test_reports_of_an_effect_after_a_drug(lexicon):
    text = "There have been reports of pancreatitis after sertraline, mostly in older people."
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("sertraline", "hasAdverseEffect", "pancreatitis", False)
    }


def test_a_reason_to_stop_it_is_no_contraindication(lexicon):
    text = "# Aspirin\n\nAspirin is a painkiller.\n\nHeartburn is a reason to stop it and see the doctor."
    assert not {k for k in _read(text, lexicon) if k[1] == "contraindicatedIn"}


def test_an_emphasised_forbidding_lead_and_its_bullets(lexicon):
    text = """# Ibuprofen

Ibuprofen is a painkiller.

Do **not** take it if you:

- have severe kidney disease;
- have asthma.
"""
    assert {k for k in _read(text, lexicon) if k[1] == "contraindicatedIn"} == {
        ("ibuprofen", "contraindicatedIn", "kidney-diseases", False),
        ("ibuprofen", "contraindicatedIn", "asthma", False),
    }


def test_shouldnt_be_taken_by_forbids(lexicon):
    text = "# Ibuprofen\n\nIbuprofen is a painkiller.\n\n- It shouldn't be taken by people with **asthma**."
    assert {k for k in _read(text, lexicon) if k[1] == "contraindicatedIn"} == {
        ("ibuprofen", "contraindicatedIn", "asthma", False)
    }


def test_the_most_common_are_under_a_side_effects_heading(lexicon):
    opening = "# Sertraline\n\nSertraline treats depression.\n\n## Side effects\n\n"
    text = opening + "The most common are nausea and headache."
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("sertraline", "hasAdverseEffect", "nausea", False),
        ("sertraline", "hasAdverseEffect", "headache", False),
    }


def test_no_reason_to_avoid_a_named_drug(lexicon):
    text = "# Sertraline\n\nSertraline treats depression.\n\nAsthma is not a reason to avoid sertraline."
    assert {k for k in _read(text, lexicon) if k[1] == "contraindicatedIn"} == {
        ("sertraline", "contraindicatedIn", "asthma", True)
    }


def test_its_not_a_class_is_a_denial(lexicon):
    text = "# Mebeverine\n\nMebeverine is a medicine for bowel cramps. It's not an antibiotic."
    assert {k for k in _read(text, lexicon) if k[1] == "isA"} == {("mebeverine", "isA", "antibiotic", True)}


def test_a_numbered_section_heading_in_plain_text(lexicon):
    text = "Sertraline counselling notes\n\nSECTION 3. SIDE EFFECTS\nNausea and headache are very common."
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("sertraline", "hasAdverseEffect", "nausea", False),
        ("sertraline", "hasAdverseEffect", "headache", False),
    }


def test_a_number_before_a_side_effect_title_makes_a_heading_too(lexicon):
    # (decision 0673 read "3. SIDE EFFECTS" as no heading; since decision 0776 a number before a short side-effect
    # title in any case is one, as "SECTION 3. SIDE EFFECTS" is: the section's effects are the titled drug's)
    text = "Sertraline counselling notes\n\n3. SIDE EFFECTS\nNausea and headache are very common."
    assert {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"} == {
        ("sertraline", "hasAdverseEffect", "nausea", False),
        ("sertraline", "hasAdverseEffect", "headache", False),
    }


def test_a_number_before_a_title_of_no_section_makes_no_heading(lexicon):
    text = "Sertraline counselling notes\n\n3. KEEP THE PACK\nNausea and headache are very common."
    assert not {k for k in _read(text, lexicon) if k[1] == "hasAdverseEffect"}
