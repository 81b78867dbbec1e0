"""Python emitter: one module per venue with enums, Pydantic models and compiled validators.

The validators are straight-line code: every field check, constraint and rule is written out, so
nothing reads the spec at validation time. Each message gets ``check_<message>(payload, ref)``
returning (violations, unchecked rule ids, normalized payload or None); its model runs the same
function before Pydantic sees the data.
"""

from __future__ import annotations

from decimal import Decimal
from typing import assert_never

from twapschema import ir, naming
from twapschema.emit.pysource import docstring, header, literal
from twapschema.emit.wording import constraint_message
from twapschema.rules.base import Rule
from twapschema.runtime import checks

CHECKS_ALIAS = "_c"  # the generated module's name for twapschema.runtime.checks


def checks_helper(name: str) -> str:
    """The generated module's expression for the validation helper ``name``; a name the
    runtime does not export fails here, at generation, not when a payload arrives."""
    if name not in checks.__all__:
        raise AssertionError(f"twapschema.runtime.checks has no helper {name!r}")
    return f"{CHECKS_ALIAS}.{name}"


class _Module:
    """Module-level state while emitting: hoisted constants and which imports are needed."""

    def __init__(self) -> None:
        self.constants: dict[str, str] = {}  # source expression -> constant name
        self.uses: set[str] = set()  # runtime names the module refers to

    def use(self, name: str) -> str:
        self.uses.add(name)
        return name

    def hoist(self, expression: str, stem: str) -> str:
        name = self.constants.get(expression)
        if name is None:
            name = f"_{stem}{len(self.constants)}"
            self.constants[expression] = name
        return name

    def lit(self, value: object) -> str:
        if isinstance(value, Decimal):
            return self.hoist(literal(value), "DEC")
        return literal(value)

    def pattern(self, regex: str) -> str:
        self.uses.add("re")
        return self.hoist(f"re.compile({literal(regex)})", "PATTERN")


class _Function:
    """One generated function's body: indentation and fresh local names."""

    def __init__(self, module: _Module) -> None:
        self.module = module
        self.lines: list[str] = []
        self.depth = 1
        self.taken: set[str] = set()

    def add(self, *lines: str) -> None:
        self.lines.extend("    " * self.depth + line for line in lines)

    def fresh(self, stem: str) -> str:
        n = 0
        while f"{stem}_{n}" in self.taken:
            n += 1
        self.taken.add(f"{stem}_{n}")
        return f"{stem}_{n}"


class _RuleWriter:
    """The PyWriter a rule kind writes its check through."""

    def __init__(self, fn: _Function, rule: Rule, message: str) -> None:
        self.fn = fn
        self.rule = rule
        self.message = message

    def var(self, field: ir.Field) -> str:
        return _var(field)

    def lit(self, value: object) -> str:
        return self.fn.module.lit(value)

    def helper(self, name: str) -> str:
        return checks_helper(name)

    def violation(self, detail: str) -> str:
        subject = self.rule.subject()
        text = literal(self.rule.message)
        if subject is None:
            return f"v.append(Violation({literal(self.rule.id)}, at, {text} + {detail}))"
        key = literal(subject.wire_name)
        return f"_c.fail(v, {literal(self.rule.id)}, at, {key}, {text} + {detail})"

    def unchecked(self) -> str:
        return f"unchecked.append({literal(self.rule.id)})"

    def ref_row(self, ref: ir.ColumnRef) -> str:
        if ref.key_field is None:
            return f"ref.{ref.section.py_name}"
        return f"ref.{ref.section.py_name}.get({_var(ref.key_field)})"

    def fresh(self, stem: str) -> str:
        return self.fn.fresh(stem)


def _var(field: ir.Field) -> str:
    return f"x_{field.py_name}"


def _check_name(obj: ir.ObjectType) -> str:
    return f"_check_{naming.snake(obj.class_name)}"


