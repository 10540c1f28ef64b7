"""Check a translation's terminology against the glossary, aligned segment by aligned segment.

Both directions are checked. A source term whose concept has an equivalent
must find it in the aligned target segment, in any inflected form (or in a
neighbouring segment whose own source does not claim it: translators move
words). A target term whose concept the aligned source does not name is a
substitution when the segment also misses a source concept (an error), else a
term the translator added (information). Deprecated target terms are errors
wherever they stand. A missing general word (balancing, mobilisation) is only
information: without more context it is often another sense; so is an equivalent
the target gives as a word derived from the concept's name (U.S. officials,
американские чиновники). A derived word in the source names its concept too,
so the target's term for it is not an addition. Terms inside a
web address or, in English, inside a longer proper name (China National
Offshore Oil Company) are not terms there. Each finding gives the line of the
term itself. The inputs (two texts, a trilingual article, a PO, XLIFF or TMX
file) become segments in ``glossary.aids.checking``.
"""
from __future__ import annotations

from typing import Any

from glossary.aids.annotation import Annotator, Span
from glossary.aids.report import Finding, Report, Segment
from glossary.forms.index import FormsIndex
from glossary.language.script import is_abbreviation

WINDOW = 1  # neighbouring segments where a moved equivalent still counts
# How far (as a share of the segment) a target term may stand from a missing source term's place
# and still be taken for its substitute.
SWAP_DISTANCE = 0.5
Need = tuple[int, Span, tuple[str, ...]]  # segment, source term, the target terms that would do


def _equivalents(record: dict[str, Any], lang: str) -> tuple[str, ...]:
    """The target terms that count as the concept's equivalent: all but deprecated ones,
    preferred first."""
    terms = [t for t in record["terms"].get(lang, ()) if t["status"] != "deprecated"]
    return tuple(t["text"] for t in sorted(terms, key=lambda t: t["status"] != "preferred"))


def _deprecated(record: dict[str, Any], lang: str, term: str) -> bool:
    return any(t["text"] == term and t["status"] == "deprecated"
               for t in record["terms"].get(lang, ()))


def _general(span: Span) -> bool:
    """A term that is also an everyday word: one lowercase word (balancing, mobilisation)."""
    return " " not in span.term and span.term[:1].islower() and not is_abbreviation(span.term)


def _spans(annotator: Annotator, text: str, lang: str) -> list[Span]:
    """The terms of ``lang`` in ``text``, sentence by sentence; not inside a web address, nor
    (English) inside a longer proper name."""
    from glossary.document.sentences import sentence_spans
    from glossary.termbase.attest import inside_address, inside_longer_name

    found = []
    for start, end in sentence_spans(text):
        found += [s for s in annotator.sentence(text, start, end, lang) if s.lang == lang
                  and not inside_address(text, s.start, s.end)
                  and not (lang == "en" and inside_longer_name(text, s.start, s.end))]
    return found


def _named(
    annotator: Annotator, texts: list[str], spans: list[list[Span]], lang: str
) -> list[set[str]]:
    """The concepts each segment names by a term; a longer term counts for the terms inside it
    too (ресейлік жұмсақ күш has жұмсақ күш)."""
    named = []
    for text, found in zip(texts, spans, strict=True):
        nested = {n.concept for s in found if not s.derived
                  for n in annotator.nested(text, s, lang) if n.lang == lang and not n.derived}
        named.append({s.concept for s in found if not s.derived} | nested)
    return named


def _terms(spans: list[list[Span]]) -> list[list[Span]]:
    """The terms among the spans, without the derived words."""
    return [[s for s in found if not s.derived] for found in spans]


def _nearby(i: int, count: int, window: int) -> range:
    return range(max(0, i - window), min(count, i + window + 1))


def _needs(segments: list[Segment], sources: list[list[Span]], index: FormsIndex,
           target_lang: str) -> list[Need]:
    """The source terms (one per concept and segment) whose concept has a target equivalent."""
    needs: list[Need] = []
    for i, segment in enumerate(segments):
        if not segment.target:
            continue  # no counterpart: nothing to check against
        for concept, span in {s.concept: s for s in reversed(sources[i])}.items():
            expected = _equivalents(index.record(concept), target_lang)
            if expected:
                needs.append((i, span, expected))
    return needs


def _unmet(needs: list[Need], have: list[set[str]], window: int) -> list[Need]:
    """The needs met neither in place nor by a moved equivalent: one in a neighbouring target
    segment that its own source does not claim."""
    used = {(i, span.concept) for i, span, _ in needs if span.concept in have[i]}
    unmet = []
    for i, span, expected in needs:
        if span.concept in have[i]:
            continue
        moved = [j for j in _nearby(i, len(have), window) if span.concept in have[j]
                 and (j, span.concept) not in used]
        if moved:
            used.add((moved[0], span.concept))
        else:
            unmet.append((i, span, expected))
    return unmet


