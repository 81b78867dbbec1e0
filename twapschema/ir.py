"""The spec IR: a checked venue spec as frozen dataclasses, resolved references, no dicts.

Emitters read only these. Rule kinds live in ``twapschema.rules`` (they are IR nodes too, with
the behaviour each target needs).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from twapschema.refdata.mapping import VenueSources
    from twapschema.rules.base import Rule

Scalar: TypeAlias = str | int | Decimal | bool
ConstraintKeyword = Literal[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "const",
    "minItems",
    "maxItems",
    "enum",  # on an integer field: the allowed values (Bybit's interval)
    "bech32",  # on a string field: a bech32 address with this prefix and a valid checksum
]


DOCUMENT_STATUS_LABELS = {
    "unmerged": "unmerged pull request",
    "outdated": "outdated revision",
    "mirror": "third-party copy",
}


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    file: str | None
    url: str | None
    status: str = "current"  # current, unmerged, outdated, mirror

    def label(self) -> str:
        """The title, with what the source is when it is not the venue's current page."""
        status = DOCUMENT_STATUS_LABELS.get(self.status)
        return f"{self.title} [{status}]" if status else self.title


@dataclass(frozen=True, slots=True)
class Citation:
    """A document and section, or an inference with its reasoning."""

    document: Document | None
    section: str | None
    inferred: str | None
    note: str | None

    def render(self) -> str:
        if self.document is None:
            return f"inferred: {self.inferred}"
        where = f"{self.document.label()}, {self.section}"
        return f"{where} ({self.note})" if self.note else where


@dataclass(frozen=True, slots=True)
class Constraint:
    """A single-field constraint in JSON Schema's own vocabulary; its rule id is derived."""

    keyword: ConstraintKeyword
    value: int | Decimal | str | bool | tuple[int, ...]  # a tuple: enum's allowed values
    message: str | None
    source: Citation


@dataclass(frozen=True, slots=True)
class EnumValue:
    wire: str
    py_name: str
    description: str | None
    means: str | None = None  # for a side: "buy" or "sell"


@dataclass(frozen=True, slots=True)
class EnumDef:
    name: str
    description: str
    source: Citation
    values: tuple[EnumValue, ...]


@dataclass(frozen=True, slots=True)
class StringType:
    pass


@dataclass(frozen=True, slots=True)
class IntegerType:
    canonical: bool = False  # 30.0 refused: the venue signs the bytes it was sent


@dataclass(frozen=True, slots=True)
class NumberType:
    pass


@dataclass(frozen=True, slots=True)
class DecimalNumberType:
    pass


@dataclass(frozen=True, slots=True)
class DecimalStringType:
    signed: bool
    canonical: bool = False  # only the one spelling ("1", not "1.0"): the venue signs the bytes
    digits: tuple[int, int] | None = None  # at most (integer, fraction) digits
    digits_source: Citation | None = None


@dataclass(frozen=True, slots=True)
class IntegerStringType:
    pass


@dataclass(frozen=True, slots=True)
class FixedPointStringType:
    decimals: int  # the wire string counts units of 10**-decimals


@dataclass(frozen=True, slots=True)
class JsonObjectType:
    pass


@dataclass(frozen=True, slots=True)
class BooleanType:
    pass


@dataclass(frozen=True, slots=True)
class EnumType:
    enum: EnumDef


@dataclass(frozen=True, slots=True)
class TimestampType:
    format: Literal["unix_seconds", "unix_milliseconds", "rfc3339"]


@dataclass(frozen=True, slots=True)
class UnknownFields:
    policy: Literal["reject", "ignore"]
    source: Citation


@dataclass(frozen=True, slots=True)
class ObjectType:
    class_name: str
    fields: tuple[Field, ...]
    unknown_fields: UnknownFields
    shared: SharedObject | None = None  # set for a named type under the spec's `objects`
    rules: tuple[Rule, ...] = ()  # a shared type's own rules, checked wherever it appears

    def field(self, wire_name: str) -> Field | None:
        return next((f for f in self.fields if f.wire_name == wire_name), None)


@dataclass(frozen=True, slots=True)
class SharedObject:
    description: str
    source: Citation


@dataclass(frozen=True, slots=True)
class ArrayType:
    items: Field


FieldType: TypeAlias = (
    StringType
    | IntegerType
    | NumberType
    | DecimalNumberType
    | DecimalStringType
    | IntegerStringType
    | FixedPointStringType
    | BooleanType
    | EnumType
    | TimestampType
    | ObjectType
    | JsonObjectType
    | ArrayType
)