def emit_python(spec: ir.Spec) -> str:
    """The venue module's source, unformatted (the caller runs the formatter)."""
    module = _Module()
    parts: list[str] = []
    if spec.enums:
        module.use("enum")
    parts += [_enum_class(e) for e in spec.enums]
    if spec.reference:
        parts += [_reference_section(r, module) for r in spec.reference]
        parts.append(_reference_root(spec))
    for shared in spec.objects:  # children first: a class is defined before it is used
        parts += [_model_class(obj, None, module) for obj in reversed(list(ir.objects(shared)))]
    for message in spec.messages:
        if message.body.shared is None:
            own = reversed(list(ir.objects(message.body)))
            parts += [_model_class(obj, message, module) for obj in own]
        if message.envelope is not None:
            parts.append(_envelope_model(message, module))
        elif message.body.shared is not None:
            parts.append(_alias_model(message, module))
    owned = _owned_objects(spec)
    parts += [_object_check(obj, message, module, spec) for obj, message in owned]
    parts += [_message_check(message, spec, module) for message in spec.messages]
    parts += [_object_builder(obj, module) for obj, _ in owned]
    parts += [_envelope_builder(m, module) for m in spec.messages if m.envelope is not None]
    module.use("bind")
    parts.append(
        "\n".join(
            f"bind({m.class_name}, check_{m.id}, {_build_name(_model_target(m))}, VENUE_ID)"
            for m in spec.messages
        )
    )
    parts.append(_registry(spec))
    return "\n\n".join([_preamble(spec, module), *parts]) + "\n"


def _owned_objects(spec: ir.Spec) -> list[tuple[ir.ObjectType, ir.Message | None]]:
    """Every object type once, parents before children, with the message it belongs to (None
    for shared types and what they nest)."""
    found: list[tuple[ir.ObjectType, ir.Message | None]] = []
    for shared in spec.objects:
        found += [(obj, None) for obj in ir.objects(shared)]
    for message in spec.messages:
        if message.body.shared is None:
            found += [(obj, message) for obj in ir.objects(message.body)]
    return found


def _preamble(spec: ir.Spec, module: _Module) -> str:
    doc = header(spec, f"Models and validators for {spec.venue.name} ({spec.venue.id}).")
    uses = module.uses
    if any(expr.startswith("Decimal(") for expr in module.constants):
        uses.add("Decimal")
    stdlib = [f"import {name}" for name in ("enum", "re") if name in uses]
    stdlib += ["from decimal import Decimal"] if "Decimal" in uses else []
    typing_names = ", ".join(n for n in ("Annotated", "Any", "Literal") if n in uses)
    stdlib += [f"from typing import {typing_names}"] if typing_names else []
    pydantic_names = ["Field", "ValidationInfo", "model_validator"]
    if "BeforeValidator" in uses:
        pydantic_names.insert(0, "BeforeValidator")
    runtime_models = sorted(
        (n for n in uses if n in _RUNTIME_MODEL_NAMES), key=lambda n: (n[0].islower(), n)
    )
    blocks = [
        ["from __future__ import annotations"],
        stdlib,
        [f"from pydantic import {', '.join(pydantic_names)}"],
        [
            f"from twapschema.runtime import checks as {CHECKS_ALIAS}",
            f"from twapschema.runtime.models import {', '.join(runtime_models)}",
            "from twapschema.runtime.registry import MessageEntry"
            + (", Rejection" if any(m.rejection for m in spec.messages) else ""),
            "from twapschema.runtime.result import Violation",
            *(
                ["from twapschema.runtime.translate import ConceptField, TwapMapping"]
                if _translation(spec) != "None"
                else []
            ),
        ],
    ]
    imports = "\n\n".join("\n".join(block) for block in blocks if block)
    constants = [f"{name} = {expr}" for expr, name in module.constants.items()]
    names = [f"VENUE_ID = {literal(spec.venue.id)}", f"VENUE_NAME = {literal(spec.venue.name)}"]
    return "\n".join([docstring(doc), "", imports, "", *names, *constants])


_RUNTIME_MODEL_NAMES = frozenset(
    {
        "DecimalNumber",
        "DecimalString",
        "IntegerString",
        "M",
        "MessageModel",
        "PartModel",
        "ReferenceModel",
        "Rfc3339",
        "bind",
        "construct",
        "fixed_point",
        "reference_decimal",
        "run_check",
    }
)


