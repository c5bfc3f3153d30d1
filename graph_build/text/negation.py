"""Negation and hedging of mentions with medspacy's ConText (a maintained NegEx/ConText implementation).

spaCy and medspacy load lazily (about a second) and only for sentences that hold a candidate claim. The
default ConText rules are used, plus a few hedges common in health writing (sometimes, occasionally,
reported, believed), each mapped to a dkg:Certainty value. See docs/decisions/0402-negation-context.md.

Scope is ConText's (docs/decisions/0600-polarity-scope.md): pseudo-negations ("not only", "not just", the "not" of
"not a first-line treatment") match longer than "not" and modify nothing; absence of evidence ("no evidence that",
"was not associated with") is its own category, so that no claim is read as the denial of a direction; aims and
hypotheses ("we tested whether", "to evaluate") are hypothetical. An epistemic negation of a mechanism ("it is not
fully known how X helps Y", "it is unclear how X works") is a pseudo-negation: it presupposes that X helps. A negation
inside a relative clause about people ("even in people who have not had Y") governs that clause only.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sys
import types
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from graph_build.text import people_words
from graph_build.text.months import month_mays

#: Extra hedge cues -> certainty; ConText sees them as POSSIBLE_EXISTENCE.
HEDGES = {
    "sometimes": "Occasional",
    "occasionally": "Occasional",
    "at times": "Occasional",
    "in some cases": "Occasional",
    "in some clinical cases": "Reported",
    "reported": "Reported",
    "has been reported": "Reported",
    "believed": "Believed",
    "it is believed": "Believed",
    "thought to": "Believed",
    "appears to": "Believed",  # ("it appears to partly block T": decision 0634)
    "appear to": "Believed",
    "seems to": "Believed",
    "seem to": "Believed",
    "may": "Possible",
    "might": "Possible",
    "could": "Possible",
    "possibly": "Possible",
    "potentially": "Possible",
    # (decision 0707) a rare or unexcluded effect is stated as holding only sometimes / as possible, never as denied:
    # "in rare cases X can cause Y", "liver damage cannot be ruled out" (the "not" of the longer match negates nothing)
    "rarely": "Occasional",
    # (decision 0816) the same frequency in other words: "X seldom causes Y", "Y hardly ever happens"
    "seldom": "Occasional",
    "hardly ever": "Occasional",
    "infrequently": "Occasional",
    "in rare cases": "Occasional",
    "in very rare cases": "Occasional",
    "cannot be ruled out": "Possible",
    "can not be ruled out": "Possible",
    "cannot be excluded": "Possible",
    "can not be excluded": "Possible",
    "could not be ruled out": "Possible",
    "could not be excluded": "Possible",
    "not be ruled out": "Possible",
    "have been reported": "Reported",
    # (decision 0796) what is known only from reports: "There have been reports of Y when A was taken with X"
    "there have been reports": "Reported",
    "there have been rare reports": "Reported",
    "there have been some reports": "Reported",
    "there have been a few reports": "Reported",
    "because of reports": "Reported",
    # (decision 1048) "not always" / "not necessarily" limit how often or how surely, they deny nothing: "X does not
    # always cause Y" says X causes Y some of the time, "X won't necessarily interact with Z" that it may (the "not" of
    # the longer match negates nothing, as in "cannot be ruled out")
    "not always": "Occasional",
    "n't always": "Occasional",
    "not necessarily": "Possible",
    "n't necessarily": "Possible",
}
#: Hedge cues that qualify only what follows them ("Y is common, and there have been reports of Z": Z is reported,
#: Y is not; decision 0796).
FORWARD_HEDGES = frozenset(
    {
        "there have been reports",
        "there have been rare reports",
        "there have been some reports",
        "there have been a few reports",
        "because of reports",
    }
)
#: A hedge cue of `HEDGES` as a word sequence in running text, the longest first ("in very rare cases" before "in rare
#: cases"): the certainty of a clause ConText's scope does not reach (relate_cues, relate_unowned, processes,
#: fronted_uses; "n't always" starts inside its word, "doesn't always": decision 1048).
HEDGE_WORD = re.compile(
    r"(?:\b|(?=n't))(" + "|".join(sorted(map(re.escape, HEDGES), key=len, reverse=True)) + r")\b", re.I
)

#: (decision 0707) a double negation asserts: "it is not unusual for X to cause Y", "Y is not uncommon with X",
#: "X is not without side effects: it can cause Y"
DOUBLE_NEGATIONS = ("not unusual", "not uncommon", "not infrequent", "not rare", "not without")
#: (decision 0793) "not common" names a frequency, no denial: "Y is not a common side effect of X", "Y is not a usual
#: side effect" say that Y is a side effect of X, an uncommon one (asserted, as "Y is an uncommon side effect of X";
#: "Y is not a side effect of X" stays denied). Read as the double negations are: the "not" negates nothing.
NOT_COMMON = (
    "not a common",
    "not a very common",
    "not a usual",
    "not a frequent",
    "not common",
    "not very common",
    "not usual",
    "not one of the common",
    "not one of the more common",
    "not one of the most common",
    "not among the common",
    "not among the more common",
    "not among the most common",
    "not one of the usual",
    "not among the usual",
    "not one of the frequent",
)
DOUBLE_NEGATIONS += NOT_COMMON
#: Phrases that hold a negation word but deny nothing: ConText prefers the longer match, and PSEUDO modifies nothing.
#: (The "not" of "not the first choice" ranks a use: relate.py turns it into a useStatus of that drug's claim.)
PSEUDO = (
    "not only",
    "not just",
    "not merely",
    "not simply",
    "not limited to",
    "not the first choice",
    "not a first choice",
    "not the first-line",
    "not a first-line",
    "not first-line",
    "not the preferred",
    "not a preferred",
    "not the only",
    "no longer the first",
    "no longer a first",  # (decision 0798)
    # (decision 0703) "without" of a way of getting or taking a drug negates that way only: "sold without a
    # prescription for X", "taken without food"
    "without a prescription",
    "without prescription",
    "without a doctor's prescription",
    "without food",
    # (decision 0810) "without treatment" names the course of an illness left alone, no denial of what follows:
    # "Without treatment, Y can lead to Z", "if left without medicine, Y gets worse"
    "without treatment",
    "without any treatment",
    "without proper treatment",
    "without medicine",
    "without medicines",
    "without medication",
    # (decision 1016) "without trying" says how a sign came (weight lost unintended), no denial of what follows:
    # "he lost weight without trying and had a cough that hung on" read the cough as denied
    "without trying",
    "without meaning to",
    "without dieting",
    # (decision 0884) a bound on an amount or a time ("for no more than two weeks", "not more than 4 tablets a day",
    # "no longer than a month", "no later than noon") denies nothing: without the longer match the "no" negated the
    # next clause's use ("..., usually no more than two weeks, and only when the Y is severe" read as NOT Y)
    "no more than",
    "not more than",
    "no longer than",
    "not longer than",
    "no less than",
    "not less than",
    "no fewer than",
    "not fewer than",
    "no later than",
    "not later than",
    *DOUBLE_NEGATIONS,
)
#: (decision 0938) a rank of use said with "never" ranks it down as "not" does: "X is never the first choice for Y",
#: "never a first-line treatment" (the use holds: relate_cues.NOT_FIRST_LINE makes it NotFirstLine).
RANKS = (
    "the first choice",
    "a first choice",
    "the first-line",
    "a first-line",
    "first-line",
    "the preferred",
    "a preferred",
    "the first treatment",
    "a first treatment",
    "the first medicine",
    "the first thing",
)
PSEUDO += tuple(f"never {rank}" for rank in RANKS)
#: ... and with a word of frequency it is no hedge of the use: "X is rarely the first choice for Y" ranks the use
#: (NotFirstLine), it does not say X treats Y only sometimes. Pseudo-hedges (`_pipeline`), as `NAMING`.
RARE_RANKS = tuple(f"{often} {rank}" for often in ("rarely", "seldom", "hardly ever") for rank in RANKS)
#: A frequency adverb of naming hedges the name, not the claim (decision 0814): "X is an antimuscarinic, sometimes
#: called an anticholinergic", "a Y inhibitor, often shortened to Z" assert both classes. Pseudo-hedges (`_pipeline`).
NAMING = (
    "sometimes called",
    "often called",
    "usually called",
    "sometimes known as",
    "often known as",
    "sometimes referred to as",
    "often referred to as",
    "sometimes shortened to",
    "often shortened to",
    "usually shortened to",
)
#: Epistemic negation of a mechanism: "it is not (fully) known how X helps Y", "it is unclear how X works in Y" deny
#: nothing about Y; the sentence presupposes that X helps. Token patterns, read as pseudo-negations (see `_pipeline`).
EPISTEMIC_DEGREES = ["fully", "well", "clearly", "completely", "entirely", "yet", "exactly", "really", "precisely"]
EPISTEMIC_WORDS = ["known", "understood", "clear", "certain", "sure", "know", "understand"]
EPISTEMIC_QUESTIONS = ["how", "why"]
EPISTEMIC = {
    "not known how": [
        {"LOWER": {"IN": ["not", "n't"]}},
        {"LOWER": {"IN": EPISTEMIC_DEGREES}, "OP": "?"},
        {"LOWER": {"IN": EPISTEMIC_WORDS}},
        {"LOWER": {"IN": ["exactly", "precisely"]}, "OP": "?"},
        {"LOWER": {"IN": EPISTEMIC_QUESTIONS}},
    ],
    "unclear how": [
        {"LOWER": {"IN": ["unclear", "unknown", "uncertain", "not-known"]}},
        {"LOWER": {"IN": ["exactly", "precisely"]}, "OP": "?"},
        {"LOWER": {"IN": EPISTEMIC_QUESTIONS}},
    ],
}
#: Absence of evidence: says nothing either way about a direction (the claims it governs are dropped by relate.py).
ABSENT = "ABSENT_EVIDENCE"
ABSENCE_CUES = (
    "no evidence that",
    "no evidence of",
    "no evidence for",
    "no clear evidence",
    "no good evidence",
    "no proof that",
    "little evidence",
    "insufficient evidence",
    "not enough evidence",
    "not associated with",
    "was not associated with",
    "were not associated with",
    "no association",
    "no significant association",
    "no significant difference",
    "no difference",
    "did not find",
    "found no",
    "failed to show",
    "not been shown",
    "not been proven",
    # (decision 0793) a study that could not show, did not show or has not proven a direction found nothing either way:
    # "the study could not show that X prevents Y", "X has not been proven to treat Y" (longer than "not" and "could")
    "could not show",
    "couldn't show",
    "cannot show",
    "can not show",
    "did not show that",
    "didn't show that",
    "have not shown that",
    "has not shown that",
    "unable to show",
    "not able to show",
    "failed to prove",
    "could not prove",
    "did not prove",
    "not been proved",
    "not proven to",
    "not been demonstrated",
    "failed to demonstrate",
    "could not demonstrate",
    "did not demonstrate",
    "could not find",
    "failed to find",
    # ... and their contractions ("haven't shown that": the tokens "have", "n't")
    "haven't shown that",
    "hasn't shown that",
    "hasn't been shown",
    "haven't been shown",
    "hasn't been proven",
    "haven't been proven",
    "hasn't been proved",
    "couldn't prove",
    "didn't prove",
    "not been able to show",
    "not been able to prove",
    "not able to prove",
    "no study has shown",
    "no studies have shown",
    "no trial has shown",
    "no trials have shown",
    "no research has shown",
    "no study has found",
    "no studies have found",
    "not linked to",
    "no link between",
    # "did not affect Y" / "does not alter Y": no change was seen; it denies no direction of an effect
    "not affect",
    "did not affect",
    "does not affect",
    "do not affect",
    "not alter",
    "did not alter",
    "does not alter",
)
#: Default ConText rules whose reading in drug texts is absence of evidence rather than absence of a finding.
ABSENCE_DEFAULTS = frozenset({"no evidence", "not associated with", "not have evidence of", "without any evidence of"})
#: The default termination "secondary (to)": only "secondary to" opens a new cause; "secondary" alone names a course
#: or kind of the denied condition ("It is not a treatment for secondary progressive MS", "does not cause secondary
#: infections"), inside the denial's scope - ending the scope there read the denial as its opposite (decision 1098).
SECONDARY_TO = [{"LOWER": "secondary"}, {"LOWER": "to"}]
#: Aims and hypotheses: what a study set out to test is not what it found.
AIMS = (
    "whether",
    "we tested",
    "was tested",
    "to evaluate",
    "to assess",
    "to determine",
    "to investigate",
    "to examine",
    "to test",
    "we hypothesized",
    "we hypothesised",
    "hypothesis",
    "the aim",
    "aimed to",
    "the objective",
    "was designed to",
)

#: (decision 0979) What people wrongly believe asserts nothing either way: "people sometimes assume it is a Y", "many
#: people think X causes Y", "you might think X treats Y", "X is often mistaken for a Y" (a clause the text calls a
#: myth is framed_claims' denial, 0810; its frames need a "that"). What follows the cue, to the end of its clause,
#: is in no claim (absence, forward only, as a question someone asks); a correction in the same sentence ("..., but it
#: is not") or opening the next ("It isn't.") is the denial (`_corrected`, `corrected_by_next`). A belief of experts
#: ("it is believed to", "thought to") stays the hedge Believed; "contrary to popular belief" opens the truth, no cue.
BELIEVERS = (
    "people",
    "many people",
    "some people",
    "a lot of people",
    "lots of people",
    "most people",
    "you might",
    "you may",
    "you would",
    "you'd",
    "one might",
)
BELIEF_ADVERBS = ("", "sometimes ", "often ", "still ", "wrongly ", "mistakenly ", "commonly ", "usually ")
BELIEF_VERBS = ("assume", "think", "believe", "imagine", "suppose", "presume")
BELIEFS = tuple(
    f"{who} {adverb}{verb}"
    for who in BELIEVERS
    for adverb in BELIEF_ADVERBS
    for verb in BELIEF_VERBS
    if not (who.startswith(("you", "one")) and adverb not in ("", "still "))
)
BELIEFS += tuple(
    f"{adverb}mistaken for" for adverb in ("", "often ", "sometimes ", "commonly ", "frequently ", "easily ")
)
#: ... but a belief in an aside is no clause of its own: "it is not, as many (people) think, a Y" keeps its denial (a
#: pseudo-cue longer than the ", as <subject>" end of scope, modifying nothing).
BELIEF_ASIDE = [
    {"LOWER": {"IN": [",", "("]}, "OP": "?"},
    {"LOWER": "as"},
    {"LOWER": {"IN": ["many", "some", "most", "people", "others", "you"]}},
    {"LOWER": {"IN": ["people", "might", "may"]}, "OP": "?"},
    {"LOWER": {"IN": [*BELIEF_VERBS, *(verb + "s" for verb in BELIEF_VERBS)]}},
]
#: A correction after a belief, in the same sentence: "but" and a pronoun's denial that ends its clause ("people think
#: it is a Y, but it is not", "..., but it isn't", "..., but that is wrong").
CORRECTION_SUBJECTS = frozenset({"it", "they", "this", "that", "he", "she"})
CORRECTION_VERBS = frozenset({"is", "are", "was", "were", "does", "do", "did", "will", "has", "have", "can", "'s"})
CORRECTION_DENIALS = frozenset({"not", "n't", "never"})
CORRECTION_WORDS = frozenset({"wrong", "untrue", "false", "a myth", "mistaken"})
CLAUSE_END_TOKENS = frozenset({".", ";", ",", ":", "-", "–", "—", "!", ")"})


def _corrected(tokens: list[str], after: int) -> bool:
    """Whether a belief before token `after` is corrected later in the same sentence: "but", a pronoun, an auxiliary
    and a denial that closes its clause, or "but that is wrong / untrue / false / a myth" (`tokens`: lower case).

    >>> _corrected("people think it is a y , but it is not .".split(), 6)
    True
    >>> _corrected("people think it is a y , but it is not used for z .".split(), 6)
    False
    """
    for i in range(after, len(tokens) - 3):
        if tokens[i] != "but" or tokens[i + 1] not in CORRECTION_SUBJECTS or tokens[i + 2] not in CORRECTION_VERBS:
            continue
        rest = tokens[i + 3 : i + 6]
        if rest and rest[0] in CORRECTION_DENIALS and (len(rest) == 1 or rest[1] in CLAUSE_END_TOKENS):
            return True
        if rest and (rest[0] in CORRECTION_WORDS or " ".join(rest[:2]) in CORRECTION_WORDS):
            return True
    return False


#: (decision 0747) A one-word answer ("No, it can make you sleepy"; "No. It can ...") denies the question before it,
#: not the clause after it: "no" with a comma or a stop right after it is no determiner of a noun, and denies nothing
#: (a denial in the answer has its own "not": "No, it does not treat Y").
ANSWER = [{"LOWER": "no"}, {"LOWER": {"IN": [",", ".", "!", ":", ";"]}}]


#: (decision 0703) A question someone asks asserts nothing either way ("if asked whether it treats X: no, it does not"):
#: what follows it, to the end of its clause, is in no claim (read as absence of evidence, forward only).
QUESTIONS = ("asked whether", "ask whether", "asks whether", "asking whether", "wonder whether", "wondering whether")
#: (decision 0806) ... and with "if" ("Mr T. asked if it would make him drowsy. It doesn't": the answer says it, the
#: question nothing)
QUESTIONS += (
    "asked if",
    "ask if",
    "asks if",
    "asking if",
    "wondered whether",
    "wondered if",
    "wonder if",
    "wondering if",
)
#: (decision 0887) A question someone asked ends where a new clause of the sentence turns to its answer ("She asked
#: whether she would get Y, and her doctor told her that X does not cause Y"): past ", and / but / so" the answer's
#: own words are read (its denial is the claim).
ASKING = frozenset({"asked", "ask", "asks", "asking", "wonder", "wondered", "wondering", "wonders"})
ANSWER_TURNS = frozenset({"and", "but", "so", "then", "yet"})
#: (decision 1053) ... and with the person asked between the verb and its "if" / "whether" ("asked the nurse if it would
#: help Y", "ask your pharmacist whether", "asked him if"): a pronoun, or a determiner and a health professional's
#: word (one word of a team or place before it may stand: "the practice nurse", "the diabetes clinic"). Only these
#: words: "ask for help if you get Y" asks no question. (LOWER lists only, which the trigger index reads.)
ASKERS = sorted(ASKING - {"wonder", "wondered", "wondering", "wonders"})
ASKED_PEOPLE = (
    *("doctor", "doctors", "gp", "gps", "nurse", "nurses", "pharmacist", "pharmacists", "consultant", "specialist"),
    *("midwife", "dentist", "surgeon", "physio", "physiotherapist", "optician", "team", "clinic", "receptionist"),
    *("chemist", "prescriber", "hospital", "surgery", "practice", "mum", "dad", "husband", "wife", "son", "daughter"),
)
ASKED_PERSON = {
    "asked someone if": [
        {"LOWER": {"IN": ASKERS}},
        {"LOWER": {"IN": ["him", "her", "them", "me", "us", "you"]}},
        {"LOWER": {"IN": ["if", "whether"]}},
    ],
    "asked the someone if": [
        {"LOWER": {"IN": ASKERS}},
        {"LOWER": {"IN": ["the", "a", "my", "your", "his", "her", "their", "our"]}},
        {
            "LOWER": {
                "IN": ["practice", "diabetes", "asthma", "heart", "district", "specialist", "clinic", "hospital"]
            },
            "OP": "?",
        },
        {"LOWER": {"IN": list(ASKED_PEOPLE)}},
        {"LOWER": {"IN": ["if", "whether"]}},
    ],
}
#: (decision 0707) what is not known is not denied: "it is not known whether X causes Y" (forward, as a question)
QUESTIONS += (
    "not known whether",
    "not known if",
    "not yet known whether",
    "not clear whether",
    "unknown whether",
    "unclear whether",
    "uncertain whether",
    # (decision 0798) "Doctors are not sure whether X helps Y": doubt, no denial
    "not sure whether",
    "not sure if",
    "not certain whether",
    "not certain if",
    "unsure whether",
    "unsure if",
)

#: Negations ConText's default rules lack: "neither" and "nor" deny what follows them in their clause ("both are cheap,
#: neither used for Y"; "it does not cure X, nor does it treat Y"). "neither ... nor" as a pair is read the same way.
NEGATIONS = ("neither", "nor")
#: (decision 0712) "neither" and "nor" reach, as ConText's own "not" does, to the end of their clause (its terminations
#: end it): a cut at eight tokens left the last object of a list asserted ("nor should it be used for everyday
#: headaches or Y" denied the headaches, asserted Y)
CLAUSE_NEGATIONS = frozenset(NEGATIONS)
#: (decision 0793) An improbability denies with a hedge: "X is unlikely to cause Y", "it is (very) unlikely that X will
#: cause Y", "Y is not likely with X" say that X probably does not cause Y, a negated claim at certainty Possible (as
#: "X is not likely to cause Y" reads), never an asserted one. Forward to the end of its clause, as "not" reaches;
#: ConText's own "unlikely" (backward: "problems are unlikely") hedges its denial the same way.
IMPROBABLE = ("unlikely to", "unlikely that", "not likely to", "not likely that", "improbable that")
IMPROBABLE_WORDS = frozenset([*IMPROBABLE, "unlikely"])
#: (decision 0707) "never" denies what follows it in its clause ("X never causes Y"); "fails to / failed to" denies
#: the verb after it ("X fails to treat Y", "an ulcer that failed to respond to X")
NEGATIONS += ("never", "fails to", "fail to", "failed to", "failing to")
#: (decision 0712) "never" too: "it should never be used for A, B or C" denies C as it denies A
CLAUSE_NEGATIONS |= {"never"}
#: (decision 0887) a use nobody makes: "nobody (now) uses it for Y", "no one still takes it for Y", "nobody prescribes
#: X for Y" deny the use as "no doctor prescribes it for Y" (ConText's own "no") does. Only a pronoun of no one with a
#: verb of using: a bare "nobody" ("nobody with kidney disease should take it") is no denial of what follows.
NOBODY_USES = tuple(
    f"{who} {when}{verb}"
    for who in ("nobody", "no one", "no-one")
    for when in ("", "now ", "still ", "really ", "today ", "nowadays ", "any longer ", "anymore ")
    for verb in ("uses", "takes", "gives", "prescribes", "recommends", "offers")
)
NEGATIONS += NOBODY_USES
#: (decision 0938) a negative quantifier as the subject of a verb of having or getting denies what it has: "nobody gets
#: withdrawal effects from X", "no one reports Y", "none of us had Y" deny Y as "no patient gets Y" (ConText's own "no")
#: does. "nobody has to ..." is an obligation, no denial (a longer pseudo-negation, `NOBODY_OBLIGED`).
NOBODY_HAS = tuple(
    f"{who} {when}{verb}"
    for who in ("nobody", "no one", "no-one", "none of us", "none of them")
    for when in ("", "ever ", "really ", "actually ")
    for verb in (
        "gets",
        "got",
        "has",
        "had",
        "reports",
        "reported",
        "experiences",
        "experienced",
        "notices",
        "noticed",
        "develops",
        "developed",
        "suffers",
        "suffered",
    )
)
NEGATIONS += NOBODY_HAS
NOBODY_OBLIGED = tuple(f"{cue} to" for cue in NOBODY_HAS if cue.endswith((" has", " had")))
#: (decision 0731) a use denied in plain words: "X does nothing for Y", "is no use for Y", "is useless for Y", "has no
#: effect on Y" deny what follows them ("won't do anything for Y" is ConText's own "n't"); treats-cue reads the use.
#: Their scope is the noun phrase right after them (four tokens): "has no effect on blood pressure and treats Y"
#: denies no Y
USE_DENIALS = (
    "does nothing for",
    "do nothing for",
    "did nothing for",
    "no use for",
    "no use in",
    "useless for",
    "useless against",
    "no effect on",
    # (decision 0925) "it is no good for Y", "no good against Y"
    "no good for",
    "no good against",
    # (decision 0979) "it does nothing against Y", "is no use against Y", "has no effect against Y"
    "does nothing against",
    "do nothing against",
    "did nothing against",
    "no use against",
    "no effect against",
)
#: (decision 0812) the same denial in words of degree: "X does almost nothing to calm Y", "does next to nothing for Y",
#: "does (very) little to relieve Y", "hardly helps with Y": what follows is denied, never an asserted use or step
#: (a use or step so small is no claim of one). The same four tokens of reach.
USE_DENIALS += tuple(
    f"{verb} {degree} {preposition}"
    for verb in ("does", "do", "did")
    for degree in (
        "nothing",
        "almost nothing",
        "next to nothing",
        "practically nothing",
        "virtually nothing",
        "little",
        "very little",
    )
    for preposition in ("to", "for")
    if (degree, preposition) != ("nothing", "for")
)
USE_DENIALS += tuple(
    f"{adverb} {verb}" for adverb in ("hardly", "barely") for verb in ("helps", "help", "works", "work")
)
USE_DENIAL_SCOPE = 4
#: (decision 0919) the same denial reaches the owner of the thing it names, past its four tokens: "it does nothing for
#: the dull ache of sinusitis" denies sinusitis' treating (`relate._owner_of_denied_sign` still gives the denial to a
#: sign the lexicon names before the "of": "the bloating of IBS", decision 0734). Up to three words of one noun phrase
#: before the "of" (none of a new clause), up to two after it.
_PHRASE_WORD = r"(?!(?:and|or|but|nor|so|it|they|which|that|who|while|then)\b)[\w'’-]+"
OWNER_OF_DENIED = re.compile(
    r"\b(?:" + "|".join(re.escape(cue) for cue in sorted(USE_DENIALS, key=len, reverse=True)) + r")\s+"
    rf"(?:{_PHRASE_WORD}\s+){{1,3}}of\s+(?:{_PHRASE_WORD}\s+){{0,2}}$",
    re.I,
)
#: (decision 0979) ... and to the examples that name the kinds of that noun phrase: "it does nothing against other
#: infections such as Y, Z or W" denies Y, Z and W as it denies the infections (the four tokens end before the
#: examples). The phrase of one to four words, "such as" / "including" / "like" / "for example", then the list so far
#: (words, commas, "and", "or"; none of a new clause).
_LIST_WORD = rf"(?:{_PHRASE_WORD}|and|or)"
EXAMPLES_OF_DENIED = re.compile(
    r"\b(?:" + "|".join(re.escape(cue) for cue in sorted(USE_DENIALS, key=len, reverse=True)) + r")\s+"
    rf"(?:{_PHRASE_WORD}\s+){{0,3}}{_PHRASE_WORD},?\s+(?:such\s+as|including|like|for\s+example|e\.g\.,?)\s+"
    rf"(?:{_LIST_WORD}\s*,?\s+){{0,12}}$",
    re.I,
)

#: Where a cue's scope ends besides ConText's own terminations ("but", "however", ...): a new clause about another
#: entity ("A does not cause X; B does", "unlike A, B ...").
SCOPE_ENDS = (";", "whereas", "unlike", "in contrast", "by contrast", "instead", "on the other hand")
#: (decision 0646) a second verb phrase joined by "and" with a modal asserts its own predicate: "doses that are too
#: high do not lead to weight loss and can cause heart problems" denies the loss, not the problems
SCOPE_ENDS += ("and can", "and may", "and might", "and could", "and will")
#: (decision 0684) a consequence drawn from a denial is asserted: "there is no interaction with X, so it can be taken
#: for Y" denies the interaction, not the use
SCOPE_ENDS += (", so", ", therefore", ", which means")
#: (decision 0703) a relative clause after a comma states its own fact: "do not confuse it with X drops, which are used
#: for Y" governs the confusing, not the use of X
SCOPE_ENDS += (", which",)
#: (decision 0707) what "unless / except" introduces is the condition under which the denial does not hold: "do not
#: take it unless your doctor prescribes it for Y", "not recommended, except for Y"
SCOPE_ENDS += ("unless", "except", "except for", "except in", "except when", "only if")
#: (decision 0754) a reason clause after a comma states its own grounds: "it should not be used for Y, as that could
#: hide something serious" denies the use, and the reason's "could" does not hedge it
SCOPE_ENDS += (", because", ", as it", ", as that", ", as this", ", as they")

#: (decision 0703) Token patterns that end a scope: a clause after ", and" with a subject of its own ("it is sold
#: without X, and doctors also use it for Y"); a clause after a colon ("do not stop it suddenly: stopping can cause
#: Y"; "asked whether it treats X: no, it does not"). A colon before a list ("do not take it with: alcohol, ...") is
#: left alone: only a colon followed by a word that opens a clause ends the scope.
NEW_SUBJECTS = [
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "this",
    "these",
    "those",
    "doctors",
    "pharmacists",
    "nurses",
    "patients",
    "people",
    "many",
    "most",
    "some",
    "others",
]
CLAUSE_OPENERS = [*NEW_SUBJECTS, "no", "yes", "stopping", "taking", "missing", "using", "if", "when", '"', "“"]
#: (decision 0707) a dash or an opening bracket before a new subject opens a clause as a colon does ("X does not
#: treat colds - it treats Y", "X does not treat colds (it treats Y)"), and Markdown emphasis between them changes
#: nothing ("do not take it: **it can cause Y**")
CLAUSE_MARKS = [":", "-", "–", "—", "("]
EMPHASIS = {"LOWER": {"IN": ["*", "**", "_", "__"]}, "OP": "*"}
#: (decision 0712) a phrase of place or time may open the new clause before its subject: ", and in pregnancy it is
#: used only if ..." is a clause of its own as ", and it is ..." is. Only a pronoun counts as the subject there (the
#: object of the preposition is a noun: ", and in people with asthma" stays in the scope), after one to four words.
CLAUSE_PREPOSITIONS = ["in", "during", "for", "with", "after", "before", "at", "on", "from", "over", "under", "once"]
PRONOUN_SUBJECTS = ["it", "they", "he", "she", "we", "you"]
NOT_CLAUSE_WORDS = [",", ";", ":", ".", "and", "or", "but", "nor", "not"]
#: (decision 1012) Words that deny the clause they open or are the subject of ("but neither is used for Y", ", and
#: none are licensed"): a clause with one of them as its subject stays in the denial.
SUBJECT_DENIALS = ["n't", "never", "no", "neither", "none", "nobody", "nothing", "nor", "not"]
#: (decision 0793) "when it is used for", "if taken for", "once they are given to": a condition of use, a clause of
#: its own (see SCOPE_END_PATTERNS)
USE_CONDITION_OPENERS = ["when", "whenever", "if", "once"]
USE_CONDITION_VERBS = ["used", "taken", "given", "prescribed"]
USE_CONDITION = [
    {"LOWER": {"IN": USE_CONDITION_OPENERS}},
    {"LOWER": {"IN": ["it", "they"]}, "OP": "?"},
    {"LOWER": {"IN": ["is", "are", "'s", "'re", "’s", "’re"]}, "OP": "?"},
    {"LOWER": "being", "OP": "?"},
    {"LOWER": {"IN": USE_CONDITION_VERBS}},
    {"LOWER": {"IN": ["for", "to", "in", "as", "against"]}},
]
#: ... with a few words of how between the verb and the use: "when it is taken at low doses for Z", "when used short
#: term to treat Z" (relate_objects.BOUNDARY ends an object list at the same words)
USE_CONDITION_GAP = [
    *USE_CONDITION[:-1],
    {"LOWER": {"NOT_IN": [",", ";", ":", ".", "and", "or", "but", "not", "n't", "with"]}, "OP": "{1,4}"},
    {"LOWER": {"IN": ["for", "to"]}},
]
#: ... and the reader's or a group's use: "if you take it for Z", "when people use it to treat Z"
USE_CONDITION_TAKER = [
    {"LOWER": {"IN": USE_CONDITION_OPENERS}},
    {"LOWER": {"IN": ["you", "they", "people", "patients", "someone", "adults", "children"]}},
    {"LOWER": {"IN": ["take", "takes", "use", "uses", "are", "is"]}},
    {"LOWER": {"IN": ["given", "prescribed"]}, "OP": "?"},
    {"LOWER": {"IN": ["it", "them", "this", "these"]}, "OP": "?"},
    {"LOWER": {"IN": ["for", "to", "against"]}},
]
#: ... with words of how after the pronoun only ("if you take it at low doses for Z"; "if you take tablets for Z" names
#: what is taken, a noun, and stays as it was)
USE_CONDITION_TAKER_GAP = [
    *USE_CONDITION_TAKER[:-2],
    {"LOWER": {"IN": ["it", "them", "this", "these"]}},
    USE_CONDITION_GAP[-2],
    USE_CONDITION_GAP[-1],
]
SCOPE_END_PATTERNS = {
    ", and <subject>": [{"LOWER": ","}, {"LOWER": "and"}, {"LOWER": {"IN": NEW_SUBJECTS}}],
    # (decision 0979) ... a group of people named with its adjective: "A few people get Y, and older men may find Z"
    # (the "may" is the men's, not Y's), "..., and pregnant women should avoid it", "..., and most children grow out"
    ", and <adjective> <group>": [
        {"LOWER": ","},
        {"LOWER": "and"},
        {"LOWER": {"IN": list(people_words.GROUP_ADJECTIVES)}},
        {"LOWER": {"IN": list(people_words.GROUPS)}},
    ],
    ", and <phrase> <subject>": [
        {"LOWER": ","},
        {"LOWER": "and"},
        {"LOWER": {"IN": CLAUSE_PREPOSITIONS}},
        {"LOWER": {"NOT_IN": NOT_CLAUSE_WORDS}, "OP": "{1,4}"},
        {"LOWER": {"IN": PRONOUN_SUBJECTS}},
    ],
    # (decision 1012) a clause after ", and" / ", but" whose subject is a short noun phrase of its own and whose verb is
    # a copula: "It doesn't interact with ibuprofen, and paracetamol is fine for the headache" denies the interaction,
    # not the paracetamol's use (one to three words, never a relative pronoun, "there" or a word that continues a
    # list or a negation: ", and tablets that are" stays in the scope)
    ", and <noun> is": [
        {"LOWER": ","},
        {"LOWER": {"IN": ["and", "but"]}},
        {
            "LOWER": {"NOT_IN": [*NOT_CLAUSE_WORDS, *SUBJECT_DENIALS, "which", "that", "who", "there"]},
            "OP": "{1,3}",
        },
        {"LOWER": {"IN": ["is", "are"]}},
        # (a clause denied on its own keeps the denial: ", and flu is not helped by it either")
        {"LOWER": {"NOT_IN": ["not", "n't", "never", "no", "nothing", "hardly", "rarely", "seldom", "neither", "nor"]}},
    ],
    ": <clause>": [{"LOWER": ":"}, EMPHASIS, {"LOWER": {"IN": CLAUSE_OPENERS}}],
    # (decision 1119) an asserted clause after a comma whose subject is a pronoun and whose verb is a copula ends a
    # denial: "It isn't a steroid, it's a bronchodilator", "It is not an antibiotic, this is an antiviral" deny the
    # first class only (a clause denied on its own, ", it's not a Y", stays in the denial)
    ", <pronoun> is": [
        {"LOWER": ","},
        {"LOWER": {"IN": ["it", "this", "that", "they", "these"]}},
        {"LOWER": {"IN": ["is", "are", "'s", "'re", "’s", "’re"]}},
        {"LOWER": {"NOT_IN": [*SUBJECT_DENIALS, "hardly", "rarely", "seldom", "only", "just", "also", "too"]}},
    ],
    # (decision 0739) a reason after a comma with a subject of its own, as "because" gives one: "it is not recommended
    # for people with Y, as it can cause Z" denies nothing of Z
    ", as <subject>": [{"LOWER": ","}, {"LOWER": {"IN": ["as", "since"]}}, {"LOWER": {"IN": NEW_SUBJECTS}}],
    "- <clause>": [{"LOWER": {"IN": CLAUSE_MARKS[1:]}}, EMPHASIS, {"LOWER": {"IN": CLAUSE_OPENERS}}],
    # (decision 0793) a clause naming the use under which a denial holds is its condition, not in its scope: "X does
    # not cause Y when it is used for Z", "... if taken for Z" deny Y, not the use
    "when <used> for": USE_CONDITION,
    "when <used> ... for": USE_CONDITION_GAP,
    "if you take it for": USE_CONDITION_TAKER,
    "if you take it ... for": USE_CONDITION_TAKER_GAP,
}

#: Words too common to tell whether a rule can match; a token of a rule made of other words is preferred.
COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "in",
        "on",
        "as",
        "at",
        "be",
        "is",
        "was",
        "are",
        "were",
        "have",
        "has",
        "had",
        "been",
        "it",
        "its",
        "with",
    ]
)
#: The ConText categories whose modifiers `statuses` reads.
USED = frozenset({"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HYPOTHETICAL", ABSENT})


@dataclass(frozen=True)
class Status:
    """What ConText says about one mention: negated, and the certainty of its statement."""

    negated: bool = False
    certainty: str = "Asserted"
    # no claim either way: in the scope of an absence of evidence ("no evidence that ..."), or inside a negated
    # relative clause about people ("in people who have not had Y": Y describes them)
    absent: bool = False
    # (decision 0979) absent because what people wrongly believe says it ("people assume it is a Y"): a correction
    # opening the next sentence ("It isn't.") makes it the denial (`corrected_by_next`)
    believed: bool = field(default=False, repr=False)


#: The verdict of a mention nothing modifies (a frozen value: one instance serves every such mention).
ASSERTED = Status()


@contextlib.contextmanager
def _placeholders(modules: dict[str, dict[str, Any]]) -> Iterator[None]:
    """While the block runs, modules not yet imported stand in `sys.modules` as placeholders holding the given
    attributes, so that an import of them in the block loads nothing; they are removed after, so that a later import
    loads the real modules."""
    placed = {}
    for name, attributes in modules.items():
        if name not in sys.modules:
            placed[name] = sys.modules[name] = types.ModuleType(name, "a placeholder (graph_build.text.negation)")
            vars(placed[name]).update(attributes)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info` when spaCy was imported by `_import_spacy`: the real one, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy() -> None:
    """Import spaCy and medspacy's ConText (it registers its spaCy factory) without the command-line parts and the
    QuickUMLS component that nothing here uses (decision 0964).

    spaCy's package imports `spacy.cli.info` for `spacy.info`, and with it every `spacy` command (typer, requests,
    jinja2: ~0.15 s); medspacy's package imports every component it has, and `medspacy.util` imports
    `quickumls.spacy_component`, which imports QuickUMLS and NLTK (~0.3 s), only to register the `medspacy_quickumls`
    factory. While they are imported, placeholders stand for `spacy.cli`, `spacy.cli.info` (its `info` imports the
    real one when called) and `quickumls`. A module already imported is not replaced, and a later import of any of
    them loads the real one. A spaCy or medspacy that needs more of them than the placeholders hold (an ImportError)
    is imported again without placeholders.
    """
    try:
        with _placeholders(_placeholder_modules()):
            import medspacy.context
            import spacy
    except ImportError:
        import medspacy.context  # noqa: F401
        import spacy  # noqa: F401


def _placeholder_modules() -> dict[str, dict[str, Any]]:
    """The modules `_import_spacy` leaves out, with what their placeholders hold."""
    return {
        "spacy.cli": {"__path__": []},
        "spacy.cli.info": {"info": _spacy_info},
        "quickumls": {"__path__": [], "spacy_component": types.ModuleType("quickumls.spacy_component")},
    }


@cache
def _pipeline() -> Any:
    os.environ.setdefault("LOGURU_LEVEL", "INFO")
    _import_spacy()
    import spacy
    from medspacy.context import ConText, ConTextRule  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    context = nlp.add_pipe("medspacy_context", config={"rules": None})
    rules = []
    for rule in ConTextRule.from_json(context.DEFAULT_RULES_FILEPATH):
        if rule.literal in ABSENCE_DEFAULTS:
            rule = ConTextRule(rule.literal, ABSENT, pattern=rule.pattern, direction="BIDIRECTIONAL", max_scope=15)
        elif rule.literal == "secondary" and rule.direction.upper() == "TERMINATE":
            rule = ConTextRule("secondary to", rule.category, pattern=SECONDARY_TO, direction="TERMINATE")
        rules.append(rule)
    rules += [
        ConTextRule(
            cue, "POSSIBLE_EXISTENCE", direction="FORWARD" if cue in FORWARD_HEDGES else "BIDIRECTIONAL", max_scope=12
        )
        for cue in sorted(HEDGES)
    ]
    rules += [
        ConTextRule(cue, "NEGATED_EXISTENCE", pattern=_pseudo_pattern(nlp, cue), direction="PSEUDO")
        for cue in (*PSEUDO, *NOBODY_OBLIGED)
    ]
    rules.append(ConTextRule("no,", "NEGATED_EXISTENCE", pattern=ANSWER, direction="PSEUDO"))
    rules += [
        ConTextRule(
            cue, "POSSIBLE_EXISTENCE", pattern=[{"LOWER": t.lower_} for t in nlp.make_doc(cue)], direction="PSEUDO"
        )
        for cue in (*NAMING, *RARE_RANKS)
    ]
    rules += [
        ConTextRule(cue, "NEGATED_EXISTENCE", pattern=[AUXILIARY, *pattern], direction="PSEUDO")
        for cue, pattern in EPISTEMIC.items()
    ]
    rules += [
        ConTextRule(cue, "NEGATED_EXISTENCE", direction="FORWARD", max_scope=None if cue in CLAUSE_NEGATIONS else 8)
        for cue in NEGATIONS
    ]
    rules += [
        ConTextRule(cue, "NEGATED_EXISTENCE", direction="FORWARD", max_scope=USE_DENIAL_SCOPE) for cue in USE_DENIALS
    ]
    rules += [ConTextRule(cue, "NEGATED_EXISTENCE", direction="FORWARD") for cue in IMPROBABLE]
    rules += [ConTextRule(cue, ABSENT, direction="BIDIRECTIONAL", max_scope=15) for cue in ABSENCE_CUES]
    rules += [ConTextRule(cue, ABSENT, direction="FORWARD") for cue in QUESTIONS]
    rules += [ConTextRule(cue, ABSENT, pattern=pattern, direction="FORWARD") for cue, pattern in ASKED_PERSON.items()]
    rules += [ConTextRule(cue, ABSENT, direction="FORWARD") for cue in BELIEFS]
    rules.append(ConTextRule("as many think", "BELIEF_ASIDE", pattern=BELIEF_ASIDE, direction="PSEUDO"))
    rules += [ConTextRule(cue, "HYPOTHETICAL", direction="FORWARD") for cue in AIMS]  # (to the sentence's end)
    rules += [ConTextRule(cue, "SCOPE_END", direction="TERMINATE") for cue in SCOPE_ENDS]
    rules += [
        ConTextRule(cue, "SCOPE_END", pattern=pattern, direction="TERMINATE")
        for cue, pattern in SCOPE_END_PATTERNS.items()
    ]
    context.add(rules)
    return nlp, context, _triggers(nlp, context.rules)


#: Verbs a pseudo-negation may follow; matched with it, so that it is longer than the default "is not" rule.
AUXILIARIES = ["is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "may", "might", "will", "would"]
AUXILIARY = {"LOWER": {"IN": AUXILIARIES}, "OP": "?"}


def _pseudo_pattern(nlp: Any, cue: str) -> list[dict]:
    """A token pattern for a pseudo-negation: an optional auxiliary, then the cue's tokens ("is not just")."""
    return [AUXILIARY, *({"LOWER": t.lower_} for t in nlp.make_doc(cue))]


