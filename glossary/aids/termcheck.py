"""Check a translation's terminology against the glossary, aligned segment by aligned segment.

Both directions are checked. A source term whose concept has an equivalent must find it in the
aligned target segment, in any inflected form (or in a neighbouring segment whose own source does
not claim it: translators move words). A target term whose concept the aligned source does not name
is a substitution when the segment also misses a source concept (an error), else a term the
translator added (information; but a state the whole source names nowhere, nor its capital or
president, is a warning). Deprecated target terms are errors wherever they stand. A missing term is
only information where it is a general word (balancing: another sense?), stands inside a longer
name, qualifies a noun, was named just before, follows a narrower place, is a short form that may
be another state's, stands in lower case, among states named together, by a noun or a stand-in
(Мемлекет басшысы, РФ for Moscow), in a dropped dateline, as a derived word (американские
чиновники), or where the aligned sentences may not match: the kinds of ``report.SEVERITY``, classed
in ``termkinds``, ``termsense``, ``termrefs`` and ``termalign``. Terms inside a web address are not
terms there. Each finding gives the line of the term itself. The inputs (two texts, a trilingual
article, a PO, XLIFF or TMX file) become segments in ``glossary.aids.checking``.
"""
from __future__ import annotations

from collections.abc import Callable

from glossary.aids import termalign, termspans
from glossary.aids.annotation import Annotator, Span
from glossary.aids.report import Finding, Report, Segment
from glossary.aids.termdates import datelined
from glossary.aids.termkinds import (
    NO_SUBSTITUTE,
    by_surname,
    kind_of,
    metonym,
    sense_of,
    widened,
)
from glossary.aids.termrefs import coordinated, titled
from glossary.aids.termsense import STATES, Sense
from glossary.aids.termtarget import Context, Target, equivalents, nearby, related
from glossary.forms.index import FormsIndex