# -- enums and reference data ---------------------------------------------------------------


def _enum_class(enum: ir.EnumDef) -> str:
    lines = [f"class {enum.name}(enum.StrEnum):", f"    {docstring(enum.description)}", ""]
    for value in enum.values:
        lines.append(f"    {value.py_name} = {literal(value.wire)}")
        if value.description:
            lines.append(f"    {docstring(value.description)}")
    lines += [
        "",
        "",
        f"{_members(enum)}: dict[str, {enum.name}] = {{m.value: m for m in {enum.name}}}",
    ]
    return "\n".join(lines)


def _members(enum: ir.EnumDef) -> str:
    return f"_{naming.snake(enum.name).upper()}_BY_WIRE"


def _reference_section(section: ir.ReferenceSection, module: _Module) -> str:
    module.use("ReferenceModel")
    lines = [
        f"class {section.class_name}(ReferenceModel):",
        f"    {docstring(section.description)}",
        "",
    ]
    for column in section.columns:
        annotation = {
            "string": "str",
            "integer": "int",
            "boolean": "bool",
            "decimal": "Annotated[Decimal, BeforeValidator(reference_decimal)]",
        }[column.type]
        if column.type == "decimal":
            for name in ("Annotated", "Decimal", "BeforeValidator", "reference_decimal"):
                module.use(name)
        args = [f"description={literal(column.description)}"]
        if column.name != column.py_name:
            args.append(f"alias={literal(column.name)}")
        if column.minimum is not None:
            args.append(f"ge={literal(column.minimum)}")
        if column.maximum is not None:
            args.append(f"le={literal(column.maximum)}")
        lines.append(f"    {column.py_name}: {annotation} = Field({', '.join(args)})")
    return "\n".join(lines)


def _reference_root(spec: ir.Spec) -> str:
    lines = [
        "class Reference(ReferenceModel):",
        f"    {docstring(f'Reference data for {spec.venue.name}: every section is optional.')}",
        "",
    ]
    for section in spec.reference:
        kind = (
            section.class_name if section.kind == "record" else f"dict[str, {section.class_name}]"
        )
        alias = f", alias={literal(section.name)}" if section.name != section.py_name else ""
        lines.append(f"    {section.py_name}: {kind} | None = Field(None{alias})")
    return "\n".join(lines)


# -- models ---------------------------------------------------------------------------------


def _annotation(field_type: ir.FieldType, module: _Module) -> str:
    match field_type:
        case ir.StringType():
            return "str"
        case ir.IntegerType():
            return "int"
        case ir.NumberType() | ir.DecimalNumberType():
            return module.use("DecimalNumber")
        case ir.DecimalStringType():
            return module.use("DecimalString")
        case ir.IntegerStringType():
            return module.use("IntegerString")
        case ir.FixedPointStringType():
            for name in ("Annotated", "Decimal", "fixed_point"):
                module.use(name)
            return f"Annotated[Decimal, fixed_point({field_type.decimals})]"
        case ir.BooleanType():
            return "bool"
        case ir.EnumType():
            return field_type.enum.name
        case ir.TimestampType():
            if field_type.format == "rfc3339":
                return module.use("Rfc3339")
            if field_type.format == "unix_milliseconds":
                return "int"
            return module.use("DecimalNumber")
        case ir.ObjectType():
            return field_type.class_name
        case ir.JsonObjectType():
            module.use("Any")
            return "dict[str, Any]"
        case ir.ArrayType():
            return f"tuple[{_annotation(field_type.items.type, module)}, ...]"
        case _:
            assert_never(field_type)


