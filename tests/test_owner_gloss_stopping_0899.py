"""Decision 0899: a heading asking what a drug is, pressed by "exactly" ("## What exactly is X?"), names the
document's drug as "## What is X?" does, so a later side-effect section under a heading naming no drug is X's, not a
partner's named as often; a side-effect item's own "may" after a gloss in brackets ("- Wind (flatulence) may get
worse") hedges it; "could stop ... without any withdrawal symptoms" asserts the denial. The sentences are invented."""

import pytest
from extracting import certainty_claims


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    return certainty_claims(text, lexicon, ".md")


STORY = (
    "# Allotment society notes\n\n"
    "## Our treasurer is back\n\n"
    "Ron takes oxycodone for his back. The oxycodone helps. Oxycodone slowed his bowels right down, "
    "and oxycodone is hard to stop. He still needs the oxycodone.\n\n"
    "## {heading}\n\n"
    "His GP added methylnaltrexone. Methylnaltrexone is an injection. Methylnaltrexone does not reach the brain, "
    "so it leaves the oxycodone to do its job. Methylnaltrexone works within hours.\n\n"
    "## What are the downsides?\n\n"
    "Other side effects include:\n\n"
    "- dizziness\n"
    "- headache\n"
)


@pytest.mark.parametrize(
    ("heading", "owner"),
    [
        ("What exactly is methylnaltrexone?", "methylnaltrexone"),
        ("So what is methylnaltrexone?", "methylnaltrexone"),
        # a heading that asks nothing of the drug leaves the text's most named drug its drug
        ("A new injection", "oxycodone"),
    ],
)
def test_a_heading_asking_what_the_drug_is_names_the_documents_drug(heading, owner, lexicon):
    found = {c for c in claims(STORY.format(heading=heading), lexicon) if c[1] == "hasAdverseEffect"}
    assert found == {(owner, "hasAdverseEffect", o, False, "Asserted") for o in ("dizziness", "headache")}


LEAFLET = "# Mesalazine leaflet\n\nMesalazine is taken every day.\n\n## Side effects\n\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("- Wind (flatulence) may get worse.\n", {("flatulence", "Possible")}),
        ("- Flatulence (wind) might get worse.\n", {("flatulence", "Possible")}),
        # no modal of the effect's own: asserted
        ("- Flatulence (wind).\n", {("flatulence", "Asserted")}),
        # a modal of a consequence hedges nothing
        ("- Flatulence (wind), which may be embarrassing.\n", {("flatulence", "Asserted")}),
    ],
)
def test_an_items_own_modal_after_a_gloss_hedges_it(item, expected, lexicon):
    found = {(c[0], c[2], c[3], c[4]) for c in claims(LEAFLET + item, lexicon) if c[1] == "hasAdverseEffect"}
    assert found == {("mesalazine", o, False, certainty) for o, certainty in expected}


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("She could stop them without getting any withdrawal symptoms.", "Asserted"),
        ("You could come off it without any withdrawal effects.", "Asserted"),
        ("You can stop it without withdrawal symptoms.", "Asserted"),
        # another hedge of the sentence keeps the denial in doubt
        ("She might stop it without any withdrawal symptoms.", "Possible"),
        ("She could probably stop it without any withdrawal symptoms.", "Possible"),
    ],
)
def test_could_stop_without_withdrawal_asserts_the_denial(sentence, certainty, lexicon):
    text = "# Timolol drops\n\nTimolol drops lower the pressure in the eye. " + sentence + "\n"
    found = {c for c in claims(text, lexicon) if c[1] == "hasWithdrawalEffect"}
    assert found == {("timolol", "hasWithdrawalEffect", "withdrawal-syndrome", True, certainty)}


