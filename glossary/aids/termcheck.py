"""Check a translation's terminology against the glossary, aligned sentence by aligned sentence.

For each glossary term in a source segment, the concept's equivalent must be
in the aligned target segment, in any inflected form; a translator who moved
it into a neighbouring sentence is not flagged, as long as that sentence's
own source does not need it too. Deprecated terms in the
target are flagged wherever they stand. Texts are aligned with
``glossary.document.align``; a trilingual article with ``glossary.document.article``.
"""
from __future__ import annotations

from typing import Any

from glossary.aids.annotation import Annotator, Span
from glossary.aids.report import Finding, Report, Segment
from glossary.errors import GlossaryError
from glossary.forms.index import FormsIndex

WINDOW = 1  # neighbouring segments where a moved equivalent still counts
UNRELATED = 0.5  # above this share of sentences without a counterpart, two texts are unrelated


def _equivalents(record: dict[str, Any], lang: str) -> tuple[str, ...]:
    """The target terms that count as the concept's equivalent: all but deprecated ones, preferred
    first.
    """
    terms = [t for t in record["terms"].get(lang, ()) if t["status"] != "deprecated"]
    return tuple(t["text"] for t in sorted(terms, key=lambda t: t["status"] != "preferred"))


def _deprecated(record: dict[str, Any], lang: str, term: str) -> bool:
    return any(
        t["text"] == term and t["status"] == "deprecated" for t in record["terms"].get(lang, ())
    )


def _spans(annotator: Annotator, text: str, lang: str) -> list[Span]:
    """The terms of ``lang`` in ``text``, sentence by sentence."""
    from glossary.document.sentences import sentence_spans

    found = []
    for start, end in sentence_spans(text):
        found += [s for s in annotator.sentence(text, start, end, lang) if s.lang == lang]
    return found


def _deprecated_findings(segments: list[Segment], targets: list[list[Span]], index: FormsIndex,
                         target_lang: str) -> list[Finding]:
    """Deprecated target terms, wherever they stand."""
    found = []
    for segment, spans in zip(segments, targets, strict=True):
        for span in spans:
            record = index.record(span.concept)
            if _deprecated(record, target_lang, span.term):
                found.append(
                    Finding(
                        "deprecated",
                        span.concept,
                        span.text,
                        _equivalents(record, target_lang),
                        None,
                        segment.target_line,
                    )
                )
    return found


def _present(
    annotator: Annotator, segments: list[Segment], targets: list[list[Span]], lang: str
) -> list[set[str]]:
    """The concepts each target segment names; a longer term counts for the terms inside it too
    (ресейлік жұмсақ күш has жұмсақ күш)."""
    have = []
    for segment, spans in zip(segments, targets, strict=True):
        nested = {
            n.concept
            for s in spans
            for n in annotator.nested(segment.target, s, lang)
            if n.lang == lang
        }
        have.append({s.concept for s in spans} | nested)
    return have


Need = tuple[int, Span, tuple[str, ...]]  # segment, source term, the target terms that would do


def _needs(segments: list[Segment], sources: list[list[Span]], have: list[set[str]],
           index: FormsIndex, target_lang: str) -> tuple[list[Need], set[tuple[int, str]]]:
    """The source terms whose concept has a target equivalent, and the (segment, concept) pairs
    already met in place."""
    used: set[tuple[int, str]] = set()
    needs: list[Need] = []
    for i, segment in enumerate(segments):
        if not segment.target:
            continue  # no counterpart: nothing to check against
        for concept, span in {s.concept: s for s in reversed(sources[i])}.items():
            expected = _equivalents(index.record(concept), target_lang)
            if expected:
                needs.append((i, span, expected))
                if concept in have[i]:
                    used.add((i, concept))
    return needs, used


def _missing(segments: list[Segment], sources: list[list[Span]], have: list[set[str]],
             index: FormsIndex, target_lang: str) -> tuple[int, list[Finding]]:
    """How many source terms need an equivalent, and those whose equivalent is neither in place
    nor moved."""
    needs, used = _needs(segments, sources, have, index, target_lang)
    found = []
    for i, span, expected in needs:
        if span.concept in have[i]:
            continue
        # A moved equivalent: in a neighbouring target segment whose own source does not claim it.
        moved = [j for j in range(max(0, i - WINDOW), min(len(segments), i + WINDOW + 1))
                 if span.concept in have[j] and (j, span.concept) not in used]
        if moved:
            used.add((moved[0], span.concept))
        else:
            segment = segments[i]
            found.append(Finding("missing", span.concept, span.text, expected, segment.source_line,
                                 segment.target_line))
    return len(needs), found


