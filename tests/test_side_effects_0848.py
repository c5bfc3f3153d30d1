"""Decision 0848: side effects on new text, the owner of a list. A side-effect heading naming no drug, in a text whose
title names none, belongs to the drug the text names most (three times or more, more than any other one drug) when
the sentences before the heading left it in focus; a lead of side effects naming no drug nor class ("The most common
side effects are:") lists the document's drug's effects; "The commonest complaints are A"; what "the leaflet lists
as common"; a heading of what those "on X may notice". Exact claim sets of hasAdverseEffect (subject, object,
negated, hedged); the sentences are invented (other drugs, other wording)."""

import pytest
from extracting import polarity_claims


def effects(text: str, lexicon: dict) -> set[tuple]:
    """Every adverse effect of `text` (subject, object, negated, hedged)."""
    return {(k[0], k[2], k[3], k[4]) for k in polarity_claims(text, lexicon) if k[1] == "hasAdverseEffect"}


#: A club's page whose title names no drug; the passage before the side-effect heading is about rizatriptan, which
#: the text names more than any other one drug but not more than all the others together (four other drugs once
#: each: no `dominant` drug).
CLUB = (
    "Hillside Rambling Club: members' page\n\n"
    "### A medicine some walkers carry: rizatriptan\n\n"
    "Rizatriptan is used for migraine attacks. Some walkers carry sumatriptan or zolmitriptan instead. "
    "Rizatriptan comes as a wafer that melts on the tongue. Unlike paracetamol or ibuprofen, it is taken only at "
    "the start of an attack. Rizatriptan is carried in a day pack.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CLUB + "### Side effects\n\nSome people get a dry mouth. It does not cause constipation.\n",
            {("rizatriptan", "xerostomia", False, True), ("rizatriptan", "constipation", True, False)},
        ),
        (
            CLUB + "### Side effects\n\nThe commonest complaints are heartburn and headache.\n",
            {("rizatriptan", "heartburn", False, False), ("rizatriptan", "headache", False, False)},
        ),
        # (a complaint that names no condition lists nothing)
        (CLUB + "### Side effects\n\nThe commonest complaints are about the taste.\n", set()),
        # (two drugs named as often: the section has no owner)
        (
            "Canal Boat Club notes\n\nAtenolol and bisoprolol are both used for angina. Atenolol is taken once a day."
            " Bisoprolol is taken once a day.\n\n### Side effects\n\nSome people get headache.\n",
            set(),
        ),
        # (the drug named only twice: no document's drug by the count)
        (
            "Canal Boat Club notes\n\nAtenolol is used for angina. Atenolol is taken once a day.\n\n"
            "### Side effects\n\nSome people get headache.\n",
            set(),
        ),
    ],
)
def test_a_side_effect_heading_belongs_to_the_drug_the_text_is_about(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CLUB + "### Could it affect a walk?\n\nIt can. The most common side effects are:\n\n- drowsiness\n"
            "- dizziness\n",
            {("rizatriptan", "somnolence", False, False), ("rizatriptan", "dizziness", False, False)},
        ),
        (
            CLUB + "### Anything else?\n\nOther side effects include:\n\n- a dry mouth\n- heartburn\n",
            {("rizatriptan", "xerostomia", False, False), ("rizatriptan", "heartburn", False, False)},
        ),
        # (a lead naming a class is that class's list, not the document's drug's)
        (CLUB + "### Anything else?\n\nThe side effects of beta blockers are:\n\n- cold hands\n- tiredness\n", set()),
        # (a lead that denies side effects opens no list)
        (CLUB + "### Anything else?\n\nMost walkers have no side effects at all:\n\n- dizziness is rare\n", set()),
    ],
)
def test_a_lead_of_side_effects_naming_no_drug(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Almotriptan: a guide\n\nAlmotriptan is used for migraine.\n\n## Side effects\n\n"
            "The leaflet lists tiredness and heartburn as common.\n",
            {("almotriptan", "fatigue", False, False), ("almotriptan", "heartburn", False, False)},
        ),
        (
            "Almotriptan: a guide\n\nAlmotriptan is used for migraine.\n\n## Travelling\n\n"
            "The leaflet also lists constipation and headache as common side effects.\n",
            {("almotriptan", "constipation", False, False), ("almotriptan", "headache", False, False)},
        ),
        # (what the leaflet lists as something else is no side effect)
        (
            "Almotriptan: a guide\n\nAlmotriptan is used for migraine.\n\n## Travelling\n\n"
            "The leaflet lists headache as a reason to take it.\n",
            set(),
        ),
    ],
)
def test_what_the_leaflet_lists_as_common(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allotment society notes\n\nSome gardeners take donepezil for dementia.\n\n"
            "WHAT GARDENERS ON DONEPEZIL MAY NOTICE\n\nHeadache and tiredness are common.\n",
            {("donepezil", "headache", False, False), ("donepezil", "fatigue", False, False)},
        ),
        # (the people of an illness: its signs, never the drug's effects)
        (
            "Allotment society notes\n\nSome gardeners take donepezil for dementia.\n\n"
            "WHAT GARDENERS WITH DEMENTIA MAY NOTICE\n\nHeadache and tiredness are common.\n",
            set(),
        ),
    ],
)
def test_what_those_on_a_drug_may_notice(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    "passage",
    [
        "Triptorelin tells the ovaries to rest, so they make much less oestrogen. Starved of oestrogen, the patches "
        "shrink.",
        "Triptorelin tells the ovaries to rest. Endometriosis tissue reacts to the hormone oestrogen.",
    ],
)
def test_the_bodys_hormone_leaves_the_side_effects_to_the_drug(passage, lexicon):
    text = (
        "Library staff notes\n\nSome staff have triptorelin injections for endometriosis. Triptorelin is given every "
        f"month. {passage}\n\n### Side effects\n\nSome women feel dizzy. It does not cause weight gain.\n"
    )
    assert effects(text, lexicon) == {
        ("triptorelin", "dizziness", False, True),
        ("triptorelin", "weight-gain", True, False),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CLUB + "### Side effects\n\nOur leader says the ones to know about are:\n\n1. Drowsiness, mostly in the "
            "first week.\n2) Heartburn after meals.\n",
            {("rizatriptan", "somnolence", False, False), ("rizatriptan", "heartburn", False, False)},
        ),
        # (a numbered line under no lead is no list of side effects; nor is a line's second sentence)
        (CLUB + "### Side effects\n\n1. Drowsiness is the question members ask most.\n", set()),
        (
            CLUB + "### Side effects\n\nThe ones to know about are:\n\n1. Heartburn. Stop and get help if you have "
            "chest pain with vomiting.\n",
            {("rizatriptan", "heartburn", False, False)},
        ),
    ],
)
def test_a_numbered_list_under_a_lead(text, expected, lexicon):
    assert effects(text, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (the second clause's effect is its own, asserted as it says; the people's effects stay Occasional)
        (
            "Some people also get constipation, and heartburn is less common.",
            {("constipation", False, True), ("heartburn", False, False)},
        ),
        (
            "Some people also get constipation, heartburn and headache.",
            {("constipation", False, True), ("heartburn", False, True), ("headache", False, True)},
        ),
        # (a clause of its own that says anything but how often names no effect: "is not a problem")
        ("Some people also get constipation, and heartburn is not a problem.", {("constipation", False, True)}),
    ],
)
def test_some_people_then_a_clause_of_its_own(sentence, expected, lexicon):
    text = (
        "Almotriptan: a guide\n\nAlmotriptan is used for migraine.\n\n## Travelling\n\nAlmotriptan can cause nausea. "
    )
    got = effects(text + sentence + "\n", lexicon)
    assert got == {("almotriptan", "nausea", False, False)} | {("almotriptan", *e) for e in expected}
