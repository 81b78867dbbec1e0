"""The spec file format: what a venue YAML may say, as strict Pydantic models.

These models only describe shape (keys, types, which keys go together). Meaning (does a rule's
field exist, is a bound the right type for its field) is the checker's job, which turns these
into the IR. The same models produce the spec format's published JSON Schema, so editors and
the loader can never disagree about what a spec may contain.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, Discriminator, Field, Tag, model_validator

from twapschema.rules.kinds import RuleSyntax
from twapschema.syntax_base import SourceSyntax, StrictModel

SPEC_FORMAT = "twapschema/1"

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
EnumName = Annotated[str, Field(pattern=r"^[A-Z][A-Za-z0-9]*$")]
ObjectName = Annotated[str, Field(pattern=r"^[A-Z][A-Za-z0-9]*$")]
Number: TypeAlias = int | Decimal
Scalar: TypeAlias = str | int | Decimal | bool


class DocumentSyntax(StrictModel):
    title: str
    file: str | None = Field(None, description="File name under shared/venue-docs, if stored.")
    url: str | None = None
    status: Literal["current", "unmerged", "outdated", "mirror"] = Field(
        "current",
        description="What the source is: the venue's current page or code; an unmerged pull "
        "request (not released); an outdated revision or legacy page; a third party's copy of "
        "the venue's page. Every citation of it says so.",
    )


class TransportSyntax(StrictModel):
    kind: Literal["rest", "websocket"]
    url: str = Field(description="REST base URL or WebSocket endpoint.")


# An HTTP header's name (RFC 9110 token characters), in the venue's own spelling.
HeaderName = Annotated[str, Field(pattern=r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")]


Pointer = Annotated[
    str,
    Field(
        pattern=r"^(/([^/~]|~[01])*)+$",
        description="A JSON Pointer (RFC 6901) into a payload as it travels, envelope included.",
    ),
]


# What a signature signs, in order: the request's own parts, by name or as a one-key mapping.
WholePart = Literal["method", "path", "target", "query", "body", "unsigned"]


class HeaderPart(StrictModel):
    header: HeaderName = Field(description="The value of this request header ('' when absent).")


class MemberPart(StrictModel):
    member: Pointer = Field(
        description=(
            "The value of this member of the message as it travels (a form value as sent; a"
            " JSON string without quotes, a JSON number as written)."
        )
    )


class LiteralPart(StrictModel):
    literal: str = Field(description="This text, as written.")


class Sha256Part(StrictModel):
    sha256: list[SignPart] = Field(
        min_length=1, description="The SHA-256 digest (32 bytes) of these parts, concatenated."
    )


def _part_kind(value: object) -> str | None:
    """Which kind of part ``value`` is, so that a wrong one gets one error, not five."""
    if isinstance(value, str):
        return "whole"
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        return key if key in {"header", "member", "literal", "sha256"} else None
    if isinstance(value, BaseModel):
        return {
            HeaderPart: "header",
            MemberPart: "member",
            LiteralPart: "literal",
            Sha256Part: "sha256",
        }.get(type(value))
    return None


SignPart: TypeAlias = Annotated[
    Annotated[WholePart, Tag("whole")]
    | Annotated[HeaderPart, Tag("header")]
    | Annotated[MemberPart, Tag("member")]
    | Annotated[LiteralPart, Tag("literal")]
    | Annotated["Sha256Part", Tag("sha256")],
    Discriminator(
        _part_kind,
        custom_error_type="sign_part",
        custom_error_message=(
            "a part is method, path, target, query, body or unsigned, or a mapping of one key:"
            " header, member, literal or sha256"
        ),
    ),
]
Sha256Part.model_rebuild()


class SignedMessageSyntax(StrictModel):
    """The bytes the signature is computed over: its parts, joined by ``separator``."""

    parts: list[SignPart] = Field(
        min_length=1,
        description=(
            "In order. method: the HTTP method, upper case; path: the URL path as the venue"
            " names it (without a stand-in's /VENUE prefix); query: the query string without"
            " '?'; target: path, then '?' and the query when there is one; body: the body as"
            " sent; unsigned: the query string and then the body, each without the signature"
            " parameter (Binance's totalParams); {header: NAME}; {member: POINTER}; {literal:"
            " TEXT}; {sha256: [parts]}."
        ),
    )
    separator: str = Field("", description="Put between the parts (Aevo's ',').")


class SignatureIn(StrictModel):
    """Where the request carries its signature: exactly one of the three."""

    header: HeaderName | None = None
    param: str | None = Field(None, description="A query-string or form parameter.")
    member: Pointer | None = Field(None, description="A member of a WebSocket frame.")

    @model_validator(mode="after")
    def _one(self) -> SignatureIn:
        if sum(x is not None for x in (self.header, self.param, self.member)) != 1:
            raise ValueError("give exactly one of header, param, member")
        return self


class SignatureRefusalSyntax(StrictModel):
    """The venue's reply to a request whose signature does not match."""

    message: Identifier = Field(description="Id of this spec's error message the reply is.")
    payload: object = Field(description="The reply, whole.")
    status: int | None = Field(
        None, ge=100, le=599, description="Its HTTP status, when not the error message's own."
    )
    source: SourceSyntax


