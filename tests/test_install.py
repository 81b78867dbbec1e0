"""`pip install .` into a fresh virtual environment, then `twapschema validate` on the examples
(the environment: tests/installed.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import REFERENCE_FILE, ROOT, VENUES
from tests.installed import Installed, _clean_env, run, run_python

EXAMPLES = ROOT / "generated" / "examples"


def test_installed_package_is_imported_from_the_venv(installed: Installed) -> None:
    code = (
        "import pathlib, twapschema, twapschema.models.qfex as q\n"
        "print(pathlib.Path(twapschema.__file__).resolve())\n"
        "print(pathlib.Path(q.__file__).resolve())\n"
        "print(q.AddTwap.__name__, twapschema.__version__)\n"
        "print((pathlib.Path(twapschema.__file__).parent / 'py.typed').is_file())\n"
    )
    done = subprocess.run(
        [str(installed.python), "-c", code],
        cwd=installed.outside,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    package_file, qfex_file, names, typed = done.stdout.splitlines()
    venv = installed.venv.resolve()
    assert Path(package_file).is_relative_to(venv), package_file
    assert Path(qfex_file).is_relative_to(venv), qfex_file
    assert not Path(package_file).is_relative_to(ROOT.resolve())
    assert names == "AddTwap 0.1.0"
    assert typed == "True"


def test_installed_cli_validates_ondo_example(installed: Installed) -> None:
    path = str(EXAMPLES / "ondo" / "create_twap_order.valid.jsonl")
    done = run(installed, "validate", "ondo", "create_twap_order", path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{path}:1: valid\n", "")


def test_installed_cli_validates_qfex_example_with_reference(installed: Installed) -> None:
    path = str(EXAMPLES / "qfex" / "add_twap.valid.jsonl")
    done = run(installed, "validate", "qfex", "add_twap", path, "--reference", str(REFERENCE_FILE))
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{path}:1: valid\n", "")


def test_installed_cli_reports_invalid_examples(installed: Installed) -> None:
    path = str(EXAMPLES / "ondo" / "create_twap_order.invalid.jsonl")
    done = run(installed, "validate", "ondo", "create_twap_order", path, "--format", "json")
    assert (done.returncode, done.stderr) == (1, "")
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    assert '"rule": "running_time_multiple_of_frequency"' in lines[0]
    assert '"rule": "child_order_count"' in lines[1]
    assert '"rule": "min_price_not_above_max_price"' in lines[2]


def test_installed_cli_usage_error(installed: Installed) -> None:
    done = run(installed, "validate", "deribit", "add_twap")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("twapschema: unknown venue 'deribit'")
    assert "Traceback" not in done.stderr


def test_installed_cli_lists_venues(installed: Installed) -> None:
    done = run(installed, "list")
    assert (done.returncode, done.stderr) == (0, "")
    headers = [line for line in done.stdout.splitlines() if not line.startswith(" ")]
    assert tuple(line.split(":")[0] for line in headers) == VENUES
    assert {"aevo: Aevo", "ondo: Ondo Perps", "qfex: QFEX", "okx: OKX"} <= set(headers)


def test_installed_metadata_is_ready_to_publish(installed: Installed) -> None:
    """One version (twapschema.__version__), the license file, project URLs and classifiers in
    the wheel's metadata; the extras are the package's own, the project's tooling is not."""
    code = (
        "import json, importlib.metadata as m, twapschema\n"
        "d = m.distribution('twapschema')\n"
        "md = d.metadata\n"
        "print(json.dumps({'version': md['Version'], 'own': twapschema.__version__,\n"
        "  'license': md['License-Expression'], 'files': md.get_all('License-File'),\n"
        "  'urls': md.get_all('Project-URL'), 'classifiers': md.get_all('Classifier'),\n"
        "  'extras': md.get_all('Provides-Extra'), 'requires': md.get_all('Requires-Dist'),\n"
        "  'licensed': any(str(f).endswith('LICENSE') for f in d.files)}))\n"
    )
    done = run_python(installed, code)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    found = json.loads(done.stdout)
    assert found["version"] == found["own"]
    assert found["license"] == "MIT"
    assert found["files"] == ["LICENSE"]
    assert found["licensed"]
    assert {u.split(",")[0] for u in found["urls"]} == {"Source", "Issues", "Changelog"}
    assert "Typing :: Typed" in found["classifiers"]
    assert sorted(found["extras"]) == ["fetch", "serve", "testing"]
    tooling = ("ruff", "mypy", "pytest", "atheris", "pyinstrument", "dask", "mkdocs")
    assert not [r for r in found["requires"] if r.split()[0].split(">")[0] in tooling]


def test_installed_example_reference_needs_no_testing_extra(installed: Installed) -> None:
    """The examples' reference data ships in the wheel and loads without Hypothesis (the
    testing extra), so the quick start's reference-data rules run on a plain install."""
    code = (
        "import sys, twapschema\n"
        "sys.modules['hypothesis'] = None  # as if the testing extra were not installed\n"
        "ref = twapschema.example_reference()\n"
        "frame = {'type': 'add_twap', 'params': {'symbol': 'AAPL-USD', 'side': 'BUY',\n"
        "  'total_quantity': 0.5, 'num_orders': 10, 'order_interval_secs': 30,\n"
        "  'reduce_only': False}}\n"
        "result = twapschema.validate('qfex', 'add_twap', frame, reference=ref)\n"
        "print(sorted(v.rule for v in result.violations), list(result.unchecked))\n"
    )
    done = run_python(installed, code)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert done.stdout.strip() == "['average_child_at_least_min_quantity'] []"


def test_installed_serve_without_its_extra_says_what_to_install(installed: Installed) -> None:
    """The plain install has no aiohttp (the serve extra): the rest of the CLI works, and
    `serve` says how to get it instead of a traceback."""
    probe = subprocess.run(
        [str(installed.python), "-c", "import aiohttp"], capture_output=True, check=False
    )
    assert probe.returncode != 0, "aiohttp came with the plain install: is it a dependency now?"
    done = run(installed, "serve", "ondo", "--port", "0")
    assert done.returncode == 2
    assert done.stderr.startswith("twapschema: serve needs aiohttp (")
    assert done.stderr.rstrip().endswith("pip install 'twapschema[serve]'")
