"""Docs emitter: a Markdown reference page per venue and a side-by-side comparison.

Pages are made when the site is built (the mkdocs hook, docs/hooks.py, calls ``pages``), from
the specs, and every invalid example shows the violations the generated validator reports for
it, run then: the docs cannot drift from the code.
"""

from __future__ import annotations

import html
import json
import re
import types
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from twapschema import ir
from twapschema.emit import cel
from twapschema.emit.judge import generated_module, judge, reference_example, reference_of
from twapschema.emit.wording import constraint_message, show
from twapschema.numbers import json_default
from twapschema.refdata.mapping import VenueSources

CONCEPTS = (
    ("symbol", "Market or instrument"),
    ("side", "Side"),
    ("quantity", "Total quantity"),
    ("duration", "Duration"),
    ("interval", "Interval between children"),
    ("child_count", "Number of children"),
    ("reduce_only", "Reduce-only"),
    ("max_price", "Maximum price"),
    ("min_price", "Minimum price"),
    ("client_id", "Client id"),
    ("randomize", "Randomized children"),
)


# Square brackets as entities: Markdown reads `[+][0-9]` (a pattern, a CEL rule) as a reference
# link, even inside inline HTML, and a cross-reference plugin then reports it as unresolved.
_BRACKETS = str.maketrans({"[": "&#91;", "]": "&#93;"})


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell: no pipe, newline, HTML or link syntax can break
    the table."""
    escaped = html.escape(str(text)).replace("|", "&#124;").replace("\n", " ").replace("`", "&#96;")
    return escaped.translate(_BRACKETS)


def prose(text: str) -> str:
    """Spec prose for a table cell, its `backticked` words as code."""
    escaped = html.escape(text).replace("|", "&#124;").replace("\n", " ").translate(_BRACKETS)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def code(text: str) -> str:
    """Inline code that survives any content (and a table cell)."""
    return f"<code>{cell(text)}</code>"


def fenced(text: str, language: str = "json") -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}{language}\n{text}\n{fence}"


def _json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=json_default)


def _api_descriptions(v: ir.Venue) -> list[str]:
    """Where the venue's OpenAPI or AsyncAPI document is (emit/openapi.py, emit/asyncapi.py)."""
    if v.transport.kind == "rest":
        return [f"- **OpenAPI 3.1**: {code(f'generated/openapi/{v.id}.openapi.json')}"]
    return [f"- **AsyncAPI 3.0**: {code(f'generated/asyncapi/{v.id}.asyncapi.json')}"]


def _auth_lines(auth: ir.Auth) -> list[str]:
    """The venue's scheme and its alternatives: headers, and how a signature is computed."""
    out: list[str] = []
    for i, a in enumerate(auth.schemes):
        label = "**Authentication**" if i == 0 else "**Or**"
        out.append(f"- {label} ({code(a.scheme)}): {prose(a.description)}")
        if a.headers:
            out.append(f"  <br>Headers: {', '.join(code(h) for h in a.headers)}")
        if a.signature is not None:
            out.append(f"  <br>{_signature(a.signature)}")
        out.append(f"  <br>Source: {_source(a.source)}")
    return out


def _signature(g: ir.Signature) -> str:
    """How the venue computes the signature, in a line (what `twapschema serve --secret`
    checks), and its reply to a wrong one."""
    kind, name = g.carried
    where = f"{'parameter' if kind == 'param' else kind} {code(name)}"
    refused = f"a wrong one gets {code(g.refused.message_id)} {code(json.dumps(g.refused.payload))}"
    if g.refused.status is not None:
        refused += f" (HTTP {g.refused.status})"
    if g.algorithm == "secret":
        return (
            f"Secret: {where} carries the API secret itself; {refused}. Source: {_source(g.source)}"
        )
    key = " (the secret base64-decoded)" if g.key == "base64" else ""
    joint = f" + {code(g.separator)} + " if g.separator else " + "
    over = joint.join(_part_text(p) for p in g.parts)
    return (
        f"Signature: {g.algorithm.upper()}{key}, {g.encoding}, in {where}, over {over};"
        f" {refused}. Source: {_source(g.source)}"
    )