class SignatureSyntax(StrictModel):
    """How the venue checks a request's signature: what a stand-in given the secret verifies."""

    algorithm: Literal["hmac-sha256", "hmac-sha512", "secret"] = Field(
        description="The MAC; 'secret': the request carries the secret itself (Aevo's header)."
    )
    key: Literal["text", "base64"] = Field(
        "text", description="The secret as the MAC's key: its UTF-8 bytes, or base64-decoded."
    )
    encoding: Literal["hex", "base64"] = Field(
        "hex", description="How the MAC is written in the request."
    )
    carried: SignatureIn = Field(alias="in", description="Where the request carries it.")
    message: SignedMessageSyntax | None = Field(
        None, description="What is signed; not for the 'secret' algorithm."
    )
    refused: SignatureRefusalSyntax
    source: SourceSyntax

    @model_validator(mode="after")
    def _message(self) -> SignatureSyntax:
        if (self.algorithm == "secret") != (self.message is None):
            raise ValueError("give `message` for an HMAC, and none for the 'secret' algorithm")
        return self


class AuthSchemeSyntax(StrictModel):
    scheme: str = Field(description="Short name, e.g. 'bearer', 'api-key-headers', 'hmac-frame'.")
    description: str
    headers: list[HeaderName] = Field(
        default_factory=list,
        description=(
            "The HTTP headers every request carries for authentication, as the venue spells "
            "them (OK-ACCESS-KEY, ...); the OpenAPI document's security schemes name them. "
            "Not for the bearer scheme, whose header is Authorization."
        ),
    )
    signature: SignatureSyntax | None = None
    source: SourceSyntax


class AuthSyntax(AuthSchemeSyntax):
    alternatives: list[AuthSchemeSyntax] = Field(
        default_factory=list,
        description="Other ways the venue accepts (Aevo's signed headers instead of the secret).",
    )


class VenueSyntax(StrictModel):
    id: Identifier
    name: str
    description: str
    transport: TransportSyntax
    auth: AuthSyntax
    version: str = Field(
        pattern=r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$",
        description=(
            "This spec's own version, MAJOR.MINOR.PATCH: a change `twapschema diff` calls"
            " breaking bumps MAJOR, one that accepts or sends more (or that it cannot prove)"
            " MINOR; the CI refuses a change without its bump."
        ),
    )
    api_version: str = Field(description="The venue API version the spec describes: 'v5', '/0'.")
    checked: str = Field(
        pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        description="The date (YYYY-MM-DD) the spec was last compared with its sources.",
    )
    sources: dict[str, DocumentSyntax] = Field(min_length=1)


