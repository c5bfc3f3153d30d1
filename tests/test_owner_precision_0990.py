"""Decision 0990: owners of the top band's statements, round 44. A title-less text's drug is counted by its mentions
that do not name it in passing (a partner it is taken with or kept from, a kin or a comparison, a modifier), so a
partner named twice in one piece of advice no longer takes the text's half-life and its denied withdrawal; and a drug
named only after a denied withdrawal or a value, in a later clause and not as its subject, does not own it. The
sentences and documents are invented."""

from collections import Counter

import pytest
from extracting import rule_claims

from graph_build.text.document_drugs import document_drug
from graph_build.text.recognise import Mention

claims = rule_claims


LETTER = "Dear all,\n\nMy dentist prescribed etodolac for the pain after my tooth came out. "
CLINIC = "# Notes from the clinic\n\nThe nurse put a lidocaine patch on my back. Lidocaine numbs the skin. "
FIDAXOMICIN = "# Fidaxomicin\n\nFidaxomicin tablets are taken twice a day. "
HALF_LIFE = ("etodolac", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range")
NO_WITHDRAWAL = ("etodolac", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")
TREATS_PAIN = ("etodolac", "treats", "pain", False, "Asserted", "rule:treats-cue")
WITH_METHOTREXATE = ("etodolac", "interactsWith", "methotrexate", False, "Asserted", "rule:combined-with")
#: The same two claims where the letter names etodolac once or twice with no title: not sure, so the half-life by
#: "Its" and the withdrawal left unstated take their `-referred` names (decision 1124).
HALF_LIFE_REFERRED = (*HALF_LIFE[:5], "rule:value-range-referred")
NO_WITHDRAWAL_REFERRED = (*NO_WITHDRAWAL[:5], "rule:withdrawal-referred")

CASES = [
    # a partner named twice in one piece of advice, the letter's drug once: the letter's half-life and withdrawal
    (
        LETTER + "She said it must not be taken with methotrexate, because it lets the methotrexate build up in the "
        "blood. Its half-life is about seven hours. There's no withdrawal when I stop.\n",
        {HALF_LIFE_REFERRED, NO_WITHDRAWAL_REFERRED, TREATS_PAIN, WITH_METHOTREXATE},
    ),
    # a question asserts no withdrawal
    (
        LETTER + "She said it must not be taken with methotrexate, because it lets the methotrexate build up in the "
        "blood. Will there be withdrawal when I stop?\n",
        {TREATS_PAIN, WITH_METHOTREXATE},
    ),
    # must not change: a drug named freely more often is the letter's drug, and "Its" after its sentences is its own
    (
        "Dear all,\n\nMy dentist prescribed etodolac for a week. I have taken methotrexate for years. Methotrexate "
        "keeps my joints calm, and methotrexate is checked every month. Its half-life is about seven hours.\n",
        {("methotrexate", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted", "rule:value-range")},
    ),
    # a drug tried before, then named as kin and as a partner: the drug given instead, named freely twice
    (
        "Dear all,\n\nNaproxen was never strong enough for me. My doctor gave me etodolac instead. It is in the same "
        "family as naproxen. I must not take it with naproxen. Etodolac is taken twice a day with food. Its half-life "
        "is about seven hours.\n",
        {HALF_LIFE_REFERRED},  # (decision 1124: etodolac named twice, no title - not sure)
    ),
    # a drug named after the denied withdrawal, in a later clause as what someone treats something with: not its
    # owner; the drug the text is about is (decision 1124: lidocaine named twice, the title naming none - not sure, so
    # the withdrawal left unstated is referred)
    (
        CLINIC + "When the patch came off there was nothing to come off: no withdrawal, just a sore back that I treat "
        "with heat and paracetamol.\n",
        {("lidocaine", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal-referred")},
    ),
    # must not change: a drug named in the denial's own clause owns it ...
    (
        CLINIC + "There is no withdrawal with paracetamol either.\n",
        {("acetaminophen", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")},
    ),
    # ... and so does one that opens the later clause as its subject
    (
        CLINIC + "There is no withdrawal, so paracetamol can be stopped at once.\n",
        {("acetaminophen", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal")},
    ),
    # a drug named before the denial only as the partner "it" is taken with: not its owner
    (
        "# Etodolac for my back\n\nEtodolac is taken twice a day. I take it with paracetamol, and there's no "
        "withdrawal when I stop.\n",
        {
            ("etodolac", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal"),
        },
    ),
    # must not change: another person's medicine, with its own withdrawal, then the writer's denial of her own
    (
        "# Etodolac for my back\n\nEtodolac is taken twice a day. My sister is on sertraline, which she says gives "
        "her withdrawal effects if she misses a dose. There's no withdrawal with mine.\n",
        {
            ("etodolac", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal"),
            ("sertraline", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted", "rule:withdrawal"),
        },
    ),
    # a value, then another person's medicine given as an example in a later clause: the document's drug's value
    (
        FIDAXOMICIN + "Less than 1 per cent of each dose gets into the bloodstream, so it does not interact with "
        "tablets such as my neighbour's omeprazole.\n",
        {
            ("fidaxomicin", "hasFormulation", "tablet", False, "Asserted", "rule:form-compound"),
            ("fidaxomicin", "hasPharmacokineticValue", "oral-bioavailability", False, "Asserted", "rule:value-phrase"),
            ("fidaxomicin", "interactsWith", "omeprazole", True, "Asserted", "rule:interaction-denied"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_a_modifier_names_no_drug_taken():
    """ "other folate-blocking medicines": the substance blocked, not a drug of the text's (A twice, B once freely)."""
    text = "Club news\nI take A. A helps. Avoid B-blocking tablets and B-lowering ones. B is in food."
    starts = [text.index("A."), text.index("A helps"), text.index("B-b"), text.index("B-l"), text.index("B is")]
    ms = [Mention(s, s + 1, text[s].lower(), text[s], "t") for s in starts]
    chosen = document_drug(text, ms, {"a": "Drug", "b": "Drug"})
    assert (chosen.focus, chosen.drugs) == ("a", Counter(a=2, b=3))
