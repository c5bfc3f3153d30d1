"""The page as a learner meets it, in headless Chromium at 1400x900 with the network blocked: the start screen,
the topic views (readable at first sight: labels of 12 px or more, none overlapping, every edge named, one edge
per fact), the drug and condition pages (sections and counts against the graph), table rows as cells, and
candidates never shown as facts. Expected values come from the graph by SPARQL, never written here.

Screenshots of every view go to test-artifacts/ (git-ignored); docs/img/ holds the ones the docs show.
"""

from __future__ import annotations

import itertools
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from headless import TIMEOUT_MS
from rdflib import Graph, Literal, URIRef
from test_viz_browser import ARTIFACTS, FIXTURES, Tab

from base.paths import DEFAULT_CORPUS
from ontology.schema import ontology_graph
from ontology.vocab import DKG, ENT
from queries.library import load_library
from queries.viz import write_graph_page

pytestmark = pytest.mark.browser

PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/ontology#>\n"
FACT = "?c a dkg:Claim ; dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; dkg:negated ?n"
CLONAZEPAM = str(ENT["clonazepam"])
SIZE = {"width": 1400, "height": 900}


def facts(graph: Graph, where: str = "") -> set[tuple]:
    """Distinct (subject, predicate local name, object, negated) of the claims matching `where`."""
    rows = graph.query(PREFIXES + f"SELECT DISTINCT ?s ?p ?o ?n WHERE {{ {FACT} . {where} }}")
    return {(str(s), str(p).split("#")[1], str(o), n.toPython()) for s, p, o, n in rows}


def support(graph: Graph, fact: tuple) -> int:
    s, p, o, n = fact
    rows = graph.query(
        PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?k) WHERE { ?c dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; "
        "dkg:negated ?n ; dkg:hasEvidence/dkg:sourceDocument ?d }",
        initBindings={"s": URIRef(s), "p": DKG[p], "o": URIRef(o), "n": Literal(n)},
    )
    return int(next(iter(rows))[0])


def predicate_label(predicate: str) -> str:
    from rdflib import RDFS

    return str(ontology_graph().value(DKG[predicate], RDFS.label))


