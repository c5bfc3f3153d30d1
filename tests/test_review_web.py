"""The review pages of `drugkg serve --review`: off without the flag, decisions written through the page.

The corpus is a tmp folder with one short document and no curated claims (as in test_review.py): the
extractor reads "clonazepam treats seizure", "clonazepam NOT treats acute pain" and "baclofen treats
spasticity" from it, all machine-read.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE, free_port
from reviewsample import DOC, sample_corpus

from graph_build.review import Desk
from graph_build.review_store import load_decisions
from queries.review_serve import mount
from queries.server import Limits, SparqlServer


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return sample_corpus(tmp_path)


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    mount()
    running = SparqlServer([FIXTURE], limits=Limits(workers=1))
    running.start()
    yield running
    running.stop()


@pytest.fixture
def desk(server: SparqlServer, corpus: Path) -> Iterator[Desk]:
    server.app.review = Desk(corpus)
    yield server.app.review
    server.app.review = None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def call(url: str, form: dict | None = None, headers: dict | None = None) -> tuple[int, str, dict]:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(url, data=data, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=120) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def ident_of(desk: Desk, statement: str) -> str:
    (found,) = [r.ident for r in desk.readings(DOC) if r.statement() == statement]
    return found


def test_without_review_the_pages_are_absent_and_nothing_is_written(server, corpus):
    assert server.app.review is None
    status, body, _ = call(server.url + "/review")
    assert status == 404 and "drugkg serve --review" in body
    status, _, _ = call(server.url + "/review/decide", {"doc": DOC, "reading": "1", "decision": "rejected"})
    assert status == 403
    assert not (corpus / "claims").exists()


def test_the_page_lists_machine_read_claims_with_marked_names(server, desk):
    status, body, _ = call(server.url + "/review")
    assert status == 200 and "(3 to review)" in body and f"/review?doc={DOC}" in body
    status, body, headers = call(f"{server.url}/review?doc={DOC}")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '<mark class="subject" title="subject">Klonopin</mark> is used to treat' in body
    assert '<mark class="object" title="object">seizures</mark>' in body
    assert body.count('class="reading"') == 3
    for reading in desk.readings(DOC):  # candidate below the build's threshold, else machine-read
        assert f"{reading.source} · confidence {reading.confidence} · {reading.rule}" in body


def test_a_posted_decision_is_written_and_answered_with_the_page(server, desk, corpus):
    ident = ident_of(desk, "baclofen treats spasticity")
    status, _, headers = call(server.url + "/review/decide", {"doc": DOC, "reading": ident, "decision": "rejected"})
    assert status == 303 and headers["Location"].startswith(f"/review?doc={DOC}&said=rejected")
    assert [(d.decision, d.subject) for d in load_decisions(corpus, DOC)] == [("rejected", "baclofen")]
    assert "baclofen treats spasticity" not in [r.statement() for r in desk.readings(DOC)]


def test_a_correction_is_checked_like_a_curated_claim(server, desk, corpus):
    ident = ident_of(desk, "clonazepam treats seizure")
    form = {"doc": DOC, "reading": ident, "decision": "corrected", "subject": "clonazepam", "predicate": "treats",
            "object": "no-such-entity", "certainty": "Asserted", "qualifiers": ""}  # fmt: skip
    status, body, _ = call(server.url + "/review/decide", form)
    assert status == 400 and "unknown entity &#x27;no-such-entity&#x27; as object" in body
    assert not (corpus / "claims").exists()
    status, _, _ = call(server.url + "/review/decide", {**form, "object": "seizure", "certainty": "Possible"})
    assert status == 303
    assert [d.decision for d in load_decisions(corpus, DOC)] == ["corrected"]


def test_a_decision_from_another_site_or_not_a_form_is_refused(server, desk, corpus):
    form = {"doc": DOC, "reading": "1", "decision": "rejected"}
    assert call(server.url + "/review/decide", form, {"Origin": "http://elsewhere.example"})[0] == 403
    assert call(server.url + "/review/decide", form, {"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert call(server.url + "/review/decide", form, {"Content-Type": "text/plain"})[0] == 415
    assert call(server.url + "/review/decide", {**form, "decision": "maybe"})[0] == 400
    assert call(server.url + "/review/decide")[0] == 405  # GET
    assert not (corpus / "claims").exists()
    same_site = {"Origin": server.url}
    assert call(server.url + "/review/decide", form, same_site)[0] == 303


def serve(*options: str) -> tuple[subprocess.Popen, str]:
    """`drugkg serve` in its own process on a free port; its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-c", "from drugkg.cli import main; main()", "serve", "--graph", str(FIXTURE)]
    process = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "1", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):  # generous on a slow machine; not a timing assertion
        try:
            urllib.request.urlopen(url + "/library", timeout=2).read()
            return process, url
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("drugkg serve did not answer")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_the_serve_command_enables_review_only_with_the_flag(corpus):
    process, url = serve("--corpus", str(corpus))
    try:
        assert call(url + "/review")[0] == 404
        assert call(url + "/review/decide", {"doc": DOC, "reading": "1", "decision": "rejected"})[0] == 403
    finally:
        stop(process)
    assert not (corpus / "claims").exists()
    process, url = serve("--review", "--corpus", str(corpus))
    try:
        status, body, _ = call(f"{url}/review?doc={DOC}")
        assert status == 200 and body.count('class="reading"') == 3
        status, _, _ = call(url + "/review/decide", {"doc": DOC, "reading": "3", "decision": "rejected"})
        assert status == 303
    finally:
        stop(process)
    assert [(d.decision, d.subject) for d in load_decisions(corpus, DOC)] == [("rejected", "baclofen")]


@pytest.mark.browser
def test_accept_reject_and_correct_through_the_page_in_chromium(server, desk, corpus, browser):
    page = browser.new_page()
    try:
        page.goto(f"{server.url}/review?doc={DOC}")
        seizure = page.locator("li.reading", has_text="seizures")
        assert seizure.locator("mark.subject").inner_text() == "Klonopin"
        seizure.get_by_role("button", name="Accept").click()
        page.wait_for_selector("p.said")
        assert "accepted" in page.locator("p.said").inner_text()
        assert page.locator("li.reading").count() == 2

        page.locator("li.reading", has_text="Baclofen").get_by_role("button", name="Reject").click()
        page.wait_for_selector("p.said >> text=rejected")
        assert page.locator("li.reading").count() == 1

        remaining = page.locator("li.reading").first
        remaining.locator("summary").click()
        remaining.locator("select[name=certainty]").select_option("Possible")
        remaining.get_by_role("button", name="Save correction").click()
        page.wait_for_selector("p.said >> text=corrected")
        assert page.locator("p.empty").inner_text() == "No machine-read claim left to review."
    finally:
        page.close()
    decisions = load_decisions(corpus, DOC)
    assert sorted((d.decision, d.subject, d.object) for d in decisions) == [
        ("accepted", "clonazepam", "seizure"),
        ("corrected", "clonazepam", "acute-pain"),
        ("rejected", "baclofen", "spasticity"),
    ]
