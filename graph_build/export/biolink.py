"""Biolink terms of the ontology's classes and properties, and the Biolink checks that run offline.

The Biolink term of a drugkg class or property is read from ontology/drugkg.ttl: `rdfs:subClassOf` /
`rdfs:subPropertyOf` to a biolink term first, then `skos:exactMatch`, then `skos:closeMatch`; a term with
none of these takes the one of its drugkg parent. The checks read the pinned Biolink Model's own YAML (the
`biolink-model` package): categories and predicates must exist, enum values must be permissible, and the
subject and object categories must fit the predicate's domain and range (mixins count, as in Biolink).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from rdflib import RDFS, URIRef
from rdflib.namespace import SKOS

from base.errors import DrugkgError
from ontology.schema import ontology_graph
from ontology.vocab import BIOLINK, DKG

MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch)


def _biolink_parent(term: URIRef, parent: URIRef) -> URIRef | None:
    g = ontology_graph()
    for relation in (parent, *MAPPINGS):
        found = sorted(o for o in g.objects(term, relation) if str(o).startswith(str(BIOLINK)))
        if found:
            return found[0]
    return None


def _inherited(term: URIRef, parent: URIRef) -> URIRef | None:
    """The biolink term of `term`, else of its nearest drugkg parent (breadth first, sorted)."""
    g = ontology_graph()
    queue, seen = [term], set()
    while queue:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        found = _biolink_parent(current, parent)
        if found is not None:
            return found
        queue += sorted(o for o in g.objects(current, parent) if str(o).startswith(str(DKG)))
    return None


@cache
def category_of(cls: URIRef) -> str:
    """The Biolink category (CURIE) of a drugkg class, read from the ontology.

    >>> category_of(DKG.Drug)
    'biolink:Drug'
    >>> category_of(DKG.Formulation)
    'biolink:NamedThing'
    """
    found = _inherited(cls, RDFS.subClassOf)
    if found is None:
        raise DrugkgError(f"the ontology gives no Biolink category for {cls}", where="ontology/drugkg.ttl")
    return "biolink:" + str(found).removeprefix(str(BIOLINK))


@cache
def predicate_of(prop: URIRef) -> str:
    """The Biolink predicate (CURIE) of a drugkg property, read from the ontology.

    >>> predicate_of(DKG.hasWithdrawalEffect)
    'biolink:has_adverse_event'
    """
    found = _inherited(prop, RDFS.subPropertyOf)
    if found is None:
        raise DrugkgError(f"the ontology gives no Biolink predicate for {prop}", where="ontology/drugkg.ttl")
    return "biolink:" + str(found).removeprefix(str(BIOLINK))


@cache
def slot_of(prop: URIRef) -> str | None:
    """The Biolink slot a drugkg property is the same as or a sub-property of (no close matches), or None.

    >>> slot_of(DKG.population), slot_of(DKG.useStatus)
    ('population_context_qualifier', None)
    """
    g = ontology_graph()
    for relation in (RDFS.subPropertyOf, SKOS.exactMatch):
        found = sorted(o for o in g.objects(prop, relation) if str(o).startswith(str(BIOLINK)))
        if found:
            return str(found[0]).removeprefix(str(BIOLINK))
    return None


@dataclass(frozen=True)
class BiolinkModel:
    """The parts of the Biolink Model YAML that the checks need."""

    version: str
    classes: dict[str, dict]  # CURIE (biolink:Drug) -> definition
    slots: dict[str, dict]  # CURIE (biolink:treats) -> definition
    enums: dict[str, frozenset[str]]
    id_prefixes: dict[str, tuple[str, ...]]

    def class_ancestors(self, curie: str) -> set[str]:
        """The class and every class it inherits from through is_a and mixins."""
        seen: set[str] = set()
        stack = [curie]
        while stack:
            current = stack.pop()
            if current in seen or current not in self.classes:
                continue
            seen.add(current)
            spec = self.classes[current]
            stack += [_class_curie(p) for p in [spec.get("is_a"), *(spec.get("mixins") or [])] if p]
        return seen

    def slot_field(self, curie: str, key: str) -> str | None:
        """A slot's domain or range, inherited from its is_a ancestors and mixins when not declared."""
        stack, seen = [curie], set()
        while stack:
            current = stack.pop(0)
            if current in seen or current not in self.slots:
                continue
            seen.add(current)
            spec = self.slots[current]
            if spec.get(key):
                return spec[key]
            stack += [_slot_curie(p) for p in [spec.get("is_a"), *(spec.get("mixins") or [])] if p]
        return None

    def is_predicate(self, curie: str) -> bool:
        seen, current = set(), curie
        while current in self.slots and current not in seen:
            seen.add(current)
            if current == "biolink:related_to":
                return True
            parent = self.slots[current].get("is_a")
            current = _slot_curie(parent) if parent else ""
        return False

    def preferred_prefixes(self, category: str) -> tuple[str, ...]:
        """The id prefixes Biolink lists for a category (or its nearest ancestor that lists some)."""
        current: str | None = category
        while current in self.classes:
            if self.id_prefixes.get(current):
                return self.id_prefixes[current]
            parent = self.classes[current].get("is_a")
            current = _class_curie(parent) if parent else None
        return ()


def _class_curie(name: str) -> str:
    return "biolink:" + "".join(w[0].upper() + w[1:] for w in name.split())


def _slot_curie(name: str) -> str:
    return "biolink:" + name.replace(" ", "_")


