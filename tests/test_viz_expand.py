"""/explore in `drugkg serve`, in a real headless Chromium: double-clicking a node grows the graph in place.

The server runs on the built seed graph; every request that does not go to it is aborted and recorded, and the
tests assert there were none. Expected answers come from SPARQL on the same graph (neighbours, claims, quotes)
and from /explore itself (the page a reload with the grown focus list would draw). Skipped with the reason when
/usr/bin/chromium or the playwright package is absent. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import yaml
from headless import TIMEOUT_MS
from rdflib.namespace import SKOS
from test_viz_browser import ARTIFACTS, FIXTURES, edge_point, node_point

from ontology.vocab import ENT
from queries.library import load_library
from queries.server import Limits, SparqlServer
from queries.viz_facts import fact_id
from queries.viz_serve import mount

pytestmark = pytest.mark.browser
PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"
CLONAZEPAM = str(ENT["clonazepam"])


@dataclass
class Tab:
    page: object
    base: str
    outside: list[str] = field(default_factory=list)
    ours: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    navigations: list[str] = field(default_factory=list)  # pages loaded (a reload would add one)

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)


@pytest.fixture
def tab(browser, base_url: str) -> Iterator[object]:
    opened: list[Tab] = []

    def _open(path: str, ready: str = "body[data-ready=true]") -> Tab:
        page = browser.new_page()
        t = Tab(page, base_url)

        def route(route):
            url = route.request.url
            if url.startswith(base_url + "/"):
                t.ours.append(url.removeprefix(base_url))
                route.continue_()
            else:
                t.outside.append(url)
                route.abort()

        page.route("**/*", route)
        page.on("console", lambda m: t.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: t.console_errors.append(str(e)))
        page.on("request", lambda r: t.navigations.append(r.url) if r.resource_type == "document" else None)
        page.goto(base_url + path)
        page.wait_for_selector(ready, state="attached", timeout=TIMEOUT_MS)
        opened.append(t)
        return t

    yield _open
    for t in opened:
        t.page.close()


def _neighbours(graph, entity: str) -> set[str]:
    rows = graph.query(
        PREFIXES
        + "SELECT ?x WHERE { { ?c dkg:subject ?e ; dkg:object ?x } UNION { ?c dkg:object ?e ; dkg:subject ?x } }",
        initBindings={"e": ENT[entity.removeprefix(str(ENT))]},
    )
    return {str(r[0]) for r in rows} | {entity}


def _facts_within(graph, near: set[str]) -> set[tuple]:
    """The distinct (subject, predicate, object, negated) of the claims between entities in `near`: one edge each."""
    rows = graph.query(
        PREFIXES + "SELECT ?s ?p ?o ?n WHERE { ?c a dkg:Claim ; dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; "
        "dkg:negated ?n }"
    )
    return {(str(s), str(p).split("#")[1], str(o), n.toPython()) for s, p, o, n in rows if {str(s), str(o)} <= near}


def _drawn_facts(t) -> set[tuple]:
    rows = t.js("window.drugkg.data.edges.map(e => [e.from, e.rel, e.to, window.drugkg.data.claims[e.id].negated])")
    return {tuple(r) for r in rows}


def _quotes(graph, t, edge: str) -> set[str]:
    """The quotes of every claim of the fact an edge draws."""
    claims = t.js("(id) => window.drugkg.data.claims[id].claims", edge)
    quotes: set[str] = set()
    for claim in claims:
        rows = graph.query(PREFIXES + f"SELECT ?q WHERE {{ <{claim}> dkg:hasEvidence ?e . ?e dkg:quote ?q }}")
        quotes |= {str(r[0]) for r in rows}
    return quotes


def _page_data(base_url: str, query: str) -> dict:
    with urllib.request.urlopen(f"{base_url}/explore?{query}", timeout=60) as answer:
        page = answer.read().decode("utf-8")
    return json.loads(re.search(r'<script type="application/json" id="drugkg-data">(.*?)</script>', page, re.S)[1])


def _counts(t: Tab, list_id: str) -> dict[str, int]:
    return t.js(
        """(id) => Object.fromEntries([...document.querySelectorAll('#' + id + ' li')].map(li =>
              [li.querySelector('input').value, Number(li.querySelector('.count').textContent)]))""",
        list_id,
    )


def _expand_target(graph, near: set[str]) -> tuple[str, set[str]]:
    """The neighbour of clonazepam that brings the most entities not shown yet (ties: by IRI)."""
    gains = {n: _neighbours(graph, n) - near for n in sorted(near - {CLONAZEPAM})}
    target = max(sorted(gains), key=lambda n: len(gains[n]))
    return target, gains[target]


def test_double_click_grows_the_graph_in_place(graph, tab, base_url: str):
    t = tab(f"/explore?focus={urllib.parse.quote(CLONAZEPAM, safe='')}&depth=1")
    near = _neighbours(graph, CLONAZEPAM)
    before = t.js("window.drugkg.drawn()")
    assert before["nodes"] == len(near)
    target, new = _expand_target(graph, near)
    assert new, "the seed graph should have a neighbour of clonazepam with neighbours of its own"
    t.js("() => { window.markerBeforeExpanding = 'still here'; }")

    point = node_point(t, target)
    assert point["node"] == target, point
    t.page.mouse.dblclick(point["x"], point["y"])
    t.page.wait_for_selector("body[data-expansions='1']", state="attached", timeout=TIMEOUT_MS)

    grown = near | _neighbours(graph, target)
    claims = _facts_within(graph, near) | _facts_within(graph, _neighbours(graph, target))
    assert t.js("window.drugkg.drawn()") == {"nodes": before["nodes"] + len(new), "edges": len(claims)}
    assert set(t.js("window.drugkg.data.nodes.map(n => n.id)")) == grown
    assert _drawn_facts(t) == claims
    assert set(t.js("window.drugkg.lastAdded.nodes")) == new
    # no reload: the marker survives, one page load only, one JSON request; the address names the grown view
    assert t.js("window.markerBeforeExpanding") == "still here"
    assert len(t.navigations) == 1
    asked = [("focus", CLONAZEPAM), ("focus", target), ("depth", "1"), ("max_nodes", "300")]
    assert [u for u in t.ours if u.startswith("/explore/neighbours?")] == [
        "/explore/neighbours?" + urllib.parse.urlencode(asked)
    ]
    assert urllib.parse.parse_qs(t.js("location.search")[1:])["focus"] == [CLONAZEPAM, target]
    assert "Expanded" in t.page.inner_text("#note")

    # legend and filter counts are those of the page a reload would have drawn
    reloaded = _page_data(base_url, urllib.parse.urlencode([("focus", CLONAZEPAM), ("focus", target), ("depth", "1")]))
    assert _counts(t, "filter-classes") == {c["name"]: c["count"] for c in reloaded["classes"]}
    assert _counts(t, "filter-relations") == {r["name"]: r["count"] for r in reloaded["relations"]}
    assert _counts(t, "filter-documents") == {d["iri"]: d["count"] for d in reloaded["documents"]}
    shown = f"{len(grown)} of {len(grown)} entities, {len(claims)} of {len(claims)} facts shown"
    assert t.page.inner_text("#counts") == shown
    ARTIFACTS.mkdir(exist_ok=True)
    t.page.screenshot(path=str(ARTIFACTS / "viz-expand-in-place.png"))
    assert t.outside == [] and t.console_errors == []


def test_added_elements_have_panels_search_and_filters(graph, tab, base_url: str):
    t = tab(f"/explore?focus={urllib.parse.quote(CLONAZEPAM, safe='')}&depth=1")
    near = _neighbours(graph, CLONAZEPAM)
    target, new = _expand_target(graph, near)
    t.js("(id) => window.drugkg.select(id)", target)
    t.page.click("#panel button.expand")  # the panel's "expand neighbours" grows the graph the same way
    t.page.wait_for_selector("body[data-expansions='1']", state="attached", timeout=TIMEOUT_MS)
    assert t.js("window.drugkg.network.getSelectedNodes()") == [target]  # the selection is kept
    assert set(t.js("window.drugkg.lastAdded.nodes")) == new

    # an added edge, clicked with the mouse, shows its evidence quotes
    added_edges = [e for e in t.js("window.drugkg.lastAdded.edges") if _quotes(graph, t, e)]
    assert added_edges
    for edge in added_edges:
        point = edge_point(t, edge)
        if point["edge"] == edge and point["node"] is None:
            break
    else:
        pytest.fail("no added edge with evidence could be clicked clear of nodes")
    t.page.mouse.click(point["x"], point["y"])
    assert t.js("window.drugkg.network.getSelectedEdges()") == [edge]
    shown = set(t.page.eval_on_selector_all("#panel blockquote", "nodes => nodes.map(n => n.textContent)"))
    assert shown == _quotes(graph, t, edge)  # each distinct sentence once

    # search finds an added entity by its label; its panel shows its definition as text
    definitions = graph.query(f"PREFIX skos: <{SKOS}> SELECT ?e ?d WHERE {{ ?e skos:definition ?d }}")
    defined = {str(e): str(d) for e, d in definitions if str(e) in new}
    entity = sorted(defined or new)[0]
    label = t.js("(id) => window.drugkg.data.entities[id].label", entity)
    t.page.fill("#search", label)
    t.page.press("#search", "Enter")
    assert t.js("window.drugkg.network.getSelectedNodes()") == [entity]
    assert t.page.inner_text("#panel h2") == label
    if defined:
        assert t.page.inner_text("#panel .definition") == defined[entity]

    # a class filter hides the added nodes of that class too; "show everything" brings them back
    classes = t.js("(ids) => ids.map(id => window.drugkg.data.entities[id].cls)", sorted(new))
    cls = max(sorted(set(classes)), key=classes.count)
    total = t.js("window.drugkg.drawn()")
    of_class = sum(1 for n in t.js("window.drugkg.data.nodes") if n["cls"] == cls)
    t.page.uncheck(f"#filter-classes input[value={cls}]")
    assert t.js("window.drugkg.drawn()")["nodes"] == total["nodes"] - of_class
    t.page.click("#reset")
    assert t.js("window.drugkg.drawn()") == total
    assert t.outside == [] and t.console_errors == []


def test_a_bad_expansion_says_why_in_one_line_and_changes_nothing(tab):
    t = tab("/explore?" + "&".join(["focus=clonazepam"] * 20))
    before = t.js("window.drugkg.drawn()")
    neighbour = t.js("window.drugkg.data.nodes.map(n => n.id).find(id => id !== '" + CLONAZEPAM + "')")
    t.js("(id) => window.drugkg.grow(id)", neighbour)  # a 21st focus entity: the server refuses it
    t.page.wait_for_selector("body[data-expansions='0']:not([data-busy])", state="attached", timeout=TIMEOUT_MS)
    t.page.wait_for_selector("#note.error", state="visible", timeout=TIMEOUT_MS)
    assert t.page.inner_text("#note") == "Could not expand: at most 20 focus entities; start again from one"
    assert t.js("window.drugkg.drawn()") == before
    assert t.outside == []


def test_node_panel_opens_claims_about_on_the_sparql_page(graph, tab):
    t = tab(f"/explore?focus={urllib.parse.quote(CLONAZEPAM, safe='')}&depth=1")
    t.js("(id) => window.drugkg.select(id)", CLONAZEPAM)
    href = t.page.get_attribute("#panel a.sparql", "href")
    assert href == "/?" + urllib.parse.urlencode({"library": "claims-about", "entity": CLONAZEPAM})
    t.page.click("#panel a.sparql")
    t.page.wait_for_function(
        "() => /\\d+ rows?/.test(document.getElementById('status').textContent)", timeout=TIMEOUT_MS
    )
    assert t.page.input_value("#library") == "claims-about"
    assert t.page.input_value("#param-entity") == CLONAZEPAM
    head = t.page.eval_on_selector_all("#results th", "nodes => nodes.map(n => n.textContent)")
    column = head.index("claim")
    shown = t.page.eval_on_selector_all(
        "#results tr", f"rows => rows.slice(1).map(r => r.children[{column}].textContent)"
    )
    rows = graph.query(load_library()["claims-about"].text, initBindings={"entity": ENT["clonazepam"]})
    assert sorted(shown) == sorted(str(r["claim"]) for r in rows)
    assert t.outside == [] and t.console_errors == []


def test_hostile_text_added_in_place_stays_text(browser):
    """The merge path shows document and lexicon text with textContent only, like the first drawing."""
    strings = yaml.safe_load((FIXTURES / "hostile.yaml").read_text(encoding="utf-8"))
    mount()
    server = SparqlServer([FIXTURES / "hostile.ttl"], "127.0.0.1", 0, Limits(workers=1))
    url = server.start()
    page = browser.new_page()
    outside: list[str] = []

    def only_ours(route) -> None:
        if route.request.url.startswith(url + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_ours)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(url + "/explore?focus=plain-condition&depth=1")
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
        drug, condition = str(ENT["hostile-drug"]), str(ENT["hostile-condition"])
        assert page.evaluate("(id) => id in window.drugkg.data.entities", condition) is False
        page.evaluate("(id) => window.drugkg.grow(id)", drug)
        page.wait_for_selector("body[data-expansions='1']", state="attached", timeout=TIMEOUT_MS)
        treats = fact_id(drug, "treats", condition, False)
        assert page.evaluate("window.drugkg.lastAdded") == {"nodes": [condition], "edges": [treats]}
        assert strings["drug"] in page.inner_text("#note")
        page.evaluate("(id) => window.drugkg.select(id)", condition)
        assert page.inner_text("#panel h2") == strings["condition"]
        page.evaluate("(id) => window.drugkg.showClaim(id)", treats)
        assert page.inner_text("#panel blockquote") == strings["quote"]
        assert strings["qualifier"] in page.inner_text("#panel dl")
        page.fill("#search", strings["condition"][:5])
        assert strings["condition"] in page.inner_text("#results")
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img, svg, iframe, b, i').length") == 0
        assert dialogs == [] and outside == []
    finally:
        page.close()
        server.stop()
