"""The rule-kind registry checks itself, as hypothesis-jsonschema asserts its dispatch table
covers every type: every kind module is listed once, and the registry's three lists (the kinds,
the spec syntax union, the drawers named by generated strategies) agree."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from pathlib import Path

import twapschema.rules
from twapschema.rules import kinds
from twapschema.rules.base import Rule, RuleSyntaxBase
from twapschema.rules.condition import Conditional, ConditionalDrawer
from twapschema.spec.check import load_specs

ROOT = Path(__file__).resolve().parents[1]
# condition: only_when wraps a rule of any kind; it is not a kind itself.
_NOT_KINDS = {"base", "common", "condition", "kinds"}


def _kind_modules() -> list[str]:
    found = pkgutil.iter_modules(twapschema.rules.__path__)
    return sorted(m.name for m in found if m.name not in _NOT_KINDS)


def _syntax_union() -> set[type]:
    union, _discriminator = typing.get_args(kinds.RuleSyntax)
    return set(typing.get_args(union))


def test_every_rule_class_of_every_kind_module_is_registered() -> None:
    defined = set()
    for name in _kind_modules():
        module = importlib.import_module(f"twapschema.rules.{name}")
        here = {
            obj
            for obj in vars(module).values()
            if inspect.isclass(obj) and issubclass(obj, Rule) and obj.__module__ == module.__name__
        }
        assert here, f"twapschema.rules.{name} defines no rule kind"
        defined |= here
    assert defined == set(kinds.RULE_KINDS)
    assert len(kinds.RULE_KINDS) == len(set(kinds.RULE_KINDS))


def test_the_syntax_union_is_the_kinds_syntax() -> None:
    assert _syntax_union() == {k.Syntax for k in kinds.RULE_KINDS}
    assert all(issubclass(s, RuleSyntaxBase) for s in _syntax_union())


def test_kind_names_are_unique() -> None:
    names = [typing.get_args(k.Syntax.model_fields["kind"].annotation) for k in kinds.RULE_KINDS]
    flat = [n for literal in names for n in literal]
    assert len(flat) == len(kinds.RULE_KINDS)
    assert len(set(flat)) == len(flat)


def test_every_drawer_is_exported_by_its_own_name() -> None:
    drawers = {k.Drawer for k in kinds.RULE_KINDS}
    for drawer in drawers:
        assert getattr(kinds, drawer.__name__) is drawer
    exported = {n for n in kinds.__all__ if n.endswith("Drawer")}
    assert exported == {d.__name__ for d in drawers} | {"ConditionalDrawer"}


def test_each_rule_draws_with_its_kinds_drawer() -> None:
    drawn = set()
    for spec in load_specs(ROOT / "specs"):
        for message in spec.messages:
            rules = [*message.rules, *(r for obj in spec.objects for r in obj.rules)]
            for listed in rules:
                rule = listed
                while isinstance(rule, Conditional):
                    assert type(rule.drawer()) is ConditionalDrawer, rule.id
                    rule = rule.inner
                assert type(rule.drawer()) is type(rule).Drawer, rule.id
                drawn.add(type(rule))
    assert drawn, "the specs use no rule kind"


def test_kinds_write_runtime_helpers_only_through_the_writer() -> None:
    # The generated module's alias for twapschema.runtime.checks is the emitter's business.
    folder = Path(twapschema.rules.__file__).parent
    for path in folder.glob("*.py"):
        assert "_c." not in path.read_text(encoding="utf-8"), path.name