def _part_text(p: ir.SignPart) -> str:
    if isinstance(p, str):
        return {
            "unsigned": "the query string and the body without the signature",
            "target": "path?query",
        }.get(p, p)
    kind, value = p
    if isinstance(value, tuple):
        return f"SHA-256({' + '.join(_part_text(q) for q in value)})"
    return f"{kind} {code(value)}" if kind != "literal" else code(value)


def _reply_lines(r: ir.Reply) -> list[str]:
    """What `twapschema serve` answers a valid request with, as the spec's `reply:` says."""
    out = [
        f"`twapschema serve` answers a valid one with [{code(r.message_id)}](#{r.message_id}):",
        "",
    ]
    if r.new_order_id is not None:
        kept = f"; the sender's own id is {code(r.client_id)}" if r.client_id else ""
        out.append(f"- a new order, its fresh id at {code(r.new_order_id)}{kept}")
    if r.echo:
        pairs = ", ".join(f"{code(to)} ← {code(from_)}" for to, from_ in r.echo)
        out.append(f"- the request's members echoed: {pairs}")
    if r.now:
        out.append(f"- the time of the reply at {', '.join(code(p) for p in r.now)}")
    if r.cancels is not None and r.unknown is not None:
        by = f"its {'own' if r.cancels_by == 'client_id' else 'venue'} id"
        if r.by_member is not None:
            by = f"the id {code(r.by_member)} says"
        unknown = code(json.dumps(r.unknown.payload, ensure_ascii=False))
        out.append(
            f"- it cancels the open order {code(r.cancels)} names ({by}); an order not held gets"
            f" {code(r.unknown.message_id)} {unknown}"
        )
    if r.each is not None:
        out.append(f"- one item of {code(r.each)} per element of the batch")
    if r.lists is not None:
        g = r.lists
        which = {
            "any": "every order held",
            "open": "the open orders",
            "cancelled": "the cancelled orders",
        }
        named = f", those {code(g.named_by)} names" if g.named_by else ""
        keyed = f" keyed by {code(g.keyed_by)}" if g.keyed_by else ""
        out.append(f"- it lists {which[g.orders]}{named} at {code(g.at)}{keyed}")
    out.append(f"- Source: {_source(r.source)}")
    return out


def _source(citation: ir.Citation) -> str:
    if citation.document is None:
        return f"*inferred*: {cell(citation.inferred)}"
    doc = citation.document
    title = cell(doc.label())
    linked = f"[{title}]({doc.url})" if doc.url else title
    text = f"{linked}, {cell(citation.section)}"
    return f"{text} ({cell(citation.note)})" if citation.note else text


def _type_name(t: ir.FieldType, *, linked: bool = True) -> str:
    label = ir.field_kind(t).label
    match t:
        case ir.EnumType() if linked:
            return f"{label} [{t.enum.name}](#enum-{t.enum.name.lower()})"
        case ir.EnumType():
            return f"{label}: " + ", ".join(code(v.wire) for v in t.enum.values)
        case ir.TimestampType():
            return f"{label} ({t.format})"
        case ir.FixedPointStringType():
            return f"{label} (10^-{t.decimals} units)"
        case ir.DecimalStringType():
            named = f"signed {label}" if t.signed else label
            if t.digits is not None:
                named += f", at most {t.digits[0]}.{t.digits[1]} digits"
            return f"{named}, canonical spelling" if t.canonical else named
        case ir.IntegerType() if t.canonical:
            return f"{label}, written as one (not 30.0)"
        case ir.ObjectType():
            return f"{label} {t.class_name}"
        case ir.ArrayType():
            return f"{label} of {_type_name(t.items.type, linked=linked)}"
        case _:
            return label