def _model_class(obj: ir.ObjectType, message: ir.Message | None, module: _Module) -> str:
    is_message = message is not None and obj is message.body and message.envelope is None
    base = module.use("MessageModel" if is_message else "PartModel")
    if obj.shared is not None:
        doc = obj.shared.description
    elif message is not None and obj is message.body:
        doc = message.description
    else:
        doc = f"An object within {message.id if message else 'a shared object'}."
    lines = [f"class {obj.class_name}({base}):", f"    {docstring(doc)}", ""]
    for field in obj.fields:
        annotation = _annotation(field.type, module)
        args = [f"description={literal(field.description)}"]
        if field.wire_name != field.py_name:
            args.append(f"alias={literal(field.wire_name)}")
        if field.required and not field.nullable:
            lines.append(f"    {field.py_name}: {annotation} = Field({', '.join(args)})")
            continue
        default = "None"
        if field.default is not None:
            default = _default(field, module)
        else:
            annotation = f"{annotation} | None"
        lines.append(f"    {field.py_name}: {annotation} = Field({default}, {', '.join(args)})")
    if is_message:
        assert message is not None
        module.use("run_check")
        lines += _validator_lines(message)
    return "\n".join(lines)


def _alias_model(message: ir.Message, module: _Module) -> str:
    """A message whose body is a shared object: that object's model, checked as this message."""
    module.use("run_check")
    lines = [
        f"class {message.class_name}({message.body.class_name}):",
        f"    {docstring(message.description)}",
        *_validator_lines(message),
    ]
    return "\n".join(lines)


def _default(field: ir.Field, module: _Module) -> str:
    value = field.default
    if isinstance(field.type, ir.EnumType):
        member = next(v for v in field.type.enum.values if v.wire == value)
        return f"{field.type.enum.name}.{member.py_name}"
    if isinstance(field.type, ir.DecimalStringType | ir.DecimalNumberType | ir.NumberType):
        return module.lit(Decimal(str(value)))
    return literal(value)


def _validator_lines(message: ir.Message) -> list[str]:
    # A wrap validator that never calls the handler: the generated check has already checked
    # and converted every value, so the model is built directly, not validated a second time.
    return [
        "",
        '    @model_validator(mode="wrap")',
        "    @classmethod",
        "    def _twapschema_check(",
        "        cls, data: object, handler: object, info: ValidationInfo",
        f"    ) -> {message.class_name}:",
        f"        return run_check(check_{message.id}, data, info, cls,"
        f" {_build_name(_model_target(message))}, VENUE_ID)",
    ]


def _model_target(message: ir.Message) -> str:
    """The class whose builder makes the message model: itself, or its shared body type."""
    if message.envelope is None and message.body.shared is not None:
        return message.body.class_name
    return message.class_name


def _build_name(class_name: str) -> str:
    return f"_build_{naming.snake(class_name)}"


def _builder(class_name: str, fields: list[tuple[str, str, str]], module: _Module) -> str:
    """A function that makes the model from a checked, normalized payload (wire names), without
    validating again. ``fields``: (wire name, python name, value expression over ``d``)."""
    module.use("construct")
    module.use("Any")
    names = module.hoist(literal({w: p for w, p, _ in fields}), "NAMES")
    values = ", ".join(f"{literal(p)}: {expr}" for _, p, expr in fields)
    return "\n".join(
        [
            f"def {_build_name(class_name)}(cls: type[{class_name}], d: dict[str, Any])"
            f" -> {class_name}:",
            f"    return construct(cls, {{{values}}}, {{{names}[k] for k in d}})",
        ]
    )


def _value_expr(field_type: ir.FieldType, expr: str) -> str:
    """Turn a normalized value into the model's value (nested objects become models)."""
    if isinstance(field_type, ir.ObjectType):
        return f"{_build_name(field_type.class_name)}({field_type.class_name}, {expr})"
    if isinstance(field_type, ir.ArrayType):
        inner = _value_expr(field_type.items.type, "i")
        if inner == "i":
            return expr
        return f"tuple({inner} for i in {expr})"
    return expr


