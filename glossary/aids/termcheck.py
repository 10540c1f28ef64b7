"""Check a translation's terminology against the glossary, aligned segment by aligned segment.

Both directions are checked. A source term whose concept has an equivalent
must find it in the aligned target segment, in any inflected form (or in a
neighbouring segment whose own source does not claim it: translators move
words). A target term whose concept the aligned source does not name is a
substitution when the segment also misses a source concept (an error), else a
term the translator added (information). Deprecated target terms are errors
wherever they stand. A missing general word (balancing, mobilisation) is only
information: without more context it is often another sense; so is a missing
term inside a longer proper name (China National Offshore Oil Company, Батыс
Вирджиния), one qualifying a noun (чиновники США), named in the segments just
before, a state after a narrower place the target names (Орегон в США → an
Oregon farmer), a short form that may be another state's (China's Foreign
Ministry), a one-word name the target writes in lower case (на западе: another
sense?), and an equivalent the target gives as a word derived from the
concept's name (U.S. officials, американские чиновники). A derived word in the
source names its concept too, so the target's term for it is not an addition.
Terms inside a web address are not terms there. Each finding gives the line of
the term itself. The inputs (two texts, a trilingual article, a PO, XLIFF or
TMX file) become segments in ``glossary.aids.checking``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from glossary.aids import termspans
from glossary.aids.annotation import Annotator, Span
from glossary.aids.report import Finding, Report, Segment
from glossary.aids.termsense import STATES, Sense, collective, lowered
from glossary.forms.index import FormsIndex
from glossary.language.script import is_abbreviation

WINDOW = 1  # neighbouring segments where a moved equivalent still counts
# A term the target gave this many segments before may be left out (a pronoun, an ellipsis).
ANTECEDENT = 3
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


def _nearby(i: int, count: int, window: int) -> range:
    return range(max(0, i - window), min(count, i + window + 1))


def _needs(segments: list[Segment], sources: list[list[Span]], index: FormsIndex,
           target_lang: str, quiet: dict[tuple[int, int], tuple[str, str]]) -> list[Need]:
    """The source terms (one per concept and segment, the first whose absence would not be only
    information) whose concept has a target equivalent."""
    needs: list[Need] = []
    for i, segment in enumerate(segments):
        if not segment.target:
            continue  # no counterpart: nothing to check against
        ranked = sorted(sources[i], key=lambda s: ((i, s.start) in quiet, s.start), reverse=True)
        for concept, span in {s.concept: s for s in ranked}.items():
            expected = _equivalents(index.record(concept), target_lang)
            if expected:
                needs.append((i, span, expected))
    return needs


def _unmet(needs: list[Need], have: list[set[str]], window: int) -> tuple[list[Need], list[Need]]:
    """The needs met neither in place nor by a moved equivalent (one in a neighbouring target
    segment that its own source does not claim), and those met only by a moved one."""
    used = {(i, span.concept) for i, span, _ in needs if span.concept in have[i]}
    unmet, moved = [], []
    for i, span, expected in needs:
        if span.concept in have[i]:
            continue
        near = [j for j in _nearby(i, len(have), window) if span.concept in have[j]
                and (j, span.concept) not in used]
        if near:
            used.add((near[0], span.concept))
            moved.append((i, span, expected))
        else:
            unmet.append((i, span, expected))
    return unmet, moved


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
    """The extra target term of the segment that names a concept of the same subject field
    (hard power for soft power), the one nearest the same share of the way into its segment: a
    substitution, not a coincidence; translations reorder, so any place will do."""
    def where(offset: int, text: str) -> float:
        return offset / max(1, len(text))

    subject = index.record(span.concept)["subject"]
    near = [(abs(where(e.start, segment.target) - where(span.start, segment.source)), n)
            for n, e in enumerate(extras) if index.record(e.concept)["subject"] == subject]
    best = min(near, default=None)
    return extras.pop(best[1]) if best is not None else None


@dataclass
class _Target:
    """What the target side holds, per aligned segment: concepts named by a term, by a derived
    word (with the word), and terms of another language left as written (Европа in Kazakh)."""

    have: list[set[str]]
    derived: list[dict[str, str]]
    foreign: list[dict[str, str]]
    window: int
    strangers: list[set[str]] = field(default_factory=list)  # concepts the aligned source lacks

    def near(self, table: list[dict[str, str]], i: int, concept: str) -> str | None:
        """The word for ``concept`` in segment ``i`` or a neighbour, from ``table``."""
        return next((table[j][concept] for j in _nearby(i, len(table), self.window)
                     if concept in table[j]), None)

    def before(self, i: int, concept: str) -> bool:
        """Whether the target names ``concept`` in one of the ``ANTECEDENT`` segments before
        ``i`` (a text, not independent units), as a pronoun's antecedent would."""
        earlier = self.have[max(0, i - ANTECEDENT) : i]
        return self.window > 0 and any(concept in have for have in earlier)


