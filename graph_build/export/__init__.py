"""Export a built graph in the standard RDF formats, one small writer per format joined by a registry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from base.atomic import atomic_open, write_text
from base.errors import DrugkgError
from base.publish import publish_folder
from graph_build.export.turtle_stream import streamed_turtle
from graph_build.write import check_iris, turtle_text
from ontology.vocab import DKG

# The writers of the other formats (networkx, the Biolink model, the JSON-LD context) are imported when
# used: the streamed Turtle export, the common case on a large graph, starts without them (issue 17).


def load_built_graph(path: str | Path) -> Graph:
    """Read a built graph (Turtle) from disk."""
    path = Path(path)
    if not path.is_file():
        raise DrugkgError("built graph not found", where=path, fix="run `drugkg build` first, or pass --graph")
    from graph_build.assemble import bind_prefixes

    try:
        return bind_prefixes(Graph()).parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise DrugkgError(
            f"cannot parse the graph as Turtle ({type(exc).__name__}: {exc})".splitlines()[0], where=path
        ) from None


def document_of(graph: Graph, node: URIRef) -> set[URIRef]:
    """The source documents a claim or evidence node belongs to."""
    if (node, DKG.sourceDocument, None) in graph:
        return set(graph.objects(node, DKG.sourceDocument))
    return {d for ev in graph.objects(node, DKG.hasEvidence) for d in graph.objects(ev, DKG.sourceDocument)}


def split_by_document(graph: Graph) -> Dataset:
    """A dataset with one named graph per source document, named by the document's IRI.

    Each named graph holds the claims the document supports, their evidence from it and the direct triples
    they give; the default graph holds entities and documents. The union equals the graph.
    """
    dataset = Dataset()
    for prefix, ns in graph.namespaces():
        dataset.bind(prefix, ns, override=True)
    claims = set(graph.subjects(DKG.hasEvidence, None))
    evidence = set(graph.objects(None, DKG.hasEvidence))
    direct_of: dict[tuple, set[URIRef]] = {}
    for claim in claims:
        key = (graph.value(claim, DKG.subject), graph.value(claim, DKG.predicate), graph.value(claim, DKG.object))
        direct_of.setdefault(key, set()).update(document_of(graph, claim))
    default = dataset.default_graph
    for triple in graph:
        s = triple[0]
        if s in claims or s in evidence:
            docs = document_of(graph, s)
        elif triple in direct_of:
            docs = direct_of[triple]
        else:
            default.add(triple)
            continue
        for doc in sorted(docs):
            dataset.graph(doc).add(triple)
    return dataset


#: Format -> (suffix, writer). A writer returns the text of one file, or {file name: text} for a format that
#: is a folder of files (suffix "": the folder is named drugkg-<format>). Writers take the graph and the
#: export options (`all_claims`: GraphML also draws negated and candidate claims).
WRITERS: dict[str, tuple[str, Callable[..., str | dict[str, str]]]] = {
    "turtle": (".ttl", lambda g, **_: turtle_text(g)),
    "ntriples": (".nt", lambda g, **_: _rdf().ntriples_text(g)),
    "jsonld": (".jsonld", lambda g, **_: _rdf().jsonld_text(g, _context())),
    "trig": (".trig", lambda g, **_: _rdf().trig_text(split_by_document(g))),
    "nquads": (".nq", lambda g, **_: _rdf().nquads_text(split_by_document(g))),
    "xml": (".rdf", lambda g, **_: _rdf().xml_text(g)),
    "kgx": ("", lambda g, **_: _kgx().kgx_files(g)),
    "kgx-jsonl": ("", lambda g, **_: _kgx().kgx_jsonl_files(g)),
    "graphml": (".graphml", lambda g, all_claims=False, **_: _graphml(g, all_claims)),
    "neo4j": ("", lambda g, **_: _neo4j(g)),
}


def _rdf():
    from graph_build.export import rdf

    return rdf


def _kgx():
    from graph_build.export import kgx

    return kgx


def _context() -> dict:
    from ontology.context import load_context

    return load_context()["@context"]


def _graphml(graph: Graph, all_claims: bool) -> str:
    from graph_build.export.graphml import graphml_files

    return graphml_files(graph, all_claims=all_claims)["drugkg.graphml"]


def _neo4j(graph: Graph) -> dict[str, str]:
    from graph_build.export.neo4j import neo4j_files

    return neo4j_files(graph)


def default_target(graph_path: Path, fmt: str) -> Path:
    """Where `drugkg export` writes by default: drugkg.<suffix> (or the folder drugkg-<format>) beside the graph."""
    suffix = WRITERS[fmt][0]
    return graph_path.with_name("drugkg" + suffix if suffix else f"drugkg-{fmt}")


def write_folder(target: str | Path, files: dict[str, str]) -> None:
    """Write `files` as the folder `target`, replaced whole in one atomic switch (base.publish): a reader sees
    the old folder or the new one, never a mix; files and folder get the modes the umask allows."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise DrugkgError("exists and is not a folder", where=target, fix="choose another --output")
    publish_folder(target, files)