def _constraints(field: ir.Field) -> str:
    return "<br>".join(
        f"{cell(constraint_message(field, c))} ({code(f'{field.rule_prefix}.{c.keyword}')})"
        for c in field.constraints
    )


def _field_rows(obj: ir.ObjectType, prefix: str = "") -> list[str]:
    rows = []
    for f in obj.fields:
        name = f"{prefix}{f.wire_name}"
        required = "yes" if f.required else "no"
        if f.nullable:
            required += ", may be null"
        if f.default is not None:
            required += f", default {code(show(f.default))}"
        kind = _type_name(f.type)
        if f.unit:
            kind += f" ({cell(f.unit)})"
        rows.append(
            f"| {code(name)} | {kind} | {required} | {prose(f.description)} | {_constraints(f)} |"
        )
        t = f.type
        while isinstance(t, ir.ArrayType):
            t = t.items.type
        if isinstance(t, ir.ObjectType) and t.shared is None:
            rows += _field_rows(t, f"{name}.")
    return rows


FIELD_HEADER = [
    "| Field | Type | Required | Description | Constraints (rule id) |",
    "| --- | --- | --- | --- | --- |",
]


@dataclass(frozen=True, slots=True)
class Judged:
    description: str
    payload: object
    violations: list[tuple[str, str, str]]
    unchecked: list[str]
    predicted: object | None


def venue_page(
    spec: ir.Spec, module_source: str, reference_data: object | None, schema_base: str
) -> str:
    with generated_module(spec, module_source) as module:
        reference = reference_of(spec, module, reference_data)
        judged = {m.id: _judged(module, m, reference) for m in spec.messages}
    v = spec.venue
    out = [
        f"# {cell(v.name)}",
        "",
        prose(v.description),
        "",
        "## Transport and authentication",
        "",
        f"- **API version**: {cell(v.api_version)}; spec version {v.version}, last checked"
        " against its sources on"
        f" {v.checked}",
        f"- **Transport**: {v.transport.kind}, {code(v.transport.url)}",
        *_auth_lines(v.auth),
        *_api_descriptions(v),
        "",
        "## Messages",
        "",
        "| Message | Kind | Endpoint | JSON Schema |",
        "| --- | --- | --- | --- |",
    ]
    for m in spec.messages:
        out.append(
            f"| [{code(m.id)}](#{m.id}) | {m.kind} | {_endpoint(m)} | "
            f"[{m.id}.schema.json]({schema_base}/{v.id}/{m.id}.schema.json) |"
        )
    out.append("")
    for m in spec.messages:
        out += _message_section(spec, m, judged[m.id], schema_base)
    if spec.objects:
        out += ["## Shared objects", ""]
        for obj in spec.objects:
            assert obj.shared is not None
            out += [
                f"### {obj.class_name} {{ #{obj.class_name.lower()} }}",
                "",
                prose(obj.shared.description),
                "",
                f"Source: {_source(obj.shared.source)}. Members not listed: "
                f"**{obj.unknown_fields.policy}** ({_source(obj.unknown_fields.source)}).",
                "",
                *FIELD_HEADER,
                *_field_rows(obj),
                "",
            ]
    if spec.enums:
        out += ["## Enums", ""]
        for e in spec.enums:
            out += [
                f"### {e.name} {{ #enum-{e.name.lower()} }}",
                "",
                f"{prose(e.description)} Source: {_source(e.source)}",
                "",
                "| Value | Meaning |",
                "| --- | --- |",
            ]
            out += [f"| {code(x.wire)} | {prose(x.description or '')} |" for x in e.values]
            out.append("")
    if spec.reference:
        out += ["## Reference data", ""]
        out.append(
            f"Rules that read reference data are reported as *unchecked* without it. The file "
            f"has one top-level key per venue; {cell(v.name)}'s part has these sections:"
        )
        out.append("")
        for r in spec.reference:
            shape = (
                "a table keyed by " + cell(r.key_description or "key")
                if r.kind == "table"
                else "a record"
            )
            out += [f"### {code(r.name)}", "", f"{prose(r.description)} ({shape})", ""]
            out += ["| Column | Type | Bounds | Meaning |", "| --- | --- | --- | --- |"]
            for c in r.columns:
                bounds = " ".join(
                    x
                    for x in (
                        f"≥ {c.minimum}" if c.minimum is not None else "",
                        f"≤ {c.maximum}" if c.maximum is not None else "",
                    )
                    if x
                )
                if c.values:
                    bounds = "one of " + ", ".join(code(x) for x in c.values)
                out.append(f"| {code(c.name)} | {c.type} | {bounds} | {prose(c.description)} |")
            out.append("")
    if spec.reference_sources is not None:
        out += _reference_sources(spec.reference_sources)
    out += ["## Sources", "", "| Document | File | Address |", "| --- | --- | --- |"]
    for d in v.documents:
        url = f"<{d.url}>" if d.url else ""
        out.append(f"| {cell(d.label())} | {code(d.file) if d.file else ''} | {url} |")
    return "\n".join(out) + "\n"