def _kind(i: int, span: Span, target: _Target, quiet: dict[tuple[int, int], tuple[str, str]]
          ) -> tuple[str, str]:
    """What an unmet need is, and the target word it found instead ("" for none)."""
    if (word := target.near(target.derived, i, span.concept)) is not None:
        return "derived", word
    if (word := target.near(target.foreign, i, span.concept)) is not None:
        return "foreign", word
    if _general(span):
        return "general", ""
    if (i, span.start) in quiet:
        return quiet[(i, span.start)]
    if target.before(i, span.concept) and not target.strangers[i]:  # nothing stands in its place
        return "elsewhere", ""
    return "missing", ""


def _sense(segment: Segment, span: Span, expected: tuple[str, ...], index: FormsIndex,
           langs: tuple[str, str]) -> tuple[str, str]:
    """A missing equivalent the target may give in another sense or way: a one-word name in lower
    case (на западе for the West), or a state among those the target names together as "the two
    countries" where the source names them one by one."""
    if lower := lowered(segment.target, expected, langs[1]):
        return "lowercase", lower
    if index.record(span.concept)["subject"] == STATES and not collective(segment.source, langs[0]):
        if together := collective(segment.target, langs[1]):
            return "collective", together
    return "missing", ""


def _both_ways(segments: list[Segment], needs: tuple[list[Need], list[Need]],
               extras: dict[int, list[Span]], index: FormsIndex, langs: tuple[str, str],
               target: _Target, quiet: dict[tuple[int, int], tuple[str, str]]) -> list[Finding]:
    """Missing source terms (``needs``: unmet, and met only by a moved equivalent), each paired
    with a target term that took its place (a substitution) where the segment has one, else
    classed by ``_kind``; the unpaired extras are terms the translator added. ``quiet`` holds
    (segment, start) of the source terms whose absence is only information, with why; ``langs``
    the source and target languages."""
    unmet, moved = needs
    findings, swapped = [], set()
    for i, span, expected in moved + unmet:
        other = _swapped(segments[i], span, extras.get(i, []), index)
        if other is not None:  # (for a moved one: the neighbour's equivalent was another's)
            findings.append(_finding("substitution", segments[i], span, expected, found=other.text))
            swapped.add((i, span.start))
    for i, span, expected in unmet:
        if (i, span.start) not in swapped:
            kind, word = _kind(i, span, target, quiet)
            if kind == "missing":
                kind, word = _sense(segments[i], span, expected, index, langs)
            findings.append(_finding(kind, segments[i], span, expected, found=word))
    for i, left in extras.items():
        for span in left:
            record = index.record(span.concept)
            findings.append(_finding("added", segments[i], span, _equivalents(record, langs[0]),
                                     side="target"))
    return findings


def check_segments(segments: list[Segment], source_lang: str, target_lang: str,
                   index: FormsIndex | None = None, annotator: Annotator | None = None,
                   window: int = WINDOW, progress: Callable[[int, int], None] | None = None
                   ) -> Report:
    """Check aligned segments in both directions (see the module's docstring); ``window`` is how
    many neighbouring segments a moved equivalent may stand in (0 for independent units);
    ``progress`` hears how many segments have had their terms found."""
    annotator = annotator or Annotator(index or FormsIndex.default(), derived=True)
    index = annotator.index
    source_spans, every = [], []
    for n, s in enumerate(segments, 1):
        source_spans.append(termspans.spans(annotator, s.source, source_lang))
        every.append(termspans.spans(annotator, s.target, target_lang, own=False))
        if progress is not None and (n % 50 == 0 or n == len(segments)):
            progress(n, len(segments))
    target_spans = [[s for s in found if s.lang == target_lang] for found in every]
    target = _Target(
        termspans.named(annotator, [s.target for s in segments], target_spans, target_lang),
        termspans.derived(target_spans), termspans.foreign(every, target_lang), window)
    named = [terms | set(words) for terms, words in zip(
        termspans.named(annotator, [s.source for s in segments], source_spans, source_lang),
        termspans.derived(source_spans), strict=True)]
    target.strangers = [{s.concept for s in found if not s.derived} - names
                        for found, names in zip(target_spans, named, strict=True)]
    report = Report(
        source_lang, target_lang, segments=sum(bool(s.source and s.target) for s in segments)
    )
    quiet = termspans.quiet(segments, source_spans, source_lang, Sense(annotator))
    needs = _needs(segments, termspans.terms(source_spans), index, target_lang, quiet)
    report.checked = len(needs)
    extras = _extras(segments, termspans.terms(target_spans), named, index, source_lang, window)
    report.findings = _both_ways(segments, _unmet(needs, target.have, window), extras, index,
                                 (source_lang, target_lang), target, quiet)
    report.findings += _deprecated_terms(segments, termspans.terms(target_spans), index,
                                         target_lang)
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
