"""Find the glossary's terms in a running text, in any inflected form, longest match first.

Each sentence's language comes from the detector. Terms of that language
match in any form the forms index knows (Russian cases, Kazakh endings,
English plurals, Kazakh typed with Russian letters); terms of another
language only as written (a Kazakh name in a Russian sentence), except
that words with letters only Kazakh has are Kazakh in any sentence. Matching is
word by word, so a term never matches inside a longer word, and an
abbreviation matches only when the text writes it in capitals.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from glossary.forms.index import FormsIndex, Phrase
from glossary.forms.match import Hits, How
from glossary.language.script import (
    has_cyrillic,
    has_kazakh_letters,
    in_capitals,
    is_abbreviation,
    lowered_name,
)
from glossary.language.textnorm import QUOTES, fold
from glossary.vocab import LANGUAGES

LONGEST = 20  # words of a term at most (glossary.termbase.schema refuses longer ones)
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)?")  # U.S. and E.U. are one word
# What a running text's words may match as: no romanizations; Kazakh typed with Russian letters.
_ALLOWED = {
    "en": (How.EXACT, How.FORM),
    "ru": (How.EXACT, How.FORM),
    "kk": (How.EXACT, How.FORM, How.PLAIN),
    "und": (How.EXACT, How.FORM, How.PLAIN),
}


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text: character offsets and the language the detector gave it."""

    start: int
    end: int
    lang: str


@dataclass(frozen=True)
class Span:
    """A term found in the text: where, as what concept and term, and how it matched."""

    start: int
    end: int
    text: str
    concept: str
    lang: str
    term: str
    how: How  # exact, form or plain
    detail: str = ""
    derived: bool = False  # a word derived from the concept's name (American), not a term

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of ``glossary annotate --json``."""
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "concept": self.concept,
            "lang": self.lang,
            "term": self.term,
            "match": self.how.label,
        }
        if self.detail:
            data["detail"] = self.detail
        if self.derived:
            data["derived"] = True
        return data


@dataclass(frozen=True)
class Annotation:
    """A text with the glossary terms found in it."""

    text: str
    sentences: tuple[Sentence, ...]
    spans: tuple[Span, ...]

    def concepts(self) -> dict[str, int]:
        """How often each concept occurs, in order of first occurrence."""
        counts: dict[str, int] = {}
        for span in self.spans:
            counts[span.concept] = counts.get(span.concept, 0) + 1
        return counts

    def within(self, start: int, end: int) -> list[Span]:
        """The spans inside the character range [start, end)."""
        return [s for s in self.spans if s.start >= start and s.end <= end]

    def to_dict(self, record: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
        """The JSON form of ``glossary annotate --json``; ``record`` gives a concept's JSON form."""
        def terms(concept: str) -> dict[str, list[str]]:
            return {
                lang: [t["text"] for t in record(concept)["terms"].get(lang, ())]
                for lang in LANGUAGES
            }

        return {
            "sentences": [{"start": s.start, "end": s.end, "lang": s.lang} for s in self.sentences],
            "spans": [s.to_dict() for s in self.spans],
            "concepts": [
                {"id": c, "count": n, "terms": terms(c)} for c, n in self.concepts().items()
            ],
        }

    def marked(self, mark: Callable[[Span], str] | None = None) -> str:
        """The text with every span replaced by ``mark(span)``; by default ``[[surface]]{concept}``.
        """
        mark = mark or (lambda s: f"[[{s.text}]]{{{s.concept}}}")
        out, at = [], 0
        for span in self.spans:
            out += [self.text[at : span.start], mark(span)]
            at = span.end
        return "".join(out + [self.text[at:]])