class EnumValueSyntax(StrictModel):
    description: str | None = None
    means: Literal["buy", "sell"] | None = Field(
        None, description="For a side field: which venue-neutral side this value is."
    )
    python_name: Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")] | None = Field(
        None, description="The Python member's name, when the one made from the value clashes."
    )


class EnumSyntax(StrictModel):
    description: str
    source: SourceSyntax
    values: dict[str, EnumValueSyntax | None] = Field(
        min_length=1, description="Exact wire values, each with an optional description."
    )


class BoundSyntax(StrictModel):
    """Long form of a constraint, for when it needs its own source or message."""

    value: Scalar | list[int]
    message: str | None = None
    source: SourceSyntax | None = None


NumberBound: TypeAlias = Number | BoundSyntax
LengthBound: TypeAlias = int | BoundSyntax
PatternBound: TypeAlias = str | BoundSyntax


ConstBound: TypeAlias = str | int | bool | BoundSyntax
Concept = Literal[
    "symbol",
    "side",
    "quantity",
    "duration",
    "interval",
    "child_count",
    "reduce_only",
    "max_price",
    "min_price",
    "client_id",
    "randomize",
]


class SymbolLookupSyntax(StrictModel):
    """For the symbol field: the venue's value is a column of a reference table keyed by the
    venue-neutral symbol (Aevo's instrument_id for "ETH-PERP")."""

    table: Identifier
    column: Identifier


class _FieldBase(StrictModel):
    description: str
    required: bool = False
    nullable: bool = Field(False, description="JSON null is accepted (and means 'absent').")
    unit: str | None = None
    example: Scalar | None = None
    source: SourceSyntax
    const: ConstBound | None = Field(
        None, description="The one value accepted (strings, integers, booleans, enums)."
    )
    concept: Concept | None = Field(
        None,
        description="The venue-neutral TWAP idea this field carries (comparison, translation).",
    )
    true_means: Literal["buy", "sell"] | None = Field(
        None, description="For a boolean side field (is_buy): the side `true` stands for."
    )
    symbol_lookup: SymbolLookupSyntax | None = None


class _NumericBounds(StrictModel):
    minimum: NumberBound | None = None
    maximum: NumberBound | None = None
    exclusiveMinimum: NumberBound | None = None  # noqa: N815 - JSON Schema's own keyword
    exclusiveMaximum: NumberBound | None = None  # noqa: N815
    multipleOf: NumberBound | None = None  # noqa: N815


class StringFieldSyntax(_FieldBase):
    type: Literal["string"]
    default: str | None = None
    minLength: LengthBound | None = None  # noqa: N815
    maxLength: LengthBound | None = None  # noqa: N815
    pattern: PatternBound | None = None
    bech32: PatternBound | None = Field(
        None,
        description=(
            "The human-readable prefix of a bech32 address (dydx): a non-empty value must be "
            "bech32 (BIP 173) with that prefix and a valid checksum, as Cosmos SDK's "
            "AccAddressFromBech32 decodes it. The empty string is left to pattern/minLength."
        ),
    )


class IntegerFieldSyntax(_FieldBase, _NumericBounds):
    type: Literal["integer"]
    default: int | None = None
    canonical: bool = Field(
        False,
        description=(
            "Only an integer written as one (30, not 30.0), for a venue that signs the bytes;"
            " a JSON Schema cannot tell them apart, so only the Python validator checks it."
        ),
    )
    enum: list[int] | BoundSyntax | None = Field(
        None,
        description="The allowed values, when the venue lists them (JSON Schema's `enum`); "
        "it says everything, so no other bound goes with it.",
    )


class NumberFieldSyntax(_FieldBase, _NumericBounds):
    """A JSON number that is not a quantity or price; still read exactly, as a Decimal."""

    type: Literal["number"]
    default: Number | None = None


class DecimalNumberFieldSyntax(_FieldBase, _NumericBounds):
    """A quantity or price sent as a JSON number, read exactly."""

    type: Literal["decimal_number"]
    default: Number | None = None


