"""The graph page in a real headless Chromium, with the network blocked: it draws, finds, filters and explains.

Skipped with the reason when /usr/bin/chromium or the playwright package is absent. No browser is downloaded:
Playwright drives Debian's chromium. Every request that is not a file: URL is aborted and recorded, and the tests
assert that there were none. Screenshots are saved under test-artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from headless import TIMEOUT_MS, chromium
from rdflib import Graph

from base.paths import PROJECT_ROOT
from ontology.vocab import ENT
from queries.viz import write_graph_page
from queries.viz_facts import fact_id

pytestmark = pytest.mark.browser

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
FIXTURES = Path(__file__).parent / "fixtures" / "viz"
PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"


@dataclass
class Tab:
    """An open page and what it tried to do."""

    page: object
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)


def open_page(browser, path: Path, screen: str = "graph") -> Tab:
    """Open a page on one of its screens (#graph: the drawing; #start, #topic/<id>, #page/<slug>)."""
    page = browser.new_page()
    tab = Tab(page)

    def route(route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            tab.requests.append(url)
            route.abort()

    page.route("**/*", route)
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else tab.requests.append(r.url))
    page.on("console", lambda m: tab.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: tab.console_errors.append(str(e)))
    page.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri() + (f"#{screen}" if screen else ""))
    # a selector, not wait_for_function: the page's Content-Security-Policy forbids eval
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    return tab


@pytest.fixture
def tab(browser) -> Iterator[Tab]:
    opened: list[Tab] = []

    def _open(path: Path, screen: str = "graph") -> Tab:
        opened.append(open_page(browser, path, screen))
        return opened[-1]

    yield _open
    for t in opened:
        t.page.close()


