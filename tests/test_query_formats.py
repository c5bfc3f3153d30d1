"""Result writers: standard formats that parse back, escaping, and prefixes that mirror the ontology."""

from __future__ import annotations

import pyoxigraph as ox

from ontology.vocab import CLAIM, DKG, DOC, ENT, EVIDENCE
from queries.engine import Result
from queries.formats import PREFIXES, compact, write_result

TRICKY = ox.Literal('a "quoted", tabbed\tand\nnew-lined <b>text</b> & more')
ROW = (
    ox.NamedNode("http://x/a"),
    TRICKY,
    ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
)
RESULT = Result("select", ["s", "text", "n", "unbound"], [(*ROW, None)])


def test_prefixes_mirror_the_vocabulary():
    assert PREFIXES["dkg"] == str(DKG._NS)
    assert (PREFIXES["ent"], PREFIXES["claim"], PREFIXES["evidence"], PREFIXES["doc"]) == tuple(
        map(str, (ENT, CLAIM, EVIDENCE, DOC))
    )


def test_json_xml_tsv_round_trip_every_term():
    for fmt, parser in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                        ("tsv", ox.QueryResultsFormat.TSV)):  # fmt: skip
        parsed = list(ox.parse_query_results(write_result(RESULT, fmt), format=parser))
        assert len(parsed) == 1
        assert (parsed[0]["s"], parsed[0]["text"], parsed[0]["n"]) == ROW, fmt
        assert parsed[0]["unbound"] is None


def test_csv_quotes_and_uses_crlf():
    data = write_result(RESULT, "csv").decode()
    assert data.startswith("s,text,n,unbound\r\n")
    assert '"a ""quoted"", tabbed\tand\nnew-lined <b>text</b> & more"' in data


def test_table_shortens_iris_and_flattens_whitespace():
    assert compact(ox.NamedNode(str(DKG.treats))) == "dkg:treats"
    table = write_result(Result("select", ["x"], [(TRICKY,)]), "table").decode()
    assert "tabbed and new-lined" in table and table.endswith("(1 row)\n")
