"""Commands of the read side: query, queries, serve, push."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from base.paths import DEFAULT_CORPUS
from drugkg.options import graph_option

FORMATS = ["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml"]


@click.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="A SPARQL query given inline.")
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="A file holding a SPARQL query.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A library query's parameter.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: table for SELECT/ASK, turtle for CONSTRUCT/DESCRIBE].",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of the terminal.")
@graph_option
@click.option(
    "--reason",
    type=click.Choice(["rdfs", "owlrl"]),
    help="Infer first: Biolink classes and predicates, transitive dkg:isA (slower).",
)
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="Local engine; rdflib is the slower reference.",
)
@click.option("--endpoint", metavar="URL", help="Ask this SPARQL endpoint instead of the local graph.")
@click.option(
    "--width",
    type=click.IntRange(min=0),
    default=None,
    help="Fit tables in this many columns, wrapping long cells [default: the terminal's width on a terminal,"
    " else no limit; 0: full width].",
)
def query(
    name: str | None,
    expression: str | None,
    query_file: Path | None,
    params: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    graph_path: Path,
    reason: str | None,
    engine: str,
    endpoint: str | None,
    width: int | None,
) -> None:
    """Run a SPARQL query: a library query by NAME (see `drugkg queries`), or one given with -e or -f.

    Parameters of a library query accept an entity's label, synonym, slug or IRI, for example
    `drugkg query drugs-for-condition --param condition="trigeminal neuralgia"`. A parameter the answer
    depends on has no default: it is asked for on a terminal, else its absence is an error; a default that
    is used is named on stderr. A misspelt name gets "did you mean" suggestions of the expected kind.
    Known prefixes (dkg:, ent:, rdfs:, skos:, owl:, biolink:, ...) need no PREFIX line in -e or -f queries.
    """
    from base.errors import DrugkgError
    from queries.formats import default_format, write_result
    from queries.run import open_engine, parse_params, run_library_query, run_text

    notes: list[str] = []
    given = [x for x in (name, expression, query_file) if x is not None]
    if len(given) != 1:
        raise DrugkgError("give exactly one query: a library NAME, -e QUERY or -f FILE", fix="see drugkg query -h")
    values = parse_params(params)
    if values and name is None:
        raise DrugkgError("--param works with library queries only", fix="bind values inside an ad-hoc query")
    source = open_engine(graph_path, reason=reason, engine=engine, endpoint=endpoint)
    if name is not None:
        values, notes = _complete(name, values)
        result = run_library_query(name, values, source)
    else:
        text = expression if expression is not None else _read(query_file)
        result = run_text(text, source, check=endpoint is None)
    chosen = fmt or default_format(result)
    if width is None and output is None and chosen == "table" and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    data = write_result(result, chosen, width=width or None)
    if output is None:
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader has all it wants
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        from base.atomic import write_bytes

        write_bytes(output, data)
        click.echo(f"wrote {output} ({len(result)} {'triples' if result.kind == 'graph' else 'rows'})", err=True)
    for note in notes:  # after the answer, so that an error stays the only line
        click.echo(note, err=True)


def _complete(name: str, values: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The parameter values with required ones asked for on a terminal, and notes naming the defaults used."""
    from queries.library import get_query

    library_query = get_query(name)
    defaults: list[str] = []
    for param in library_query.params:
        if param.name in values:
            continue
        if param.required and _interactive():
            example = f", e.g. {param.example}" if param.example else ""
            values[param.name] = click.prompt(f"{param.label} ({param.name}{example})", err=True)
        elif not param.required and param.default is not None:
            defaults.append(f"note: {param.name} not given; used the default {param.default!r}")
    return values, defaults


