"""The claims the extractor reads in an invented one-document text, keyed for the rule tests
(tests/test_rules_*.py, tests/test_relate_recall.py)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document

#: The predicates of a mechanism chain's steps (the drug's act, then what each step raises, lowers or causes).
MECHANISM = frozenset({"bindsTo", "hasMechanismOfAction", "increases", "decreases", "causes"})


def claims(text: str, lexicon: dict) -> dict:
    """The claims of `text` by (subject, predicate, object, negated)."""
    doc = Document("t", "t", "t.txt", "", text, Path("t.txt"))
    return {(c.subject, c.predicate, c.object, c.negated): c for c in extract_document(doc, lexicon).claims}


def indexed_steps(text: str, lexicon: dict) -> set[tuple]:
    """The mechanism claims of `text`: (subject, predicate, object, negated, step index or None)
    (tests/test_rules_steps4.py, tests/test_vocab_body_chemicals.py)."""
    out = set()
    for key, claim in claims(text, lexicon).items():
        if key[1] in MECHANISM:
            index = dict(claim.qualifiers).get("stepIndex")
            out.add((*key, index[0] if index else None))
    return out


def markdown_claims(lexicon: dict, text: str) -> set[tuple]:
    """The (subject, predicate, object, negated) keys of the claims of `text` read as one markdown document
    (headings and bullets as a .md file has them; tests/test_faithful_sealed*.py)."""
    doc = Document("d", "t", "d.md", "", text, Path("d.md"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def titled_claims(lexicon: dict, title: str, sentence: str, predicate: str | None = None) -> set[tuple]:
    """The (subject, predicate, object, negated) keys of the claims of `sentence` under the markdown heading `title`
    (a drug's name there makes it the document's drug), only those of `predicate` when it is given (the recall tests
    of decisions 0710, 0712, 0723, 0741 and 0763)."""
    found = markdown_claims(lexicon, f"# {title}\n\n{sentence}\n")
    return found if predicate is None else {c for c in found if c[1] == predicate}


def named_claims(text: str, lexicon: dict, name: str = "case") -> set[tuple[str, str, str, bool]]:
    """The (subject, predicate, object, negated) keys of the claims of `text` read as one plain-text document whose id
    and title are `name` (a drug's name there makes it the document's drug; tests/test_falsehoods_0747.py,
    tests/test_saying_more_0755.py)."""
    doc = Document(name, name, f"{name}.txt", "", text + "\n", Path(f"{name}.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def certainty_claims(text: str, lexicon: dict, suffix: str = ".txt") -> set[tuple[str, str, str, bool, str]]:
    """The (subject, predicate, object, negated, certainty) keys of the claims of `text` read as one document, plain
    text or Markdown by `suffix` (the exact-set tests of rounds 38-39, which assert the certainty word itself)."""
    doc = Document("case", "case", f"case{suffix}", "", text + "\n", Path(f"case{suffix}"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def polarity_claims(text: str, lexicon: dict, predicate: str | None = None) -> set[tuple[str, str, str, bool, bool]]:
    """The (subject, predicate, object, negated, hedged) keys of the claims of `text` read as one plain-text document
    (the exact-set tests of the falsehood, scope and owner classes); only `predicate`'s claims when one is named."""
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.hedged)
        for c in extract_document(doc, lexicon).claims
        if predicate is None or c.predicate == predicate
    }


def interaction_claims(lexicon: dict, text: str) -> set[tuple[str, str, bool, bool]]:
    """The (subject, object, negated, hedged) keys of the interactsWith claims of `text` (the interaction tests of
    decisions 0770, 0777 and 0796)."""
    return {(s, o, n, h) for s, _, o, n, h in polarity_claims(text, lexicon, "interactsWith")}


def plain_claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool]]:
    """The (subject, predicate, object, negated) keys of the claims of `text`, read as it stands (no newline added)
    as one plain-text document titled by no drug (the exact-set tests of decisions 0846, 0850-0852, 0856)."""
    doc = Document("d", "t", "d.txt", "", text, Path("d.txt"))
    return {(c.subject, c.predicate, c.object, c.negated) for c in extract_document(doc, lexicon).claims}


def rule_claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text`, one plain-text document as it stands: (subject, predicate, object,
    negated, certainty, rule) (the exact-set tests of the band and owner rules, decisions 0957-1024)."""
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, c.evidence[0].method)
        for c in extract_document(doc, lexicon).claims
    }
