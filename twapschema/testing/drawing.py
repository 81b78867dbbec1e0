"""Hypothesis drawing for generated strategies: fields, messages, and the rule kinds' part.

A generated ``twapschema/testing/strategies/<venue>.py`` describes each message with these classes,
from literals; nothing reads a spec here. Payloads are built in wire form (what JSON gives:
str, int, float, bool, None, dict, list), so they can be sent, dumped or validated as they are.

Valid payloads are *constructed*: each field is drawn within its own constraints (boundary
values often), then each rule kind adjusts the fields it reads so that it holds (a quotient rule
picks the divisor and a whole number of children, so Ondo's sparse 2..200 children over
300..86400 s come out valid without filtering). The rule kinds' own arithmetic (``holds``), not
the generated validator, confirms the result, so the validator is tested, not trusted.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Protocol

from hypothesis import assume
from hypothesis import strategies as st

from twapschema.ir import FIELD_KINDS, FieldKind
from twapschema.numbers import (
    canonical_decimal,
    exact_double,
    json_number,
    parse_decimal_string,
    within_digits,
)
from twapschema.regex_dialect import compiled as portable
from twapschema.runtime.addresses import bech32_address
from twapschema.runtime.wire import AbsentValue, reads_as_absent

Draw = Callable[[st.SearchStrategy[Any]], Any]
Body = dict[str, Any]
RefData = Mapping[str, Any]  # one venue's reference data as JSON (decimals as strings)

_DRAWN_PLACES = 6  # decimals drawn for non-integer numbers (a double keeps them exactly)
_NUMBER_CAP = Decimal("1e9")  # unbounded numbers are drawn below this, so doubles stay exact
_TEXT = st.text(alphabet=string.ascii_letters + string.digits + "-_.", max_size=40)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field as drawing needs it; the generated strategies module writes these out."""

    name: str
    kind: str
    rule_prefix: str
    required: bool = False
    nullable: bool = False
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    exclusive_minimum: Decimal | None = None
    exclusive_maximum: Decimal | None = None
    multiple_of: Decimal | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None  # searched, as JSON Schema's `pattern` is
    bech32: str | None = None  # an address prefix: values are bech32 with a valid checksum
    const: object = None
    values: tuple[str | int, ...] = ()  # an enum's members; an integer field's allowed values
    signed: bool = False
    canonical: bool = False  # one spelling only: "1" not "1.0", 30 not 30.0
    digits: tuple[int, int] | None = None  # a decimal string's most (integer, fraction) digits
    decimals: int = 0
    fields: tuple[FieldSpec, ...] = ()
    reject_unknown: bool = False
    items: FieldSpec | None = None
    min_items: int | None = None
    max_items: int | None = None
    rules: tuple[RuleDrawer, ...] = ()  # an object's own rules (a shared type's)
    default: object = None  # the venue's value for an absent member, in wire form

    def given(self, body: Mapping[str, Any]) -> object:
        """The member's value in ``body``, or its default when absent (or null)."""
        value = body.get(self.name)
        return self.default if value is None else value

    @property
    def by_name(self) -> dict[str, FieldSpec]:
        return {f.name: f for f in self.fields}

    @property
    def info(self) -> FieldKind:
        """The field-type table's row for this kind (twapschema.ir.FIELD_KINDS)."""
        return FIELD_KINDS[self.kind]

    # -- numbers ----------------------------------------------------------------------------

    @property
    def numeric(self) -> bool:
        return self.info.numeric

    @property
    def integral(self) -> bool:
        return self.info.integral

    @property
    def allowed(self) -> bool:
        """A number field whose values are listed (JSON Schema's enum on an integer)."""
        return self.numeric and bool(self.values)

    def _listed(self) -> list[Decimal]:
        return [Decimal(v) for v in self.values if isinstance(v, int)]

    def step(self) -> Decimal:
        return Decimal(1) if self.integral else Decimal(1).scaleb(-_DRAWN_PLACES)

    def bounds(self) -> tuple[Decimal, Decimal]:
        """Inclusive bounds for drawing: exclusive bounds moved in by a step, open ends capped."""
        if self.allowed:
            listed = self._listed()
            return min(listed), max(listed)
        step = self.step()
        lows = [b for b in (self.minimum,) if b is not None]
        lows += [b + step for b in (self.exclusive_minimum,) if b is not None]
        highs = [b for b in (self.maximum,) if b is not None]
        highs += [b - step for b in (self.exclusive_maximum,) if b is not None]
        floor = Decimal(0) if self.info.unsigned and not self.signed else -_NUMBER_CAP
        low = max(lows, default=floor)
        high = min(highs, default=max(low, Decimal(0)) + _NUMBER_CAP)
        return low, high

    def number(self, wire: object) -> Decimal | None:
        """The wire value as a Decimal, or None when it is not one of this field's numbers."""
        if isinstance(wire, bool):
            return None
        if isinstance(wire, Decimal):  # a default, as the spec wrote it
            return wire
        if self.canonical and isinstance(wire, float):
            return None
        if isinstance(wire, int | float) and not self.info.text:
            return Decimal(repr(wire)) if isinstance(wire, float) else Decimal(wire)
        if isinstance(wire, str) and self.kind == "decimal_string":
            number = parse_decimal_string(wire, signed=self.signed)
            if self.canonical and number is not None and wire != canonical_decimal(number):
                return None
            if self.digits is not None and not within_digits(wire, self.digits):
                return None
            return number
        if isinstance(wire, str) and wire.isascii() and wire.isdigit():
            return Decimal(wire).scaleb(-self.decimals) if self.decimals else Decimal(wire)
        return None

    def wire(self, value: Decimal) -> object:
        """A Decimal in this field's wire form."""
        if self.info.json_type == "integer":
            return int(value)
        if self.kind == "decimal_string":
            return canonical_decimal(value) if self.canonical else format(value, "f")
        if self.kind == "integer_string":
            return format(value.to_integral_value(), "f")
        if self.kind == "fixed_point_string":
            return format(value.scaleb(self.decimals).to_integral_value(), "f")
        number = json_number(value, as_double=True)
        return float(value) if number is None else number

    def fits(self, value: Decimal) -> bool:
        """Within this field's own numeric constraints (and drawable as its wire form)."""
        if self.minimum is not None and value < self.minimum:
            return False
        if self.maximum is not None and value > self.maximum:
            return False
        if self.exclusive_minimum is not None and value <= self.exclusive_minimum:
            return False
        if self.exclusive_maximum is not None and value >= self.exclusive_maximum:
            return False
        if self.multiple_of is not None and value % self.multiple_of != 0:
            return False
        if self.allowed and value not in self.values:
            return False
        if self.integral and value != value.to_integral_value():
            return False
        if self.kind == "fixed_point_string":
            units = value.scaleb(self.decimals)
            if units != units.to_integral_value() or value < 0:
                return False
        if self.info.text and not self.signed and value < 0:
            return False
        if self.digits is not None and not within_digits(format(value, "f"), self.digits):
            return False
        return self.kind != "decimal_number" or exact_double(value) is not None

    def fits_key(self, value: object) -> bool:
        """A reference row's key (or match column) value this field can carry as it is."""
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            return self.info.json_type == "integer" and self.fits(Decimal(value))
        if not isinstance(value, str) or self.numeric or self.info.json_type != "string":
            return False
        if self.values and value not in self.values:
            return False
        if self.min_length is not None and len(value) < self.min_length:
            return False
        if self.max_length is not None and len(value) > self.max_length:
            return False
        return self.pattern is None or portable(self.pattern).search(value) is not None

    def numbers(
        self, low: Decimal | None = None, high: Decimal | None = None
    ) -> st.SearchStrategy[Decimal]:
        """Decimals within the field's bounds (narrowed by low/high), boundaries often."""
        lo, hi = self.bounds()
        lo = max(lo, low) if low is not None else lo
        hi = min(hi, high) if high is not None else hi
        if lo > hi:
            return st.nothing()
        if self.allowed:
            within = [v for v in self._listed() if lo <= v <= hi]
            return st.sampled_from(within) if within else st.nothing()
        if self.multiple_of is not None:
            m = self.multiple_of
            k_lo = int((lo / m).to_integral_value(rounding=ROUND_CEILING))
            k_hi = int((hi / m).to_integral_value(rounding=ROUND_FLOOR))
            if k_lo > k_hi:
                return st.nothing()
            return _edges(k_lo, k_hi).map(lambda k: m * k)
        if self.integral:
            return _edges(
                int(lo.to_integral_value(ROUND_CEILING)), int(hi.to_integral_value(ROUND_FLOOR))
            ).map(Decimal)
        places = self.decimals if self.kind == "fixed_point_string" else _DRAWN_PLACES
        edge_values = [v for v in (lo, hi) if self.fits(v)]
        inner = st.decimals(
            min_value=lo, max_value=hi, places=places, allow_nan=False, allow_infinity=False
        )
        inner = inner.filter(self.fits)
        return st.one_of(st.sampled_from(edge_values), inner) if edge_values else inner

    # -- whole values -----------------------------------------------------------------------

    def _addresses(self) -> st.SearchStrategy[str]:
        """Addresses with this field's prefix: 20 bytes (an account) or 32 (a module)."""
        prefix = self.bech32
        assert prefix is not None
        lengths = st.sampled_from([20, 32])
        raw = lengths.flatmap(lambda n: st.binary(min_size=n, max_size=n))
        return raw.map(lambda b: bech32_address(prefix, b)).filter(self._length_fits)

    def strategy(self, ref: RefData | None = None) -> st.SearchStrategy[Any]:
        """Valid values of this field (never absent, never null). One strategy object per field
        and reference data: drawing calls this for every payload, and a new strategy object is
        validated afresh by Hypothesis on its first draw (most of a draw's cost, measured)."""
        return _memo((self, ref), lambda: self._strategy(ref))

    def _strategy(self, ref: RefData | None) -> st.SearchStrategy[Any]:
        kind = self.kind
        if self.const is not None:
            return st.just(self.const)
        if self.numeric:
            return self.numbers().map(self.wire)
        if kind == "string":
            lo, hi = self.min_length or 0, self.max_length
            if self.bech32 is not None:
                return self._addresses()
            if self.pattern is not None:
                return st.from_regex(portable(self.pattern)).filter(self._length_fits)
            return st.text(
                alphabet=st.characters(codec="utf-8"),  # no lone surrogates
                min_size=lo,
                max_size=hi if hi is not None else max(lo, 40),
            )
        if kind == "boolean":
            return st.booleans()
        if kind == "enum":
            return st.sampled_from(self.values)
        if kind == "rfc3339":
            moments = st.datetimes(
                min_value=datetime(1970, 1, 2),
                max_value=datetime(9999, 12, 30),
                timezones=st.just(UTC),
            )
            return moments.map(lambda d: d.isoformat().replace("+00:00", "Z"))
        if kind == "object":
            return object_strategy(self.fields, ref, self.rules)
        if kind == "json_object":
            return st.dictionaries(
                _TEXT,
                st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), _TEXT),
                max_size=4,
            )
        if kind == "array":
            assert self.items is not None
            return st.lists(
                self.items.strategy(ref),
                min_size=self.min_items or 0,
                max_size=self.max_items if self.max_items is not None else 4,
            )
        raise AssertionError(f"no strategy for field kind {kind!r}")  # pragma: no cover

    def valid(self, wire: object) -> bool:
        """This field's own checks, in the rule kinds' arithmetic (for confirming draws)."""
        if wire is None:
            return self.nullable
        if self.const is not None:
            return wire == self.const and type(wire) is type(self.const)
        if self.numeric:
            number = self.number(wire)
            if self.info.json_type == "integer" and type(wire) is not int:
                return False
            return number is not None and self.fits(number)
        if self.kind == "string":
            return (
                isinstance(wire, str)
                and self._length_fits(wire)
                and (self.pattern is None or portable(self.pattern).search(wire) is not None)
            )
        if self.kind == "enum":
            return wire in self.values
        return True

    def _length_fits(self, text: str) -> bool:
        high = self.max_length if self.max_length is not None else len(text)
        return (self.min_length or 0) <= len(text) <= high

    def wrong_type(self) -> object:
        """A value of another JSON type (never null): the field's `.type` check fails. For a
        number or boolean, a string that is no number's or boolean's text, so that a wire which
        reads values from their text (a query string) refuses it too."""
        json_type = self.info.json_type
        if json_type in ("integer", "number", "boolean"):
            return "x1"
        if json_type in ("object", "array"):
            return "x"
        return True

    def wrong_types(self) -> st.SearchStrategy[object]:
        """Values its `.type` check refuses: another JSON type, and for a canonical field the
        spellings only a byte-signing venue refuses ("1.0" for "1", 30.0 for 30)."""
        if self.digits is not None:  # one digit past the venue's caps, either side
            most_whole, most_fraction = self.digits
            return st.sampled_from(
                [self.wrong_type(), "1" * (most_whole + 1), "0." + "1" * (most_fraction + 1)]
            )
        if not self.canonical:
            return st.just(self.wrong_type())
        if self.kind == "decimal_string":
            good = self.numbers().map(canonical_decimal)
            respelled = good.flatmap(
                lambda t: st.sampled_from([f"{t}0" if "." in t else f"{t}.0", f"0{t}"])
            )
            return st.one_of(st.just(self.wrong_type()), respelled)
        whole = self.numbers().filter(lambda d: abs(d) < 2**53).map(lambda d: float(int(d)))
        return st.one_of(st.just(self.wrong_type()), whole)

    def broken(self, keyword: str) -> st.SearchStrategy[Any]:
        """Values of the right type that fail exactly this field's ``keyword``."""
        step = self.step()
        if keyword in ("minimum", "exclusiveMinimum"):
            bound = self.minimum if keyword == "minimum" else self.exclusive_minimum
            assert bound is not None
            top = bound - step if keyword == "minimum" else bound
            return self._outside(top - 10 * step, top, below=True)
        if keyword in ("maximum", "exclusiveMaximum"):
            bound = self.maximum if keyword == "maximum" else self.exclusive_maximum
            assert bound is not None
            bottom = bound + step if keyword == "maximum" else bound
            return self._outside(bottom, bottom + 10 * step, below=False)
        if keyword == "multipleOf":
            assert self.multiple_of is not None
            m = self.multiple_of
            lo, hi = self.bounds()
            return (
                st.integers(0, 1000)
                .map(lambda k: (max(lo, Decimal(0)) // m + k) * m + m / 2)
                .filter(lambda v: v <= hi)
                .map(self.wire)
            )
        if keyword == "minLength":
            assert self.min_length  # only listed for a positive minLength
            return st.text(alphabet="abc", max_size=self.min_length - 1)
        if keyword == "maxLength":
            assert self.max_length is not None
            return st.text(
                alphabet="abc", min_size=self.max_length + 1, max_size=self.max_length + 5
            )
        if keyword == "bech32":
            # One character of a valid address changed: the pattern still matches, and BIP 173's
            # checksum catches any single substitution.
            return st.tuples(self._addresses(), st.data()).map(_one_character_off)
        if keyword == "pattern":
            assert self.pattern is not None
            pattern = self.pattern
            return st.text(alphabet=string.printable, max_size=self.max_length or 40).filter(
                lambda text: self._length_fits(text) and portable(pattern).search(text) is None
            )
        if keyword == "const" and self.values:
            # Another member: a value that is none fails `enum` first.
            return st.sampled_from([v for v in self.values if v != self.const])
        if keyword == "const":
            return st.just(
                "not-the-constant"
                if isinstance(self.const, str)
                else (not self.const if isinstance(self.const, bool) else -1)
            )
        if keyword == "enum" and self.allowed:
            low, high = self.bounds()
            near = st.integers(int(low) - 10, int(high) + 10)
            return near.filter(lambda v: v not in self.values).map(Decimal).map(self.wire)
        if keyword == "enum":
            return st.just("NOT_A_MEMBER")
        raise AssertionError(f"cannot break {keyword!r}")  # pragma: no cover

    def _outside(self, low: Decimal, high: Decimal, below: bool) -> st.SearchStrategy[Any]:
        """Numbers in [low, high] in wire form (with a multipleOf, its nearest multiples on the
        far side of the bound, ``below`` it or above); other constraints need not hold."""
        m = self.multiple_of
        if m is not None:
            edge = (high if below else low) / m
            nearest = edge.to_integral_value(rounding=ROUND_FLOOR if below else ROUND_CEILING)
            multiples = st.integers(0, 10).map(lambda k: (nearest + (-k if below else k)) * m)
            unsigned = not self.signed and self.kind not in {"integer", "number"}
            return multiples.filter(lambda v: v >= 0 or not unsigned).map(self.wire)
        places = (
            0
            if self.integral
            else self.decimals
            if self.kind == "fixed_point_string"
            else _DRAWN_PLACES
        )
        values = st.decimals(
            min_value=low, max_value=high, places=places, allow_nan=False, allow_infinity=False
        )
        if not self.signed and self.info.text:
            values = values.filter(lambda v: v >= 0)
        return (
            st.one_of(st.just(high), values)
            .filter(lambda v: self.kind != "decimal_number" or exact_double(v) is not None)
            .map(self.wire)
        )


def _edges(low: int, high: int) -> st.SearchStrategy[int]:
    if low > high:
        return st.nothing()
    edges = sorted({low, min(low + 1, high), max(high - 1, low), high})
    return st.one_of(st.sampled_from(edges), st.integers(low, high))


_MEMO: dict[tuple[int, ...], tuple[tuple[object, ...], st.SearchStrategy[Any]]] = {}
_MEMO_SIZE = 4096  # strategies kept; past it the memo starts over (generated modules come and go)


def _memo(
    keys: tuple[object, ...], make: Callable[[], st.SearchStrategy[Any]]
) -> st.SearchStrategy[Any]:
    """The strategy ``make`` builds for these objects, built once. Keyed by identity (reference
    data is a dict, unhashable); the entry holds its key objects, so no id is reused meanwhile."""
    key = tuple(map(id, keys))
    found = _MEMO.get(key)
    if found is not None:
        return found[1]
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    made = make()
    _MEMO[key] = (keys, made)
    return made


def object_strategy(
    fields: tuple[FieldSpec, ...], ref: RefData | None = None, rules: tuple[RuleDrawer, ...] = ()
) -> st.SearchStrategy[Body]:
    """Objects whose every field is valid on its own; optional ones sometimes absent or null.
    The object's own ``rules`` (a shared type's) are then made to hold."""
    return _memo((fields, ref, rules), lambda: _object_strategy(fields, ref, rules))


def _object_strategy(
    fields: tuple[FieldSpec, ...], ref: RefData | None, rules: tuple[RuleDrawer, ...]
) -> st.SearchStrategy[Body]:

    @st.composite
    def build(draw: Draw) -> Body:
        body: Body = {}
        for f in fields:
            if not f.required and draw(st.booleans()):
                continue
            if f.nullable and draw(st.integers(0, 4)) == 0:
                body[f.name] = None
                continue
            body[f.name] = draw(f.strategy(ref))
        if rules:
            _satisfy(body, rules, {f.name: f for f in fields}, draw, ref)
        return body

    return build()


class _Members(MutableMapping[str, Any]):
    """An object as the rule drawers see it when a rule reads a member of an object within:
    ``order_id.clob_pair_id`` reads and writes that member (the objects on the way are always
    drawn: the spec checker requires them); other names are the object's own members."""

    __slots__ = ("obj", "specs")

    def __init__(self, obj: Body, specs: Mapping[str, FieldSpec]) -> None:
        self.obj = obj
        self.specs = specs

    def _place(self, key: str, make: bool = False) -> tuple[Body, str]:
        if key in self.specs or "." not in key:
            return self.obj, key
        *above, name = key.split(".")
        node = self.obj
        for m in above:
            if make and not isinstance(node.get(m), dict):
                node[m] = {}
            found = node.get(m)
            if not isinstance(found, dict):
                raise KeyError(key)
            node = found
        return node, name

    def __getitem__(self, key: str) -> Any:
        node, name = self._place(key)
        return node[name]

    def __setitem__(self, key: str, value: Any) -> None:
        node, name = self._place(key, make=True)
        node[name] = value

    def __delitem__(self, key: str) -> None:
        node, name = self._place(key)
        del node[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.obj)

    def __len__(self) -> int:
        return len(self.obj)


class _MemberSpecs(Mapping[str, FieldSpec]):
    """The FieldSpecs beside ``_Members``: a dotted name is the spec of the member it reaches."""

    __slots__ = ("specs",)

    def __init__(self, specs: Mapping[str, FieldSpec]) -> None:
        self.specs = specs

    def __getitem__(self, key: str) -> FieldSpec:
        if key in self.specs or "." not in key:
            return self.specs[key]
        first, *rest = key.split(".")
        found = self.specs[first]
        for name in rest:
            found = found.by_name[name]
        # Named by its path, so that ``given`` and the drawers read it through ``_Members``.
        return replace(found, name=key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.specs)

    def __len__(self) -> int:
        return len(self.specs)


def _seen_by(
    rules: tuple[RuleDrawer, ...] | list[RuleDrawer], obj: Body, specs: Mapping[str, FieldSpec]
) -> tuple[Body, Mapping[str, FieldSpec]]:
    """The object and specs the drawers of ``rules`` take: views when one reads a member of an
    object within, the object itself otherwise (the common case, and the faster)."""
    if any("." in name and name not in specs for r in rules for name in r.operands()):
        return _Members(obj, specs), _MemberSpecs(specs)  # type: ignore[return-value]
    return obj, specs


def _satisfy(
    body: Body,
    rules: tuple[RuleDrawer, ...],
    by_name: Mapping[str, FieldSpec],
    draw: Draw,
    ref: RefData | None,
) -> None:
    seen, specs = _seen_by(rules, body, by_name)
    for rule in rules:
        rule.satisfy(seen, draw, specs, ref)
    # A later rule may have undone an earlier one on a field both read (dYdX's suborder
    # minimum sets quantums off the step grid): once more for those that fail, in order. Where
    # all hold, nothing is drawn again.
    for rule in rules:
        if rule.holds(seen, specs, ref) is False:
            rule.satisfy(seen, draw, specs, ref)
    assume(all(by_name[k].valid(v) for k, v in body.items() if k in by_name))
    assume(all(r.holds(seen, specs, ref) is not False for r in rules))


def _nested_objects(fields: tuple[FieldSpec, ...], body: Body) -> list[tuple[FieldSpec, Body]]:
    """The objects within ``body`` as drawn, with their specs, outermost first."""
    found = []
    for f, path in _leaves(fields, ()):
        if f.kind != "object":
            continue
        node: object = body
        for name in path:
            node = node.get(name) if isinstance(node, dict) else None
        if isinstance(node, dict):
            found.append((f, node))
    return found


def _mend_nested(
    fields: tuple[FieldSpec, ...], body: Body, draw: Draw, ref: RefData | None
) -> None:
    for f, node in _nested_objects(fields, body):
        for r in f.rules:
            if r.holds(node, f.by_name, ref) is False:
                r.satisfy(node, draw, f.by_name, ref)


def _nested_hold(fields: tuple[FieldSpec, ...], body: Body, ref: RefData | None) -> bool:
    """The objects within still valid, with their own rules holding: a rule of the body that
    reads their members (dYdX's quantums per suborder, over twap_parameters) may change them."""
    for f, node in _nested_objects(fields, body):
        if not all(f.by_name[k].valid(v) for k, v in node.items() if k in f.by_name):
            return False
        if any(r.holds(node, f.by_name, ref) is False for r in f.rules):
            return False
    return True


class RuleDrawer(Protocol):
    """The Hypothesis part of a rule kind (each kind in twapschema.rules.kinds has one)."""

    @property
    def id(self) -> str: ...

    @property
    def needs_reference(self) -> bool: ...

    def operands(self) -> tuple[str, ...]: ...

    def satisfy(
        self, body: Body, draw: Draw, fields: Mapping[str, FieldSpec], ref: RefData | None
    ) -> None:
        """Adjust the operands so the rule holds (when it applies)."""

    def break_(
        self, body: Body, draw: Draw, fields: Mapping[str, FieldSpec], ref: RefData | None
    ) -> None:
        """Adjust the operands so the rule fails, keeping each of them valid on its own."""

    def holds(
        self, body: Body, fields: Mapping[str, FieldSpec], ref: RefData | None
    ) -> bool | None:
        """True or False; None when it does not apply (an operand absent, reference missing)."""


@dataclass(frozen=True, slots=True)
class MessageSpec:
    """A message for drawing: its frame, its body's fields, its rules."""

    id: str
    kind: str
    fields: tuple[FieldSpec, ...]
    reject_unknown: bool
    rules: tuple[RuleDrawer, ...] = ()
    constants: tuple[tuple[str, str], ...] = ()
    body_key: str | None = None
    absent: tuple[AbsentValue, ...] = ()  # values its wire reads as "not given"
    wire: Mapping[str, Any] | None = None  # its x-twapschema-wire tree, when it has a wire
    batch: int | None = None  # sent as an array of up to this many; drawn as one of one
    by_name: Mapping[str, FieldSpec] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def reads_as_absent(self, value: object) -> bool:
        """A value that its wire takes for a member not sent, so it cannot break a rule."""
        return reads_as_absent(value, self.absent)

    def frame(self, body: Body) -> object:
        if self.batch is not None:
            return [body]  # an array of one: breaking one element breaks one rule once
        if self.body_key is None:
            return body
        return {**dict(self.constants), self.body_key: body}

    def schema_blind(self, rule_id: str) -> bool:
        """A rule that a JSON Schema cannot check: a canonical integer's `.type`, broken by
        30.0 where 30 is wanted, which every JSON parser but an exact one reads as 30."""
        return any(
            f.canonical and f.kind == "integer" and rule_id == f"{f.rule_prefix}.type"
            for f, _ in _leaves(self.fields, ())
        )

    def rule_ids(self) -> tuple[str, ...]:
        """Every rule id a breaking payload can be drawn for, in the spec's order."""
        ids: list[str] = []
        for f, _ in _leaves(self.fields, ()):
            if f.required:
                ids.append(f"{f.rule_prefix}.required")
            ids.append(f"{f.rule_prefix}.type")
            if f.kind == "enum":
                ids.append(f"{f.rule_prefix}.enum")
            for keyword in _keywords(f):
                ids.append(f"{f.rule_prefix}.{keyword}")
        if self.reject_unknown:
            ids.append("unknown_field")
        if self.batch is not None:
            ids += ["payload.minItems", "payload.maxItems"]
        ids += [r.id for r in self.rules]
        ids += [r.id for r, _ in _nested_rules(self.fields)]
        return tuple(dict.fromkeys(ids))


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _one_character_off(drawn: tuple[str, Any]) -> str:
    address, data = drawn
    separator = address.rindex("1")
    at: int = data.draw(st.integers(separator + 1, len(address) - 1))
    other: str = data.draw(st.sampled_from([c for c in _BECH32_CHARSET if c != address[at]]))
    return address[:at] + other + address[at + 1 :]


def _keywords(f: FieldSpec) -> list[str]:
    present = [
        ("minimum", f.minimum is not None),
        ("maximum", f.maximum is not None),
        ("exclusiveMinimum", f.exclusive_minimum is not None),
        ("exclusiveMaximum", f.exclusive_maximum is not None),
        ("multipleOf", f.multiple_of is not None),
        ("minLength", bool(f.min_length)),  # a minLength of 0 cannot be broken
        ("maxLength", f.max_length is not None),
        ("pattern", f.pattern is not None),
        ("bech32", f.bech32 is not None),
        # An enum of one member has nothing else to offer as a wrong constant.
        ("const", f.const is not None and set(f.values) != {f.const}),
        ("enum", f.allowed),
    ]
    return [keyword for keyword, here in present if here]


def _leaves(
    fields: tuple[FieldSpec, ...], path: tuple[str, ...]
) -> list[tuple[FieldSpec, tuple[str, ...]]]:
    """Every field with its path of member names, inline objects entered (arrays are not)."""
    found = []
    for f in fields:
        found.append((f, (*path, f.name)))
        if f.kind == "object" and f.fields:
            found += _leaves(f.fields, (*path, f.name))
    return found


def valid_body(
    message: MessageSpec, draw: Draw, ref: RefData | None, present: tuple[str, ...] = ()
) -> Body:
    body: Body = draw(object_strategy(message.fields, ref))
    if message.absent:  # a value its wire reads as "not sent" is drawn as not sent
        for name in [k for k, v in body.items() if message.reads_as_absent(v)]:
            assume(not message.by_name[name].required)
            del body[name]
    seen, specs = _seen_by(message.rules, body, message.by_name)
    for name in present:
        if seen.get(name) is None:
            seen[name] = draw(specs[name].strategy(ref))
    _satisfy(body, message.rules, message.by_name, draw, ref)
    if seen is not body:
        assume(_nested_hold(message.fields, body, ref))
    assume(not message.absent or not any(map(message.reads_as_absent, body.values())))
    return body


def valid_payloads(message: MessageSpec, ref: RefData | None = None) -> st.SearchStrategy[object]:
    @st.composite
    def build(draw: Draw) -> object:
        return message.frame(valid_body(message, draw, ref))

    return build()


def breaking_payloads(
    message: MessageSpec, rule_id: str, ref: RefData | None = None
) -> st.SearchStrategy[object]:
    """Payloads valid in every respect but one: ``rule_id`` fails."""
    if message.batch is not None and rule_id in ("payload.minItems", "payload.maxItems"):
        size = 0 if rule_id == "payload.minItems" else message.batch + 1
        one = valid_payloads(message, ref).map(lambda framed: framed[0])  # type: ignore[index]
        return st.lists(one, min_size=size, max_size=size)
    rule = next((r for r in message.rules if r.id == rule_id), None)
    if rule is not None:
        return _breaking_rule(message, rule, (), ref)
    nested = next(
        (found for found in _nested_rules(message.fields) if found[0].id == rule_id), None
    )
    if nested is not None:
        return _breaking_rule(message, *nested, ref)
    if rule_id not in message.rule_ids():
        known = ", ".join(message.rule_ids())
        raise LookupError(f"message {message.id!r} has no rule {rule_id!r}; its rules: {known}")
    return _breaking_field(message, rule_id, ref)


def _breaking_rule(
    message: MessageSpec, rule: RuleDrawer, path: tuple[str, ...], ref: RefData | None
) -> st.SearchStrategy[object]:
    """Payloads that break ``rule`` alone: a rule of the body (``path`` empty) or of the
    object at ``path`` within it (a shared type's rule)."""
    if rule.needs_reference and ref is None:
        raise ValueError(f"rule {rule.id!r} reads reference data: give reference= to break it")
    owner: MessageSpec | FieldSpec = _spec_at(message, path) if path else message
    by_name = owner.by_name
    others = [r for r in owner.rules if r is not rule]

    @st.composite
    def build(draw: Draw) -> object:
        body = valid_body(message, draw, ref, present=() if path else rule.operands())
        target = _parent(body, (*path, ""), draw, message, ref)  # the object at `path`
        if path:  # drawn whole by its strategy: make the operands present, then hold again
            for name in rule.operands():
                if target.get(name) is None:
                    target[name] = draw(by_name[name].strategy(ref))
            for other in others:
                other.satisfy(target, draw, by_name, ref)
        seen, specs = _seen_by([rule, *others], target, by_name)
        rule.break_(seen, draw, specs, ref)
        # Breaking one rule may have broken another through a member it added (a price added
        # to a market order may be off the tick grid): mend those whose operands the broken
        # rule does not read (mending one that shares them could mend the break itself), then
        # check that the rule is still the one broken.
        for other in others:
            if not set(other.operands()) & set(rule.operands()):
                other.satisfy(seen, draw, specs, ref)
        # Those sharing its operands too, where they now fail (dYdX's quantums, short of a
        # suborder's minimum and now off the step grid; a Kraken pair whose ordermin the volume
        # misses), and the rules of objects within that a rule reading their members broke (a
        # longer twap_parameters.duration, off its interval): the check below keeps only draws
        # where the rule stays broken. Where nothing fails, nothing is drawn.
        for other in others:
            if other.holds(seen, specs, ref) is False:
                other.satisfy(seen, draw, specs, ref)
        if seen is not target and not path:
            _mend_nested(message.fields, body, draw, ref)
        assume(rule.holds(seen, specs, ref) is False)
        assume(all(by_name[k].valid(v) for k, v in target.items() if k in by_name))
        assume(all(r.holds(seen, specs, ref) is not False for r in others))
        if seen is not target and not path:
            assume(_nested_hold(message.fields, body, ref))
        if path and message.rules:  # the body's rules may read the members broken here
            whole, whole_specs = _seen_by(message.rules, body, message.by_name)
            assume(all(r.holds(whole, whole_specs, ref) is not False for r in message.rules))
        assume(not message.absent or not any(map(message.reads_as_absent, body.values())))
        return message.frame(body)

    return build()


def _nested_rules(fields: tuple[FieldSpec, ...]) -> list[tuple[RuleDrawer, tuple[str, ...]]]:
    """The rules of objects within the body, each with the path of the object it is on."""
    return [(r, path) for f, path in _leaves(fields, ()) if f.kind == "object" for r in f.rules]


def _spec_at(message: MessageSpec, path: tuple[str, ...]) -> FieldSpec:
    fields, found = message.fields, None
    for name in path:
        found = next(f for f in fields if f.name == name)
        fields = found.fields
    assert found is not None
    return found


def _breaking_field(
    message: MessageSpec, rule_id: str, ref: RefData | None
) -> st.SearchStrategy[object]:
    @st.composite
    def build(draw: Draw) -> object:
        body = valid_body(message, draw, ref)
        if rule_id == "unknown_field":
            extra = st.one_of(st.integers(), _TEXT)
            if message.absent:
                extra = extra.filter(lambda v: not message.reads_as_absent(v))
            body["zz_not_a_member"] = draw(extra)
            return message.frame(body)
        for f, path in _leaves(message.fields, ()):
            prefix = f.rule_prefix + "."
            if not rule_id.startswith(prefix) or "." in rule_id[len(prefix) :]:
                continue
            check = rule_id[len(prefix) :]
            parent = _parent(body, path, draw, message, ref)
            if check == "required":
                parent.pop(f.name, None)
            elif check == "type":
                parent[f.name] = draw(f.wrong_types())
            else:
                broken = f.broken(check)
                if message.absent:
                    broken = broken.filter(lambda v: not message.reads_as_absent(v))
                parent[f.name] = draw(broken)
            return message.frame(body)
        raise AssertionError(f"no field for {rule_id!r}")  # pragma: no cover

    return build()


def _parent(
    body: Body, path: tuple[str, ...], draw: Draw, message: MessageSpec, ref: RefData | None
) -> Body:
    """The object holding the field at ``path``, made present along the way."""
    node = body
    fields = message.fields
    for name in path[:-1]:
        spec = next(f for f in fields if f.name == name)
        if not isinstance(node.get(name), dict):
            node[name] = draw(spec.strategy(ref))
        node = node[name]
        fields = spec.fields
    return node


__all__ = ["FieldSpec", "MessageSpec", "RuleDrawer", "breaking_payloads", "valid_payloads"]
