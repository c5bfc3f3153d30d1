"""Who a cue in a relative or subordinate clause is about: a relative clause's verb belongs to its antecedent, a
subordinate clause's "it" to the main clause's subject (docs/extraction.md, "Subjects in the text")."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document


def triples(text, lexicon):
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def test_a_cue_in_a_relative_clause_about_another_noun_gives_no_claim(lexicon):
    found = triples("Ondansetron binds to receptors in the region of the brainstem that controls nausea.", lexicon)
    assert not any(t[1] == "treats" for t in found)
    found = triples("Ibuprofen works in the nerve cells that often relieve pain.", lexicon)
    assert not any(t[1] == "treats" for t in found)


def test_a_relative_clause_about_the_subjects_predicate_noun_keeps_the_claim(lexicon):
    assert ("ibuprofen", "treats", "pain", False) in triples("Ibuprofen is a medicine that relieves pain.", lexicon)


def test_it_in_a_because_clause_is_the_main_clauses_drug_not_an_earlier_one(lexicon):
    found = triples(
        "Aspirin is taken daily. Warfarin is avoided during pregnancy because it can cause bleeding.", lexicon
    )
    assert ("warfarin", "hasAdverseEffect", "hemorrhage", False) in found
    assert ("aspirin", "hasAdverseEffect", "hemorrhage", False) not in found


def test_it_opening_its_own_sentence_still_refers_to_the_drug_in_focus(lexicon):
    found = triples("Aspirin is taken daily. It can cause bleeding.", lexicon)
    assert ("aspirin", "hasAdverseEffect", "hemorrhage", False) in found