_ABSENT_WORDS = {"empty_string": '`""`', "empty_array": "`[]`", "null": "`null`"}


def _wire_prose(w: ir.Wire) -> str:
    """How the message travels and how the venue reads it, in one paragraph."""
    parts = []
    if w.encoding != "json":
        name = "a query string" if w.encoding == "query" else "a form body"
        parts.append(
            f"Travels as {name}: every value is text, and integer, number and boolean fields are"
            " read from their text (`5000`, `true`) as the venue reads them"
        )
    else:
        parts.append("Travels as JSON")
        kinds = sorted({ir.FIELD_KINDS[k].from_text or k for k in w.text_kinds})
        if w.proto3_json:
            parts.append(
                "read as proto3 JSON parsers read it: lowerCamelCase names beside the proto's,"
                " integers also as strings, 64-bit integers also as JSON integers"
            )
        elif kinds:
            parts.append(f"{', '.join(kinds)} fields are also read from their text")
    if w.absent:
        parts.append(
            " and ".join(_ABSENT_WORDS[a] for a in w.absent) + " mean the member is not given"
        )
    if w.ignored:
        parts.append(f"{', '.join(code(i) for i in w.ignored)} accepted unchecked")
    return f"{'; '.join(parts)}. Source: {_source(w.source)}"


def _endpoint(m: ir.Message) -> str:
    if m.http is not None:
        status = f" → {m.http.status}" if m.http.status is not None else ""
        return f"{code(m.http.method + ' ' + m.http.path)}{status}"
    if m.envelope is not None:
        constants = ", ".join(f"{k}: {val}" for k, val in m.envelope.constants)
        frame = (
            f"{{{constants}, {m.envelope.body}: …}}" if constants else f"{{{m.envelope.body}: …}}"
        )
        return code(frame)
    return ""


def _reference_sources(sources: VenueSources) -> list[str]:
    """Where `twapschema reference fetch` gets the sections, as the spec declares it."""
    out = [
        "### Where the reference data comes from",
        "",
        f"`twapschema reference fetch {sources.venue}` asks these public endpoints; "
        f"`twapschema reference build {sources.venue} NAME=FILE ...` reads saved answers.",
        "",
        "| Request | Endpoint | Fills | Source |",
        "| --- | --- | --- | --- |",
    ]
    for r in sources.requests:
        query = "&".join(f"{k}={v}" for k, v in r.query)
        target = f"{r.method} {r.url}" + (f"?{query}" if query else "")
        if r.body is not None:
            target += f" {json.dumps(r.body)}"
        fills = sorted(
            {s.section for s in sources.sections for src in s.sources if src.request == r.name}
        )
        out.append(
            f"| {code(r.name)} | {code(target)} | {', '.join(code(f) for f in fills)} "
            f"| {cell(r.cites)} |"
        )
    out += ["", "| Section | Column | Read (JMESPath) |", "| --- | --- | --- |"]
    for section in sources.sections:
        for src in section.sources:
            for c in src.columns:
                if c.read is not None:
                    how = c.read + (f" via {c.via.rows}" if c.via else "")
                    how += " (mapped)" if c.map else ""
                elif c.position is not None:
                    how = f"position in {src.rows} + {c.position}"
                else:
                    how = f"constant {c.value!r}"
                where = f" from {src.request}" if src.request else ""
                out.append(f"| {code(section.section)} | {code(c.column)} | {code(how)}{where} |")
    for name, why in sources.not_fetched:
        out += ["", f"{code(name)} is not fetched: {prose(why)}"]
    out.append("")
    return out