class DigitsSyntax(StrictModel):
    """How many digits a venue reads on each side of the point; more are refused as malformed."""

    integer: int = Field(ge=1)
    fraction: int = Field(ge=0)
    source: SourceSyntax


class DecimalStringFieldSyntax(_FieldBase, _NumericBounds):
    """A quantity or price sent as a string of digits, parsed strictly."""

    type: Literal["decimal_string"]
    signed: bool = Field(False, description="A leading '-' is accepted.")
    digits: DigitsSyntax | None = Field(
        None, description="At most so many digits before and after the point (Binance: 20, 20)."
    )
    canonical: bool = Field(
        False,
        description=(
            "Only the canonical spelling: no leading zeros, no trailing fraction zeros ('1', not"
            " '1.0'), for a venue that signs the bytes."
        ),
    )
    default: str | None = None


class IntegerStringFieldSyntax(_FieldBase, _NumericBounds):
    """A whole number sent as a string of digits, such as a count in a response ("100")."""

    type: Literal["integer_string"]


class FixedPointStringFieldSyntax(_FieldBase, _NumericBounds):
    """An amount sent as a whole number of 10^-decimals units ("10000000" is 10 at 6 decimals).

    The model holds the amount itself (10); bounds apply to the amount.
    """

    type: Literal["fixed_point_string"]
    decimals: int = Field(ge=0, le=18, description="The wire value counts units of 10^-decimals.")


class BooleanFieldSyntax(_FieldBase):
    type: Literal["boolean"]
    default: bool | None = None


class EnumFieldSyntax(_FieldBase):
    type: Literal["enum"]
    enum: EnumName
    default: str | None = None


class TimestampFieldSyntax(_FieldBase):
    type: Literal["timestamp"]
    format: Literal["unix_seconds", "unix_milliseconds", "rfc3339"]


class ObjectFieldSyntax(_FieldBase):
    """An object: its own `fields` and `unknown_fields`, or `object:` naming one under `objects`."""

    type: Literal["object"]
    object: ObjectName | None = Field(None, description="A shared object type under `objects`.")
    unknown_fields: UnknownFieldsSyntax | None = None
    fields: dict[str, FieldSyntax] = Field(default_factory=dict, min_length=1)

    @model_validator(mode="after")
    def _one_form(self) -> ObjectFieldSyntax:
        _one_body_form(self.object, self.fields, self.unknown_fields)
        return self


class JsonObjectFieldSyntax(_FieldBase):
    """Any JSON object, kept as it is (for example an echo of the request that failed)."""

    type: Literal["json_object"]


class ArrayFieldSyntax(_FieldBase):
    type: Literal["array"]
    items: FieldSyntax
    minItems: LengthBound | None = None  # noqa: N815
    maxItems: LengthBound | None = None  # noqa: N815


FieldSyntax = Annotated[
    StringFieldSyntax
    | IntegerFieldSyntax
    | NumberFieldSyntax
    | DecimalNumberFieldSyntax
    | DecimalStringFieldSyntax
    | IntegerStringFieldSyntax
    | FixedPointStringFieldSyntax
    | BooleanFieldSyntax
    | EnumFieldSyntax
    | TimestampFieldSyntax
    | ObjectFieldSyntax
    | JsonObjectFieldSyntax
    | ArrayFieldSyntax,
    Field(discriminator="type"),
]


class UnknownFieldsSyntax(StrictModel):
    """What to do with members the spec does not list, and why (documents rarely say)."""

    policy: Literal["reject", "ignore"]
    source: SourceSyntax


def _one_body_form(
    name: str | None, fields: dict[str, FieldSyntax], unknown: UnknownFieldsSyntax | None
) -> None:
    # An absent `fields` is the empty default: written out, `fields: {}` fails min_length.
    if name is not None and (fields or unknown is not None):
        raise ValueError("give either `object: Name` or `fields` with `unknown_fields`, not both")
    if name is None and (not fields or unknown is None):
        raise ValueError("give `fields` and `unknown_fields`, or `object: Name` (see `objects`)")


