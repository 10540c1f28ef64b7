"""Find, per language, the title, authors, affiliation, abstract and keywords of a trilingual
article.

Journals in Kazakhstan print each article's front matter in Kazakh, Russian
and English, in varying order, with or without labels (Abstract / Аңдатпа /
Аннотация; Key words / Түйін сөздер / Ключевые слова). The document is cut
into paragraphs with their languages (``blocks.segment``); a section is a run
of one language, ended early by a keyword list; the body starts at the first
section whose language already has its front matter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from glossary.document.blocks import Block, names_only, segment
from glossary.document.sentences import continues

ABSTRACT_LABEL = re.compile(
    r"^\s*(?:abstract|summary|аңдатпа|түйіндеме|аннотация|резюме)\s*[:.—–-]?\s*", re.IGNORECASE
)
KEYWORDS_LABEL = re.compile(
    r"^\s*(?:key\s*-?\s*words|түйін(?:ді)?\s+сөздер|кілт(?:ті)?\s+сөздер|ключевые\s+слова)\s*[:.—–-]\s*",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(
    r"universit|институт|institut|academ|академ|college|колледж|school|мектеб|center|centre|орталығ|центр|"
    r"kazakhstan|қазақстан|казахстан|almaty|алматы|astana|астана|nur-sultan|нұр-сұлтан|нур-султан|россия|russia|ресей",
    re.IGNORECASE)
_INITIALS = re.compile(r"(?<![\w.])[^\W\d_]\.\s?(?:[^\W\d_]\.\s?)?\s*[^\W\d_][\w’'-]+")


@dataclass
class FrontMatter:
    """One language's front matter; each part is a block of the document (lines and text)."""

    lang: str
    title: Block | None = None
    authors: list[Block] = field(default_factory=list)
    affiliations: list[Block] = field(default_factory=list)
    abstract: Block | None = None
    keywords_block: Block | None = None
    keywords: list[str] = field(default_factory=list)
    labelled: bool = False  # the abstract has its label (Abstract, Аңдатпа, Аннотация)

    def parts(self) -> list[tuple[str, Block]]:
        """(kind, block) of every part found, in document order."""
        found = [
            ("title", self.title),
            ("abstract", self.abstract),
            ("keywords", self.keywords_block),
        ]
        found += [("authors", b) for b in self.authors] + [
            ("affiliation", b) for b in self.affiliations
        ]
        return sorted(
            ((kind, b) for kind, b in found if b is not None), key=lambda item: item[1].start
        )


def split_keywords(text: str) -> list[str]:
    """The items of a keyword list, label and surrounding quotes removed (``«soft power», Central
    Asia.``).
    """
    text = KEYWORDS_LABEL.sub("", text).strip().rstrip(".;")
    items = re.split(r"\s*[;,]\s*", text)
    return [item.strip(" «»\"“”„'") for item in items if item.strip(" «»\"“”„'")]


def _merge_breaks(blocks: list[Block]) -> list[Block]:
    """Join paragraphs split by a page break (the first has no final stop, the second starts
    lowercase).
    """
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].lang == block.lang and continues(out[-1].text, block.text):
            prev = out.pop()
            block = Block(
                prev.text + " " + block.text,
                prev.start,
                block.end,
                prev.lang,
                prev.confidence,
                prev.probabilities,
            )
        out.append(block)
    return out


def _is_authors(text: str) -> bool:
    if (
        _AFFILIATION.search(text)
        or text.isupper()
        or len(text) > 200
        or text.rstrip().endswith(".")
    ):
        return False  # an institution, or a title in capitals
    return names_only(text) or bool(_INITIALS.search(text))


def _is_keyword_list(text: str) -> bool:
    """An unlabelled keyword list: three or more short items separated by commas or semicolons, no
    sentences.
    """
    items = split_keywords(text)
    return (
        len(items) >= 3
        and all(len(item.split()) <= 6 for item in items)
        and not re.search(r"[.!?]\s+\S", text)
    )


def _is_prose(text: str) -> bool:
    return len(text) >= 120 and len(re.findall(r"[.!?](?:\s|$)", text)) >= 2


def _sections(blocks: list[Block]) -> list[list[Block]]:
    """Runs of one language (e-mail lines and the like join the run they sit in), each ended by its
    keywords.
    """
    sections: list[list[Block]] = []
    closed = True
    for block in blocks:
        lang = block.lang
        if lang == "und" and sections:
            lang = sections[-1][0].lang
        if closed or lang != sections[-1][0].lang:
            sections.append([])
            closed = False
        sections[-1].append(
            block if block.lang != "und" else Block(block.text, block.start, block.end, lang, 0.0)
        )
        if KEYWORDS_LABEL.match(block.text):
            closed = True
    return sections


def _abstract(section: list[Block]) -> tuple[int, Block] | None:
    """Where the abstract stands in a section: after its label, else the first prose after the head.
    """
    for i, block in enumerate(section):
        if ABSTRACT_LABEL.match(block.text) and not KEYWORDS_LABEL.match(block.text):
            rest = ABSTRACT_LABEL.sub("", block.text)
            if rest.strip():
                return i, Block(
                    rest, block.start, block.end, block.lang, block.confidence, block.probabilities
                )
            if i + 1 < len(section):
                return i + 1, section[i + 1]
            break
    return next(((i, b) for i, b in enumerate(section) if i > 0 and _is_prose(b.text)), None)


def _keywords(after: list[Block]) -> Block | None:
    """The keyword list among the blocks after the abstract (more prose may come first)."""
    for block in after:
        if KEYWORDS_LABEL.match(block.text) or _is_keyword_list(block.text):
            return block
        if not _is_prose(block.text):
            return None
    return None


def _read_head(front: FrontMatter, head: list[Block]) -> None:
    """Authors, affiliations and title among the blocks before the abstract."""
    for block in head:
        if _is_authors(block.text):
            front.authors.append(block)
        elif front.authors and _AFFILIATION.search(block.text) and block is not head[-1]:
            front.affiliations.append(block)
    rest = [b for b in head if b not in front.authors and b not in front.affiliations]
    if rest:
        front.title = rest[-1] if rest[-1] is head[-1] else rest[0]


def _read(section: list[Block]) -> FrontMatter | None:
    """The parts of one section, or None when it has no abstract (body text, a running head)."""
    found = _abstract(section)
    if found is None:
        return None
    at, abstract = found
    front = FrontMatter(section[0].lang, abstract=abstract)
    front.labelled = any(ABSTRACT_LABEL.match(b.text) for b in section[: at + 1])
    keywords = _keywords(section[at + 1 :])
    if keywords is not None:
        front.keywords_block, front.keywords = keywords, split_keywords(keywords.text)
    _read_head(
        front,
        [b for b in section[:at] if "@" not in b.text and not ABSTRACT_LABEL.fullmatch(b.text)],
    )
    return front


def front_matter(text: str) -> dict[str, FrontMatter]:
    """Each language's front matter, in document order; the first repeated language is the body and
    stops the search.
    """
    found: dict[str, FrontMatter] = {}
    for section in _sections(_merge_breaks(segment(text, "paragraph"))):
        lang = section[0].lang
        if lang == "und":
            continue
        if lang in found:
            break
        front = _read(section)
        if front is not None:
            found[lang] = front
    return found