def _judged(module: types.ModuleType, m: ir.Message, reference: object) -> list[Judged]:
    out = []
    for x in m.examples:
        if not x.violates:
            continue
        payload = json.loads(json.dumps(x.payload, default=json_default), parse_float=Decimal)
        violations, unchecked = judge(
            module, m.id, payload, reference if x.with_reference else None
        )
        entry = module.MESSAGES[m.id]
        predicted = None
        if entry.rejection is not None and violations:
            predicted = entry.rejection.render(violations).payload
        out.append(
            Judged(
                x.description,
                x.payload,
                [(v.rule, v.path, v.message) for v in violations],
                unchecked,
                predicted,
            )
        )
    return out


def _message_section(
    spec: ir.Spec, m: ir.Message, judged: list[Judged], schema_base: str
) -> list[str]:
    out = [
        f"## {m.id} {{ #{m.id} }}",
        "",
        f"**{m.kind.capitalize()}** · {_endpoint(m)} · "
        f"[JSON Schema]({schema_base}/{spec.venue.id}/{m.id}.schema.json)",
        "",
        prose(m.description),
        "",
        f"Source: {_source(m.source)}",
        "",
    ]
    if m.envelope is not None:
        out += [
            f"The payload is the whole frame; its fields are under {code(m.envelope.body)}, so "
            f"paths read {code('/' + m.envelope.body + '/…')}.",
            "",
        ]
    if m.wire is not None:
        out += [_wire_prose(m.wire), ""]
    policy = m.body.unknown_fields
    body = m.body
    if body.shared is not None:
        out += [
            f"The body is the shared object [{body.class_name}](#{body.class_name.lower()}).",
            "",
        ]
    else:
        out += [
            f"Members not listed: **{policy.policy}** ({_source(policy.source)}).",
            "",
            *FIELD_HEADER,
            *_field_rows(body),
            "",
        ]
    rules = ir.all_rules(m)
    if rules:
        out += [
            "### Rules",
            "",
            "| Rule id | Says | CEL | Source |",
            "| --- | --- | --- | --- |",
        ]
        for r in rules:
            expression = code(cel.rule(r).expression)
            says = prose(r.english())
            out.append(f"| {code(r.id)} | {says} | {expression} | {_source(r.source)} |")
        out.append("")
    if m.rejection is not None and m.rejection.codes:
        out += [
            "### Reply codes",
            "",
            "The reply the venue documents for these checks; any other violation gets the"
            " spec's fallback reply, labelled as such (`code_for: null`).",
            "",
            "| Rules | Reply | Source |",
            "| --- | --- | --- |",
        ]
        for c in m.rejection.codes:
            answered = ", ".join(code(r) for r in c.rules)
            reply = code(json.dumps(c.payload, ensure_ascii=False))
            out.append(f"| {answered} | {reply} | {_source(c.source)} |")
        out.append("")
    if m.reply is not None:
        out += ["### The stand-in's reply", "", *_reply_lines(m.reply), ""]
    if m.not_checked:
        out += [
            "### Not checked here",
            "",
            "The venue enforces these too; no check here can, so a valid verdict does not"
            " promise them.",
            "",
            "| Rule | Needs | Source |",
            "| --- | --- | --- |",
        ]
        for n in m.not_checked:
            needs = ir.NOT_CHECKED_NEEDS[n.needs]
            out.append(f"| {prose(n.rule)} | {needs} | {_source(n.source)} |")
        out.append("")
    valid = [x for x in m.examples if not x.violates]
    if valid:
        out += ["### Examples", ""]
        for x in valid:
            out += [
                f"{prose(x.description)} ({_source(x.source)})",
                "",
                fenced(_json(x.payload)),
                "",
            ]
    if judged:
        out += ["### Invalid examples", ""]
        out.append(
            "Each with the violations `twapschema validate` reports for it, produced by running "
            "the validator when these docs were built."
        )
        out.append("")
        for j in judged:
            out += [f"**{prose(j.description)}**", "", fenced(_json(j.payload)), ""]
            out += ["| Rule | Path | Message |", "| --- | --- | --- |"]
            out += [
                f"| {code(r)} | {code(p or '(message)')} | {cell(msg)} |"
                for r, p, msg in j.violations
            ]
            out.append("")
            if j.unchecked:
                out += [
                    f"Unchecked (no reference data): {', '.join(code(u) for u in j.unchecked)}",
                    "",
                ]
            if j.predicted is not None:
                out += [
                    "The venue's likely reply (a prediction):",
                    "",
                    fenced(_json(j.predicted)),
                    "",
                ]
    return out


