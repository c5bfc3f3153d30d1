"""Decision 0736: a later mechanism step written in lay words, a symptom or condition easing in the consequence clause
of a numbered step after a step that raised or lowered a process ("3. Fewer signals reach the brain, so the pain
eases"). The sentences are invented from the general pattern, with names of the lexicon; each test asserts the exact
set of chain-step claims (increases, decreases, causes, alleviates), polarity included.
"""

import pytest
from extracting import claims

STEPS = frozenset({"increases", "decreases", "causes", "alleviates"})


def _steps(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in STEPS}


CHAIN = (
    "How it works:\n\n1. Bupivacaine blocks sodium channels in the nerves.\n"
    "2. The nerves then send fewer pain signals.\n"
)
BEFORE = ("sodium-channel-blockade", "decreases", "pain-signalling", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fewer signals, so the pain eases: the signalling and the pain move together (increases)
        (
            CHAIN + "3. Fewer signals reach the brain, so the pain eases.\n",
            {BEFORE, ("pain-signalling", "increases", "pain", False)},
        ),
        # ", and" before the condition, another easing verb
        (
            CHAIN + "3. Less of the message gets through, and the pain settles down.\n",
            {BEFORE, ("pain-signalling", "increases", "pain", False)},
        ),
        # a denied easing reads nothing (no negated step is made up either)
        (CHAIN + "3. Fewer signals reach the brain, so the pain does not ease.\n", {BEFORE}),
        # a condition that comes back is no easing
        (CHAIN + "3. Fewer signals reach the brain, so the pain comes back less often.\n", {BEFORE}),
        # another medicine named in the step: its own claim, not this chain's step
        (CHAIN + "3. Ibuprofen also helps, so the pain eases.\n", {BEFORE}),
        # the condition not its clause's subject
        (CHAIN + "3. Fewer signals reach the brain, so walking with the pain eases.\n", {BEFORE}),
        # a step whose process has no direction said: no sign, no step
        (
            "How it works:\n\n1. Capsaicin switches on heat receptors in the skin.\n"
            "2. Over days, the nerve endings send fewer pain signals.\n3. As a result, the itching settles.\n",
            set(),
        ),
        # not a numbered step nor a consequence sentence
        (
            "Bupivacaine blocks sodium channels in the nerves, so the nerves send fewer pain signals. Some people"
            " find the headache eases.",
            set(),
        ),
    ],
)
def test_lay_relief_step(text: str, expected: set, lexicon: dict) -> None:
    assert _steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the symptom said by its own verb: "hurts less" is the pain easing
        (
            CHAIN + "3. Fewer signals get through, so the sore area hurts less.\n",
            {BEFORE, ("pain-signalling", "increases", "pain", False)},
        ),
        # denied: nothing
        (CHAIN + "3. Fewer signals get through, but the sore area does not hurt less.\n", {BEFORE}),
        # "still" before the verb: no easing said
        (CHAIN + "3. Fewer signals get through, so the knee still hurts less than before.\n", {BEFORE}),
        # the drug's own effect by a pronoun: no step of the process
        (CHAIN + "3. It also numbs the skin, so the area hurts less.\n", {BEFORE}),
        # no step before: nothing
        ("Rub the gel in well, so the joint hurts less.", set()),
    ],
)
def test_lay_symptom_verb(text: str, expected: set, lexicon: dict) -> None:
    assert _steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vessels relaxing after a receptor blockade: the act widens them, the widening lowers the pressure
        (
            "How it works:\n\n1. Doxazosin blocks alpha-1 receptors in the blood vessels.\n"
            "2. The blood vessels relax, which lowers the blood pressure.\n",
            {
                ("alpha-1-adrenergic-receptor-blockade", "increases", "vasodilation", False),
                ("vasodilation", "decreases", "blood-pressure", False),
            },
        ),
        # vessels tightening, "and this raises" the pressure
        (
            "How it works:\n\n1. Phenylephrine switches on alpha-1 receptors in the blood vessels.\n"
            "2. The vessels tighten, and this raises the blood pressure.\n",
            {  # ("switches on": the receptor's activation since decision 0906, the act before the tightening)
                ("alpha-1-adrenergic-receptor-activation", "increases", "vasoconstriction", False),
                ("vasoconstriction", "increases", "blood-pressure", False),
            },
        ),
        # the widening a step of its own after a step that named no process: the fall follows the widening (the
        # older test of decision 0708 had this text for "nothing before"; the vessels' widening is now a process)
        (
            "How it works:\n\n1. Clonidine attaches to receptors in the brainstem.\n2. The vessels widen.\n"
            "3. Blood pressure falls.\n",
            {("vasodilation", "decreases", "blood-pressure", False)},
        ),
        # denied: nothing (no negated step either)
        ("The vessels do not widen, so the blood pressure stays high.", set()),
        # vessels narrowing with age, no step and no process moved by anything
        ("Blood vessels narrow with age.", set()),
    ],
)
def test_lay_vessel_steps(text: str, expected: set, lexicon: dict) -> None:
    assert _steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "moved", "expected"),
    [
        # breathing easier at the step's start: the breathlessness eases; the step before raised its process
        ("4. Breathing becomes easier and coughing fits are fewer.", True, {("p", "decreases", "dyspnea", False)}),
        ("3. So your breathing gets much easier.", True, {("p", "decreases", "dyspnea", False)}),
        # denied
        ("4. Breathing does not become easier.", True, set()),
        # a step before that moved nothing: no sign, nothing
        ("4. Breathing becomes easier.", False, set()),
    ],
)
def test_lay_breathing(text: str, moved: bool, expected: set) -> None:
    from graph_build.text.relate_sentence_rules import step_relief
    from graph_build.text.units import Discourse, Unit

    found = step_relief(Unit(text, [], item=True), Discourse(outcome="p", outcome_moved=moved))
    assert {(f.subject, f.predicate, f.object, f.negated) for f in found} == expected


def test_an_effect_merely_named_gives_no_sign(lexicon: dict) -> None:
    text = (
        "How it works:\n\n1. Ipratropium blocks muscarinic receptors in the airways.\n"
        "2. The airway muscle relaxes.\n3. Breathing becomes easier.\n"
    )
    assert not {k for k in _steps(text, lexicon) if k[2] == "dyspnea"}
