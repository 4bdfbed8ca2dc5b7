"""The learning log (lärdomar): tags and how a search matches Swedish text.

A search is for finding a lesson again, so it errs on the side of finding: case does not
matter, and neither do accents — å, ä and ö match a, a and o (and é, ü … their plain letter).
"malkonflikt" typed on a keyboard without å finds "Målkonflikter", and "målkonflikt" finds a
lesson where someone wrote "malkonflikt". The price is that "far" also finds "får"; lessons are
few per project, so an extra hit is cheap, and hits that match exactly as typed come first.
Each word of the search must occur somewhere (in any order, as part of a word: "konflikt" finds
"målkonflikter"). Tags are compared the same way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from hallbar_desktop.domain.errors import DomainError

MAX_TAG = 60
MAX_TAGS = 20
#: Letters that do not decompose into a base letter and an accent.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents, whitespace collapsed: what a search compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def normalise_tag(text: str) -> str:
    """A tag as stored: trimmed, inner spaces collapsed, lower case; ``#`` in front dropped."""
    tag = " ".join(str(text).split()).lstrip("#").strip().lower()
    if not tag:
        raise DomainError("En tagg kan inte vara tom.")
    if len(tag) > MAX_TAG:
        raise DomainError(f"Taggen «{tag[:20]}…» är för lång (högst {MAX_TAG} tecken).")
    if any(c in tag for c in ",;\x00"):
        raise DomainError(f"Taggen «{tag}» innehåller ett otillåtet tecken (komma och semikolon skiljer taggar).")
    return tag


def split_tags(text: str | Iterable[str]) -> tuple[str, ...]:
    """Tags from ``"målkonflikt, samverkan; Lärande"`` or a list, normalised, each once (first
    spelling kept when two differ only in accents), in the order given."""
    parts = [p for chunk in ([text] if isinstance(text, str) else list(text))
             for p in str(chunk).replace(";", ",").split(",")]
    tags: list[str] = []
    seen: set[str] = set()
    for part in parts:
        if not part.strip():
            continue
        tag = normalise_tag(part)
        if fold(tag) not in seen:
            seen.add(fold(tag))
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise DomainError(f"En lärdom kan ha högst {MAX_TAGS} taggar.")
    return tuple(tags)


def search_words(query: str) -> tuple[str, ...]:
    """The folded words of a search; quotes and a leading # are ignored."""
    return tuple(w.strip("\"'#") for w in fold(query).split() if w.strip("\"'#"))


def matches(query: str, texts: Iterable[str]) -> bool:
    """Every word of ``query`` occurs in one of ``texts``, folded (an empty query matches)."""
    words = search_words(query)
    if not words:
        return True
    haystack = "\n".join(fold(t) for t in texts)
    return all(w in haystack for w in words)


def matches_exactly(query: str, texts: Iterable[str]) -> bool:
    """Every word occurs as typed, only case ignored: such hits are listed first."""
    words = [w.strip("\"'#") for w in query.casefold().split() if w.strip("\"'#")]
    haystack = "\n".join(t.casefold() for t in texts)
    return all(w in haystack for w in words)


def has_tag(wanted: str, tags: Iterable[str]) -> bool:
    """Whether ``wanted`` is one of ``tags``, compared folded (``malkonflikt`` is ``målkonflikt``)."""
    key = fold(wanted.lstrip("#"))
    return any(fold(t) == key for t in tags)