def test_stopping_that_could_cause_withdrawal_stays_possible(lexicon):
    text = "# Timolol drops\n\nTimolol drops lower the eye pressure. Stopping them could cause withdrawal symptoms.\n"
    found = {c for c in claims(text, lexicon) if c[1] == "hasWithdrawalEffect"}
    assert found == {("timolol", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Possible")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the drug named before the withdrawal mention is the one stopped, not the one a later clause names last
        (
            "Methylnaltrexone causes no withdrawal symptoms, though the pain would return while he is on oxycodone.",
            {("methylnaltrexone", True)},
        ),
        ("Stopping oxycodone suddenly causes withdrawal symptoms.", {("oxycodone", False)}),
        # the drug the withdrawal is said to come from
        (
            "There are no withdrawal symptoms from methylnaltrexone, though pain returns while he is on oxycodone.",
            {("methylnaltrexone", True)},
        ),
        # the drug named after the mention, with none before, keeps the claim
        ("There are no withdrawal symptoms when you stop methylnaltrexone.", {("methylnaltrexone", True)}),
    ],
)
def test_the_drug_named_before_the_withdrawal_is_the_one_stopped(sentence, expected, lexicon):
    text = "# Allotment society notes\n\n" + sentence + "\n"
    found = {c for c in claims(text, lexicon) if c[1] == "hasWithdrawalEffect"}
    assert found == {(s, "hasWithdrawalEffect", "withdrawal-syndrome", neg, "Asserted") for s, neg in expected}


@pytest.mark.parametrize(
    ("middle", "subject"),
    [
        # the drugs that move "the level" (the drug in focus's) are its partners, no topic for the next "It"
        ("Phenytoin and rifampicin pull the level down.", "ropinirole"),
        ("Ciprofloxacin can push the level up.", "ropinirole"),
        # ... and so do the drugs that raise or lower "it" (the level)
        ("Phenytoin raises its level, and rifampicin lowers it.", "ropinirole"),
        ("Ciprofloxacin raises it as well.", "ropinirole"),
        # a drug that is a clause's subject otherwise was the topic (decision 0899); since decision 1042 a denied
        # interaction whose "It" rests on such a partner is the titled document's drug's, under the referred rule (on
        # the development sets every such denial the gold gave to the document's drug)
        ("Phenytoin is an older medicine.", "ropinirole"),
    ],
)
def test_a_drug_moving_the_level_is_a_partner(middle, subject, lexicon):
    text = "# Ropinirole\n\nRopinirole is taken at night. " + middle + " It does not interact with paracetamol.\n"
    found = {c for c in claims(text, lexicon) if c[1] == "interactsWith" and c[2] == "acetaminophen"}
    assert found == {(subject, "interactsWith", "acetaminophen", True, "Asserted")}


RESTING = (
    "# Allotment society notes\n\n"
    "Ron takes oxycodone for his back. The oxycodone helps, but oxycodone slowed his bowels, and he needs oxycodone "
    "every day. Oxycodone is strong.\n\n"
    "## The new injection\n\n"
    "His GP added methylnaltrexone. Methylnaltrexone is given under the skin. Methylnaltrexone was new to him. "
    "It works within hours.\n\n"
    "## {heading}\n\n"
    "It may cause a headache.\n"
)


@pytest.mark.parametrize(
    ("heading", "owner"),
    [
        # a section after one resting on "It" for a drug other than the one named most goes on with that drug
        ("The downsides", "methylnaltrexone"),
        # a heading naming the drug named most gives the section to it
        ("Oxycodone and your bowels", "oxycodone"),
    ],
)
def test_a_section_after_one_resting_on_it_keeps_its_drug(heading, owner, lexicon):
    found = {c for c in claims(RESTING.format(heading=heading), lexicon) if c[1] == "hasAdverseEffect"}
    assert found == {(owner, "hasAdverseEffect", "headache", False, "Possible")}


def test_a_titled_drug_takes_its_sections_back(lexicon):
    # (the title names the document's drug: a section on another drug resting on "It" does not keep the next one)
    text = RESTING.replace("# Allotment society notes", "# Oxycodone for back pain").format(heading="The downsides")
    found = {c for c in claims(text, lexicon) if c[1] == "hasAdverseEffect"}
    assert found == {("oxycodone", "hasAdverseEffect", "headache", False, "Possible")}
