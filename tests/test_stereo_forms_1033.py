"""Decision 1033: a drug's mirror-image form named by its stereo prefix (levo-, dex-/dextro-, es-, ar-, R-) is another
concept than the mixture its bare name names. Where the drug vocabulary files the form under the mixture's record
(levosimendan under simendan), the mention keeps its own name and no identifier, as an unknown drug does; a form with
its own record keeps it. The texts are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.recognise import recognise
from graph_build.text.vocabularies import other_form

claims = rule_claims

OPEN = "Hello everyone,\n\n"

# (decision 1124: each letter names its drug once, no title - not sure, so a claim by "It" / "Its" takes the band
# rule's `-referred` name; the drug's own name is what these cases test)
RANGE = "rule:value-range-referred"
DENIED = "rule:interaction-denied-referred"

CASES = [
    # the form filed under the mixture: its own name
    (
        OPEN + "Grandad was put on a levosimendan drip in hospital. Its half-life is about an hour.\n",
        {("levosimendan", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", RANGE)},
    ),
    # must not change: the mixture named as itself
    (
        OPEN + "Grandad was given simendan in a trial. Its half-life is about an hour.\n",
        {("simendan", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", RANGE)},
    ),
    # must not change: forms with their own records
    (
        OPEN + "My hay fever is bad. I now take levocetirizine. It does not interact with paracetamol.\n",
        {("levocetirizine", "interactsWith", "acetaminophen", True, "Asserted", DENIED)},
    ),
    (
        OPEN + "My back is bad. I now take dexketoprofen. It does not interact with paracetamol.\n",
        {("dexketoprofen", "interactsWith", "acetaminophen", True, "Asserted", DENIED)},
    ),
    # a form the person was not given: still its own name, the text's only drug
    (
        OPEN + "Grandad was not given levosimendan in the end. It does not interact with warfarin.\n",
        {("levosimendan", "interactsWith", "warfarin", True, "Asserted", DENIED)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("name", "slug", "identified"),
    [
        ("levosimendan", "levosimendan", False),
        ("Levosimendan", "levosimendan", False),
        ("simendan", "simendan", True),
        ("escitalopram", "escitalopram", True),
        ("esomeprazole", "esomeprazole", True),
        ("levofloxacin", "levofloxacin", True),
        # one concept under two names: the INN of the form is the record's own name
        ("dexamfetamine", "dextroamphetamine", True),
        ("levomepromazine", "methotrimeprazine", True),
    ],
)
def test_names(name, slug, identified, lexicon):
    mentions, new = recognise(f"I take {name} daily.", lexicon)
    assert [m.slug for m in mentions] == [slug]
    entity = new.get(slug) or lexicon[slug]
    assert bool(entity.exact) == identified


def test_other_form():
    assert other_form("levosimendan", "simendan") and other_form("dexverapamil", "verapamil")
    assert other_form("arformoterol", "formoterol") and other_form("levofloxacin", "ofloxacin")
    # the body's one form, a name that only starts like a prefix, a mixture named by its form's name
    assert not other_form("levoepinephrine", "epinephrine")
    assert not other_form("estradiol", "oestradiol")
    assert not other_form("propoxyphene", "dextropropoxyphene")
    assert not other_form("s-adenosylmethionine", "adenosylmethionine")
