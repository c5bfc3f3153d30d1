"""Interactions and contraindications as health texts write them (decision 0686): a group after "while / when"
("should not be taken while breastfeeding", "in pregnancy or while breastfeeding"), a
Markdown emphasis between the cue and the group ("not licensed for **children**"), "A may raise its levels", "B may
weaken its effect", and the drug such a pronoun refers to (the section's or the document's drug, never a partner
named in an earlier sentence). The sentences are invented from general patterns with names of the lexicon."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

PREGNANCY = ("warfarin", "pregnant-women", False, "Asserted")
BREASTFEEDING = ("warfarin", "breastfeeding-mothers", False, "Asserted")
INTRO = "# Warfarin\n\nWarfarin is a blood thinner used to prevent blood clots.\n\n"


def claims(text, lexicon, predicate):
    doc = Document("t", "t", "t.md", "", INTRO + text, Path("t.md"))
    found = extract_document(doc, lexicon).claims
    return {(c.subject, c.object, c.negated, c.certainty) for c in found if c.predicate == predicate}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is not recommended in pregnancy or while breastfeeding.",
            {PREGNANCY, BREASTFEEDING},
        ),
        (
            "It should not be taken while **breastfeeding**.",
            {("warfarin", "breastfeeding-mothers", False, "Asserted")},
        ),
        (
            "It is not recommended when breastfeeding.",
            {("warfarin", "breastfeeding-mothers", False, "Asserted")},
        ),
        (
            "It is not used in **pregnancy**, when **breastfeeding**, or in **children**.",
            {
                ("warfarin", "pregnant-women", False, "Asserted"),
                ("warfarin", "breastfeeding-mothers", False, "Asserted"),
                ("warfarin", "children", False, "Asserted"),
            },
        ),
        (
            "It is not licensed for **children** under 16.",
            {("warfarin", "children", False, "Asserted"), ("warfarin", "adolescents", False, "Asserted")},
        ),
    ],
)
def test_groups_a_prohibition_names(text, expected, lexicon):
    assert claims(text, lexicon, "contraindicatedIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "not for" is no prohibition cue (a use denied, or nobody named; decision 0686 measured and left it out)
        ("It is not for back pain.", set()),
        ("It is not for everyone.", set()),
        # safe while breastfeeding: a denied contraindication, never an asserted one
        (
            "It is safe in pregnancy and while breastfeeding.",
            {("warfarin", "pregnant-women", True, "Asserted"), ("warfarin", "breastfeeding-mothers", True, "Asserted")},
        ),
        # a dose caution is no contraindication (decision 0680)
        ("A lower dose is used while breastfeeding.", set()),
    ],
)
def test_no_prohibition_no_contraindication(text, expected, lexicon):
    assert claims(text, lexicon, "contraindicatedIn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fluconazole may raise its levels.", {("warfarin", "fluconazole", False, "Possible")}),
        ("Carbamazepine lowers its blood levels.", {("warfarin", "carbamazepine", False, "Asserted")}),
        ("Ibuprofen may weaken its effect on clotting.", {("warfarin", "ibuprofen", False, "Possible")}),
        # denied: never an asserted interaction
        ("Paracetamol does not raise its levels.", {("warfarin", "acetaminophen", True, "Asserted")}),
    ],
)
def test_a_partner_changes_its_levels_or_effect(text, expected, lexicon):
    assert claims(text, lexicon, "interactsWith") == expected


def test_its_is_the_documents_drug_not_the_partner_before(lexicon):
    # "its" in the second sentence is no longer fluconazole's: a partner named before is no referent; since decision
    # 0725 a drug named before a pronoun for the drug in focus that it acts on ("B can lower its levels") is that
    # drug's partner, so the second sentence is warfarin's interaction too
    text = "Fluconazole may raise its levels. Carbamazepine can lower its levels."
    assert claims(text, lexicon, "interactsWith") == {
        ("warfarin", "fluconazole", False, "Possible"),
        ("warfarin", "carbamazepine", False, "Asserted"),
    }


def test_its_under_an_interactions_heading_is_the_sections_drug(lexicon):
    text = (
        "## Interactions with other medicines\n\n"
        "- Fluconazole may raise its levels.\n"
        "- Carbamazepine can lower its levels.\n"
        "- Rifampicin can make it work less well.\n"
        "- Paracetamol does not interact with it.\n"
    )
    assert claims(text, lexicon, "interactsWith") == {
        ("warfarin", "fluconazole", False, "Possible"),
        ("warfarin", "carbamazepine", False, "Asserted"),
        ("warfarin", "rifampin", False, "Asserted"),
        ("warfarin", "acetaminophen", True, "Asserted"),
    }


def test_a_class_narrowed_by_its_modifier_is_no_partner(lexicon):
    # "anti-inflammatory painkillers" names a narrower class than painkillers: no claim about painkillers (since
    # decision 0808 the name is read as the NSAIDs it names)
    assert claims("Anti-inflammatory painkillers may weaken its effect.", lexicon, "interactsWith") == {
        ("warfarin", "non-steroidal-anti-inflammatory-agent", False, "Possible")
    }
    assert claims("Painkillers may weaken its effect.", lexicon, "interactsWith") == {
        ("warfarin", "analgesic", False, "Possible")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If you have liver problems, ask your pharmacist first, as it may not be suitable.",
            {("warfarin", "liver-disease", False, "Possible")},
        ),
        (
            "If you have had a stomach ulcer, your doctor may decide that warfarin is not right for you.",
            {("warfarin", "stomach-ulcer", False, "Possible")},
        ),
        (
            "If you have kidney disease or asthma, your doctor may need to choose another treatment.",
            {("warfarin", "kidney-diseases", False, "Possible"), ("warfarin", "asthma", False, "Possible")},
        ),
        # the soft cue says something else than that the drug may be withheld: no claim
        ("If you have asthma, it is not recommended to stop it suddenly.", set()),
        ("If you have gout, warfarin is not right for everyone.", set()),
        # an if-clause that does not open the sentence, or no advice at all: no claim
        ("Ask your pharmacist, as it may not be suitable if you are unsure.", set()),
        ("If you have a headache, it is suitable.", set()),
    ],
)
def test_if_you_have_y_it_may_not_be_suitable(text, expected, lexicon):
    assert claims(text, lexicon, "contraindicatedIn") == expected


def test_other_medicines_is_an_interactions_heading(lexicon):
    text = (
        "## Other medicines\n\n"
        "- **Fluconazole** may weaken its effect.\n"
        "- **Paracetamol** for headaches does not interact with it.\n"
        "- **Gentamicin** and similar antibiotics can harm the kidneys when combined with it.\n"
        "- **Anti-inflammatory painkillers** such as naproxen can raise the risk of bleeding.\n"
    )
    assert claims(text, lexicon, "interactsWith") == {
        ("warfarin", "fluconazole", False, "Possible"),
        ("warfarin", "acetaminophen", True, "Asserted"),
        ("warfarin", "gentamicin", False, "Asserted"),
        ("warfarin", "naproxen", False, "Asserted"),
        # ("anti-inflammatory painkillers" are the NSAIDs, a partner named: decision 0808)
        ("warfarin", "non-steroidal-anti-inflammatory-agent", False, "Asserted"),
    }


def test_it_after_a_partners_bullet_outside_an_interactions_section(lexicon):
    # "it" is not the partner the bullet before named: never "fluconazole interactsWith paracetamol"; since decision
    # 0926 it is the article's drug (its title's), whose interaction the bullet before stated
    text = "## Notes\n\n- Fluconazole can make warfarin work less well.\n- Paracetamol does not interact with it.\n"
    assert claims(text, lexicon, "interactsWith") == {
        ("warfarin", "fluconazole", False, "Asserted"),
        ("warfarin", "acetaminophen", True, "Asserted"),
    }