def _object_builder(obj: ir.ObjectType, module: _Module) -> str:
    """Defaults first, then what the payload had (renamed where wire and Python names differ),
    then nested objects made models: dict merges, in C, in declaration order."""
    module.use("construct")
    module.use("Any")
    defaults = ", ".join(
        f"{literal(f.py_name)}: {_default(f, module) if f.default is not None else 'None'}"
        for f in obj.fields
    )
    renamed = {f.wire_name: f.py_name for f in obj.fields if f.wire_name != f.py_name}
    # Beside its builder, not hoisted: a default may be a member of an enum defined above.
    defaults_name = f"_DEFAULTS_{naming.snake(obj.class_name).upper()}"
    if renamed:
        names = module.hoist(literal(renamed), "NAMES")
        given = f"{{{names}.get(k, k): x for k, x in d.items()}}"
    else:
        given = "d"
    lines = [
        f"{defaults_name}: dict[str, Any] = {{{defaults}}}",
        "",
        "",
        # Generic in the class: messages whose body is one shared type subclass its model.
        f"def {_build_name(obj.class_name)}(cls: type[{module.use('M')}], d: dict[str, Any]) -> M:",
        f"    values = {{**{defaults_name}, **{given}}}",
    ]
    for f in obj.fields:
        converted = _value_expr(f.type, "x")
        if converted != "x":
            lines += [
                f"    x = values[{literal(f.py_name)}]",
                "    if x is not None:",
                f"        values[{literal(f.py_name)}] = {converted}",
            ]
    lines.append(
        "    return construct(cls, values, set(values) if len(d) == len(values) else "
        f"{{{module.hoist(literal(renamed), 'NAMES')}.get(k, k) for k in d}})"
        if renamed
        else "    return construct(cls, values, set(d))"
    )
    return "\n".join(lines)


def _envelope_builder(message: ir.Message, module: _Module) -> str:
    assert message.envelope is not None
    fields = [(k, naming.snake(k), f"d[{literal(k)}]") for k, _ in message.envelope.constants]
    body = message.envelope.body
    built = _value_expr(message.body, f"d[{literal(body)}]")
    fields.append((body, naming.snake(body), built))
    return _builder(message.class_name, fields, module)


def _envelope_model(message: ir.Message, module: _Module) -> str:
    assert message.envelope is not None
    module.use("MessageModel")
    module.use("run_check")
    if message.envelope.constants:
        module.use("Literal")
    lines = [
        f"class {message.class_name}(MessageModel):",
        f"    {literal(message.description)}",
        "",
    ]
    for key, value in message.envelope.constants:
        alias = f", alias={literal(key)}" if naming.snake(key) != key else ""
        lines.append(
            f"    {naming.snake(key)}: Literal[{literal(value)}] = Field({literal(value)}{alias})"
        )
    body = message.envelope.body
    alias = f" = Field(alias={literal(body)})" if naming.snake(body) != body else ""
    lines.append(f"    {naming.snake(body)}: {message.body.class_name}{alias}")
    lines += _validator_lines(message)
    return "\n".join(lines)


# -- validators -----------------------------------------------------------------------------


def _object_check(
    obj: ir.ObjectType, message: ir.Message | None, module: _Module, spec: ir.Spec
) -> str:
    fn = _Function(module)
    ref_type = "Reference | None" if spec.reference else "object"
    fn.add("out: dict[str, object] = {}")
    for field in obj.fields:
        _take(
            fn,
            field,
            f"obj.get({literal(field.wire_name)}, _c.MISSING)",
            "at",
            literal(field.wire_name),
        )
        key = literal(field.wire_name)
        fn.add(f"if {_var(field)} is not None:", f"    out[{key}] = {_var(field)}")
        if field.nullable:  # an explicit null stays one: the model dumps what was sent
            fn.add(f"elif obj.get({key}, 0) is None:", f"    out[{key}] = None")
    if obj.unknown_fields.policy == "reject":
        if message is None:
            where = f"object {obj.class_name}"
        elif obj is message.body:
            where = message.id
        else:
            where = f"{obj.class_name} in {message.id}"
        known_name = module.hoist(literal(frozenset(f.wire_name for f in obj.fields)), "KNOWN")
        fn.add(
            f"if not {known_name}.issuperset(obj):",
            f"    _c.unknown_members(obj, {known_name}, at, {literal(where)}, v)",
        )
    own = message.rules if message is not None and obj is message.body else ()
    for rule in (*own, *obj.rules):
        _rule(fn, rule)
    fn.add("return out")
    signature = (
        f"def {_check_name(obj)}(obj: dict[str, object], at: str, ref: {ref_type}, "
        "v: list[Violation], unchecked: list[str]) -> dict[str, object]:"
    )
    return "\n".join([signature, *fn.lines])