@cache
def _rule_index() -> RuleIndex:
    nlp, context, _ = _pipeline()
    return _index_rules(nlp, context.rules)


@cache
def _used_rules() -> frozenset[int]:
    return frozenset(k for k, rule in enumerate(_pipeline()[1].rules) if rule.category.upper() in USED)


def _reads_any(selected: tuple[int, ...]) -> bool:
    """Whether a rule of a category `statuses` reads is among `selected` (else no verdict can change)."""
    return not _used_rules().isdisjoint(selected)


@lru_cache(maxsize=512)
def _context_for(selected: tuple[int, ...]) -> Any:
    """A ConText holding only the rules `selected` (positions in the full ConText's rules), with their ids.

    `statuses` no longer builds one (`_matches` finds the same matches without it, decision 0752); the tests keep it
    as the reference the matches are compared with.

    spaCy's token Matcher tries every pattern at every token, so matching the 117 rules was most of ConText's
    time; a rule that cannot match a sentence adds nothing to its matches. The rules keep their ids (the
    matcher's counter is set to each rule's position), so matches, their order and the pruning of overlapping
    ones are those of the full ConText. See docs/decisions/0410-context-rule-subsets.md.
    """
    from medspacy.context import ConText
    from spacy.matcher import Matcher

    nlp, context, _ = _pipeline()
    rules = context.rules
    subset = ConText(nlp, name=context.name, rules=None)
    matcher = subset._ConText__matcher  # medspacy names a rule "<CATEGORY>_<count of rules added before>"
    # the token patterns were validated when the full ConText was built; validating them again (pydantic) was most
    # of the time a subset took to build
    matcher._MedspacyMatcher__matcher = Matcher(nlp.vocab, validate=False)
    for k in selected:
        matcher._MedspacyMatcher__rule_count = k
        subset.add([rules[k]])
    return subset


