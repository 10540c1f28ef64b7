"""Align a trilingual article: its titles, its keyword lists item by item, its abstracts sentence by
sentence; or, where it has no such front matter, its passages in each language sentence by sentence.

The front matter comes from ``glossary.document.frontmatter``; it is used when
two or more languages have it and it shows itself (a keyword list or an
abstract label), never required: other documents go to
``glossary.document.aligntext``, which aligns each language's passages.
Sentences are aligned by ``glossary.document.align``. The caller may pass a
function that names the concepts of a sentence (the glossary's, through the
forms index): they serve as anchors, so a known term ties a Kazakh sentence
to its Russian and English counterparts.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from glossary.document.align import Progress, align_many, anchors
from glossary.document.frontmatter import FrontMatter, front_matter
from glossary.document.passages import Passage
from glossary.document.sentences import sentence_spans
from glossary.vocab import LANGUAGES

Concepts = Callable[[str], set[str]]  # the concepts a text names
Row = dict[str, int | None]  # an item index per language, None where it has no counterpart


@dataclass(frozen=True)
class Link:
    """Aligned text in each language (None where a language has no counterpart) with its lines."""

    kind: str  # title, keyword or sentence
    texts: dict[str, str | None]
    lines: dict[str, tuple[int, int] | None]

    def to_dict(self) -> dict[str, object]:
        """``{"en": ..., "kk": ..., "ru": ..., "kind": ..., "lines": {...}}`` for ``glossary align
        --format json``.
        """
        data: dict[str, object] = {lang: self.texts.get(lang) for lang in LANGUAGES}
        data["kind"] = self.kind
        data["lines"] = {lang: list(span) if span else None for lang, span in self.lines.items()}
        return data


@dataclass
class DocumentAlignment:
    """What ``align_document`` found: each language's front matter, the links, and keywords left
    over.
    """

    front: dict[str, FrontMatter]
    links: list[Link] = field(default_factory=list)
    # (lang, keyword) with no counterpart
    leftovers: list[tuple[str, str]] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)  # where there is no front matter
    sources: dict[str, str] = field(default_factory=dict)  # lang -> file, one file per language

    @property
    def languages(self) -> list[str]:
        """The languages that have aligned text, in the order of ``LANGUAGES``."""
        found = {lang for link in self.links for lang, text in link.texts.items() if text}
        return [lang for lang in LANGUAGES if lang in found]

    def blocks(self) -> list[dict[str, Any]]:
        """The front-matter blocks, or the passages, in document order, for JSON."""
        out: list[dict[str, Any]] = []
        for lang, front in self.front.items():
            for kind, part in front.parts():
                out.append({"lang": lang, "kind": kind, "start_line": part.start,
                            "end_line": part.end, "text": part.text})
        for passage in self.passages:
            out.append({"lang": passage.lang, "kind": "passage", "start_line": passage.start,
                        "end_line": passage.end, "text": passage.text})
        for found in out:
            if found["lang"] in self.sources:
                found["file"] = self.sources[found["lang"]]
        order = list(LANGUAGES)
        return sorted(out, key=lambda b: (order.index(b["lang"]) if self.sources else 0,
                                          b["start_line"]))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of ``glossary align --format json``."""
        return {"blocks": self.blocks(), "alignments": [link.to_dict() for link in self.links],
                "leftovers": [{"lang": lang, "keyword": kw} for lang, kw in self.leftovers]}


def _line_of(lines: list[str], first: int, last: int, sentence: str) -> tuple[int, int]:
    """The lines (within first..last) where ``sentence`` starts and ends."""
    def where(snippet: str, default: int) -> int:
        for number in range(first, last + 1):
            if snippet and snippet in " ".join(lines[number - 1].split()):
                return number
        return default

    words = sentence.split()
    return where(" ".join(words[:4]), first), where(" ".join(words[-3:]), last)


