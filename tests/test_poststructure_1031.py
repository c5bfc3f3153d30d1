"""Decision 1031: three shapes round 45's never-tuned run read wrong. The pronoun "I" ending a clause after a
lower-case word ("and neither had I.") is no initial, so its full stop ends the sentence and the denial stays in it;
a mention after ", and" with a verb of its own after it ("A raises the level of X, and B lowers it") opens a new
clause, no partner of the list before it; and "It's fine with A" of the text's drug is a denied interaction, never
an interactions list's asserted one. Each case asserts the whole set of claims the short text gives: (subject,
predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.segment import segment

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun "I" closes its sentence: the denial before it stays there
        (
            "Gentamicin\n\nMy brother had never heard of it, and neither had I. It is an antibiotic.",
            {("gentamicin", "isA", "antibiotic", False, "Asserted")},
        ),
        (
            "Gentamicin\n\nThe nurse knew it well, but so did I. It is an antibiotic.",
            {("gentamicin", "isA", "antibiotic", False, "Asserted")},
        ),
        # near miss: the denial in the class sentence itself stays
        (
            "Gentamicin\n\nNeither had I. It is not an antibiotic for colds.",
            set(),
        ),
        # a later clause's agent with its own verb: no partner of the first clause's agent
        (
            "Ivabradine diary\n\nSome antifungals like ketoconazole raise the level of ivabradine, "
            "and phenytoin lowers it.",
            {
                ("ketoconazole", "isA", "antifungal-agent", False, "Asserted"),
                ("ivabradine", "interactsWith", "ketoconazole", False, "Asserted"),
                ("ivabradine", "interactsWith", "phenytoin", False, "Asserted"),
            },
        ),
        (
            "Ivabradine diary\n\nKetoconazole may raise the level of ivabradine, and phenytoin may lower it.",
            {
                ("ivabradine", "interactsWith", "ketoconazole", False, "Possible"),
                ("ivabradine", "interactsWith", "phenytoin", False, "Possible"),
            },
        ),
        # near miss: a plain list after the cue stays a list
        (
            "Ketoconazole notes\n\nKetoconazole raises the levels of ivabradine and simvastatin.",
            {
                ("ketoconazole", "interactsWith", "ivabradine", False, "Asserted"),
                ("ketoconazole", "interactsWith", "simvastatin", False, "Asserted"),
            },
        ),
        # "It's fine with A": a denied interaction of the text's drug
        (
            "Tramadol notes\n\n## Interactions\n- It's fine with ibuprofen, which he took later.",
            {("tramadol", "interactsWith", "ibuprofen", True, "Asserted")},
        ),
        (
            "Tramadol notes\n\nIt is fine with ibuprofen.",
            {("tramadol", "interactsWith", "ibuprofen", True, "Asserted")},
        ),
        # the later clause's own "A is fine with it too": A's denial, no partner of the clause before
        (
            "Tramadol notes\n\nIt doesn't interact with her sertraline, and ibuprofen is fine with it too.",
            {
                ("tramadol", "interactsWith", "sertraline", True, "Asserted"),
                ("tramadol", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # near miss: "fine for" a use is no statement about the pair
        (
            "Tramadol notes\n\nIt doesn't interact with her sertraline, and ibuprofen is fine for the headache.",
            {
                ("tramadol", "interactsWith", "sertraline", True, "Asserted"),
                ("ibuprofen", "treats", "headache", False, "Asserted"),
            },
        ),
        # near miss: a bullet that warns stays an interaction
        (
            "Tramadol notes\n\n## Interactions\n- It's risky with sertraline.",
            {("tramadol", "interactsWith", "sertraline", False, "Asserted")},
        ),
        # near miss: a question asserts nothing
        ("Tramadol notes\n\nIs it fine with ibuprofen?", set()),
    ],
)
def test_post_structure_shapes(lexicon: dict, text: str, expected: set) -> None:
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Neither had I. It is an antibiotic.", 2),
        ("So did I. Then it worked.", 2),
        # an initial after a name, or an author's credit, is no sentence end
        ("A note by I. Smith on dosing.", 1),
        ("John I. Smith wrote it.", 1),
    ],
)
def test_pronoun_i_ends_its_sentence(text: str, count: int) -> None:
    assert len(segment(text)) == count