class ObjectDefSyntax(StrictModel):
    """A named object type that several messages or fields share."""

    description: str
    source: SourceSyntax
    unknown_fields: UnknownFieldsSyntax
    fields: dict[str, FieldSyntax] = Field(min_length=1)
    rules: dict[Identifier, RuleSyntax] = Field(
        default_factory=dict,
        description="Rules over this type's own fields, checked wherever the type appears.",
    )


class HttpSyntax(StrictModel):
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    path: str
    status: int | None = Field(None, description="HTTP status, for responses and errors.")
    inside: Identifier | None = Field(
        None,
        description=(
            "This message is not the body itself but travels inside that request of the same "
            "endpoint (Hyperliquid's action inside the /exchange body): the OpenAPI document "
            "names the other as the body."
        ),
    )


class EnvelopeSyntax(StrictModel):
    """Members around the message's fields, e.g. a WebSocket frame {type: add_twap, params: {}}."""

    constants: dict[str, str] = Field(
        default_factory=dict, description="Members with a fixed string value, e.g. type: add_twap."
    )
    body: str = Field(description="The member that holds the message's fields.")


class WireSyntax(StrictModel):
    """How a message travels and how the venue reads it: decoded once, before the checks."""

    encoding: Literal["json", "query", "form"] = Field(
        "json",
        description=(
            "json: a JSON body (or frame); query: a query string; form: an"
            " application/x-www-form-urlencoded body. On query and form every value is text, and"
            " integer, number and boolean fields are read from their text ('5000', 'true')."
        ),
    )
    text: list[Literal["integer", "number", "boolean"]] = Field(
        default_factory=list,
        description="On a JSON wire: kinds of field the venue also reads from their text form.",
    )
    absent: list[Literal["empty_string", "empty_array", "null"]] = Field(
        default_factory=list,
        description='Values the venue reads as "not given": the member is dropped before checks.',
    )
    proto3_json: bool = Field(
        False,
        description=(
            "Read as the proto3 JSON mapping's parsers read a message: each snake_case field"
            " also under its lowerCamelCase name, integers also as strings, and 64-bit integers"
            " (integer_string fields) also as JSON integers."
        ),
    )
    batch: int | None = Field(
        None,
        ge=1,
        description=(
            "The body is a JSON array of 1 to `batch` such messages (OKX's cancel-algos takes up"
            " to 10); each is checked, its paths under its index."
        ),
    )
    ignored: list[str] = Field(
        default_factory=list,
        description="Top-level members a signing step adds (a signature): accepted, not checked.",
    )
    source: SourceSyntax


class ExampleSyntax(StrictModel):
    description: str
    source: SourceSyntax
    payload: object
    violates: list[str] = Field(
        default_factory=list, description="Rule ids the payload breaks; empty: a valid payload."
    )
    with_reference: bool = Field(
        False, description="Check against the bundled reference data (examples/reference.yaml)."
    )


class CodedReplySyntax(StrictModel):
    """A reply the venue documents for some checks, with its own code."""

    rules: list[str] = Field(
        min_length=1,
        description="Rule ids it answers, or '*.<check>' (e.g. '*.required') for any field's.",
    )
    payload: object = Field(description="The reply, as `payload` above.")
    source: SourceSyntax


class RejectionSyntax(StrictModel):
    """The error a venue most likely returns for a request that fails validation: a prediction."""

    message: Identifier = Field(description="Id of this spec's error message the reply is.")
    payload: object = Field(
        description=(
            "The reply where no documented code applies (the fallback); a string"
            " '{violations}' stands for the violations' messages."
        )
    )
    source: SourceSyntax
    codes: list[CodedReplySyntax] = Field(
        default_factory=list,
        description=(
            "Documented replies for particular rules; the first violation with one picks it."
        ),
    )


