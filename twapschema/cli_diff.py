"""``twapschema diff OLD NEW``: what a spec change does to the payloads a venue's messages accept.

OLD and NEW are each a spec file, a directory of specs, ``REV:path/to/spec.yaml``, or a git
revision (every ``specs/*.yaml`` at it). Specs are paired by venue id.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: Any) -> None:
    d = commands.add_parser(
        "diff",
        help="classify every spec change: breaking for senders (requests) or readers (replies)",
        description=(
            "Compare two versions of venue specs. A request spec says what the venue accepts: "
            "a change that refuses more (a tightened bound, a removed enum value, a newly "
            "required member, a new rule) is breaking for senders, one that accepts more is "
            "info. A reply spec says what the venue sends: the reverse. An edited rule or "
            "pattern is replayed against both validators (conformance vectors and drawn "
            "payloads) to show which way it moved; what replay cannot show is a warning. "
            "OLD and NEW: a spec file, a directory, REV:path, or a git revision (its specs/)."
        ),
        epilog="example: twapschema diff HEAD~1 specs/ --fail-on breaking",
    )
    d.add_argument("old", metavar="OLD")
    d.add_argument("new", metavar="NEW")
    d.add_argument("--format", choices=("text", "json", "summary"), default="text")
    d.add_argument(
        "--fail-on",
        choices=("breaking", "warning", "info", "never"),
        default="breaking",
        help="exit 1 when a change is this severe or worse (default: breaking)",
    )
    d.add_argument(
        "--severity",
        metavar="FILE",
        help='a JSON object of change id -> severity, e.g. {"ondo/create_twap_order/size.'
        'pattern": "info"}, which has the last word',
    )
    d.add_argument(
        "--check-version",
        action="store_true",
        help="also fail (exit 1) when a venue's spec version does not say what changed: a"
        " breaking change needs a new major version, any other a new minor",
    )
    d.add_argument(
        "--root",
        default=".",
        help="the project whose examples/reference.yaml the replay judges with (default: .)",
    )


def run(args: argparse.Namespace) -> int:
    from twapschema.diff import diff  # noqa: PLC0415
    from twapschema.errors import SpecError  # noqa: PLC0415

    try:
        old, new = _specs(args.old, old=True), _specs(args.new)
    except SpecError as exc:
        print(f"twapschema: spec error:\n{exc.render()}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as exc:
        print(f"twapschema: {exc}", file=sys.stderr)
        return EXIT_USAGE
    overrides: dict[str, str] = {}
    if args.severity is not None:
        try:
            overrides = json.loads(Path(args.severity).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            print(f"twapschema: {args.severity}: not read: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if not isinstance(overrides, dict):
            print(f"twapschema: {args.severity}: must be an object", file=sys.stderr)
            return EXIT_USAGE
    failed = False
    gone = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    for venue in gone:
        print(f"{venue}: breaking: the venue's spec was removed")
        failed = failed or args.fail_on != "never"
    for venue in added:
        print(f"{venue}: info: a new venue")
        failed = failed or args.fail_on == "info"
    for venue in sorted(old.keys() & new.keys()):
        try:
            report = diff(old[venue], new[venue], root=Path(args.root), overrides=overrides)
        except ValueError as exc:  # an override naming no severity
            print(f"twapschema: {args.severity}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if args.format == "json":
            print(json.dumps(report.to_json(), ensure_ascii=False))
        elif args.format == "summary":
            sys.stdout.write(report.summary())
        else:
            sys.stdout.write(report.text())
        failed = failed or report.fails(args.fail_on)
        problem = report.version_problem()
        if args.check_version and problem is not None:
            print(f"twapschema: {problem}", file=sys.stderr)
            failed = True
    return EXIT_FAILED if failed else EXIT_OK


def _specs(where: str, *, old: bool = False) -> dict[str, Any]:
    """The specs ``where`` names, by venue id; an OLD one may predate spec versions."""
    from twapschema.spec.check import load_spec_text, load_specs  # noqa: PLC0415

    path = Path(where)
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{where}: cannot read the spec: {exc}") from None
        spec = load_spec_text(text, str(path), unversioned=old)
        return {spec.venue.id: spec}
    if path.is_dir():
        return {s.venue.id: s for s in load_specs(path, str(path))}
    if ":" in where:
        rev, _, inside = where.partition(":")
        spec = load_spec_text(_git("show", f"{rev}:{inside}"), where, unversioned=old)
        return {spec.venue.id: spec}
    listed = _git("ls-tree", "--name-only", where, "specs/").split()
    files = [name for name in listed if name.endswith(".yaml")]
    if not files:
        raise ValueError(f"{where}: no spec file, directory or git revision with specs/")
    out = {}
    for name in files:
        text = _git("show", f"{where}:{name}")
        spec = load_spec_text(text, f"{where}:{name}", unversioned=old)
        out[spec.venue.id] = spec
    return out


def _git(*argv: str) -> str:
    try:
        done = subprocess.run(  # noqa: S603 - git, with arguments we pass as a list
            ["git", *argv],  # noqa: S607 - git from PATH, as a user runs it
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=60,
        )
    except OSError as exc:
        raise ValueError(f"git is needed to read a revision: {exc}") from None
    if done.returncode != 0:
        raise ValueError(f"git {' '.join(argv)}: {done.stderr.strip() or 'failed'}")
    return done.stdout
