"""JMESPath (jmespath.org, the ``jmespath`` package) with four functions for exact data.

JMESPath's own ``max`` compares strings as text ("10" < "9") and its numbers are floats; the
venues send decimals as strings, so the mappings compare and count them as decimals instead.
The functions are registered through JMESPath's documented extension point (custom
``Functions``), so every expression is still plain JMESPath syntax.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, cast

import jmespath
from jmespath import exceptions, functions
from jmespath.parser import ParsedResult


def _decimal(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise exceptions.JMESPathError(f"{name}: {value!r} is not a decimal")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise exceptions.JMESPathError(f"{name}: {value!r} is not a decimal") from None
    if not number.is_finite():
        raise exceptions.JMESPathError(f"{name}: {value!r} is not a finite decimal")
    return number


class _Exact(functions.Functions):
    @functions.signature({"types": ["array"]})
    def _func_max_decimal(self, values: list[object]) -> object:
        """The largest of decimal texts or numbers, as given (null for an empty list)."""
        return max(values, key=lambda v: _decimal(v, "max_decimal"), default=None)

    @functions.signature({"types": ["array"]})
    def _func_min_decimal(self, values: list[object]) -> object:
        return min(values, key=lambda v: _decimal(v, "min_decimal"), default=None)

    @functions.signature({"types": ["string", "number"]})
    def _func_decimal_places(self, value: object) -> int:
        """Decimals of a step as written, trailing zeros aside: "0.0100" is 2, "10" is 0."""
        exponent = _decimal(value, "decimal_places").normalize().as_tuple().exponent
        assert isinstance(exponent, int)  # finite: checked above
        return max(0, -exponent)

    @functions.signature({"types": ["string"]}, {"types": ["string"]}, {"types": ["string"]})
    def _func_replace(self, text: str, old: str, new: str) -> str:
        """Kraken's AssetPairs writes XBT/USD where orders say BTC/USD."""
        return text.replace(old, new)


FUNCTIONS = ("max_decimal", "min_decimal", "decimal_places", "replace")
_OPTIONS = jmespath.Options(custom_functions=_Exact())
_KNOWN = {name.removeprefix("_func_") for name in dir(_Exact) if name.startswith("_func_")}


@cache
def compiled(expression: str) -> ParsedResult:
    return jmespath.compile(expression)


def search(expression: str, data: object) -> Any:
    """``expression`` on ``data``; raises jmespath's JMESPathError for an expression that
    fails on this data (a function given the wrong type)."""
    return compiled(expression).search(data, options=_OPTIONS)


def problems(expression: str) -> list[str]:
    """Why ``expression`` is not a JMESPath expression the builder can run ([] when it is)."""
    try:
        parsed = compiled(expression)
    except exceptions.ParseError as exc:
        return [f"not JMESPath: {exc.msg} at column {exc.lex_position} ({expression!r})"]
    except exceptions.JMESPathError as exc:
        return [f"not JMESPath: {exc} ({expression!r})"]
    return [
        f"unknown function {name}() (JMESPath's own, or {', '.join(FUNCTIONS)})"
        for name in _functions(cast(dict[str, Any], parsed.parsed))
        if name not in _KNOWN
    ]


def _functions(node: dict[str, Any]) -> Iterator[str]:
    if node.get("type") == "function_expression":
        yield node["value"]
    for child in node.get("children", ()):
        if isinstance(child, dict):
            yield from _functions(child)


def truthy(value: object) -> bool:
    """JMESPath's truth: false, null, "", [] and {} are false; 0 is true."""
    return not (
        value is None or value is False or (isinstance(value, str | list | dict) and not value)
    )
