"""recognise._salt_names: a salt's name ("-ate") names the "-ic acid" drug; an acid that is no drug adds nothing."""

from graph_build.text import recognise
from ontology.lexicon import Entity


def _salt(monkeypatch, cls: str):
    acid = Entity(slug="zorbanilic-acid", label="zorbanilic acid", cls=cls)
    monkeypatch.setattr(recognise, "_entity_named", lambda name, *a, **k: acid if name == "zorbanilic acid" else None)
    new: dict = {}
    found = recognise._salt_names("Levels of zorbanilate fell.", [], {}, {}, new, True)
    return [(m.slug, m.text) for m in found], sorted(new)


def test_a_drug_acid_is_named_and_adopted(monkeypatch):
    assert _salt(monkeypatch, "Drug") == ([("zorbanilic-acid", "zorbanilate")], ["zorbanilic-acid"])


def test_an_acid_that_is_no_drug_leaves_no_orphan_entity(monkeypatch):
    assert _salt(monkeypatch, "Chemical") == ([], [])
