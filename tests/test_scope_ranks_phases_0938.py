"""Decision 0938: the polarity of the run of decision 0935, in general. "rather than" denies the phrase it contrasts,
never a later clause; "nobody gets / no one reports A" denies A; "never / rarely / seldom the first choice" ranks a
use down (NotFirstLine), as "not the first choice" does, with no denial and no hedge; "does nothing for an attack
already under way / once it has started" denies that phase, no use of the whole condition. The sentences are
invented."""

from pathlib import Path

import pytest
from extracting import certainty_claims

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    return certainty_claims(text, lexicon, ".md")


def statuses(text: str, lexicon: dict) -> dict[tuple[str, str, str, bool, str], tuple]:
    """Each claim's key with its useStatus values (empty where it has none)."""
    doc = Document("case", "case", "case.md", "", text + "\n", Path("case.md"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty): dict(c.qualifiers).get("useStatus", ())
        for c in extract_document(doc, lexicon).claims
    }


STATIN = "Simvastatin is a statin. "
CLASS = ("simvastatin", "isA", "hydroxymethylglutaryl-coa-reductase-inhibitor", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # past the comma the "rather than" has ended: the site is asserted
        (
            "Cholesterol is mostly made by the body rather than eaten, and simvastatin works in the liver.",
            {("simvastatin", "actsOn", "liver", False, "Asserted")},
        ),
        # the plain denial of the later clause is still read
        (
            "Cholesterol is mostly made by the body rather than eaten, and simvastatin does not work in the kidney.",
            {("simvastatin", "actsOn", "kidney", True, "Asserted")},
        ),
    ],
)
def test_rather_than_ends_at_a_clause_break(sentence, expected, lexicon):
    assert claims(STATIN + sentence, lexicon) == {CLASS} | expected


def test_rather_than_still_denies_its_own_phrase(lexicon):
    # (no clause break: the contrasted phrase stays denied, as ConText reads it)
    found = claims(STATIN + "It is taken for high cholesterol rather than angina.", lexicon)
    assert ("simvastatin", "treats", "angina-pectoris", False, "Asserted") not in found