class NewOrderSyntax(StrictModel):
    """The request makes an order that later requests name: a local stand-in keeps it."""

    id: Pointer = Field(description="Where the reply carries the id the venue gives the order.")
    client_id: Pointer | None = Field(
        None, description="The request's member that holds the sender's own id for it, if any."
    )


class UnknownOrderSyntax(StrictModel):
    """The venue's reply when the order named is not one it holds (never placed, or done)."""

    message: Identifier = Field(description="Id of this spec's error message the reply is.")
    payload: object = Field(description="The reply, whole.")
    source: SourceSyntax


class CancelsSyntax(StrictModel):
    """The request ends an order a request with `new_order` made."""

    id: Pointer = Field(
        description="The request's member naming the order (in each element of a batch)."
    )
    by: Literal["id", "client_id"] = Field(
        "id", description="Which of the order's ids it names: the venue's, or the sender's."
    )
    by_member: Pointer | None = Field(
        None, description="A member whose value says which (QFEX's cancel_order_id_type)."
    )
    by_values: dict[str, Literal["id", "client_id"]] = Field(
        default_factory=dict, description="With by_member: which id each of its values names."
    )
    unknown: UnknownOrderSyntax


class ListedStatusSyntax(StrictModel):
    """Where a listed order's state goes, and the venue's word for each."""

    at: Pointer = Field(description="The item's member that says the order's state.")
    open: object = Field(description="Its value for an order still open.")
    cancelled: object = Field(description="Its value for a cancelled order.")


class ListsSyntax(StrictModel):
    """The reply lists the orders the stand-in holds (a status or list request), each item
    built from the reply example's first item and the request that made the order."""

    at: Pointer = Field(
        description=(
            "Where the list is in the reply: an array, or an object keyed by each item's"
            " `keyed_by` member."
        )
    )
    keyed_by: Pointer | None = Field(
        None, description="For an object: the item's member whose value is its key."
    )
    orders: Literal["open", "cancelled", "any"] = Field(
        "any", description="Which of the held orders are listed."
    )
    named_by: Pointer | None = Field(
        None,
        description=(
            "The request's member naming the orders wanted (a list, or text split at"
            " `separator`); every order when absent."
        ),
    )
    separator: str = Field(",", description="Between the ids `named_by` names, in text.")
    id: Pointer = Field(description="The item's member that carries the order's id.")
    status: ListedStatusSyntax | None = None
    from_order: dict[Pointer, Pointer] = Field(
        default_factory=dict,
        description=(
            "Members of the item (keys) that carry the member (values) of the request that"
            " made the order, when it was sent; the example's value stays otherwise."
        ),
    )
    set: dict[Pointer, object] = Field(
        default_factory=dict,
        description=(
            "Members of the item set to this value (what nothing filled reads as: a stand-in"
            " fills no order)."
        ),
    )


class ReplySyntax(StrictModel):
    """How the venue answers a valid request: what a local stand-in (`twapschema serve`) sends,
    built from the reply message's first valid example."""

    message: Identifier = Field(description="Id of this spec's response message the reply is.")
    source: SourceSyntax
    echo: dict[Pointer, Pointer] = Field(
        default_factory=dict,
        description=(
            "Members of the reply (keys) that carry the request's member (values), when it was"
            " sent; the example's value stays otherwise."
        ),
    )
    unsent: dict[Pointer, object] = Field(
        default_factory=dict,
        description=(
            "Echoed members of the reply (keys of `echo`) and the value they take when the"
            " request did not send the member (null for QFEX's client_twap_id)."
        ),
    )
    now: list[Pointer] = Field(
        default_factory=list,
        description="Members of the reply set to the time of the reply, in the example's form.",
    )
    each: Pointer | None = Field(
        None,
        description=(
            "For a batch request: the reply's array that has one item per element, each built"
            " from the example's first item with the `echo` beneath `<each>/0` filled from its"
            " element (OKX's data[])."
        ),
    )
    new_order: NewOrderSyntax | None = None
    cancels: CancelsSyntax | None = None
    lists: ListsSyntax | None = None


