"""What a terminology check reports: aligned segments, findings, and one report per direction."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Segment:
    """Aligned source and target text (either may be empty) and the lines each starts on."""

    source: str
    target: str
    source_line: int | None
    target_line: int | None


@dataclass(frozen=True)
class Finding:
    """A source term whose equivalent is missing from the target, or a deprecated term used in the
    target.
    """

    kind: str  # missing or deprecated
    concept: str
    text: str  # the term as it stands (in the source for missing, in the target for deprecated)
    expected: tuple[str, ...]  # the target terms that would do
    source_line: int | None
    target_line: int | None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of a finding in ``glossary check --json``."""
        return {
            "kind": self.kind,
            "concept": self.concept,
            "text": self.text,
            "expected": list(self.expected),
            "source_line": self.source_line,
            "target_line": self.target_line,
        }


@dataclass
class Report:
    """The findings of one check, from ``source_lang`` to ``target_lang``."""

    source_lang: str
    target_lang: str
    segments: int = 0
    checked: int = 0  # source terms whose concept has a target-language equivalent
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when nothing was found."""
        return not self.findings

    def summary(self) -> str:
        """One line: the direction, what was checked, and the findings by kind."""
        missing = sum(f.kind == "missing" for f in self.findings)
        deprecated = len(self.findings) - missing
        head = (f"{self.source_lang} → {self.target_lang}: {self.checked} term(s) checked "
                f"in {self.segments} aligned segment(s)")
        if self.findings:
            return f"{head}, {missing} missing, {deprecated} deprecated"
        return f"{head}, clean" if self.checked else f"{head}, nothing to check (no glossary term)"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of one report in ``glossary check --json``."""
        return {
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "segments": self.segments,
            "checked": self.checked,
            "findings": [f.to_dict() for f in self.findings],
        }
