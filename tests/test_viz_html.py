"""The graph page as written: self-contained, deterministic, and document text never becomes markup.

What the page does when opened is tested in a real browser in tests/test_viz_browser.py.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from rdflib import Graph

from queries.viz import write_explanation, write_graph_page
from queries.viz_html import render_page
from queries.viz_model import read_model
from queries.viz_select import whole

FIXTURES = Path(__file__).parent / "fixtures" / "viz"
PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"


class Page(HTMLParser):
    """The elements, attributes and script texts of a page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.title = ""
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag
        if tag == "script":
            self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def data(self) -> dict:
        return json.loads(next(t for a, t in self.scripts if a.get("type") == "application/json"))


@pytest.fixture(scope="module")
def seed_page(graph) -> Page:
    return Page(render_page(read_model(graph), whole(read_model(graph))))


@pytest.fixture(scope="module")
def hostile() -> tuple[str, dict]:
    graph = Graph().parse(FIXTURES / "hostile.ttl")
    model = read_model(graph)
    return render_page(model, whole(model, "hostile")), yaml.safe_load((FIXTURES / "hostile.yaml").read_text())


def test_the_page_loads_nothing_from_anywhere(seed_page: Page):
    linked = [(tag, attrs) for tag, attrs in seed_page.tags if {"src", "href", "action", "srcset"} & set(attrs)]
    assert linked == []
    assert not [tag for tag, _ in seed_page.tags if tag in {"link", "iframe", "object", "embed", "base"}]
    csp = next(a["content"] for t, a in seed_page.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def test_one_edge_per_fact_and_every_claim_in_one_edge(graph, seed_page: Page):
    data = seed_page.data()
    rows = graph.query(
        PREFIXES + "SELECT ?c ?s ?p ?o ?n WHERE { ?c a dkg:Claim ; dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; "
        "dkg:negated ?n }"
    )
    facts: dict[tuple, set[str]] = {}
    for c, s, p, o, n in rows:
        facts.setdefault((str(s), str(p).split("#")[1], str(o), n.toPython()), set()).add(str(c))
    drawn = {(e["from"], e["rel"], e["to"], data["claims"][e["id"]]["negated"]): e["id"] for e in data["edges"]}
    assert len(drawn) == len(data["edges"]) and set(drawn) == set(facts)
    for key, edge in drawn.items():
        assert set(data["claims"][edge]["claims"]) == facts[key]
    assert all(data["claims"][e["id"]]["sentences"] for e in data["edges"])  # sentences on every edge
    ends = {k[0] for k in facts} | {k[2] for k in facts}
    assert ends <= {n["id"] for n in data["nodes"]}


def test_negated_claims_are_dashed_and_marked_not_and_hedged_ones_lighter(graph, seed_page: Page):
    data = seed_page.data()
    negated = {str(r[0]) for r in graph.query(PREFIXES + "SELECT ?c WHERE { ?c dkg:negated true }")}
    # a fact is hedged when every claim of it is hedged (one firm statement makes it stated)
    hedged = {
        str(r[0])
        for r in graph.query(
            PREFIXES + "SELECT ?c WHERE { ?c dkg:negated false ; dkg:certainty ?k ; dkg:subject ?s ; "
            "dkg:predicate ?p ; dkg:object ?o FILTER(?k != dkg:Asserted) FILTER NOT EXISTS { ?d dkg:negated false ; "
            "dkg:certainty dkg:Asserted ; dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o } }"
        )
    }
    assert negated and hedged
    for edge in data["edges"]:
        claims = set(data["claims"][edge["id"]]["claims"])
        if claims <= negated:
            assert edge["label"].startswith(("not ", "is not")) and edge["dashes"] and edge["kind"] == "negated"
        elif claims <= hedged:
            assert edge["kind"] == "hedged" and edge["color"]["color"] == data["edgeColours"]["hedged"]
        else:
            assert edge["kind"] == "asserted" and "dashes" not in edge


def test_same_graph_same_bytes(graph, tmp_path: Path):
    again = Graph().parse(data=graph.serialize(format="nt"), format="nt")
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_graph_page(graph, first)
    write_graph_page(again, second)
    assert first.read_bytes() == second.read_bytes()


def test_hostile_text_never_becomes_markup(hostile):
    text, strings = hostile
    page = Page(text)
    assert [tag for tag, _ in page.tags if tag in {"img", "svg", "a", "b", "i", "iframe"}] == []
    assert len(page.scripts) == 4  # the data block, vis-network and the page's own two scripts
    markup = [value for value in strings.values() if "<" in value]
    assert markup and not [value for value in markup if value in text]  # never raw where a parser could see tags
    data = page.data()
    assert data["entities"]["https://w3id.org/drugkg/entity/hostile-drug"]["label"] == strings["drug"]
    assert data["documents"][0]["title"] == strings["title"]


def test_hostile_title_is_the_page_title_as_written(hostile):
    _text, strings = hostile
    graph = Graph().parse(FIXTURES / "hostile.ttl")
    model = read_model(graph)
    view = whole(model, strings["title"])
    assert Page(render_page(model, view)).title == strings["title"]


def test_explanation_page_carries_the_text(graph, tmp_path: Path):
    out = tmp_path / "explain.html"
    text = write_explanation(graph, "clonazepam", "trigeminal neuralgia", out)
    data = Page(out.read_text(encoding="utf-8")).data()
    assert data["text"] == text
    assert data["highlight"]


def test_every_class_has_its_own_colour_and_its_own_symbol():
    from ontology.schema import entity_classes
    from queries.viz_html import CLASS_STYLE

    classes = set(entity_classes()) - {"Entity"}
    assert classes <= set(CLASS_STYLE)  # every class of the ontology is styled
    colours = [c for c, _shape, _fill in CLASS_STYLE.values()]
    symbols = [(shape, fill) for _c, shape, fill in CLASS_STYLE.values()]
    assert len(set(colours)) == len(colours) and len(set(symbols)) == len(symbols)


def test_legend_uses_the_ontology_class_labels(seed_page: Page):
    from rdflib import RDFS

    from ontology.schema import ontology_graph
    from ontology.vocab import DKG

    for cls in seed_page.data()["classes"]:
        assert cls["label"] == str(ontology_graph().value(DKG[cls["name"]], RDFS.label))
