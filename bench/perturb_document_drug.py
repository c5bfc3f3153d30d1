"""How robust the choice of the document's drug is on text naming a drug no vocabulary knows (decision 1055).

For every development document with gold, every mention of the gold's main subject (the subject most gold claims
have) - each name the recogniser gives that slug (its INN name, brands, variants), the slug's own words, and the set's
brand names (expected.yaml) found only in documents about that drug - is replaced by an invented name no vocabulary
knows. Half the invented names are INN-shaped (common stems: -mab, -tinib, -gliptin, -prazole ...), half are not;
every other document also loses its title line. A document is robust when the extractor's most-claimed subject is
the invented name: the text's drug was chosen right although no vocabulary, brand or title named it.

usage: PYTHONPATH=<worktree> python bench/perturb_document_drug.py OUT.json [--procs N] [--every K] [SET ...]
(`--every K`: only every K-th document, for a quick look; the figure of a decision is the full run.)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import yaml

#: Invented names in the common INN stems: the recogniser may know the stem, never the name (a fixed list: seeded by
#: its order, so every run replaces a document's drug by the same name).
STEM_NAMES = (
    "dorvalimab",
    "kestratinib",
    "melogliptin",
    "tavoprazole",
    "quilsartan",
    "brenolol",
    "farnopril",
    "zelovastatin",
    "tinoparin",
    "parosetron",
    "velgrutide",
    "ombercept",
    "ritogepant",
    "sarodronate",
    "lumacizumab",
    "corbafloxacin",
)
#: Invented names in no INN stem: only the way the text names the drug can tell it is one.
PLAIN_NAMES = (
    "quorvanel",
    "talvorix",
    "mendrafyl",
    "orbelune",
    "zentrava",
    "pexilor",
    "ambrisel",
    "tovrenic",
)


def invented(n: int) -> str:
    """The invented name of the `n`-th document: stem-shaped and plain names in turn."""
    pool = STEM_NAMES if n % 2 == 0 else PLAIN_NAMES
    return pool[(n // 2) % len(pool)]


def gold_main(gold_file: Path) -> tuple[str, str] | None:
    """(document id, main subject) of a gold file: the subject most of its claims have."""
    data = yaml.safe_load(gold_file.read_text()) or {}
    subjects = Counter(c.get("subject") for c in data.get("claims") or [] if c.get("subject"))
    if not subjects or not data.get("document"):
        return None
    return data["document"], subjects.most_common(1)[0][0]


def cased(name: str, like: str) -> str:
    """`name` written in the case of the word it replaces."""
    if like.isupper() and len(like) > 1:
        return name.upper()
    return name.capitalize() if like[:1].isupper() else name


def perturbed(text: str, spans: list[tuple[int, int]], name: str, drop_title: bool) -> str:
    """`text` with each span replaced by `name` (cased as the span), the title line dropped when asked."""
    out, at = [], 0
    for start, end in sorted(set(spans)):
        if start < at:
            continue
        out += [text[at:start], cased(name, text[start:end])]
        at = end
    out.append(text[at:])
    new = "".join(out)
    if drop_title and "\n" in new.strip():
        new = new.lstrip().split("\n", 1)[1].lstrip("\n")
    return new


def names_of(text: str, main: str, brands: list[str], lexicon: dict) -> list[tuple[int, int]]:
    """The spans of `text` that name `main`: what the recogniser gives that slug, the slug's words, the brands."""
    from graph_build.text.recognise import recognise

    mentions, _ = recognise(text, lexicon)
    spans = [(m.start, m.end) for m in mentions if m.slug == main]
    words = [main.replace("-", " "), main.split("-")[0], *brands]
    for word in sorted({w for w in words if len(w) >= 4}, key=len, reverse=True):
        spans += [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I)]
    # (longest first, overlaps dropped)
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for s in spans:
        if not kept or s[0] >= kept[-1][1]:
            kept.append(s)
    return kept


def run(args: tuple) -> tuple[str, list[dict]]:
    """The perturbed documents of one set, each with its invented name and the extractor's most-claimed subject."""
    name, corpus, gold, every, offset = args
    from graph_build.read import Document, read_corpus
    from graph_build.text.extract import extract_document
    from ontology.lexicon import load_lexicon

    lexicon = load_lexicon()
    corpus, gold = Path(corpus), Path(gold)
    mains = dict(filter(None, (gold_main(f) for f in sorted(gold.glob("*.yaml")))))
    expected = corpus / "expected.yaml"
    meta = yaml.safe_load(expected.read_text()) if expected.exists() else {}
    documents = [d for d in read_corpus(corpus) if d.id in mains]
    brands_of: dict[str, list[str]] = {}
    for brand in (meta or {}).get("brand_names") or []:
        about = {mains[d.id] for d in documents if re.search(rf"\b{re.escape(brand)}\b", d.text, re.I)}
        if len(about) == 1:
            brands_of.setdefault(about.pop(), []).append(brand)
    rows = []
    for n, d in enumerate(documents, start=offset):
        if n % every:
            continue
        main = mains[d.id]
        spans = names_of(d.text, main, brands_of.get(main, []), lexicon)
        if not spans:
            continue
        new = invented(n)
        text = perturbed(d.text, spans, new, drop_title=(n // 2) % 2 == 1)
        doc = Document(d.id, "", d.file, "", text, d.path)
        claims = extract_document(doc, lexicon).claims
        subjects = Counter(c.subject for c in claims)
        top = subjects.most_common(1)[0][0] if subjects else None
        rows.append(
            {
                "doc": d.id,
                "main": main,
                "name": new,
                "stem": n % 2 == 0,
                "untitled": (n // 2) % 2 == 1,
                "top": top,
                "top_n": subjects[top] if top else 0,
                "name_n": subjects[new],
                "claims": len(claims),
                "robust": top == new,
            }
        )
    return name, rows


def main(argv: list[str]) -> None:
    out, rest, procs, every = argv[0], argv[1:], 2, 1
    while rest[:1] and rest[0].startswith("--"):
        if rest[0] == "--procs":
            procs = int(rest[1])
        elif rest[0] == "--every":
            every = int(rest[1])
        rest = rest[2:]
    from graph_build.text.confidence import GOLD_SETS

    sets = [(n, str(c), str(g)) for n, c, g in GOLD_SETS if g]
    if rest:
        sets = [s for s in sets if s[0] in set(rest)]
    jobs = [(n, c, g, every, 1000 * i) for i, (n, c, g) in enumerate(sets)]
    with Pool(procs) as pool:
        results = dict(pool.imap_unordered(run, jobs))
    rows = {n: results[n] for n, *_ in sets}
    Path(out).write_text(json.dumps(rows, indent=0))
    flat = [r for rs in rows.values() for r in rs]
    for kind, keep in (
        ("all", lambda r: True),
        ("stem-shaped", lambda r: r["stem"]),
        ("plain", lambda r: not r["stem"]),
        ("untitled", lambda r: r["untitled"]),
    ):
        part = [r for r in flat if keep(r)]
        good = sum(r["robust"] for r in part)
        print(f"{kind}: {good} of {len(part)} documents give most claims to the invented name")


if __name__ == "__main__":
    main(sys.argv[1:])