@pytest.fixture(scope="module")
def seed_html(graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    write_graph_page(graph, path)
    return path


def _count(graph: Graph, where: str) -> int:
    return int(next(iter(graph.query(PREFIXES + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}")))[0])


FACT = "?x a dkg:Claim ; dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; dkg:negated ?n"


def _facts(graph: Graph, where: str = "") -> set[tuple]:
    """The distinct (subject, predicate, object, negated) of the claims matching `where`: one edge each."""
    rows = graph.query(
        PREFIXES + f"SELECT DISTINCT ?s ?p ?o ?n WHERE {{ {FACT} . {where} FILTER(isIRI(?s) && isIRI(?o)) }}"
    )
    return {(str(s), str(p).split("#")[1], str(o), n.toPython()) for s, p, o, n in rows}


def drawn_facts(t) -> set[tuple]:
    """(subject, predicate, object, negated) of every edge drawn now (filters applied)."""
    rows = t.js(
        """() => window.drugkg.network.body.edgeIndices.map(id => {
              const e = window.drugkg.data.edges.find(x => x.id === id);
              return [e.from, e.rel, e.to, window.drugkg.data.claims[id].negated]; })"""
    )
    return {tuple(r) for r in rows}


def node_point(t, node: str) -> dict:
    """Centre the view on a node, zoomed in; where it is on the page and what is drawn there."""
    return t.js(
        """(id) => {
            const n = window.drugkg.network;
            const p = n.getPositions([id])[id];
            n.moveTo({position: p, scale: 1.5, animation: false});
            const dom = n.canvasToDOM(p);
            const box = document.getElementById('graph').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y, node: n.getNodeAt(dom)};
        }""",
        node,
    )


def edge_point(t, edge: str) -> dict:
    """Centre the view on the edge's middle, zoomed in; where it is on the page and what lies under it there."""
    return t.js(
        """(edge) => {
            const n = window.drugkg.network;
            const e = n.body.edges[edge];
            const p = n.getPositions([e.fromId, e.toId]);
            const mid = {x: (p[e.fromId].x + p[e.toId].x) / 2, y: (p[e.fromId].y + p[e.toId].y) / 2};
            n.moveTo({position: mid, scale: 2.5, animation: false});
            const dom = n.canvasToDOM(mid);
            const box = document.getElementById('graph').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y, edge: n.getEdgeAt(dom), node: n.getNodeAt(dom)};
        }""",
        edge,
    )


def _click_edge(t: Tab, edge: str) -> None:
    """Click the edge with the mouse at its middle, where nothing else is in the way."""
    point = edge_point(t, edge)
    assert point["edge"] == edge and point["node"] is None, point
    t.page.mouse.click(point["x"], point["y"])


def test_blocked_requests_are_recorded(tab, tmp_path: Path):
    """The guard works: a page that asks for something from the network is caught (so 'none' means none)."""
    page = tmp_path / "leaky.html"
    page.write_text('<img src="http://127.0.0.1:9/x.png"><body data-ready="true"></body>')
    t = tab(page)
    t.page.wait_for_timeout(200)
    assert any(url.startswith("http://127.0.0.1:9/") for url in t.requests)


def test_seed_graph_draws_every_entity_and_claim_offline(graph, tab, seed_html: Path):
    t = tab(seed_html)
    entities = _count(
        graph,
        "{ ?c a dkg:Claim ; dkg:subject ?x } UNION { ?c a dkg:Claim ; dkg:object ?x } "
        "UNION { ?x a ?k FILTER(STRSTARTS(STR(?x), '" + str(ENT) + "')) }",
    )
    facts = _facts(graph)
    assert t.js("window.drugkg.drawn()") == {"nodes": entities, "edges": len(facts)}
    assert drawn_facts(t) == facts  # one edge per fact, every fact drawn
    ARTIFACTS.mkdir(exist_ok=True)
    t.page.screenshot(path=str(ARTIFACTS / "viz-seed-graph.png"))
    assert t.requests == []
    assert t.console_errors == []


def test_search_finds_klonopin_and_selects_clonazepam(tab, seed_html: Path):
    t = tab(seed_html)
    t.page.fill("#search", "Klonopin")
    assert "clonazepam — Klonopin" in t.page.inner_text("#results")
    t.page.press("#search", "Enter")
    assert t.js("window.drugkg.network.getSelectedNodes()") == [str(ENT["clonazepam"])]
    assert t.page.inner_text("#panel h2") == "clonazepam"
    panel = t.page.inner_text("#panel")
    assert "Klonopin" in panel and "DRUGBANK:DB01068" in panel
    link = t.page.get_attribute("#panel a[href*='drugbank']", "href")
    assert link == "http://identifiers.org/drugbank/DB01068"
    t.page.screenshot(path=str(ARTIFACTS / "viz-search-klonopin.png"))
    assert t.requests == [] and t.console_errors == []


def test_class_filter_hides_that_class_and_its_claims(graph, tab, seed_html: Path):
    t = tab(seed_html)
    before = t.js("window.drugkg.drawn()")
    t.page.uncheck("#filter-classes input[value=Symptom]")
    symptoms = _count(graph, "?x a dkg:Symptom")
    touching = _facts(graph, "{ ?s a dkg:Symptom } UNION { ?o a dkg:Symptom }")
    assert t.js("window.drugkg.drawn()") == {
        "nodes": before["nodes"] - symptoms,
        "edges": before["edges"] - len(touching),
    }
    assert drawn_facts(t) == _facts(graph) - touching
    t.page.click("#reset")
    assert t.js("window.drugkg.drawn()") == before


def test_article_filter_keeps_only_that_articles_claims(graph, tab, seed_html: Path):
    t = tab(seed_html)
    for other in ("clonazepam-muscle-relaxation", "klonopin-pain"):
        t.page.uncheck(f"#filter-documents input[value='https://w3id.org/drugkg/document/{other}']")
    from_article = _facts(
        graph, "?x dkg:hasEvidence/dkg:sourceDocument <https://w3id.org/drugkg/document/clonazepam-pain-management>"
    )
    assert drawn_facts(t) == from_article
    assert t.console_errors == []


def test_clicking_an_edge_shows_its_evidence_quote(tab, seed_html: Path):
    t = tab(seed_html)
    edge = t.js(
        """() => window.drugkg.data.edges.find(e => e.kind === 'negated' &&
              window.drugkg.data.entities[e.to].label === 'acute pain').id"""
    )
    _click_edge(t, edge)
    assert t.js("window.drugkg.network.getSelectedEdges()") == [edge]
    # clonazepam-pain-management says it is not appropriate for acute pain; the panel says so, with the quote
    assert "It is not appropriate for common acute pain" in t.page.inner_text("#panel blockquote")
    assert "Can Clonazepam Help With Pain Management?" in t.page.inner_text("#panel cite")
    assert "NOT so" in t.page.inner_text("#panel .warn")
    t.page.screenshot(path=str(ARTIFACTS / "viz-edge-evidence.png"))
    assert t.requests == [] and t.console_errors == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_text_shows_as_written_and_runs_nothing(playwright, tmp_path: Path, bypass_csp: bool):
    """Also with the page's Content-Security-Policy switched off: escaping alone must keep text as text."""
    strings = yaml.safe_load((FIXTURES / "hostile.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "hostile.html"
    write_graph_page(Graph().parse(FIXTURES / "hostile.ttl"), path, title=strings["title"])
    with chromium(playwright, bypass_csp=bypass_csp) as context:
        t = open_page(context, path)
        assert t.js("document.title") == strings["title"]
        assert t.page.inner_text("#heading") == strings["title"]
        t.page.fill("#search", "bold")  # a synonym of the hostile drug
        t.page.press("#search", "Enter")
        assert t.page.inner_text("#panel h2") == strings["drug"]
        assert t.page.inner_text("#panel .definition") == strings["drug_definition"]
        assert strings["drug_synonym"] in t.page.inner_text("#panel")
        # a javascript: identifier is shown as text, never as a link
        assert strings["identifier"] in t.page.inner_text("#panel .identifiers")
        assert t.js("[...document.querySelectorAll('a')].map(a => a.href)") == ["http://id.nlm.nih.gov/mesh/D002998"]
        edge = fact_id(str(ENT["hostile-drug"]), "treats", str(ENT["hostile-condition"]), False)
        _click_edge(t, edge)
        assert t.page.inner_text("#panel blockquote") == strings["quote"]
        assert strings["title"] in t.page.inner_text("#panel cite")
        assert strings["qualifier"] in t.page.inner_text("#panel dl")
        t.page.hover("#graph")  # tooltips are plain text too
        assert t.js("typeof window.pwned") == "undefined"
        assert t.js("document.querySelectorAll('script').length") == 4
        assert t.js("document.querySelectorAll('img, svg, iframe, b, i').length") == 0
        assert t.dialogs == []
        assert t.requests == []
        assert t.console_errors == []
        ARTIFACTS.mkdir(exist_ok=True)
        t.page.screenshot(path=str(ARTIFACTS / f"viz-hostile-{'nocsp' if bypass_csp else 'csp'}.png"))


def test_standalone_page_does_not_grow_or_ask_for_anything_on_double_click(tab, seed_html: Path):
    """Growing in place is for pages served by `drugkg serve`; the file from `drugkg viz` stays offline."""
    t = tab(seed_html)
    before = t.js("window.drugkg.drawn()")
    clonazepam = str(ENT["clonazepam"])
    point = node_point(t, clonazepam)
    assert point["node"] == clonazepam
    t.page.mouse.dblclick(point["x"], point["y"])
    t.page.wait_for_timeout(300)  # time for a request to be attempted, if the page made one (none may)
    assert t.js("window.drugkg.drawn()") == before
    assert t.js("typeof window.drugkg.grow") == "undefined"
    assert t.page.query_selector("#panel .expand, #panel a.sparql") is None
    assert t.page.url == seed_html.resolve().as_uri() + "#graph"
    assert t.requests == [] and t.console_errors == []
