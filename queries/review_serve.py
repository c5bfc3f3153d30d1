"""The review pages inside `drugkg serve --review`, mounted on the server's route registry.

    GET  /review               the documents and how many machine-read claims each has to review
    GET  /review?doc=ID        the document's machine-read claims: sentence with the subject and object
                               marked, rule and confidence, and accept / reject / correct forms
    POST /review/decide        a decision (form fields doc, reading, decision, and for a correction
                               predicate, negated, certainty, subject, object, qualifiers); written to the
                               document's curated claims file, then 303 back to the document's page
    GET  /review.css           the pages' style (queries/web/review.css)

Without `--review` the server has no review desk (App.review is None): the pages answer 404 and a POST 403,
and nothing is written. With it, a POST is refused (403) when the browser says it comes from another site
(Origin or Sec-Fetch-Site), so a page elsewhere cannot make the reviewer's browser write decisions. The desk
(graph_build/review.py's Desk, given by the command line) does the work; this module only reads forms and
writes HTML, every text from a document escaped.
"""

from __future__ import annotations

import html
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from base.errors import DrugkgError
from queries import server

WEB = Path(__file__).resolve().parent / "web"
CERTAINTIES = ("Asserted", "Possible", "Occasional", "Reported", "Believed")
_WRITE = threading.Lock()  # one decision at a time: each is a read-modify-write of a claims file


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _desk(request: server.Request) -> Any:
    return getattr(request.app, "review", None)


def _off(status: int) -> server.Response:
    return server.text(status, "review is off: start the server with `drugkg serve --review` to review claims")


def _page(title: str, body: str, status: int = 200) -> server.Response:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{_e(title)}</title>\n<link rel="stylesheet" href="/review.css">\n</head>\n<body>\n'
        f'<header><h1>{_e(title)}</h1><nav><a href="/review">documents</a> · <a href="/">SPARQL</a></nav></header>\n'
        f"{body}\n</body>\n</html>\n"
    )
    return server.Response(status, page.encode("utf-8"), "text/html; charset=utf-8")


def marked(sentence: str, spans: list[Any]) -> str:
    """The sentence as HTML with the subject's and object's names in <mark> (everything escaped).

    >>> from types import SimpleNamespace as S
    >>> marked("A <b> treats C", [S(start=0, end=1, role="subject"), S(start=13, end=14, role="object")])
    '<mark class="subject" title="subject">A</mark> &lt;b&gt; treats <mark class="object" title="object">C</mark>'
    """
    out, at = [], 0
    for span in spans:
        if span.start < at:
            continue
        out.append(_e(sentence[at : span.start]))
        out.append(f'<mark class="{span.role}" title="{span.role}">{_e(sentence[span.start : span.end])}</mark>')
        at = span.end
    out.append(_e(sentence[at:]))
    return "".join(out)


def _hidden(doc: str, reading: Any) -> str:
    fields = (("doc", doc), ("reading", reading.ident))
    return "".join(f'<input type="hidden" name="{k}" value="{_e(v)}">' for k, v in fields)


def _correct_form(doc: str, reading: Any, qualifiers: str) -> str:
    c = reading.claim
    options = "".join(f'<option value="{v}"{" selected" if v == c.certainty else ""}>{v}</option>' for v in CERTAINTIES)
    return (
        f'<details><summary>Correct…</summary><form class="correct" method="post" action="/review/decide">'
        f'{_hidden(doc, reading)}<input type="hidden" name="decision" value="corrected">'
        f'<label>subject <input name="subject" value="{_e(c.subject)}"></label>'
        f'<label>predicate <input name="predicate" value="{_e(c.predicate)}"></label>'
        f'<label>object <input name="object" value="{_e(c.object)}"></label>'
        f'<label><input type="checkbox" name="negated" value="true"{" checked" if c.negated else ""}> negated</label>'
        f'<label>certainty <select name="certainty">{options}</select></label>'
        f'<label>qualifiers <input name="qualifiers" value="{_e(qualifiers)}" placeholder="useStatus=PrimaryUse; …">'
        f'</label><button type="submit">Save correction</button></form></details>'
    )