def _take(fn: _Function, field: ir.Field, value: str, at: str, key: str) -> str:
    """Assign a local the field's typed value, or None when absent or invalid (recorded);
    return the local's name."""
    var = _var(field) if key.startswith(("'", '"')) else fn.fresh("item")
    t = field.type
    fast = _fast_path(t, fn.module)
    raw = value if fast is None else fn.fresh("raw")
    common = f"{raw}, {at}, {key}, {literal(field.rule_prefix)}, {field.required}, {field.nullable}"
    call = _take_call(t, common)
    if fast is None:
        fn.add(f"{var} = {call}")
    else:
        # The common case (a good value) is one inline test; the helper only sees the rest.
        test, convert, py_type = fast
        fn.add(
            f"{raw} = {value}",
            f"{var}: {py_type} | None = {convert.format(raw)} if {test.format(raw)} else {call}",
        )
    _constraints(fn, field, var, at, key)
    _take_nested(fn, t, var, at, key)
    return var


def _take_call(t: ir.FieldType, common: str) -> str:
    match t:
        case ir.StringType():
            return f"_c.take_string({common}, v)"
        case ir.IntegerType():
            return f"_c.take_integer({common}, v)"
        case ir.NumberType() | ir.DecimalNumberType():
            return f"_c.take_decimal_number({common}, v)"
        case ir.DecimalStringType():
            return f"_c.take_decimal_string({common}, {t.signed}, v)"
        case ir.IntegerStringType():
            return f"_c.take_integer_string({common}, v)"
        case ir.FixedPointStringType():
            return f"_c.take_fixed_point_string({common}, {t.decimals}, v)"
        case ir.JsonObjectType():
            return f"_c.take_object({common}, v)"  # any object, kept whole
        case ir.BooleanType():
            return f"_c.take_boolean({common}, v)"
        case ir.EnumType():
            return f"_c.take_enum({common}, {_members(t.enum)}, v)"
        case ir.TimestampType():
            helper = {
                "unix_seconds": "take_decimal_number",
                "unix_milliseconds": "take_integer",
                "rfc3339": "take_rfc3339",
            }[t.format]
            return f"_c.{helper}({common}, v)"
        case ir.ObjectType():
            return f"_c.take_object({common}, v)"
        case ir.ArrayType():
            return f"_c.take_array({common}, v)"
        case _:
            assert_never(t)


def _take_nested(fn: _Function, t: ir.FieldType, var: str, at: str, key: str) -> None:
    """Check an object's members, or an array's items, once the container itself is valid."""
    if isinstance(t, ir.ObjectType):
        inner = f"{at} + '/' + _c.escape({key})"
        fn.add(
            f"if {var} is not None:",
            f"    {var} = {_check_name(t)}({var}, {inner}, ref, v, unchecked)",
        )
    elif isinstance(t, ir.ArrayType):
        items, index, element = fn.fresh("items"), fn.fresh("index"), fn.fresh("element")
        inner_at = fn.fresh("at")
        fn.add(f"if {var} is not None:")
        fn.depth += 1
        fn.add(f"{inner_at} = {at} + '/' + _c.escape({key})", f"{items}: list[object] = []")
        fn.add(f"for {index}, {element} in enumerate({var}):")
        fn.depth += 1
        item_var = _take(fn, t.items, element, inner_at, f"str({index})")
        fn.add(f"{items}.append({item_var})")
        fn.depth -= 1
        fn.add(f"{var} = tuple({items})")
        fn.depth -= 1