@cache
def _phrase_ids() -> dict[int, int]:
    """The position of each phrase rule of the full ConText (no token pattern), by its match id in the vocabulary."""
    nlp, context, _ = _pipeline()
    strings = nlp.vocab.strings
    return {strings[rule._rule_id]: k for k, rule in enumerate(context.rules) if rule.pattern is None}


@cache
def _pattern_positions() -> frozenset[int]:
    """The positions of the full ConText's token-pattern rules."""
    return frozenset(k for k, rule in enumerate(_pipeline()[1].rules) if isinstance(rule.pattern, list))


@lru_cache(maxsize=512)
def _token_matcher(chosen: tuple[int, ...]) -> Any:
    """A spaCy Matcher of the token-pattern rules `chosen` (positions in the full ConText's rules, ascending), each
    under the id the full ConText gave it and in that order, as `_context_for` adds them."""
    from spacy.matcher import Matcher

    nlp, context, _ = _pipeline()
    rules = context.rules
    matcher = Matcher(nlp.vocab, validate=False)  # validated when the full ConText was built
    for k in chosen:
        matcher.add(rules[k]._rule_id, [rules[k].pattern], on_match=rules[k].on_match)
    return matcher


def _matches(selected: tuple[int, ...], doc: Any) -> list[tuple[int, int, int]]:
    """The matches `_context_for(selected)`'s MedspacyMatcher (medspacy 1.3) gives `doc`, without building a ConText.

    Its steps: the token Matcher's matches, then the PhraseMatcher's, then the (here empty) regex matcher's, pruned of
    overlaps. The phrase rules are matched once by the full ConText's PhraseMatcher and kept when selected: a phrase
    rule's matches do not depend on the other phrases (spaCy finds every match, overlapping ones too), and no two
    phrase rules share a phrase, so no two kept matches of one span change places. The token-pattern rules keep a
    Matcher per selection (spaCy's Matcher tries every pattern at every token: all 85 cost what the subset saved).
    Building a new ConText per selection (its PhraseMatcher, pydantic, a path resolved) was the first-time cost of
    ConText on new text (decision 0752).
    """
    from medspacy.common.util import prune_overlapping_matches

    patterns = _pattern_positions()
    chosen_patterns = tuple(k for k in selected if k in patterns)  # one Matcher serves every selection with these
    matches = _token_matcher(chosen_patterns)(doc) if chosen_patterns else []
    ids = _phrase_ids()
    chosen = _phrase_positions().intersection(selected)
    if chosen:
        phrases = _pipeline()[1]._ConText__matcher._MedspacyMatcher__phrase_matcher
        matches += [m for m in phrases(doc) if ids[m[0]] in chosen]
    return prune_overlapping_matches(matches)


