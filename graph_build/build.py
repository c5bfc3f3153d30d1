"""`build_graph`: corpus -> validated knowledge graph files in the output folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from drugkg.atomic import write_text
from drugkg.errors import DrugkgError
from graph_build.assemble import assemble_graph
from graph_build.claims import merge_claims
from graph_build.curated import load_curated
from graph_build.describe import void_graph
from graph_build.read import read_corpus
from graph_build.summarise import Summary, summarise
from graph_build.validate import shacl_violations
from graph_build.write import turtle_text
from ontology import ONTOLOGY_TTL
from ontology.lexicon import load_lexicon

GRAPH_FILE = "drugkg.ttl"
ONTOLOGY_FILE = "ontology.ttl"
SUMMARY_FILE = "summary.json"
VOID_FILE = "void.ttl"


@dataclass
class BuildResult:
    graph: Graph
    summary: Summary
    outputs: list[Path]
    changes: list[str] | None = None  # the change report since the last build into `out`
    extracted: int = 0  # claims the text mining found (0 without extraction)


def build_graph(
    corpus: str | Path, out: str | Path, *, validate: bool = True, extract: bool = False, progress: bool = False
) -> BuildResult:
    """Build the graph of `corpus` and write it to `out`; nothing is written unless every check passes.

    Writes `drugkg.ttl` (the graph), `ontology.ttl` (the schema it follows), `summary.json` and `void.ttl`
    (the VoID/DCAT description of the dataset).
    """
    corpus, out = Path(corpus), Path(out)
    documents = read_corpus(corpus)
    lexicon = load_lexicon()
    curated, extracted = load_curated(corpus, documents, lexicon), 0
    if extract:  # text mining (graph_build/textmine.py): per-document results cached (graph_build/cache.py)
        from graph_build.cache import extraction_cache
        from graph_build.textmine import mine

        mined = mine(documents, lexicon, curated, extraction_cache(), progress=progress)
        curated, lexicon, extracted = mined.claims, mined.lexicon, mined.extracted
    claims = merge_claims(curated)
    graph = assemble_graph(documents, claims, lexicon)
    if validate:
        violations = shacl_violations(graph)
        if violations:
            first = violations[0].describe()
            raise DrugkgError(
                f"the graph does not conform to the SHACL shapes ({len(violations)} violations; first: {first})",
                where=corpus,
                fix="nothing was written; fix the data named",
            )
    summary = summarise(graph)
    texts = {
        GRAPH_FILE: turtle_text(graph),
        ONTOLOGY_FILE: ONTOLOGY_TTL.read_text(encoding="utf-8"),
        SUMMARY_FILE: json.dumps(summary.as_dict(), indent=2, sort_keys=True) + "\n",
        VOID_FILE: turtle_text(void_graph(graph)),
    }
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DrugkgError(f"cannot create the output folder ({exc.strerror})", where=out) from None
    outputs = []
    for name, text in texts.items():
        write_text(out / name, text)
        outputs.append(out / name)
    from graph_build.changes import report_changes

    return BuildResult(graph, summary, outputs, report_changes(out, graph).lines(), extracted)