def _fast_path(t: ir.FieldType, module: _Module) -> tuple[str, str, str] | None:
    """(test, conversion, Python type) for a good value; templates over the raw value."""
    match t:
        case ir.StringType():
            return "type({0}) is str", "{0}", "str"
        case ir.IntegerType():
            return "type({0}) is int", "{0}", "int"
        case ir.BooleanType():
            return "{0} is True or {0} is False", "{0}", "bool"
        case ir.DecimalStringType():
            module.use("Decimal")
            pattern = "SIGNED_DECIMAL" if t.signed else "UNSIGNED_DECIMAL"
            test = f"type({{0}}) is str and _c.{pattern}.fullmatch({{0}})"
            return test, "Decimal({0})", "Decimal"
        case ir.EnumType():
            members = _members(t.enum)
            return f"type({{0}}) is str and {{0}} in {members}", f"{members}[{{0}}]", t.enum.name
        case _:
            return None


def _constraints(fn: _Function, field: ir.Field, var: str, at: str, key: str) -> None:
    """One combined test on the common path; each failing constraint is then reported."""
    if not field.constraints:
        return
    checks = [(_broken(fn, field, var, c), c) for c in field.constraints]
    any_broken = " or ".join(f"({b})" for b, _ in checks)
    fn.add(f"if {var} is not None and ({any_broken}):")
    fn.depth += 1
    for broken, c in checks:
        rule_id = f"{field.rule_prefix}.{c.keyword}"
        text = constraint_message(field, c)
        detail = "" if c.keyword in ("minItems", "maxItems") else f" + _c.got1({var})"
        if c.keyword in ("minLength", "maxLength"):
            detail = f" + _c.got1(len({var}))"
        fn.add(
            f"if {broken}:",
            f"    _c.fail(v, {literal(rule_id)}, {at}, {key}, {literal(text)}{detail})",
        )
    fn.add(f"{var} = None")
    fn.depth -= 1


def _broken(fn: _Function, field: ir.Field, var: str, c: ir.Constraint) -> str:
    value = fn.module.lit(c.value)
    match c.keyword:
        case "minimum":
            return f"{var} < {value}"
        case "maximum":
            return f"{var} > {value}"
        case "exclusiveMinimum":
            return f"{var} <= {value}"
        case "exclusiveMaximum":
            return f"{var} >= {value}"
        case "multipleOf":
            exact_int = field.is_integer and isinstance(c.value, int)
            return f"{var} % {value} != 0" if exact_int else f"not _c.is_multiple({var}, {value})"
        case "minLength" | "minItems":
            return f"len({var}) < {value}"
        case "maxLength" | "maxItems":
            return f"len({var}) > {value}"
        case "pattern":
            assert isinstance(c.value, str)
            return f"{fn.module.pattern(c.value)}.search({var}) is None"
        case "const":
            return f"{var} {'is not' if isinstance(c.value, bool) else '!='} {value}"
        case _:
            assert_never(c.keyword)


def _rule(fn: _Function, rule: Rule) -> None:
    for f in rule.operands():
        if f.default is not None:
            # The venue reads an absent member as its default, and so does the rule.
            fn.add(
                f"if {_var(f)} is None and {_absent(f)}:",
                f"    {_var(f)} = {_default(f, fn.module)}",
            )
    guards = [f"{_var(f)} is not None" for f in rule.operands()]
    # A presence operand's variable is None when it is absent or invalid; the rule reads
    # presence, so it runs only when None means absent.
    guards += [f"({_var(f)} is not None or {_absent(f)})" for f in rule.presence()]
    fn.add(f"if {' and '.join(guards) or 'True'}:")
    fn.depth += 1
    writer = _RuleWriter(fn, rule, rule.message)
    sections = sorted({c.section.py_name for c in rule.columns()})
    if sections:
        missing = " or ".join(["ref is None", *(f"ref.{s} is None" for s in sections)])
        fn.add(f"if {missing}:", f"    {writer.unchecked()}", "else:")
        fn.depth += 1
    fn.add(*rule.python(writer))
    fn.depth -= 2 if sections else 1


def _absent(field: ir.Field) -> str:
    name = literal(field.wire_name)
    return f"obj.get({name}) is None" if field.nullable else f"{name} not in obj"


