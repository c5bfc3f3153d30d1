"""Decision 1087: getting up at night to pass water, said with how many times a night ("up three or four times a
night to pass water", "getting up several times in the night to wee") or with the toilet as its purpose ("up twice a
night for the loo", "needing the toilet at night"), is HPO's Nocturia, as the bare "getting up at night to pass urine"
already was (decision 0759). A count of wakings with no such purpose is no sign of the bladder (a night of broken
sleep). The negation of a clause of what is felt ("a feeling that the bladder never quite empties, and getting up
...") is the feeling's, up to its comma, never the list items after it. Each case asserts the whole set of claims
the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.recognise import LAY_PHRASES

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of times a night, with the purpose after it
        (
            "Finasteride for benign prostatic hyperplasia\n\nBenign prostatic hyperplasia causes getting up three "
            "times a night to pass water.",
            {("prostatic-hyperplasia", "hasPhenotype", "nocturia", False, "Asserted")},
        ),
        (
            "Abiraterone for prostate cancer\n\nProstate cancer can cause getting up several times in the night to "
            "wee.",
            {("prostate-cancer", "hasPhenotype", "nocturia", False, "Asserted")},
        ),
        # the toilet as the purpose, and a need of the toilet at night
        (
            "Abiraterone for prostate cancer\n\nProstate cancer can cause needing the toilet at night.",
            {("prostate-cancer", "hasPhenotype", "nocturia", False, "Asserted")},
        ),
        # the negation of a clause of what is felt ("a feeling that ... never ...") ends at its comma: the list item
        # after it is no denial
        (
            "Indoramin for benign prostatic hyperplasia\n\nHe has benign prostatic hyperplasia. Looking back, he had "
            "a weak stream, a feeling that the bladder never quite empties, and getting up three times a night to "
            "pass water.",
            {("prostatic-hyperplasia", "hasPhenotype", "nocturia", False, "Asserted")},
        ),
        # a count of wakings with no purpose of the bladder: broken sleep, no nocturia
        (
            "Zopiclone for insomnia\n\nInsomnia can mean waking four or five times a night.",
            set(),
        ),
        # a denial: nothing asserted
        (
            "Tamsulosin for an enlarged prostate\n\nHe is not getting up at night to pass water any more.",
            set(),
        ),
        # a question
        (
            "Tamsulosin for an enlarged prostate\n\nAre you getting up two or three times a night to pee?",
            set(),
        ),
    ],
)
def test_night_voiding_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def _nocturia(text: str) -> list[str]:
    return [m.group(0) for pattern, name, _ in LAY_PHRASES if name == "nocturia" for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("I was up four times a night for the loo.", ["up four times a night for the loo"]),
        ("getting up 3 or 4 times a night to pass urine", ["getting up 3 or 4 times a night to pass urine"]),
        ("Grandad kept needing the toilet at night.", ["needing the toilet at night"]),
        ("She would wake three times a night and lie there.", []),
        ("He needed the toilet after lunch.", []),
    ],
)
def test_nocturia_spans(text, spans):
    assert _nocturia(text) == spans
