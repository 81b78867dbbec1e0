"""The words every target uses for a constraint, so Python, CEL and the docs say the same."""

from __future__ import annotations

from decimal import Decimal

from twapschema import ir

_CONSTRAINT_TEXT = {
    "minimum": "must be at least",
    "maximum": "must be at most",
    "exclusiveMinimum": "must be greater than",
    "exclusiveMaximum": "must be less than",
    "multipleOf": "must be a multiple of",
    "minLength": "must have at least {} characters",
    "maxLength": "must have at most {} characters",
    "pattern": "must match the pattern",
    "const": "must be",
    "minItems": "must have at least {} items",
    "maxItems": "must have at most {} items",
    "enum": "must be one of",
    "bech32": "must be a bech32 address (valid checksum) with the prefix",
}


def show(value: int | Decimal | str | bool | tuple[int, ...]) -> str:
    if isinstance(value, tuple):
        return ", ".join(show(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


def constraint_message(field: ir.Field, c: ir.Constraint) -> str:
    """The spec's own message for the constraint, or one made from its keyword and value."""
    if c.message:
        return c.message
    template = _CONSTRAINT_TEXT[c.keyword]
    shown = show(c.value)
    if "{}" in template:
        return f"{field.rule_prefix} {template.format(shown)}"
    return f"{field.rule_prefix} {template} {shown}"