def export_text(graph: Graph, fmt: str, *, all_claims: bool = False) -> str | dict[str, str]:
    """The graph serialised in `fmt` (one of WRITERS); RDF formats are checked by a strict re-read."""
    if fmt not in WRITERS:
        raise DrugkgError(f"unknown export format '{fmt}'", fix=f"use one of {', '.join(WRITERS)}")
    from graph_build.export.check import check_export

    check_iris(graph)
    text = WRITERS[fmt][1](graph, all_claims=all_claims)
    if isinstance(text, str):
        check_export(text, fmt, graph)
    return text


def export_graph(graph: Graph, fmt: str, out: str | Path, *, all_claims: bool = False) -> Path:
    """Write the graph in `fmt` to `out` atomically (a folder for formats of several files)."""
    text = export_text(graph, fmt, all_claims=all_claims)
    if isinstance(text, dict):
        write_folder(out, text)
    elif not _holds(Path(out), text):  # e.g. Turtle of build/drugkg.ttl onto itself: leave the build's link alone
        write_text(out, text)
    return Path(out)


def export_file(graph_path: str | Path, fmt: str, out: str | Path, *, all_claims: bool = False) -> Path:
    """Export the graph file `graph_path` in `fmt` to `out` (what `drugkg export` does).

    Turtle of a graph without blank nodes is streamed with pyoxigraph (`streamed_turtle`), and so are
    N-Triples, N-Quads, TriG, RDF/XML and JSON-LD (`rdf_stream.streamed_export`): no rdflib graph is built;
    the text is the same as `export_graph` writes. Every other case reads the graph with rdflib.
    """
    graph_path = Path(graph_path)
    if fmt == "turtle":
        text = streamed_turtle(graph_path)
        if text is not None:
            if not _holds(Path(out), text):
                write_text(out, text)
            return Path(out)
    else:  # N-Triples, N-Quads, TriG, RDF/XML and JSON-LD likewise (graph_build/export/rdf_stream.py)
        from graph_build.export.rdf_stream import streamed_export

        try:
            # written and synced while the strict re-read ends; published only when it passed (decision 0972)
            with atomic_open(out, "wb") as handle:
                if streamed_export(graph_path, fmt, handle) is None:
                    raise _LeftToRdflib
            return Path(out)
        except _LeftToRdflib:
            pass
    return export_graph(load_built_graph(graph_path), fmt, out, all_claims=all_claims)


class _LeftToRdflib(Exception):
    """The streamed writer left the graph to the rdflib path: its temporary file is removed unpublished."""


def _holds(path: Path, text: str) -> bool:
    """Whether `path` is a file that already holds exactly `text`."""
    try:
        return path.is_file() and path.stat().st_size == len(text.encode("utf-8")) and path.read_text("utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
