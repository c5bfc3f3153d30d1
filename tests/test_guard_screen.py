"""The endpoint's screened check (guard.needs_check: a plain query is parsed once, by the run itself) answers
exactly as checking every query first with check_query: same status, media type and bytes.

Compared on every library query, every W3C SPARQL 1.1 syntax test (good and bad, from ../shared/data),
texts the guard refuses (SERVICE, FROM, updates, LOAD, empty, escapes, unknown prefixes), and Hypothesis
texts stitched from SPARQL fragments (keywords inside strings, IRIs and comments included).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.query.support import FIXTURE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from queries.engine import OxigraphEngine
from queries.guard import check_query, needs_check
from queries.workers import Job, handle

LIBRARY = sorted((Path(__file__).parents[1] / "queries").glob("*.rq"))
SYNTAX = Path(__file__).parents[1].parent / "shared" / "data" / "w3c-rdf-tests" / "sparql" / "sparql11" / "syntax-query"
BASE = "http://127.0.0.1:7878/sparql"
REFUSED = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://127.0.0.1:9/> ASK { SERVICE ex:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <http://127.0.0.1:9/> } SERVICE ?e { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "CLEAR DEFAULT",
    "",
    "   \n\t",
    "# only a comment\n",
    "SELECT * WHERE { ?s zz:p ?o }",
    "SELECT * WHERE { ?s ?p ?o",
    'ASK { ?s ?p "SERVICE" }',
    "ASK { ?s ?p ?o } # FROM <http://e/g>",
    "PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT ?c WHERE { ?c dkg:predicate dkg:treats } LIMIT 3",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
    "DESCRIBE <https://w3id.org/drugkg/entity/baclofen>",
    "ASK { ?s a dkg:Drug }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o }",  # over the row limit
]
ACCEPTS = [None, "text/csv", "application/sparql-results+xml", "text/turtle", "image/png"]


@pytest.fixture(scope="module")
def engine() -> OxigraphEngine:
    return OxigraphEngine.from_files([FIXTURE], persistent=False)


def both(engine: OxigraphEngine, text: str, accept: str | None = None) -> tuple:
    """The reply of the screened path and of the check-first path for one query text."""
    job = Job(text=text, accept=accept, base_iri=BASE)
    screened = handle(job, engine, 50, screen=True)
    checked = handle(job, engine, 50, screen=False)
    return (screened.status, screened.media_type, screened.body), (checked.status, checked.media_type, checked.body)


def syntax_tests() -> list[Path]:
    return sorted(SYNTAX.glob("*.rq")) if SYNTAX.is_dir() else []


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.stem)
def test_library_queries_answer_alike(engine, path: Path) -> None:
    screened, checked = both(engine, path.read_text(encoding="utf-8"))
    assert screened == checked


@pytest.mark.parametrize("text", REFUSED)
@pytest.mark.parametrize("accept", ACCEPTS)
def test_refused_and_plain_texts_answer_alike(engine, text: str, accept: str | None) -> None:
    screened, checked = both(engine, text, accept)
    assert screened == checked


def test_what_the_guard_refuses_is_still_refused(engine) -> None:
    """The screen never lets a refusal through: each refused text above keeps its status."""
    statuses = {text: both(engine, text)[0][0] for text in REFUSED[:16]}
    assert all(status == 403 for status in list(statuses.values())[:4])
    assert statuses[REFUSED[4]] in (400, 403)  # the \\u escape: pyoxigraph's parser refuses it
    assert all(statuses[t] == 403 for t in REFUSED[5:11])
    assert all(statuses[t] == 400 for t in REFUSED[11:16])


@pytest.mark.shared_data
def test_w3c_syntax_tests_answer_alike(engine) -> None:
    paths = syntax_tests()
    if not paths:
        pytest.skip(f"the W3C SPARQL syntax tests are not at {SYNTAX}")
    differ = []
    statuses = set()
    for path in paths:
        screened, checked = both(engine, path.read_text(encoding="utf-8"))
        statuses.add(screened[0])
        if screened != checked:
            differ.append(path.name)
    assert not differ
    assert {200, 400} <= statuses  # both good and bad tests were there


def test_the_screen_sends_every_refusable_word_to_the_check() -> None:
    for text in REFUSED[:7]:
        assert needs_check(text)
    assert not needs_check("SELECT ?s WHERE { ?s ?p ?o }")


FRAGMENTS = [
    "SELECT", "select", "ASK", "CONSTRUCT", "DESCRIBE", "*", "?s", "?p", "?o", "$x", "WHERE", "{", "}", ".",
    ";", ",", "(", ")", "a", "dkg:Drug", "dkg:treats", "zz:p", "<http://e/x>", "<sparql>", '"SERVICE"', "'FROM'",
    '"""x\ny"""', "# SERVICE\n", "# c\n", "SERVICE", "service", "SILENT", "FROM", "NAMED", "GRAPH", "OPTIONAL",
    "UNION", "MINUS", "FILTER", "EXISTS", "NOT", "BIND", "AS", "VALUES", "LIMIT", "3", "1.5", "PREFIX", "ex:",
    "BASE", "INSERT", "DELETE", "DATA", "LOAD", "\\u0041", "\n", "COUNT", "DISTINCT", "ORDER", "BY", "DESC",
]  # fmt: skip
TEMPLATES = [
    "SELECT * WHERE {{ {} }}",
    "ASK {{ {} }}",
    "PREFIX ex: <http://e/> SELECT ?s WHERE {{ ?s ?p ?o . {} }} LIMIT 2",
    "{}",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    template=st.sampled_from(TEMPLATES),
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=12),
    accept=st.sampled_from(ACCEPTS[:4]),
)
def test_stitched_texts_answer_alike(engine, template: str, parts: list[str], accept: str | None) -> None:
    text = template.format(" ".join(parts))
    screened, checked = both(engine, text, accept)
    assert screened == checked


def test_check_query_still_refuses_on_its_own() -> None:
    """check_query itself is unchanged: the check-first path above is a real reference."""
    with pytest.raises(Exception, match="SERVICE"):
        check_query(REFUSED[0])