# --- the field-type table: what every stage needs to know of a kind of field ----------------


@dataclass(frozen=True, slots=True)
class FieldKind:
    """One kind of field as every stage sees it; the emitters and the drawing read this table
    instead of keeping their own lists of type names. A timestamp is a kind per format."""

    name: str  # in generated strategies and the drawing: "decimal_string", "unix_seconds"
    spec_type: str  # the spec's `type`, and the schemas' x-twapschema type: "timestamp"
    json_type: Literal["string", "integer", "number", "boolean", "object", "array"]  # its wire
    numeric: bool  # its value is a number (drawn as one)
    arithmetic: bool  # rules may compute with it (timestamps are numbers, not operands)
    integral: bool  # whole numbers only
    text: bool  # a number written as a JSON string ("20.30", "100")
    unsigned: bool  # drawn without a sign unless the field says `signed`
    take: str  # the twapschema.runtime.checks helper that reads it
    label: str  # in the docs' field tables (kinds with parameters add them)
    # On a text wire (query string, form body), the typed value its text is read as; None: the
    # kind is text already (a string, a decimal string, an enum) or is no scalar.
    from_text: Literal["integer", "number", "boolean"] | None = None


def _kind(
    name: str,
    json_type: Literal["string", "integer", "number", "boolean", "object", "array"],
    take: str,
    label: str,
    *,
    spec_type: str | None = None,
    numeric: bool = False,
    arithmetic: bool = False,
    integral: bool = False,
    text: bool = False,
    unsigned: bool = False,
    from_text: Literal["integer", "number", "boolean"] | None = None,
) -> FieldKind:
    return FieldKind(
        name,
        spec_type or name,
        json_type,
        numeric or arithmetic,
        arithmetic,
        integral,
        text,
        unsigned,
        take,
        label,
        from_text,
    )


FIELD_KINDS: dict[str, FieldKind] = {
    k.name: k
    for k in (
        _kind("string", "string", "take_string", "string"),
        _kind(
            "integer",
            "integer",
            "take_integer",
            "integer",
            arithmetic=True,
            integral=True,
            from_text="integer",
        ),
        _kind(
            "number", "number", "take_decimal_number", "number", arithmetic=True, from_text="number"
        ),
        _kind(
            "decimal_number",
            "number",
            "take_decimal_number",
            "decimal number",
            arithmetic=True,
            from_text="number",
        ),
        _kind(
            "decimal_string",
            "string",
            "take_decimal_string",
            "decimal string",
            arithmetic=True,
            text=True,
            unsigned=True,
        ),
        _kind(
            "integer_string",
            "string",
            "take_integer_string",
            "integer string",
            arithmetic=True,
            integral=True,
            text=True,
            unsigned=True,
        ),
        _kind(
            "fixed_point_string",
            "string",
            "take_fixed_point_string",
            "fixed-point string",
            arithmetic=True,
            text=True,
            unsigned=True,
        ),
        _kind("boolean", "boolean", "take_boolean", "boolean", from_text="boolean"),
        _kind("enum", "string", "take_enum", "enum"),
        _kind(
            "unix_seconds",
            "number",
            "take_decimal_number",
            "timestamp",
            spec_type="timestamp",
            numeric=True,
            from_text="number",
        ),
        _kind(
            "unix_milliseconds",
            "integer",
            "take_integer",
            "timestamp",
            spec_type="timestamp",
            numeric=True,
            integral=True,
            unsigned=True,
            from_text="integer",
        ),
        _kind("rfc3339", "string", "take_rfc3339", "timestamp", spec_type="timestamp"),
        _kind("object", "object", "take_object", "object"),
        _kind("json_object", "object", "take_object", "any JSON object"),
        _kind("array", "array", "take_array", "array"),
    )
}

# Which kind each IR type is (a timestamp: by its format, below).
KIND_OF_TYPE: dict[type, str] = {
    StringType: "string",
    IntegerType: "integer",
    NumberType: "number",
    DecimalNumberType: "decimal_number",
    DecimalStringType: "decimal_string",
    IntegerStringType: "integer_string",
    FixedPointStringType: "fixed_point_string",
    BooleanType: "boolean",
    EnumType: "enum",
    ObjectType: "object",
    JsonObjectType: "json_object",
    ArrayType: "array",
}


def field_kind(t: FieldType) -> FieldKind:
    """The table row for a field's type."""
    return FIELD_KINDS[t.format if isinstance(t, TimestampType) else KIND_OF_TYPE[type(t)]]


