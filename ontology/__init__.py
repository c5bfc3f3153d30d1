"""The schema as data: the OWL ontology, SHACL shapes, lexicon, identifiers, prefix map and JSON-LD context.

The files beside this module are the source of truth; the functions here only locate and load them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_TTL = HERE / "drugkg.ttl"
SHAPES_TTL = HERE / "shapes.ttl"
LEXICON_YAML = HERE / "lexicon.yaml"
IDENTIFIERS_YAML = HERE / "identifiers.yaml"
PREFIXES_YAML = HERE / "prefixes.yaml"
CONTEXT_JSONLD = HERE / "context.jsonld"


@cache
def prefix_map() -> dict[str, str]:
    """The project's prefix map, CURIE prefix -> IRI prefix, in file order.

    >>> prefix_map()["CHEBI"]
    'http://purl.obolibrary.org/obo/CHEBI_'
    """
    from base.datafile import load_yaml

    return {str(k): str(v) for k, v in load_yaml(PREFIXES_YAML).items()}
