"""What a terminology check reports: aligned segments, findings with their severity, a report per
direction, and the dismissed findings a project keeps (a baseline, as linters have)."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
# What each kind of finding weighs. Errors: a deprecated term, another concept's term in the
# equivalent's place. Warnings: an equivalent missing, or written as another language's term.
# A target state the whole source names nowhere (unsourced) is a warning too. Information: a
# missing general word, or term inside a longer name (name), qualifying a noun
# (modifier: чиновники США), a state after a narrower place in it (place: Орегон в США), a short
# form that may be another state's (short: China's Foreign Ministry), a name the target writes in
# lower case (lowercase: на западе), a person's full name spelt otherwise (spelt: Aleksandr
# Lukashenko for Alexander Lukashenko), a speaker the target quotes directly (quoted: Tokayev
# stressed that ... → «...»), a state among those the target names together (collective:
# "the two countries"), a concept the target names by a noun the source lacks (generic: Мемлекет
# басшысы for the president), a concept standing for it through a state (metonymy: РФ for
# Moscow, Токаев for the President of Kazakhstan), a term in a news dateline (dateline: MOSCOW,
# January 12 /TASS/), or named just before (elsewhere: left out as a pronoun would be), or missing
# where the aligned sentences may not translate each other (loose: ``termalign``), or in a source
# sentence the target has no counterpart for (unmatched); a derived word for the term; a term the
# translator added, or one that holds a source term and widens it into a concept the source does
# not name (widened: ООН → Генеральная Ассамблея ООН; translators make the occasion explicit).
SEVERITY = {"deprecated": "error", "substitution": "error", "missing": "warning",
            "foreign": "warning", "general": "info", "name": "info", "modifier": "info",
            "place": "info", "short": "info", "lowercase": "info", "spelt": "info",
            "collective": "info", "quoted": "info",
            "generic": "info", "metonymy": "info", "dateline": "info", "elsewhere": "info",
            "derived": "info", "added": "info", "unsourced": "warning", "widened": "info",
            "loose": "info", "unmatched": "info"}


@dataclass(frozen=True)
class Segment:
    """Aligned source and target text (either may be empty), the lines each starts on, and where
    each of their sentences starts: (offset in the segment, line) pairs; ``unit`` names a
    translation unit of a PO, XLIFF or TMX file."""

    source: str
    target: str
    source_line: int | None
    target_line: int | None
    source_map: tuple[tuple[int, int], ...] = ()
    target_map: tuple[tuple[int, int], ...] = ()
    unit: str = ""

    def line_of(self, offset: int, side: str) -> int | None:
        """The line where the character at ``offset`` of the source or target text stands."""
        text, first, starts = ((self.source, self.source_line, self.source_map) if side == "source"
                               else (self.target, self.target_line, self.target_map))
        if first is None:
            return None
        start, line = next(((s, n) for s, n in reversed(starts) if s <= offset), (0, first))
        return line + text.count("\n", start, offset)


@dataclass(frozen=True)
class Finding:
    """A term of one side without its counterpart on the other, or a deprecated term."""

    kind: str  # see SEVERITY
    concept: str
    text: str  # the term as it stands (in the source for missing, in the target otherwise)
    expected: tuple[str, ...]  # the target terms that would do
    source_line: int | None
    target_line: int | None
    unit: str = ""  # the translation unit, in a PO, XLIFF or TMX file
    found: str = ""  # what stands in the target instead: another term, a derived word, «западе»
    target_text: str = ""  # the aligned target text, which a dismissal is tied to

    @property
    def severity(self) -> str:
        """error, warning or info (see ``SEVERITY``)."""
        return SEVERITY[self.kind]

    def key(self) -> tuple[str, str, str, str]:
        """What a dismissal names: concept, kind, source text, a hash of the target text."""
        digest = hashlib.blake2b(self.target_text.encode(), digest_size=8).hexdigest()
        return (self.concept, self.kind, self.text, digest)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of a finding in ``glossary check --json``."""
        data = {"kind": self.kind, "severity": self.severity, "concept": self.concept,
                "text": self.text, "expected": list(self.expected),
                "source_line": self.source_line, "target_line": self.target_line}
        data.update({k: v for k, v in (("unit", self.unit), ("found", self.found)) if v})
        return data


