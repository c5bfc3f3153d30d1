"""The strict re-read of a streamed Turtle export, run beside the writer in a second process (decision 0940).

    python graph_build/export/turtle_check.py GRAPH_FILE [FORMAT] < export.ttl
    python graph_build/export/turtle_check.py - [FORMAT] < expected-lines + export.ttl

(FORMAT: pyoxigraph's name of the export's format, TURTLE when absent; the other RDF exports of
graph_build/export/rdf_stream.py are checked the same way.)

Takes the graph's triples, then parses the export from standard input as the writer sends it (pyoxigraph's
strict parser, streaming), and prints one JSON object: `{"lost": n, "added": m}` (the triples of the graph
missing from the export, and those the export adds), `{"syntax": message}` when the export does not parse,
or `{"input": message}` when the graph file does not. Each triple is compared by the hash of its canonical
N-Triples line (64 bits, keyed at random per process; both sets are made here).

The graph's triples are read from GRAPH_FILE by pyoxigraph, or, when GRAPH_FILE is `-` (what the writers
do, decision 0971), taken from standard input before the export: the canonical N-Triples lines pyoxigraph
gave the writer as it read the graph, sent as they were read, before the writer groups or rewrites
anything, in frames (`frame`: an 8-byte length, then the lines joined by newlines; an empty frame ends
them). The graph file is then parsed once, not twice; the export is still parsed here, by another parser
run than the writer's, and every triple of the graph must be in it and none other.

It imports nothing but pyoxigraph, so that it starts in a fraction of a second, and it is run as a script
(not as a module of the package, whose imports are heavier). On two cores the graph is read by both
processes at once and the export re-read while it is written: graph_build/export/turtle_stream.py.
"""

from __future__ import annotations

import json
import sys

import pyoxigraph as ox


def line_hashes(quads, datasets: bool) -> set[int]:
    """The hash of every quad's triple as a canonical N-Triples line (named graphs merged)."""
    if datasets:
        return {hash(str(quad.triple)) for quad in quads}
    return set(map(hash, map(str, quads)))  # a quad of the default graph prints as its triple


def frame(lines: list[str]) -> bytes:
    """One frame of expected lines (`expected_hashes`); no lines: the end mark.

    >>> frame(["<a> <p> <b>"]), frame([])
    (b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x0b<a> <p> <b>', b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00')
    """
    data = "\n".join(lines).encode("utf-8")
    return len(data).to_bytes(8, "big") + data


def expected_hashes(stream) -> set[int]:
    """The hashes of the lines of the frames read from the binary stream `stream`, up to the end mark."""
    found: set[int] = set()
    while True:
        size = int.from_bytes(stream.read(8), "big")
        if not size:
            return found
        data = stream.read(size)
        if len(data) != size:
            raise EOFError("the expected lines end early")
        found.update(map(hash, data.decode("utf-8").split("\n")))


def compare(graph_path: str, export, export_format: ox.RdfFormat = ox.RdfFormat.TURTLE) -> dict[str, object]:
    """Compare the triples of the graph file (`-`: the frames of expected lines read from `export` first)
    with those of the export (Turtle unless `export_format` says otherwise; named graphs merged) read from
    the binary stream `export`."""
    try:
        if graph_path == "-":
            expected = expected_hashes(export)
        else:
            fmt = ox.RdfFormat.from_extension(graph_path.rsplit(".", 1)[-1]) or ox.RdfFormat.TURTLE
            expected = line_hashes(ox.parse(path=graph_path, format=fmt), fmt.supports_datasets)
    except (SyntaxError, ValueError, OSError, EOFError) as exc:
        export.read()  # let the writer finish sending
        return {"input": str(exc).splitlines()[0] if str(exc) else type(exc).__name__}
    try:
        found = line_hashes(ox.parse(export, export_format), export_format.supports_datasets)
    except (SyntaxError, ValueError) as exc:
        export.read()
        return {"syntax": str(exc).splitlines()[0] if str(exc) else type(exc).__name__}
    return {"lost": len(expected - found), "added": len(found - expected)}


if __name__ == "__main__":
    fmt = getattr(ox.RdfFormat, sys.argv[2]) if len(sys.argv) > 2 else ox.RdfFormat.TURTLE  # rdf_stream.py
    print(json.dumps(compare(sys.argv[1], sys.stdin.buffer, fmt)), flush=True)