@cache
def _phrase_positions() -> frozenset[int]:
    """The positions of the full ConText's phrase rules."""
    return frozenset(_phrase_ids().values())


@dataclass(frozen=True)
class Triggers:
    """What a sentence must contain for some rule to negate or hedge in it, as spaCy tokens (lower case).

    A phrase rule needs its phrase's tokens in a row; a token-pattern rule needs one of the values of its most
    selective non-optional token. A sentence with none of them cannot be modified, so ConText is skipped.
    """

    words: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first token -> the phrases starting with it
    firsts: frozenset[str] = field(init=False)  # the phrases' first tokens (a set: intersected with the sentence's)

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(self.phrases))

    def found_in(self, tokens: list[str], present: set[str] | None = None) -> bool:
        """Whether a trigger is in `tokens` (`present`: their set, when the caller has it)."""
        present = set(tokens) if present is None else present
        if not self.words.isdisjoint(present):
            return True
        # only the phrases whose first token is present are looked for, at that token's places
        firsts = present.intersection(self.firsts)
        if firsts:
            for i, token in enumerate(tokens):
                if token in firsts:
                    for phrase in self.phrases[token]:
                        if tuple(tokens[i : i + len(phrase)]) == phrase:
                            return True
        return False


@dataclass(frozen=True)
class RuleIndex:
    """Which ConText rules can match a sentence, of every category (a rule that matches may also end another's
    scope or win over an overlapping one, so no rule that can match may be left out).

    A phrase rule needs its tokens in a row; a token-pattern rule needs, for each of its required tokens, one of
    that token's values in the sentence; a rule this cannot analyse is always kept.
    """

    always: tuple[int, ...]
    by_word: dict[str, tuple[tuple[int, tuple[frozenset[str], ...]], ...]]  # token -> (rule, its other needs)
    phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first token -> (phrase, rule)
    # the keys of `by_word` and `phrases` as sets: a set intersected with a set iterates over the smaller one
    words: frozenset[str] = field(init=False)
    firsts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(self.by_word))
        object.__setattr__(self, "firsts", frozenset(self.phrases))

    def select(self, tokens: list[str], present: set[str] | None = None) -> tuple[int, ...]:
        """The positions of the rules that can match `tokens` (`present`: their set, when the caller has it)."""
        present = set(tokens) if present is None else present
        chosen = set(self.always)
        # the tokens that key a rule, found by one set intersection (most of a sentence's tokens key none)
        for token in present.intersection(self.words):
            for k, needs in self.by_word[token]:
                if all(not present.isdisjoint(values) for values in needs):
                    chosen.add(k)
        firsts = present.intersection(self.firsts)
        if firsts:  # only then are the tokens walked, for the places of the phrases' first tokens
            for i, token in enumerate(tokens):
                if token in firsts:
                    for phrase, k in self.phrases[token]:
                        if k not in chosen and tuple(tokens[i : i + len(phrase)]) == phrase:
                            chosen.add(k)
        return tuple(sorted(chosen))