def comparison_page(specs: tuple[ir.Spec, ...]) -> str:
    creates = [(s, m) for s in specs if (m := ir.create_request(s)) is not None]
    header = "| | " + " | ".join(cell(s.venue.name) for s, _ in creates) + " |"
    rule = "| --- |" + " --- |" * len(creates)
    requests = " | ".join(
        f"[{code(m.id)}](venues/{s.venue.id}.md#{m.id}), {s.venue.transport.kind}"
        for s, m in creates
    )
    out = [
        # A column per venue: the page takes the table of contents' width too.
        "---",
        "hide:",
        "  - toc",
        "---",
        "",
        "# Venues side by side",
        "",
        "The same TWAP ideas, as each venue's create request names and bounds them; a dash: the "
        "venue has no such field. Generated from the specs (each field's `concept`). The tables "
        "scroll sideways; their first column stays.",
        "",
        "## Fields",
        "",
        header,
        rule,
        f"| Request | {requests} |",
    ]
    for concept, label in CONCEPTS:
        cells = []
        for _, m in creates:
            f = _concept_field(m, concept)
            if f is None:
                cells.append("—")
                continue
            parts = [
                f"{code(f.wire_name)}: {_type_name(f.type, linked=False)}, "
                f"{'required' if f.required else 'optional'}"
            ]
            if f.constraints:
                parts.append(_constraints(f))
            cells.append("<br>".join(parts))
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    rules = []
    for _, m in creates:
        lines = [f"{prose(r.english())} ({code(r.id)})" for r in ir.all_rules(m)]
        rules.append("<br>".join(lines) or "—")
    out.append("| Cross-field and reference rules | " + " | ".join(rules) + " |")
    unchecked = []
    for _, m in creates:
        lines = [f"{prose(n.rule)} (needs {ir.NOT_CHECKED_NEEDS[n.needs]})" for n in m.not_checked]
        unchecked.append("<br>".join(lines) or "—")
    out.append("| Enforced by the venue, not checked here | " + " | ".join(unchecked) + " |")
    out += [
        "",
        "## Limits at a glance",
        "",
        header,
        rule,
    ]
    for concept, label in (
        ("interval", "Interval"),
        ("child_count", "Children"),
        ("duration", "Duration"),
    ):
        cells = []
        for _, m in creates:
            f = _concept_field(m, concept)
            if f is None:
                cells.append("—")
                continue
            numeric = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum")
            bounds = [cell(constraint_message(f, c)) for c in f.constraints if c.keyword in numeric]
            bounds += [prose(r.english()) for r in m.rules if f in r.fields_read()]
            cells.append("<br>".join(bounds) or "no bound documented")
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _concept_field(message: ir.Message, concept: str) -> ir.Field | None:
    """The body's field for ``concept``, else one nested in it (dYdX's twap_parameters)."""
    fields = (f for obj in ir.reachable(message.body) for f in obj.fields)
    return next((f for f in fields if f.concept == concept), None)


