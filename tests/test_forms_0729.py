"""Decision 0729: a kind clause or a lay modifier that says which kind of form a head is names that kind."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.dosage_forms import find
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon


def forms(text):
    return [(entity.slug, text[a:b]) for a, b, entity in find(text, [])]


def test_a_clause_saying_the_tablet_melts_in_the_mouth_names_a_dissolving_tablet():
    assert forms("Risperidone is sold as tablets that dissolve on your tongue.") == [("dissolving-tablet", "tablets")]
    assert forms("Zolmitriptan comes as orodispersible tablets.") == [("dissolving-tablet", "orodispersible tablets")]
    assert forms("It is available as melt-in-the-mouth tablets.") == [
        ("dissolving-tablet", "melt-in-the-mouth tablets")
    ]


def test_a_clause_saying_it_is_dispersed_in_water_or_chewed_names_that_kind():
    assert forms("Lamotrigine comes as 25 mg tablets that can be dispersed in a little water.") == [
        ("dispersible-tablet", "tablets")
    ]
    assert forms("Montelukast comes as tablets you can chew.") == [("chewable-tablet", "tablets")]
    assert forms("Calcium is sold as tablets which should be chewed.") == [("chewable-tablet", "tablets")]


def test_a_kind_clause_not_listed_still_leaves_the_bare_head_out():
    assert forms("Paracetamol comes as tablets that dissolve in water.") == []
    assert forms("Nicotine comes as lozenges that can be sucked slowly.") == []


def test_a_skin_patch_is_transdermal_but_a_skin_cream_is_not_a_kind():
    assert forms("Buprenorphine is also available as a skin patch.") == [("transdermal-patch", "skin patch")]
    assert forms("Put the skin cream on twice a day.") == []
    assert forms("Hydrocortisone comes as a skin cream.") == []  # (no transdermal cream is made up)


def test_a_document_states_the_kind_as_its_drug_s_form():
    text = "Olanzapine comes as film-coated tablets and as tablets that melt in the mouth."
    doc = Document("d", "d", "d.txt", "", text, Path("d.txt"))
    found = {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, load_lexicon()).claims}
    assert found == {
        ("olanzapine", "hasFormulation", "film-coated-tablet", False),
        ("olanzapine", "hasFormulation", "dissolving-tablet", False),
    }


def test_a_plain_word_before_a_lone_head_keeps_the_bare_form():
    assert forms("Loratadine comes as ordinary tablets and as a syrup.") == [("tablet", "tablets"), ("syrup", "syrup")]
    assert forms("It is available as standard tablets.") == [("tablet", "tablets")]
    assert forms("Take the small tablets with food.") == []  # ("the" speaks of no form)


def test_a_percentage_strength_makes_a_lone_head_a_form_but_a_dose_does_not():
    assert forms("Use ketoconazole 2% shampoo or a 1% cream.") == [("cream", "cream")]
    assert forms("The usual dose is one 40 mg tablet a day.") == []