# Units a duration or interval field may count in, as seconds per unit (translation scales).
TIME_UNITS: dict[str, int] = {"seconds": 1, "minutes": 60, "hours": 3600}
TIMING_CONCEPTS = ("duration", "interval")


@dataclass(frozen=True, slots=True)
class Field:
    wire_name: str
    py_name: str
    rule_prefix: str  # dotted path of wire names within the message body: "hmac.nonce"
    type: FieldType
    required: bool
    nullable: bool
    default: Scalar | None
    unit: str | None
    description: str
    example: Scalar | None
    source: Citation
    constraints: tuple[Constraint, ...]
    concept: str | None = None  # the venue-neutral idea it carries: side, quantity, duration...
    true_means: str | None = None  # a boolean side: the side `true` stands for
    symbol_lookup: tuple[ReferenceSection, Column] | None = None  # venue value = table[symbol]
    # A rule's operand in an object beneath the rule's own: the members leading to it
    # ("order_id" for dYdX's order_id.clob_pair_id); wire_name and py_name then name the path.
    within: tuple[str, ...] = ()

    def constraint(self, keyword: ConstraintKeyword) -> Constraint | None:
        return next((c for c in self.constraints if c.keyword == keyword), None)

    @property
    def members(self) -> tuple[str, ...]:
        """The member names from the rule's object down to the field: ("order_id",
        "clob_pair_id"); one name for a field of the object itself."""
        if not self.within:
            return (self.wire_name,)
        return (*self.within, self.wire_name[len(".".join(self.within)) + 1 :])

    @property
    def kind(self) -> FieldKind:
        return field_kind(self.type)

    @property
    def is_numeric(self) -> bool:
        """A rule may compute with it."""
        return self.kind.arithmetic

    @property
    def is_integer(self) -> bool:
        """A rule computes with it in whole numbers."""
        kind = self.kind
        return kind.arithmetic and kind.integral

    def excludes_zero_and_negatives(self) -> bool:
        """True when the field's own constraints guarantee a value > 0 (safe as a divisor)."""
        listed = self.constraint("enum")
        if listed is not None and isinstance(listed.value, tuple):
            return min(listed.value) > 0
        low = self.constraint("minimum")
        if low is not None and isinstance(low.value, int | Decimal) and low.value > 0:
            return True
        ex = self.constraint("exclusiveMinimum")
        return ex is not None and isinstance(ex.value, int | Decimal) and ex.value >= 0


@dataclass(frozen=True, slots=True)
class Http:
    method: str
    path: str
    status: int | None
    inside: str | None = None  # the request of this endpoint whose body carries this message


@dataclass(frozen=True, slots=True)
class Envelope:
    constants: tuple[tuple[str, str], ...]
    body: str


@dataclass(frozen=True, slots=True)
class Wire:
    """How a message travels and how the venue reads it (see ``twapschema.runtime.wire``)."""

    encoding: Literal["json", "query", "form"]
    text_kinds: frozenset[str]  # kinds read from their text: all on a text wire
    absent: tuple[Literal["empty_string", "empty_array", "null"], ...]
    proto3_json: bool  # read as the proto3 JSON mapping's parsers read a message
    ignored: tuple[str, ...]
    source: Citation
    batch: int | None = None  # the body is an array of 1..batch of these


@dataclass(frozen=True, slots=True)
class Example:
    description: str
    source: Citation
    payload: object
    violates: tuple[str, ...]
    with_reference: bool


@dataclass(frozen=True, slots=True)
class Rejection:
    """The venue's most likely reply to a request that fails validation (a prediction)."""

    message_id: str  # an error message of the same spec
    payload: object  # JSON; the string "{violations}" stands for the violations' messages
    source: Citation
    codes: tuple[CodedReply, ...] = ()  # documented replies for some rules; payload: the rest


@dataclass(frozen=True, slots=True)
class CodedReply:
    rules: tuple[str, ...]  # rule ids, or "*.<check>"
    payload: object
    source: Citation


@dataclass(frozen=True, slots=True)
class UnknownOrder:
    message_id: str  # an error message of the same spec
    payload: object
    source: Citation


