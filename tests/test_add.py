"""`drugkg add` and a corpus without a manifest; bad files are refused with one clear line."""

from click.testing import CliRunner

from drugkg.cli import main
from graph_build.read import read_corpus


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_add_copies_with_manifest_entry_and_checksum(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first.txt").write_text("First Title\n\nText about pain.\n", encoding="utf-8")
    source = tmp_path / "New Article.md"
    source.write_text("# Gabapentin\n\nGabapentin treats nerve pain.\n", encoding="utf-8")
    result = run("add", "--corpus", corpus, source)
    assert result.exit_code == 0, result.output
    docs = {d.id: d for d in read_corpus(corpus)}  # now read through the manifest, checksums verified
    assert set(docs) == {"first", "new-article"}
    assert docs["new-article"].title == "Gabapentin"
    assert (corpus / "manifest.yaml").exists()


def test_folder_without_manifest_ids_from_names_titles_from_first_line(tmp_path):
    (tmp_path / "B Doc.txt").write_text("\n  Title B\nbody", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    [doc] = read_corpus(tmp_path)
    assert (doc.id, doc.title) == ("b-doc", "Title B")


def test_bad_files_are_refused_naming_the_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cases = {"empty.txt": b"  \n", "binary.txt": b"abc\x00def", "latin.txt": "caf\xe9".encode("latin-1")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        result = run("add", "--corpus", corpus, tmp_path / name)
        assert result.exit_code == 1
        assert name in result.output and "Traceback" not in result.output
    assert list(corpus.iterdir()) == []
    (corpus / "bad.txt").write_bytes(b"\xff\xfe")
    result = run("build", "--corpus", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 1 and "bad.txt" in result.output and "UTF-8" in result.output
