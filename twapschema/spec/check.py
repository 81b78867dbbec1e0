"""From parsed spec syntax to the IR: resolve every name, check every operand, locate problems."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Literal, assert_never, get_args

from pydantic import TypeAdapter, ValidationError

from twapschema import ir, naming, regex_dialect
from twapschema.errors import Location, Problem, SpecError
from twapschema.located_yaml import Data, LocatedData, PathKey, parse_yaml
from twapschema.numbers import parse_decimal_string
from twapschema.pointer import MISSING, resolve
from twapschema.pointer import tokens as pointer_tokens
from twapschema.rules.base import Rule, RuleSyntaxBase
from twapschema.rules.condition import Conditional
from twapschema.rules.kinds import RULE_KINDS
from twapschema.runtime.reference import SNAPSHOT
from twapschema.spec import check_fetch
from twapschema.spec import syntax as s
from twapschema.syntax_base import SourceSyntax

_SPEC = TypeAdapter(s.SpecSyntax)
_KIND_BY_SYNTAX: dict[type[RuleSyntaxBase], type[Rule]] = {k.Syntax: k for k in RULE_KINDS}
_COLUMN_EXPR = re.compile(r"^(?P<section>\w+)(?:\[(?P<key>[^\]]+)\])?(?:\.(?P<column>\w+))?$")
# BIP 173: the prefix is 1-83 characters of US-ASCII 33-126; lowercase, as addresses are
# written, and without '1', the separator.
_BECH32_PREFIX = re.compile(r"[!-02-@\[-~]{1,83}")
_LENGTH_KEYWORDS = ("minLength", "maxLength", "minItems", "maxItems")
_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


def load_spec_text(text: str, file: str, *, unversioned: bool = False) -> ir.Spec:
    """Parse, check and resolve one spec; raises SpecError with every problem found.
    ``unversioned``: a spec without ``venue.version`` is read as 0.0.0 (an old revision,
    written before specs carried versions, for ``twapschema diff``), not refused."""
    located, problems = parse_yaml(text, file)
    if located is None:
        raise SpecError(problems)
    venue = located.data.get("venue") if isinstance(located.data, dict) else None
    if unversioned and isinstance(venue, dict) and "version" not in venue:
        venue["version"] = "0.0.0"
    try:
        syntax = _SPEC.validate_python(located.data)
    except ValidationError as exc:
        raise SpecError(problems + _syntax_problems(exc, located)) from None
    if problems:
        raise SpecError(problems)
    checker = _Checker(located)
    spec = checker.spec(syntax, file, hashlib.sha256(text.encode()).hexdigest())
    if checker.problems:
        raise SpecError(checker.problems)
    return spec


def load_spec(path: Path, shown_as: str | None = None) -> ir.Spec:
    name = shown_as if shown_as is not None else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError([Problem(_file_start(name), f"cannot read the spec: {exc}")]) from None
    return load_spec_text(text, name)


def load_specs(directory: Path, shown_prefix: str = "specs") -> tuple[ir.Spec, ...]:
    """Every ``*.yaml`` spec in ``directory``, sorted by venue id; all files' problems together."""
    specs: list[ir.Spec] = []
    problems: list[Problem] = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            spec = load_spec(path, f"{shown_prefix}/{path.name}")
        except SpecError as exc:
            problems.extend(exc.problems)
            continue
        if spec.venue.id != path.stem:
            problems.append(
                Problem(
                    _file_start(f"{shown_prefix}/{path.name}"),
                    f"venue id {spec.venue.id!r} must match the file name {path.stem!r}",
                )
            )
        specs.append(spec)
    if problems:
        raise SpecError(problems)
    return tuple(specs)


def _file_start(file: str) -> Location:
    return Location(file, 1, 1)


def _syntax_problems(exc: ValidationError, located: LocatedData) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        path = _data_path(located.data, error["loc"])
        kind = error["type"]
        if kind == "extra_forbidden":
            message = f"unknown key {path[-1]!r}"
        elif kind == "missing":
            message = f"missing required key {error['loc'][-1]!r}"
        else:
            message = error["msg"]
            if path and kind not in ("value_error",):
                message += f" (at {'.'.join(str(p) for p in path)})"
        if kind == "value_error":
            message = message.removeprefix("Value error, ")
        problems.append(Problem(located.locate(path), message))
    return problems


