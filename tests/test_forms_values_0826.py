"""Decision 0826: formulations, pharmacokinetic values and withdrawal effects on new text (invented sentences)."""

from decimal import Decimal
from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def claims(text: str, title: str, predicate: str) -> set[tuple]:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    found = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated) for c in found if c.predicate == predicate}


def values(text: str, title: str) -> set[tuple]:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    found = extract_document(doc, load_lexicon()).claims
    return {
        (c.subject, c.object, c.negated, tuple(sorted((k, v[0]) for k, v in c.qualifiers)))
        for c in found
        if c.predicate == "hasPharmacokineticValue"
    }


def q(low=None, high=None, unit="unit:HR") -> tuple:
    pairs = [("maxValue", Decimal(high))] if high is not None else []
    pairs += [("minValue", Decimal(low))] if low is not None else []
    return tuple(sorted([*pairs, ("unit", unit)]))


# --- time to peak concentration ---------------------------------------------------------------------------------


def test_the_time_a_drug_reaches_its_highest_level_in_the_blood():
    text = "Ramipril lowers blood pressure. After a capsule it reaches its highest level in the blood within an hour."
    assert values(text, "Ramipril") == {("ramipril", "time-to-peak-concentration", False, q(1, 1))}
    text = "Sertraline treats depression. It reaches its peak level in the bloodstream 4 to 8 hours after a dose."
    assert values(text, "Sertraline") == {("sertraline", "time-to-peak-concentration", False, q(4, 8))}


def test_blood_levels_that_peak_after_a_dose():
    text = "Amlodipine is taken once a day.\n\n- Blood levels peak about 6 to 12 hours after a dose."
    assert values(text, "Amlodipine") == {("amlodipine", "time-to-peak-concentration", False, q(6, 12))}
    text = "Lisinopril is a tablet for high blood pressure. The level in the plasma peaks at around 7 hours."
    assert values(text, "Lisinopril") == {("lisinopril", "time-to-peak-concentration", False, q(7, 7))}


def test_a_peak_that_is_no_blood_level_or_no_time_gives_no_value():
    # the effect's peak is no concentration; a range of times read from its first end would say less
    assert values("Ibuprofen eases pain. Its effect peaks after about 2 hours.", "Ibuprofen") == set()
    text = "Warfarin thins the blood. It reaches its highest level in the blood an hour to an hour and a half later."
    assert values(text, "Warfarin") == set()
    text = "Metformin treats diabetes. It does not reach its highest level in the blood within 2 hours."
    assert values(text, "Metformin") == set()


# --- duration and onset of action ---------------------------------------------------------------------------------


def test_a_dose_that_keeps_working_and_a_whole_day():
    text = "Loratadine eases hay fever. One tablet keeps working for about 24 hours."
    assert values(text, "Loratadine") == {("loratadine", "duration-of-action", False, q(24, 24))}
    text = "Cetirizine eases hay fever. The tablet works for a whole day."
    assert values(text, "Cetirizine") == {("cetirizine", "duration-of-action", False, q(24, 24))}
    text = "Doxazosin lowers blood pressure. Its effect lasts about a day."
    assert values(text, "Doxazosin") == {("doxazosin", "duration-of-action", False, q(24, 24))}


def test_a_day_or_two_and_a_condition_lasting_a_day_are_no_duration():
    assert values("Codeine eases pain. The effect lasts a day or two.", "Codeine") == set()
    assert values("Aciclovir treats cold sores. The tingling lasts about a day.", "Aciclovir") == set()


def test_taking_effect_within_a_time_is_the_onset():
    text = "Nifedipine lowers blood pressure. The capsules take effect within about 20 minutes."
    assert values(text, "Nifedipine") == {("nifedipine", "onset-of-action", False, q(20, 20, "unit:MIN"))}


# --- formulations -----------------------------------------------------------------------------------------------


def test_a_slow_release_or_mr_form_is_modified_release():
    text = "Nifedipine comes as slow-release tablets, taken twice a day."
    assert claims(text, "Nifedipine", "hasFormulation") == {("nifedipine", "modified-release-tablet", False)}
    text = "Tamsulosin is sold as MR capsules."
    assert claims(text, "Tamsulosin", "hasFormulation") == {("tamsulosin", "modified-release-capsule", False)}


def test_a_gastro_resistant_tablet():
    text = "Omeprazole comes as a gastro-resistant tablet, swallowed whole."
    assert claims(text, "Omeprazole", "hasFormulation") == {("omeprazole", "gastro-resistant-tablet", False)}


def test_given_by_drip_is_an_intravenous_infusion_but_a_nasal_drip_is_no_form():
    text = "Vancomycin is an antibiotic. In hospital it is given by drip."
    assert claims(text, "Vancomycin", "hasFormulation") == {("vancomycin", "intravenous-infusion", False)}
    text = "Ceftriaxone treats meningitis, and it can be given as a drip."
    assert claims(text, "Ceftriaxone", "hasFormulation") == {("ceftriaxone", "intravenous-infusion", False)}
    text = "Cetirizine eases hay fever. A post-nasal drip is common with hay fever."
    assert claims(text, "Cetirizine", "hasFormulation") == set()


