"""How a claim's meaning reaches Biolink slots: the table in `ontology/biolink_slots.yaml`, loaded once.

>>> knowledge_level("Possible"), knowledge_level("Asserted", candidate=True)
('prediction', 'not_provided')
>>> hedged_predicate("biolink:treats", "Occasional")
'biolink:applied_to_treat'
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ontology import HERE

BIOLINK_SLOTS_YAML = HERE / "biolink_slots.yaml"


@cache
def biolink_slots() -> dict[str, Any]:
    """The whole table as loaded from YAML."""
    from base.datafile import load_yaml

    return dict(load_yaml(BIOLINK_SLOTS_YAML))


def knowledge_level(certainty: str, *, candidate: bool = False) -> str:
    """Biolink knowledge_level of a claim with this certainty (a dkg:Certainty local name)."""
    table = biolink_slots()
    if candidate:
        return str(table["candidate_knowledge_level"])
    return str(table["knowledge_level"][certainty])


def hedged_predicate(predicate: str, certainty: str) -> str:
    """The Biolink predicate to write for a claim of `certainty` whose predicate is `predicate`."""
    return str(biolink_slots()["hedged_predicate"].get(predicate, {}).get(certainty, predicate))


def predicate_qualifiers(local_name: str) -> dict[str, str]:
    """Biolink qualifier slots (and values) that a drugkg predicate implies."""
    return {str(k): str(v) for k, v in (biolink_slots()["predicate_qualifiers"].get(local_name) or {}).items()}


def explicit_slot(local_name: str) -> str | None:
    """The Biolink slot the table assigns to a claim property, if any."""
    value = biolink_slots()["slots"].get(local_name)
    return None if value is None else str(value)
