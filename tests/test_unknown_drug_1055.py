"""Decision 1055: a drug no vocabulary knows is recognised where the text gives it as a medicine without calling it
one in so many words: an INN-shaped word the text says was given or used ("The nurses used X"), or written three
times and named by the title or opening a sentence; a name in no INN stem written three times, opening a sentence,
with its brand after it ("X pegol, brand name Y"). Near misses: a plain name written twice, or with no brand or
frame; an INN-shaped name only in passing; an ordinary word after "used". The sentences and documents are invented.
"""

import pytest
from extracting import rule_claims

claims = rule_claims

LETTER = "Dear Kim,\n\n{}\nLove, Jo\n"
BACK = "It doesn't interact with paracetamol, which I take for my back."
RASH = "Paracetamol can cause a rash. It is not an antibiotic."
#: (decision 1124: paracetamol, the letter's only drug, named once with no title - not sure, so "It is not an
#: antibiotic" is class-negated-referred)
RASH_CLAIMS = {
    ("acetaminophen", "hasAdverseEffect", "exanthema", False, "Asserted", "rule:adverse-cue"),
    ("acetaminophen", "isA", "antibiotic", True, "Asserted", "rule:class-negated-referred"),
}
TIRED = ("tavrenolol", "hasAdverseEffect", "fatigue", False, "Asserted", "rule:adverse-cue")
PARACETAMOL_BACK = ("acetaminophen", "treats", "back-pain", False, "Asserted", "rule:relative-use")
#: (decision 1124: tavrenolol named twice, no title - not sure, so the denial by "It" is referred)
NOT_PARACETAMOL = ("tavrenolol", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied-referred")
DIARRHOEA = ("fexatinib", "hasAdverseEffect", "diarrhea", False, "Asserted", "rule:adverse-cue")
NOT_PAINKILLER = ("fexatinib", "isA", "analgesic", True, "Asserted", "rule:class-negated")
BRAND = "My specialist moved me onto quorvanel pegol, brand name Quorvix, for my arthritis. "

CASES = [
    # an INN-shaped word given or used is the letter's drug: its side effect and denied partner (before: none, and
    # the letter's "It" had no drug but the painkiller)
    (
        LETTER.format(f"The nurses used tavrenolol for my racing heart. Tavrenolol can cause tiredness. {BACK}"),
        {
            TIRED,
            NOT_PARACETAMOL,
            PARACETAMOL_BACK,
            ("tavrenolol", "treats", "tachycardia", False, "Asserted", "rule:drug-for"),
        },
    ),
    # ... in a question too: the question itself says nothing
    (
        LETTER.format(f"Should I be given tavrenolol? Tavrenolol can cause tiredness. {BACK}"),
        {TIRED, NOT_PARACETAMOL, PARACETAMOL_BACK},
    ),
    # ... another person's medicine is still a medicine: what the text says of it is its own
    (
        LETTER.format(
            "My sister was given tavrenolol for her racing heart. Tavrenolol can cause tiredness. I take paracetamol "
            "for my back. Paracetamol can cause a rash."
        ),
        {
            TIRED,
            ("tavrenolol", "treats", "tachycardia", False, "Asserted", "rule:drug-for"),
            ("acetaminophen", "hasAdverseEffect", "exanthema", False, "Asserted", "rule:adverse-cue"),
            ("acetaminophen", "treats", "back-pain", False, "Asserted", "rule:drug-for"),
        },
    ),
    # an INN-shaped word written three times that the title names
    (
        "# Fexatinib and you\n\nFexatinib can cause diarrhoea. Take fexatinib with food. It is not a painkiller.\n",
        {DIARRHOEA, NOT_PAINKILLER},
    ),
    # ... or that opens a sentence, in a title-less letter
    (
        LETTER.format(
            "I have been on fexatinib since May. Fexatinib can cause diarrhoea. The pharmacist said fexatinib has a "
            "half-life of about two days. It is not a painkiller."
        ),
        {
            DIARRHOEA,
            NOT_PAINKILLER,
            ("fexatinib", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range"),
        },
    ),
    # must not change: an INN-shaped word only in passing, neither given, titled nor opening a sentence
    (
        LETTER.format(
            "I read about fexatinib in a magazine, and my cousin takes fexatinib, and the leaflet about fexatinib was "
            f"long. {RASH}"
        ),
        RASH_CLAIMS,
    ),
    # a name in no INN stem, written three times, opening a sentence, its brand after its full name
    (
        LETTER.format(
            f"{BRAND}Quorvanel can cause headaches. It doesn't interact with paracetamol, which I take on bad days. "
            "I inject quorvanel every two weeks."
        ),
        {
            ("quorvanel", "hasAdverseEffect", "headache", False, "Asserted", "rule:adverse-cue"),
            ("quorvanel", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied"),
        },
    ),
    # must not change: the same name written twice only ...
    (
        LETTER.format(
            f"{BRAND}Quorvanel can cause headaches. It doesn't interact with paracetamol, which I take on bad days."
        ),
        set(),
    ),
    # ... or three times with no brand and no naming frame
    (
        LETTER.format(
            "I read about quorvanel in a magazine. Quorvanel can cause headaches. My cousin says quorvanel is "
            "popular. It doesn't interact with paracetamol, which I take on bad days."
        ),
        set(),
    ),
    # ... and an ordinary word after "used" is no medicine (the "given" frame is for INN-shaped words only)
    (
        LETTER.format(f"We used cardboard for the stall. Cardboard is cheap, and cardboard can cause a rash. {RASH}"),
        RASH_CLAIMS,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