def test_the_forms_a_section_about_how_it_comes_lists():
    text = (
        "# Famotidine for indigestion\n\nFamotidine lowers stomach acid.\n\n## How it comes\n\n"
        "- Capsules, swallowed with a drink of water.\n- A liquid for children who cannot swallow capsules.\n"
    )
    assert claims(text, "Famotidine for indigestion", "hasFormulation") == {
        ("famotidine", "capsule", False),
        ("famotidine", "oral-liquid", False),
    }
    text = (
        "# Ezetimibe and your cholesterol\n\nEzetimibe lowers cholesterol.\n\n## What does it come as?\n\n"
        "Tablets (10 mg) and capsules (5 mg and 10 mg). Your doctor picks the strength.\n"
    )
    assert claims(text, "Ezetimibe and your cholesterol", "hasFormulation") == {
        ("ezetimibe", "tablet", False),
        ("ezetimibe", "capsule", False),
    }


def test_a_line_under_a_taking_heading_that_opens_with_a_strength_and_a_form():
    text = "# Baclofen\n\nBaclofen eases muscle spasm.\n\n### Taking it\n\n- 10 mg tablets, three times a day.\n"
    assert claims(text, "Baclofen", "hasFormulation") == {("baclofen", "tablet", False)}


def test_no_form_from_a_denied_line_another_heading_or_a_form_named_before():
    text = "# Sotalol\n\nSotalol slows the heart.\n\n## How it comes\n\n- Tablets are no longer made in 40 mg.\n"
    assert claims(text, "Sotalol", "hasFormulation") == set()
    text = "# Sotalol\n\nSotalol slows the heart.\n\n## Side effects\n\n- Tablets can upset the stomach.\n"
    assert claims(text, "Sotalol", "hasFormulation") == set()
    text = "# Sotalol\n\nSotalol slows the heart.\n\n## Taking it\n\n- The tablet lets the drug out slowly.\n"
    assert claims(text, "Sotalol", "hasFormulation") == set()


def test_the_drug_is_a_tablet_but_not_a_tablet_of_a_kind_a_clause_says():
    text = "Doxazosin lowers blood pressure. Doxazosin is a tablet taken once a day."
    assert claims(text, "Doxazosin", "hasFormulation") == {("doxazosin", "tablet", False)}
    text = "Doxazosin lowers blood pressure. It is a small tablet; most people take it at night."
    assert claims(text, "Doxazosin", "hasFormulation") == {("doxazosin", "tablet", False)}
    text = "Doxazosin lowers blood pressure. It is a tablet that releases the drug slowly over the day."
    assert claims(text, "Doxazosin", "hasFormulation") == set()
    text = "Doxazosin lowers blood pressure. It is not a tablet you should crush."
    assert claims(text, "Doxazosin", "hasFormulation") == set()


# --- withdrawal effects -----------------------------------------------------------------------------------------


def withdrawal(text: str, title: str) -> set[tuple]:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    found = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated, c.certainty) for c in found if c.predicate == "hasWithdrawalEffect"}


def test_a_blood_pressure_that_shoots_back_up_after_stopping_is_rebound_hypertension():
    text = "Clonidine lowers blood pressure. Stopping clonidine suddenly can make your blood pressure shoot back up."
    assert withdrawal(text, "Clonidine") == {("clonidine", "rebound-hypertension", False, "Asserted")}
    text = "Atenolol lowers blood pressure. Stopping it at once might make the blood pressure climb steeply."
    assert withdrawal(text, "Atenolol") == {("atenolol", "rebound-hypertension", False, "Possible")}


def test_no_rebound_from_a_denied_rise_or_a_rise_that_stopping_does_not_make():
    text = "Amlodipine lowers blood pressure. Stopping it does not make your blood pressure shoot back up."
    assert withdrawal(text, "Amlodipine") == set()
    text = "Amlodipine lowers blood pressure. Salt can make your blood pressure go up fast."
    assert withdrawal(text, "Amlodipine") == set()


def test_stopping_that_makes_the_heart_race_and_its_denial():
    text = "Propranolol lowers blood pressure. Stopping propranolol suddenly can make your heart race."
    assert withdrawal(text, "Propranolol") == {("propranolol", "tachycardia", False, "Asserted")}
    text = "Propranolol lowers blood pressure. Stopping it slowly does not make the heart race."
    assert withdrawal(text, "Propranolol") == {("propranolol", "tachycardia", True, "Asserted")}


def test_a_form_a_there_is_line_adds_or_denies():
    text = "Trospium calms the bladder. There is also a once-daily capsule."
    assert claims(text, "Trospium", "hasFormulation") == {("trospium", "capsule", False)}
    text = "Quetiapine treats bipolar disorder. There are also prolonged-release tablets, taken once a day."
    assert claims(text, "Quetiapine", "hasFormulation") == {("quetiapine", "prolonged-release-tablet", False)}
    text = "Valsartan lowers blood pressure. There is no liquid form."
    assert claims(text, "Valsartan", "hasFormulation") == {("valsartan", "oral-liquid", True)}
    text = "Quetiapine treats bipolar disorder. There is a lithium tablet too."
    assert claims(text, "Quetiapine", "hasFormulation") == set()
