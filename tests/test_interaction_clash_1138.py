"""Decision 1138: "clash with" is lay English for "interact with". "It does not clash with B", "B doesn't clash with
it", "there's no clash with B" deny an interaction as "does not interact with" does (interaction-denied). A stated or
hedged clash ("It also clashes with A and B", "It may clash with A") is not read: measured, its "it" went to the drug
named last as often as to the document's drug. A question, a heading and a clash with nothing name no partner. The
sentences and documents are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

RASAGILINE = "# Rasagiline notes\n\nRasagiline is taken once a day. "

CASES = [
    # denied, the document's drug as "it" before the cue
    (
        RASAGILINE + "It does not clash with ibuprofen, which is good news for my knee.\n",
        {("rasagiline", "interactsWith", "ibuprofen", True, "Asserted", "rule:interaction-denied")},
    ),
    # denied, "it" after the cue and the partner its subject
    (
        RASAGILINE + "My omeprazole doesn't clash with it either, the pharmacist said.\n",
        {("rasagiline", "interactsWith", "omeprazole", True, "Asserted", "rule:interaction-denied")},
    ),
    # denied with "no clash", a list with a repeated "with"
    (
        RASAGILINE + "It has no clash with paracetamol or with the oxybutynin I take for my bladder.\n",
        {
            ("rasagiline", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied"),
            ("rasagiline", "interactsWith", "oxybutynin", True, "Asserted", "rule:interaction-denied"),
        },
    ),
    # asserted or hedged: not read (the owner of a stated clash's "it" was unsure)
    (RASAGILINE + "It also clashes with rifampicin and carbamazepine, which make it wear off too fast.\n", set()),
    (RASAGILINE + "It may clash with other antidepressants, so ask first.\n", set()),
    # a question asserts nothing
    (RASAGILINE + "Does it clash with ibuprofen?\n", set()),
    # a heading asserts nothing
    (RASAGILINE + "\n## Does it clash with anything?\n\nAsk at the pharmacy.\n", set()),
    # a clash with no medicine named: no partner
    (RASAGILINE + "Nothing clashed with it when I was in hospital.\n", set()),
    # another person's medicine clashing with another drug: nothing for the document's drug
    (RASAGILINE + "Jo's warfarin clashes with aspirin, but that is another story.\n", set()),
    # another person's medicine that does not clash with "it": the document's drug's denied interaction
    (
        RASAGILINE + "Her omeprazole does not clash with it, her pharmacist said.\n",
        {("rasagiline", "interactsWith", "omeprazole", True, "Asserted", "rule:interaction-denied")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