@pytest.fixture(scope="module")
def seed_page(graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("story") / "graph.html"
    write_graph_page(graph, path, corpus=DEFAULT_CORPUS)
    return path


@pytest.fixture
def opener(browser) -> Iterator[object]:
    opened: list[Tab] = []

    def _open(path: Path, screen: str = "") -> Tab:
        page = browser.new_page()
        page.set_viewport_size(SIZE)
        t = Tab(page)

        def route(route):
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                t.requests.append(route.request.url)
                route.abort()

        page.route("**/*", route)
        page.on("console", lambda m: t.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: t.console_errors.append(str(e)))
        page.on("dialog", lambda d: (t.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri() + (f"#{screen}" if screen else ""))
        page.wait_for_selector("body[data-story-ready=true]", state="attached", timeout=TIMEOUT_MS)
        opened.append(t)
        return t

    yield _open
    for t in opened:
        t.page.close()


def shot(t: Tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    t.page.screenshot(path=str(ARTIFACTS / f"viz-{name}.png"))


# ---- the start screen ----------------------------------------------------------------------------------------


def test_the_page_opens_on_topics_and_drug_pages_not_on_the_whole_graph(graph, opener, seed_page: Path):
    t = opener(seed_page)
    assert t.js("document.body.dataset.screen") == "start"
    assert t.page.is_hidden("#graph")
    cards = t.page.eval_on_selector_all(".topic-card", "cs => cs.map(c => c.dataset.topic)")
    assert cards == ["treatments", "mechanism", "safety", "compare"]
    drugs = {str(r[0]) for r in graph.query(PREFIXES + "SELECT ?d WHERE { ?d a dkg:Drug }")}
    listed = t.page.eval_on_selector_all(".page-list.drugs button", "bs => bs.map(b => b.dataset.entity)")
    assert set(listed) == drugs
    shot(t, "start")
    t.page.fill("#search", "Klonopin")  # search reaches the drug's page
    t.page.press("#search", "Enter")
    t.page.wait_for_selector("#entity-page:not([hidden])")
    assert t.page.inner_text("#entity-page h2") == "clonazepam"
    assert t.requests == [] and t.console_errors == []


# ---- topic views -------------------------------------------------------------------------------------------


def topic_facts(graph: Graph, topic: str) -> set[tuple]:
    """The facts each topic must draw, from the graph."""
    drug_end = "{ ?s a dkg:Drug } UNION { ?o a dkg:Drug }"
    if topic == "treatments":
        return facts(graph, "?s a dkg:Drug . VALUES ?p { dkg:treats dkg:alleviates }")
    if topic == "mechanism":
        return facts(graph, "?c dkg:mechanismOf ?drug FILTER(?n = false)")
    if topic == "safety":
        return facts(
            graph,
            drug_end + " VALUES ?p { dkg:interactsWith dkg:contraindicatedIn dkg:hasWithdrawalEffect "
            "dkg:hasAdverseEffect }",
        )
    raise ValueError(topic)


def drawn(t: Tab) -> list[dict]:
    """Every edge of the topic drawing: its fact, its label text and the label's box on the page."""
    return t.js(
        """() => [...document.querySelectorAll('#topic-canvas .edge')].map(g => {
              const f = window.drugkg.data.story.facts[g.dataset.fact];
              const label = g.querySelector('.edge-label');
              return {fact: [f.subject, f.predicate, f.object, f.negated], text: label ? label.textContent : null};
            })"""
    )


def label_boxes(t: Tab) -> list[dict]:
    """Every node and edge label of the drawing: its text, its box on the page and its font size on screen."""
    return t.js(
        """() => { const svg = document.querySelector('#topic-canvas svg'); const scale = svg.getScreenCTM().a;
              return [...svg.querySelectorAll('.node-label, .edge-label')].map(n => {
                const r = n.getBoundingClientRect();
                return {text: n.textContent, x: r.x, y: r.y, w: r.width, h: r.height,
                        px: parseFloat(getComputedStyle(n).fontSize) * scale}; }); }"""
    )


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for a, b in itertools.combinations(boxes, 2)
        if a["x"] < b["x"] + b["w"] - 0.5
        and b["x"] < a["x"] + a["w"] - 0.5
        and a["y"] < b["y"] + b["h"] - 0.5
        and b["y"] < a["y"] + a["h"] - 0.5
    ]


@pytest.mark.parametrize("topic", ["treatments", "mechanism", "safety", "compare"])
def test_topic_view_is_readable_at_first_sight(graph, opener, seed_page: Path, topic: str):
    t = opener(seed_page, f"topic/{topic}")
    t.page.wait_for_selector(f"body[data-topic={topic}]", state="attached")
    edges = drawn(t)
    got = [tuple(e["fact"]) for e in edges]
    assert len(got) == len(set(got))  # one edge per fact
    if topic == "compare":
        rows = graph.query(load_library()["muscle-relaxant-comparison"].text)
        compared = {str(r["drug"]) for r in rows}
        assert {f[0] for f in got} == compared  # the three drugs the library's comparison query finds
        mine = facts(graph, "FILTER(?n = false)")
        assert set(got) <= {f for f in mine if f[0] in compared}
        shared = {o for _s, _p, o, _n in got}
        for obj in {f[2] for f in mine if f[0] in compared}:  # what two of them share is drawn
            if len({f[0] for f in mine if f[2] == obj and f[0] in compared and f[1] != "hasFormulation"}) >= 2:
                assert obj in shared
    else:
        assert set(got) == topic_facts(graph, topic)
    for e in edges:  # the relation is named on every edge, in the ontology's words
        _subject, predicate, _obj, negated = e["fact"]
        expected = "not for" if negated and predicate in ("treats", "alleviates") else predicate_label(predicate)
        assert e["text"] and expected in e["text"], e
    boxes = label_boxes(t)
    assert min(b["px"] for b in boxes) >= 12  # at the initial zoom
    assert overlapping(boxes) == []
    shot(t, f"topic-{topic}")
    assert t.requests == [] and t.console_errors == []


def test_mechanism_reads_left_to_right_in_step_order(graph, opener, seed_page: Path):
    t = opener(seed_page, "topic/mechanism")
    x = t.js(
        """() => Object.fromEntries([...document.querySelectorAll('#topic-canvas .node')].map(g =>
              [g.dataset.entity, g.querySelector('foreignObject').getBoundingClientRect().x]))"""
    )
    rows = graph.query(
        PREFIXES + "SELECT DISTINCT ?d ?i ?s ?o WHERE { ?c dkg:mechanismOf ?d ; dkg:stepIndex ?i ; dkg:subject ?s ; "
        "dkg:object ?o ; dkg:negated false }"
    )
    steps = [(str(d), int(i), str(s), str(o)) for d, i, s, o in rows]
    assert steps
    for _d, _i, s, o in steps:
        assert x[s] < x[o]
    for (d1, i1, s1, _o1), (d2, i2, s2, _o2) in itertools.product(steps, steps):
        if d1 == d2 and i1 < i2:
            assert x[s1] < x[s2]


def test_clicking_a_topic_edge_lists_its_distinct_sentences_with_their_articles(graph, opener, seed_page: Path):
    t = opener(seed_page, "topic/treatments")
    pain = str(ENT["pain"])
    rows = graph.query(
        PREFIXES + "SELECT DISTINCT ?q ?t WHERE { ?c dkg:subject ?s ; dkg:predicate dkg:treats ; dkg:object ?o ; "
        "dkg:negated false ; dkg:hasEvidence ?e . ?e dkg:quote ?q ; dkg:sourceDocument ?d . ?d dcterms:title ?t }",
        initNs={"dcterms": "http://purl.org/dc/terms/"},
        initBindings={"s": ENT["clonazepam"], "o": ENT["pain"]},
    )
    wanted = {(str(q), str(title)) for q, title in rows}
    assert len(wanted) > 1
    edge = t.js(
        """([s, o]) => [...document.querySelectorAll('#topic-canvas .edge')].find(g => {
              const f = window.drugkg.data.story.facts[g.dataset.fact];
              return f.subject === s && f.object === o && f.predicate === 'treats' && !f.negated; }).dataset.fact""",
        [CLONAZEPAM, pain],
    )
    t.page.click(f"#topic-canvas .edge[data-fact='{edge}'] .edge-label")
    quotes = t.page.eval_on_selector_all("#panel .sentence blockquote", "bs => bs.map(b => b.textContent)")
    cites = t.page.eval_on_selector_all("#panel .sentence cite", "cs => cs.map(c => c.textContent)")
    assert len(quotes) == len(set(quotes)) == len({q for q, _t in wanted})  # each sentence once
    assert {(q, next(ti for qq, ti in wanted if qq == q)) for q in quotes} == wanted
    assert all(any(title in c for _q, title in wanted) for c in cites)
    assert f"{support(graph, (CLONAZEPAM, 'treats', pain, False))} articles" in t.page.inner_text("#panel .badges")
    shot(t, "topic-edge-sentences")


def test_a_table_row_shows_its_cells_under_the_column_headings(graph, opener, seed_page: Path):
    t = opener(seed_page, "topic/compare")
    fact = t.js(
        """() => Object.entries(window.drugkg.data.story.facts).find(([id, f]) =>
              f.sentences.some(s => s.cells.length) &&
              document.querySelector(`#topic-canvas .edge[data-fact='${id}']`))[0]"""
    )
    t.page.click(f"#topic-canvas .edge[data-fact='{fact}'] .edge-label")
    table = t.page.wait_for_selector("#panel table.row-cells")
    headings = t.page.eval_on_selector_all("#panel table.row-cells th", "ths => ths.map(th => th.textContent)")
    # the headings are the table's first row in the article the quote comes from
    text = (DEFAULT_CORPUS / "clonazepam-muscle-relaxation.txt").read_text(encoding="utf-8").splitlines()
    header = text[next(i for i, line in enumerate(text) if set(line.strip()) <= set("-|: ") and "-" in line) - 1]
    assert headings == [h.strip() for h in header.strip().strip("|").split("|")][1:]
    assert "Clonazepam (Klonopin)" in headings
    assert table.is_visible()
    shot(t, "table-row-cells")


# ---- pages -------------------------------------------------------------------------------------------------


def section_lines(t: Tab, section: str) -> list[dict]:
    return t.js(
        """(id) => [...document.querySelectorAll(`#entity-page [data-section='${id}'] li.fact-line`)].map(li => {
              const f = window.drugkg.data.story.facts[li.dataset.fact];
              return {fact: [f.subject, f.predicate, f.object, f.negated], text: li.querySelector('.text').textContent,
                      badges: [...li.querySelectorAll('.badge')].map(
                        b => b.className.replace('badge ', '') + ':' + b.textContent),
                      step: li.dataset.step || null}; })""",
        section,
    )


def test_drug_page_answers_what_how_and_what_not_to_mix(graph, opener, seed_page: Path):
    t = opener(seed_page, "page/clonazepam")
    assert t.page.inner_text("#entity-page h2") == "clonazepam"
    of = f"<{CLONAZEPAM}>"
    expected = {
        "uses": facts(graph, f"FILTER(?s = {of}) VALUES ?p {{ dkg:treats dkg:alleviates }}"),
        "combine": facts(graph, f"FILTER(?s = {of} || ?o = {of}) VALUES ?p {{ dkg:interactsWith }}"),
        "adverse": facts(graph, f"FILTER(?s = {of}) VALUES ?p {{ dkg:hasAdverseEffect }}"),
        "contra": facts(graph, f"FILTER(?s = {of}) VALUES ?p {{ dkg:contraindicatedIn }}"),
        "stopping": facts(graph, f"FILTER(?s = {of}) VALUES ?p {{ dkg:hasWithdrawalEffect }}"),
        "mechanism": facts(graph, f"?c dkg:mechanismOf {of} FILTER(?n = false)")
        | facts(
            graph,
            f"FILTER(?s = {of}) VALUES ?p {{ dkg:hasMechanismOfAction dkg:actsOn dkg:bindsTo dkg:positivelyModulates "
            "dkg:increases dkg:decreases dkg:hasEffect }",
        ),
    }
    for section, wanted in expected.items():
        assert wanted, section
        lines = section_lines(t, section)
        assert [tuple(line["fact"]) for line in lines if True] and {tuple(x["fact"]) for x in lines} == wanted
        assert len(lines) == len(wanted)  # one line per fact
        title = t.page.inner_text(f"#entity-page [data-section='{section}'] h3")
        assert title.endswith(f"({len(wanted)})")
        for line in lines:  # each with its support count; negated ones "not for"; hedged ones marked
            fact = tuple(line["fact"])
            assert f"support:{support(graph, fact)} article" in " ".join(line["badges"])
            if fact[3] and fact[1] in ("treats", "alleviates"):
                assert line["text"].startswith("not for")
    steps = [int(x["step"]) for x in section_lines(t, "mechanism") if x["step"]]
    indexes = graph.query(PREFIXES + f"SELECT DISTINCT ?i WHERE {{ ?c dkg:mechanismOf {of} ; dkg:stepIndex ?i }}")
    assert steps == sorted(steps) and set(steps) == {int(r[0]) for r in indexes}  # the chain in order
    hedged = facts(
        graph,
        f"FILTER(?s = {of}) ?c dkg:certainty ?k FILTER(?k != dkg:Asserted) FILTER NOT EXISTS {{ ?c2 dkg:subject ?s ; "
        "dkg:predicate ?p ; dkg:object ?o ; dkg:negated ?n ; dkg:certainty dkg:Asserted }",
    )
    shown_hedged = {
        tuple(x["fact"])
        for section in ("uses", "adverse", "stopping")
        for x in section_lines(t, section)
        if any(b.startswith("hedged:") for b in x["badges"])
    }
    assert shown_hedged and shown_hedged == {
        f for f in hedged if f[1] in ("treats", "alleviates", "hasAdverseEffect", "hasWithdrawalEffect")
    }
    machine = facts(
        graph,
        f"FILTER(?s = {of}) FILTER NOT EXISTS {{ ?c2 dkg:subject ?s ; dkg:predicate ?p ; dkg:object ?o ; "
        "dkg:negated ?n ; dkg:agentType ?a FILTER(?a != 'text_mining_agent') }",
    )
    shown_machine = {
        tuple(x["fact"])
        for s in expected
        for x in section_lines(t, s)
        if any(b.startswith("machine:") for b in x["badges"])
    }
    assert shown_machine == {f for f in machine if any(f in v for v in expected.values())}
    # the boxed warning and the outcomes of an interaction are on its line
    combine = t.page.inner_text("#entity-page [data-section='combine']")
    assert "boxed warning" in combine and "can lead to: " in combine
    # a line opens on its sentences
    first = t.page.query_selector("#entity-page [data-section='uses'] li.fact-line summary")
    first.click()  # the sentences are added when the line opens (a "toggle" event, after the click)
    t.page.wait_for_selector("#entity-page [data-section='uses'] .sentences :is(blockquote, table)", timeout=TIMEOUT_MS)
    shot(t, "page-clonazepam")
    assert t.requests == [] and t.console_errors == []


def test_condition_page_lists_what_is_used_for_it_and_what_is_not(graph, opener, seed_page: Path):
    t = opener(seed_page, "page/acute-pain")
    lines = section_lines(t, "treated")
    wanted = facts(graph, f"FILTER(?o = <{ENT['acute-pain']}>) VALUES ?p {{ dkg:treats dkg:alleviates }}")
    assert {tuple(x["fact"]) for x in lines} == wanted
    negated = [x for x in lines if x["fact"][3]]
    assert negated and all(x["text"].endswith(": not for this") for x in negated)
    shot(t, "page-acute-pain")


# ---- candidates, hostile text ------------------------------------------------------------------------------


def test_a_candidate_is_shown_as_a_candidate_never_as_a_fact(opener, tmp_path: Path):
    path = tmp_path / "story.html"
    write_graph_page(Graph().parse(FIXTURES / "story.ttl"), path, corpus=FIXTURES)
    t = opener(path, "page/testdrug")
    candidates = t.page.inner_text("#entity-page [data-section='uses'] ul.candidates")
    assert "condition D" in candidates and "candidate" in candidates
    stated = t.page.inner_text("#entity-page [data-section='uses'] ul.lines:not(.candidates)")
    assert "condition D" not in stated
    t2 = opener(path, "graph")
    t2.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    edge = t2.js("() => window.drugkg.data.edges.find(e => window.drugkg.data.entities[e.to].label === 'condition D')")
    assert edge["kind"] == "candidate" and edge["label"].startswith("candidate: ")
    machine = t2.js(
        "() => window.drugkg.data.edges.find(e => window.drugkg.data.entities[e.to].label === 'condition C' "
        "&& e.rel === 'hasAdverseEffect')"
    )
    assert machine["kind"] == "hedged"
    t2.js("(id) => window.drugkg.showClaim(id)", machine["id"])
    assert "machine-read, confidence 0.6" in t2.page.inner_text("#panel .badges")


def test_hostile_text_stays_text_on_pages_and_topics(opener, tmp_path: Path):
    strings = yaml.safe_load((FIXTURES / "hostile.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "hostile.html"
    write_graph_page(Graph().parse(FIXTURES / "hostile.ttl"), path, title=strings["title"])
    t = opener(path, "page/hostile-drug")
    assert t.page.inner_text("#entity-page h2") == strings["drug"]
    assert t.page.inner_text("#entity-page .definition") == strings["drug_definition"]
    t.page.click("#entity-page [data-section='uses'] li.fact-line summary")
    assert t.page.inner_text("#entity-page .sentences blockquote") == strings["quote"]
    t.js("() => { location.hash = 'topic/treatments'; }")
    t.page.wait_for_selector("body[data-topic=treatments]", state="attached")
    labels = t.page.eval_on_selector_all("#topic-canvas .node-label", "ns => ns.map(n => n.textContent)")
    assert strings["condition"].replace(" ", "") in "".join(labels).replace(" ", "")
    assert t.js("typeof window.pwned") == "undefined"
    assert t.js("document.querySelectorAll('img, iframe, b, i, script:not([id])').length") == 3  # our 3 scripts
    assert t.js("[...document.querySelectorAll('svg')].every(s => s.classList.contains('drawing'))")
    assert t.dialogs == [] and t.requests == [] and t.console_errors == []


# ---- served ------------------------------------------------------------------------------------------------


def test_served_drug_page_links_to_the_sparql_page_and_back(browser, base_url: str):
    page = browser.new_page()
    page.set_viewport_size(SIZE)
    outside: list[str] = []

    def only_ours(route) -> None:
        if route.request.url.startswith(base_url + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_ours)
    try:
        page.goto(base_url + "/explore/page/clonazepam")
        page.wait_for_selector("body[data-story-ready=true]", state="attached", timeout=TIMEOUT_MS)
        assert page.inner_text("#entity-page h2") == "clonazepam"
        assert page.get_attribute("#entity-page a.permalink", "href") == "/explore/page/clonazepam"
        page.click("#entity-page a.sparql")
        page.wait_for_function(
            "() => /\\d+ rows?/.test(document.getElementById('status').textContent)", timeout=TIMEOUT_MS
        )
        assert page.input_value("#library") == "claims-about"
        back = page.get_attribute(
            f"#results a[href='/explore?focus={urllib.parse.quote(CLONAZEPAM, safe='')}']", "href"
        )
        page.goto(base_url + back)  # the result's link to the graph ...
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
        page.click("#panel button.open-page")  # ... whose panel opens the drug's page again
        page.wait_for_selector("#entity-page:not([hidden])", timeout=TIMEOUT_MS)
        assert page.inner_text("#entity-page h2") == "clonazepam"
        assert outside == []
    finally:
        page.close()


def test_explain_page_opens_on_its_path_readable(graph, opener, tmp_path: Path):
    from queries.viz import write_explanation

    path = tmp_path / "why.html"
    text = write_explanation(graph, "Klonopin", "trigeminal neuralgia", path)
    t = opener(path)
    t.page.wait_for_selector("body[data-topic=explain]", state="attached")
    assert t.page.inner_text("#explanation").strip() == text.strip()  # the terminal's explanation, above
    rows = graph.query(
        PREFIXES + "SELECT DISTINCT ?s ?p ?o ?n WHERE { ?c dkg:mechanismOf ?d ; dkg:subject ?s ; dkg:predicate ?p ; "
        "dkg:object ?o ; dkg:negated ?n }",
        initBindings={"d": ENT["clonazepam"]},
    )
    chain = {(str(s), str(p).split("#")[1], str(o), n.toPython()) for s, p, o, n in rows}
    got = {tuple(e["fact"]) for e in drawn(t)}
    steps = [line for line in text.splitlines() if line.strip()[:2].rstrip(".").isdigit()]
    assert len(got & chain) == len([s for s in steps if "[classification]" not in s]) > 0  # every step drawn
    boxes = label_boxes(t)
    assert min(b["px"] for b in boxes) >= 12 and overlapping(boxes) == []
    assert all(e["text"] for e in drawn(t))
    shot(t, "explain")
    assert t.requests == [] and t.console_errors == []


def test_whole_graph_draws_no_name_smaller_than_12_px(opener, seed_page: Path):
    t = opener(seed_page, "graph")
    t.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    t.js("() => window.drugkg.network.fit({animation: false})")  # the opening view: the whole graph fitted
    sizes = t.js(
        """() => { const n = window.drugkg.network; const scale = n.getScale();
              return Object.values(n.body.nodes).filter(x => x.labelModule.visible())
                .map(x => x.labelModule.fontOptions.size * scale); }"""
    )
    assert sizes and min(sizes) >= 12  # the hubs are named; the others when zoomed in
    t.js("() => window.drugkg.network.moveTo({scale: 1.2, animation: false})")
    shown = t.js("() => Object.values(window.drugkg.network.body.nodes).filter(x => x.labelModule.visible()).length")
    assert shown > len(sizes)


def test_a_page_leads_to_its_place_in_the_whole_graph(opener, seed_page: Path):
    t = opener(seed_page, "page/clonazepam")
    assert t.js("window.drugkg.network") is None  # nothing is laid out until the drawing is shown
    t.page.click("#entity-page button.show-in-graph")
    t.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    t.page.wait_for_selector("#graph:not([hidden])")
    assert t.js("window.drugkg.network.getSelectedNodes()") == [CLONAZEPAM]
    assert t.page.inner_text("#panel h2") == "clonazepam"
    assert t.requests == [] and t.console_errors == []