def _data_path(data: Data, loc: Iterable[int | str]) -> PathKey:
    """Pydantic's error location minus the union tags it inserts, as a path into the data."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            if part in node:
                node = node[part]
            elif not _is_tag(node, part):
                path.append(part)  # a missing or unknown key: point at its parent, name it
                break
            else:
                continue
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            continue
        path.append(part)
    return tuple(path)


def _is_tag(node: dict[str, Data], part: str) -> bool:
    return node.get("type") == part or node.get("kind") == part


def _default_breaks(default: object, constraints: tuple[ir.Constraint, ...]) -> list[str]:
    """Why a default fails its own field's constraints: the validator reads an absent member
    as its default, and a rule dividing by a default of 0 under `minimum: 1` would crash."""
    number: Decimal | None = None
    if isinstance(default, int | Decimal) and not isinstance(default, bool):
        number = Decimal(default)
    elif isinstance(default, str):
        number = parse_decimal_string(default, signed=True)
    found = []
    for c in constraints:
        bound = c.value
        broken = False
        if c.keyword in _BOUND_TESTS and number is not None and isinstance(bound, int | Decimal):
            broken = not _BOUND_TESTS[c.keyword](number, Decimal(bound))
        elif c.keyword in ("minLength", "maxLength") and isinstance(default, str):
            assert isinstance(bound, int)
            broken = len(default) < bound if c.keyword == "minLength" else len(default) > bound
        elif c.keyword == "pattern" and isinstance(default, str) and isinstance(bound, str):
            broken = not regex_dialect.problems(bound) and (
                regex_dialect.compiled(bound).search(default) is None
            )
        elif c.keyword == "const":
            broken = default != bound
        elif c.keyword == "enum" and isinstance(bound, tuple):
            broken = default not in bound
        if broken:
            shown = list(bound) if isinstance(bound, tuple) else bound
            found.append(f"default {default!r} breaks the field's own {c.keyword} {shown}")
    return found


_BOUND_TESTS = {
    "minimum": lambda v, b: v >= b,
    "exclusiveMinimum": lambda v, b: v > b,
    "maximum": lambda v, b: v <= b,
    "exclusiveMaximum": lambda v, b: v < b,
    "multipleOf": lambda v, b: b == 0 or v % b == 0,
}


class _Checker:
    def __init__(self, located: LocatedData) -> None:
        self.located = located
        self.problems: list[Problem] = []
        self.documents: dict[str, ir.Document] = {}
        self.enums: dict[str, ir.EnumDef] = {}
        self.sections: dict[str, ir.ReferenceSection] = {}
        self.shared: dict[str, ir.ObjectType] = {}

    def problem(self, path: PathKey, message: str) -> None:
        self.problems.append(Problem(self.located.locate(path), message))

    # -- top level --------------------------------------------------------------------------

    def spec(self, syntax: s.SpecSyntax, file: str, digest: str) -> ir.Spec:
        venue = self.venue(syntax.venue)
        enums = tuple(self.enum(name, e) for name, e in syntax.enums.items())
        self.enums = {e.name: e for e in enums}
        reference = tuple(self.section(name, r) for name, r in syntax.reference.items())
        self.sections = {r.name: r for r in reference}
        for name, o in syntax.objects.items():
            path: PathKey = ("objects", name)
            obj = self.object_type(
                name,
                o.fields,
                o.unknown_fields,
                (*path, "fields"),
                (),
                shared=ir.SharedObject(o.description, self.cite(o.source, path)),
            )
            rules = self.rules(o.rules, obj, path)
            self.shared[name] = replace(obj, rules=rules) if rules else obj
        messages = tuple(
            self.message(name, m, venue.transport.kind) for name, m in syntax.messages.items()
        )
        self.rejections(syntax, messages)
        self.refusals_refer(venue.auth, messages)
        objects = tuple(self.shared.values())
        sources = check_fetch.venue_sources(syntax, self.sections, self.problem, self.cite)
        spec = ir.Spec(venue, enums, reference, messages, objects, file, digest, sources)
        self.unique_class_names(spec)
        return spec

    def venue(self, v: s.VenueSyntax) -> ir.Venue:
        self.documents = {
            doc_id: ir.Document(doc_id, d.title, d.file, d.url, d.status)
            for doc_id, d in v.sources.items()
        }
        transport = ir.Transport(v.transport.kind, v.transport.url)
        where: PathKey = ("venue", "auth")
        main = self.auth_scheme(v.auth, where, v.transport.kind)
        alternatives = tuple(
            self.auth_scheme(a, (*where, "alternatives", i), v.transport.kind)
            for i, a in enumerate(v.auth.alternatives)
        )
        auth = ir.Auth(
            main.scheme, main.description, main.source, main.headers, main.signature, alternatives
        )
        return ir.Venue(
            v.id,
            v.name,
            v.description,
            transport,
            auth,
            tuple(self.documents.values()),
            v.api_version,
            v.checked,
            v.version,
        )

    def auth_scheme(self, a: s.AuthSchemeSyntax, where: PathKey, transport: str) -> ir.AuthScheme:
        signature = None if a.signature is None else self.signature(a, (*where, "signature"))
        if signature is not None:
            self.signature_fits(signature, a, (*where, "signature"), transport)
        return ir.AuthScheme(
            a.scheme, a.description, self.cite(a.source, where), tuple(a.headers), signature
        )

    def signature(self, a: s.AuthSchemeSyntax, where: PathKey) -> ir.Signature:
        g = a.signature
        assert g is not None
        carried: tuple[Literal["header", "param", "member"], str]
        if g.carried.header is not None:
            carried = ("header", g.carried.header)
        elif g.carried.param is not None:
            carried = ("param", g.carried.param)
        else:
            assert g.carried.member is not None  # the syntax requires one of the three
            carried = ("member", g.carried.member)
        r = g.refused
        self.whole_numbers(r.payload, (*where, "refused", "payload"))
        refused = ir.SignatureRefusal(
            r.message, r.payload, self.cite(r.source, (*where, "refused")), r.status
        )
        message = g.message
        return ir.Signature(
            g.algorithm,
            g.key,
            g.encoding,
            carried,
            () if message is None else tuple(_sign_part(p) for p in message.parts),
            "" if message is None else message.separator,
            refused,
            self.cite(g.source, where),
        )

    def signature_fits(
        self, g: ir.Signature, a: s.AuthSchemeSyntax, where: PathKey, transport: str
    ) -> None:
        """What the signature reads is what the transport carries: headers and the HTTP
        request's parts over REST, the frame's members over a WebSocket."""
        kind, name = g.carried
        if transport == "websocket":
            if kind != "member":
                self.problem((*where, "in"), "a WebSocket frame carries its signature in a member")
            http = sorted(_part_names(g.parts) - {"member", "literal"})
            if http:
                self.problem(
                    (*where, "message", "parts"),
                    f"a WebSocket frame has no {', '.join(http)}: sign its members",
                )
            return
        if kind == "member":
            self.problem((*where, "in"), "over REST the signature is a header or a parameter")
        if kind == "header" and name not in a.headers:
            self.problem(
                (*where, "in", "header"),
                f"{name!r} is not one of this scheme's headers ({', '.join(a.headers) or 'none'})",
            )
        if "unsigned" in _part_names(g.parts) and kind != "param":
            self.problem(
                (*where, "message", "parts"),
                "'unsigned' leaves out the signature parameter: the signature must be `in: param`",
            )

    def cite(self, source: SourceSyntax, path: PathKey) -> ir.Citation:
        document = None
        if source.doc is not None:
            document = self.documents.get(source.doc)
            if document is None:
                known = ", ".join(sorted(self.documents)) or "none"
                self.problem(
                    (*path, "source"),
                    f"unknown document {source.doc!r} (venue.sources has: {known})",
                )
        return ir.Citation(document, source.section, source.inferred, source.note)

    def enum(self, name: str, e: s.EnumSyntax) -> ir.EnumDef:
        path: PathKey = ("enums", name)
        values = []
        seen: dict[str, str] = {}
        for wire, value in e.values.items():
            py_name = naming.constant(wire)
            if value is not None and value.python_name is not None:
                py_name = value.python_name
            if py_name in seen:
                self.problem(
                    (*path, "values", wire),
                    f"enum values {seen[py_name]!r} and {wire!r} both become Python name {py_name}",
                )
            seen[py_name] = wire
            values.append(
                ir.EnumValue(
                    wire,
                    py_name,
                    value.description if value else None,
                    value.means if value else None,
                )
            )
        return ir.EnumDef(name, e.description, self.cite(e.source, path), tuple(values))

    def section(self, name: str, r: s.ReferenceSectionSyntax) -> ir.ReferenceSection:
        path: PathKey = ("reference", name)
        if name == SNAPSHOT:
            self.problem(path, f"{SNAPSHOT!r} is the key of a reference file's provenance")
        if r.kind == "record" and r.key_description is not None:
            self.problem((*path, "key_description"), "a record has no keys; remove key_description")
        columns = tuple(
            ir.Column(
                c,
                naming.snake(c),
                col.type,
                col.description,
                col.minimum,
                col.maximum,
                tuple(col.values or ()),
            )
            for c, col in r.columns.items()
        )
        for c, col in r.columns.items():
            where = (*path, "columns", c)
            bounds = [b for b in (col.minimum, col.maximum) if b is not None]
            if col.values is not None and (col.type != "string" or not col.values):
                self.problem(
                    (*where, "values"), "values list a string column's values (one or more)"
                )
            elif col.values is not None and len(set(col.values)) != len(col.values):
                self.problem((*where, "values"), "values are listed once each")
            if bounds and col.type not in ("integer", "decimal"):
                self.problem(where, f"bounds apply to numeric columns, not {col.type}")
            elif col.type == "integer" and any(not isinstance(b, int) for b in bounds):
                self.problem(where, "bounds of an integer column must be whole numbers")
            if col.minimum is not None and col.maximum is not None and col.minimum > col.maximum:
                self.problem(where, f"minimum {col.minimum} is above maximum {col.maximum}")
        unique: list[tuple[str, ...]] = []
        for i, names in enumerate(r.unique):
            where = (*path, "unique", i)
            if r.kind == "record":
                self.problem(where, "a record has one row; `unique` is for tables")
            elif not names or len(set(names)) != len(names):
                self.problem(where, "name one or more distinct columns")
            for c in names:
                listed = r.columns.get(c)
                if listed is None:
                    self.problem(where, f"no column {c!r} in {name!r} ({', '.join(r.columns)})")
                elif listed.type not in ("string", "integer"):
                    self.problem(
                        where, f"{c!r} is {listed.type}: rows are selected by strings or integers"
                    )
            unique.append(tuple(sorted(names)))
        return ir.ReferenceSection(
            name,
            naming.snake(name),
            r.kind,
            r.description,
            self.cite(r.source, path),
            r.key_description,
            columns,
            naming.pascal(name, "entry" if r.kind == "table" else ""),
            tuple(unique),
        )

    def message(
        self, name: str, m: s.MessageSyntax, transport: Literal["rest", "websocket"]
    ) -> ir.Message:
        path: PathKey = ("messages", name)
        if transport == "rest" and m.http is None:
            self.problem(path, f"message {name!r} of a REST venue needs `http: {{method, path}}`")
        if transport == "websocket" and m.http is not None:
            self.problem((*path, "http"), "a WebSocket venue's messages have no `http`")
        envelope = None
        class_name = naming.pascal(name)
        body_name = class_name
        if m.envelope is not None:
            constants = tuple(m.envelope.constants.items())
            if m.envelope.body in m.envelope.constants:
                self.problem((*path, "envelope", "body"), "the body member is also a constant")
            envelope = ir.Envelope(constants, m.envelope.body)
            inner = m.envelope.body if m.envelope.body != name else "body"
            body_name = naming.pascal(name, inner)
        unknown = None
        if m.unknown_fields is not None:
            unknown = ir.UnknownFields(
                m.unknown_fields.policy, self.cite(m.unknown_fields.source, path)
            )
        elif m.fields or m.envelope is not None:
            self.problem(path, "say how members the spec does not list are treated: unknown_fields")
        if m.object is not None:
            body = self.shared_object(m.object, (*path, "object"))
            if m.envelope is None and m.unknown_fields is not None:
                self.problem(
                    (*path, "unknown_fields"),
                    f"the body is object {m.object}, whose own unknown_fields apply; remove this",
                )
            if m.rules:
                self.problem(
                    (*path, "rules"),
                    f"rules need the body's fields written out here, not shared object {m.object}",
                )
        else:
            # Without unknown_fields the problem is recorded above; check the rest as if the
            # spec had said `reject`, so every other problem is reported in the same run.
            unknown_fields = m.unknown_fields or s.UnknownFieldsSyntax(
                policy="reject", source=SourceSyntax(inferred="not stated (reported)")
            )
            body = self.object_type(body_name, m.fields, unknown_fields, (*path, "fields"), ())
        rules = self.rules(m.rules, body, path)
        self.unique_rule_ids(rules, body, path)
        examples = tuple(
            ir.Example(
                x.description,
                self.cite(x.source, (*path, "examples", i)),
                x.payload,
                tuple(x.violates),
                x.with_reference,
            )
            for i, x in enumerate(m.examples)
        )
        self.example_rule_ids(examples, body, rules, envelope, path)
        http = ir.Http(m.http.method, m.http.path, m.http.status, m.http.inside) if m.http else None
        return ir.Message(
            name,
            m.kind,
            m.description,
            self.cite(m.source, path),
            http,
            envelope,
            body,
            rules,
            examples,
            class_name,
            unknown if m.envelope is not None else None,
            self.rejection(m, path, body, rules),
            self.wire(m, body, path),
            tuple(
                ir.NotChecked(n.rule, n.needs, self.cite(n.source, (*path, "not_checked", i)))
                for i, n in enumerate(m.not_checked)
            ),
            self.reply(m, path),
        )

    def reply(self, m: s.MessageSyntax, path: PathKey) -> ir.Reply | None:
        r = m.reply
        if r is None:
            return None
        where = (*path, "reply")
        if m.kind != "request":
            self.problem(where, "only a request has a reply (the venue's answer to it)")
        unknown = cancels = None
        if r.cancels is not None:
            cancels = r.cancels
            u = cancels.unknown
            self.whole_numbers(u.payload, (*where, "cancels", "unknown", "payload"))
            unknown = ir.UnknownOrder(
                u.message, u.payload, self.cite(u.source, (*where, "cancels", "unknown"))
            )
            if (cancels.by_member is None) != (not cancels.by_values):
                self.problem(
                    (*where, "cancels"), "give by_member and by_values together, or neither"
                )
        return ir.Reply(
            r.message,
            self.cite(r.source, where),
            tuple(r.echo.items()),
            tuple(r.unsent.items()),
            tuple(r.now),
            r.new_order.id if r.new_order else None,
            r.new_order.client_id if r.new_order else None,
            cancels.id if cancels else None,
            cancels.by if cancels else "id",
            cancels.by_member if cancels else None,
            tuple(cancels.by_values.items()) if cancels else (),
            unknown,
            None if r.lists is None else _listing(r.lists),
            r.each,
        )

    def example_rule_ids(
        self,
        examples: tuple[ir.Example, ...],
        body: ir.ObjectType,
        rules: tuple[Rule, ...],
        envelope: ir.Envelope | None,
        path: PathKey,
    ) -> None:
        """An example's `violates` names rules the message has: a spec rule, a field's own
        check (`<field>.<check>`), or a finding about the payload as a whole. A misspelt id
        would make the example's test expect a violation no validator can report."""
        ids = {r.id for r in rules} | {r.id for obj in ir.reachable(body) for r in obj.rules}
        ids |= {"unknown_field", "duplicate_field", "payload.type"}
        ids |= {"payload.minItems", "payload.maxItems"}
        prefixes = set()
        for obj in ir.reachable(body):
            for f in obj.fields:
                prefixes.add(f.rule_prefix)
                t = f.type
                while isinstance(t, ir.ArrayType):  # an element's checks: error.items.pattern
                    prefixes.add(t.items.rule_prefix)
                    t = t.items.type
        if envelope is not None:
            prefixes |= {name for name, _ in envelope.constants} | {envelope.body}
        for i, x in enumerate(examples):
            for j, rule_id in enumerate(x.violates):
                head, _, check = rule_id.rpartition(".")
                if rule_id in ids or (check and head in prefixes):
                    continue
                known = ", ".join(sorted(r.id for r in rules)) or "none"
                self.problem(
                    (*path, "examples", i, "violates", j),
                    f"no rule {rule_id!r} in this message (rules: {known}; or a field's "
                    "check, such as runningTime.minimum)",
                )

    def wire(self, m: s.MessageSyntax, body: ir.ObjectType, path: PathKey) -> ir.Wire | None:
        w = m.wire
        if w is None:
            return None
        where = (*path, "wire")
        text_wire = w.encoding != "json"
        if text_wire and w.text:
            self.problem(
                (*where, "text"),
                f"on a {w.encoding} wire every value is text already; remove `text`",
            )
        if w.batch is not None and (text_wire or m.envelope is not None):
            self.problem(
                (*where, "batch"), "only a JSON body without an envelope can be an array of them"
            )
        if text_wire and m.envelope is not None:
            self.problem((*where, "encoding"), "a query string or form body has no envelope")
        if text_wire and any(isinstance(f.type, ir.ObjectType | ir.ArrayType) for f in body.fields):
            self.problem(
                (*where, "encoding"),
                f"a {w.encoding} wire carries flat name=value pairs; this body has nested members",
            )
        for i, name in enumerate(w.ignored):
            if body.field(name) is not None:
                self.problem(
                    (*where, "ignored", i), f"{name!r} is a field; an ignored member is not one"
                )
        snake = any("_" in f.wire_name for obj in ir.reachable(body) for f in obj.fields)
        if w.proto3_json and not snake:
            self.problem((*where, "proto3_json"), "no field has a snake_case name to also accept")
        if w.proto3_json and text_wire:
            self.problem((*where, "proto3_json"), "the proto3 JSON mapping is a JSON wire's")
        if w.proto3_json and w.text:
            self.problem(
                (*where, "text"), "proto3_json reads integers from text already; remove `text`"
            )
        from_text = set(w.text) | ({"integer"} if w.proto3_json else set())
        kinds = (
            frozenset(k.name for k in ir.FIELD_KINDS.values() if k.from_text)
            if text_wire
            else frozenset(k.name for k in ir.FIELD_KINDS.values() if k.from_text in from_text)
        )
        return ir.Wire(
            w.encoding,
            kinds,
            tuple(dict.fromkeys(w.absent)),
            w.proto3_json,
            tuple(w.ignored),
            self.cite(w.source, where),
            w.batch,
        )

    def rejection(
        self, m: s.MessageSyntax, path: PathKey, body: ir.ObjectType, rules: tuple[Rule, ...]
    ) -> ir.Rejection | None:
        r = m.rejection
        if r is None:
            return None
        where = (*path, "rejection")
        if m.kind != "request":
            self.problem(where, "only a request has a rejection (the venue's reply to it)")
        replies = [(r.payload, (*where, "payload"))]
        replies += [(c.payload, (*where, "codes", i, "payload")) for i, c in enumerate(r.codes)]
        for payload, at in replies:
            self.whole_numbers(payload, at)
        known = {r_.id for r_ in rules} | _WIRE_RULE_IDS
        prefixes = set()
        for obj in ir.reachable(body):
            known |= {r_.id for r_ in obj.rules}
            prefixes |= {f.rule_prefix for f in obj.fields}
        codes = []
        for i, c in enumerate(r.codes):
            for j, rule in enumerate(c.rules):
                head, _, check = rule.rpartition(".")
                if rule in known or (check in _CHECKS and (head == "*" or head in prefixes)):
                    continue
                self.problem(
                    (*where, "codes", i, "rules", j),
                    f"{rule!r} names no rule of this message (rule ids, '<field>.<check>' or"
                    f" '*.<check>' with a check among {', '.join(sorted(_CHECKS))})",
                )
            codes.append(
                ir.CodedReply(tuple(c.rules), c.payload, self.cite(c.source, (*where, "codes", i)))
            )
        return ir.Rejection(r.message, r.payload, self.cite(r.source, where), tuple(codes))

    def refusals_refer(self, auth: ir.Auth, messages: tuple[ir.Message, ...]) -> None:
        """Each signature's refusal names one of this spec's error messages."""
        kinds = {m.id: m.kind for m in messages}
        for i, scheme in enumerate(auth.schemes):
            if scheme.signature is None:
                continue
            where: PathKey = ("venue", "auth")
            if i:
                where = (*where, "alternatives", i - 1)
            name = scheme.signature.refused.message_id
            at = (*where, "signature", "refused", "message")
            if name not in kinds:
                self.problem(at, f"no message {name!r} in this spec")
            elif kinds[name] != "error":
                self.problem(at, f"{name!r} is a {kinds[name]}, not an error")

    def rejections(self, syntax: s.SpecSyntax, messages: tuple[ir.Message, ...]) -> None:
        kinds = {m.id: m.kind for m in messages}
        for m in messages:
            if m.rejection is None:
                continue
            where: PathKey = ("messages", m.id, "rejection", "message")
            kind = kinds.get(m.rejection.message_id)
            if kind is None:
                self.problem(where, f"no message {m.rejection.message_id!r} in this spec")
            elif kind != "error":
                self.problem(where, f"{m.rejection.message_id!r} is a {kind}, not an error")
        by_id = {m.id: m for m in messages}
        for m in messages:
            if m.reply is not None:
                self.reply_refers(m, m.reply, by_id)
        for m in messages:
            if m.http is None or m.http.inside is None:
                continue
            where = ("messages", m.id, "http", "inside")
            outer = by_id.get(m.http.inside)
            if outer is m:
                self.problem(where, f"{m.id!r} cannot travel inside itself")
            elif outer is None or outer.kind != "request" or outer.http is None:
                self.problem(where, f"no request {m.http.inside!r} with an http endpoint here")
            elif (outer.http.method, outer.http.path) != (m.http.method, m.http.path):
                self.problem(
                    where,
                    f"{m.http.inside!r} is {outer.http.method} {outer.http.path}, not this"
                    f" message's {m.http.method} {m.http.path}",
                )
        del syntax

    def whole_numbers(self, payload: object, at: PathKey) -> None:
        """A reply written in the spec holds no fraction: YAML would read it as a float."""
        if _has_fraction(payload):
            self.problem(
                at, "numbers in a reply must be whole (JSON has no exact decimals; use a string)"
            )

    def reply_refers(self, m: ir.Message, r: ir.Reply, by_id: dict[str, ir.Message]) -> None:
        """The reply's messages exist, are of their kind and endpoint, and every pointer names
        a member of the message it points into."""
        where: PathKey = ("messages", m.id, "reply")
        reply = self.named(by_id, r.message_id, "response", m, (*where, "message"))
        if r.unknown is not None:
            at = (*where, "cancels", "unknown", "message")
            self.named(by_id, r.unknown.message_id, "error", m, at)
        for to, from_ in r.echo:
            if reply is not None:
                self.points(reply, to, (*where, "echo", to))
            self.points(m, from_, (*where, "echo", to))
        echoed = dict(r.echo)
        for to, value in r.unsent:
            if to not in echoed:
                self.problem((*where, "unsent", to), f"{to!r} is not a member `echo` fills")
            self.whole_numbers(value, (*where, "unsent", to))
        for i, to in enumerate(r.now):
            if reply is not None:
                self.points(reply, to, (*where, "now", i))
        if r.new_order_id is not None and reply is not None:
            self.points(reply, r.new_order_id, (*where, "new_order", "id"))
        if r.client_id is not None:
            self.points(m, r.client_id, (*where, "new_order", "client_id"))
        if r.cancels is not None:
            self.points(m, r.cancels, (*where, "cancels", "id"))
        if r.by_member is not None:
            self.points(m, r.by_member, (*where, "cancels", "by_member"))
        if r.lists is not None:
            self.listing_refers(m, r.lists, reply, by_id, (*where, "lists"))
        if r.each is not None:
            self.each_refers(m, r.each, reply, (*where, "each"))

    def each_refers(
        self, m: ir.Message, each: str, reply: ir.Message | None, where: PathKey
    ) -> None:
        """A per-element reply answers a batch, into an array the reply's example has."""
        if m.wire is None or m.wire.batch is None:
            self.problem(where, "only a batch request (`wire.batch`) has a reply item per element")
            return
        example = MISSING if reply is None else _first_valid(reply)
        found = MISSING if example is MISSING else resolve(example, each)
        if reply is not None and not (isinstance(found, list) and found):
            self.problem(
                where, f"{each!r}: {reply.id!r}'s first example has no array with an item there"
            )

    def listing_refers(
        self,
        m: ir.Message,
        listing: ir.Listing,
        reply: ir.Message | None,
        by_id: dict[str, ir.Message],
        where: PathKey,
    ) -> None:
        """The list is in the reply's first example with an item to build from; the item's
        pointers name its members; the orders' pointers name members of every request that
        makes an order."""
        if listing.named_by is not None:
            self.points(m, listing.named_by, (*where, "named_by"))
        makers = [x for x in by_id.values() if x.reply is not None and x.reply.new_order_id]
        for to, from_ in listing.from_order:
            for maker in makers:
                self.points(maker, from_, (*where, "from_order", to))
        if reply is None:
            return
        example = _first_valid(reply)
        if example is MISSING:
            self.problem((*where, "at"), f"{reply.id!r} has no valid example to build from")
            return
        found = resolve(example, listing.at)
        items = (
            found
            if isinstance(found, list)
            else list(found.values())
            if isinstance(found, dict)
            else []
        )
        if not items:
            self.problem(
                (*where, "at"),
                f"{listing.at!r}: {reply.id!r}'s first example has no item there to build from",
            )
            return
        if isinstance(found, list) and listing.keyed_by is not None:
            self.problem((*where, "keyed_by"), f"{listing.at!r} is an array: nothing is keyed")
        if isinstance(found, dict) and listing.keyed_by is None:
            self.problem((*where, "at"), f"{listing.at!r} is an object: give keyed_by")
        named: list[tuple[PathKey, str]] = [((*where, "id"), listing.id)]
        if listing.keyed_by is not None:
            named.append(((*where, "keyed_by"), listing.keyed_by))
        if listing.status_at is not None:
            named.append(((*where, "status", "at"), listing.status_at))
        for key, pointer in named:
            if resolve(items[0], pointer) is MISSING:
                self.problem(
                    key, f"{pointer!r}: no such member in the first item of {reply.id!r}'s example"
                )
        # A member the item may lack (a limit order's price) is added beside its siblings.
        filled = [("from_order", to) for to, _ in listing.from_order]
        filled += [("set", to) for to, _ in listing.set]
        for block, pointer in filled:
            parent = "/".join(pointer.split("/")[:-1])
            if parent and not isinstance(resolve(items[0], parent), dict):
                self.problem(
                    (*where, block, pointer),
                    f"{pointer!r}: no object {parent!r} in the first item of {reply.id!r}'s"
                    " example to put it in",
                )
        for to, value in listing.set:
            self.whole_numbers(value, (*where, "set", to))

    def named(
        self,
        by_id: dict[str, ir.Message],
        name: str,
        kind: str,
        request: ir.Message,
        where: PathKey,
    ) -> ir.Message | None:
        found = by_id.get(name)
        if found is None:
            self.problem(where, f"no message {name!r} in this spec")
            return None
        if found.kind != kind:
            self.problem(where, f"{name!r} is a {found.kind}, not a {kind}")
            return None
        # A venue's error envelope is one for all endpoints (the spec writes it on one), so
        # only the response must answer this request's endpoint.
        if (
            kind == "response"
            and request.http is not None
            and found.http is not None
            and (found.http.method, found.http.path) != (request.http.method, request.http.path)
        ):
            self.problem(
                where,
                f"{name!r} answers {found.http.method} {found.http.path}, not this request's"
                f" {request.http.method} {request.http.path}",
            )
        return found

    def points(self, m: ir.Message, pointer: str, where: PathKey) -> None:
        """``pointer`` names a value of ``m`` as it travels (envelope, body, array indices);
        in a batch request, of one element (each element is one message)."""
        tokens = pointer_tokens(pointer)
        body: ir.FieldType | None = m.body
        if m.envelope is not None:
            head = tokens.pop(0) if tokens else ""
            if head in dict(m.envelope.constants) and not tokens:
                return
            if head != m.envelope.body:
                self.problem(where, f"{pointer!r}: {m.id!r} travels as {{{m.envelope.body}: …}}")
                return
        for depth, token in enumerate(tokens):
            if isinstance(body, ir.ArrayType):
                if not token.isdigit():
                    self.problem(where, f"{pointer!r}: {token!r} is not an array index")
                    return
                body = body.items.type
            elif isinstance(body, ir.ObjectType):
                field = body.field(token)
                if field is None:
                    known = ", ".join(f.wire_name for f in body.fields)
                    self.problem(where, f"{pointer!r}: no member {token!r} (there: {known})")
                    return
                body = field.type
            else:
                self.problem(where, f"{pointer!r}: nothing beneath {tokens[depth - 1]!r}")
                return
        if isinstance(body, (ir.ObjectType, ir.ArrayType)):
            self.problem(where, f"{pointer!r} names an object or array, not a value")

    def shared_object(self, name: str, path: PathKey) -> ir.ObjectType:
        found = self.shared.get(name)
        if found is None:
            known = ", ".join(self.shared) or "none are defined"
            self.problem(path, f"unknown object {name!r} (objects defined above: {known})")
            unresolved = ir.Citation(None, None, "unresolved", None)
            # Marked shared so that nothing walks into it or claims its class name twice.
            return ir.ObjectType(
                name, (), ir.UnknownFields("ignore", unresolved), ir.SharedObject("", unresolved)
            )
        return found

    def unique_class_names(self, spec: ir.Spec) -> None:
        # The JSON Schemas keep the I-JSON integer range under $defs/SafeInteger.
        seen: dict[str, str] = {"SafeInteger": "the JSON Schemas' own SafeInteger"}

        def claim(name: str, what: str, path: PathKey) -> None:
            if name in seen:
                self.problem(path, f"{what} and {seen[name]} both become Python class {name}")
            seen.setdefault(name, what)

        for e in spec.enums:
            claim(e.name, f"enum {e.name!r}", ("enums", e.name))
        for r in spec.reference:
            claim(r.class_name, f"reference section {r.name!r}", ("reference", r.name))
        for o in spec.objects:
            for obj in ir.objects(o):
                claim(obj.class_name, f"object {o.class_name!r}", ("objects", o.class_name))
        for m in spec.messages:
            path: PathKey = ("messages", m.id)
            claim(m.class_name, f"message {m.id!r}", path)
            if m.body.shared is None:
                for obj in ir.objects(m.body):
                    if obj.class_name != m.class_name:
                        claim(obj.class_name, f"an object in message {m.id!r}", path)

    # -- fields -----------------------------------------------------------------------------

    def object_type(
        self,
        class_name: str,
        fields: dict[str, s.FieldSyntax],
        unknown: s.UnknownFieldsSyntax,
        path: PathKey,
        prefix: tuple[str, ...],
        *,
        shared: ir.SharedObject | None = None,
    ) -> ir.ObjectType:
        built = []
        py_names: dict[str, str] = {}
        for wire, f in fields.items():
            field = self.field(wire, f, (*path, wire), prefix, class_name)
            other = py_names.get(field.py_name)
            if other is not None:
                self.problem(
                    (*path, wire),
                    f"fields {other!r} and {wire!r} both become Python name {field.py_name!r}",
                )
            py_names[field.py_name] = wire
            built.append(field)
        policy = ir.UnknownFields(unknown.policy, self.cite(unknown.source, path[:-1]))
        return ir.ObjectType(class_name, tuple(built), policy, shared)

    def field(
        self,
        wire: str,
        f: s.FieldSyntax,
        path: PathKey,
        prefix: tuple[str, ...],
        owner: str,
    ) -> ir.Field:
        field_type = self.field_type(wire, f, path, (*prefix, wire), owner)
        constraints = self.constraints(f, field_type, path)
        default = getattr(f, "default", None)
        if isinstance(f, s.EnumFieldSyntax) and default is not None:
            enum = self.enums.get(f.enum)
            if enum is not None and default not in {v.wire for v in enum.values}:
                self.problem((*path, "default"), f"default {default!r} is not a value of {f.enum}")
        if (
            isinstance(f, s.DecimalStringFieldSyntax)
            and isinstance(default, str)
            and parse_decimal_string(default, signed=f.signed) is None
        ):
            self.problem((*path, "default"), f"default {default!r} is not a decimal string")
        if f.required and default is not None:
            self.problem((*path, "default"), "a required field cannot have a default")
        if default is not None:
            for why in _default_breaks(default, constraints):
                self.problem((*path, "default"), why)
        return ir.Field(
            wire_name=wire,
            py_name=naming.snake(wire),
            rule_prefix=".".join((*prefix, wire)),
            type=field_type,
            required=f.required,
            nullable=f.nullable,
            default=default,
            unit=f.unit,
            description=f.description,
            example=f.example,
            source=self.cite(f.source, path),
            constraints=constraints,
            concept=self.timing_unit(f, path),
            true_means=f.true_means,
            symbol_lookup=self.symbol_lookup(f, field_type, path),
        )

    def timing_unit(self, f: s.FieldSyntax, path: PathKey) -> str | None:
        """The field's concept, after checking that a duration or interval says what it counts:
        translation scales seconds to the field's unit."""
        if f.concept in ir.TIMING_CONCEPTS and f.unit not in ir.TIME_UNITS:
            units = ", ".join(ir.TIME_UNITS)
            self.problem(
                (*path, "unit") if f.unit is not None else (*path, "concept"),
                f"a {f.concept} field needs `unit:` one of {units} (got {f.unit!r})",
            )
        return f.concept

    def symbol_lookup(
        self, f: s.FieldSyntax, field_type: ir.FieldType, path: PathKey
    ) -> tuple[ir.ReferenceSection, ir.Column] | None:
        lookup = f.symbol_lookup
        if lookup is None:
            return None
        where = (*path, "symbol_lookup")
        section = self.sections.get(lookup.table)
        if section is None or section.kind != "table":
            self.problem(where, f"no reference table {lookup.table!r} to look the symbol up in")
            return None
        column = section.column(lookup.column)
        if column is None:
            known = ", ".join(c.name for c in section.columns)
            self.problem(where, f"no column {lookup.column!r} in {lookup.table!r} ({known})")
            return None
        wanted = {ir.IntegerType: "integer", ir.StringType: "string"}.get(type(field_type))
        if column.type != wanted:
            self.problem(where, f"column {column.name!r} is {column.type}, the field is not")
            return None
        return section, column

    def field_type(
        self, wire: str, f: s.FieldSyntax, path: PathKey, prefix: tuple[str, ...], owner: str
    ) -> ir.FieldType:
        match f:
            case s.StringFieldSyntax():
                return ir.StringType()
            case s.IntegerFieldSyntax():
                return ir.IntegerType(f.canonical)
            case s.NumberFieldSyntax():
                return ir.NumberType()
            case s.DecimalNumberFieldSyntax():
                return ir.DecimalNumberType()
            case s.DecimalStringFieldSyntax():
                if f.digits is None:
                    return ir.DecimalStringType(f.signed, f.canonical)
                if f.canonical:
                    self.problem((*path, "digits"), "give canonical or digits, not both")
                return ir.DecimalStringType(
                    f.signed,
                    f.canonical,
                    (f.digits.integer, f.digits.fraction),
                    self.cite(f.digits.source, (*path, "digits")),
                )
            case s.IntegerStringFieldSyntax():
                return ir.IntegerStringType()
            case s.FixedPointStringFieldSyntax():
                return ir.FixedPointStringType(f.decimals)
            case s.BooleanFieldSyntax():
                return ir.BooleanType()
            case s.EnumFieldSyntax():
                enum = self.enums.get(f.enum)
                if enum is None:
                    known = ", ".join(sorted(self.enums)) or "none are defined"
                    self.problem((*path, "enum"), f"unknown enum {f.enum!r} (enums: {known})")
                    enum = ir.EnumDef(f.enum, "", ir.Citation(None, None, "unresolved", None), ())
                return ir.EnumType(enum)
            case s.TimestampFieldSyntax():
                return ir.TimestampType(f.format)
            case s.ObjectFieldSyntax():
                if f.object is not None:
                    return self.shared_object(f.object, (*path, "object"))
                assert f.unknown_fields is not None  # the syntax ensures it with `fields`
                name = naming.pascal(owner, wire)
                return self.object_type(name, f.fields, f.unknown_fields, (*path, "fields"), prefix)
            case s.JsonObjectFieldSyntax():
                return ir.JsonObjectType()
            case s.ArrayFieldSyntax():
                items = self.field("items", f.items, (*path, "items"), prefix, owner)
                for c in items.constraints:
                    if not ir.native_in_json_schema(items, c):
                        # Its CEL would need a per-item path; no venue needs it yet.
                        self.problem(
                            (*path, "items", c.keyword),
                            f"{c.keyword} on a {type(items.type).__name__} inside an array is"
                            " not supported: JSON Schema cannot say it exactly",
                        )
                return ir.ArrayType(items)
            case _:
                assert_never(f)

    def constraints(
        self, f: s.FieldSyntax, field_type: ir.FieldType, path: PathKey
    ) -> tuple[ir.Constraint, ...]:
        found: list[ir.Constraint] = []
        for keyword in (
            *_NUMBER_KEYWORDS,
            *_LENGTH_KEYWORDS,
            "pattern",
            "bech32",
            "const",
            "enum",
        ):
            raw = getattr(f, keyword, None)
            if keyword == "enum" and not isinstance(f, s.IntegerFieldSyntax):
                continue  # an enum field's `enum` names its type, not a constraint
            if raw is None:
                continue
            where = (*path, keyword)
            if isinstance(raw, s.BoundSyntax):
                value, message = raw.value, raw.message
                source = self.cite(raw.source, where) if raw.source else self.cite(f.source, path)
            else:
                value, message, source = raw, None, self.cite(f.source, path)
            checked = self.constraint_value(keyword, value, field_type, where)
            if checked is not None:
                found.append(ir.Constraint(keyword, checked, message, source))  # type: ignore[arg-type]
        self.consistent(found, path)
        return tuple(found)

    def constraint_value(
        self, keyword: str, value: object, field_type: ir.FieldType, where: PathKey
    ) -> int | Decimal | str | bool | tuple[int, ...] | None:
        if keyword == "const":
            return self.const_value(value, field_type, where)
        if keyword == "enum":
            return self.enum_values(value, where)
        if keyword == "bech32":
            if not isinstance(value, str) or not _BECH32_PREFIX.fullmatch(value):
                self.problem(
                    where,
                    f"bech32 takes an address prefix, lowercase ASCII without '1' (dydx), "
                    f"got {value!r}",
                )
                return None
            return value
        if keyword == "pattern":
            if not isinstance(value, str):
                self.problem(where, "pattern must be a string (a regular expression)")
                return None
            # ECMA-262, as JSON Schema means it, in the subset Python reads alike.
            for why in regex_dialect.problems(value):
                self.problem(where, f"pattern: {why} (see twapschema/regex_dialect.py)")
                return None
            return value
        if keyword in _LENGTH_KEYWORDS:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                self.problem(where, f"{keyword} must be a whole number >= 0, got {value!r}")
                return None
            return value
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            self.problem(where, f"{keyword} must be a number, got {value!r}")
            return None
        if isinstance(field_type, ir.IntegerType | ir.IntegerStringType) and isinstance(
            value, Decimal
        ):
            if value != value.to_integral_value():
                self.problem(
                    where, f"{keyword} of an integer field must be a whole number, got {value}"
                )
                return None
            value = int(value)  # 1e3 or 2.0 in YAML: whole, only written as a decimal
        if keyword == "multipleOf" and value <= 0:
            self.problem(where, f"multipleOf must be greater than 0, got {value}")
            return None
        return value

    def enum_values(self, value: object, where: PathKey) -> tuple[int, ...] | None:
        """An integer field's allowed values: whole numbers, each once, at least one."""
        if not isinstance(value, list) or not value:
            self.problem(where, "enum must be a non-empty list of whole numbers")
            return None
        if any(isinstance(v, bool) or not isinstance(v, int) for v in value):
            self.problem(where, f"enum of an integer field must list whole numbers, got {value!r}")
            return None
        if len(set(value)) != len(value):
            self.problem(where, f"enum lists a value twice: {value!r}")
            return None
        return tuple(value)

    def const_value(
        self, value: object, field_type: ir.FieldType, where: PathKey
    ) -> int | str | bool | None:
        match field_type:
            case ir.BooleanType() if isinstance(value, bool):
                return value
            case ir.IntegerType() if isinstance(value, int) and not isinstance(value, bool):
                return value
            case ir.StringType() if isinstance(value, str):
                return value
            case ir.EnumType() if isinstance(value, str):
                if value not in {v.wire for v in field_type.enum.values}:
                    self.problem(where, f"const {value!r} is not a value of {field_type.enum.name}")
                    return None
                return value
            case ir.BooleanType() | ir.IntegerType() | ir.StringType() | ir.EnumType():
                self.problem(where, f"const {value!r} is not of the field's type")
                return None
        self.problem(where, "const applies to string, integer, boolean and enum fields")
        return None

    def consistent(self, found: list[ir.Constraint], path: PathKey) -> None:
        by: dict[str, object] = {c.keyword: c.value for c in found}
        if "enum" in by:
            # The list says everything; another bound would be a second, possibly different,
            # reading of the venue (and its violation would stand beside enum's).
            others = sorted(k for k in by if k != "enum")
            if others:
                self.problem(
                    (*path, "enum"),
                    f"enum lists every allowed value; drop {', '.join(others)} (or the enum)",
                )
        for low_kw, high_kw in (
            ("minimum", "maximum"),
            ("exclusiveMinimum", "exclusiveMaximum"),
            ("minimum", "exclusiveMaximum"),
            ("exclusiveMinimum", "maximum"),
            ("minLength", "maxLength"),
            ("minItems", "maxItems"),
        ):
            low, high = by.get(low_kw), by.get(high_kw)
            if not isinstance(low, int | Decimal) or not isinstance(high, int | Decimal):
                continue
            inclusive = low_kw in ("minimum", "minLength", "minItems") and high_kw in (
                "maximum",
                "maxLength",
                "maxItems",
            )
            if low > high or (low == high and not inclusive):
                self.problem(
                    (*path, low_kw),
                    f"{low_kw} {low} and {high_kw} {high} contradict: no value can satisfy both",
                )

    # -- rules ------------------------------------------------------------------------------

    def rules(
        self, syntax: Mapping[str, RuleSyntaxBase], body: ir.ObjectType, path: PathKey
    ) -> tuple[Rule, ...]:
        return tuple(
            rule
            for rule_id, rule_syntax in syntax.items()
            if (rule := self.rule(rule_id, rule_syntax, body, (*path, "rules", rule_id)))
            is not None
        )

    def unique_rule_ids(self, rules: tuple[Rule, ...], body: ir.ObjectType, path: PathKey) -> None:
        """A violation names its rule by id alone, so a message's own rules and those of the
        object types within it must not share one."""
        own = {r.id for r in rules}
        prefixes: dict[str, str] = {}
        for obj in ir.reachable(body):
            for f in obj.fields:
                # Two fields with one rule prefix (a field r of two shared objects) would give
                # their checks the same ids ('r.type'), so a violation would not say which.
                where = f"{obj.class_name}.{f.wire_name}"
                other = prefixes.setdefault(f.rule_prefix, where)
                if other != where:
                    self.problem(
                        path,
                        f"fields {other} and {where} both check as {f.rule_prefix!r}"
                        f" ({f.rule_prefix}.type, ...); a violation would not say which: make"
                        " one of the objects inline, so its rule ids carry its path",
                    )
            for r in obj.rules:
                if r.id in own:
                    self.problem(
                        (*path, "rules", r.id),
                        f"rule id {r.id!r} is also a rule of object {obj.class_name}",
                    )
                own.add(r.id)

    def rule(
        self, rule_id: str, r: RuleSyntaxBase, body: ir.ObjectType, path: PathKey
    ) -> Rule | None:
        kind = _KIND_BY_SYNTAX[type(r)]
        names = _Names(self, body, path)
        rule = kind.resolve(rule_id, r, self.cite(r.source, path), names)
        if rule is None or r.only_when is None:
            return rule
        return Conditional.wrap(rule, r.only_when, names)


