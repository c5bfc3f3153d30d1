"""Decision 0907: the package's own YAML data (the lexicon, the identifiers, the rules and confidence tables) is read by
libyaml's parser (PyYAML's C binding) when PyYAML has it, and a text it rejects is read again by the pure-Python parser;
every other file (a corpus, its claims, a user's file) is read by the pure parser as before, because libyaml accepts
some texts PyYAML refuses (decision 0964). The data, the line of every mapping and every error message are the ones
the pure parser gives; an invented leaflet gives the claims (with their confidence) it gave before the change. The
texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from yaml_same import same_data

from base import datafile
from base.datafile import _PureLineLoader, load_yaml, safe_load
from base.errors import DrugkgError
from graph_build.read import Document
from graph_build.text import confidence, rules
from graph_build.text.extract import extract_document
from ontology import IDENTIFIERS_YAML, LEXICON_YAML
from ontology.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]

#: Texts PyYAML refuses and libyaml reads (a tab after a colon, a "?" inside a flow-collection scalar).
LENIENT = ["a:\t1\n", "a: [b?c]\n", "k: {a: b?}\n"]


@pytest.fixture
def package_file(monkeypatch, tmp_path):
    """A folder the loaders take for the package's data (as ontology/ and graph_build/ are)."""
    monkeypatch.setattr(datafile, "PACKAGE", (tmp_path / "package",))
    (tmp_path / "package").mkdir()
    return tmp_path / "package" / "data.yaml"


#: Invented YAML texts: nested mappings and lists, anchors and merge keys, every kind of scalar the safe loader reads.
TEXTS = [
    "a: 1\nb:\n  c: 2\n  d: [x, y, {e: 3}]\n",
    "- one\n- two: 2\n  three:\n    four: null\n- {five: 5.5, six: true}\n",
    "base: &base\n  kind: tablet\n  strength: 10\nother:\n  <<: *base\n  colour: white\n",
    "date: 2026-12-06\nwhen: 2026-12-06 10:00:00\nyes: yes\nno_: off\nhex: 0x1f\noct: 0o17\ninf: .inf\n",
    "text: |\n  line one\n  line two\nfolded: >\n  folded\n  text\nquoted: 'it''s'\ndq: \"tab\\there\"\n",
    "name: Zorvex\u00ae\nnote: caf\u00e9 \u2013 \u00b5g\nempty: ''\nlist: []\nmap: {}\n",
    "# a comment\n\nkey: value # trailing\n...\n",
    "",
    "plain scalar\n",
    "outer:\n  - inner:\n      - deep: {a: [1, 2, {b: c}]}\n",
]

#: Malformed texts: the error says what the pure parser says, at the line it names.
MALFORMED = [
    "clonazepam: [\n",
    "a: b: c\n",
    "a:\n  - x\n y: 1\n",
    "key: 'unclosed\n",
    "a: *missing\n",
    "\tkey: value\n",
]


def _pure(text: str, name: str = "x.yaml"):
    loader = _PureLineLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _error(path: Path) -> tuple[str, str]:
    with pytest.raises(DrugkgError) as caught:
        load_yaml(path)
    return caught.value.what, str(caught.value.where)


def test_the_fast_parser_is_used_where_pyyaml_has_it():
    assert issubclass(datafile._LineLoader, getattr(yaml, "CSafeLoader", _PureLineLoader))


@pytest.mark.parametrize("text", TEXTS)
def test_invented_texts_give_the_pure_parsers_data_and_lines(package_file, text):
    package_file.write_text(text, encoding="utf-8")
    assert datafile.is_package_data(package_file)
    assert same_data(load_yaml(package_file), _pure(text, str(package_file)))
    assert same_data(safe_load(text, package_file), yaml.safe_load(text))


def test_only_the_package_data_is_read_by_libyaml(tmp_path):
    assert datafile.is_package_data(LEXICON_YAML) and datafile.is_package_data(rules.RULES_FILE)
    assert not datafile.is_package_data(tmp_path / "data.yaml")
    assert not datafile.is_package_data(ROOT / "corpus" / "manifest.yaml")