def _required(pattern: list) -> list[frozenset[str]] | None:
    """The values each required token of a token pattern accepts (None: the pattern cannot be analysed)."""
    needs = []
    for token in pattern:
        if not set(token) <= {"LOWER", "OP"}:
            return None
        if token.get("OP") not in (None, "+", "1"):
            continue  # optional, repeated or negated tokens need nothing
        value = token.get("LOWER")
        if isinstance(value, str):
            needs.append(frozenset([value]))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            needs.append(frozenset(str(v) for v in value["IN"]))
        else:
            return None
    return needs or None


def _index_rules(nlp: Any, rules: list) -> RuleIndex:
    always: list[int] = []
    by_word: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for k, rule in enumerate(rules):
        if rule.pattern is None:
            # as medspacy's PhraseMatcher (attr LOWER) sees the rule: the lower-cased literal, tokenised
            tokens = tuple(t.lower_ for t in nlp.tokenizer(rule.literal.lower()))
            if len(tokens) == 1:
                by_word.setdefault(tokens[0], []).append((k, ()))
            elif tokens:
                phrases.setdefault(tokens[0], []).append((tokens, k))
            else:
                always.append(k)
            continue
        needs = _required(rule.pattern) if isinstance(rule.pattern, list) else None
        if needs is None:
            always.append(k)
            continue
        # looked up by its most selective token, then every other required token is checked
        key = min(needs, key=lambda values: (sum(v in COMMON_WORDS for v in values), len(values), sorted(values)))
        others = tuple(values for values in needs if values is not key)
        for value in sorted(key):
            by_word.setdefault(value, []).append((k, others))
    return RuleIndex(
        tuple(always), {w: tuple(ks) for w, ks in by_word.items()}, {w: tuple(ps) for w, ps in phrases.items()}
    )


def _triggers(nlp: Any, rules: list) -> Triggers | None:
    """The triggers of the rules whose categories `statuses` reads (None when a rule cannot be analysed)."""
    words: set[str] = set()
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for rule in rules:
        if rule.category.upper() not in USED:
            continue  # family and history cues never negate or hedge
        if rule.pattern is None:
            tokens = tuple(t.lower_ for t in nlp.make_doc(rule.literal))
            if len(tokens) == 1:
                words.add(tokens[0])
            elif tokens:
                phrases.setdefault(tokens[0], set()).add(tokens)
            continue
        options = []
        for token in rule.pattern if isinstance(rule.pattern, list) else []:
            if not set(token) <= {"LOWER", "OP"}:
                return None
            if token.get("OP") in ("?", "*"):
                continue
            value = token.get("LOWER")
            if isinstance(value, str):
                options.append([value])
            elif isinstance(value, dict) and set(value) == {"IN"}:
                options.append([str(v) for v in value["IN"]])
            else:
                return None
        if not options:
            return None
        words.update(min(options, key=lambda values: (sum(v in COMMON_WORDS for v in values), len(values))))
    return Triggers(frozenset(words), {k: tuple(sorted(v)) for k, v in sorted(phrases.items())})


#: A run of ASCII letters: on an ASCII text in lower case, where a trigger made of letters may be a token.
LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class TextTriggers:
    """What an ASCII sentence in lower case must contain for one of its spaCy tokens to be a trigger (`Triggers`:
    one of its words, or a token each of its phrases needs), told from the text without tokenising it.

    Every token's text is a piece of the sentence. spaCy splits a chunk between two letters only by a special case
    ("cannot" -> "can", "not"; "couldve" -> "could", "ve"): its prefixes, suffixes and infixes are punctuation, or
    units after a digit. So a trigger of letters that is a token, not split off by a special case, is a whole run of
    letters of the text (`letters`); any other trigger (with another character, or a special case's piece) is looked
    for as a substring (`pieces`). A sentence with neither holds no trigger.
    """

    letters: frozenset[str]
    pieces: tuple[str, ...]

    def found_in(self, low: str) -> bool:
        """Whether a trigger may be a token of the ASCII sentence whose lower case is `low`."""
        for piece in self.pieces:
            if piece in low:
                return True
        return not self.letters.isdisjoint(LETTERS.findall(low))


@cache
def _text_triggers() -> TextTriggers | None:
    """`TextTriggers` of the rules' triggers (None when ConText is run on every sentence)."""
    nlp, _, triggers = _pipeline()
    if triggers is None:
        return None
    from spacy.symbols import ORTH

    # a phrase needs each of its tokens: it is looked for by one, a trigger word if it has one ("no" of "no evidence
    # of"), else its longest uncommon one ("assess" of "to assess")
    def needed(phrase: tuple[str, ...]) -> str:
        return min(phrase, key=lambda t: (t not in triggers.words, t in COMMON_WORDS, -len(t), t))

    words = triggers.words | {needed(p) for phrases in triggers.phrases.values() for p in phrases}
    letters = {w for w in words if w.isascii() and w.isalpha() and w == w.lower()}
    pieces = words - letters
    for key, parts in nlp.tokenizer.rules.items():
        low, at = key.lower(), 0
        if not key.isascii() or "".join(p[ORTH] for p in parts) != key:
            continue  # (an ASCII sentence holds no such case; a case that is no split of its key is not read here)
        for part in parts:
            a, b = at, at + len(part[ORTH])
            at = b
            if low[a:b] in letters:
                # the special case's run of letters holding the trigger ("couldn" of "couldn't", "cannot")
                letters.update(m.group() for m in LETTERS.finditer(low) if m.start() < b and a < m.end())
    return TextTriggers(frozenset(letters), tuple(sorted(pieces, key=lambda p: (-len(p), p))))


#: Space-delimited chunks of text -> (first token, last token, lower-case tokens), as spaCy's tokenizer splits them.
_CHUNKS: dict[str, tuple[str, str, tuple[str, ...]]] = {}
#: `_CHUNKS` is emptied when it reaches this size (a chunk is a word with its punctuation: few distinct ones).
CHUNK_LIMIT = 100_000


