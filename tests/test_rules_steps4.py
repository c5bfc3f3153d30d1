"""Issue 13, the later steps of a mechanism chain (docs/decisions/0670): the drug's act on an enzyme it blocks is the
step a next sentence's "This" or "As a result" follows; a sentence opening with a chemical's amount or level changing
("Less Y is made", "As a result, the level of Y rises") states what the step before brought about, its sign read
against that step (after "X reduces Y", less Z means Y increases Z); a step's number alone ("2.") keeps the step before
in focus; a name in brackets right before "caused by" is what is caused. The sentences are invented from the general
patterns; each test asserts the exact set of mechanism claims with their step index."""

import pytest
from extracting import indexed_steps as steps

from graph_build.text.vocab_index import look_up_entity


@pytest.fixture(autouse=True)
def _vocabularies():
    if look_up_entity("xanthine oxidase") is None:
        pytest.skip("vocabularies not installed")


ALLOPURINOL_ACTS = {
    ("allopurinol", "bindsTo", "xanthine-oxidase", False, 1),
    ("allopurinol", "hasMechanismOfAction", "xanthine-oxidase-inhibition", False, 1),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "This" after the drug blocks an enzyme: the enzyme's inhibition lowers the process, not the enzyme
            "Allopurinol blocks xanthine oxidase. This reduces uric acid production.",
            ALLOPURINOL_ACTS | {("xanthine-oxidase-inhibition", "decreases", "uric-acid-production", False, 2)},
        ),
        (
            # a level lowered by "This"
            "Finasteride blocks 5-alpha reductase. This lowers the level of dihydrotestosterone in the blood.",
            {
                ("finasteride", "bindsTo", "5-alpha-reductase", False, 1),
                ("finasteride", "hasMechanismOfAction", "5-alpha-reductase-inhibition", False, 1),
                ("5-alpha-reductase-inhibition", "decreases", "dihydrotestosterone", False, 2),
            },
        ),
        (
            # an amount opening the sentence, right after the step
            "Allopurinol blocks xanthine oxidase. Less uric acid is produced, so the level in the blood falls.",
            ALLOPURINOL_ACTS | {("xanthine-oxidase-inhibition", "decreases", "uric-acid", False, 2)},
        ),
        (
            # a level that rises after "As a result"
            "Allopurinol blocks xanthine oxidase. As a result, uric acid levels in the blood rise.",
            ALLOPURINOL_ACTS | {("xanthine-oxidase-inhibition", "increases", "uric-acid", False, 2)},
        ),
        (
            # a numbered list: the number alone keeps the step before; after a lowered production, less of its
            # chemical means the production raises it (they move together), never "production decreases uric acid"
            "How it works:\n1. Allopurinol blocks xanthine oxidase.\n2. This reduces uric acid production.\n"
            "3. Less uric acid is made.",
            ALLOPURINOL_ACTS
            | {
                ("xanthine-oxidase-inhibition", "decreases", "uric-acid-production", False, 2),
                ("uric-acid-production", "increases", "uric-acid", False, 3),
            },
        ),
    ],
)
def test_a_later_step_follows_the_step_before(text, expected, lexicon):
    assert steps(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the amount's own cause is given: not the step before's doing
        "Allopurinol blocks xanthine oxidase. Less uric acid is produced when you drink plenty of water.",
        # a sentence that names something before the amount is about that
        "Allopurinol blocks xanthine oxidase. In gout, less uric acid is passed in the urine.",
        # no step before it: nobody's step
        "Less uric acid is produced at night.",
        # a target named with no drug binding it is no step "This" stands for: an enzyme that makes a chemical is
        # not what lowers its production
        "A protein called lipocortin blocks phospholipase A2.\n2. This reduces prostaglandin production.",
    ],
)
def test_no_step_without_a_step_before_it_follows(text, lexicon):
    assert {s for s in steps(text, lexicon) if s[1] in ("increases", "decreases") and s[2] != "allopurinol"} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Furosemide removes excess fluid (oedema) caused by heart failure or kidney disease.",
            {
                ("heart-failure", "causes", "edema", False, None),
                ("kidney-diseases", "causes", "edema", False, None),
            },
        ),
        (
            # a bracket that is not the whole name before the cue is no object
            "Furosemide treats pain (in heart failure) caused by gout.",
            set(),
        ),
    ],
)
def test_a_name_in_brackets_before_caused_by_is_what_is_caused(text, expected, lexicon):
    assert {s for s in steps(text, lexicon) if s[1] == "causes"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "This" after a lowered step: less production, lower risk; the two move together
            "Allopurinol reduces uric acid production. This lowers the risk of gout.",
            {
                ("allopurinol", "decreases", "uric-acid-production", False, 1),
                ("uric-acid-production", "increases", "gout", False, 2),
            },
        ),
        (
            # a lowered step causes nothing by itself: "uric acid production causes fewer attacks" is no reading
            "Allopurinol reduces uric acid production. This leads to fewer gout attacks.",
            {("allopurinol", "decreases", "uric-acid-production", False, 1)},
        ),
        (
            # a level after a lowered step: less production, a lower level
            "Allopurinol reduces uric acid production. This lowers the level of uric acid in the blood.",
            {
                ("allopurinol", "decreases", "uric-acid-production", False, 1),
                ("uric-acid-production", "increases", "uric-acid", False, 2),
            },
        ),
    ],
)
def test_a_step_after_a_lowered_step_keeps_the_direction_of_cause_and_effect(text, expected, lexicon):
    assert steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # what the urine carries away is a urinary excretion, raised by the step before (not "caused")
            "How it works:\n1. Acetazolamide blocks the enzyme carbonic anhydrase.\n"
            "2. This makes the kidneys pass more bicarbonate into the urine.",
            {
                ("acetazolamide", "bindsTo", "carbonic-anhydrase", False, 1),
                ("acetazolamide", "hasMechanismOfAction", "carbonic-anhydrase-inhibition", False, 1),
                ("carbonic-anhydrase-inhibition", "increases", "urinary-bicarbonate-excretion", False, 2),
            },
        ),
        (
            # the drug named as the subject
            "Furosemide makes you lose more salt in your urine.",
            {("furosemide", "increases", "urinary-salt-excretion", False, 1)},
        ),
        (
            # passing more urine names no chemical: no step
            "Furosemide makes you pass more urine in the first hours.",
            set(),
        ),
    ],
)
def test_what_the_urine_carries_away_is_a_urinary_excretion(text, expected, lexicon):
    assert steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # ", so" after the drug's act on an enzyme: the inhibition lowers the chemical
            "Allopurinol blocks xanthine oxidase, so less uric acid is made.",
            ALLOPURINOL_ACTS | {("xanthine-oxidase-inhibition", "decreases", "uric-acid", False, 2)},
        ),
        (
            # ", so" after a lowered process: less production, less of the chemical; the two move together
            "Allopurinol reduces uric acid production, so less uric acid builds up in the joints.",
            {
                ("allopurinol", "decreases", "uric-acid-production", False, 1),
                ("uric-acid-production", "increases", "uric-acid", False, 2),
            },
        ),
        (
            # no act or process before the split: nothing brought it about
            "Allopurinol treats gout, so less uric acid is made.",
            set(),
        ),
        (
            # the clause gives its own cause
            "Allopurinol blocks xanthine oxidase, so less uric acid is made when you fast.",
            ALLOPURINOL_ACTS,
        ),
    ],
)
def test_a_so_clause_states_what_the_clause_before_brought_about(text, expected, lexicon):
    assert steps(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Allopurinol blocks xanthine oxidase, which reduces uric acid production.",
        "Allopurinol blocks xanthine oxidase, and this lowers uric acid production.",
    ],
)
def test_a_blocked_enzyme_is_no_subject_of_the_step_after_it(text, lexicon):
    # the enzyme makes uric acid: "xanthine oxidase decreases uric acid production" would reverse cause and effect
    assert steps(text, lexicon) == ALLOPURINOL_ACTS | {
        ("xanthine-oxidase-inhibition", "decreases", "uric-acid-production", False, 2)
    }
