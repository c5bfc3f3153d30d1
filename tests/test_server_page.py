"""The query page in a real headless Chromium: the YASQE editor (vendored) completing the graph's own terms,
library queries with their parameter forms, labelled and sortable result tables, downloads, permalinks.

Skipped with the reason when /usr/bin/chromium or the playwright package is absent. Every request the page
makes is recorded; requests that do not go to the test's own loopback server are aborted, and the tests
assert there were none (the page works offline). Screenshots go to test-artifacts/sparql-*.png (git-ignored);
docs/img/ holds the ones docs/sparql.md shows, copied from there.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE
from headless import TIMEOUT_MS, chromium

from queries.library import load_library

pytestmark = pytest.mark.browser
IMG = Path(__file__).resolve().parents[1] / "test-artifacts"
ENT = "https://w3id.org/drugkg/entity/"


@pytest.fixture(scope="module")
def server():
    from queries import viz_serve
    from queries.server import Limits, SparqlServer

    viz_serve.mount()  # what `drugkg serve` does: /explore beside the query page
    running = SparqlServer([FIXTURE], limits=Limits(workers=1, rate=0, reload_interval=0))
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def context(playwright, server):
    with chromium(playwright, accept_downloads=True) as browser_context:
        browser_context.requested = []
        browser_context.outside = []

        def only_ours(route):
            browser_context.requested.append(route.request.url)
            if route.request.url.startswith(server.url + "/"):
                route.continue_()
            else:
                browser_context.outside.append(route.request.url)
                route.abort()

        browser_context.route("**/*", only_ours)
        yield browser_context
    assert browser_context.outside == []


def open_page(context, server, path: str = "/"):
    tab = context.new_page()
    tab.set_viewport_size({"width": 1400, "height": 900})
    tab.dialogs = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.goto(server.url + path)
    tab.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)
    return tab


@pytest.fixture(scope="module")
def page(context, server):
    tab = open_page(context, server)
    yield tab
    tab.close()


def wait_for_status(page, text: str) -> str:
    page.wait_for_function(
        "(text) => document.getElementById('status').textContent.includes(text)", arg=text, timeout=TIMEOUT_MS
    )
    return page.text_content("#status")


def set_query(page, text: str) -> None:
    """Put `text` in the editor (the YASQE/CodeMirror instance on its wrapper) with the cursor at the end."""
    page.evaluate(
        """(text) => { const cm = document.querySelector('.CodeMirror').CodeMirror; cm.setValue(text);
        cm.focus(); cm.setCursor(cm.lineCount(), 0); }""",
        text,
    )


def run_query(page, text: str, status: str) -> str:
    page.evaluate("document.getElementById('results').replaceChildren()")
    set_query(page, text)
    page.click("#run-query")
    return wait_for_status(page, status)


def hints(page, text: str) -> list[str]:
    set_query(page, text)
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".CodeMirror-hints li", timeout=TIMEOUT_MS)
    shown = page.eval_on_selector_all(".CodeMirror-hints li", "nodes => nodes.map(n => n.textContent)")
    page.keyboard.press("Escape")
    return shown


def test_the_page_is_offline_with_a_real_editor(page, context, server):
    assert page.evaluate("typeof window.Yasqe") == "function"
    assert page.query_selector("#editor .CodeMirror") is not None
    assert page.query_selector("#editor .cm-keyword") is not None  # syntax highlighting of the default query
    # the editor's own syntax check knows the endpoint's prefixes (no PREFIX lines needed) ...
    set_query(page, "SELECT ?d WHERE { ?d dkg:treats ent:spasticity }")
    page.wait_for_timeout(300)
    assert page.query_selector("#editor .parseErrorIcon") is None
    # ... and still marks what is wrong
    set_query(page, "SELECT ?d WHERE { ?d nope:treats ent:spasticity }")
    page.wait_for_selector("#editor .parseErrorIcon", timeout=TIMEOUT_MS)
    set_query(
        page, "SELECT ?predicate (COUNT(?claim) AS ?claims)\nWHERE { ?claim a dkg:Claim ; dkg:predicate ?predicate }"
    )
    assert context.requested and all(url.startswith(server.url + "/") for url in context.requested)
    assert "127.0.0.1" in server.url
    IMG.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(IMG / "sparql-page.png"))


def test_autocompletes_the_graphs_classes_predicates_and_entities(page):
    classes = hints(page, "SELECT * WHERE { ?x a dkg:Dr")
    assert any(h.startswith("dkg:Drug") for h in classes) and any(h.startswith("dkg:DrugClass") for h in classes)
    assert all(h.startswith("dkg:Dr") for h in classes)
    predicates = hints(page, "SELECT * WHERE { ?x dkg:trea")
    assert [h.split()[0] for h in predicates] == ["dkg:treats"] and "treats" in predicates[0]
    entities = hints(page, "SELECT * WHERE { ?x ?p ent:klono")  # by a name: Klonopin is clonazepam
    assert entities and entities[0].split()[0] == "ent:clonazepam" and "clonazepam" in entities[0]
    set_query(page, "SELECT * WHERE { ?x ?p ent:spas")
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".CodeMirror-hints li", timeout=TIMEOUT_MS)
    page.screenshot(path=str(IMG / "sparql-autocomplete.png"))
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()").endswith("ent:spasticity")


def test_library_queries_with_their_parameter_forms(page):
    options = page.eval_on_selector_all("#library option", "nodes => nodes.map(n => n.value)")
    assert sorted(options) == sorted(load_library())
    page.select_option("#library", "is-contraindicated")
    assert page.input_value("#param-drug") == "" and page.input_value("#param-population") == ""
    assert page.get_attribute("#param-population", "placeholder") == "e.g. pregnant-women"
    assert "required" in page.inner_text("label[for=param-population]")
    page.click("#run-library")
    assert "needs --param drug=VALUE" in wait_for_status(page, "400")  # no silent default
    page.fill("#param-drug", "Klonopin")
    page.fill("#param-population", "pregnant women")
    page.click("#run-library")
    assert wait_for_status(page, "Answer") == "Answer: yes"


def test_runs_a_library_query_and_downloads_every_format(page, tmp_path):
    page.select_option("#library", "drug-interactions")
    page.fill("#param-drug", "Klonopin")
    page.click("#run-library")
    wait_for_status(page, " rows")
    cells = page.eval_on_selector_all("#results td", "nodes => nodes.map(n => n.textContent)")
    assert ENT + "alcohol" in cells and any("should not be taken with alcohol" in c for c in cells)
    buttons = page.eval_on_selector_all("#downloads button", "nodes => nodes.map(n => n.textContent)")
    assert buttons == ["csv", "tsv", "json", "xml"]
    for fmt in buttons:
        with page.expect_download() as download:
            page.click(f"#downloads button:text('{fmt}')")
        saved = tmp_path / f"answer.{fmt}"
        download.value.save_as(saved)
        text = saved.read_text()
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(text)))
            assert ENT + "alcohol" in {r["other"] for r in rows}
        elif fmt == "json":
            assert ENT + "alcohol" in {b["other"]["value"] for b in json.loads(text)["results"]["bindings"]}
        else:
            assert ENT + "alcohol" in text


def test_graph_answers_download_in_every_rdf_format(page, tmp_path):
    run_query(page, "CONSTRUCT WHERE { ?d dkg:bindsTo ?t }", "A graph")
    buttons = page.eval_on_selector_all("#downloads button", "nodes => nodes.map(n => n.textContent)")
    assert buttons == ["turtle", "ntriples", "jsonld", "rdfxml"]
    with page.expect_download() as download:
        page.click("#downloads button:text('jsonld')")
    saved = tmp_path / "graph.jsonld"
    download.value.save_as(saved)
    assert json.loads(saved.read_text())["@context"]["dkg"] == "https://w3id.org/drugkg/ontology#"


def test_results_show_labels_beside_compact_iris_and_link_into_explore(page):
    run_query(page, "SELECT ?drug ?claim WHERE { ?claim dkg:subject ?drug ; dkg:predicate dkg:treats }", " rows")
    link = page.query_selector(f"#results a.iri[title='{ENT}clonazepam']")
    assert link is not None and link.text_content() == ENT + "clonazepam"  # the full IRI is the text
    assert link.get_attribute("data-compact") == "ent:clonazepam"
    shown = page.evaluate("(a) => getComputedStyle(a, '::before').content", link)
    assert shown == '"ent:clonazepam"'  # ... shown compact
    assert link.get_attribute("href") == "/explore?focus=" + urllib.parse.quote(ENT + "clonazepam", safe="")
    pages = page.eval_on_selector_all("#results a.page", "nodes => nodes.map(n => n.getAttribute('href'))")
    assert "/explore/page/clonazepam" in pages
    labels = page.eval_on_selector_all("#results span.label", "nodes => nodes.map(n => n.dataset.label)")
    assert "clonazepam treats trigeminal neuralgia" in labels  # a claim's label beside its compact IRI
    page.screenshot(path=str(IMG / "sparql-results.png"))


def test_tables_sort_by_a_column_and_wrap_long_text(page):
    query = "SELECT ?predicate (COUNT(?c) AS ?claims) WHERE { ?c dkg:predicate ?predicate } GROUP BY ?predicate"
    run_query(page, query, " rows")

    def column(index: int) -> list[str]:
        return page.eval_on_selector_all(
            "#results tr", f"rows => rows.slice(1).map(r => r.children[{index}].textContent)"
        )

    page.click("#results th:text('claims')")
    ascending = [int(v) for v in column(1)]
    assert ascending == sorted(ascending) and len(set(ascending)) > 1
    page.click("#results th:text('claims')")
    assert [int(v) for v in column(1)] == sorted(ascending, reverse=True)
    page.click("#results th:text('predicate')")
    assert column(0) == sorted(column(0))
    run_query(page, "SELECT ?quote WHERE { ?e dkg:quote ?quote } ORDER BY DESC(STRLEN(?quote)) LIMIT 1", "1 row")
    box = page.eval_on_selector("#results td", "td => td.getBoundingClientRect().toJSON()")
    assert box["width"] <= 34 * 16 + 20 and box["height"] > 40  # wrapped onto several lines, not one wide one


def test_permalink_of_a_typed_query(page, context, server):
    text = "SELECT ?drug WHERE { ?drug dkg:treats ent:spasticity }"
    run_query(page, text, "1 row")
    page.click("#make-permalink")
    href = page.get_attribute("#permalink", "href")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(href).query) == {"query": [text]}
    other = open_page(context, server, href.removeprefix(server.url))
    wait_for_status(other, "1 row")
    assert other.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()") == text
    assert other.eval_on_selector_all("#results td a.iri", "n => n.map(a => a.textContent)") == [ENT + "baclofen"]
    other.close()


def test_permalink_of_a_library_query_with_its_parameters(page, context, server):
    page.select_option("#library", "uses-of-drug")
    page.fill("#param-drug", "Klonopin")
    page.click("#run-library")
    wait_for_status(page, " rows")
    rows = page.eval_on_selector_all("#results tr", "rows => rows.map(r => r.textContent)")
    page.click("#make-permalink")
    href = page.get_attribute("#permalink", "href")
    wanted = {"library": ["uses-of-drug"], "drug": ["Klonopin"]}
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(href).query) == wanted
    other = open_page(context, server, href.removeprefix(server.url))
    wait_for_status(other, " rows")
    assert other.input_value("#library") == "uses-of-drug" and other.input_value("#param-drug") == "Klonopin"
    assert other.eval_on_selector_all("#results tr", "rows => rows.map(r => r.textContent)") == rows
    other.close()


def test_entities_in_results_link_to_their_place_in_the_graph(page, server):
    page.select_option("#library", "drug-interactions")
    page.fill("#param-drug", "Klonopin")
    page.evaluate("document.getElementById('results').replaceChildren()")
    page.click("#run-library")
    page.wait_for_selector("#results td a[href$='entity%2Falcohol']", timeout=TIMEOUT_MS)
    page.click("#results td a[href$='entity%2Falcohol']")
    page.wait_for_url("**/explore?focus=*", timeout=TIMEOUT_MS)
    page.wait_for_load_state()
    assert "alcohol" in page.content()
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=TIMEOUT_MS)


def test_ad_hoc_query_refusal_and_prefixes_added(page):
    assert run_query(page, "ASK { ent:baclofen dkg:treats ent:spasticity }", "Answer") == "Answer: yes"
    status = run_query(page, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE")
    assert status.startswith("403")
    status = run_query(page, "SELECT * WHERE {\n ?s nope:x ?o }", "400")
    assert "line 2" in status and "unknown prefix 'nope:'" in status


def test_values_are_text_never_markup(page):
    hostile = '<img src=x onerror="alert(1)">'
    run_query(page, f"SELECT ?x WHERE {{ BIND('{hostile}' AS ?x) }}", "1 row")
    assert page.text_content("#results td") == hostile
    assert page.query_selector("#results img") is None
    assert page.dialogs == []
