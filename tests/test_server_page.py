"""The endpoint's web page in a real headless Chromium: pick a library query, fill it, run, download.

Skipped with the reason when /usr/bin/chromium or the playwright package is absent. Requests that do not
go to the test's own loopback server are aborted and recorded; the tests assert there were none.
"""

from __future__ import annotations

import pytest
from headless import TIMEOUT_MS, chromium

from queries.library import load_library

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(playwright, query_server):
    server = query_server
    outside: list[str] = []
    with chromium(playwright, accept_downloads=True) as context:
        tab = context.new_page()

        def only_ours(route):
            if route.request.url.startswith(server.url):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        tab.route("**/*", only_ours)
        tab.dialogs = []
        tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
        tab.goto(server.url + "/")
        tab.wait_for_selector("#library option", state="attached", timeout=TIMEOUT_MS)
        yield tab
    assert outside == []


def wait_for_status(page, text: str) -> str:
    page.wait_for_function(
        "(text) => document.getElementById('status').textContent.includes(text)", arg=text, timeout=TIMEOUT_MS
    )
    return page.text_content("#status")


def test_lists_the_library_and_its_parameters(page):
    options = page.eval_on_selector_all("#library option", "nodes => nodes.map(n => n.value)")
    assert sorted(options) == sorted(load_library())
    page.select_option("#library", "is-contraindicated")
    assert page.input_value("#param-drug") == "clonazepam"
    assert page.input_value("#param-population") == "pregnant-women"


def test_runs_a_library_query_with_a_parameter_and_downloads(page, tmp_path):
    page.select_option("#library", "drug-interactions")
    page.fill("#param-drug", "Klonopin")
    page.click("#run-library")
    wait_for_status(page, " rows")
    cells = page.eval_on_selector_all("#results td", "nodes => nodes.map(n => n.textContent)")
    assert "https://w3id.org/drugkg/entity/alcohol" in cells
    assert any("should not be taken with alcohol" in c for c in cells)
    with page.expect_download() as download:
        page.click("#downloads button:text('csv')")
    saved = tmp_path / "answer.csv"
    download.value.save_as(saved)
    assert saved.read_text().startswith("drug,other,otherLabel,outcome")


def test_entities_in_results_link_to_their_place_in_the_graph(page):
    from queries import viz_serve

    viz_serve.mount()  # what `drugkg serve` does: /explore beside the query page
    page.select_option("#library", "drug-interactions")
    page.fill("#param-drug", "Klonopin")
    page.evaluate("document.getElementById('results').replaceChildren()")  # no rows left from earlier tests
    page.click("#run-library")
    page.wait_for_selector("#results td a[href$='entity%2Falcohol']", timeout=TIMEOUT_MS)
    links = page.eval_on_selector_all("#results td a", "nodes => nodes.map(n => n.getAttribute('href'))")
    assert "/explore?focus=https%3A%2F%2Fw3id.org%2Fdrugkg%2Fentity%2Falcohol" in links
    texts = page.eval_on_selector_all("#results td a", "nodes => nodes.map(n => n.textContent)")
    assert "https://w3id.org/drugkg/entity/alcohol" in texts
    page.click("#results td a[href$='entity%2Falcohol']")
    page.wait_for_url("**/explore?focus=*", timeout=TIMEOUT_MS)
    page.wait_for_load_state()
    assert "alcohol" in page.content()
    page.go_back()
    page.wait_for_selector("#library option", state="attached", timeout=TIMEOUT_MS)


def test_ad_hoc_query_and_refusal(page):
    page.fill("#query", "ASK { ?s ?p ?o }")
    page.click("#run-query")
    assert wait_for_status(page, "Answer") == "Answer: yes"
    page.fill("#query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    page.click("#run-query")
    assert "403" in wait_for_status(page, "SERVICE")


def test_values_are_text_never_markup(page):
    hostile = '<img src=x onerror="alert(1)">'
    page.fill("#query", f"SELECT ?x WHERE {{ BIND('{hostile}' AS ?x) }}")
    page.click("#run-query")
    wait_for_status(page, "1 row")
    assert page.text_content("#results td") == hostile
    assert page.query_selector("#results img") is None
    assert page.dialogs == []
