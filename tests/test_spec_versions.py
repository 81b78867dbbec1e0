"""The CI's version check (issue 21): the specs as they are against the previous commit's,
with `twapschema diff --check-version`: a breaking change that landed without a new major
version, or another change without a new minor, fails here. A spec the previous commit did
not version (or did not have) sets no floor."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_every_spec_change_since_the_previous_commit_has_its_version_bump() -> None:
    parent = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", "HEAD~1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if parent.returncode != 0:
        pytest.skip("no previous commit to compare with (a shallow clone, or the first commit)")
    code = "import sys; from twapschema.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "diff",
            "HEAD~1",
            "specs/",
            "--fail-on",
            "never",
            "--check-version",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
