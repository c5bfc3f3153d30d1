"""Decision 1112: the drug's own name and its owner (issue 12).

1. A drug a text names once by its ester's full name ("icosapent ethyl", "telotristat ethyl") and then by its first
   word alone is one medicine under the full name (graph_build/text/ester_names.py); a salt keeps the base's name
   (decision 0851), and a text that never writes the ester's word keeps its own word.
2. A drug named as fine beside another medicine ("B is fine with it") or asked about with one ("Is it OK with B?") is
   named in passing (document_drugs.in_passing): no free mention of a candidate for the document's drug.
3. The owner-certainty of decision 1057 is written to the claim's evidence (dkg:ownerUnsure), kept by the extraction
   cache, and read back by the views (the panels' methods say "owner unsure").

Each text is invented; each extraction case asserts the whole set of claims (subject, predicate, object, negated,
certainty)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.cache import from_json, to_json
from graph_build.text.document_drugs import document_drug, in_passing
from graph_build.text.extract import extract_document
from graph_build.text.recognise import recognise
from ontology.vocab import DKG
from queries.viz_facts import facts_of
from queries.viz_model import read_model

CLUB = "# Club news\n\n"


def claims_of(text: str, lexicon: dict) -> set[tuple]:
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


NAMING = [
    # the ester's full name once, then its first word: one medicine under the full name
    (
        CLUB + "My cardiologist added icosapent ethyl to my statin last spring. Icosapent can cause joint pain.\n",
        {("icosapent-ethyl", "hasAdverseEffect", "arthralgia", False, "Asserted")},
    ),
    # negated
    (
        CLUB + "My cardiologist added icosapent ethyl to my statin last spring. Icosapent does not interact with "
        "warfarin.\n",
        {("icosapent-ethyl", "interactsWith", "warfarin", True, "Asserted")},
    ),
    # hedged
    (
        CLUB + "My cardiologist added icosapent ethyl to my statin last spring. Icosapent may cause joint pain.\n",
        {("icosapent-ethyl", "hasAdverseEffect", "arthralgia", False, "Possible")},
    ),
    # a question: no claim, whatever the name
    (CLUB + "My cardiologist added icosapent ethyl to my statin in May. Does icosapent cause joint pain?\n", set()),
    # the brand of the first word's record takes the full name too
    (
        CLUB + "The team started my uncle on telotristat ethyl (Xermelo) for the diarrhoea. Telotristat can cause "
        "constipation.\n",
        {
            ("telotristat-ethyl", "hasAdverseEffect", "constipation", False, "Asserted"),
            ("telotristat-ethyl", "treats", "diarrhea", False, "Asserted"),
        },
    ),
    # the ester's word never written: the text's own word stays
    (
        CLUB + "The team started my uncle on tablets called telotristat for the diarrhoea. Telotristat can cause "
        "constipation.\n",
        {
            ("telotristat", "hasAdverseEffect", "constipation", False, "Asserted"),
            ("telotristat", "treats", "diarrhea", False, "Asserted"),
        },
    ),
    # another drug's ester: the first word of one ester renames nothing of another drug
    (
        CLUB + "My cardiologist added icosapent ethyl last spring. My wife takes telotristat. Telotristat can cause "
        "constipation.\n",
        {("telotristat", "hasAdverseEffect", "constipation", False, "Asserted")},
    ),
    # a salt keeps the base's name (decision 0851)
    (
        CLUB + "The pharmacist sold me ulipristal acetate on Saturday. Ulipristal can cause a headache.\n",
        {("ulipristal", "hasAdverseEffect", "headache", False, "Asserted")},
    ),
    # under a heading that writes the first word alone
    (
        CLUB + "My cardiologist added icosapent ethyl last spring.\n\n## Icosapent\n\n- It can cause joint pain.\n",
        {("icosapent-ethyl", "hasAdverseEffect", "arthralgia", False, "Asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMING)
def test_one_name_for_an_ester(text, expected, lexicon):
    assert claims_of(text, lexicon) == expected


PASSING = [
    ("Paracetamol is fine with it.", "Paracetamol", True),
    ("Ibuprofen is perfectly safe to take alongside it.", "Ibuprofen", True),
    ("Is it OK with ibuprofen?", "ibuprofen", True),
    ("Can I take ibuprofen with it?", "ibuprofen", True),
    # near misses: the drug itself fine or asked about, nothing it goes with; a statement, not a question
    ("Is ibuprofen safe?", "ibuprofen", False),
    ("Ibuprofen is safe for most adults.", "Ibuprofen", False),
    ("It was first sold in 1969 and ibuprofen soon became common.", "ibuprofen", False),
]


@pytest.mark.parametrize(("sentence", "word", "passing"), PASSING)
def test_fine_or_asked_partner_is_named_in_passing(sentence, word, passing):
    at = sentence.index(word)
    assert in_passing(sentence, at, at + len(word)) is passing


def test_a_partner_named_fine_and_asked_about_does_not_outnumber_the_letters_drug(lexicon):
    """Named three times freely, a partner would outnumber the letter's drug named twice; named as fine and asked
    about, it counts in passing only."""
    text = (
        "Dear Sam,\n\nThe clinic put me on pravastatin in May. Pravastatin has been easy so far.\n"
        "Paracetamol is fine with it, the pharmacist said. Is it OK with paracetamol at night? Paracetamol is safe "
        "alongside it too, she thinks.\n"
    )
    mentions, new = recognise(text, lexicon)
    classes = {m.slug: (lexicon.get(m.slug) or new[m.slug]).cls for m in mentions}
    assert document_drug(text, mentions, classes).focus == "pravastatin"


UNSURE = "My doctor gave me pravastatin. My wife takes bisoprolol. It can cause muscle pain.\n\n"
SURE = "Pravastatin can cause a headache.\n"


def test_unsure_owner_is_kept_by_the_cache(lexicon):
    doc = Document("case", "case", "case.txt", "", UNSURE + SURE, Path("case.txt"))
    result = extract_document(doc, lexicon)
    back = from_json(to_json(result))
    sure = {(c.object, c.evidence[0].owner_sure) for c in result.claims}
    assert sure == {("myalgia", False), ("headache", True)}
    assert {(c.object, c.evidence[0].owner_sure) for c in back.claims} == sure


def test_unsure_owner_is_read_back_from_the_built_graph(tmp_path, monkeypatch):
    from graph_build.build import build_graph

    monkeypatch.setenv("DRUGKG_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = UNSURE + SURE
    (corpus / "club-news.txt").write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    (corpus / "manifest.yaml").write_text(
        f"documents:\n  - id: club-news\n    title: Club news\n    file: club-news.txt\n    sha256: {sha}\n",
        encoding="utf-8",
    )
    for run in ("first", "cached"):  # (the second build reads the extraction cache)
        graph = build_graph(corpus, tmp_path / run, extract=True).graph  # (SHACL-validated by the build)
        unsure = {str(graph.value(ev, DKG.quote)) for ev in graph.subjects(DKG.ownerUnsure, None)}
        assert unsure == {"It can cause muscle pain."}
        assert all(v.toPython() is True for v in graph.objects(None, DKG.ownerUnsure))
    model = read_model(graph)
    shown = {
        (fact.object.rsplit("/", 1)[-1], method)
        for fact in facts_of(model, list(model.claims)).values()
        for sentence in fact.sentences
        for method in sentence.methods
    }
    assert shown == {("myalgia", "rule:adverse-cue, owner unsure"), ("headache", "rule:adverse-cue")}
