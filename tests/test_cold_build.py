"""What a cold build no longer loads or repeats (issue 17.5, decision 0964), and that the shortcuts change nothing."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from yaml_same import same_data

from base import datafile
from base.datafile import LineDict, load_yaml
from base.errors import DrugkgError
from ontology import prefix_map
from ontology.lexicon import STRENGTHS, Prefixes, converter, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, **env: str) -> dict:
    """Run `code` in a new interpreter (nothing imported before it) and return the JSON it prints last."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DRUGKG_QUIET": "1", **env},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- load_yaml remembers what it parsed -------------------------------------------------------------------------


def test_a_file_read_twice_gives_equal_objects_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\nb:\n  c: [x, y]\n  d: 2026-12-04\n", encoding="utf-8")
    first = load_yaml(path)
    second = load_yaml(path)
    assert first == second and first is not second and first["b"] is not second["b"]
    assert isinstance(second["b"], LineDict) and second["b"].line == first["b"].line == 3
    first["b"]["c"].append("z")  # a caller may change what it was given: the next caller does not see it
    assert load_yaml(path)["b"]["c"] == ["x", "y"]


def test_a_changed_file_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 1}
    path.write_text("a: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 2}


def test_a_malformed_file_is_refused_every_time(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DrugkgError, match="duplicate key"):
            load_yaml(path)


def test_the_memory_of_parsed_files_is_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(datafile, "PARSED_LIMIT", 3)
    monkeypatch.setattr(datafile, "_PARSED", {})
    for i in range(7):
        path = tmp_path / f"{i}.yaml"
        path.write_text(f"n: {i}\n", encoding="utf-8")
        assert load_yaml(path) == {"n": i}
        assert len(datafile._PARSED) <= 3


def test_the_remembered_parse_is_the_parse(tmp_path: Path) -> None:
    """Every YAML file of the project, loaded a second time (from memory), equals a fresh parse, lines included."""

    files = [p for p in sorted(ROOT.glob("*/**/*.yaml")) if ".git" not in p.parts][:60]
    assert files
    for path in files:
        try:
            load_yaml(path)
        except DrugkgError:
            continue
        loader = datafile._LineLoader(path.read_text(encoding="utf-8"))
        try:
            fresh = loader.get_single_data()
        finally:
            loader.dispose()
        assert same_data(load_yaml(path), fresh), path


# --- CURIEs without curies ----------------------------------------------------------------------------------------


def test_prefixes_expand_as_curies_does() -> None:
    import curies

    ours, theirs = converter(), curies.Converter.from_prefix_map(prefix_map())
    known = {c for e in load_lexicon().values() for key in STRENGTHS for c in getattr(e, key)}
    odd = ["CHEBI:", "CHEBI:a:b", ":x", "chebi:1", "NOPE:1", "http://x", " CHEBI:1", "CHEBI :1", "ent:a b", ""]
    odd += [f"{prefix}:{local}" for prefix in prefix_map() for local in ("1", "", "x:y")]
    for curie in sorted(known) + odd + ["x"]:
        for method in ("expand", "expand_strict"):
            try:
                expected = getattr(theirs, method)(curie)
            except Exception as exc:  # the same exception is expected
                with pytest.raises(type(exc)):
                    getattr(ours, method)(curie)
            else:
                assert getattr(ours, method)(curie) == expected, (method, curie)
    assert ours.expand("NOPE:1", passthrough=True) == theirs.expand("NOPE:1", passthrough=True) == "NOPE:1"
    iri = "http://purl.obolibrary.org/obo/CHEBI_3756"
    assert ours.compress(iri) == theirs.compress(iri) == "CHEBI:3756"


def test_a_repeated_iri_prefix_is_refused_as_curies_refuses_it() -> None:
    with pytest.raises(ValueError):
        Prefixes({"A": "http://x/", "B": "http://x/"})


def test_expanding_a_known_curie_does_not_import_curies() -> None:
    code = (
        "import json, sys\nfrom ontology.lexicon import converter\n"
        "iri = converter().expand_strict('CHEBI:3756')\n"
        "print(json.dumps([iri, 'curies' in sys.modules]))"
    )
    assert _run(code) == ["http://purl.obolibrary.org/obo/CHEBI_3756", False]


# --- spaCy and medspacy without their unused parts ----------------------------------------------------------------


def test_context_loads_without_quickumls_and_spacys_commands_which_still_import_after() -> None:
    code = """
import json, sys
from graph_build.text import negation
verdicts = [str(s) for s in negation.statuses("It is not appropriate for acute pain. ", [(26, 36)])]
loaded = sorted(m for m in ("quickumls", "nltk", "spacy.cli", "spacy.cli.info") if m in sys.modules)
import spacy
import quickumls.spacy_component
import spacy.cli.info
info = spacy.info(markdown=False, silent=True)  # the placeholder's `info`: the real one, imported on call
print(json.dumps([verdicts, loaded, hasattr(quickumls, "QuickUMLS"), bool(info)]))
"""
    verdicts, loaded, real, info = _run(code)
    assert verdicts == ["Status(negated=True, certainty='Asserted', absent=False)"]
    assert loaded == [] and real and info


def test_a_library_that_needs_more_than_a_placeholder_is_imported_whole() -> None:
    code = """
import json, sys
from graph_build.text import negation
negation._placeholder_modules = lambda: {"quickumls": {"__path__": []}}  # medspacy's import then fails
verdicts = [str(s) for s in negation.statuses("It is not appropriate for acute pain. ", [(26, 36)])]
import quickumls
print(json.dumps([verdicts, hasattr(quickumls, "QuickUMLS"), "nltk" in sys.modules]))
"""
    assert _run(code) == [["Status(negated=True, certainty='Asserted', absent=False)"], True, True]


def test_modules_already_imported_are_left_alone() -> None:
    code = """
import json, sys
import quickumls
from graph_build.text import negation
negation._pipeline()
print(json.dumps([sys.modules["quickumls"] is quickumls, "nltk" in sys.modules]))
"""
    assert _run(code) == [True, True]


# --- the build ----------------------------------------------------------------------------------------------------


def test_a_build_loads_neither_the_server_nor_unused_libraries(tmp_path: Path) -> None:
    """(With an empty cache folder, the vocabulary index imports spaCy's stop words, hence all of spaCy, before ConText
    does: `spacy.cli` is only left out once the vocabulary caches exist.)"""
    code = f"""
import json, sys
from drugkg.cli import main
try:
    main(["build", "--corpus", "corpus", "--out", {str(tmp_path / "out")!r}])
except SystemExit as exit:
    assert not exit.code, exit.code
unused = ("queries.server", "queries.viz_serve", "quickumls", "nltk", "curies")
print(json.dumps(sorted(m for m in unused if m in sys.modules)))
"""
    assert _run(code, DRUGKG_CACHE_DIR=str(tmp_path / "cache")) == []


def test_the_collector_thresholds_are_restored_after_a_build(tmp_path: Path, monkeypatch) -> None:
    from graph_build import build

    def fails(*args: object, **kwargs: object) -> None:
        assert gc.get_threshold() == build.COLLECTION_THRESHOLDS
        raise DrugkgError("stop here")

    monkeypatch.setattr(build, "_build_graph", fails)
    before = gc.get_threshold()
    with pytest.raises(DrugkgError):
        build.build_graph(ROOT / "corpus", tmp_path / "out")
    assert gc.get_threshold() == before


def test_serve_still_mounts_the_explore_and_review_pages() -> None:
    text = (ROOT / "drugkg" / "cli_query.py").read_text(encoding="utf-8")
    assert "viz_serve.mount()" in text and "review_serve.mount()" in text


def test_the_build_command_freezes_what_it_left_when_the_process_ends(tmp_path: Path) -> None:
    """The interpreter's last collections would walk every object the build left; `build` freezes them at exit
    (an exit handler registered before the command's runs after it, so it sees them frozen)."""
    code = f"""
import atexit, gc, json
atexit.register(lambda: print(json.dumps(gc.get_freeze_count() > 0)))
from drugkg.cli import main
main(["build", "--no-extract", "--corpus", "corpus", "--out", {str(tmp_path / "out")!r}])
"""
    assert _run(code, DRUGKG_CACHE_DIR=str(tmp_path / "cache")) is True