def _reading(doc: str, reading: Any, qualifiers: str) -> str:
    c = reading.claim
    label = reading.labels.get
    relation = ("NOT " if c.negated else "") + c.predicate + (f" ({c.certainty})" if c.hedged else "")
    notes = []
    if c.qualifiers:
        notes.append(f"qualifiers: {_e(qualifiers)}")
    if reading.unnamed:
        notes.append(f"not named in the sentence (read from the context): {_e(', '.join(reading.unnamed))}")
    return (
        f'<li class="reading" id="{_e(reading.ident)}" data-ident="{_e(reading.ident)}">'
        f'<p class="claim"><span class="subject">{_e(label(c.subject, c.subject))}</span> '
        f'<span class="relation">{_e(relation)}</span> '
        f'<span class="object">{_e(label(c.object, c.object))}</span> '
        f'<span class="source">{_e(reading.source)} · confidence {_e(reading.confidence)} · {_e(reading.rule)}'
        "</span></p>"
        f'<blockquote class="sentence">{marked(reading.sentence, reading.spans)}</blockquote>'
        f'<p class="where">characters {reading.start}–{reading.end}</p>'
        + "".join(f'<p class="note">{n}</p>' for n in notes)
        + f'<form class="decide" method="post" action="/review/decide">{_hidden(doc, reading)}'
        '<button type="submit" name="decision" value="accepted">Accept</button> '
        '<button type="submit" name="decision" value="rejected">Reject</button></form>'
        + _correct_form(doc, reading, qualifiers)
        + "</li>"
    )


def _said(params: dict[str, list[str]], error: str = "") -> str:
    if error:
        return f'<p class="error" role="alert">{_e(error)}</p>'
    said = params.get("said", [""])[0]
    return f'<p class="said" role="status">{_e(said)}</p>' if said else ""


def document_page(desk: Any, doc: str, params: dict[str, list[str]], error: str = "") -> server.Response:
    found = desk.readings(doc)
    items = "".join(_reading(doc, r, r.qualifier_text()) for r in found)
    body = _said(params, error) + (
        f'<ol class="readings">{items}</ol>' if found else '<p class="empty">No machine-read claim left to review.</p>'
    )
    return _page(f"Review: {doc}", body, 400 if error else 200)


def review_page(request: server.Request) -> server.Response:
    desk = _desk(request)
    if desk is None:
        return _off(404)
    if request.method not in ("GET", "HEAD"):
        return server.text(405, f"method {request.method} not allowed; use GET (decisions go to /review/decide)")
    params = request.params()
    doc = params.get("doc", [""])[0]
    if doc:
        return document_page(desk, doc, params)
    rows = "".join(
        f'<li><a href="/review?doc={urllib.parse.quote(d)}">{_e(title)}</a> '
        f'<span class="count">({n} to review)</span> <code>{_e(d)}</code></li>'
        for d, title, n in desk.documents()
    )
    return _page("Review machine-read claims", f'<ul class="documents">{rows}</ul>')


def _cross_site(request: server.Request) -> bool:
    origin = request.header("origin")
    if origin is not None and origin != "null":
        return urllib.parse.urlsplit(origin).netloc != request.header("host")
    return request.header("sec-fetch-site") not in (None, "same-origin", "none") or origin == "null"


def decide(request: server.Request) -> server.Response:
    desk = _desk(request)
    if desk is None:
        return _off(403)
    if request.method != "POST":
        return server.text(405, f"method {request.method} not allowed; use POST")
    if _cross_site(request):
        return server.text(403, "a review decision must come from the review page of this server")
    if not (request.header("content-type") or "").startswith("application/x-www-form-urlencoded"):
        return server.text(415, "send the decision as a form (application/x-www-form-urlencoded)")
    form = urllib.parse.parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
    one = {k: v[0] for k, v in form.items() if len(v) == 1}
    doc, reading, decision = one.get("doc", ""), one.get("reading", ""), one.get("decision", "")
    if not doc or not reading or decision not in ("accepted", "rejected", "corrected"):
        return server.text(400, "a decision needs doc, reading and decision (accepted, rejected or corrected)")
    try:
        change = None
        if decision == "corrected":
            change = desk.correction(
                predicate=one.get("predicate") or None,
                negated=one.get("negated") == "true",
                certainty=one.get("certainty") or None,
                subject=one.get("subject") or None,
                object=one.get("object") or None,
                qualifiers=one.get("qualifiers", ""),
            )
        with _WRITE:
            message = desk.decide(doc, reading, decision, change)
    except DrugkgError as exc:
        return document_page(desk, doc, {}, error=exc.line())
    location = f"/review?doc={urllib.parse.quote(doc)}&said={urllib.parse.quote(message)}"
    return server.Response(303, f"{message}\n".encode(), headers={"Location": location})


def style(request: server.Request) -> server.Response:
    return server.Response(200, (WEB / "review.css").read_bytes(), "text/css; charset=utf-8")


def mount() -> None:
    """Add the review routes to the server (they answer 404/403 unless the server was given a review desk)."""
    server.ROUTES.setdefault("/review", review_page)
    server.ROUTES.setdefault("/review/decide", decide)
    server.ROUTES.setdefault("/review.css", style)


__all__ = ["decide", "marked", "mount", "review_page"]