def _extras(segments: list[Segment], targets: list[list[Span]], named: list[set[str]],
            index: FormsIndex, source_lang: str, window: int) -> dict[int, list[Span]]:
    """Per segment, the target terms whose concept no nearby source names (and that has a source
    term)."""
    extras: dict[int, list[Span]] = {}
    for i, found in enumerate(targets):
        if not segments[i].source:
            continue
        for span in {s.concept: s for s in found}.values():
            near = any(span.concept in named[j] for j in _nearby(i, len(named), window))
            if not near and _equivalents(index.record(span.concept), source_lang):
                extras.setdefault(i, []).append(span)
    return extras


def _finding(kind: str, segment: Segment, span: Span, expected: tuple[str, ...],
             side: str = "source", found: str = "") -> Finding:
    at = segment.line_of(span.start, side)
    source_line, target_line = (
        (at, segment.target_line) if side == "source" else (segment.source_line, at)
    )
    return Finding(kind, span.concept, span.text, expected, source_line, target_line, segment.unit,
                   found, segment.target)


def _swapped(segment: Segment, span: Span, extras: list[Span], index: FormsIndex) -> Span | None:
    """The extra target term that stands about where ``span`` stands in the source (the same
    share of the way into its segment) and names a concept of the same subject field: a
    substitution (hard power for soft power), not a coincidence."""
    def where(offset: int, text: str) -> float:
        return offset / max(1, len(text))

    subject = index.record(span.concept)["subject"]
    near = [(abs(where(e.start, segment.target) - where(span.start, segment.source)), n)
            for n, e in enumerate(extras) if index.record(e.concept)["subject"] == subject]
    best = min(near, default=None)
    return extras.pop(best[1]) if best is not None and best[0] <= SWAP_DISTANCE else None


def _derived(spans: list[list[Span]]) -> list[dict[str, str]]:
    """Per segment, the concepts named by a derived word (American for the United States), each
    with the word as it stands."""
    return [{s.concept: s.text for s in reversed(found) if s.derived} for found in spans]


def _both_ways(segments: list[Segment], unmet: list[Need], extras: dict[int, list[Span]],
               index: FormsIndex, source_lang: str, derived: list[dict[str, str]], window: int
               ) -> list[Finding]:
    """Missing source terms, each paired with a target term that took its place (a
    substitution) where the segment has one, or with a derived word that stands for it; the
    unpaired extras are terms the translator added."""
    findings = []
    for i, span, expected in unmet:
        word = next((derived[j][span.concept] for j in _nearby(i, len(derived), window)
                     if span.concept in derived[j]), None)
        if word is not None:
            findings.append(_finding("derived", segments[i], span, expected, found=word))
            continue
        other = None if _general(span) else _swapped(segments[i], span, extras.get(i, []), index)
        if other is not None:
            findings.append(_finding("substitution", segments[i], span, expected, found=other.text))
        else:
            kind = "general" if _general(span) else "missing"
            findings.append(_finding(kind, segments[i], span, expected))
    for i, left in extras.items():
        for span in left:
            record = index.record(span.concept)
            findings.append(_finding("added", segments[i], span, _equivalents(record, source_lang),
                                     side="target"))
    return findings


def check_segments(segments: list[Segment], source_lang: str, target_lang: str,
                   index: FormsIndex | None = None, annotator: Annotator | None = None,
                   window: int = WINDOW) -> Report:
    """Check aligned segments in both directions (see the module's docstring); ``window`` is how
    many neighbouring segments a moved equivalent may stand in (0 for independent units)."""
    annotator = annotator or Annotator(index or FormsIndex.default(), derived=True)
    index = annotator.index
    sources = [_spans(annotator, s.source, source_lang) for s in segments]
    targets = [_spans(annotator, s.target, target_lang) for s in segments]
    have = _named(annotator, [s.target for s in segments], targets, target_lang)
    named = [terms | set(words) for terms, words in zip(
        _named(annotator, [s.source for s in segments], sources, source_lang), _derived(sources),
        strict=True)]
    report = Report(
        source_lang, target_lang, segments=sum(bool(s.source and s.target) for s in segments)
    )
    needs = _needs(segments, _terms(sources), index, target_lang)
    report.checked = len(needs)
    extras = _extras(segments, _terms(targets), named, index, source_lang, window)
    report.findings = _both_ways(segments, _unmet(needs, have, window), extras, index, source_lang,
                                 _derived(targets), window)
    report.findings += _deprecated_terms(segments, _terms(targets), index, target_lang)
    report.findings.sort(
        key=lambda f: (f.unit, f.source_line or f.target_line or 0, f.kind, f.concept)
    )
    return report


def _deprecated_terms(segments: list[Segment], targets: list[list[Span]], index: FormsIndex,
                      target_lang: str) -> list[Finding]:
    """The deprecated terms the target uses, wherever they stand."""
    findings = []
    for segment, found in zip(segments, targets, strict=True):
        for span in found:
            record = index.record(span.concept)
            if _deprecated(record, target_lang, span.term):
                findings.append(_finding("deprecated", segment, span,
                                         _equivalents(record, target_lang), side="target"))
    return findings