WINDOW = 1  # neighbouring segments where a moved equivalent still counts
Need = tuple[int, Span, tuple[str, ...]]  # segment, source term, the target terms that would do


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
            expected = equivalents(index.record(concept), target_lang)
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
        near = [j for j in nearby(i, len(have), window) if span.concept in have[j]
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
    term), in a target sentence without a source counterpart too, unless the target runs on
    there past where a source cut mid-sentence stops (nothing to check it against)."""
    extras: dict[int, list[Span]] = {}
    for i, found in enumerate(targets[: termalign.source_end(segments)]):
        for span in {s.concept: s for s in found}.values():
            near = any(span.concept in named[j] for j in nearby(i, len(named), window))
            if not near and equivalents(index.record(span.concept), source_lang):
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


def _swapped(segment: Segment, span: Span, extras: list[Span], index: FormsIndex,
             derived: str | None = None, beside: bool = False) -> Span | None:
    """The extra target term of the segment that names a concept of the same subject field (hard
    power for soft power), the one nearest the same share of the way into its segment (translations
    reorder), not the target's dateline where the source has none (where the agency writes from),
    nor, where the concept stands ``beside`` in another language's term, its own summit.
    None when the concept's ``derived`` word stands nearer (российским лидером for the President of
    Russia, with Казахстана added elsewhere)."""
    def where(offset: int, text: str) -> float:
        return abs(offset / max(1, len(text)) - span.start / max(1, len(segment.source)))

    subject = index.record(span.concept)["subject"]
    own = datelined(segment.source, len(segment.source) - len(segment.source.lstrip()))
    near = [(where(e.start, segment.target), n) for n, e in enumerate(extras)
            if index.record(e.concept)["subject"] == subject
            and not (beside and related(index, e.concept, span.concept))
            and (own or not datelined(segment.target, e.start))]
    best = min(near, default=None)
    if best is None or (derived and where(segment.target.find(derived), segment.target) <= best[0]):
        return None
    return extras.pop(best[1])


def _both_ways(ctx: Context, needs: tuple[list[Need], list[Need]],
               extras: dict[int, list[Span]], loose: dict[int, termalign.Loose]) -> list[Finding]:
    """Missing source terms (``needs``: unmet, and met only by a moved equivalent), each paired
    with a target term that took its place (a substitution) where the segment has one, else
    classed by ``_kind`` and ``_sense`` (a person the target names by the surname is met); the
    extras paired are taken out of ``extras``; one missing where the segment is ``loose``
    (``termalign``) is only information."""
    unmet, moved = needs
    segments, target = ctx.segments, ctx.target
    findings, swapped = [], set()
    for i, span, expected in moved + unmet:
        if ctx.quiet.get((i, span.start), ("",))[0] in NO_SUBSTITUTE or coordinated(
                segments[i].target, expected):  # борьба с экстремизмом и терроризмом: there
            continue
        if word := metonym(ctx, i, span):  # Кремль ... Тбилиси → Moscow ... Georgia: no swap
            extras[i] = [e for e in extras.get(i, []) if e.text != word]
            continue
        derived = (None if span.concept in ctx.source_derived[i]  # the source's own Russian
                   else target.derived[i].get(span.concept))
        beside = span.concept in target.foreign[i]  # ОДКБ in a Kazakh text: there, not replaced
        other = _swapped(segments[i], span, extras.get(i, []), ctx.index, derived, beside)
        if other is not None:  # (for a moved one: the neighbour's equivalent was another's)
            findings.append(_finding("substitution", segments[i], span, expected, found=other.text))
            swapped.add((i, span.start))
    for i, span, expected in unmet:
        if (i, span.start) in swapped or by_surname(ctx, i, span, expected):
            continue
        kind, word = kind_of(i, span, target, ctx.quiet)
        if kind == "missing":
            kind, word = sense_of(ctx, i, span, expected)
        if kind == "missing" and (why := termalign.why_loose(loose, i, span.start)):
            kind, word = "loose", why  # the alignment's doing, more likely
        findings.append(_finding(kind, segments[i], span, expected, found=word))
    return findings


def _additions(ctx: Context, extras: dict[int, list[Span]], sense: Sense) -> list[Finding]:
    """The target terms no substitution explained: terms the translator added (information),
    but a state that the whole source names nowhere, nor anything of it (its capital, its
    president), is ``unsourced`` (a warning: a wrong country) unless it qualifies a noun
    (президента Казахстана, долларов США: ``termrefs.titled``), stands inside a longer name, in
    a dateline or after a narrower place the source names (из штата Орегон в США)."""
    anywhere, findings, cut = _sourced(ctx), [], termalign.source_cut(
        ctx.segments, ctx.langs, ctx.sources, ctx.target.terms)
    for i, left in extras.items():
        segment = ctx.segments[i]
        implied = {s.start for s in left if titled(segment.target, s.start, s.end) or (
            cut and i == cut[0] and s.start >= cut[1])} | set(  # past a cut source's end
            sense.places(segment.target, left, segment.source))
        for span in left:
            record = ctx.index.record(span.concept)
            strange = (record["subject"] == STATES and span.concept not in anywhere
                       and span.start not in implied and not datelined(segment.target, span.start)
                       and not termspans.inside_name(segment.target, span.start, span.end))
            if (inner := widened(ctx, i, span)) is not None:  # ООН → Генеральная Ассамблея ООН
                findings.append(_finding("widened", segment, inner, equivalents(
                    ctx.index.record(inner.concept), ctx.langs[1]), found=span.text))
                continue
            findings.append(_finding("unsourced" if strange else "added", segment, span,
                                     equivalents(record, ctx.langs[0]), side="target"))
    return findings


def _sourced(ctx: Context) -> set[str]:
    """The concepts the whole source names, by a term or a derived word, and the states of those
    that have one (Tokayev names Kazakhstan, Moscow Russia)."""
    named = ctx.named_anywhere
    return set(named) | {ctx.index.record(c).get("state", "") for c in named} - {""}


def _wrong_owner(ctx: Context, needs: list[Need], sense: Sense) -> list[Finding]:
    """Another state's short form in the source (the Ukrainian Foreign Ministry) given in the
    target as the concept with its own state (МИД России): the ministry changed hands, an
    error."""
    found = []
    for i, span, _ in needs:
        if ctx.quiet.get((i, span.start), ("",))[0] != "short":
            continue
        target = ctx.segments[i].target
        terms = [t for t in ctx.target.terms[i] if t.concept == span.concept]
        _, own = sense.elliptical(target, ctx.target.terms[i])
        owned = [t for t in terms if t.start in own or sense.full_states(t.concept, t.lang) & {
            n.concept for n in sense.annotator.nested(target, t, t.lang)}]
        if owned:
            whose = ctx.quiet[(i, span.start)][1]
            found.append(_finding("substitution", ctx.segments[i], span,
                                  (f"the one of «{whose}»",), found=owned[0].text))
    return found


def _all_spans(annotator: Annotator, segments: list[Segment], langs: tuple[str, str],
               progress: Callable[[int, int], None] | None) -> tuple[list[list[Span]],
                                                                      list[list[Span]]]:
    """Per segment, the source language's terms of the source, and every language's terms of
    the target (another language's term left in a translation is a finding too)."""
    source_spans, every = [], []
    for n, s in enumerate(segments, 1):
        source_spans.append(termspans.spans(annotator, s.source, langs[0]))
        every.append(termspans.spans(annotator, s.target, langs[1], own=False))
        if progress is not None and (n % 50 == 0 or n == len(segments)):
            progress(n, len(segments))
    return source_spans, every


def _target(annotator: Annotator, segments: list[Segment], every: list[list[Span]],
            how: tuple[str, int], named: list[set[str]]) -> Target:
    """What the target side holds (see ``Target``), from every language's terms in it; ``how``
    is the target language and the window; ``named``, the source's concepts per segment."""
    lang, window = how
    spans = [[s for s in found if s.lang == lang] for found in every]
    have = termspans.named(annotator, [s.target for s in segments], spans, lang)
    target = Target([names | kept for names, kept in zip(have, termspans.kept(every, lang),
                                                          strict=True)],
                    termspans.derived(spans), termspans.foreign(every, lang), window)
    target.strangers = [{s.concept for s in found if not s.derived} - names
                        for found, names in zip(spans, named, strict=True)]
    target.terms = termspans.terms(spans)
    return target


def check_segments(segments: list[Segment], source_lang: str, target_lang: str,
                   index: FormsIndex | None = None, annotator: Annotator | None = None,
                   window: int = WINDOW, progress: Callable[[int, int], None] | None = None
                   ) -> Report:
    """Check aligned segments in both directions (see the module's docstring); ``window`` is how
    many neighbouring segments a moved equivalent may stand in (0 for independent units);
    ``progress`` hears how many segments have had their terms found."""
    annotator = annotator or Annotator(index or FormsIndex.default(), derived=True)
    index = annotator.index
    source_spans, every = _all_spans(annotator, segments, (source_lang, target_lang), progress)
    target_spans = [[s for s in found if s.lang == target_lang] for found in every]
    named = [terms | set(words) for terms, words in zip(
        termspans.named(annotator, [s.source for s in segments], source_spans, source_lang),
        termspans.derived(source_spans), strict=True)]
    target = _target(annotator, segments, every, (target_lang, window), named)
    report = Report(
        source_lang, target_lang, segments=sum(bool(s.source and s.target) for s in segments)
    )
    sense = Sense(annotator)
    quiet = termspans.quiet(segments, source_spans, source_lang, sense)
    needs = _needs(segments, termspans.terms(source_spans), index, target_lang, quiet)
    report.checked = len(needs)
    extras = _extras(segments, termspans.own_terms(segments, target_spans, sense), named, index,
                     source_lang, window)
    ctx = Context(segments, termspans.terms(source_spans), index, (source_lang, target_lang),
                  target, quiet, [set(d) for d in termspans.derived(source_spans)], named)
    report.findings = _both_ways(ctx, _unmet(needs, target.have, window), extras,
                                 termalign.loose(segments, (source_lang, target_lang),
                                                 ctx.sources, target.terms))
    report.findings += _additions(ctx, extras, sense) + [
        _finding("unmatched", segments[i], s, equivalents(index.record(s.concept), target_lang))
        for i, s in termalign.unmatched(segments, ctx.sources)]
    report.findings += _wrong_owner(ctx, needs, sense)
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
            if any(t["text"] == span.term and t["status"] == "deprecated"
                   for t in record["terms"].get(target_lang, ())):
                findings.append(_finding("deprecated", segment, span,
                                         equivalents(record, target_lang), side="target"))
    return findings
