"""Decision 0708: a later step of a mechanism written as a quantity of the body moving on its own ("2. With these
receptors blocked, the heart beats more slowly", "As a result, blood pressure falls") is what the step before brought
about; a chemical's level moving after a possessive ("2. Your uric acid level falls") too. The sentences are invented
from the general pattern, with names of the lexicon; each test asserts the exact set of increases / decreases claims.
A disease glossed in brackets by a symptom and what brings it on has it as its phenotype (hasPhenotype claims).
"""

import pytest
from extracting import claims

STEPS = frozenset({"increases", "decreases"})


def _steps(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in STEPS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered step after the receptor's blockade, opened by a phrase up to a comma
        (
            "How it works:\n\n1. Propranolol blocks beta-1 receptors in the heart.\n"
            "2. With these receptors blocked, the heart beats more slowly.\n",
            {("beta-1-adrenergic-receptor-blockade", "decreases", "heart-rate", False)},
        ),
        # a rising quantity after an activation, an adverb between the heart and its verb
        (
            "How it works:\n\n1. Salbutamol activates beta-2 receptors in the airways.\n"
            "2. The heart then beats faster.\n",
            {("beta-2-adrenergic-receptor-activation", "increases", "heart-rate", False)},
        ),
        # "As a result" opening the step, a quantity by its own name
        (
            "How it works:\n\n1. Prazosin blocks alpha-1 receptors on blood vessels.\n"
            "2. As a result, blood pressure falls.\n",
            {("alpha-1-adrenergic-receptor-blockade", "decreases", "blood-pressure", False)},
        ),
        # after a lowered process the two move together: less release, slower heart
        (
            "How it works:\n\n1. Clonidine reduces the release of noradrenaline.\n"
            "2. As a result, the heart beats more slowly.\n",
            {
                ("clonidine", "decreases", "norepinephrine-release", False),
                ("norepinephrine-release", "increases", "heart-rate", False),
            },
        ),
        # a chemical's level after a possessive
        (
            "How it works:\n\n1. Allopurinol blocks xanthine oxidase.\n2. Your uric acid level falls.\n",
            {("xanthine-oxidase-inhibition", "decreases", "uric-acid", False)},
        ),
        # prose without a step's number or an opener of consequence: no step
        ("Propranolol blocks beta-1 receptors. The heart beats more slowly.\n", set()),
        # the quantity is the object of another subject's verb
        (
            "How it works:\n\n1. Propranolol blocks beta-1 receptors.\n"
            "2. Adrenaline can no longer make the heart beat faster.\n",
            set(),
        ),
        # the quantity follows a clause of its own
        (
            "How it works:\n\n1. Propranolol blocks beta-1 receptors in the heart.\n"
            "2. The heart needs less oxygen, so blood pressure falls.\n",
            set(),
        ),
        # the step before named no process: nothing to bring the fall about
        (
            "How it works:\n\n1. Clonidine attaches to receptors in the brainstem.\n2. The effect builds up slowly.\n"
            "3. Blood pressure falls.\n",
            set(),
        ),
        # an ion crossing into cells in an amount: its influx, by the text's word for the ion
        (
            "How it works:\n\n1. Verapamil blocks calcium channels in the heart muscle.\n"
            "2. Less calcium enters the muscle cells.\n",
            {("calcium-channel-blockade", "decreases", "calcium-influx", False)},
        ),
        (
            "How it works:\n\n1. Diazepam binds to GABA-A receptors.\n"
            "2. It increases the opening of chloride channels.\n"
            "3. More chloride flows into the nerve cells.\n",
            {
                ("diazepam", "increases", "chloride-channel-opening", False),
                ("chloride-channel-opening", "increases", "chloride-influx", False),
            },
        ),
        # the step before only named a chemical: no subject for the crossing
        (
            "How it works:\n\n1. Diazepam binds to GABA-A receptors.\n"
            "2. The receptor then responds more strongly to GABA.\n"
            "3. More chloride flows into the nerve cells.\n",
            set(),
        ),
        # water moves in bulk: no crossing named
        (
            "How it works:\n\n1. Verapamil blocks calcium channels in the heart muscle.\n"
            "2. More water moves into the cells.\n",
            set(),
        ),
        # an amount released or secreted: the chemical's release or secretion
        (
            "How it works:\n\n1. Naltrexone blocks mu-opioid receptors.\n"
            "2. As a result, less **dopamine** is released.\n",
            {("mu-opioid-receptor-blockade", "decreases", "dopamine-release", False)},
        ),
        (
            "How it works:\n\n1. Exenatide activates GLP-1 receptors.\n2. More insulin is secreted after meals.\n",
            {("glucagon-like-peptide-1-receptor-activation", "increases", "insulin-secretion", False)},
        ),
        # outside a chain of steps: no step
        ("Less dopamine is released in old age.\n", set()),
        # a quantity no verb moves
        ("How it works:\n\n1. Prazosin blocks alpha-1 receptors.\n2. Check your blood pressure often.\n", set()),
    ],
)
def test_step_quantities(text, expected, lexicon):
    assert _steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disease glossed by a symptom and what brings it on
        (
            "Uses:\n\n- **Stable angina** (chest tightness brought on by exertion) in adults.\n",
            {("stable-angina", "hasPhenotype", "chest-tightness", False)},
        ),
        (
            "Nicorandil is used for stable angina (chest pain when the heart muscle is short of oxygen).\n",
            {("stable-angina", "hasPhenotype", "chest-pain", False)},
        ),
        # a gloss without a qualifier is another name; a gloss by a disease is a kind
        ("Nicorandil is used for stable angina (chest pain).\n", set()),
        ("Budesonide is used for asthma (a lung disease that comes and goes).\n", set()),
    ],
)
def test_disease_glossed_by_a_symptom(text, expected, lexicon):
    assert {k for k in claims(text, lexicon) if k[1] == "hasPhenotype"} == expected
