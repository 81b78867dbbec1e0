"""`pip install .` into a fresh virtual environment, then `twapschema validate` on the examples.

The wheel is built from a scratch copy of the project (so the build writes no build/ directory
into the work tree), installed with its dependencies from the package registry into a new venv
once per module, and exercised from a directory outside the repository. The only skip is for a
package registry that cannot be reached, detected from pip's own failure output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REFERENCE_FILE, ROOT, VENUES

EXAMPLES = ROOT / "generated" / "examples"
# What pip prints when it cannot reach a package index (as opposed to a broken package).
_UNREACHABLE = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Name or service not known",
    "Network is unreachable",
    "Connection refused",
    "ConnectTimeoutError",
    "Read timed out",
    "ProxyError",
    "SSLError",
)
# Or it found no version at all of a package that every index has: the index answered nothing.
_NO_VERSIONS = re.compile(
    r"Could not find a version that satisfies the requirement "
    r"(setuptools|wheel|pydantic|pydantic-core|pyyaml|annotated-types|typing-extensions|"
    r"typing-inspection)\b[^\n]*\(from versions: none\)",
    re.IGNORECASE,
)
_COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "venv",
    "__pycache__",
    "*.pyc",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    "build",
    "dist",
    "site",
    "*.egg-info",
    "node_modules",
)


@dataclass(frozen=True)
class Installed:
    venv: Path
    python: Path
    script: Path
    outside: Path  # a working directory outside the repository


def _clean_env() -> dict[str, str]:
    """This interpreter's environment without anything that would point imports at the repo."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "PYTHONSAFEPATH"}
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONNOUSERSITE"] = "1"
    return env


def _pip(step: str, command: list[str], cwd: Path) -> None:
    done = subprocess.run(
        command,
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode == 0:
        return
    output = done.stdout + done.stderr
    if any(marker in output for marker in _UNREACHABLE) or _NO_VERSIONS.search(output):
        pytest.skip(f"{step}: the package registry cannot be reached:\n{output[-2000:]}")
    pytest.fail(f"{step} failed (exit {done.returncode}):\n{output[-4000:]}")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_COPY_IGNORE)
    wheels = work / "wheels"
    _pip(
        "pip wheel",
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(source),
        ],
        work,
    )
    [wheel] = wheels.glob("twapschema-*.whl")

    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    _pip("pip install", [str(python), "-m", "pip", "install", "--quiet", str(wheel)], work)
    script = bin_dir / ("twapschema.exe" if os.name == "nt" else "twapschema")
    assert script.is_file(), "the wheel installed no twapschema console script"
    outside = work / "elsewhere"
    outside.mkdir()
    return Installed(venv, python, script, outside)


def run(installed: Installed, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(installed.script), *argv],
        cwd=installed.outside,
        env=_clean_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )


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
