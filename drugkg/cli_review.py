"""`drugkg review`: accept, reject or correct the claims the text miner read, one sentence at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from drugkg.options import corpus_option

COLOURS = {"subject": "cyan", "object": "magenta"}


def highlighted(reading: Any, colour: bool = True) -> str:
    """The sentence with the subject's and object's names marked [S: ...] and [O: ...]."""
    out, at = [], 0
    for span in reading.spans:
        if span.start < at:  # overlapping spans (subject and object in one name): mark the first only
            continue
        mark = f"[{span.role[0].upper()}: {reading.sentence[span.start : span.end]}]"
        out += [
            reading.sentence[at : span.start],
            click.style(mark, fg=COLOURS[span.role], bold=True) if colour else mark,
        ]
        at = span.end
    return "".join([*out, reading.sentence[at:]])


def show(reading: Any) -> str:
    c = reading.claim
    subject, obj = (f"{slug} ({reading.labels.get(slug, slug)})" for slug in (c.subject, c.object))
    names = f"subject {subject}, object {obj}"
    lines = [
        f"{reading.number}. [{reading.ident}] {reading.statement()}",
        f"   {names}",
        f"   {reading.source}, rule {reading.rule}, confidence {reading.confidence};"
        f" characters {reading.start}-{reading.end}",
    ]
    if c.qualifiers:
        lines.append(f"   qualifiers: {reading.qualifier_text()}")
    if reading.unnamed:
        lines.append(f"   not named in the sentence (read from the context): {', '.join(reading.unnamed)}")
    lines.append(f"   “{highlighted(reading)}”")
    return "\n".join(lines)


def _qualifiers(values: tuple[str, ...], clear: bool) -> dict[str, list[Any]] | None:
    from graph_build.review import parse_qualifiers

    return parse_qualifiers(list(values)) if values or clear else None


def _interactive(corpus: Path, document: str) -> None:
    from graph_build.review import Correction, decide, parse_qualifiers, readings

    done: set[str] = set()
    while True:
        left = [r for r in readings(corpus, document) if r.ident not in done]
        if not left:
            click.echo("nothing left to review in this document")
            return
        reading = left[0]
        click.echo(show(reading))
        answer = click.prompt(
            "[a]ccept, [r]eject, [c]orrect, [s]kip, [q]uit", type=click.Choice(list("arcsq")), show_choices=False
        )
        if answer == "q":
            return
        if answer == "s":
            done.add(reading.ident)
            continue
        if answer == "c":
            c = reading.claim
            change = Correction(
                predicate=click.prompt("predicate", default=c.predicate),
                negated=click.confirm("negated", default=c.negated),
                certainty=click.prompt("certainty", default=c.certainty),
                subject=click.prompt("subject", default=c.subject),
                object=click.prompt("object", default=c.object),
                qualifiers=parse_qualifiers(
                    [click.prompt("qualifiers (NAME=VALUE; ...)", default=reading.qualifier_text(), show_default=True)]
                ),
            )
            click.echo(decide(corpus, document, reading.ident, "corrected", change))
        else:
            click.echo(decide(corpus, document, reading.ident, {"a": "accepted", "r": "rejected"}[answer]))
        done.add(reading.ident)


@click.command()
@corpus_option
@click.argument("document", required=False)
@click.option("--list", "list_only", is_flag=True, help="List the document's machine-read claims and stop.")
@click.option("--accept", metavar="N", help="Accept reading N (its number or ident): it becomes a curated claim.")
@click.option("--reject", metavar="N", help="Reject reading N: the build drops it from now on.")
@click.option("--correct", metavar="N", help="Correct reading N with the options below (a curated claim).")
@click.option("--predicate", help="Corrected predicate (an ontology predicate, e.g. treats).")
@click.option("--negated/--asserted", "negated", default=None, help="Corrected polarity.")
@click.option("--certainty", help="Corrected certainty: Asserted, Possible, Occasional, Reported or Believed.")
@click.option("--subject", help="Corrected subject (a lexicon slug).")
@click.option("--object", "object_", help="Corrected object (a lexicon slug).")
@click.option(
    "--qualifier",
    "qualifier",
    multiple=True,
    metavar="NAME=VALUE",
    help="Corrected qualifier (repeatable; replaces the reading's).",
)
@click.option("--clear-qualifiers", is_flag=True, help="Correct the reading to have no qualifiers.")
def review(
    corpus: Path,
    document: str | None,
    list_only: bool,
    accept: str | None,
    reject: str | None,
    correct: str | None,
    predicate: str | None,
    negated: bool | None,
    certainty: str | None,
    subject: str | None,
    object_: str | None,
    qualifier: tuple[str, ...],
    clear_qualifiers: bool,
) -> None:
    """Review the claims the text miner read in DOCUMENT: accept, reject or correct each one.

    Lists each machine-read claim (no curated evidence) with its sentence, the subject [S: ...] and object
    [O: ...] marked. Without DOCUMENT, lists the documents and how many claims each has to review. Without
    --list, --accept, --reject or --correct, asks about each claim in turn. Decisions go to
    CORPUS/claims/DOCUMENT.yaml: accepted and corrected claims as curated claims with their quote and
    offsets, every decision in its `review:` list; the build drops rejected and corrected readings.
    """
    from base.errors import DrugkgError
    from graph_build.review import Correction, decide, documents_to_review, readings

    actions = [a for a in (accept, reject, correct) if a is not None]
    if document is None:
        if actions:
            raise DrugkgError("--accept, --reject and --correct need a DOCUMENT")
        for doc_id, title, count in documents_to_review(corpus):
            click.echo(f"{doc_id}\t{count} to review\t{title}")
        return
    if len(actions) > 1 or (actions and list_only):
        raise DrugkgError("give one of --list, --accept, --reject, --correct at a time")
    change = Correction(predicate, negated, certainty, subject, object_, _qualifiers(qualifier, clear_qualifiers))
    if correct is None and not change.empty():
        raise DrugkgError("--predicate, --negated, --certainty, --subject, --object and --qualifier need --correct N")
    if accept is not None:
        click.echo(decide(corpus, document, accept, "accepted"))
    elif reject is not None:
        click.echo(decide(corpus, document, reject, "rejected"))
    elif correct is not None:
        click.echo(decide(corpus, document, correct, "corrected", change))
    elif list_only:
        found = readings(corpus, document)
        if not found:
            click.echo(f"{document}: no machine-read claim to review")
        for reading in found:
            click.echo(show(reading))
    else:
        _interactive(corpus, document)


def register(group: click.Group) -> None:
    group.add_command(review)
    # its /review pages are mounted by `drugkg serve` (drugkg/cli_query.py), not here