@dataclass(frozen=True, slots=True)
class Listing:
    """A reply that lists the orders held (Kraken's QueryStrategies, GetClosedStrategies)."""

    at: str  # reply pointer: an array, or an object keyed by each item's keyed_by
    id: str  # item pointer: the order's id
    keyed_by: str | None = None
    orders: str = "any"  # open | cancelled | any
    named_by: str | None = None  # request pointer: the ids wanted
    separator: str = ","
    status_at: str | None = None  # item pointer: the order's state
    status_values: tuple[tuple[str, object], ...] = ()  # (open|cancelled, the venue's word)
    from_order: tuple[tuple[str, str], ...] = ()  # (item pointer, creating request's pointer)
    set: tuple[tuple[str, object], ...] = ()  # (item pointer, its value)


@dataclass(frozen=True, slots=True)
class Reply:
    """How the venue answers a valid request (a local stand-in builds it)."""

    message_id: str  # a response message of the same spec
    source: Citation
    echo: tuple[tuple[str, str], ...] = ()  # (reply pointer, request pointer)
    unsent: tuple[tuple[str, object], ...] = ()  # (reply pointer, its value when not sent)
    now: tuple[str, ...] = ()  # reply pointers set to the time of the reply
    new_order_id: str | None = None  # reply pointer: the venue's id for the order it made
    client_id: str | None = None  # request pointer: the sender's own id for it
    cancels: str | None = None  # request pointer: the order it ends
    cancels_by: str = "id"  # "id" or "client_id"
    by_member: str | None = None  # request pointer whose value says which
    by_values: tuple[tuple[str, str], ...] = ()
    unknown: UnknownOrder | None = None
    lists: Listing | None = None
    each: str | None = None  # reply pointer: an array with one item per batch element


NOT_CHECKED_NEEDS = {
    "price": "a live price",
    "account": "account state",
    "clock": "the venue's clock",
    "reference": "reference data not yet in the spec",
    "unencoded": "rule language not yet in twapschema",
}


@dataclass(frozen=True, slots=True)
class NotChecked:
    """A rule the venue enforces that no check makes, with what a check would need."""

    rule: str
    needs: str  # a key of NOT_CHECKED_NEEDS
    source: Citation


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    kind: Literal["request", "response", "error"]
    description: str
    source: Citation
    http: Http | None
    envelope: Envelope | None
    body: ObjectType
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...]
    class_name: str
    frame_unknown_fields: UnknownFields | None = None  # for the envelope's members
    rejection: Rejection | None = None
    wire: Wire | None = None  # None: a JSON body read as written
    not_checked: tuple[NotChecked, ...] = ()
    reply: Reply | None = None


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    py_name: str
    type: Literal["string", "integer", "boolean", "decimal"]
    description: str
    minimum: int | Decimal | None
    maximum: int | Decimal | None
    values: tuple[str, ...] = ()  # a string column's allowed values; empty: any string


# Instrument status, in twapschema's words: what a venue's own states are mapped to.
STATUS_VALUES = ("tradable", "reduce_only", "cancel_only")


@dataclass(frozen=True, slots=True)
class ReferenceSection:
    name: str
    py_name: str
    kind: Literal["record", "table"]
    description: str
    source: Citation
    key_description: str | None
    columns: tuple[Column, ...]
    class_name: str
    unique_keys: tuple[tuple[str, ...], ...] = ()  # sorted column sets no two rows share

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True, slots=True)
class KeyPart:
    """One message field that selects a table row: by the row's key (``column`` None), or by
    a row whose ``column`` equals the field (Hyperliquid finds its asset by the integer id `a`,
    Bybit by category and symbol together)."""

    field: Field
    column: Column | None = None

    def render(self) -> str:
        name = self.field.wire_name
        return name if self.column is None else f"{self.column.name}={name}"


@dataclass(frozen=True, slots=True)
class ColumnRef:
    """A reference-data value a rule needs: ``section.column``, ``table[key_field].column``,
    or ``table[column=field, ...].column`` (the one row whose columns equal the fields)."""

    section: ReferenceSection
    column: Column | None  # None: the row itself (does the key exist?)
    key: tuple[KeyPart, ...] = ()  # for tables: how the message selects the row

    @property
    def key_fields(self) -> tuple[Field, ...]:
        return tuple(part.field for part in self.key)

    @property
    def by_row_key(self) -> bool:
        """The row is the table's entry under one field's value (a dict lookup)."""
        return len(self.key) == 1 and self.key[0].column is None

    @property
    def match_columns(self) -> tuple[str, ...]:
        """For a lookup by columns: the column names, in key order."""
        return tuple(p.column.name for p in self.key if p.column is not None)

    def render(self) -> str:
        key = f"[{', '.join(p.render() for p in self.key)}]" if self.key else ""
        column = f".{self.column.name}" if self.column is not None else ""
        return f"{self.section.name}{key}{column}"