_DESK = {
    "symbol": "AAPL-USD",
    "side": "buy",
    "quantity": "20.3",
    "duration_seconds": 3600,
    "children": 60,
    "max_price": "160",
}
_TOO_FAST = {
    "symbol": "AAPL-USD",
    "side": "buy",
    "quantity": "20.3",
    "children": 240,
    "interval_seconds": 20,
}


def translation_page(root: Path) -> str:
    """The translation page, its examples run through twapschema.feasible when built."""
    import twapschema  # noqa: PLC0415 - the installed package, as a user calls it

    reference = twapschema.load_reference(root / "examples" / "reference.yaml")
    out = [
        "# One intent, every venue",
        "",
        "A desk decides *buy 20.3 AAPL over an hour in 60 slices, never above 160* before it "
        "decides where. `twapschema.translate(intent, venue)` turns a venue-neutral "
        "`TwapIntent` into that venue's request, validated; `twapschema.feasible(intent)` asks "
        "every venue, and where a change of timing would make the intent fit, shows the nearest "
        "such variant, labelled as a variant. The mapping comes from the specs (each field's "
        "`concept`, what each side value `means`, and where a symbol is looked up in reference "
        "data), so a new venue's spec brings its translation with it.",
        "",
        "Nothing is rounded or dropped in silence: a timing that is not a whole number of "
        "seconds, or a quantity a JSON number cannot carry, is a reason the translation fails; "
        "a price limit, reduce-only flag, child count or client id the venue has no field for "
        "is listed as **lost**.",
        "",
        "```sh",
        "twapschema translate ondo intent.json [--reference FILE] [--format text|json]",
        "twapschema feasible intent.json [--reference FILE] [--format text|json]",
        "```",
        "",
    ]
    for title, data in (("The desk's intent", _DESK), ("Too many, too fast", _TOO_FAST)):
        intent = twapschema.parse_intent(data)
        out += [f"## {title}", "", fenced(_json(data)), ""]
        out += ["| Venue | Verdict | Request | Lost or refused | Nearest fitting variant |"]
        out += ["| --- | --- | --- | --- | --- |"]
        for f in twapschema.feasible(intent, reference=reference):
            t = f.translation
            verdict = "accepted" if t.accepted else "not as it is"
            request = code(json.dumps(t.payload, default=json_default)) if t.payload else ""
            notes = [*t.reasons, *t.lost, *(f"{v.rule}: {v.message}" for v in t.violations)]
            nearest = cell(f.change) if f.change else ""
            out.append(
                f"| {f.venue} | {verdict} | {request} | {'<br>'.join(cell(n) for n in notes)} "
                f"| {nearest} |"
            )
        out.append("")
    out.append(
        "The tables above were made by running `twapschema.feasible` when the site was built."
    )
    return "\n".join(out) + "\n"


def pages(root: Path) -> dict[str, str]:
    """Every generated page of the site, by path under docs/."""
    from twapschema.emit.pysource import format_python  # noqa: PLC0415
    from twapschema.emit.python import emit_python  # noqa: PLC0415
    from twapschema.spec.check import load_specs  # noqa: PLC0415

    specs = load_specs(root / "specs")
    reference = reference_example(root)
    out = {"comparison.md": comparison_page(specs), "translation.md": translation_page(root)}
    for spec in specs:
        source = format_python(emit_python(spec), f"{spec.venue.id}.py")
        out[f"venues/{spec.venue.id}.md"] = venue_page(
            spec, source, reference.get(spec.venue.id), "../schemas"
        )
    return out
