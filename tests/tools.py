"""The real tools the exporter tests run: missing ones fail in CI and are skipped, loudly,
elsewhere.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
JARS = ("/usr/share/java/jing.jar", "/usr/share/java/Saxon-HE.jar")


def missing(what: str) -> None:
    """Fail under CI (where .ci/run installs every tool), skip with the reason elsewhere."""
    message = f"{what} is not installed (.ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def tool(name: str) -> str:
    """The path of command ``name`` (beside the running Python first: pip-installed tools)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        missing(name)
    return found


def schemas() -> Path:
    """The official schemas in ``../shared/schemas`` (or ``$GLOSSARY_SCHEMAS``); skipped when
    absent.
    """
    folder = Path(os.environ.get("GLOSSARY_SCHEMAS") or ROOT.parent / "shared" / "schemas")
    if not (folder / "tbx" / "TBXcoreStructV03.rng").exists():
        pytest.skip(f"official schemas not found in {folder} (set GLOSSARY_SCHEMAS)")
    return folder


def corpora() -> Path:
    """The openly licensed corpora in ``../shared/corpora``: failing in CI, skipped elsewhere when
    absent."""
    folder = ROOT.parent / "shared" / "corpora"
    if not (folder / "kk").is_dir():
        missing(f"the corpora in {folder}")
    return folder


def schematron_command(schema: Path, document: Path) -> list[str]:
    """jing with Saxon-HE: the XSLT 2 engine the TBX-Basic Schematron needs."""
    java = tool("java")
    if not all(os.path.exists(j) for j in JARS):
        missing("jing and Saxon-HE (Debian jing, libsaxonhe-java)")
    return [
        java,
        "-cp",
        ":".join(JARS),
        "com.thaiopensource.relaxng.util.Driver",
        str(schema),
        str(document),
    ]


def invoke(args: list[str], **kwargs: object):  # type: ignore[no-untyped-def]
    """Run the command line in-process; a crash is raised, never read as exit code 1."""
    from click.testing import CliRunner

    from glossary.cli.main import cli

    return CliRunner().invoke(cli, args, catch_exceptions=False, **kwargs)