PPI = "Omeprazole is used for heartburn. "
PPI_USE = ("omeprazole", "treats", "heartburn", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stopping after the course is fine: nobody gets withdrawal effects from omeprazole.",
            {("omeprazole", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")},
        ),
        (
            "No one really gets withdrawal symptoms when they stop omeprazole.",
            {("omeprazole", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")},
        ),
        (
            "None of us had withdrawal symptoms after stopping omeprazole.",
            {("omeprazole", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")},
        ),
        # a stated effect before an obligation of nobody's keeps its reading
        (
            "Stopping omeprazole can cause withdrawal symptoms, so nobody has to stop it suddenly.",
            {("omeprazole", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted")},
        ),
    ],
)
def test_a_negative_quantifier_subject_denies_what_it_gets(sentence, expected, lexicon):
    assert claims(PPI + sentence, lexicon) == {PPI_USE} | expected


def test_nobody_has_to_is_an_obligation_no_denial():
    from graph_build.text.negation import statuses

    sentence = "After stopping it nobody has to take tablets for withdrawal symptoms."
    start = sentence.index("withdrawal")
    assert statuses(sentence, [(start, start + len("withdrawal symptoms"))])[0].negated is False
    sentence = "After stopping it nobody has withdrawal symptoms."
    start = sentence.index("withdrawal")
    assert statuses(sentence, [(start, start + len("withdrawal symptoms"))])[0].negated is True


MAOI = "Phenelzine is an antidepressant. "
MAOI_CLASS = ("phenelzine", "isA", "antidepressant", False, "Asserted")


@pytest.mark.parametrize(
    "sentence",
    [
        "Phenelzine is never the first choice for depression, because of the diet it needs.",
        "Phenelzine, sold as Nardil, is never the first choice for depression.",
        "Phenelzine is never a first-line treatment for depression.",
        "Phenelzine is rarely the first choice for depression.",
        "Phenelzine is seldom the first choice for depression.",
        "Phenelzine is not usually the first choice for depression.",
    ],
)
def test_never_or_rarely_the_first_choice_ranks_the_use(sentence, lexicon):
    assert statuses(MAOI + sentence, lexicon) == {
        MAOI_CLASS: (),
        ("phenelzine", "treats", "depression", False, "Asserted"): ("NotFirstLine",),
    }


def test_never_used_is_still_a_denied_use(lexicon):
    assert statuses(MAOI + "Phenelzine is never used for depression.", lexicon) == {
        MAOI_CLASS: (),
        ("phenelzine", "treats", "depression", True, "Asserted"): ("NotAppropriate",),
    }


BETA = "Atenolol is a beta blocker used for angina. "
BETA_FACTS = {
    ("atenolol", "treats", "angina-pectoris", False, "Asserted"),
    ("atenolol", "isA", "beta-blocker", False, "Asserted"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "It prevents attacks, but it does nothing for an angina attack already under way.",
        "It does nothing for an angina attack that is already under way.",
        "It will not stop an angina attack once it has started.",
        "It does not help an angina attack in progress.",
    ],
)
def test_a_denied_phase_of_an_attack_denies_no_use(sentence, lexicon):
    assert claims(BETA + sentence, lexicon) == BETA_FACTS


def test_a_plain_denial_of_the_condition_stays(lexicon):
    found = claims("Atenolol is a beta blocker. It does nothing for angina.", lexicon)
    assert found == {
        ("atenolol", "isA", "beta-blocker", False, "Asserted"),
        ("atenolol", "treats", "angina-pectoris", True, "Asserted"),
    }


# The certainty differences of the run, in general.
ANTIPSYCHOTIC = "Haloperidol is an antipsychotic. "
HALO_CLASS = ("haloperidol", "isA", "antipsychotic-agent", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It does make some people drowsy.", {("haloperidol", "hasAdverseEffect", "somnolence", False, "Occasional")}),
        (
            "It can make a few patients drowsy.",
            {("haloperidol", "hasAdverseEffect", "somnolence", False, "Occasional")},
        ),
        # many people: asserted, as the golds write it
        ("It makes many people drowsy.", {("haloperidol", "hasAdverseEffect", "somnolence", False, "Asserted")}),
        (
            "Side effects listed on the leaflet: some people put on weight, and it can cause tiredness.",
            {
                ("haloperidol", "hasAdverseEffect", "weight-gain", False, "Occasional"),
                ("haloperidol", "hasAdverseEffect", "fatigue", False, "Asserted"),
            },
        ),
    ],
)
def test_some_people_as_object_or_after_a_colon(sentence, expected, lexicon):
    assert claims(ANTIPSYCHOTIC + sentence, lexicon) == {HALO_CLASS} | expected


BLOCKER = "Atenolol is a beta blocker. "
BLOCKER_CLASS = ("atenolol", "isA", "beta-blocker", False, "Asserted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stopping atenolol suddenly can make the angina much worse, and may even bring on a heart attack.",
            {
                ("atenolol", "hasWithdrawalEffect", "angina-pectoris", False, "Asserted"),
                ("atenolol", "hasWithdrawalEffect", "myocardial-infarction", False, "Possible"),
            },
        ),
        # the effect named before the "and may" too keeps the first clause's reading
        (
            "Stopping atenolol suddenly can bring the angina back and may make the angina worse.",
            {("atenolol", "hasWithdrawalEffect", "angina-pectoris", False, "Asserted")},
        ),
    ],
)
def test_a_later_and_may_hedges_its_own_effect(sentence, expected, lexicon):
    assert claims(BLOCKER + sentence, lexicon) == {BLOCKER_CLASS} | expected


def test_a_reason_clause_keeps_its_fact_from_the_main_clauses_may(lexicon):
    from graph_build.text.negation import statuses

    sentence = "Because it makes people drowsy, nobody may drive on the day they take it."
    start = sentence.index("drowsy")
    assert statuses(sentence, [(start, start + 6)])[0].certainty == "Asserted"
    # a supposition stays in the hedge's reach
    sentence = "If it makes you drowsy, you may need a lower dose."
    start = sentence.index("drowsy")
    assert statuses(sentence, [(start, start + 6)])[0].certainty == "Possible"
