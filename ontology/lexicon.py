"""The lexicon: every entity the corpus mentions, with labels, synonyms and established identifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from base.datafile import LineDict, line_of, load_yaml
from base.errors import DrugkgError, location
from ontology import IDENTIFIERS_YAML, LEXICON_YAML, prefix_map
from ontology.schema import entity_classes

if TYPE_CHECKING:
    import curies

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTRY_FIELDS = {
    "label",
    "class",
    "definition",
    "synonyms",
    "brand_names",
    "abbreviations",
    "percentage",
    "count",
    "estimate",
    "population",
}
ID_PREFIXES = ("CHEBI", "DRUGBANK", "MESH", "MONDO", "DOID", "HP", "GO", "UniProtKB", "NCIT", "UMLS", "UBERON")
# mapping strengths of ontology/identifiers.yaml, strongest first, each written as its SKOS mapping property
STRENGTHS = ("exact", "close", "broad", "narrow", "related")
ID_FIELDS = {*STRENGTHS, "labels", "sources"}


@dataclass(frozen=True)
class Entity:
    """One lexicon entry."""

    slug: str
    label: str
    cls: str
    definition: str = ""
    synonyms: tuple[str, ...] = ()
    brand_names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()  # CURIEs of the same concept (skos:exactMatch)
    close: tuple[str, ...] = ()  # CURIEs of a near concept (skos:closeMatch)
    broad: tuple[str, ...] = ()  # CURIEs of a clearly broader concept (skos:broadMatch)
    narrow: tuple[str, ...] = ()  # CURIEs of a clearly narrower concept (skos:narrowMatch)
    related: tuple[str, ...] = ()  # CURIEs of a related but different concept (skos:relatedMatch)
    target_labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # CURIE -> its label
    statistic: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def names(self) -> tuple[str, ...]:
        """Every name of the entity: label, synonyms, brand names, abbreviations."""
        return (self.label, *self.synonyms, *self.brand_names, *self.abbreviations)


class Prefixes:
    """CURIE <-> IRI conversion from the project's prefix map, as `curies.Converter.from_prefix_map` does it.

    A CURIE whose prefix is in the map expands here, to the IRI prefix followed by the rest of the CURIE (what the
    converter gives for it: its prefixes have no synonyms and identifiers are not rewritten); everything else
    (another CURIE, `compress`, any other method) goes to the `curies` converter itself, made on first need. A build
    then does not import `curies` (and pydantic under it): ~0.1 s of a cold build (decision 0964).
    """

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefix_map = dict(prefixes)
        self._converter: curies.Converter | None = None
        if len(set(self.prefix_map.values())) != len(self.prefix_map):
            self.converter()  # curies refuses a map with a repeated IRI prefix: refused as before, here

    def converter(self) -> curies.Converter:
        """The `curies` converter of the same map."""
        if self._converter is None:
            import curies

            self._converter = curies.Converter.from_prefix_map(self.prefix_map)
        return self._converter

    def _known(self, curie: object) -> str | None:
        if isinstance(curie, str):
            prefix, delimiter, local = curie.partition(":")
            if delimiter and prefix in self.prefix_map:
                return self.prefix_map[prefix] + local
        return None

    def expand(self, curie: str, **options: Any) -> str | None:
        """The IRI of `curie` (None when its prefix is not in the map; `options` as `curies.Converter.expand`)."""
        iri = None if options else self._known(curie)
        return iri if iri is not None else self.converter().expand(curie, **options)

    def expand_strict(self, curie: str) -> str:
        """The IRI of `curie`; `curies.ExpansionError` when its prefix is not in the map."""
        iri = self._known(curie)
        return iri if iri is not None else self.converter().expand_strict(curie)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.converter(), name)


@cache
def converter() -> Prefixes:
    """CURIE <-> IRI conversion from the project's prefix map (`Prefixes`: a `curies.Converter`'s methods)."""
    return Prefixes(prefix_map())


def _strings(entry: LineDict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DrugkgError(f"'{key}' must be a list of non-empty names", where=where)
    return tuple(value)


def _statistic(slug: str, entry: LineDict, where: str) -> dict[str, Any]:
    try:
        stat: dict[str, Any] = {
            "percentage": Decimal(str(entry["percentage"])),
            "count": int(entry["count"]),
            "estimate": bool(entry.get("estimate", False)),
            "population": str(entry["population"]),
        }
    except KeyError as exc:
        raise DrugkgError(
            f"statistic '{slug}' lacks '{exc.args[0]}'", where=where, fix="give percentage, count and population"
        ) from None
    except (InvalidOperation, ValueError, TypeError):
        raise DrugkgError(f"statistic '{slug}' has a non-numeric percentage or count", where=where) from None
    return stat


@dataclass(frozen=True)
class Mappings:
    """One entity's entry of ontology/identifiers.yaml: CURIEs per strength, each target's label, its line."""

    lists: dict[str, tuple[str, ...]]
    labels: dict[str, str]
    line: int


def _mapping_entry(slug: str, entry: object, where: str) -> Mappings:
    if not isinstance(entry, dict):
        raise DrugkgError(f"identifiers of '{slug}' must be a mapping", where=where)
    unknown = set(entry) - ID_FIELDS
    if unknown:
        raise DrugkgError(
            f"unknown field(s) {', '.join(sorted(map(str, unknown)))} in identifiers of '{slug}'",
            where=where,
            fix=f"use only {', '.join(sorted(ID_FIELDS))}",
        )
    conv = converter()
    lists, seen = {}, {}
    for key in STRENGTHS:
        ids = tuple(str(i) for i in entry.get(key) or ())
        for curie in ids:
            prefix = curie.split(":", 1)[0]
            if prefix not in ID_PREFIXES or conv.expand(curie) is None:
                raise DrugkgError(
                    f"unknown identifier prefix in '{curie}'", where=where, fix=f"use one of {', '.join(ID_PREFIXES)}"
                )
            if curie in seen:
                raise DrugkgError(
                    f"'{curie}' is both {seen[curie]} and {key} for '{slug}'", where=where, fix="keep one strength"
                )
            seen[curie] = key
        lists[key] = ids
    labels = {str(k): str(v) for k, v in (entry.get("labels") or {}).items()}
    sources = {str(k) for k in entry.get("sources") or {}}
    for kind, given in (("label", set(labels)), ("source", sources)):
        missing = sorted(set(seen) - given)
        if missing:
            raise DrugkgError(
                f"no {kind} for {', '.join(missing)} in identifiers of '{slug}'",
                where=where,
                fix=f"give each mapped CURIE its {kind} under '{kind}s'",
            )
        stale = sorted(given - set(seen))
        if stale:
            raise DrugkgError(
                f"{kind}s given for unmapped {', '.join(stale)} in identifiers of '{slug}'",
                where=where,
                fix="map the CURIE or remove its entry",
            )
    return Mappings(lists, labels, line_of(entry))


def _identifiers(path: Path) -> dict[str, Mappings]:
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    return {str(slug): _mapping_entry(str(slug), entry, location(path, line_of(entry))) for slug, entry in data.items()}


def load_lexicon(path: str | Path = LEXICON_YAML, identifiers: str | Path = IDENTIFIERS_YAML) -> dict[str, Entity]:
    """Load and check the lexicon; identifiers come from the file beside it.

    >>> lexicon = load_lexicon()
    >>> lexicon["clonazepam"].brand_names
    ('Klonopin',)
    """
    path, identifiers = Path(path), Path(identifiers)
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DrugkgError("the lexicon must be a mapping of slug -> entry", where=path)
    classes = entity_classes()
    ids = _identifiers(identifiers)
    lexicon: dict[str, Entity] = {}
    for slug, entry in data.items():
        where = location(path, line_of(entry))
        if not isinstance(slug, str) or not SLUG.match(slug):
            raise DrugkgError(f"bad slug {slug!r}", where=where, fix="use lower-case words joined by '-'")
        if not isinstance(entry, dict):
            raise DrugkgError(f"entry '{slug}' must be a mapping", where=where)
        unknown = set(entry) - ENTRY_FIELDS
        if unknown:
            raise DrugkgError(
                f"unknown field(s) {', '.join(sorted(unknown))} in '{slug}'",
                where=where,
                fix=f"use only {', '.join(sorted(ENTRY_FIELDS))}",
            )
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            raise DrugkgError(f"entry '{slug}' has no label", where=where)
        cls = entry.get("class")
        if cls not in classes:
            raise DrugkgError(
                f"entry '{slug}' has unknown class {cls!r}", where=where, fix=f"use one of {', '.join(sorted(classes))}"
            )
        maps = ids.get(slug, Mappings({}, {}, 0))
        lexicon[slug] = Entity(
            slug=slug,
            label=label,
            cls=cls,
            definition=str(entry.get("definition") or ""),
            synonyms=_strings(entry, "synonyms", where),
            brand_names=_strings(entry, "brand_names", where),
            abbreviations=_strings(entry, "abbreviations", where),
            **{key: maps.lists.get(key, ()) for key in STRENGTHS},
            target_labels=maps.labels,
            statistic=_statistic(slug, entry, where) if cls == "Statistic" else {},
        )
    for slug, maps in ids.items():
        if slug not in lexicon:
            raise DrugkgError(
                f"identifiers given for unknown entity '{slug}'",
                where=location(identifiers, maps.line),
                fix="add it to the lexicon or remove the entry",
            )
    for entity in lexicon.values():
        population = entity.statistic.get("population")
        if population is not None and population not in lexicon:
            raise DrugkgError(f"statistic '{entity.slug}' names unknown population '{population}'", where=path)
    return lexicon
