"""Decision 1079: a drug no vocabulary knows is recognised in more of the ways a text gives it: an INN-shaped word in
a stem the list lacked (-gepant, ...) or in a letter's frame ("put me on a new injection called X", "is now on X"),
or written twice and opening a sentence; a name in no INN stem written three times, opening a sentence, as the name
of a form ("X drops") or prescribed ("My GP prescribed X"), or named a class in bold ("X is an **antispasmodic**").
Near misses: the same names only in passing, written twice only, an INN stem itself ("Gepant tablets"), a kind of
medicine ("hormone injections"), a capitalised place with a form after it. The sentences and documents are invented.
"""

import pytest
from extracting import rule_claims

claims = rule_claims

LETTER = "Dear Kim,\n\n{}\nLove, Jo\n"
BAD_DAYS = "It doesn't interact with paracetamol, which I take on bad days."


def own(drug: str, effect: str, denied: str = "rule:interaction-denied") -> set[tuple]:
    """The letter's side effect and denied partner, given to `drug` (the denial under the rule `denied`)."""
    return {
        (drug, "hasAdverseEffect", effect, False, "Asserted", "rule:adverse-cue"),
        (drug, "interactsWith", "acetaminophen", True, "Asserted", denied),
    }


#: A letter naming its drug once or twice with no title: not sure, so the denial by "It" is referred (decision 1124).
REFERRED = "rule:interaction-denied-referred"


CASES = [
    # an INN-shaped word in a stem the list lacked, written twice and opening a sentence (before: none)
    (
        LETTER.format(
            f"My neurologist suggested zorbigepant for my migraines. Zorbigepant can cause nausea. {BAD_DAYS}"
        ),
        own("zorbigepant", "nausea", REFERRED)
        | {("zorbigepant", "treats", "migraine-disorders", False, "Asserted", "rule:drug-for")},
    ),
    # must not change: the same word only in passing, opening no sentence
    (
        LETTER.format(
            "I read about zorbigepant for migraines in a magazine. My cousin says zorbigepant can cause nausea. "
            f"{BAD_DAYS}"
        ),
        set(),
    ),
    # must not change: the stem itself names a class, even as the name of tablets
    (
        "# Club news\n\nTom takes sumatriptan for migraine. It can cause dizziness. A gepant suits him. Gepant tablets"
        " work. Gepant users say so.",
        {
            ("sumatriptan", "hasAdverseEffect", "dizziness", False, "Asserted", "rule:adverse-cue"),
            ("sumatriptan", "treats", "migraine-disorders", False, "Asserted", "rule:drug-for"),
        },
    ),
    # an INN-shaped word named once in a letter's frame ("an injection called X") and once opening a sentence
    (
        LETTER.format(
            f"The clinic has put me on a new injection called fexolimab. Fexolimab can cause headaches. {BAD_DAYS}"
        ),
        own("fexolimab", "headache", REFERRED),
    ),
    # ... or once only, as the medicine someone is on: the letter's "It" is that medicine
    (
        LETTER.format(f"My aunt is now on fexolimab for her joints. It can cause headaches. {BAD_DAYS}"),
        own("fexolimab", "headache", REFERRED),
    ),
    # a name in no INN stem written three times, opening a sentence, as the name of the drops
    (
        LETTER.format(
            "The optician gave me quorvanel drops. Quorvanel can cause headaches. I put quorvanel in both eyes at "
            f"night. {BAD_DAYS}"
        ),
        own("quorvanel", "headache"),
    ),
    # must not change: the same name written twice only
    (LETTER.format(f"The optician gave me quorvanel drops. Quorvanel can cause headaches. {BAD_DAYS}"), set()),
    # ... prescribed
    (
        LETTER.format(
            "My GP prescribed talvorix for my sleep. Talvorix can cause headaches. I take talvorix at night. "
            f"{BAD_DAYS}"
        ),
        own("talvorix", "headache"),
    ),
    # must not change: prescribed, but opening no sentence
    (
        LETTER.format(
            "My GP prescribed talvorix for my sleep. My cousin says talvorix can cause headaches, and talvorix is "
            f"dear. {BAD_DAYS}"
        ),
        set(),
    ),
    # ... named a drug class in bold
    (
        LETTER.format(
            "Quorvanel is an **antispasmodic**. Quorvanel can cause headaches. I take quorvanel before meals. "
            f"{BAD_DAYS}"
        ),
        own("quorvanel", "headache")
        | {("quorvanel", "isA", "antispasmodic", False, "Asserted", "rule:class-membership")},
    ),
    # must not change: a kind of medicine before a form's word, written three times and opening a sentence
    (
        LETTER.format(
            "Hormone injections came first. Then my GP gave me hormone injections again, and hormone tablets too. "
            f"{BAD_DAYS}"
        ),
        set(),
    ),
    # must not change: a place's name, never in lower case, with a form's word after it
    (
        LETTER.format(
            f"We played at Tallowby tablets club. Tallowby can cause headaches. We love Tallowby. {BAD_DAYS}"
        ),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