class Annotator:
    """Finds terms sentence by sentence over one lookup index, remembering each word's hits;
    with ``derived``, the concepts' derived words too (where no term stands)."""

    def __init__(self, index: FormsIndex, derived: bool = False) -> None:
        self.index = index
        self.derived = derived
        self._hits: dict[tuple[str, str], Hits] = {}
        self.longest = min(index.longest_term(), LONGEST)

    def hits(self, word: str, lang: str) -> Hits:
        """The units ``word`` (folded) may be in a sentence of ``lang``: exact, form or (Kazakh)
        plain spellings.
        """
        if (word, lang) not in self._hits:
            endings = (
                self.index.kazakh_endings()
                if has_cyrillic(word) and lang in ("kk", "und")
                else None
            )
            self._hits[(word, lang)] = self.index.hits(
                word, endings, _ALLOWED.get(lang, _ALLOWED["und"])
            )
        return self._hits[(word, lang)]

    def sentence(self, text: str, start: int, end: int, lang: str) -> list[Span]:
        """The terms of ``text[start:end]``, a sentence in ``lang``, longest first, without
        overlaps.
        """
        words = self._words(text, start, end, lang)
        hits = [self.hits(w, "kk" if has_kazakh_letters(w) else lang) for w, _, _ in words]
        spans, i = [], 0
        while i < len(words):
            found = None
            for n in range(min(self.longest, len(words) - i), 0, -1) if hits[i] else ():
                if all(hits[i : i + n]) and all(
                    _joins(text[a[2] : b[1]])
                    for a, b in zip(words[i : i + n - 1], words[i + 1 : i + n], strict=True)
                ):
                    found = self._best(text, words[i : i + n], hits[i : i + n], lang)
                    if found:
                        break
            if found:
                spans.append(found)
                i += n
            else:
                i += 1
        return spans

    def concepts(self, sentence: str) -> set[str]:
        """The concepts named in ``sentence``, whatever its language: the anchors
        ``glossary.document.align`` uses.
        """
        return {span.concept for span in self.sentence(sentence, 0, len(sentence), "und")}

    def nested(self, text: str, span: Span, lang: str) -> list[Span]:
        """The shorter terms inside a multiword span (жұмсақ күш in ресейлік жұмсақ күш), and
        theirs.
        """
        words = [m for m in _WORD.finditer(text, span.start, span.end)]
        if len(words) < 2:
            return []
        found: dict[tuple[int, int, str], Span] = {}
        for start, end in ((words[1].start(), span.end), (span.start, words[-2].end())):
            for inner in self.sentence(text, start, end, lang):
                found.setdefault((inner.start, inner.end, inner.concept), inner)
                for deeper in self.nested(text, inner, lang):
                    found.setdefault((deeper.start, deeper.end, deeper.concept), deeper)
        return list(found.values())

    def _words(self, text: str, start: int, end: int, lang: str) -> list[tuple[str, int, int]]:
        """(folded word, start, end); in Kazakh, an ending after a hyphen joins its word (ҰҚШҰ-ға).
        """
        words = [
            (fold(m.group().replace(".", "")), m.start(), m.end())
            for m in _WORD.finditer(text, start, end)
        ]
        if lang not in ("kk", "und"):
            return words
        endings = self.index.kazakh_endings()
        out: list[tuple[str, int, int]] = []
        for word in words:
            if (
                out
                and text[out[-1][2] : word[1]] == "-"
                and word[0] in endings
                and self.hits(out[-1][0] + word[0], lang)
            ):
                out[-1] = (out[-1][0] + word[0], out[-1][1], word[2])
            else:
                out.append(word)
        return out

    def _best(
        self, text: str, words: list[tuple[str, int, int]], hits: list[Hits], lang: str
    ) -> Span | None:
        """The best term spelled by exactly these words, or None; failing a term, with
        ``derived``, the best derived word."""
        best = self._pick(text, words, self.index.phrases(hits), lang, False)
        if best is None and self.derived:
            best = self._pick(text, words, self.index.phrases(hits, derived=True), lang, True)
        return best

    def _pick(self, text: str, words: list[tuple[str, int, int]], phrases: list[Phrase],
              lang: str, derived: bool) -> Span | None:
        surface = text[words[0][1] : words[-1][2]]
        best = None
        for how, concept, term_lang, term, detail in phrases:
            foreign = term_lang != lang and lang != "und" and how != How.EXACT
            if foreign and not (term_lang == "kk" and has_kazakh_letters(surface)):
                # another language's term counts only as written, or Kazakh with Kazakh letters
                continue
            if is_abbreviation(term) and not in_capitals(surface):
                continue
            if not derived and lowered_name(term, surface):
                continue  # батыс, the west: a direction, not the West
            rank = (term_lang != lang, how.rank, concept, term)
            if best is None or rank < best[0]:
                best = (
                    rank,
                    Span(words[0][1], words[-1][2], surface, concept, term_lang, term, how, detail,
                         derived),
                )
        return best[1] if best else None


_JOINERS = set(" \t\n-\u00a0\u2010\u2011") | set(QUOTES)


def _joins(gap: str) -> bool:
    """True when the text between two words may sit inside a term: spaces, a hyphen, quotes; not a
    comma or a stop.
    """
    return all(c in _JOINERS for c in gap)


def annotate(text: str, index: FormsIndex | None = None, lang: str | None = None,
             derived: bool = False) -> Annotation:
    """The glossary terms in ``text``; ``lang`` fixes the language instead of detecting each
    sentence's; ``derived`` marks the concepts' derived words too.
    """
    from glossary.document.sentences import sentence_spans

    index = index or FormsIndex.default()
    annotator = Annotator(index, derived)
    sentences, spans = [], []
    previous = "und"
    for start, end in sentence_spans(text):
        sentence_lang = lang or _language(text[start:end], previous)
        previous = sentence_lang if sentence_lang != "und" else previous
        sentences.append(Sentence(start, end, sentence_lang))
        spans += annotator.sentence(text, start, end, sentence_lang)
    return Annotation(text, tuple(sentences), tuple(spans))


def _language(sentence: str, previous: str) -> str:
    """The detector's language for a sentence; a sentence it cannot tell (names only) keeps the
    previous one.
    """
    from glossary.language.langid import detect

    found = detect(sentence)
    return found.lang if found.lang != "und" else previous
