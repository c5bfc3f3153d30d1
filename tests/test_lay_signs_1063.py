"""Decision 1063: the everyday words of two signs no vocabulary lists. Fatigue: a person "worn out", "washed out",
"wiped out", "exhausted", "knackered" or "shattered", or one who "tires easily"; never a thing used up or broken
("the cartilage is worn out", "the supply was exhausted"), never "shattered by" a blow, never in a clause of "if /
when". Pruritus: the verb, noun and adjective of itching ("patches that itch", "an itch", "itchy welts"); never
"itchy eyes" (another sign), "itching to" (a wish) or "jock itch" (an illness). Each case asserts the whole set of
claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.lay_signs import itch_words, lay_fatigue

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lay word of fatigue after a feeling verb: the illness's sign
        (
            "Hydroxychloroquine for lupus\n\nLupus can make you feel washed out and achy.",
            {("systemic-lupus-erythematosus", "hasPhenotype", "fatigue", False, "Asserted")},
        ),
        # people with the illness who feel it
        (
            "Methotrexate for psoriasis\n\nPeople with psoriasis often feel exhausted.",
            {("psoriasis", "hasPhenotype", "fatigue", False, "Asserted")},
        ),
        # the medicine's: a side effect, never the illness's sign
        (
            "Hydroxychloroquine for lupus\n\nHydroxychloroquine can leave you feeling washed out.",
            {("hydroxychloroquine", "hasAdverseEffect", "fatigue", False, "Asserted")},
        ),
        # a question says nothing
        ("Hydroxychloroquine for lupus\n\nDoes lupus leave you exhausted?", set()),
        # a thing worn out or used up is no person's tiredness
        ("Methotrexate for psoriasis\n\nIn osteoarthritis the cartilage is worn out.", set()),
        ("Methotrexate for psoriasis\n\nThe supply of the tablets was exhausted in May.", set()),
        # the verb of itching: the illness's sign, and denied where the text denies it
        (
            "Methotrexate for psoriasis\n\nPsoriasis causes thick red patches that itch.",
            {("psoriasis", "hasPhenotype", "pruritus", False, "Asserted")},
        ),
        (
            "Methotrexate for psoriasis\n\nPsoriasis causes thick red patches that do not itch.",
            {("psoriasis", "hasPhenotype", "pruritus", True, "Asserted")},
        ),
        # a bullet under a heading of the illness's symptoms
        (
            "Methotrexate for psoriasis\n\nThe symptoms of psoriasis are:\n\n- thick red patches\n- skin that itches\n",
            {("psoriasis", "hasPhenotype", "pruritus", False, "Asserted")},
        ),
    ],
)
def test_lay_signs(lexicon, text, expected):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She felt worn out, and by noon I was exhausted.", ["worn out", "exhausted"]),
        ("He tires easily; I'm shattered; being knackered all the time.", ["tires easily", "shattered", "knackered"]),
        ("It left him wiped out for a day.", ["wiped out"]),
        ("She felt weak and washed out.", []),
        ("The hip joint is worn out and the battery was exhausted.", []),
        ("He was shattered by the news and exhausted from the climb.", []),
        ("If you get exhausted, stop and rest.", []),
    ],
)
def test_lay_fatigue_words(text, words):
    assert [text[a:b] for a, b in lay_fatigue(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The patches itch like mad and it itched all night.", ["itch", "itched"]),
        ("Eyes that itch and water; a nose that runs and itches.", []),
        ("Her skin gets itchy, and the patches itched.", ["itchy", "itched"]),
        ("An itch kept me awake; raised, itchy welts came up; it calms the itch.", []),
        ("Hay fever gives you itchy eyes and an itchy nose.", []),
        ("He was itching to get back; she had jock itch and swimmer's itch.", []),
    ],
)
def test_itch_words(text, words):
    assert [text[a:b] for a, b in itch_words(text)] == words
