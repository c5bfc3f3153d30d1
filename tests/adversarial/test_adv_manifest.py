"""`drugkg add` with hostile titles and file names: the manifest it writes always parses back as written.

Before issue 14 the manifest was written with string formatting; a `"`, a `\\`, a control character or a
line break in a title or file name left a manifest that no later build or add could read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from base.errors import DrugkgError
from drugkg.cli import main
from graph_build.add import add_documents, manifest_text
from graph_build.read import read_corpus, title_of

HOSTILE = [
    'He said "stop"',
    "back\\slash \\n not a newline",
    "tab\there",
    "bell\x07 escape\x1b[31m red",
    "line\nbreak",
    "carriage\rreturn",
    "nel\x85 ls\u2028 ps\u2029",
    "vt\x0b ff\x0c del\x7f c1\x9f",
    "- looks: like yaml # comment",
    "'single' & *alias !tag %directive @at `tick`",
    "null",
    "   spaces around   ",
    "\ufeffbom first",
    "emoji \U0001f48a and \u00e9",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_survive_add_and_build_reads_them(tmp_path: Path, title: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = tmp_path / "article.txt"
    source.write_text(title.replace("\n", " ").replace("\r", " ") + "\n\nBaclofen treats spasm.\n", encoding="utf-8")
    first = tmp_path / "first.txt"
    first.write_text("First\n\nText.\n", encoding="utf-8")
    add_documents(corpus, [first])
    add_documents(corpus, [source])
    docs = {d.id: d for d in read_corpus(corpus)}  # the manifest parses, checksums verified
    assert docs["article"].title == title_of(source.read_text(encoding="utf-8").removeprefix("\ufeff"))


@pytest.mark.parametrize(
    "name", ['quote".txt', "back\\slash.txt", "new\nline.txt", "tab\tname.txt", "ctl\x01.txt", "colon: x.txt"]
)
def test_hostile_file_names_survive_two_adds(tmp_path: Path, name: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    source = tmp_path / name
    source.write_text("Title\n\nBaclofen treats spasm.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["add", "--corpus", str(corpus), str(source)])
    assert result.exit_code == 0, result.output
    later = tmp_path / "later.txt"
    later.write_text("Later\n\nText.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["add", "--corpus", str(corpus), str(later)]).exit_code == 0
    files = {d.file for d in read_corpus(corpus)}
    assert files == {name, "later.txt"}


def test_a_name_yaml_cannot_carry_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    odd = tmp_path / "caf\udce9.txt"  # a Latin-1 file name as os.fsdecode gives it (a lone surrogate)
    odd.write_text("Title\n\nText.\n", encoding="utf-8")
    with pytest.raises(DrugkgError, match="cannot hold the file"):
        add_documents(corpus, [odd])
    assert list(corpus.iterdir()) == []


def test_existing_comments_and_entries_are_kept(corpus_copy: Path, tmp_path: Path) -> None:
    before = (corpus_copy / "manifest.yaml").read_text(encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text('A "new" \\ article\n\nBaclofen treats spasm.\n', encoding="utf-8")
    add_documents(corpus_copy, [source])
    after = (corpus_copy / "manifest.yaml").read_text(encoding="utf-8")
    assert after.startswith(before.split("documents:")[0])  # the comment block
    old = yaml.safe_load(before)["documents"]
    assert yaml.safe_load(after)["documents"][: len(old)] == old
    assert len(read_corpus(corpus_copy)) == len(old) + 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(min_size=1, max_size=60), name=st.text(min_size=1, max_size=30))
def test_any_text_round_trips_through_the_manifest_or_is_refused(title: str, name: str) -> None:
    entry = {"id": "doc", "title": title, "file": name + ".txt", "sha256": "0" * 64}
    try:
        text = manifest_text([entry])
    except DrugkgError:  # only for text that is not valid Unicode (lone surrogates)
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in title + name)
        return
    assert yaml.safe_load(text)["documents"] == [entry]
