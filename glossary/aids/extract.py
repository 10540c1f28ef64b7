"""Propose new concepts from a trilingual article: aligned keywords, quoted terms, names and
acronyms.

Candidates come from the aligned front matter (``glossary.document.article``):
keyword triples, terms in guillemets «…» and acronyms standing in aligned
sentences. Each is brought to its dictionary form (Russian with pymorphy3,
Kazakh by stripping case endings) and checked against the glossary: a known
concept is reported as known. A language with no counterpart in the front
matter may get one from the body by analogy with a known concept that shares
the head word (жесткая сила is to сила as soft power is to power: "hard
power", the most frequent unknown "… power" of the English text). Every
candidate is *proposed*: the tool never presents a guess as attested.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from glossary.aids.annotation import Annotator
from glossary.forms.index import FormsIndex
from glossary.language.script import CAPITALS, is_abbreviation

_QUOTED = re.compile(r"«([^«»]{2,60})»")
_ACRONYM = re.compile(rf"(?<![\w-])[{CAPITALS}]{{2,7}}(?![\w])")
_STOP = {
    "of",
    "the",
    "a",
    "an",
    "in",
    "to",
    "their",
    "its",
    "his",
    "her",
    "our",
    "save",
    "losing",
    "and",
    "or",
    "for",
    "by",
    "on",
    "with",
    "as",
}
EVIDENCE_LINES = 5  # lines of the document listed per term at most


@dataclass
class Candidate:
    """A concept the article suggests: its term per language, where each stands, and what it rests
    on.
    """

    terms: dict[str, str]
    # lines of the document, per language
    evidence: dict[str, list[int]] = field(default_factory=dict)
    why: str = ""  # keyword, quoted, acronym
    known: str = ""  # the concept id when the glossary has it
    analogy: dict[str, str] = field(default_factory=dict)  # lang → how a term was guessed

    def to_dict(self) -> dict[str, object]:
        """The JSON form of ``glossary extract --json``."""
        data: dict[str, object] = {"terms": self.terms, "evidence": self.evidence, "why": self.why}
        if self.known:
            data["known"] = self.known
        if self.analogy:
            data["analogy"] = self.analogy
        return data


def dictionary_form(text: str, lang: str) -> str:
    """The term as a glossary lists it: Russian in the nominative, Kazakh without case endings on
    its last word.
    """
    text = " ".join(text.split())
    if lang == "ru" and re.search("[а-яё]", text, re.IGNORECASE) and not is_abbreviation(text):
        from glossary.language.russian import nominative

        return nominative(text)
    if lang == "kk" and not is_abbreviation(text):
        from glossary.language import kazakh

        words = text.split(" ")
        stems = [stem for stem, _ in kazakh.analyses(words[-1]) if len(stem) >= 3]
        if stems:
            stem = min(stems, key=len)
            words[-1] = stem if words[-1][:1].islower() else stem.capitalize()
        return " ".join(words)
    return text


def _known(annotator: Annotator, text: str, lang: str) -> str:
    """The concept whose term spans all of ``text``, else ""."""
    spans = annotator.sentence(text, 0, len(text), lang)
    return (
        spans[0].concept
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(text.rstrip(". "))
        else ""
    )


def _lines(lines: list[tuple[int, str]], text: str, lang: str,
           limit: int = EVIDENCE_LINES) -> list[int]:
    """The first ``limit`` of ``lines`` (numbered, the document's lines in ``lang``) where
    ``text`` stands, in its own or an inflected form."""
    from itertools import islice

    from glossary.termbase.attest import line_attests

    return list(islice((n for n, line in lines if line_attests(line, text, lang)), limit))


def _by_language(lines: list[str]) -> dict[str, list[tuple[int, str]]]:
    """The document's lines by the language the detector gives each, numbered from 1: each line
    is detected once, not once per candidate."""
    from glossary.language.langid import detect

    found: dict[str, list[tuple[int, str]]] = {}
    for n, line in enumerate(lines, 1):
        if line.strip():
            found.setdefault(detect(line).lang, []).append((n, line))
    return found


def _merge(found: list[Candidate], annotator: Annotator) -> list[Candidate]:
    """One candidate per known concept or per set of terms, their terms pooled."""
    merged: list[Candidate] = []
    for candidate in found:
        for lang, term in candidate.terms.items():
            candidate.known = candidate.known or _known(annotator, term, lang)
        same = next(
            (
                c
                for c in merged
                if (c.known and c.known == candidate.known) or c.terms == candidate.terms
            ),
            None,
        )
        if same is None:
            merged.append(candidate)
        else:
            for lang, term in candidate.terms.items():
                same.terms.setdefault(lang, term)
    return merged


def extract(text: str, index: FormsIndex | None = None) -> list[Candidate]:
    """Known and new concepts of a trilingual article, known ones first, each with evidence lines.
    """
    from glossary.document.article import align_document

    annotator = Annotator(index or FormsIndex.default())
    lines = _by_language(text.splitlines())
    result = align_document(text, annotator.concepts)
    found: list[Candidate] = []
    for link in result.links:
        present = {lang: t for lang, t in link.texts.items() if t}
        if link.kind == "keyword":
            found.append(
                Candidate(
                    {lang: dictionary_form(t, lang) for lang, t in present.items()}, why="keyword"
                )
            )
        elif link.kind in ("sentence", "title"):
            found += _quoted(present, annotator) + _acronyms(present)
    merged = _merge(found, annotator)
    body = _body(text, result)
    for candidate in merged:
        if not candidate.known:
            _by_analogy(candidate, body, annotator)
        candidate.evidence = {
            lang: _lines(lines.get(lang, []), term, lang) for lang, term in candidate.terms.items()
        }
    return sorted(merged, key=lambda c: (not c.known, c.known or ""))


def _quoted(texts: dict[str, str], annotator: Annotator) -> list[Candidate]:
    """Quoted terms of aligned sentences: known ones alone (merged later by concept), unknown ones
    paired by order.
    """
    quotes: dict[str, list[str]] = {}
    known: list[Candidate] = []
    for lang, sentence in texts.items():
        spans = annotator.sentence(sentence, 0, len(sentence), lang)
        quotes[lang] = []
        for match in _QUOTED.finditer(sentence):
            q = dictionary_form(match.group(1), lang)
            around = next(
                (s for s in spans if s.start <= match.start(1) and match.end(1) <= s.end), None
            )
            if _known(annotator, q, lang):
                known.append(Candidate({lang: q}, why="quoted"))
            elif around is not None:  # part of a known term: «Trans imperial» communications
                known.append(Candidate({lang: around.term}, why="quoted", known=around.concept))
            else:
                quotes[lang].append(q)
    langs = [lang for lang in quotes if quotes[lang]]
    if not langs:
        return known
    counts = {len(quotes[lang]) for lang in langs}
    if len(counts) != 1:
        return known + [Candidate({lang: q}, why="quoted") for lang in langs for q in quotes[lang]]
    return known + [
        Candidate({lang: quotes[lang][i] for lang in langs}, why="quoted")
        for i in range(counts.pop())
    ]


def _acronyms(texts: dict[str, str]) -> list[Candidate]:
    """Acronyms written the same in two or more languages of aligned sentences (COVID)."""
    seen: dict[str, dict[str, str]] = {}
    for lang, sentence in texts.items():
        for acronym in _ACRONYM.findall(sentence):
            if not acronym.isupper() or len(set(acronym)) < 2:
                continue
            seen.setdefault(acronym, {})[lang] = acronym
    return [Candidate(terms, why="acronym") for terms in seen.values() if len(terms) >= 2]


def _body(text: str, result) -> str:
    """The document after its front matter."""
    last = max((b.end for front in result.front.values() for _, b in front.parts()), default=0)
    return "\n".join(text.splitlines()[last:])


def _preferred(record: dict[str, Any], lang: str) -> str:
    return next(
        (t["text"] for t in record["terms"].get(lang, ()) if t["status"] == "preferred"), ""
    )


def _by_analogy(candidate: Candidate, body: str, annotator: Annotator) -> None:
    """Fill a missing English term from the body: the head of a known concept that shares the
    candidate's head word.
    """
    if "en" in candidate.terms:
        return
    index = annotator.index
    for lang, term in candidate.terms.items():
        words = term.lower().split()
        if len(words) < 2:
            continue
        for concept in index.concepts_by_head(lang, words[-1]):
            record = index.record(concept)
            english = _preferred(record, "en")
            if len(english.split()) < 2:
                continue
            en_head = english.split()[-1].lower()
            pattern = rf"\b([A-Za-z-]+) {en_head}s?\b"
            phrases = Counter(
                m.group(1).lower() + " " + en_head
                for m in re.finditer(pattern, body, re.IGNORECASE)
            )
            ranked = [p for p, _ in phrases.most_common()
                      if p.split()[0] not in _STOP and not _known(annotator, p, "en")]
            if ranked:
                candidate.terms["en"] = ranked[0]
                candidate.analogy["en"] = (
                    f"by analogy with {english} = {record['terms'][lang][0]['text']}"
                    f": the commonest unknown '… {en_head}' of the English text"
                )
                return
