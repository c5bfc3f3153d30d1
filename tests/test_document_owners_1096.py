"""Decision 1096: the medicine a text is about keeps its claims when another substance is named more or nearer. A
brand read off the box ("X. Y on the box", "The brand on the bottle is Y") names the text's medicine; a brand after
"A combined with B" names the combination, whose first half is the medicine; what the medicine is turned into ("a
substance called B"), a hormone an illness feeds on and a hormone named in a blocker's kind ("a GnRH antagonist") own
nothing; and a denial "It doesn't interact with A or B that we were sent home with" keeps both as the pronoun's
partners. Each case asserts the whole set of claims (subject, predicate, object, negated, certainty) of a short text;
the texts are invented, with near misses (no brand, a question, two medicines taken apart, a switch, a hormone taken).
"""

import pytest
from extracting import certainty_claims

from graph_build.text.branded_drugs import BRAND_AFTER, first_half
from graph_build.text.recognise import Mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1 brand read off the box
        (
            "Depot chat log, printed for the board\n\nAl 09:01: back's gone again.\nJo 09:03: try ibuprofen?\nAl "
            "09:05: tried naproxen and ibuprofen, useless, so the GP gave me ketoprofen. Orudis on the box.\nAl "
            "09:07: she said alcohol doesn't interact with it.\nJo 09:09: ibuprofen never worked for me either.",
            {("ketoprofen", "interactsWith", "alcohol", True, "Asserted")},
        ),
        # near miss: no brand
        (
            "Depot chat log, printed for the board\n\nAl 09:01: back's gone again.\nJo 09:03: try ibuprofen?\nAl "
            "09:05: tried naproxen and ibuprofen, useless. Nothing on the box helps.\nAl 09:07: she said alcohol "
            "doesn't interact with it.\nJo 09:09: ibuprofen never worked for me either.",
            set(),
        ),
        # near miss: brand asked about
        (
            "Depot chat log, printed for the board\n\nAl 09:01: back's gone again.\nJo 09:03: try ibuprofen?\nAl "
            "09:05: tried naproxen and ibuprofen, useless. Should I ask for ketoprofen? Orudis on the box?\nAl "
            "09:07: she said alcohol doesn't interact with it.\nJo 09:09: ibuprofen never worked for me either.",
            set(),
        ),
        # 2 combination brand
        (
            "Note for the caretaker\n\nAfter the operation the surgeon prescribed oxycodone combined with "
            "paracetamol. The brand on the bottle is Percocet. It doesn't interact with amoxicillin. Later I go down "
            "to paracetamol alone, and paracetamol is gentle on the stomach, and paracetamol is cheap.",
            {("oxycodone", "interactsWith", "amoxicillin", True, "Asserted")},
        ),
        # near miss: two medicines taken apart
        (
            "Note for the caretaker\n\nAfter the operation the surgeon prescribed oxycodone and paracetamol. It "
            "doesn't interact with amoxicillin. Later I go down to paracetamol alone, and paracetamol is gentle on "
            "the stomach, and paracetamol is cheap.",
            {("acetaminophen", "interactsWith", "amoxicillin", True, "Asserted")},
        ),
        # 3 metabolite
        (
            "Letter to the editor\n\nMy doctor started me on codeine for the cough. Once swallowed, the tablet is "
            "turned into a substance called morphine. It doesn't interact with amoxicillin.",
            {
                ("codeine", "interactsWith", "amoxicillin", True, "Asserted"),
                ("codeine", "treats", "cough", False, "Asserted"),
            },
        ),
        # near miss: switched to another drug (open since round 50's merge of 1122/1124: the denial moves to the
        # document's drug, codeine, because "changed me to B" is no wording of a drug taken for 1122's guard)
        pytest.param(
            "Letter to the editor\n\nMy doctor started me on codeine for the cough. Then she changed me to morphine. "
            "It doesn't interact with amoxicillin.",
            {
                ("codeine", "treats", "cough", False, "Asserted"),
                ("morphine", "interactsWith", "amoxicillin", True, "Asserted"),
            },
            marks=pytest.mark.xfail(strict=True, reason="open: a wrong owner after round 50's merge (decision 1140)"),
        ),
        # 4 hormone fed on
        (
            "Letter to the editor\n\nMy doctor started me on letrozole. The tumour feeds on oestrogen. It doesn't "
            "interact with paracetamol.",
            {("letrozole", "interactsWith", "acetaminophen", True, "Asserted")},
        ),
        # near miss: hormone taken (open since round 50's merge of 1122/1124: the denial moves to letrozole, the
        # document's drug, because "The patch gives B" is no wording of a drug taken for 1122's guard)
        pytest.param(
            "Letter to the editor\n\nMy doctor started me on letrozole. The patch gives oestrogen. It doesn't "
            "interact with paracetamol.",
            {("estrogen", "interactsWith", "acetaminophen", True, "Asserted")},
            marks=pytest.mark.xfail(strict=True, reason="open: a wrong owner after round 50's merge (decision 1140)"),
        ),
        # 5 hormone in a blocker's kind
        (
            "Hen party email\n\nThe clinic started me on relugolix. What it is: a GnRH antagonist. It isn't a "
            "painkiller. It doesn't interact with alcohol.",
            {
                ("relugolix", "interactsWith", "alcohol", True, "Asserted"),
                ("relugolix", "isA", "analgesic", True, "Asserted"),
            },
        ),
        # 6 relative clause's with
        (
            "Cafe sheet\n\nThe nurse started me on desogestrel. It doesn't contain oestrogen. It doesn't interact "
            "with the iron tablets or vitamin D that we were sent home with either.",
            {
                ("desogestrel", "interactsWith", "iron-supplement", True, "Asserted"),
                ("desogestrel", "interactsWith", "vitamin-d", True, "Asserted"),
            },
        ),
        # near miss: a gerund pair of two partners, no pronoun
        (
            "Cafe sheet\n\nThe nurse started me on desogestrel. Taking vitamin D with iron tablets is fine.",
            {("vitamin-d", "interactsWith", "iron-supplement", True, "Asserted")},
        ),
        # near miss: a question
        (
            "Cafe sheet\n\nThe nurse started me on desogestrel. Does it interact with the iron tablets or vitamin D "
            "that we were sent home with?",
            set(),
        ),
    ],
)
def test_document_owners(lexicon, text, expected):
    assert certainty_claims(text, lexicon) == expected


def test_brand_read_off_the_box():
    assert BRAND_AFTER.match(". Zedex on the box.") and BRAND_AFTER.match(", Zedex on the pack, twice a day")
    assert not BRAND_AFTER.match(". Nothing on the box.") and not BRAND_AFTER.match(". It on the box.")
    assert BRAND_AFTER.match(". The brand on the bottle is Zedex.")


def test_first_half_of_a_combination():
    text = "He got A combined with B, then C and D."
    ms = [Mention(7, 8, "a", "A", "t"), Mention(23, 24, "b", "B", "t"), Mention(31, 32, "c", "C", "t")]
    ms.append(Mention(37, 38, "d", "D", "t"))
    assert [first_half(text, ms, m) for m in ms] == ["a", "a", "c", "d"]