class NotCheckedSyntax(StrictModel):
    """A rule the venue enforces that this spec does not check, and why."""

    rule: str = Field(description="What the venue enforces, in a sentence.")
    needs: Literal["price", "account", "clock", "reference", "unencoded"] = Field(
        description=(
            "What a check would need: a live price, account state, the venue's clock, reference "
            "data the spec has no column for, or nothing but language the spec does not have yet "
            "(unencoded: say what in the note)."
        )
    )
    source: SourceSyntax


class MessageSyntax(StrictModel):
    kind: Literal["request", "response", "error"]
    description: str
    source: SourceSyntax
    http: HttpSyntax | None = None
    envelope: EnvelopeSyntax | None = None
    wire: WireSyntax | None = Field(None, description="How it travels; omitted: a JSON body.")
    unknown_fields: UnknownFieldsSyntax | None = Field(
        None,
        description="Members not listed: for inline `fields`, and for the envelope's frame.",
    )
    object: ObjectName | None = Field(None, description="The body is this shared object type.")
    fields: dict[str, FieldSyntax] = Field(default_factory=dict, min_length=1)
    rules: dict[Identifier, RuleSyntax] = Field(default_factory=dict)
    rejection: RejectionSyntax | None = None
    reply: ReplySyntax | None = Field(
        None, description="For a request: the venue's answer when it is valid."
    )
    examples: list[ExampleSyntax] = Field(default_factory=list)
    not_checked: list[NotCheckedSyntax] = Field(
        default_factory=list,
        description=(
            "Rules the venue enforces on this message that no check here makes: a valid verdict "
            "does not promise them (docs and schemas list them)."
        ),
    )

    @model_validator(mode="after")
    def _one_form(self) -> MessageSyntax:
        if (self.object is None) == (not self.fields):
            raise ValueError("give the body as `fields`, or as `object: Name` (see `objects`)")
        return self


class ColumnSyntax(StrictModel):
    type: Literal["string", "integer", "boolean", "decimal"]
    description: str
    minimum: Number | None = None
    maximum: Number | None = None
    values: list[str] | None = Field(
        None,
        description=(
            "For a string column: the values it may hold, e.g. an instrument status in "
            "twapschema's words: tradable, reduce_only, cancel_only."
        ),
    )


class PagesSyntax(StrictModel):
    cursor: str = Field(
        description="JMESPath on one page: the next page's cursor; empty or null on the last page."
    )
    param: str = Field(description="The query parameter the next request carries the cursor in.")


class ReferenceRequestSyntax(StrictModel):
    """One request to a venue's public instrument endpoint (no credentials)."""

    description: str
    method: Literal["GET", "POST"] = "GET"
    url: str = Field(pattern=r"^https://", description="The full URL, without the query string.")
    query: dict[str, str | int] = Field(
        default_factory=dict, description="Query parameters, e.g. {category: linear}."
    )
    body: dict[str, str | int | bool] | None = Field(
        None, description='A POST\'s JSON body, e.g. Hyperliquid\'s {"type": "meta"}.'
    )
    ok: str | None = Field(
        None,
        description=(
            "JMESPath that is true for an answer the venue means as a success, for a venue that "
            "answers errors with HTTP 200 (OKX's code == '0')."
        ),
    )
    error: str | None = Field(
        None, description="JMESPath: the venue's own error text, shown when `ok` is false."
    )
    pages: PagesSyntax | None = Field(None, description="For a venue that pages by cursor.")
    source: SourceSyntax


class ViaSyntax(StrictModel):
    rows: str = Field(
        description="JMESPath on the response: a second list to look the value up in."
    )
    key: str = Field(description="JMESPath on each of its items: what the value is matched to.")
    read: str = Field(description="JMESPath on the matching item: the column's value.")


