"""``glossary lookup`` as a user runs it: golden output, and a start-up that loads no morphology engine."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.tools import invoke

GOLDEN = Path(__file__).parent / "data" / "golden"
QUERIES = ("мягкой силы", "Myagkoy Sily", "ҰҚШҰ-ға")


def test_text_output_is_golden(data):
    shown = []
    for query in QUERIES:
        result = invoke(["lookup", "--termbase", str(data / "good"), query])
        assert result.exit_code == 0
        shown.append(f'$ glossary lookup "{query}"\n{result.output}')
    assert "".join(shown) == (GOLDEN / "lookup.txt").read_text(encoding="utf-8")


def test_json_output_is_golden(data):
    result = invoke(["lookup", "--json", "--termbase", str(data / "good"), "жұмсақ күштің"])
    assert result.exit_code == 0
    assert result.output == (GOLDEN / "lookup.json").read_text(encoding="utf-8")


def test_a_lookup_loads_no_morphology_engine(data, cache):
    """The forms index holds every form: a lookup imports neither pymorphy3 nor iuliia, nor the
    detector's or the fuzzy matcher's libraries."""
    from glossary.forms.index import FormsIndex

    FormsIndex.open(data / "good")  # built ahead, as ``glossary index`` does
    script = (
        "import sys\n"
        "from glossary.cli.main import main\n"
        f"sys.argv = ['glossary', 'lookup', '--termbase', {str(data / 'good')!r}, 'мягкой силы']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "heavy = ('pymorphy3', 'iuliia', 'rapidfuzz', 'langdetect')\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    env = {**os.environ, "GLOSSARY_CACHE": str(cache)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.splitlines()[-1] == "0 []", result.stdout + result.stderr
