"""Live vaccines named as a kind (decision 0969): "live vaccines", "a live vaccine", "live attenuated vaccines" are one
DrugClass mention, live-vaccine, the class the WHO's immunization guide keeps as its value set of live attenuated
vaccines (smart.who.int IMMZ.Z.LiveAttenuated: the ATC's "live attenuated" vaccines, measles to yellow fever). Leaflets
of medicines that weaken the immune system warn against them ("Live vaccines must not be given while she is on it"),
and no vocabulary the recogniser reads has the kind. A named vaccine ("the yellow fever vaccine") stays its own."""

from __future__ import annotations

import re

from graph_build.text.vocabularies import slugify

#: "live vaccine(s)", "live attenuated vaccine(s)", "live-virus vaccines".
LIVE_VACCINE = re.compile(r"\blive(\s+attenuated|[\s-]+virus)?\s+vaccines?\b", re.I)
#: The kind's name, as the class is minted.
NAME = "live vaccine"


def live_vaccines(text: str) -> list[tuple[int, int, str]]:
    """The spans of the live vaccines a text names as a kind, with the kind's slug.

    >>> live_vaccines("Live vaccines must not be given while she is on it.")
    [(0, 13, 'live-vaccine')]
    >>> live_vaccines("She had the flu vaccine.")
    []
    """
    return [(m.start(), m.end(), slugify(NAME)) for m in LIVE_VACCINE.finditer(text)]
