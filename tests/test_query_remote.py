"""Remote stores: `drugkg push` into a real Oxigraph server, `drugkg query --endpoint` gives the local answers."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fixtures.query.support import EXPECTED, FIXTURE, oxigraph_server, result_key

from drugkg.cli import main
from queries.engine import OxigraphEngine
from queries.library import load_library
from queries.remote import RemoteEngine
from queries.resolve import bind_params

LIBRARY = load_library()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        pushed = CliRunner().invoke(main, ["push", "--endpoint", url + "/store", "--graph", str(FIXTURE)])
        assert pushed.exit_code == 0, pushed.output
        yield url


def test_push_sends_the_whole_graph(oxigraph):
    local = OxigraphEngine.from_files([FIXTURE])
    remote = RemoteEngine(oxigraph + "/query")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert result_key(remote.query(count)) == result_key(local.query(count))
    assert len(local.store) > 1000


def test_push_again_replaces_and_append_adds(oxigraph, tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text("<https://w3id.org/drugkg/entity/x> <http://www.w3.org/2000/01/rdf-schema#label> 'x' .\n")
    remote = RemoteEngine(oxigraph + "/query")
    ask = "ASK { <https://w3id.org/drugkg/entity/x> ?p ?o }"
    CliRunner().invoke(main, ["push", "--endpoint", oxigraph + "/store", "--graph", str(extra), "--append"])
    assert remote.query(ask).boolean is True
    again = CliRunner().invoke(main, ["push", "--endpoint", oxigraph + "/store", "--graph", str(FIXTURE)])
    assert again.exit_code == 0 and "sent" in again.output
    assert remote.query(ask).boolean is False


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_every_library_query_gives_the_same_answer_remotely(oxigraph, name):
    query = LIBRARY[name]
    params = EXPECTED[name]["params"]
    local = OxigraphEngine.from_files([FIXTURE])
    remote = RemoteEngine(oxigraph + "/query")
    # parameters are resolved on each side (labels and synonyms looked up by SPARQL there)
    local_answer = local.query(query.text, bind_params(query, params, local))
    remote_answer = remote.query(query.text, bind_params(query, params, remote))
    assert result_key(remote_answer) == result_key(local_answer)


def test_cli_query_on_the_endpoint(oxigraph):
    args = ["query", "drugs-for-condition", "-p", "condition=Trigeminal Neuralgia", "--format", "csv"]
    local = CliRunner().invoke(main, [*args, "--graph", str(FIXTURE)])
    remote = CliRunner().invoke(main, [*args, "--endpoint", oxigraph + "/query"])
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    assert "clonazepam" in remote.output


def test_unreachable_endpoint_is_one_clear_error():
    result = CliRunner().invoke(main, ["query", "hedged-claims", "--endpoint", "http://127.0.0.1:9/query"])
    assert result.exit_code == 69 and "cannot reach the endpoint" in result.output
    bad = CliRunner().invoke(main, ["push", "--endpoint", "ftp://example.org/store", "--graph", str(FIXTURE)])
    assert bad.exit_code == 1 and "not an http(s) URL" in bad.output
