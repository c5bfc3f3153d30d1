"""Issues 13 and 12 (docs/decisions/0664): adverse and withdrawal effects, third round.

A colon after an effect names that effect's signs, not more effects; "withdrawal symptoms include A" names the
class's members as "such as" does (the members_named doubt); the everyday names leaflets give feelings ("trouble
sleeping", "feeling sick", "drowsy", "dizzy"); a drugless "A and B are very common too" / "A is the most common
one" in a passage about one drug. The sentences are invented."""

import pytest
from extracting import claims

from graph_build.text import doubts
from graph_build.text.recognise import recognise
from graph_build.text.vocabularies import look_up


def keyed(text, lexicon, predicate):
    return {k for k in claims(text, lexicon) if k[1] == predicate}


def test_a_colon_after_a_withdrawal_effect_lists_its_signs(lexicon):
    text = "Stopping metoprolol suddenly can cause rebound angina (chest pain): sweating, palpitations, collapse."
    found = keyed(text, lexicon, "hasWithdrawalEffect")
    assert {k[2] for k in found} <= {"angina-pectoris", "angina", "chest-pain"}
    assert not {k[2] for k in found} & {"hyperhidrosis", "palpitations", "syncope"}


def test_a_list_after_the_cause_cue_is_still_read(lexicon):
    text = "Stopping metoprolol suddenly can cause sweating, palpitations and tremor."
    found = keyed(text, lexicon, "hasWithdrawalEffect")
    assert ("metoprolol", "hasWithdrawalEffect", "tremor", False) in found
    assert len(found) == 3


def test_a_colon_after_an_adverse_effect_ends_the_list(lexicon):
    text = "Metoprolol can cause heart failure: swollen ankles and breathlessness."
    objects = {k[2] for k in keyed(text, lexicon, "hasAdverseEffect")}
    assert "heart-failure" in objects
    assert "dyspnea" not in objects


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Withdrawal symptoms include tremor and sweating.", True),
        ("Withdrawal symptoms, which include tremor, pass.", False),
        ("Withdrawal symptoms such as tremor are common.", True),
        ("Withdrawal symptoms are rare.", False),
    ],
)
def test_include_names_the_members_of_a_class(text, named):
    end = text.index("symptoms") + len("symptoms")
    assert doubts.members_named(text, (0, end, "withdrawal-syndrome", "Symptom")) is named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some people have trouble sleeping.", {("trouble sleeping", "insomnia")}),
        ("Difficulty sleeping is common.", {("Difficulty sleeping", "insomnia")}),
        ("It may make you drowsy.", {("drowsy", "somnolence")}),
        ("Some people feel dizzy.", {("dizzy", "dizziness")}),
        ("Tiredness can last a week.", {("Tiredness", "fatigue")}),
        ("He is sick of waiting.", set()),
        ("The sick child stayed home.", set()),
    ],
)
def test_everyday_names_of_feelings(text, expected, lexicon):
    assert {(m.text, m.slug) for m in recognise(text, lexicon)[0]} == expected


def test_feeling_sick_is_nausea_and_being_sick_vomiting(lexicon):
    if look_up("nausea") is None:
        pytest.skip("the phenotype vocabulary is not installed")
    ms = {(m.text, m.slug) for m in recognise("Feeling sick and being sick are common.", lexicon)[0]}
    assert ms == {("Feeling sick", "nausea"), ("being sick", "vomiting")}


def test_feelings_as_adverse_effects(lexicon):
    text = "Metoprolol can make you feel dizzy, drowsy and tired, and some people have trouble sleeping."
    objects = {k[2] for k in keyed(text, lexicon, "hasAdverseEffect") if k[0] == "metoprolol" and not k[3]}
    assert {"dizziness", "somnolence", "insomnia"} <= objects
    denied = keyed("Metoprolol does not make you drowsy.", lexicon, "hasAdverseEffect")
    assert denied == {("metoprolol", "hasAdverseEffect", "somnolence", True)}


PASSAGE = (
    "# Metoprolol\n\n"
    "Metoprolol can cause headache. Tiredness and nausea are very common too. "
    "Dizziness is the most common one.\n"
)


def test_very_common_too_and_the_most_common_one_continue_the_passage(lexicon):
    found = keyed(PASSAGE, lexicon, "hasAdverseEffect")
    assert {k[2] for k in found if k[0] == "metoprolol" and not k[3]} == {"headache", "fatigue", "nausea", "dizziness"}


def test_common_too_outside_a_passage_names_no_effect(lexicon):
    text = "# Gout\n\nKidney stones are very common too in gout.\n"
    assert not keyed(text, lexicon, "hasAdverseEffect")


def test_make_you_feel_is_an_effect_not_a_further_use(lexicon):
    found = claims("Paracetamol will not relieve cramps or make you feel drowsy.", lexicon)
    assert set(found) == {
        ("acetaminophen", "treats", "muscle-cramp", True),
        ("acetaminophen", "hasAdverseEffect", "somnolence", True),
    }
    assert not keyed("Paracetamol can make you feel better.", lexicon, "hasAdverseEffect")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It may cause inflammation of the liver.", {("inflammation of the liver", "hepatitis")}),
        ("Inflammation of the pancreas is rare.", {("Inflammation of the pancreas", "pancreatitis")}),
        ("Inflammation of the gullet can follow.", {("Inflammation of the gullet", "esophagitis")}),
    ],
)
def test_an_organs_inflammation_by_its_everyday_name(text, expected, lexicon):
    if look_up("hepatitis") is None:
        pytest.skip("the disease vocabulary is not installed")
    assert {(m.text, m.slug) for m in recognise(text, lexicon)[0]} == expected


def test_an_organs_inflammation_as_an_adverse_effect(lexicon):
    if look_up("hepatitis") is None:
        pytest.skip("the disease vocabulary is not installed")
    found = keyed("Very rarely metoprolol causes inflammation of the liver.", lexicon, "hasAdverseEffect")
    assert found == {("metoprolol", "hasAdverseEffect", "hepatitis", False)}
