"""Decisions 1024 and 1025: the recall of the band's value and dose-line rules, round 45.

1024 (value-phrase, pk_phrases.PHRASES): "an hour and a half" and "half an hour" are values; a level peaking a time
after the drug's dose is the time to peak concentration ("levels peak about 2 hours after a tablet", "it reaches its
highest level 3 hours after the injection", "it gets into the blood fast and peaks about an hour after a dose");
"kicks in within", "began to work within", "takes 30 minutes to work", "began to help after" are the onset; "one puff
keeps working for 12 hours" the duration; "the body clears half of each dose in 8 hours", "half of each dose has gone
within 3 hours" the half-life. A question states no value.

1025 (dose-line, dose_lines.py): a document whose title names no drug leaves its dose lines to the drug it leads with
(named three times, more than any other) while that drug is in focus and the sentence before names no other agent,
or to a sentence naming the text's drug and no other agent.

The sentences and documents are invented."""

import pytest
from extracting import rule_claims

ROPINIROLE = "# Ropinirole notes\n\nRopinirole is taken three times a day. "
CLUB = "# Walking club news\n\n"
LEADS = CLUB + "Dennis started ropinirole in May. Ropinirole helps his legs at night, and ropinirole lets him sleep. "
TABLET = {("ropinirole", "hasFormulation", "tablet", False, "Asserted", "rule:dose-line")}
PK = "hasPharmacokineticValue"


claims = rule_claims


def value(parameter: str, drug: str = "ropinirole") -> set[tuple]:
    """The one claim of a case: the drug's value of `parameter`, read by value-phrase."""
    return {(drug, PK, parameter, False, "Asserted", "rule:value-phrase")}


CASES = [
    # time to peak concentration: "an hour and a half" read as a value
    (
        ROPINIROLE + "It reaches its highest level in the blood about an hour and a half after a dose.\n",
        value("time-to-peak-concentration"),
    ),
    (
        ROPINIROLE + "The level in the blood peaks within about two hours of the first tablet.\n",
        value("time-to-peak-concentration"),
    ),
    (ROPINIROLE + "After a dose, levels peak in roughly three hours.\n", value("time-to-peak-concentration")),
    (
        ROPINIROLE + "It gets into the blood quickly and peaks about two hours after a tablet.\n",
        value("time-to-peak-concentration"),
    ),
    # near misses: a substance's level after a meal, one end of a range, a sign peaking
    (ROPINIROLE + "The blood sugar level peaks about an hour after a meal.\n", set()),
    (ROPINIROLE + "Levels peak between half an hour and six hours after the tablet.\n", set()),
    (ROPINIROLE + "The rash reaches its peak about two days after the injection.\n", set()),
    # another drug's: its own value
    (
        ROPINIROLE + "Naproxen gets into the blood fast and peaks about two hours after a tablet.\n",
        value("time-to-peak-concentration", "naproxen"),
    ),
    # onset
    (ROPINIROLE + "It kicks in within about half an hour.\n", value("onset-of-action")),
    (ROPINIROLE + "It takes about 30 minutes to work.\n", value("onset-of-action")),
    (ROPINIROLE + "It began to help after about three days.\n", value("onset-of-action")),
    (ROPINIROLE + "I felt the difference within two days of the first tablet.\n", value("onset-of-action")),
    # near misses: denied, a question, "to work the cream in"
    (ROPINIROLE + "It does not kick in within half an hour.\n", set()),
    (ROPINIROLE + "Does it start to work within an hour?\n", set()),
    (ROPINIROLE + "It takes about 10 minutes to work the cream into the skin.\n", set()),
    # a heading is no sentence of the drug's: nothing read
    (ROPINIROLE + "\n## Starts to work within an hour\n", set()),
    # duration and half-life
    (ROPINIROLE + "One puff keeps working for about twelve hours.\n", value("duration-of-action")),
    (ROPINIROLE + "The body clears half of each dose in about eight hours.\n", value("elimination-half-life")),
    (ROPINIROLE + "Half of each dose has gone within two to three hours.\n", value("elimination-half-life")),
    (ROPINIROLE + "It takes about 25 hours for half of it to leave the body.\n", value("elimination-half-life")),
    # dose lines of a document whose title names no drug (decision 1025): the drug it leads with, in focus, the
    # sentence before naming no other agent ...
    (LEADS + "He takes one 2 mg tablet each evening.\n", TABLET),
    # ... or a sentence naming the text's drug alone (decision 1124: ropinirole named once, no title - not sure, so the
    # dose line is dose-line-referred; the near misses below read nothing at all)
    (
        CLUB + "Dennis has restless legs. Last spring his GP added ropinirole, a 2 mg tablet taken once a day.\n",
        {("ropinirole", "hasFormulation", "tablet", False, "Asserted", "rule:dose-line-referred")},
    ),
    # near misses: the sentence before names another agent too (a combination, an added drug), another drug in
    # focus, another agent in the sentence, a denial, a drug named once only
    (
        LEADS + "His GP thought about adding pramipexole to the ropinirole. He takes one 2 mg tablet each evening.\n",
        set(),
    ),
    (LEADS + "He also takes gabapentin. He takes one 300 mg capsule each evening.\n", set()),
    (
        CLUB + "Dennis has restless legs. His GP stopped the gabapentin and added ropinirole, one 2 mg tablet each "
        "evening.\n",
        set(),
    ),
    (CLUB + "Dennis has restless legs. His GP added ropinirole, not a 2 mg tablet taken once a day.\n", set()),
    (CLUB + "Dennis started ropinirole in May. He takes one 2 mg tablet each evening.\n", set()),
    # a question about the dose presupposes its form (the dose-line reads the form, as in a titled leaflet)
    (LEADS + "Does he take one 2 mg tablet each evening?\n", TABLET),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