# The single-field checks a rule id can end in, and the ids the wire and frame give.
_CHECKS = frozenset(get_args(ir.ConstraintKeyword)) | {"required", "type"}
_WIRE_RULE_IDS = frozenset(
    {"unknown_field", "duplicate_field", "payload.type", "payload.minItems", "payload.maxItems"}
)


def _has_fraction(value: object) -> bool:
    if isinstance(value, Decimal):
        return True
    if isinstance(value, dict):
        return any(_has_fraction(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_fraction(v) for v in value)
    return False


def _key_type(field: ir.Field) -> str:
    """The column type a key field's values compare with."""
    if isinstance(field.type, ir.IntegerType):
        return "integer"
    return "string" if isinstance(field.type, ir.StringType | ir.EnumType) else "other"


class _Names:
    """The Resolver a rule kind sees: names within one message body, problems located."""

    def __init__(self, checker: _Checker, body: ir.ObjectType, path: PathKey) -> None:
        self.checker = checker
        self.body = body
        self.path = path

    def problem(self, key: str, message: str) -> None:
        self.checker.problem((*self.path, key), message)

    def field(self, key: str, name: str) -> ir.Field | None:
        found = self.body.field(name)
        if found is None and "." in name:
            return self._nested(key, name)
        if found is None:
            known = ", ".join(f.wire_name for f in self.body.fields)
            self.problem(key, f"no field {name!r} in this message (fields: {known})")
        return found

    def _nested(self, key: str, path: str) -> ir.Field | None:
        """``order_id.clob_pair_id``: a field of an object within the message, reached through
        objects that are always there (required, never null), so the rule reads the field
        whenever its object is valid, as the venue does."""
        *parents, leaf = path.split(".")
        obj = self.body
        for depth, name in enumerate(parents):
            here = obj.field(name)
            walked = ".".join(parents[: depth + 1])
            if here is None:
                known = ", ".join(f.wire_name for f in obj.fields)
                self.problem(key, f"{path!r}: no field {walked!r} (fields: {known})")
                return None
            if not isinstance(here.type, ir.ObjectType):
                self.problem(key, f"{path!r}: {walked!r} is not an object with fields")
                return None
            if not here.required or here.nullable:
                self.problem(
                    key,
                    f"{path!r}: {walked!r} may be absent or null; a rule reads fields of "
                    "objects that are always sent",
                )
                return None
            obj = here.type
        found = obj.field(leaf)
        if found is None:
            known = ", ".join(f.wire_name for f in obj.fields)
            self.problem(key, f"{path!r}: no field {leaf!r} in {parents[-1]!r} (fields: {known})")
            return None
        return replace(
            found,
            wire_name=path,
            py_name="__".join(naming.snake(p) for p in path.split(".")),
            within=tuple(parents),
        )

    def column(self, key: str, expression: str) -> ir.ColumnRef | None:
        match = _COLUMN_EXPR.match(expression)
        if match is None:
            self.problem(key, f"{expression!r} is not `section.column` or `table[field].column`")
            return None
        section = self.checker.sections.get(match["section"])
        if section is None:
            known = ", ".join(sorted(self.checker.sections)) or "none is declared"
            self.problem(key, f"no reference section {match['section']!r} (sections: {known})")
            return None
        parts: tuple[ir.KeyPart, ...] = ()
        if section.kind == "table":
            if match["key"] is None:
                self.problem(key, f"{section.name!r} is a table: say which field keys it, [field]")
                return None
            found = self._key_parts(key, section, match["key"])
            if found is None:
                return None
            parts = found
        elif match["key"] is not None:
            self.problem(key, f"{section.name!r} is a record: it takes no [key]")
            return None
        column = None
        if match["column"] is not None:
            column = section.column(match["column"])
            if column is None:
                known = ", ".join(c.name for c in section.columns)
                self.problem(key, f"no column {match['column']!r} in {section.name!r} ({known})")
                return None
        elif section.kind == "record":
            self.problem(key, f"say which column of the record {section.name!r} is meant")
            return None
        return ir.ColumnRef(section, column, parts)

    def _key_parts(
        self, key: str, section: ir.ReferenceSection, text: str
    ) -> tuple[ir.KeyPart, ...] | None:
        """``field`` (the row under the field's value) or ``column=field, ...`` (the row whose
        columns equal the fields: they must be declared ``unique_with`` one another)."""
        words = [w.strip() for w in text.split(",")]
        if len(words) == 1 and "=" not in words[0]:
            found = self.field(key, words[0])
            return None if found is None else (ir.KeyPart(found),)
        parts: list[ir.KeyPart] = []
        for word in words:
            column_name, _, field_name = (w.strip() for w in word.partition("="))
            if not field_name:
                self.problem(
                    key, f"{text!r}: a key of several parts names each column, column=field"
                )
                return None
            column = section.column(column_name)
            if column is None:
                known = ", ".join(c.name for c in section.columns)
                self.problem(key, f"no column {column_name!r} in {section.name!r} ({known})")
                return None
            found = self.field(key, field_name)
            if found is None:
                return None
            if column.type == "decimal" or _key_type(found) != column.type:
                self.problem(
                    key,
                    f"{field_name!r} cannot select rows by {column_name!r}: a {column.type} "
                    "column matches a string or integer field of its own type",
                )
                return None
            parts.append(ir.KeyPart(found, column))
        names = tuple(p.column.name for p in parts if p.column is not None)
        if tuple(sorted(names)) not in section.unique_keys:
            self.problem(
                key,
                f"{section.name!r} selected by {', '.join(names)}: declare `unique: "
                f"[{', '.join(sorted(names))}]` on the table, so one row matches",
            )
            return None
        return tuple(parts)


def _first_valid(m: ir.Message) -> object:
    """The message's first valid example, which a stand-in builds its reply from; or MISSING."""
    return next((x.payload for x in m.examples if not x.violates), MISSING)


def _listing(g: s.ListsSyntax) -> ir.Listing:
    return ir.Listing(
        g.at,
        g.id,
        g.keyed_by,
        g.orders,
        g.named_by,
        g.separator,
        None if g.status is None else g.status.at,
        () if g.status is None else (("open", g.status.open), ("cancelled", g.status.cancelled)),
        tuple(g.from_order.items()),
        tuple(g.set.items()),
    )


def _sign_part(p: s.SignPart) -> ir.SignPart:
    if isinstance(p, str):
        return p
    if isinstance(p, s.HeaderPart):
        return ("header", p.header)
    if isinstance(p, s.MemberPart):
        return ("member", p.member)
    if isinstance(p, s.LiteralPart):
        return ("literal", p.literal)
    return ("sha256", tuple(_sign_part(q) for q in p.sha256))


def _part_names(parts: tuple[ir.SignPart, ...]) -> set[str]:
    """What the parts read, digests opened: whole parts by name, others by kind (header)."""
    out: set[str] = set()
    for p in parts:
        if isinstance(p, str):
            out.add(p)
        elif isinstance(p[1], tuple):  # sha256
            out |= _part_names(p[1])
        else:
            out.add(p[0])
    return out