def check_segments(
    segments: list[Segment],
    source_lang: str,
    target_lang: str,
    index: FormsIndex | None = None,
    annotator: Annotator | None = None,
) -> Report:
    """Check aligned segments: every source term's equivalent in its target segment (or a
    neighbour's).
    """
    annotator = annotator or Annotator(index or FormsIndex.default())
    sources = [_spans(annotator, s.source, source_lang) for s in segments]
    targets = [_spans(annotator, s.target, target_lang) for s in segments]
    report = Report(
        source_lang, target_lang, segments=sum(bool(s.source and s.target) for s in segments)
    )
    report.findings = _deprecated_findings(segments, targets, annotator.index, target_lang)
    have = _present(annotator, segments, targets, target_lang)
    report.checked, missing = _missing(segments, sources, have, annotator.index, target_lang)
    report.findings += missing
    report.findings.sort(key=lambda f: (f.source_line or f.target_line or 0, f.kind, f.concept))
    return report


def _language(text: str) -> str:
    """The language most of ``text``'s characters are in, by sentence."""
    from glossary.document.sentences import sentence_spans
    from glossary.language.langid import detect

    weight: dict[str, int] = {}
    for start, end in sentence_spans(text):
        lang = detect(text[start:end]).lang
        weight[lang] = weight.get(lang, 0) + end - start
    weight.pop("und", None)
    return max(sorted(weight), key=weight.__getitem__) if weight else "und"


def check(source: str, target: str, index: FormsIndex | None = None, source_lang: str | None = None,
          target_lang: str | None = None) -> Report:
    """Check ``target``, a translation of ``source``: their sentences aligned, each term's
    equivalent in place.
    """
    from glossary.document.align import align_pair, anchors
    from glossary.document.sentences import sentence_spans

    annotator = Annotator(index or FormsIndex.default())
    src, tgt = sentence_spans(source), sentence_spans(target)
    if not src or not tgt:
        raise GlossaryError(f"nothing to check: the {'source' if not src else 'target'} is empty")
    source_lang = source_lang or _language(source)
    target_lang = target_lang or _language(target)
    if source_lang == target_lang:
        raise GlossaryError(f"nothing to check: source and target are both {source_lang}; "
                            "give --from and --to if the detector is wrong")
    concepts = annotator.concepts
    src_text, tgt_text = [source[a:b] for a, b in src], [target[a:b] for a, b in tgt]
    beads, _ = align_pair(src_text, tgt_text, [anchors(s, concepts) for s in src_text],
                          [anchors(s, concepts) for s in tgt_text])
    unlinked = sum(len(left) + len(right) for left, right in beads if not left or not right)
    if unlinked > UNRELATED * (len(src) + len(tgt)):
        raise GlossaryError(f"nothing to check: {unlinked} of {len(src) + len(tgt)} sentences have "
                            "no counterpart; the texts do not look like translations of each other")
    segments = []
    for left, right in beads:
        segments.append(
            Segment(
                " ".join(src_text[i] for i in left),
                " ".join(tgt_text[j] for j in right),
                source.count("\n", 0, src[left[0]][0]) + 1 if left else None,
                target.count("\n", 0, tgt[right[0]][0]) + 1 if right else None,
            )
        )
    return check_segments(segments, source_lang, target_lang, annotator=annotator)


def check_document(text: str, source_lang: str, target_lang: str, index: FormsIndex | None = None,
                   alignment: Any = None) -> Report:
    """Check one language of a trilingual article against another: titles, keywords and abstract
    sentences.

    ``alignment`` is the article's ``align_document`` result, when the caller has it already.
    """
    from glossary.document.article import align_document

    annotator = Annotator(index or FormsIndex.default())
    segments = []
    for link in (alignment or align_document(text, annotator.concepts)).links:
        src, tgt = link.texts.get(source_lang), link.texts.get(target_lang)
        if src is None and tgt is None:
            continue
        segments.append(Segment(src or "", tgt or "", (link.lines.get(source_lang) or (None,))[0],
                                (link.lines.get(target_lang) or (None,))[0]))
    return check_segments(segments, source_lang, target_lang, annotator=annotator)


def check_article(text: str, source_lang: str | None = None, target_lang: str | None = None,
                  index: FormsIndex | None = None) -> list[Report]:
    """Check a trilingual article in every direction between its languages (or those ``source_lang``
    and ``target_lang`` pick); a ``GlossaryError`` when it has fewer than two languages or lacks one
    asked for.
    """
    from glossary.document.article import align_document

    annotator = Annotator(index or FormsIndex.default())
    alignment = align_document(text, annotator.concepts)
    present = list(alignment.front)
    if len(present) < 2:
        raise GlossaryError(
            f"not a trilingual article (front matter found in {len(present)} language(s)); "
            "give SOURCE and TARGET"
        )
    for lang in (source_lang, target_lang):
        if lang and lang not in present:
            raise GlossaryError(f"has no {lang} front matter (it has {', '.join(present)})")
    directions = [(a, b) for a in present for b in present
                  if a != b and source_lang in (None, a) and target_lang in (None, b)]
    return [check_document(text, a, b, annotator.index, alignment) for a, b in directions]
