"""The npm package (npm/, issue 20), as `npm pack` builds it: its files, its version (the Python
package's), and the packed tarball installed into a scratch project and used as a JavaScript
team would, from outside the repository. Its own tests (every conformance vector through its
validate(), Ajv's strict mode, a TypeScript consumer type-checked) run as `npm test` in
`make test`."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

import twapschema
from tests.conftest import ROOT, VENUES

NPM = ROOT / "npm"


def _npm(*argv: str, cwd: Path) -> str:
    npm = shutil.which("npm")
    assert npm is not None, "npm is needed for the npm package (make test installs it)"
    done = subprocess.run(
        [npm, *argv], cwd=cwd, capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def packed() -> dict[str, object]:
    assert (NPM / "node_modules").is_dir(), "run `npm ci --prefix npm` (make test does)"
    found: list[dict[str, object]] = json.loads(_npm("pack", "--dry-run", "--json", cwd=NPM))
    return found[0]


def test_the_package_has_the_python_package_version(packed: dict[str, object]) -> None:
    assert packed["name"] == "twapschema"
    assert packed["version"] == twapschema.__version__


def test_the_package_holds_every_schema_and_type_and_no_test_or_build_file(
    packed: dict[str, object],
) -> None:
    files = {str(f["path"]) for f in packed["files"]}  # type: ignore[attr-defined]
    index = twapschema.json_schema_index()["venues"]
    expected = {"index.mjs", "index.d.ts", "lib/judge.mjs", "lib/cel.mjs", "package.json"}
    expected |= {"schemas/index.json", "schemas/reference.schema.json", "types/messages.d.ts"}
    for venue in VENUES:
        expected.add(f"schemas/{venue}.bundle.json")
        for message, entry in index[venue]["messages"].items():
            expected.add(f"schemas/{entry['path']}")
            expected.add(f"types/{venue}/{message}.d.ts")
    assert expected <= files, sorted(expected - files)
    assert not [f for f in files if f.startswith(("test/", "node_modules/")) or f == "build.mjs"]


def test_the_packed_tarball_installs_and_validates(tmp_path: Path) -> None:
    _npm("pack", "--pack-destination", str(tmp_path), "--silent", cwd=NPM)
    (tarball,) = tmp_path.glob("twapschema-*.tgz")
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    _consumer_project(consumer, tarball)
    # Offline, from npm's cache, which `npm ci --prefix npm` filled: `npm ci` with a lockfile
    # fetches the tarballs the lock names and no registry metadata. (`npm install <tarball>`
    # would resolve its dependencies from their full packuments, which `npm ci` never caches:
    # offline on a fresh machine, that fails.)
    _npm("ci", "--offline", "--no-audit", "--no-fund", cwd=consumer)
    (consumer / "use.mjs").write_text(
        'import { validate } from "twapschema";\n'
        'const order = { market: "AAPL-USD.P", side: "buy", size: "20.30", '
        "runningTime: 3601, frequency: 60 };\n"
        'console.log(JSON.stringify(validate("ondo", "create_twap_order", order)));\n'
    )
    node = shutil.which("node")
    assert node is not None
    done = subprocess.run(
        [node, "use.mjs"], cwd=consumer, capture_output=True, text=True, check=False, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == {
        "valid": False,
        "violations": [{"rule": "running_time_multiple_of_frequency", "path": "/runningTime"}],
        "unchecked": [],
    }


def _consumer_project(consumer: Path, tarball: Path) -> None:
    """A project that depends on the packed tarball, with the lockfile `npm install` would
    write: the tarball (by its hash) and the package's runtime dependencies as its own
    lockfile pins them."""
    ours = json.loads((NPM / "package.json").read_text(encoding="utf-8"))
    pinned = json.loads((NPM / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    where = f"file:../{tarball.name}"
    packages: dict[str, object] = {
        "": {"name": "consumer", "dependencies": {"twapschema": where}},
        "node_modules/twapschema": {
            "version": ours["version"],
            "resolved": where,
            "integrity": f"sha512-{digest}",
            "dependencies": ours["dependencies"],
        },
    }
    packages |= {
        name: entry
        for name, entry in pinned.items()
        if name.startswith("node_modules/") and not entry.get("dev")
    }
    lock = {"name": "consumer", "lockfileVersion": 3, "requires": True, "packages": packages}
    project = {
        "name": "consumer",
        "private": True,
        "type": "module",
        "dependencies": {"twapschema": where},
    }
    (consumer / "package.json").write_text(json.dumps(project), encoding="utf-8")
    (consumer / "package-lock.json").write_text(json.dumps(lock), encoding="utf-8")