class ColumnReadSyntax(StrictModel):
    """How one column is read from a row: one of read, value, position."""

    read: str | None = Field(None, description="JMESPath on the row.")
    value: Scalar | None = Field(
        None, description="A constant, for what the endpoint does not say (cite why)."
    )
    position: int | None = Field(
        None,
        ge=0,
        description=(
            "The row's index in `rows` (counted before `where`), plus this number: Hyperliquid's "
            "asset id is a perp's index in meta.universe, or 10000 + a spot pair's."
        ),
    )
    via: ViaSyntax | None = Field(
        None, description="Look the read value up in another list of the same response."
    )
    map: dict[str, str | bool] | None = Field(
        None,
        description=(
            "The venue's words to the column's (status Trading: tradable); a value not listed "
            "is a changed response, refused, unless `otherwise` says what it means."
        ),
    )
    otherwise: str | bool | None = Field(None, description="With map: a value not listed.")
    source: SourceSyntax | None = None

    @model_validator(mode="after")
    def _one_form(self) -> ColumnReadSyntax:
        forms = [f for f in (self.read, self.value, self.position) if f is not None]
        if len(forms) != 1:
            raise ValueError("give one of read (JMESPath), value (a constant), position")
        if self.read is None and (self.via or self.map):
            raise ValueError("via and map transform what `read` gives; give read too")
        if self.otherwise is not None and self.map is None:
            raise ValueError("otherwise is the value of what `map` does not list; give map too")
        return self


class FetchSourceSyntax(StrictModel):
    """Rows (or columns of rows) of one reference section, from one request's answer."""

    request: Identifier | None = Field(
        None,
        description=(
            "The request (under reference_requests) whose answer holds the rows; none when "
            "every column is a constant value."
        ),
    )
    rows: str | None = Field(
        None,
        description="JMESPath on each page of the answer: the rows (for a record: the row).",
    )
    where: str | None = Field(None, description="JMESPath on each row: keep the row when true.")
    key: str | None = Field(None, description="For tables: JMESPath on each row, the row's key.")
    adds: Literal["rows", "columns"] = Field(
        "rows",
        description=(
            "rows: every column, for new rows; columns: more columns of rows an earlier source "
            "made, matched by key (a row that gets none is dropped, and counted)."
        ),
    )
    columns: dict[Identifier, ColumnReadSyntax] = Field(min_length=1)
    source: SourceSyntax


class ReferenceSectionSyntax(StrictModel):
    kind: Literal["record", "table"]
    description: str
    source: SourceSyntax
    key_description: str | None = Field(None, description="For tables: what the keys are.")
    columns: dict[Identifier, ColumnSyntax] = Field(min_length=1)
    unique: list[list[Identifier]] = Field(
        default_factory=list,
        description=(
            "For tables: column sets no two rows share, so a rule may select the row by them "
            "(`assets[asset=a]`); reference data that repeats one is refused at load."
        ),
    )
    fetch: list[FetchSourceSyntax] | None = Field(
        None,
        description=(
            "Where the section's rows come from: the venue's public instrument endpoints "
            "(`twapschema reference fetch` / `build`)."
        ),
    )
    not_fetched: str | None = Field(
        None, description="Why the section has no `fetch`: what no endpoint of the venue says."
    )


class SpecSyntax(StrictModel):
    format: Literal["twapschema/1"]
    venue: VenueSyntax
    enums: dict[EnumName, EnumSyntax] = Field(default_factory=dict)
    reference: dict[Identifier, ReferenceSectionSyntax] = Field(default_factory=dict)
    reference_requests: dict[Identifier, ReferenceRequestSyntax] = Field(
        default_factory=dict,
        description="The venue's public instrument endpoints the sections' `fetch` reads.",
    )
    objects: dict[ObjectName, ObjectDefSyntax] = Field(
        default_factory=dict, description="Object types shared by messages; define before use."
    )
    messages: dict[Identifier, MessageSyntax] = Field(min_length=1)


ObjectFieldSyntax.model_rebuild()
ArrayFieldSyntax.model_rebuild()
ObjectDefSyntax.model_rebuild()
MessageSyntax.model_rebuild()
SpecSyntax.model_rebuild()