def _message_check(message: ir.Message, spec: ir.Spec, module: _Module) -> str:
    ref_type = "Reference | None" if spec.reference else "object"
    doc = f"Validate a {message.id} payload: (violations, unchecked rule ids, normalized or None)."
    args = [_check_name(message.body)]
    envelope = message.envelope
    if envelope is not None:
        args.append(f"constants={literal(envelope.constants)}")
        args.append(f"body={literal(envelope.body)}")
        policy = message.frame_unknown_fields
        if policy is not None and policy.policy == "reject":
            known = frozenset([envelope.body, *(k for k, _ in envelope.constants)])
            args.append(f"frame={module.hoist(literal(known), 'KNOWN')}")
            args.append(f"where={literal(f'the {message.id} frame')}")
    return "\n".join(
        [
            f"def check_{message.id}(payload: object, ref: {ref_type} = None) -> "
            "tuple[list[Violation], list[str], dict[str, object] | None]:",
            f"    {docstring(doc)}",
            f"    return _c.check_message(payload, ref, {', '.join(args)})",
        ]
    )


def _registry(spec: ir.Spec) -> str:
    lines = ["MESSAGES: dict[str, MessageEntry] = {"]
    for m in spec.messages:
        needs = tuple(r.id for r in ir.all_rules(m) if r.columns())
        rejection = ""
        if m.rejection is not None:
            r = m.rejection
            rejection = (
                f", Rejection({literal(r.message_id)}, {literal(r.payload)},"
                f" {literal(r.source.render())})"
            )
        lines.append(
            f"    {literal(m.id)}: MessageEntry({literal(m.id)}, {literal(m.kind)}, "
            f"{m.class_name}, check_{m.id}, {literal(needs)}{rejection}),"
        )
    lines.append("}")
    lines.append(f"REFERENCE = {'Reference' if spec.reference else 'None'}")
    lines.append(f"TRANSLATION = {_translation(spec)}")
    return "\n".join(lines)


_CONCEPT_KINDS = {
    ir.StringType: "string",
    ir.IntegerType: "integer",
    ir.DecimalStringType: "decimal_string",
    ir.DecimalNumberType: "decimal_number",
    ir.NumberType: "decimal_number",
    ir.BooleanType: "boolean",
    ir.EnumType: "enum",
    ir.IntegerStringType: "integer_string",
}


def _translation(spec: ir.Spec) -> str:
    """How a venue-neutral TWAP intent maps onto the venue's create request (its fields'
    concepts), for twapschema.runtime.translate; None without such a request."""
    message = next(
        (m for m in spec.messages if m.kind == "request" and any(f.concept for f in m.body.fields)),
        None,
    )
    if message is None:
        return "None"
    fields = []
    for f in message.body.fields:
        if f.concept is None:
            continue
        kind = _CONCEPT_KINDS.get(type(f.type), "string")
        values: tuple[tuple[str, object], ...] = ()
        if isinstance(f.type, ir.EnumType):
            values = tuple((v.means, v.wire) for v in f.type.enum.values if v.means)
        elif f.true_means is not None:
            other = "sell" if f.true_means == "buy" else "buy"
            values = ((f.true_means, True), (other, False))
        lookup = ""
        if f.symbol_lookup is not None:
            section, column = f.symbol_lookup
            lookup = f", {literal((section.py_name, column.py_name))}"
        seconds = ir.TIME_UNITS.get(f.unit or "", 1) if f.concept in ir.TIMING_CONCEPTS else 1
        scale = f", seconds={seconds}" if seconds != 1 else ""
        if f.default is not None:
            scale += f", default={literal(f.default)}"
        fields.append(
            f"({literal(f.concept)}, ConceptField({literal(f.wire_name)}, {literal(kind)}, "
            f"{literal(values)}{lookup}{scale}))"
        )
    envelope = ""
    if message.envelope is not None:
        envelope = (
            f", constants={literal(message.envelope.constants)},"
            f" body={literal(message.envelope.body)}"
        )
    # Members with one allowed value (OKX's ordType "twap") say nothing the intent decides.
    fixed = tuple(
        (f.wire_name, c.value)
        for f in message.body.fields
        if f.required and (c := f.constraint("const")) is not None
    )
    if fixed:
        envelope += f", fixed={literal(fixed)}"
    return f"TwapMapping({literal(message.id)}, ({', '.join(fields)},){envelope})"
