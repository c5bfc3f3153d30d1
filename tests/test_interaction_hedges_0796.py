"""The hedge of an interaction follows its scope (decision 0796): a "may / might / could" on the verb that states the
interaction (or on the pair's own outcome, "Taking A with B may cause Y") hedges it; one in a later clause of
consequence or advice ("so the dose may need lowering", "; your doctor may check") does not; "can" asserts. The
sentences are invented (other drugs, other wording); each test asserts the exact set of interactions, polarity and
hedging included."""

import pytest
from extracting import interaction_claims as claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal of the interaction's own verb
        ("Lithium might interact with naproxen.", {("lithium", "naproxen", False, True)}),
        # another hedge of the interaction's own verb, or an impersonal one opening its clause
        ("Rifampicin is thought to interact with methadone.", {("rifampin", "methadone", False, True)}),
        ("Rifampicin sometimes interacts with methadone.", {("rifampin", "methadone", False, True)}),
        ("It is possible that rifampicin interacts with methadone.", {("rifampin", "methadone", False, True)}),
        (
            "Taking rifampicin with methadone can sometimes cause withdrawal symptoms.",
            {("rifampin", "methadone", False, True)},
        ),
        # the pair as the subject of a modal verb
        (
            "Taking fluoxetine with tramadol may raise the risk of serotonin syndrome.",
            {("fluoxetine", "tramadol", False, True)},
        ),
        (
            "Using clarithromycin together with colchicine could cause serious side effects.",
            {("clarithromycin", "colchicine", False, True)},
        ),
        (
            "Ketoconazole together with simvastatin might damage the muscles.",
            {("ketoconazole", "simvastatin", False, True)},
        ),
        # the main clause's modal around a "when / if taken with" clause
        ("Methotrexate may become toxic if taken with trimethoprim.", {("methotrexate", "trimethoprim", False, True)}),
        (
            "Clopidogrel may not work as well when taken with esomeprazole.",
            {("clopidogrel", "esomeprazole", False, True)},
        ),
        (
            "# Isosorbide mononitrate\n\nWhen it is taken with sildenafil, it may cause a dangerous fall in blood "
            "pressure.",
            {("isosorbide-mononitrate", "sildenafil", False, True)},
        ),
        (
            "If you take theophylline with ciprofloxacin, the theophylline level may rise.",
            {("theophylline", "ciprofloxacin", False, True)},
        ),
        # a label line whose subject is the pair or the partner, then the modal
        (
            "# Atorvastatin\n\n## Other medicines\n\n- Gemfibrozil: the combination may raise the risk of muscle pain.",
            {("atorvastatin", "gemfibrozil", False, True)},
        ),
        # the pair's one effect stated as the reason of a warning
        (
            "Levothyroxine can be taken with warfarin, but clotting tests should be checked, as levothyroxine may "
            "strengthen its effect.",
            {("levothyroxine", "warfarin", False, True)},
        ),
        # a label's colon opens no consequence clause
        (
            "# Ramipril\n\nRamipril and spironolactone: together they may raise potassium too far.",
            {("ramipril", "spironolactone", False, True)},
        ),
        (
            "# Betahistine\n\nOther medicines: antihistamines, such as those for allergies, may weaken the effect of "
            "betahistine.",
            {("betahistine", "antihistamine", False, True)},
        ),
    ],
)
def test_modal_on_the_interaction_hedges_it(lexicon, text, expected):
    assert claims(lexicon, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later clause of consequence or advice: its modal hedges the advice, not the interaction
        (
            "Fluconazole raises the level of ciclosporin, so the dose may need lowering.",
            {("fluconazole", "cyclosporine", False, False)},
        ),
        (
            "Carbamazepine lowers the level of apixaban; your doctor may change the dose.",
            {("carbamazepine", "apixaban", False, False)},
        ),
        (
            "Erythromycin raises the level of theophylline, and the dose may need checking.",
            {("erythromycin", "theophylline", False, False)},
        ),
        (
            "Itraconazole raises the blood levels of medicines such as midazolam and triazolam, whose doses may need "
            "lowering.",
            {("itraconazole", "midazolam", False, False), ("itraconazole", "triazolam", False, False)},
        ),
        (
            "Phenytoin lowers the level of quetiapine, which may make it work less well.",
            {("phenytoin", "quetiapine", False, False)},
        ),
        (
            "St John's wort lowers the level of ciclosporin, and ciclosporin may then stop working.",
            {("st-johns-wort", "cyclosporine", False, False)},
        ),
        # a modal before the partner is the interaction's own, whatever follows
        (
            "Grapefruit juice may raise the level of felodipine, so avoid it.",
            {("felodipine", "grapefruit-juice", False, True)},
        ),
        # a second verb after "and": the first verb states the interaction
        (
            "Verapamil can raise the level of digoxin and may increase its side effects.",
            {("verapamil", "digoxin", False, False)},
        ),
        (
            "Taking fluoxetine with tramadol raises the risk of serotonin syndrome and may cause seizures.",
            {("fluoxetine", "tramadol", False, False)},
        ),
        # "can" asserts; a denial keeps its reading
        (
            "Taking fluoxetine with tramadol can raise the risk of serotonin syndrome.",
            {("fluoxetine", "tramadol", False, False)},
        ),
        ("Lithium can interact with naproxen.", {("lithium", "naproxen", False, False)}),
        ("Lithium does not interact with paracetamol.", {("lithium", "acetaminophen", True, False)}),
        # a person's act or advice is no hedge of the interaction
        (
            "If you take theophylline with ciprofloxacin, your doctor may lower the theophylline dose.",
            {("theophylline", "ciprofloxacin", False, False)},
        ),
        (
            "Levothyroxine can be taken with warfarin, but clotting tests should be checked, because your doctor may "
            "change the dose.",
            {("levothyroxine", "warfarin", False, False)},
        ),
        # a prohibition asserts the interaction, whatever its reason's modal
        ("Do not take dabigatran with naproxen as it may cause bleeding.", {("dabigatran", "naproxen", False, False)}),
        (
            "Methadone should not be combined with diazepam, because this could slow breathing.",
            {("methadone", "diazepam", False, False)},
        ),
    ],
)
def test_modal_of_a_later_clause_leaves_it_asserted(lexicon, text, expected):
    assert claims(lexicon, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a co-prescription framed as how the drug is used, with its purpose: no interaction (decision 0796)
        "# Colesevelam\n\nColesevelam is usually given together with a statin such as simvastatin when colesevelam "
        "alone does not lower cholesterol enough.",
        "# Colesevelam\n\nIt is often used together with a statin such as pravastatin to lower LDL cholesterol levels.",
        "Sitagliptin is often combined with metformin to reduce blood sugar.",
        "# Perindopril\n\nDoctors prescribe it in combination with a diuretic such as indapamide to lower blood "
        "pressure.",
        "Ezetimibe is used to lower cholesterol, usually together with a statin such as rosuvastatin.",
        # a purpose's "risk" ("to cut the risk of") is no warning; "works well in combination with" is a use
        "# Ezetimibe\n\nIt is usually prescribed in combination with a statin such as fluvastatin to cut the risk of a "
        "heart attack.",
        "# Ezetimibe\n\nIt works well in combination with a statin such as fluvastatin, lowering cholesterol further.",
    ],
)
def test_co_prescription_for_a_purpose_is_no_interaction(lexicon, text):
    assert claims(lexicon, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strict warning, an effect of the pair or a condition of the taking keeps the interaction
        (
            "Ramipril is often combined with spironolactone, but the two together can raise potassium too far.",
            {("ramipril", "spironolactone", False, False)},
        ),
        (
            "Skin rashes are more common when amoxicillin is taken with allopurinol.",
            {("amoxicillin", "allopurinol", False, False)},
        ),
        (
            "Warfarin is sometimes given together with aspirin to prevent a stroke, but this raises the risk of "
            "bleeding.",
            {("warfarin", "aspirin", False, False)},
        ),
        # a finite act of one of the pair (not a purpose's infinitive)
        (
            "Tacrolimus is often combined with fluconazole, which increases the tacrolimus level.",
            {("tacrolimus", "fluconazole", False, False)},
        ),
        (
            "Spironolactone is often combined with ramipril to treat heart failure, and this raises potassium levels.",
            {("spironolactone", "ramipril", False, False)},
        ),
    ],
)
def test_co_prescription_with_a_warning_stays_an_interaction(lexicon, text, expected):
    assert claims(lexicon, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is known only from reports (the golds' Reported)
        (
            "There have been reports of bleeding when fluconazole was taken with warfarin.",
            {("fluconazole", "warfarin", False, True)},
        ),
        (
            "# Sotalol\n\n## Other medicines\n\n- Antipsychotics: there have been rare reports of a dangerous heart "
            "rhythm when sotalol was added.",
            {("sotalol", "antipsychotic-agent", False, True)},
        ),
    ],
)
def test_reported_interaction(lexicon, text, expected):
    assert claims(lexicon, text) == expected