@dataclass
class Report:
    """The findings of one check, from ``source_lang`` to ``target_lang``."""

    source_lang: str
    target_lang: str
    segments: int = 0
    checked: int = 0  # source terms whose concept has a target-language equivalent
    findings: list[Finding] = field(default_factory=list)
    dismissed: int = 0  # findings a baseline dismissed

    @property
    def clean(self) -> bool:
        """True when nothing was found."""
        return not self.findings

    def count(self, severity: str) -> int:
        """How many findings have ``severity``."""
        return sum(f.severity == severity for f in self.findings)

    def passes(self, strict: bool = False) -> bool:
        """No errors (and, when ``strict``, no warnings either): what a CI job asks."""
        return not self.count("error") and not (strict and self.count("warning"))

    def summary(self) -> str:
        """One line: the direction, what was checked, and the findings by severity."""
        head = (f"{self.source_lang} → {self.target_lang}: {self.checked} term(s) checked "
                f"in {self.segments} aligned segment(s)")
        dismissed = f" ({self.dismissed} dismissed)" if self.dismissed else ""
        if self.findings:
            counts = ", ".join(f"{self.count(s)} {s}(s)" for s in SEVERITIES if self.count(s))
            return f"{head}, {counts}{dismissed}"
        if not self.checked:
            return f"{head}, nothing to check (no glossary term)"
        return f"{head}, clean{dismissed}"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of one report in ``glossary check --json``."""
        return {"source_lang": self.source_lang, "target_lang": self.target_lang,
                "segments": self.segments, "checked": self.checked, "dismissed": self.dismissed,
                "findings": [f.to_dict() for f in self.findings]}


def dismiss(reports: Iterable[Report], dismissed: set[tuple[str, str, str, str]]) -> None:
    """Drop from ``reports`` the findings a baseline dismissed, counting them."""
    for report in reports:
        kept = [f for f in report.findings if f.key() not in dismissed]
        report.dismissed += len(report.findings) - len(kept)
        report.findings = kept


def read_baseline(path: str) -> set[tuple[str, str, str, str]]:
    """The findings a project dismissed (``glossary check --baseline FILE``); none when the file
    does not exist yet. Each entry names concept, kind, text, the target's hash and a reason."""
    import os
    import tomllib

    from glossary.errors import DataFileError

    if not os.path.exists(path):
        return set()
    with open(path, "rb") as handle:
        try:
            entries = tomllib.load(handle).get("dismissed", [])
        except tomllib.TOMLDecodeError as exc:
            raise DataFileError(path, None, "toml", str(exc)) from exc
    keys = set()
    for number, entry in enumerate(entries, 1):
        if not all(
            isinstance(entry.get(k), str) for k in ("concept", "kind", "text", "target", "reason")
        ):
            raise DataFileError(path, None, f"dismissed[{number}]",
                                "needs concept, kind, text, target and reason")
        keys.add((entry["concept"], entry["kind"], entry["text"], entry["target"]))
    return keys


def baseline_text(reports: Iterable[Report], reason: str) -> str:
    """A baseline that dismisses every finding of ``reports`` with ``reason`` (edit each reason)."""
    import json

    lines = [
        "# Findings of glossary check dismissed on purpose; later runs with --baseline skip them.",
        "# Give each its own reason.",
    ]
    for report in reports:
        for finding in report.findings:
            concept, kind, text, target = finding.key()
            lines += ["", "[[dismissed]]"] + [
                f"{k} = {json.dumps(v, ensure_ascii=False)}"
                for k, v in (
                    ("concept", concept),
                    ("kind", kind),
                    ("text", text),
                    ("target", target),
                    ("reason", reason),
                )
            ]
    return "\n".join(lines) + "\n"
