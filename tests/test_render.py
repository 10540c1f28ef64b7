"""The check's text lines (glossary.cli.render): every kind of finding reads as one line."""
from __future__ import annotations

import pytest

from glossary.aids.report import SEVERITY, Finding, Report
from glossary.cli.render import finding_line


@pytest.mark.parametrize("kind", sorted(SEVERITY))
def test_every_kind_renders_as_one_compiler_style_line(kind):
    finding = Finding(kind, "the-west", "the West", ("Запад",), 3, 4, found="западе")
    line = finding_line(finding, Report("en", "ru"), "a.en", "b.ru")
    assert "\n" not in line and f": {SEVERITY[kind]}: {kind}: " in line
    assert line.startswith(("a.en:3:", "b.ru:4:")) and "the West" in line