def _match_by_anchors(pivot: list[frozenset[str]], other: list[frozenset[str]]) -> dict[int, int]:
    """Pivot item -> other item, the pairs sharing most anchors first, each item used once."""
    pairs = sorted(
        ((len(a & b), i, j) for i, a in enumerate(pivot) for j, b in enumerate(other) if a & b),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    matched: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in matched and j not in matched.values():
            matched[i] = j
    return matched


def align_keywords(lists: dict[str, list[str]], concepts: Concepts | None = None
                   ) -> tuple[list[Row], list[tuple[str, int]]]:
    """Keyword lists item by item when they have one length, else by shared anchors; and what is
    left over.

    Returns index rows (None where a language has no counterpart) and
    (lang, index) of the items no other list matched.
    """
    langs = [lang for lang in lists if lists[lang]]
    if not langs:
        return [], []
    if len({len(lists[lang]) for lang in langs}) == 1:
        return [{lang: i for lang in langs} for i in range(len(lists[langs[0]]))], []
    marks = {lang: [anchors(item, concepts) for item in lists[lang]] for lang in langs}
    pivot = max(langs, key=lambda lang: (len(lists[lang]), -langs.index(lang)))
    rows: list[Row] = [{pivot: i} for i in range(len(lists[pivot]))]
    leftovers = []
    for lang in (lang for lang in langs if lang != pivot):
        matched = _match_by_anchors(marks[pivot], marks[lang])
        for i, j in matched.items():
            rows[i][lang] = j
        leftovers += [(lang, j) for j in range(len(lists[lang])) if j not in matched.values()]
    for row in rows:
        for lang in langs:
            row.setdefault(lang, None)
    alone = [
        i for i, row in enumerate(rows) if all(row[lang] is None for lang in langs if lang != pivot)
    ]
    leftovers += [(pivot, i) for i in alone]
    return [row for i, row in enumerate(rows) if i not in alone], leftovers


def _keyword_links(front: dict[str, FrontMatter], concepts: Concepts | None
                   ) -> tuple[list[Link], list[tuple[str, str]]]:
    """The keyword links of the front matter and the keywords left over."""
    lists = {lang: front[lang].keywords for lang in front}
    rows, leftovers = align_keywords(lists, concepts)
    links = []
    for row in rows:
        present = {lang: i for lang, i in row.items() if i is not None}
        blocks = {lang: front[lang].keywords_block for lang in present}
        links.append(
            Link(
                "keyword",
                {lang: lists[lang][i] for lang, i in present.items()},
                {lang: (b.start, b.start) for lang, b in blocks.items() if b is not None},
            )
        )
    return links, [(lang, lists[lang][i]) for lang, i in leftovers]


def _sentence_links(
    front: dict[str, FrontMatter], lines: list[str], concepts: Concepts | None,
    progress: Progress | None = None,
) -> list[Link]:
    """The abstracts' sentences, aligned across the languages."""
    abstracts = {lang: f.abstract for lang, f in front.items() if f.abstract is not None}
    sentences = {
        lang: [b.text[s:e] for s, e in sentence_spans(b.text)] for lang, b in abstracts.items()
    }
    links = []
    for group in align_many(sentences, concepts, progress):
        texts = {
            lang: " ".join(sentences[lang][i] for i in group[lang]) for lang in group if group[lang]
        }
        spans: dict[str, tuple[int, int] | None] = {
            lang: _line_of(lines, abstracts[lang].start, abstracts[lang].end, joined)
            for lang, joined in texts.items()
        }
        links.append(Link("sentence", dict(texts), spans))
    return links


def journal(front: dict[str, FrontMatter]) -> bool:
    """Whether front matter found in two or more languages shows itself as such: a keyword list
    or an abstract label (a paragraph of prose after a short one may be anything).
    """
    shown = [f for f in front.values() if f.keywords_block is not None or f.labelled]
    return len(front) >= 2 and len(shown) >= 2


def align_journal(text: str, front: dict[str, FrontMatter], concepts: Concepts | None = None,
                  progress: Progress | None = None) -> DocumentAlignment:
    """Titles, keywords and abstract sentences of a trilingual article whose ``front`` matter was
    found, aligned across its languages.
    """
    result = DocumentAlignment(front)
    titles = {lang: f.title for lang, f in front.items() if f.title is not None}
    if len(titles) > 1:
        result.links.append(
            Link(
                "title",
                {lang: " ".join(b.text.split()) for lang, b in titles.items()},
                {lang: (b.start, b.end) for lang, b in titles.items()},
            )
        )
    keyword_links, result.leftovers = _keyword_links(front, concepts)
    result.links += keyword_links
    result.links += _sentence_links(front, text.splitlines(), concepts, progress)
    return result


def align_document(text: str, concepts: Concepts | None = None,
                   progress: Progress | None = None) -> DocumentAlignment:
    """Titles, keywords and abstract sentences of a trilingual article, aligned across its
    languages; a document without such front matter has its passages aligned instead
    (``aligntext.align_text``); a document in one language gives no links.

    ``concepts`` names the concepts of a text (anchors for the alignment); without it,
    numbers, names and loanwords alone anchor the sentences. ``progress``, when given, is
    told now and then how many sentences are aligned.
    """
    from glossary.document.aligntext import OneLanguage, align_text

    try:
        return align_text(text, concepts, progress)
    except OneLanguage:
        return DocumentAlignment(front_matter(text))
