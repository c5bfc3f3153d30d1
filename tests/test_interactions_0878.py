"""Interactions denied and stated in lay words (decision 0878): "A does not affect it", "It is not affected by A or by
B", "the two do not interact", a denial followed by ", but" and another matter, and "A can block / lessens the effect
of X". The sentences are invented (other drugs, other wording); each asserts the exact set of interactions, polarity
and hedging included (interactsWith is symmetric: the pair is unordered)."""

import pytest
from extracting import interaction_claims


def claims(lexicon: dict, text: str) -> set[tuple[frozenset, bool, bool]]:
    return {(frozenset((s, o)), n, h) for s, o, n, h in interaction_claims(lexicon, text)}


def pairs(*items: tuple[str, str, bool, bool]) -> set[tuple[frozenset, bool, bool]]:
    return {(frozenset((s, o)), n, h) for s, o, n, h in items}


ATENOLOL = "Atenolol is used for high blood pressure. "
DOXAZOSIN = "Doxazosin is used for high blood pressure. "
CASES = [
    # "A does not affect it": the pronoun's drug, denied
    (ATENOLOL + "Warfarin does not affect it.", {("atenolol", "warfarin", True, False)}),
    (ATENOLOL + "Coffee doesn't affect it at all.", {("atenolol", "coffee", True, False)}),
    ("Ibuprofen does not affect digoxin.", {("digoxin", "ibuprofen", True, False)}),
    # a class named by its example: the example only; a class of some of its members: nothing
    (
        ATENOLOL + "Everyday painkillers such as paracetamol do not affect it.",
        {("atenolol", "acetaminophen", True, False)},
    ),
    (ATENOLOL + "Some antibiotics do not affect it.", set()),
    # a condition, a modal or a narrower object: nothing
    (ATENOLOL + "If warfarin does not affect it, the dose stays the same.", set()),
    (ATENOLOL + "Warfarin should not affect it.", set()),
    (ATENOLOL + "Alcohol does not affect how much of it is absorbed.", set()),
    ("Alcohol does not affect the liver in small amounts.", set()),
    # "X is not affected by A (or by B)": each named agent, the list's unnamed items left alone
    (
        "Digoxin is not affected by omeprazole or by ibuprofen.",
        pairs(("digoxin", "omeprazole", True, False), ("digoxin", "ibuprofen", True, False)),
    ),
    (ATENOLOL + "It is not affected by milk or by the herbal teas she drinks.", {("atenolol", "milk", True, False)}),
    (ATENOLOL + "Unless the dose is high, it is not affected by omeprazole.", set()),
    # "the two do not interact": the pair named before it
    (
        ATENOLOL + "You can take paracetamol alongside it for a headache: the two do not interact.",
        {("atenolol", "acetaminophen", True, False)},
    ),
    (
        "Omeprazole and paracetamol are often taken together; the two do not interact.",
        {("omeprazole", "acetaminophen", True, False)},
    ),
    # a denial and then another matter after ", but": the denial stands; a ", but" about the pair narrows it
    (
        ATENOLOL + "Alcohol does not interact with it, but Sam rarely drinks anyway.",
        {("atenolol", "alcohol", True, False)},
    ),
    (ATENOLOL + "Aspirin does not interact with it, but the two can both upset the stomach.", set()),
    ("Warfarin does not interact with omeprazole directly, but omeprazole lowers acid.", set()),
    # the lay verbs of a partner working against the drug's effect
    ("Beta-blockers can block the effect of salbutamol.", {("albuterol", "beta-blocker", False, False)}),
    ("Naproxen lessens the effect of ramipril.", {("ramipril", "naproxen", False, False)}),
    ("Beta-blockers may counteract the effects of salbutamol.", {("albuterol", "beta-blocker", False, True)}),
    ("Cetirizine blocks the effect of histamine.", set()),
    (ATENOLOL + "Antacids may get in its way.", {("atenolol", "antacid", False, True)}),
    # the text's drug changing the level of another medicine: an interaction, also outside an interactions section;
    # a chemical of the body stays the drug's own change (no interaction)
    (ATENOLOL + "It can raise the level of digoxin.", {("atenolol", "digoxin", False, False)}),
    (ATENOLOL + "It may lower the blood level of lithium.", {("atenolol", "lithium", False, True)}),
    (ATENOLOL + "It can raise the level of uric acid in the blood.", set()),
    (ATENOLOL + "It lowers the amount of oestrogen in the body.", set()),
    # an imperative consequence after ", so" is its own clause: its "not" denies nothing of the interaction before it
    (
        "Grapefruit juice can raise the amount of nifedipine in the blood, so please do not drink it.",
        {("nifedipine", "grapefruit-juice", False, False)},
    ),
    (
        "Rifampicin can stop nifedipine working, so never take them together.",
        {("nifedipine", "rifampin", False, False)},
    ),
    # "A can add to the fall in blood pressure": the change of a measure the drug brings, added to by A
    (DOXAZOSIN + "Water tablets can add to the fall in blood pressure.", {("doxazosin", "diuretic", False, False)}),
    (DOXAZOSIN + "Warm weather can add to the fall in blood pressure.", set()),
    (DOXAZOSIN + "Water tablets do not add to the fall in blood pressure.", set()),
    (
        "Milk does not lower the amount of nifedipine in the blood, so do not worry.",
        {("nifedipine", "milk", True, False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lay_interactions(text: str, expected: set, lexicon: dict) -> None:
    want = pairs(*expected) if expected and isinstance(next(iter(expected))[0], str) else expected
    assert claims(lexicon, text) == want