@cache
def _straddles() -> frozenset[str]:
    """Every substring of the tokenizer's special cases that spaCy applies to the whole Doc (those holding a prefix,
    infix, suffix or space: its `faster_heuristics` rule), without spaces.

    Such a case matches a run of tokens, which could cross a space; two neighbouring tokens of different chunks
    whose texts, joined, are none of these strings cannot both belong to one such match.
    """
    tokenizer = _pipeline()[0].tokenizer
    found = set()
    for key in tokenizer.rules:
        if not (
            not tokenizer.faster_heuristics
            or tokenizer.find_prefix(key)
            or tokenizer.find_infix(key)
            or tokenizer.find_suffix(key)
            or " " in key
        ):
            continue
        for text in (key, "".join(key.split())):
            found.update(text[a:b] for a in range(len(text)) for b in range(a + 2, len(text) + 1))
    return frozenset(found)


def _tokens(nlp: Any, sentence: str) -> tuple[list[str], Any]:
    """spaCy's lower-case tokens of `sentence`, and its Doc when one had to be built (else None).

    spaCy's tokenizer splits text at whitespace and tokenises each chunk on its own (caching each chunk's tokens);
    only its special cases with punctuation look at the Doc's tokens across chunks. So when the sentence's chunks
    are separated by single spaces and no special case can straddle two chunks (`_straddles`), its tokens are the
    chunks' tokens in a row: those are remembered per chunk (as spaCy's tokenizer does) from the Docs built, and a
    sentence whose chunks are all known needs no Doc.

    >>> nlp = _pipeline()[0]
    >>> text = "It isn't (always) used."
    >>> _tokens(nlp, text)[0] == [t.lower_ for t in nlp.make_doc(text)] == _tokens(nlp, text)[0]
    True
    >>> _tokens(nlp, text)[1] is None, _tokens(nlp, "two  spaces")[1] is None
    (True, False)
    """
    chunks = sentence.split(" ") if sentence.isprintable() else None  # else whitespace that spaCy makes a token
    if chunks is not None and "" not in chunks:  # no leading, trailing or repeated space either
        straddles = _straddles()
        lower: list[str] = []
        last = None
        for chunk in chunks:
            entry = _CHUNKS.get(chunk)
            if entry is None or (last is not None and last + entry[0] in straddles):
                break
            last = entry[1]
            lower += entry[2]
        else:
            return lower, None
    else:
        chunks = None
    doc = nlp.make_doc(sentence)
    lower = [t.lower_ for t in doc]
    if chunks is not None:
        _learn(doc, chunks, lower)
    return lower, doc


def _learn(doc: Any, chunks: list[str], lower: list[str]) -> None:
    """Remember the tokens of each chunk of a sentence whose chunks are separated by single spaces, unless a special
    case could straddle two of them (then a chunk's tokens in this sentence need not be its tokens alone)."""
    entries, begin = [], 0
    for i, token in enumerate(doc):
        if token.whitespace_ or i == len(lower) - 1:
            entries.append((doc[begin].text, token.text, tuple(lower[begin : i + 1])))
            begin = i + 1
    if len(entries) != len(chunks):
        return
    straddles = _straddles()
    if any(a[1] + b[0] in straddles for a, b in itertools.pairwise(entries)):
        return
    if len(_CHUNKS) + len(chunks) > CHUNK_LIMIT:
        _CHUNKS.clear()
    for chunk, entry in zip(chunks, entries, strict=True):
        _CHUNKS.setdefault(chunk, entry)


#: Words that open a subordinate clause at the start of a sentence; its first comma closes it.
SUBORDINATORS = frozenset({"while", "although", "though", "whereas", "because", "since", "if", "when", "unlike"})


#: (decision 0938) an opening clause of reason or concession states its fact: a hedge of the main clause after it does
#: not reach back into it ("Because it makes people drowsy, no member may fly": drowsiness asserted). "if" and "when"
#: suppose, and stay in the hedge's reach.
STATED_SUBORDINATORS = frozenset({"because", "since", "although", "though", "whereas"})


def _subordinate_end(tokens: list[str]) -> int | None:
    """The token index of the comma closing a sentence-opening subordinate clause, if the sentence has one
    (`tokens`: the sentence's spaCy tokens in lower case, as `_tokens` gives them).

    >>> _subordinate_end(["while", "it", "is", "not", "x", ",", "it", "helps"])
    5
    """
    if len(tokens) < 3 or tokens[0] not in SUBORDINATORS:
        return None
    return next((i for i, token in enumerate(tokens) if token == ","), None)


#: A relative clause about people opens with one of these; when a negation follows within RELATIVE_REACH tokens
#: ("people who have not had Y", "patients who did not ..."), the negation governs that clause only.
RELATIVE = frozenset({"who", "whom"})
RELATIVE_NEGATIONS = frozenset({"not", "n't", "never", "no"})
RELATIVE_REACH = 3
#: (decision 0707) "people without Y" describes the people the same way ("even in patients without a history of
#: seizures, X can cause Y"): "without" right after a word for people governs that phrase only.
PEOPLE = frozenset((*people_words.COMMON_PEOPLE, "someone", "individuals", "persons"))
PEOPLE_NEGATIONS = frozenset({"without"})
#: Tokens that close such a clause (besides the sentence's end).
RELATIVE_ENDS = frozenset({",", ";", ":", "but", "whereas", "although", "though", "while", "however"})


def _asked_clauses(tokens: list[str]) -> list[tuple[int, int]]:
    """The token spans of reported questions ("asked whether", "wondered if") up to a comma that opens a new clause
    with ", and / but / so": every cue inside one (the question's own, its "would", its "if") stays there, and the
    answer after it is read on its own words (decision 0887).

    >>> _asked_clauses(["she", "asked", "whether", "it", "would", "help", ",", "and", "he", "said", "no"])
    [(1, 6)]
    """
    spans = []
    for i in range(len(tokens) - 1):
        if tokens[i] in ASKING and tokens[i + 1] in ("whether", "if"):
            end = next(
                (j for j in range(i + 2, len(tokens) - 1) if tokens[j] == "," and tokens[j + 1] in ANSWER_TURNS), None
            )
            if end is not None:
                spans.append((i, end))
    return spans


def _negated_relatives(tokens: list[str]) -> list[tuple[int, int]]:
    """Token spans [start, end) of relative clauses about people that hold their own negation ("who have not had Y",
    "patients without Y");
    `tokens`: the sentence's spaCy tokens in lower case (read from this list, not from the Doc's tokens: spaCy
    builds a Python object for each token read).

    >>> doc = _pipeline()[0].make_doc("It can return in people who have not had it for years, too.")
    >>> _negated_relatives([t.lower_ for t in doc])
    [(5, 12)]
    """
    found = []
    for i, token in enumerate(tokens):
        if token in PEOPLE:
            if i + 1 == len(tokens) or tokens[i + 1] not in PEOPLE_NEGATIONS:
                continue
        elif token not in RELATIVE or RELATIVE_NEGATIONS.isdisjoint(tokens[i + 1 : i + 1 + RELATIVE_REACH]):
            continue
        end = next((j for j in range(i + 1, len(tokens)) if tokens[j] in RELATIVE_ENDS), len(tokens))
        found.append((i, end))
    return found