@cache
def biolink_model() -> BiolinkModel:
    """The pinned Biolink Model, read offline from the biolink-model package's YAML."""
    try:
        text = resources.files("biolink_model").joinpath("schema/biolink_model.yaml").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        raise DrugkgError("the Biolink Model YAML is not installed", fix="pip install 'biolink-model==4.4.6'") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)
    classes = {_class_curie(k): v or {} for k, v in data["classes"].items()}
    return BiolinkModel(
        version=str(data.get("version", "")),
        classes=classes,
        slots={_slot_curie(k): v or {} for k, v in data["slots"].items()},
        enums={k: frozenset((v or {}).get("permissible_values") or {}) for k, v in data["enums"].items()},
        id_prefixes={k: tuple(v.get("id_prefixes") or ()) for k, v in classes.items()},
    )


def _fits(model: BiolinkModel, categories: list[str], required: str | None, predicate: str = "") -> bool:
    if not required or _class_curie(required) not in model.classes:
        return True  # no constraint, or a type/enum range that is not a class
    if required == "ontology class" and predicate in concept_level_predicates():
        return True  # Biolink: any node "can be considered ... an OWL class in its own right"
    wanted = _class_curie(required)
    return any(wanted in model.class_ancestors(c) for c in categories)


@cache
def concept_level_predicates() -> frozenset[str]:
    """Predicates whose `ontology class` domain and range any two concepts satisfy (ontology/biolink_slots.yaml)."""
    from ontology.biolink_slots import biolink_slots

    return frozenset(str(p) for p in biolink_slots()["concept_level_predicates"])


def fitting_predicate(predicate: str, subject_categories: list[str], object_categories: list[str]) -> str:
    """The Biolink predicate to write for an edge: `predicate` when it is a Biolink predicate whose domain
    and range fit the two ends, else its nearest is_a ancestor that fits (a broader predicate stays true),
    ending at biolink:related_to. A slot that is no predicate (has_attribute) starts at related_to.

    >>> fitting_predicate("biolink:subclass_of", ["biolink:ChemicalEntity"], ["biolink:ChemicalEntity"])
    'biolink:subclass_of'
    >>> fitting_predicate("biolink:has_phenotype", ["biolink:Drug"], ["biolink:Disease"])
    'biolink:related_to_at_instance_level'
    >>> fitting_predicate("biolink:treats", ["biolink:Drug"], ["biolink:Disease"])
    'biolink:treats'
    """
    model = biolink_model()
    current = predicate if model.is_predicate(predicate) else "biolink:related_to"
    while current in model.slots:
        if _fits(model, subject_categories, model.slot_field(current, "domain"), current) and _fits(
            model, object_categories, model.slot_field(current, "range"), current
        ):
            return current
        parent = model.slots[current].get("is_a")
        if not parent:
            break
        current = _slot_curie(parent)
    return "biolink:related_to"


def biolink_problems(nodes: list[dict], edges: list[dict]) -> list[str]:
    """Offline Biolink checks of KGX rows (lists of values per column); empty when everything passes.

    >>> biolink_problems([{"id": ["X:1"], "category": ["biolink:Drug"]},
    ...                   {"id": ["X:2"], "category": ["biolink:Disease"]}],
    ...                  [{"id": ["e"], "subject": ["X:1"], "predicate": ["biolink:treats"], "object": ["X:2"],
    ...                    "knowledge_level": ["knowledge_assertion"], "agent_type": ["manual_agent"]}])
    []
    """
    model = biolink_model()
    problems = []
    categories: dict[str, list[str]] = {}
    for node in nodes:
        node_id = node["id"][0]
        categories[node_id] = node.get("category", [])
        if not categories[node_id]:
            problems.append(f"node {node_id}: no category")
        problems += [
            f"node {node_id}: category {c} is not in Biolink {model.version}"
            for c in categories[node_id]
            if c not in model.classes
        ]
        problems += _slot_problems(model, f"node {node_id}", node)
    for edge in edges:
        edge_id, predicate = edge["id"][0], edge["predicate"][0]
        if predicate not in model.slots or not model.is_predicate(predicate):
            problems.append(f"edge {edge_id}: predicate {predicate} is not a Biolink {model.version} predicate")
            continue
        problems += _slot_problems(model, f"edge {edge_id}", edge)
        for end, key in (("subject", "domain"), ("object", "range")):
            node_id = edge[end][0]
            if node_id not in categories:
                problems.append(f"edge {edge_id}: {end} {node_id} is not a node")
            elif not _fits(model, categories[node_id], model.slot_field(predicate, key), predicate):
                problems.append(
                    f"edge {edge_id}: {end} {node_id} ({', '.join(categories[node_id])}) is outside the {key} "
                    f"'{model.slot_field(predicate, key)}' of {predicate}"
                )
    return problems


def _slot_problems(model: BiolinkModel, where: str, row: dict) -> list[str]:
    """Values of Biolink slots in a row: enum values permissible, single-valued slots holding one value,
    qualified predicates that are predicates. Columns that are no Biolink slot are the project's own."""
    problems = []
    for column, values in row.items():
        spec = model.slots.get(_slot_curie(column))
        if spec is None or not values:
            continue
        if len(values) > 1 and not spec.get("multivalued") and column not in ("id", "category"):
            problems.append(f"{where}: {column} holds {len(values)} values but is single-valued in Biolink")
        enum = spec.get("range")
        if enum in model.enums:
            problems += [f"{where}: {column} '{v}' is not in {enum}" for v in values if v not in model.enums[enum]]
        if column == "qualified_predicate":
            problems += [f"{where}: qualified_predicate {v} is not a predicate" for v in values
                         if not model.is_predicate(v)]  # fmt: skip
    return problems
