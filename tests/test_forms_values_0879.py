"""Decision 0879: formulations, pharmacokinetic values and withdrawal effects in lay words (invented sentences)."""

from decimal import Decimal
from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document


def _found(text: str, title: str, lexicon) -> list:
    doc = Document("d", title, "d.txt", "", text, Path("d.txt"))
    return extract_document(doc, lexicon).claims


def claims(text: str, title: str, predicate: str, lexicon) -> set[tuple]:
    return {(c.subject, c.object, c.negated) for c in _found(text, title, lexicon) if c.predicate == predicate}


def values(text: str, title: str, lexicon) -> set[tuple]:
    return {
        (c.subject, c.object, c.negated, tuple(sorted((k, v[0]) for k, v in c.qualifiers)))
        for c in _found(text, title, lexicon)
        if c.predicate == "hasPharmacokineticValue"
    }


def q(low=None, high=None, unit="unit:HR") -> tuple:
    pairs = [("maxValue", Decimal(str(high)))] if high is not None else []
    pairs += [("minValue", Decimal(str(low)))] if low is not None else []
    return tuple(sorted([*pairs, ("unit", unit)]))


# --- the elimination half-life in lay words -------------------------------------------------------------------------


def test_half_of_a_dose_gone_from_the_body_is_the_half_life(lexicon):
    text = "Sertraline lifts mood. Half of a dose is gone from the body in about 26 hours."
    assert values(text, "Sertraline", lexicon) == {("sertraline", "elimination-half-life", False, q(26, 26))}
    text = "Atenolol slows the heart. After a tablet, half of the drug has left the blood within 6 to 7 hours."
    assert values(text, "Atenolol", lexicon) == {("atenolol", "elimination-half-life", False, q(6, 7))}


def test_a_blood_level_that_falls_by_half_is_the_half_life(lexicon):
    text = "Diazepam calms anxiety. The level of diazepam in the blood falls by half in about two days."
    assert values(text, "Diazepam", lexicon) == {("diazepam", "elimination-half-life", False, q(2, 2, "unit:DAY"))}
    text = "Metformin lowers blood sugar. Blood levels drop by half in about 5 hours."
    assert values(text, "Metformin", lexicon) == {("metformin", "elimination-half-life", False, q(5, 5))}


def test_half_a_dose_in_the_urine_or_absorbed_is_no_half_life(lexicon):
    # what leaves in the urine is its excretion, and what is absorbed its bioavailability: neither a half-life
    text = "Lithium steadies mood. About half of a dose leaves the body in the urine within a day."
    assert values(text, "Lithium", lexicon) == set()


# --- time to peak, onset and bioavailability in lay words ---------------------------------------------------------


def test_a_peak_in_the_blood_and_half_hours(lexicon):
    text = "Ramipril lowers blood pressure. After a capsule, it peaks in the blood within about 2 hours."
    assert values(text, "Ramipril", lexicon) == {("ramipril", "time-to-peak-concentration", False, q(2, 2))}
    text = "Losartan lowers blood pressure. It reaches its highest level in the blood about two and a half hours later."
    assert values(text, "Losartan", lexicon) == {("losartan", "time-to-peak-concentration", False, q(2.5, 2.5))}
    text = "Warfarin thins the blood. Reaching its highest level in the blood one to one and a half hours after a dose."
    assert values(text, "Warfarin", lexicon) == {("warfarin", "time-to-peak-concentration", False, q(1, 1.5))}


def test_an_hour_and_a_half_is_never_read_as_an_hour(lexicon):
    # (read as 1.5 hours since decision 1024; never as one hour)
    text = "Zolpidem helps sleep. It peaks in the blood within an hour and a half."
    assert values(text, "Zolpidem", lexicon) == {("zolpidem", "time-to-peak-concentration", False, q(1.5, 1.5))}


def test_onset_in_lay_words(lexicon):
    text = "Amlodipine treats high blood pressure. It starts to lower blood pressure within about 6 hours of a dose."
    assert values(text, "Amlodipine", lexicon) == {("amlodipine", "onset-of-action", False, q(6, 6))}
    text = "Sumatriptan treats migraine. Most people feel some relief within 30 minutes of the injection."
    assert values(text, "Sumatriptan", lexicon) == {("sumatriptan", "onset-of-action", False, q(30, 30, "unit:MIN"))}
    text = "Citalopram treats depression. It usually takes two to four weeks before the mood begins to lift."
    assert values(text, "Citalopram", lexicon) == {("citalopram", "onset-of-action", False, q(2, 4, "unit:WK"))}


def test_a_share_absorbed_in_words_and_from_a_form_not_swallowed(lexicon):
    text = "Mesalazine treats colitis. Only about one percent of each dose is absorbed into the blood."
    assert values(text, "Mesalazine", lexicon) == {
        ("mesalazine", "oral-bioavailability", False, q(1, 1, "unit:PERCENT"))
    }
    text = (
        "Diclofenac gel eases joint pain. Only about 6 per cent of the gel is absorbed through the skin into the blood."
    )
    assert values(text, "Diclofenac", lexicon) == {("diclofenac", "bioavailability", False, q(6, 6, "unit:PERCENT"))}
    text = (
        "Fentanyl patches ease pain. About 90 per cent of the drug in a patch passes through the skin over three days."
    )
    assert values(text, "Fentanyl", lexicon) == {("fentanyl", "bioavailability", False, q(90, 90, "unit:PERCENT"))}