#: (decision 0871) A subject relative clause after a noun that holds its own negation: "a cough that does not go
#: away, repeated chest infections and ...", "a rash which has not faded, fever and ...". Its "that" / "which" is
#: followed at once by an auxiliary (a complement "that" is followed by its subject: "found that it does not ..."); the
#: negation governs the clause up to its closing comma, never the list items after it.
NOUN_RELATIVE = frozenset({"that", "which"})
NOUN_RELATIVE_AUX = frozenset(
    {"does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "never"}
)

#: (decision 1016) ... and an object relative clause right after a named sign or illness, with a subject of its own:
#: "a fever that the antibiotics didn't touch, a dry cough and ...", "a rash which she could not shift, fever". The
#: "that" must follow a mention (after a verb it is a complement: "found that it does not cause A, B or C" denies all);
#: its subject is a determiner's noun phrase or a pronoun, and the negation comes within OBJECT_RELATIVE_REACH tokens.
OBJECT_RELATIVE_SUBJECTS = frozenset(
    {"the", "his", "her", "their", "my", "your", "our", "its", "this", "these", "those", "he", "she", "it", "they",
     "you", "i", "we"}
)  # fmt: skip
OBJECT_RELATIVE_REACH = 5
#: (decision 1087) ... and the clause of what is felt after a noun of feeling, with a subject of its own: "a feeling
#: that the bladder never quite empties, and getting up at night to pass water" - its negation is the feeling's, up to
#: its closing comma, never the list items after it (a sign said after "a feeling that" is felt, not denied).
FEELING_NOUNS = frozenset({"feeling", "sense", "sensation"})


def _negated_noun_relatives(tokens: list[str], after_mentions: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Token spans [start, end) of subject relative clauses after a noun that hold their own negation and close with a
    comma (or another clause end) before the sentence goes on; of object relative clauses too when their "that" is at
    an index of `after_mentions` (the token right after a mention; decision 1016); `tokens`: lower case.

    >>> _negated_noun_relatives("it causes a rash that does not fade , fever and pain .".split())
    [(4, 8)]
    >>> _negated_noun_relatives("we found that it does not fade , fever and pain .".split())
    []
    >>> _negated_noun_relatives("a fever that the pills did n't touch , a cough .".split(), frozenset({2}))
    [(2, 8)]
    >>> _negated_noun_relatives("we found that it does not fade , fever and pain .".split(), frozenset({5}))
    []
    >>> _negated_noun_relatives("a weak stream , a feeling that the bladder never empties , and nocturia".split())
    [(6, 11)]
    """
    found = []
    for i, token in enumerate(tokens):
        if token not in NOUN_RELATIVE or i == 0 or i + 1 == len(tokens):
            continue
        if tokens[i + 1] in NOUN_RELATIVE_AUX:
            reach = tokens[i + 1 : i + 1 + RELATIVE_REACH]  # "a cough that does not go away,"
        elif (i in after_mentions or tokens[i - 1] in FEELING_NOUNS) and tokens[i + 1] in OBJECT_RELATIVE_SUBJECTS:
            reach = tokens[i + 2 : i + 2 + OBJECT_RELATIVE_REACH]  # "a fever that the pills didn't touch,"
        else:
            continue
        if RELATIVE_NEGATIONS.isdisjoint(reach):
            continue
        end = next((j for j in range(i + 1, len(tokens)) if tokens[j] in RELATIVE_ENDS), None)
        if end is not None:
            found.append((i, end))
    return found


#: (decision 0869) A relative clause after a noun that says what brings the noun's thing about: "the Y that Z can
#: sometimes cause", "the Y which Z may bring on". A hedge inside it says how often Z brings Y, not how sure the
#: sentence's own claim about Y is ("is not a treatment for the Y that Z can sometimes cause": a plain denial).
CAUSE_RELATIVE = frozenset({"that", "which"})
CAUSE_VERBS = frozenset(
    {"cause", "causes", "caused", "bring", "brings", "brought", "trigger", "triggers", "produce", "produces", "lead"}
)
CAUSE_REACH = 7


def _cause_relatives(tokens: list[str]) -> list[tuple[int, int]]:
    """Token spans [start, end) of relative clauses ending in a verb of causing within CAUSE_REACH tokens of their
    "that" / "which" (the noun they follow is what that verb brings about); `tokens`: lower case.

    >>> _cause_relatives("it is not for the pain that gout can sometimes cause ; rest".split())
    [(6, 11)]
    """
    found = []
    for i, token in enumerate(tokens):
        if token not in CAUSE_RELATIVE or i == 0:
            continue
        ends = (j for j in range(i + 1, len(tokens)) if tokens[j] in RELATIVE_ENDS or tokens[j] == ".")
        end = next(ends, len(tokens))
        if any(t in CAUSE_VERBS for t in tokens[i + 2 : min(end, i + 1 + CAUSE_REACH)]):
            found.append((i, end))
    return found


#: (decision 0707) A contrast in commas ("X, not Y, treats Z"; "X is an A, not a B, and treats Z"): its "not" governs
#: only the (at most CONTRAST_REACH) words up to the closing comma; the sentence's other claims are X's, asserted.
#: Without the closing comma ("X is an A, not a B.") the "not" keeps its scope.
CONTRAST_REACH = 5
CONTRAST_STOPS = frozenset({".", ";", ":", "(", ")", "and", "or", "but", "because", "as"})


def _brackets(tokens: list[str]) -> list[tuple[int, int]]:
    """The token spans of the bracketed asides of a sentence, "(" to its ")" (`tokens`: lower case; decision 0808).

    >>> _brackets(["x", "(", "you", "may", "know", "it", "as", "y", ")", "is", "a", "z", "."])
    [(1, 8)]
    >>> _brackets(["x", "(", "unclosed", "is", "z"])
    []
    """
    found, opened = [], None
    for i, token in enumerate(tokens):
        if token == "(":
            opened = i
        elif token == ")" and opened is not None:
            found.append((opened, i))
            opened = None
    return found


#: (decision 1009) The words that open a non-restrictive relative clause after a comma: ", which it isn't meant to
#: be,", ", who does not smoke,". A negation inside such a clause, closed by a comma or a dash, denies the clause's own
#: statement, never the main clause it interrupts ("If it's ever used daily, which it isn't meant to be, stopping
#: suddenly can cause Y" asserts Y).
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})
RELATIVE_CLOSES = frozenset({",", "-", "–", "—"})


def _comma_relatives(tokens: list[str]) -> list[tuple[int, int]]:
    """The token spans of the non-restrictive relative clauses a comma or dash closes, the opening comma to the closing
    mark (`tokens`: lower case; decision 1009).

    >>> _comma_relatives(["if", "used", "daily", ",", "which", "it", "is", "n't", "meant", "to", "be", ",", "y"])
    [(3, 11)]
    >>> _comma_relatives(["it", "causes", "y", ",", "which", "is", "not", "z", "."])
    []
    """
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token != "," or tokens[i + 1] not in RELATIVE_WORDS:
            continue
        close = next((j for j in range(i + 2, len(tokens)) if tokens[j] in CLAUSE_BREAKS), None)
        if close is not None and tokens[close] in RELATIVE_CLOSES:
            found.append((i, close))
    return found


def _contrasts(tokens: list[str]) -> dict[int, int]:
    """The "not" of each contrast in commas -> the index of its closing comma (`tokens`: lower case).

    >>> _contrasts(["x", ",", "not", "a", "b", ",", "treats", "z"])
    {2: 5}
    >>> _contrasts(["x", "is", "an", "a", ",", "not", "a", "b", "."])
    {}
    """
    found = {}
    for i in range(1, len(tokens) - 2):
        if tokens[i] != "not" or tokens[i - 1] != ",":
            continue
        for j in range(i + 2, min(len(tokens), i + 2 + CONTRAST_REACH)):
            if tokens[j] == ",":
                found[i] = j
                break
            if tokens[j] in CONTRAST_STOPS:
                break
    return found


def _scope(rule: Any, start: int, end: int, length: int) -> tuple[int, int]:
    """The scope `ConTextModifier.__set_scope` (medspacy 1.3) gives a match of `rule` at tokens [start, end) of a Doc
    that is one sentence of `length` tokens: to the sentence's end (forward), from its start (backward) or both
    (every other direction), cut to the rule's max_scope tokens on each side it reaches.

    >>> from medspacy.context import ConTextRule
    >>> _scope(ConTextRule("no", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=3), 2, 3, 10)
    (3, 6)
    >>> _scope(ConTextRule("may", "POSSIBLE_EXISTENCE", direction="BIDIRECTIONAL"), 2, 3, 10)
    (0, 10)
    """
    limit, direction = rule.max_scope, rule.direction.lower()
    if direction == "forward":
        low, high = end, length
        if limit is not None and high - low > limit:
            high = end + limit
    elif direction == "backward":
        low, high = 0, start
        if limit is not None and high - low > limit:
            low = start - limit
    else:
        low, high = 0, length
        if limit is not None and start - low > limit:
            low = start - limit
        if limit is not None and high - end > limit:
            high = end + limit
    return low, high


def _modifiers(context: Any, doc: Any, targets: list, matches: list | None = None) -> dict[int, tuple]:
    """What `ConText.__call__` (medspacy 1.3) finds for `targets` (spans of `doc`, in order), as the modifiers of
    each target (keyed by `id` of the span), without writing them to spaCy extensions.

    The same steps as medspacy's call: the rules' matches as modifiers, their scopes limited by one another, the
    edges from each modifier to the targets it modifies; each target's modifiers in the order the edges list them
    (the order in which ConText appends them to `Span._.modifiers`). Left out: `doc.ents` (the targets are given),
    and the writes of `Span._.modifiers`, the `is_negated`-style attributes and `Doc._.context_graph` that nothing
    here reads (spaCy's extension setters were a fifth of ConText's time).
    """
    from medspacy.context import ConTextGraph, ConTextModifier

    matcher = context._ConText__matcher
    if matches is not None:
        pass  # found by `_matches` for the rules selected
    elif len(matcher._MedspacyMatcher__matcher):  # the subset's token Matcher (see _context_for)
        matches = matcher(doc)
    else:
        with warnings.catch_warnings():
            # a subset without token-pattern rules leaves spaCy's Matcher empty, which it warns about (W036); only
            # then is the filter set (saving and restoring the warning filters cost ~8 µs a call)
            warnings.filterwarnings("ignore", message=r"\[W036\]")
            matches = matcher(doc)
    graph = ConTextGraph(prune_on_modifier_overlap=context.prune_on_target_overlap)
    graph.targets = targets
    vocab, rule_map, length = context.nlp.vocab, matcher.rule_map, len(doc)
    modifiers = []
    for match_id, start, end in matches:
        rule = rule_map[vocab[match_id].text]
        # in a Doc of one sentence (bounds marked by `statuses`), without a ConText-wide max_scope, the scope medspacy
        # would compute from `Span.sent` (a walk over the tokens) is known from the rule and the Doc's length
        bounds = _scope(rule, start, end, length) if length > 1 and not context.max_scope else (None, None)
        if rule.direction.upper() == "TERMINATE" and bounds[0] is not None:
            # a termination's scope is its own words: medspacy limits a scope only by a modifier whose scope overlaps
            # it at an edge, so a whole-sentence termination never ended a cue whose max_scope kept it inside on
            # both sides ("does not cause Y, but Z may get worse again over the following months, so ...": the
            # "may" hedged Y across "but"; decision 0860). A termination inside a cue's scope now ends it.
            bounds = (start, end)
        modifiers.append(ConTextModifier(rule, start, end, doc, *bounds, max_scope=context.max_scope))
    graph.modifiers = modifiers
    graph.update_scopes()
    graph.apply_modifiers()
    found: dict[int, tuple] = {}
    for target, modifier in graph.edges:
        found[id(target)] = (*found.get(id(target), ()), modifier)
    return found


#: Before a "not" that negates a gerund of its own ("Heat and not drinking enough cause Y", "Not taking it can make Y
#: worse"): the start of the sentence or a word that opens a noun phrase, never an auxiliary ("is not working").
GERUND_OPENERS = frozenset({",", "and", "or", "but", "from", "by", "of", "like", "as", "(", ";", ":", "-"})


#: (decision 0938) "rather than" denies the phrase it contrasts, never a later clause: past a comma, a semicolon, a
#: colon or a dash its scope has ended ("Y is made by the liver rather than eaten, and X works in the liver").
BOUNDED_CONTRASTS = frozenset({"rather than"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "("})


#: (decision 0954) Verbs by which one thing does something to somebody, that show the word after a colon to be a new
#: clause's subject ("two others did not suit him: risperidone left him stiff"). A list after a colon names no verb
#: ("do not take it with: alcohol, ..."); an auxiliary or a modal after the word is left alone (": caffeine can raise
#: its level" explains an instruction, which avoid_advice reads from the instruction's denial).
COLON_CLAUSE_VERBS = frozenset(
    {"causes", "caused", "makes", "made", "gives", "gave", "leaves", "left", "puts", "put", "brings", "brought"}
)


def _colon_clauses(tokens: list[str]) -> list[tuple[int, int]]:
    """The colons of a sentence that open a clause of a named subject: ":", a word (not a pronoun, which
    SCOPE_END_PATTERNS reads, nor a negation or a break) and a finite verb (`tokens`: lower case); each as the index
    of the colon and of the verb. The subject itself keeps the reading it had ("do not give A with it: A raises its
    level" is read by avoid_advice from the instruction's denial).

    >>> _colon_clauses(["x", "did", "not", "suit", "him", ":", "risperidone", "left", "him", "stiff"])
    [(5, 7)]
    >>> _colon_clauses(["do", "not", "take", "it", "with", ":", "alcohol", ",", "codeine"])
    []
    """
    found = []
    for i, token in enumerate(tokens[:-2]):
        if token != ":":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in ("*", "**", "_", "__"):
            j += 1
        if j + 1 >= len(tokens) or tokens[j] in NOT_CLAUSE_WORDS or tokens[j] in CLAUSE_OPENERS:
            continue
        if tokens[j + 1] in COLON_CLAUSE_VERBS:
            found.append((i, j + 1))
    return found


def _gerund_negation(tokens: list[str], span: tuple[int, int]) -> bool:
    """Whether the negation cue at token `span` is a bare "not" before a gerund in a noun phrase's place: it negates
    the gerund ("not drinking enough"), not the clause's verb (decision 0834).

    >>> _gerund_negation(["heat", "and", "not", "drinking", "enough", "cause", "y"], (2, 3))
    True
    >>> _gerund_negation(["it", "is", "not", "working"], (2, 3)), _gerund_negation(["not", "now"], (0, 1))
    (False, False)
    """
    start, end = span
    if end - start != 1 or tokens[start] != "not" or end >= len(tokens) or not tokens[end].endswith("ing"):
        return False
    return start == 0 or tokens[start - 1] in GERUND_OPENERS


BELIEF_SET = frozenset(BELIEFS)
#: (decision 0979) A hedge after a mention whose clause has a subject of its own, a person ("the attacks he sometimes
#: gets", "the creams you may have seen", "the pills your grandparents may take") or a free relative ("whatever you
#: may hear"): the hedge says how often or how surely that person does something, not how sure the claim before it is.
PERSON_SUBJECTS = frozenset({"you", "he", "she", "we", "i"})
POSSESSIVES = frozenset({"your", "my", "his", "her", "our", "their"})
FREE_RELATIVES = frozenset({"whatever", "whoever", "wherever", "whichever"})
SUBJECT_REACH = 4


def _other_subject(tokens: list[str], after: int, cue: int) -> bool:
    """Whether the hedge cue at token `cue` follows, after the mention that ends at `after`, a subject of its own: a
    personal pronoun right before it (an adverb or auxiliary between allowed: "he sometimes", "you may"), a
    possessive and a noun ("your grandparents may"), or a free relative within SUBJECT_REACH tokens ("whatever a
    casualty may"); `tokens`: lower case.

    >>> _other_subject("no use for the attacks he sometimes gets".split(), 5, 6)
    True
    >>> _other_subject("it may cause y".split(), 0, 1)
    False
    >>> _other_subject("y is common and may last".split(), 1, 4)
    False
    """
    if cue <= after:
        return False
    before = tokens[cue - 1]
    if before in PERSON_SUBJECTS:
        return True
    if cue - 2 >= after and tokens[cue - 2] in POSSESSIVES:
        return True
    return any(token in FREE_RELATIVES for token in tokens[max(after, cue - SUBJECT_REACH) : cue])


def statuses(sentence: str, spans: list[tuple[int, int]]) -> list[Status]:
    """ConText's verdict for each span (character offsets in `sentence`).

    >>> s = "It is not appropriate for acute pain. "
    >>> statuses(s, [(26, 36)])
    [Status(negated=True, certainty='Asserted', absent=False)]
    >>> statuses("Klonopin is sometimes used for tremors.", [(31, 38)])
    [Status(negated=False, certainty='Occasional', absent=False)]
    >>> statuses("There is no evidence that it lowers blood pressure.", [(36, 50)])
    [Status(negated=False, certainty='Asserted', absent=True)]
    >>> statuses("Some people see things that aren't there.", [(17, 40)])
    [Status(negated=False, certainty='Asserted', absent=False)]
    """
    nlp, _, triggers = _pipeline()
    if triggers is not None and sentence.isascii():
        # told from the text: no trigger can be a token, so no spaCy tokens are needed (a new sentence's cost)
        text_triggers = _text_triggers()
        if text_triggers is not None and not text_triggers.found_in(sentence.lower()):
            return [ASSERTED] * len(spans)
    tokens, doc = _tokens(nlp, sentence)
    present = set(tokens)
    if triggers is not None and not triggers.found_in(tokens, present):
        return [ASSERTED] * len(spans)  # no ConText rule that negates or hedges can match this sentence
    selected = _rule_index().select(tokens, present)
    if not _reads_any(selected):
        return [ASSERTED] * len(spans)  # the rules that can match neither negate nor hedge
    if doc is None:
        doc = nlp.make_doc(sentence)
    if len(doc) > 1:
        # one sentence: ConText reads its bounds by walking to a token marked as a sentence start or to the Doc's
        # end; spaCy counts bounds as set once a token after the first is marked. Marking the first and the last
        # is enough (marking every token cost a scan of the Doc per token)
        doc[0].is_sent_start = True
        doc[-1].is_sent_start = False
    ents, index = [], {}
    for k, (start, end) in enumerate(spans):
        span = doc.char_span(start, end, label="ENTITY", alignment_mode="expand")
        if span is None or any(span.start < e.end and e.start < span.end for e in ents):
            continue
        ents.append(span)
        index[k] = span
    ents.sort(key=lambda e: e.start)  # the order of `doc.ents`, which ConText would read its targets from
    modifiers = _modifiers(_pipeline()[1], doc, ents, _matches(selected, doc))
    closed = _subordinate_end(tokens)
    relatives = _negated_relatives(tokens)
    noun_relatives = _negated_noun_relatives(tokens, frozenset(e.end for e in ents)) if present & NOUN_RELATIVE else []
    causing = _cause_relatives(tokens) if present & CAUSE_VERBS else []
    contrasts = _contrasts(tokens) if "not" in present else {}
    asides = _brackets(tokens) if "(" in present else []
    relative_asides = _comma_relatives(tokens) if "," in present and present & RELATIVE_WORDS else []
    asked = _asked_clauses(tokens) if "," in present and present & ASKING else []
    colons = _colon_clauses(tokens) if ":" in present else []
    # the month "May" is no hedge: "Since May he has taken X for Y" (decision 0909)
    months = month_mays([t.text for t in doc]) if "may" in present and "May" in sentence else frozenset()
    # the cues that lie inside some mention (the target's own among them), found once per sentence
    named = {
        id(m)
        for found in modifiers.values()
        for m in found
        if any(e.start <= m.modifier_span[0] and m.modifier_span[1] <= e.end for e in ents)
    }
    result = []
    for k in range(len(spans)):
        ent = index.get(k)
        if ent is None:
            result.append(ASSERTED)
            continue
        certainty, absent, negated, believed = "Asserted", False, False, False
        for modifier in modifiers.get(id(ent), ()):
            if id(modifier) in named:
                continue  # a cue inside a mention is its name's ("sees things that aren't there", 0732; "Lack of
                # sleep makes Y more likely": no negation of another mention either, 0834)
            if _gerund_negation(tokens, modifier.modifier_span) and ent.start > modifier.modifier_span[1] + 1:
                continue  # "A and not drinking enough cause Y": the "not" is the gerund's own (decision 0834)
            if closed is not None and modifier.modifier_span[1] <= closed < ent.start:
                continue  # a cue inside an opening subordinate clause stays there ("While it is not X, it ...")
            if (
                closed is not None
                and ent.end <= closed < modifier.modifier_span[0]
                and modifier.category == "POSSIBLE_EXISTENCE"
                and tokens[0] in STATED_SUBORDINATORS
            ):
                continue  # "Because it makes people drowsy, no member may fly": the main clause's hedge (0938)
            clause = next((r for r in relatives if r[0] <= modifier.modifier_span[0] < r[1]), None)
            if clause is not None and modifier.category == "NEGATED_EXISTENCE":
                # a negation inside "people who have not had Y" governs that clause only: a mention outside it is
                # not negated, and one inside it describes the people (no claim either way is made about it)
                if clause[0] < ent.start and ent.end <= clause[1]:
                    absent = True
                continue
            clause = next((r for r in noun_relatives if r[0] < modifier.modifier_span[0] < r[1]), None)
            if (
                clause is not None
                and modifier.category == "NEGATED_EXISTENCE"
                and not clause[0] < ent.start < clause[1]
            ):
                continue  # "a cough that does not go away, chest infections and ...": the clause's own (0871)
            aside = next((b for b in asides if b[0] < modifier.modifier_span[0] < b[1]), None)
            if aside is not None and not (aside[0] < ent.start and ent.end <= aside[1]):
                # a cue inside a bracketed aside stays there: "X (you may know it as Y) is a Z", "X (not to be
                # confused with W) treats Z" (decision 0808)
                continue
            if modifier.category == "NEGATED_EXISTENCE" and any(
                a < modifier.modifier_span[0] < b and not (a < ent.start and ent.end <= b) for a, b in relative_asides
            ):
                continue  # "If used daily, which it isn't meant to be, stopping can cause Y": the clause's (1009)
            if modifier.category in ("POSSIBLE_EXISTENCE", "HYPOTHETICAL") and any(
                a < modifier.modifier_span[0] < b and ent.end <= a for a, b in causing
            ):
                continue  # "not for the Y that Z can sometimes cause": the hedge is Z's, not the claim's (0869)
            if months and modifier.modifier_span[0] in months and modifier.category != "NEGATED_EXISTENCE":
                continue  # "In May she started X": the month, not a hedge (decision 0909)
            if any(a <= modifier.modifier_span[0] < b < ent.start for a, b in asked):
                continue  # "She asked whether ..., and her doctor said X does not cause Y": the answer's (0887)
            if (
                modifier.rule.literal.lower() in BOUNDED_CONTRASTS
                and not present.isdisjoint(CLAUSE_BREAKS)
                and not CLAUSE_BREAKS.isdisjoint(tokens[modifier.modifier_span[1] : ent.start])
            ):
                continue  # "made by the liver rather than eaten, and X works in the liver": the phrase only (0938)
            if modifier.category == "NEGATED_EXISTENCE" and any(
                modifier.modifier_span[1] <= c and verb < ent.start for c, verb in colons
            ):
                continue  # "two others did not suit him: risperidone left him stiff": a new clause (decision 0954)
            close = contrasts.get(modifier.modifier_span[0])
            if close is not None and modifier.category == "NEGATED_EXISTENCE" and ent.start >= close:
                continue  # "X, not Y, treats Z": the "not" governs Y only
            literal = modifier.rule.literal.lower()
            if modifier.category == ABSENT and literal in BELIEF_SET:
                if modifier.modifier_span[0] > 0 and tokens[modifier.modifier_span[0] - 1] == "as":
                    continue  # "it is not, as many people think, a Y": an aside; the sentence's own denial holds
                if _corrected(tokens, ent.end):
                    negated = True  # "people think it is a Y, but it is not": the correction denies (0979)
                    continue
                believed = True
            if (
                modifier.category in ("POSSIBLE_EXISTENCE", "HYPOTHETICAL")
                and modifier.modifier_span[0] >= ent.end
                and _other_subject(tokens, ent.end, modifier.modifier_span[0])
            ):
                continue  # "not for the attacks he sometimes gets", "whatever you may hear": another's hedge (0979)
            if modifier.category == ABSENT:
                absent = True
            elif modifier.category == "NEGATED_EXISTENCE":
                negated = True
                if modifier.rule.literal.lower() in IMPROBABLE_WORDS and certainty == "Asserted":
                    certainty = "Possible"  # "unlikely to cause Y": a hedged denial (decision 0793)
            elif modifier.category in ("POSSIBLE_EXISTENCE", "HYPOTHETICAL") and certainty == "Asserted":
                certainty = HEDGES.get(modifier.rule.literal.lower(), "Possible")
        if not negated and not absent and OWNER_OF_DENIED.search(sentence, 0, spans[k][0]):
            negated = True  # "it does nothing for the dull ache of Y" (decision 0919)
        if not negated and not absent and EXAMPLES_OF_DENIED.search(sentence, 0, spans[k][0]):
            negated = True  # "it does nothing against other infections such as Y" (decision 0979)
        result.append(
            Status(negated=negated and not absent, certainty=certainty, absent=absent, believed=believed and absent)
        )
    return result


#: (decision 0979) A correction opening the sentence after a belief: "People think it's a steroid. It isn't.", "...
#: It is not; it belongs to another group", "They aren't.", "That is not true." (a pronoun, a denied auxiliary and
#: nothing more in its clause), or "Not so." / "Wrong."
CORRECTION_NEXT = re.compile(
    r"\s*[*_]{0,2}(?:(?:it|they|he|she)\s+(?:is|are|was|were|does|do|did|has|have)(?:n[’']t|\s+not)"
    r"|(?:it|they)[’'](?:s|re)\s+not|(?:that|this)(?:\s+is|[’']s)\s+(?:not\s+(?:true|right|so|the\s+case)|wrong|untrue|false)"
    r"|not\s+so|wrong)\s*[*_]{0,2}\s*[.;:,!\u2013\u2014-]",
    re.I,
)


def corrected_by_next(status: Status, following: str) -> Status:
    """The verdict of a mention that a belief left absent, when the next sentence (`following`, its opening) corrects
    the belief: the denial (decision 0979); every other verdict unchanged.

    >>> believed = Status(absent=True, believed=True)
    >>> corrected_by_next(believed, " It isn't. My sister asked ...")
    Status(negated=True, certainty='Asserted', absent=False)
    >>> corrected_by_next(believed, " It is not used for that.") == believed
    True
    >>> corrected_by_next(Status(absent=True), " It isn't.") == Status(absent=True)
    True
    """
    if status.believed and CORRECTION_NEXT.match(following):
        return Status(negated=True)
    return status