@dataclass(frozen=True, slots=True)
class Transport:
    kind: Literal["rest", "websocket"]
    url: str


# One part of what a signature signs: a whole part by name ("method", "path", "target",
# "query", "body", "unsigned"), or (kind, value) for header, member and literal, or
# ("sha256", parts).
SignPart: TypeAlias = "str | tuple[str, str | tuple[SignPart, ...]]"


@dataclass(frozen=True, slots=True)
class SignatureRefusal:
    message_id: str  # the spec's error message the reply is
    payload: object
    source: Citation
    status: int | None = None  # when not the error message's own


@dataclass(frozen=True, slots=True)
class Signature:
    """How the venue checks a request's signature (what a stand-in given the secret does)."""

    algorithm: Literal["hmac-sha256", "hmac-sha512", "secret"]
    key: Literal["text", "base64"]
    encoding: Literal["hex", "base64"]
    carried: tuple[Literal["header", "param", "member"], str]  # where the request carries it
    parts: tuple[SignPart, ...]
    separator: str
    refused: SignatureRefusal
    source: Citation


@dataclass(frozen=True, slots=True)
class AuthScheme:
    scheme: str
    description: str
    source: Citation
    headers: tuple[str, ...] = ()  # the HTTP headers each request carries for it
    signature: Signature | None = None


@dataclass(frozen=True, slots=True)
class Auth(AuthScheme):
    alternatives: tuple[AuthScheme, ...] = ()  # other ways the venue accepts

    @property
    def schemes(self) -> tuple[AuthScheme, ...]:
        return (self, *self.alternatives)


@dataclass(frozen=True, slots=True)
class Venue:
    id: str
    name: str
    description: str
    transport: Transport
    auth: Auth
    documents: tuple[Document, ...]
    api_version: str = ""
    checked: str = ""  # YYYY-MM-DD: last compared with its sources
    version: str = "0.0.0"  # the spec's own, MAJOR.MINOR.PATCH


@dataclass(frozen=True, slots=True)
class Spec:
    venue: Venue
    enums: tuple[EnumDef, ...]
    reference: tuple[ReferenceSection, ...]
    messages: tuple[Message, ...]
    objects: tuple[ObjectType, ...]  # shared object types, in the order they are defined
    source_file: str  # as written in generated headers: "specs/qfex.yaml"
    source_sha256: str
    # Where the reference sections' rows come from (reference_requests, fetch), or None.
    reference_sources: VenueSources | None = None


def objects(obj: ObjectType) -> Iterator[ObjectType]:
    """``obj`` and every inline object type nested in it (through arrays too), parents first.

    Shared object types nested in ``obj`` are not entered: they belong to the spec, not to it.
    """
    yield obj
    for f in obj.fields:
        t = f.type
        while isinstance(t, ArrayType):
            t = t.items.type
        if isinstance(t, ObjectType) and t.shared is None:
            yield from objects(t)


def reachable(obj: ObjectType) -> Iterator[ObjectType]:
    """``obj`` and every object type a payload of it can hold, shared ones included, once."""
    seen: set[int] = set()
    todo = [obj]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for f in current.fields:
            t = f.type
            while isinstance(t, ArrayType):
                t = t.items.type
            if isinstance(t, ObjectType):
                todo.append(t)


def all_rules(message: Message) -> tuple[Rule, ...]:
    """The message's rules, then those of the shared object types within it."""
    nested = (r for obj in reachable(message.body) for r in obj.rules)
    return (*message.rules, *nested)


def create_request(spec: Spec) -> Message | None:
    """The venue's create request: the request whose fields carry intent concepts (translation
    maps onto it; the docs' comparison shows it)."""
    return next(
        (m for m in spec.messages if m.kind == "request" and any(f.concept for f in m.body.fields)),
        None,
    )


def native_in_json_schema(field: Field, constraint: Constraint) -> bool:
    """Whether JSON Schema says this constraint itself, exactly; if not, it is carried as CEL."""
    t = field.type
    if constraint.keyword == "bech32":
        return False  # a checksum: no JSON Schema keyword computes one
    if isinstance(t, DecimalStringType | IntegerStringType | FixedPointStringType):
        return constraint.keyword in ("minLength", "maxLength", "pattern", "const")
    if isinstance(t, NumberType | DecimalNumberType | TimestampType):
        # A validator's multipleOf divides doubles (0.3 / 0.1 is 2.9999999999999996).
        return constraint.keyword != "multipleOf"
    return True