def _interactive() -> bool:
    """True when a person is at the terminal to answer a question."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def _read(path: Path | None) -> str:
    from base.errors import DrugkgError

    assert path is not None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DrugkgError(f"cannot read the query: {exc}", where=path) from exc


@click.group(invoke_without_command=True)
@click.pass_context
def queries(ctx: click.Context) -> None:
    """List the query library: names, titles and parameters (`drugkg queries show NAME` prints one)."""
    if ctx.invoked_subcommand is not None:
        return
    from queries.library import load_library

    for q in load_library().values():
        params = ", ".join(
            f"{p.name}=" + (f"REQUIRED (e.g. {p.example})" if p.required else f"{p.default}") + f" ({p.type})"
            for p in q.params
        )
        click.echo(f"{q.name}\n    {q.title}" + (f"\n    params: {params}" if params else ""))


@queries.command("show")
@click.argument("name")
def show(name: str) -> None:
    """Print one library query: its header and text."""
    from queries.library import get_query

    click.echo(get_query(name).path.read_text(encoding="utf-8"), nl=False)


@click.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on (0: any free port).")
@click.option("--time-limit", default=10.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option(
    "--row-limit", default=10000, show_default=True, type=int, help="Most rows (or triples) an answer may have."
)
@click.option("--max-body", default=65536, show_default=True, type=int, help="Largest request body, in bytes.")
@click.option("--workers", default=2, show_default=True, type=int, help="Worker processes that run queries.")
@click.option("--memory-mb", default=1024, show_default=True, type=int, help="Memory per worker in MB (0: no cap).")
@click.option(
    "--rate-limit", default=20.0, show_default=True, type=float, help="Requests per second per client (0: none)."
)
@click.option("--burst", default=40, show_default=True, type=int, help="Requests a client may send at once.")
@click.option("--connections", default=64, show_default=True, type=int, help="Connections served at once.")
@click.option("--socket-timeout", default=10.0, show_default=True, type=float, help="Seconds a client may stay silent.")
@click.option("--review", is_flag=True, help="Also serve /review, where machine-read claims are accepted or rejected.")
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=DEFAULT_CORPUS,
    show_default="the project's corpus/",
    help="The corpus whose curated claims files /review writes to (with --review).",
)
def serve(
    graph_path: Path,
    host: str,
    port: int,
    time_limit: float,
    row_limit: int,
    max_body: int,
    workers: int,
    memory_mb: int,
    rate_limit: float,
    burst: int,
    connections: int,
    socket_timeout: float,
    review: bool,
    corpus: Path,
) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol, read-only, with a web page to run the library.

    The endpoint is /sparql (GET, POST form, POST direct); the page is /. Update, SERVICE, LOAD and
    outside graphs are refused; queries over the time, row or memory limit are cancelled; each client address
    gets at most --rate-limit requests per second (429 beyond) and a share of the workers. A new build of the
    graph is picked up while serving (docs/reliability.md). With --review, /review
    lists the corpus's machine-read claims and writes accept/reject/correct decisions to its claims files
    (docs/review.md); the graph itself stays read-only.
    """
    from queries import review_serve, viz_serve
    from queries.server import Limits, serve_forever

    # the /explore pages, and the /review pages (they answer 404/403 unless it runs with --review); mounted here
    # rather than when the commands register, so that other commands (`build`) do not import the server
    viz_serve.mount()
    review_serve.mount()
    limits = Limits(
        time_limit=time_limit,
        row_limit=row_limit,
        max_body=max_body,
        workers=workers,
        memory_mb=memory_mb,
        rate=rate_limit,
        burst=burst,
        max_connections=connections,
        socket_timeout=socket_timeout,
    )
    desk = None
    if review:  # the review pages (docs/review.md); without --review they answer 404/403 and write nothing
        from graph_build.review import Desk

        desk = Desk(corpus)

    def announce(url: str) -> None:
        click.echo(f"serving {url} (Ctrl-C stops)" + (f"; review pages at {url}review" if desk else ""))

    serve_forever(graph_path, host, port, limits, announce=announce, review=desk)


@click.command()
@click.option("--endpoint", required=True, metavar="URL", help="Graph Store Protocol URL, e.g. http://host/store.")
@graph_option
@click.option("--graph-iri", metavar="IRI", help="Named graph to write (default: the default graph).")
@click.option("--append", is_flag=True, help="Add to the graph instead of replacing it.")
@click.option("--with-ontology", is_flag=True, help="Also send the ontology (needed for reasoning there).")
def push(endpoint: str, graph_path: Path, graph_iri: str | None, append: bool, with_ontology: bool) -> None:
    """Load the built graph into a SPARQL 1.1 Graph Store Protocol server (Oxigraph, Fuseki, ...)."""
    from queries.reason import ontology_for
    from queries.remote import push_graph

    paths = [graph_path, ontology_for(graph_path)] if with_ontology else [graph_path]
    count = push_graph(paths, endpoint, graph_iri=graph_iri, replace=not append)
    click.echo(f"sent {count} triples to {endpoint} ({graph_iri or 'default graph'})")


def register(group: click.Group) -> None:
    for command in (query, queries, serve, push):
        group.add_command(command)
