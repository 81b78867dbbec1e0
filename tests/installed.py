"""An installed twapschema: the wheel built from a scratch copy of the project (so the build
writes no build/ directory into the work tree), installed with its dependencies from the package
registry into a new venv once per test session (a pytest plugin, so every module shares it), and
run from a directory outside the repository. The only skip is for a package registry that cannot
be reached, detected from pip's own failure output.
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

ROOT = Path(__file__).resolve().parent.parent

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


@pytest.fixture(scope="session")
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
    # With the `testing` extra (Hypothesis), as a user testing against twapschema installs it;
    # the test without Hypothesis hides it from its interpreter.
    _pip(
        "pip install",
        [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[testing]"],
        work,
    )
    script = bin_dir / ("twapschema.exe" if os.name == "nt" else "twapschema")
    assert script.is_file(), "the wheel installed no twapschema console script"
    outside = work / "elsewhere"
    outside.mkdir()
    return Installed(venv, python, script, outside)


def run(installed: Installed, *argv: str) -> subprocess.CompletedProcess[str]:
    """The installed ``twapschema`` command, from the directory outside the repository."""
    return _outside(installed, [str(installed.script), *argv], timeout=120)


def run_python(installed: Installed, code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in the installed interpreter, from the directory outside the repository."""
    return _outside(installed, [str(installed.python), "-c", code], timeout=180)


def _outside(
    installed: Installed, argv: list[str], *, timeout: int
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv,
        cwd=installed.outside,
        env=_clean_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=timeout,
    )
