"""The strict re-read of a streamed Turtle export, run beside the writer in a second process (decision 0940).

    python graph_build/export/turtle_check.py GRAPH_FILE [FORMAT] < export.ttl

(FORMAT: pyoxigraph's name of the export's format, TURTLE when absent; the other RDF exports of
graph_build/export/rdf_stream.py are checked the same way.)

Reads the graph file with pyoxigraph, then the Turtle export from standard input as the writer sends it
(pyoxigraph's strict parser, streaming), and prints one JSON object: `{"lost": n, "added": m}` (the
triples of the graph missing from the export, and those the export adds), `{"syntax": message}` when the
export does not parse, or `{"input": message}` when the graph file does not. Each triple is compared by the
hash of its canonical N-Triples line (64 bits, keyed at random per process; both sets are made here).

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


def compare(graph_path: str, export, export_format: ox.RdfFormat = ox.RdfFormat.TURTLE) -> dict[str, object]:
    """Compare the triples of the graph file with those of the export (Turtle unless `export_format` says
    otherwise; named graphs merged) read from the binary stream `export`."""
    fmt = ox.RdfFormat.from_extension(graph_path.rsplit(".", 1)[-1]) or ox.RdfFormat.TURTLE
    try:
        expected = line_hashes(ox.parse(path=graph_path, format=fmt), fmt.supports_datasets)
    except (SyntaxError, ValueError, OSError) as exc:
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
