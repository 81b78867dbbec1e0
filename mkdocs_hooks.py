"""mkdocs hook: the venue reference pages and the comparison are made when the site is built.

They come from the specs through twapschema's docs emitter, which runs the generated validator
on every invalid example, so what the pages say is what the code does. The JSON Schemas are
added too, to be downloaded from each message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from twapschema.emit.docs import pages


def on_files(files: Files, config: Any) -> Files:
    root = Path(config.config_file_path).parent
    for path, content in pages(root).items():
        files.append(File.generated(config, path, content=content))
    schemas = root / "generated" / "schemas"
    for schema in sorted(schemas.rglob("*.json")):
        where = "schemas/" + schema.relative_to(schemas).as_posix()
        files.append(File.generated(config, where, abs_src_path=str(schema)))
    return files
