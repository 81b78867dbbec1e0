"""mkdocs hook: the venue reference pages, the comparison and the command-line reference are
made when the site is built.

The venue pages come from the specs through twapschema's docs emitter, which runs the generated
validator on every invalid example, so what the pages say is what the code does; the
command-line page is every command's own --help, so it lists every command and option there is.
The JSON Schemas are added too, to be downloaded from each message.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from twapschema.emit.docs import pages


def on_files(files: Files, config: Any) -> Files:
    root = Path(config.config_file_path).parent
    for path, content in pages(root).items():
        files.append(File.generated(config, path, content=content))
    files.append(File.generated(config, "cli.md", content=cli_page()))
    schemas = root / "generated" / "schemas"
    for schema in sorted(schemas.rglob("*.json")):
        where = "schemas/" + schema.relative_to(schemas).as_posix()
        files.append(File.generated(config, where, abs_src_path=str(schema)))
    return files


def cli_page() -> str:
    """Every command's --help, at a fixed width so the page does not depend on the terminal."""
    from twapschema.cli import _parser  # noqa: PLC0415 - the hook loads it only to build the page

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        parser = _parser()
        out = [
            "# Command line",
            "",
            "Every `twapschema` command with its options, as `--help` prints them.",
            "",
            "```text",
            parser.format_help().rstrip(),
            "```",
        ]
        for name, command in _commands(parser):
            out += [
                "",
                f"## `twapschema {name}`",
                "",
                "```text",
                command.format_help().rstrip(),
                "```",
            ]
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    return "\n".join(out) + "\n"


def _commands(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    """(name, parser) of each subcommand, depth first (`reference build` after `reference`).
    argparse keeps them in its subparsers action's ``choices``, its one public-enough handle."""
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((f"{prefix}{name}", sub))
                found += _commands(sub, f"{prefix}{name} ")
    return found
