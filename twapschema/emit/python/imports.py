"""An imports collector for generated modules: emitters say what they use, where it comes from,
and ``render`` writes the import block grouped and sorted as isort (ruff's ``I`` rules) would,
so no part keeps a hand-written import list. Modelled on LinkML's pydanticgen ``Imports``."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

_FIRST_PARTY = "twapschema"


@dataclass
class Imports:
    modules: set[str] = field(default_factory=set)  # import x
    names: dict[str, set[str]] = field(default_factory=dict)  # from x import a, b
    aliases: set[tuple[str, str, str]] = field(default_factory=set)  # from x import a as b

    def module(self, name: str) -> str:
        self.modules.add(name)
        return name

    def name(self, module: str, name: str) -> str:
        self.names.setdefault(module, set()).add(name)
        return name

    def alias(self, module: str, name: str, alias: str) -> str:
        self.aliases.add((module, name, alias))
        return alias

    def render(self) -> str:
        """The import block: sections (__future__, standard library, third party, first party)
        apart by a blank line; in each, plain imports first, then ``from`` imports by module."""
        sections: dict[int, list[tuple[int, str, str]]] = {}
        for module in self.modules:
            sections.setdefault(_section(module), []).append((0, module, f"import {module}"))
        for module, names in self.names.items():
            line = f"from {module} import {', '.join(sorted(names))}"
            sections.setdefault(_section(module), []).append((1, module, line))
        for module, name, alias in self.aliases:
            line = f"from {module} import {name} as {alias}"
            sections.setdefault(_section(module), []).append((1, module, line))
        blocks = ["\n".join(line for *_, line in sorted(sections[s])) for s in sorted(sections)]
        return "\n\n".join(blocks)


def _section(module: str) -> int:
    top = module.split(".", maxsplit=1)[0]
    if top == "__future__":
        return 0
    if top in sys.stdlib_module_names:
        return 1
    return 3 if top == _FIRST_PARTY else 2
