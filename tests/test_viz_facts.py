"""One edge per fact, pages and topics, on a small fixture graph (tests/fixtures/viz/story.ttl) and the seed graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from base.paths import DEFAULT_CORPUS
from ontology.vocab import ENT
from queries.viz_facts import fact_id, facts_of
from queries.viz_model import read_model
from queries.viz_pages import pages
from queries.viz_tables import Tables, headings_above
from queries.viz_topics import compared_drugs, topics

FIXTURES = Path(__file__).parent / "fixtures" / "viz"
PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"
TESTDRUG, OTHERDRUG = str(ENT["testdrug"]), str(ENT["otherdrug"])


@pytest.fixture(scope="module")
def story():
    model = read_model(Graph().parse(FIXTURES / "story.ttl"))
    tables = Tables(model, FIXTURES)
    return model, tables, facts_of(model, list(model.claims), tables)


def test_claims_with_one_subject_predicate_object_and_polarity_are_one_fact(story):
    model, _tables, facts = story
    assert {(f.subject, f.predicate, f.object, f.negated) for f in facts.values()} == {
        (c.subject, c.predicate, c.object, c.negated) for c in model.claims.values()
    }
    a = facts[fact_id(TESTDRUG, "treats", str(ENT["cond-a"]), False)]
    assert sorted(c.iri.rsplit("/", 1)[1] for c in a.claims) == ["a1", "a2"]
    assert a.support == 1  # one article
    assert a.relation() == "treats" and not a.machine_read  # a curator stated it


def test_a_sentence_quoted_twice_is_listed_once_with_both_ways_it_was_found(story):
    _model, _tables, facts = story
    a = facts[fact_id(TESTDRUG, "treats", str(ENT["cond-a"]), False)]
    quotes = [s.quote for s in a.sentences]
    assert quotes.count("Testdrug treats condition A.") == 1 and len(quotes) == 2
    sentence = next(s for s in a.sentences if s.quote == "Testdrug treats condition A.")
    assert sentence.methods == ["curated", "rule:treats-cue"] and not sentence.machine_read


def test_table_row_quotes_become_cells_under_the_article_column_headings(story):
    _model, _tables, facts = story
    c = facts[fact_id(OTHERDRUG, "treats", str(ENT["cond-c"]), False)]
    text = (FIXTURES / "story-article.txt").read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.startswith("Feature"))
    assert [h for h, _cell in c.sentences[0].cells] == [h.strip() for h in header.strip("| ").split("|")]
    assert c.sentences[0].cells[2] == ("Otherdrug (Brand O)", "Condition C")


def test_without_the_article_text_the_cells_are_numbered_columns(story):
    model, _tables, _facts = story
    facts = facts_of(model, list(model.claims), Tables(model, None))
    c = facts[fact_id(OTHERDRUG, "treats", str(ENT["cond-c"]), False)]
    assert [h for h, _ in c.sentences[0].cells] == ["row", "column 2", "column 3"]


def test_negated_hedged_machine_read_and_candidate_facts_say_so(story):
    _model, _tables, facts = story
    b = facts[fact_id(TESTDRUG, "treats", str(ENT["cond-b"]), True)]
    assert b.relation() == "not for" and b.negated
    c = facts[fact_id(TESTDRUG, "hasAdverseEffect", str(ENT["cond-c"]), False)]
    assert c.relation() == "has adverse effect (possible)" and c.machine_read and c.confidence == "0.6"
    d = facts[fact_id(TESTDRUG, "treats", str(ENT["cond-d"]), False)]
    assert d.candidate and d.relation().startswith("candidate: ")


def test_drug_page_sections_hold_the_facts_by_kind(story):
    model, _tables, facts = story
    page = pages(model, facts)[TESTDRUG]
    sections = {s["id"]: s for s in page["sections"]}
    used = {facts[line["fact"]].object for line in sections["uses"]["lines"]}
    assert used == {str(ENT[c]) for c in ("cond-a", "cond-b", "cond-d")}
    assert [facts[line["fact"]].candidate for line in sections["uses"]["lines"]][-1]  # candidates last
    assert {facts[line["fact"]].object for line in sections["adverse"]["lines"]} == {str(ENT["cond-c"])}
    a = next(line for line in sections["uses"]["lines"] if line["other"] == str(ENT["cond-a"]))
    assert "use status: primary use" in a["notes"]  # the ontology's label of dkg:PrimaryUse


def test_the_compared_drugs_are_those_one_table_row_names(story):
    model, _tables, facts = story
    assert compared_drugs(model, facts.values()) == [OTHERDRUG, TESTDRUG]
    compare = next(t for t in topics(model, facts) if t["id"] == "compare")
    drawn = {(facts[f].subject, facts[f].object) for f in compare["facts"]}
    assert (OTHERDRUG, str(ENT["cond-c"])) in drawn


def test_headings_are_read_only_from_a_table():
    text = "Title\n\nA sentence | with a bar.\nNext line.\n"
    assert headings_above(text, text.index("Next")) is None


def test_seed_mechanism_topic_puts_each_step_right_of_the_one_before(graph):
    model = read_model(graph)
    facts = facts_of(model, list(model.claims), Tables(model, DEFAULT_CORPUS))
    mechanism = next(t for t in topics(model, facts) if t["id"] == "mechanism")
    layer = {n["id"]: n["layer"] for n in mechanism["nodes"]}
    rows = graph.query(
        PREFIXES + "SELECT DISTINCT ?s ?o ?i WHERE { ?c dkg:mechanismOf ?d ; dkg:stepIndex ?i ; dkg:subject ?s ; "
        "dkg:object ?o ; dkg:negated false }"
    )
    assert rows
    for s, o, _i in rows:
        assert layer[str(s)] < layer[str(o)]


def test_a_topic_too_large_to_read_keeps_its_best_supported_facts_and_says_so(story, monkeypatch):
    import queries.viz_topics as viz_topics

    model, _tables, facts = story
    monkeypatch.setattr(viz_topics, "MAX_TOPIC_FACTS", 1)
    treatments = viz_topics.treatments(model, facts.values())
    assert len(treatments["facts"]) == 1
    assert "best supported of 4 facts" in treatments["intro"]
    kept = facts[treatments["facts"][0]]
    assert {n["id"] for n in treatments["nodes"]} == {kept.subject, kept.object}
