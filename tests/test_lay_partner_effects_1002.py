"""Decision 1002: three lay shapes of an interaction whose drug is often named only as "It". "It adds to the drowsiness
of A", "X can add to the sleepiness caused by A" (effect-of: the shared effect named for what it is, the drowsiness,
sleepiness or sedation of a partner); "It must never be doubled up with A" (combined-with: a warning against two of a
kind together, as "must not be given with" is); "It can make warfarin thin the blood more", "It makes A work harder",
"It can make A more likely to cause bleeding", "It can make A build up in the blood" (makes-work: a partner's effect
made stronger). Near misses: a denial keeps its negation, a hedge its certainty, a drowsiness of no medicine ("of the
evening") and a question say nothing, "can be doubled up with" is no warning, a dose doubled up is no partner, and an
organ made to work harder or fluid made to build up is no medicine. Each case asserts the whole set of claims of the
short text: (subject, predicate, object, negated, certainty, rule). The sentences are invented."""

import pytest
from extracting import rule_claims


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text` with a final newline: (subject, predicate, object, negated,
    certainty, rule)."""
    return rule_claims(text + "\n", lexicon)


CLEMASTINE = "Clemastine for hay fever\n\nClemastine is taken twice a day.\n\n"
ETODOLAC = "Etodolac for arthritis\n\nEtodolac is taken twice a day.\n\n"
NAPROXEN = "Naproxen for joint pain\n\nNaproxen is taken twice a day.\n\n"
EFFECT, COMBINED, MAKES = "rule:effect-of", "rule:combined-with", "rule:makes-work"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CLEMASTINE + "It adds to the sleepiness of diazepam.",
            {("clemastine", "interactsWith", "diazepam", False, "Asserted", EFFECT)},
        ),
        # hedged: the modal's certainty
        (
            CLEMASTINE + "It may add to the drowsiness of diazepam.",
            {("clemastine", "interactsWith", "diazepam", False, "Possible", EFFECT)},
        ),
        (
            CLEMASTINE + "Clemastine can add to the drowsiness caused by diazepam.",
            {("clemastine", "interactsWith", "diazepam", False, "Asserted", EFFECT)},
        ),
        # denied: the negation stays
        (
            CLEMASTINE + "It does not add to the drowsiness of diazepam.",
            {("clemastine", "interactsWith", "diazepam", True, "Asserted", EFFECT)},
        ),
        # a drowsiness of no medicine, and a question
        (CLEMASTINE + "It adds to the drowsiness of the evening.", set()),
        (CLEMASTINE + "Does it add to the drowsiness of diazepam?", set()),
        # two other drugs: their own pair, not the document's drug
        (
            CLEMASTINE + "Diazepam adds to the sleepiness of zopiclone.",
            {("diazepam", "interactsWith", "zopiclone", False, "Asserted", EFFECT)},
        ),
        # a warning against doubling up: asserted, each partner of the list
        (
            ETODOLAC + "It must never be doubled up with aspirin or naproxen.",
            {
                ("etodolac", "interactsWith", "aspirin", False, "Asserted", COMBINED),
                ("etodolac", "interactsWith", "naproxen", False, "Asserted", COMBINED),
            },
        ),
        # a question, a leave and a doubled dose: nothing
        (ETODOLAC + "Should it be doubled up with aspirin?", set()),
        (ETODOLAC + "It can be doubled up with paracetamol.", set()),
        (ETODOLAC + "The dose should not be doubled up after a missed one.", set()),
        # a partner's effect made stronger
        (
            NAPROXEN + "It can make warfarin thin the blood more.",
            {("naproxen", "interactsWith", "warfarin", False, "Asserted", MAKES)},
        ),
        (
            NAPROXEN + "It makes warfarin work harder, so extra blood tests are needed.",
            {("naproxen", "interactsWith", "warfarin", False, "Asserted", MAKES)},
        ),
        (
            NAPROXEN + "It can make warfarin more likely to cause bleeding.",
            {
                ("naproxen", "interactsWith", "warfarin", False, "Asserted", MAKES),
                ("warfarin", "hasAdverseEffect", "hemorrhage", False, "Possible", "rule:adverse-verb"),
            },
        ),
        (
            NAPROXEN + "It can make lithium build up in the blood.",
            {("naproxen", "interactsWith", "lithium", False, "Asserted", MAKES)},
        ),
        (
            NAPROXEN + "It does not make warfarin thin the blood more.",
            {("naproxen", "interactsWith", "warfarin", True, "Asserted", MAKES)},
        ),
        # another drug named as the agent: its own pair
        (
            NAPROXEN + "Aspirin can make warfarin thin the blood more.",
            {("warfarin", "interactsWith", "aspirin", False, "Asserted", MAKES)},
        ),
        # an organ, a person, fluid: no medicine; a question
        (NAPROXEN + "It makes the heart work harder.", set()),
        (NAPROXEN + "It can make you more likely to cause an accident.", set()),
        (NAPROXEN + "It makes fluid build up in the legs.", set()),
        (NAPROXEN + "Does it make warfarin thin the blood more?", set()),
    ],
)
def test_lay_partner_effects(lexicon, text, expected):
    assert claims(text, lexicon) == expected