# --- the form of a drug named right there ---------------------------------------------------------------------------


def test_a_form_in_apposition_to_the_drug(lexicon):
    text = "Asthma is common. Priya takes montelukast (brand name Singulair), a tablet she chews at bedtime."
    assert claims(text, "Asthma at school", "hasFormulation", lexicon) == {("montelukast", "tablet", False)}
    text = "Acne is common. Her GP prescribed adapalene, a gel for spots, to use at night."
    assert claims(text, "Acne in teenagers", "hasFormulation", lexicon) == {("adapalene", "gel", False)}
    text = "Gout flares hurt. Ravi takes colchicine, a medicine that comes as tablets."
    assert claims(text, "Gout flares", "hasFormulation", lexicon) == {("colchicine", "tablet", False)}


def test_a_form_the_drug_is_taken_as_or_called(lexicon):
    text = "Ravi has gout. He takes allopurinol (brand name Zyloric), a gout medicine, as a tablet each day."
    assert claims(text, "Gout", "hasFormulation", lexicon) == {("allopurinol", "tablet", False)}
    text = "Margaret has high blood pressure, so her GP added a capsule called ramipril."
    assert claims(text, "High blood pressure", "hasFormulation", lexicon) == {("ramipril", "capsule", False)}


def test_a_kind_clause_a_plain_liquid_and_a_denial_give_no_bare_form(lexicon):
    # a kind clause says more than the head; "a liquid" given into the mouth names no oral liquid; a denied form
    text = "Children with fits may get buccal midazolam, a liquid given into the side of the mouth."
    assert claims(text, "Seizures at school", "hasFormulation", lexicon) == set()
    text = "Some people take lamotrigine, a tablet that can be dispersed in water."
    assert ("lamotrigine", "tablet", False) not in claims(text, "Epilepsy", "hasFormulation", lexicon)


def test_a_bare_form_gives_way_to_the_finer_form_of_the_same_head(lexicon):
    text = "Dev takes a tablet called nifedipine.\n\nIt comes as a modified-release tablet, taken once a day."
    assert claims(text, "Nifedipine", "hasFormulation", lexicon) == {("nifedipine", "modified-release-tablet", False)}


# --- withdrawal effects ---------------------------------------------------------------------------------------------


def test_what_stopping_the_drug_makes_worse_is_a_withdrawal_effect(lexicon):
    text = (
        "Baclofen eases muscle stiffness. Stopping baclofen suddenly can make the spasticity worse, so it is tapered."
    )
    assert claims(text, "Baclofen", "hasWithdrawalEffect", lexicon) == {("baclofen", "spasticity", False)}


def test_stopping_an_activity_is_no_withdrawal_of_the_drug(lexicon):
    text = "Salbutamol eases wheeze. Stopping smoking can make your cough worse for a few weeks."
    assert claims(text, "Salbutamol", "hasWithdrawalEffect", lexicon) == set()
    text = "Salbutamol eases wheeze. Stopping smoking can cause weight gain."
    assert claims(text, "Salbutamol", "hasWithdrawalEffect", lexicon) == set()


# --- forms in lay words, and a form is never the subject of a use ---------------------------------------------------


def test_eye_drops_and_a_nose_spray_version_are_the_drugs_forms(lexicon):
    text = "Olopatadine eases itchy eyes. It comes as eye drops, and a nose spray version is used for hay fever."
    found = _found(text, "Olopatadine", lexicon)
    forms = {(c.subject, c.object, c.negated) for c in found if c.predicate == "hasFormulation"}
    assert forms == {("olopatadine", "eye-drops", False), ("olopatadine", "nasal-spray", False)}
    assert not [c for c in found if c.subject in ("eye-drops", "nasal-spray", "ophthalmic-solution")]
    text = "Oxymetazoline clears a blocked nose. It comes as nose drops."
    assert claims(text, "Oxymetazoline", "hasFormulation", lexicon) == {("oxymetazoline", "nasal-drops", False)}


def test_an_injection_under_the_skin_is_subcutaneous(lexicon):
    text = "Enoxaparin prevents clots. It comes as an injection under the skin of the tummy, once a day."
    assert claims(text, "Enoxaparin", "hasFormulation", lexicon) == {("enoxaparin", "subcutaneous-injection", False)}
    text = "Ceftriaxone treats infections. In hospital it is given as an injection into a vein."
    assert claims(text, "Ceftriaxone", "hasFormulation", lexicon) == {("ceftriaxone", "injection", False)}


def test_a_salts_word_after_the_name_is_the_same_drug(lexicon):
    text = "Ellie has epilepsy. She takes valproate sodium (brand name Epilim) as tablets, twice a day."
    found = claims(text, "Epilepsy", "hasFormulation", lexicon)
    assert {o for _, o, _ in found} == {"tablet"} and len(found) == 1