@pytest.mark.parametrize("text", LENIENT)
def test_a_users_file_libyaml_would_accept_is_refused_as_before(tmp_path, text):
    if hasattr(yaml, "CSafeLoader"):
        assert yaml.load(text, Loader=yaml.CSafeLoader)  # (libyaml reads it)
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DrugkgError, match="malformed YAML"):
        load_yaml(path)
    with pytest.raises(yaml.YAMLError):
        safe_load(text, path)


def test_mapping_lines_are_kept(package_file):
    package_file.write_text("first:\n  a: 1\n\nsecond:\n  - b: 2\n    c: 3\n", encoding="utf-8")
    data = load_yaml(package_file)
    assert (data.line, data["first"].line, data["second"][0].line) == (1, 2, 5)


@pytest.mark.parametrize(
    "path",
    [
        LEXICON_YAML,
        IDENTIFIERS_YAML,
        ROOT / "ontology" / "prefixes.yaml",
        ROOT / "ontology" / "biolink_slots.yaml",
        rules.RULES_FILE,
        confidence.TABLE,
        confidence.HELD_OUT_RECORD,
    ],
)
def test_the_data_files_read_thesame_data(path):
    text = path.read_text(encoding="utf-8")
    assert same_data(load_yaml(path), _pure(text, str(path)))
    assert same_data(safe_load(text, path), yaml.safe_load(text))


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_texts_get_the_pure_parsers_message(package_file, text):
    path = package_file
    path.write_text(text, encoding="utf-8")
    message, where = _error(path)
    assert message.startswith("malformed YAML")
    with pytest.raises(yaml.YAMLError) as pure:
        _pure(text, str(path))
    problem = pure.value.problem or pure.value.context
    assert problem in message
    mark = pure.value.problem_mark or pure.value.context_mark
    assert where == f"{path}:{mark.line + 1}"
    with pytest.raises(yaml.YAMLError) as plain:
        safe_load(text, path)
    with pytest.raises(yaml.YAMLError) as before:
        yaml.safe_load(text)
    assert str(plain.value) == str(before.value)


def test_a_duplicate_key_is_named_at_its_line(package_file):
    path = package_file
    path.write_text("a: 1\nb:\n  c: 2\n  c: 3\n", encoding="utf-8")
    message, where = _error(path)
    assert (message, where) == ("duplicate key 'c'", f"{path}:4")


def test_a_text_the_fast_parser_rejects_is_read_by_the_pure_one(package_file, monkeypatch):
    class Refusing(_PureLineLoader):
        def get_single_data(self):
            raise yaml.YAMLError("refused")

    monkeypatch.setattr(datafile, "_LineLoader", Refusing)
    path = package_file
    path.write_text("a:\n  b: [1, 2]\n", encoding="utf-8")
    assert same_data(load_yaml(path), _pure("a:\n  b: [1, 2]\n", str(path)))


def test_an_invented_leaflet_gives_the_claims_it_gave_before():
    text = (
        "Naproxen\n\nNaproxen is used to treat joint pain. It can cause heartburn. "
        "Do not take naproxen if you have a stomach ulcer. Naproxen does not cause drowsiness. "
        "It may cause dizziness.\n"
    )
    doc = Document("leaflet", "Naproxen", "leaflet.txt", "", text, Path("leaflet.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    # (the confidences are the table's, which moves each time it is regenerated; that the table itself reads the same
    # through both parsers is test_the_data_files_read_the_same's)
    found = sorted((c.subject, c.predicate, c.object, c.negated, c.certainty) for c in claims)
    assert found == [
        ("naproxen", "contraindicatedIn", "stomach-ulcer", False, "Asserted"),
        ("naproxen", "hasAdverseEffect", "dizziness", False, "Possible"),
        ("naproxen", "hasAdverseEffect", "heartburn", False, "Asserted"),
        ("naproxen", "hasAdverseEffect", "somnolence", True, "Asserted"),
        ("naproxen", "treats", "arthralgia", False, "Asserted"),
    ]
    assert all(0 < c.evidence[0].confidence < 1 for c in claims)


def test_a_merge_key_overridden_is_a_duplicate_key_as_before(package_file):
    text = "base: &base\n  kind: tablet\n  strength: 10\nother:\n  <<: *base\n  strength: 20\n"
    path = package_file
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DrugkgError) as pure:
        _pure(text, str(path))
    assert _error(path) == (pure.value.what, pure.value.where)
