"""The declarative part of a venue module: enums, reference data models, message and part
models, and the builders that make a model from a checked payload without validating again."""

from __future__ import annotations

from typing import assert_never

from twapschema import ir, naming
from twapschema.emit.pysource import docstring, literal
from twapschema.emit.python.writer import (
    Module,
    build_name,
    default_expr,
    enum_members,
    lookup_name,
)


def enum_class(enum: ir.EnumDef) -> str:
    lines = [f"class {enum.name}(enum.StrEnum):", f"    {docstring(enum.description)}", ""]
    for value in enum.values:
        lines.append(f"    {value.py_name} = {literal(value.wire)}")
        if value.description:
            lines.append(f"    {docstring(value.description)}")
    lines += [
        "",
        "",
        f"{enum_members(enum)}: dict[str, {enum.name}] = {{m.value: m for m in {enum.name}}}",
    ]
    return "\n".join(lines)


def reference_section(section: ir.ReferenceSection, module: Module) -> str:
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
        if column.values:
            annotation = f"{module.use('Literal')}[{', '.join(literal(x) for x in column.values)}]"
        args = [f"description={literal(column.description)}"]
        if column.name != column.py_name:
            args.append(f"alias={literal(column.name)}")
        if column.minimum is not None:
            args.append(f"ge={literal(column.minimum)}")
        if column.maximum is not None:
            args.append(f"le={literal(column.maximum)}")
        lines.append(f"    {column.py_name}: {annotation} = Field({', '.join(args)})")
    return "\n".join(lines)


def reference_root(spec: ir.Spec) -> str:
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
    lookups = sorted(
        {
            lookup_name(c)
            for m in spec.messages
            for r in ir.all_rules(m)
            for c in r.columns()
            if c.key and not c.by_row_key
        }
    )
    if lookups:
        lines += ["", f"    LOOKUPS = {tuple(lookups)!r}"]
    return "\n".join(lines)


def _annotation(field_type: ir.FieldType, module: Module) -> str:
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


def model_class(obj: ir.ObjectType, message: ir.Message | None, module: Module) -> str:
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
            default = default_expr(field, module)
        else:
            annotation = f"{annotation} | None"
        lines.append(f"    {field.py_name}: {annotation} = Field({default}, {', '.join(args)})")
    return "\n".join(lines)


def alias_model(message: ir.Message, module: Module) -> str:
    """A message whose body is a shared object: that object's model, checked as this message."""
    lines = [
        f"class {message.class_name}({message.body.class_name}):",
        f"    {docstring(message.description)}",
    ]
    return "\n".join(lines)


def _value_expr(field_type: ir.FieldType, expr: str) -> str:
    """Turn a normalized value into the model's value (nested objects become models)."""
    if isinstance(field_type, ir.ObjectType):
        return f"{build_name(field_type.class_name)}({field_type.class_name}, {expr})"
    if isinstance(field_type, ir.ArrayType):
        inner = _value_expr(field_type.items.type, "i")
        if inner == "i":
            return expr
        return f"tuple({inner} for i in {expr})"
    return expr


def object_builder(obj: ir.ObjectType, module: Module) -> str:
    """Every field in declaration order, defaults filled in, by its Python name (read by its
    wire name where the two differ), then nested objects made models."""
    module.use("construct")
    module.use("Any")
    header = (
        f"def {build_name(obj.class_name)}(cls: type[{module.use('M')}], d: dict[str, Any]) -> M:"
    )
    renamed = any(f.wire_name != f.py_name for f in obj.fields)
    if renamed:
        # Each field read by its wire name into a dict written out in declaration order (the
        # default where the payload had none), and the fields set mapped from the keys given
        # (every field given, a full order, is one copy): a third of what renaming every key
        # and merging the defaults into it cost.
        names = module.hoist(literal({f.wire_name: f.py_name for f in obj.fields}), "NAMES")
        every = module.hoist(f"frozenset({names}.values())", "FIELDS")
        read = ", ".join(
            f"{literal(f.py_name)}: get({literal(f.wire_name)}"
            + (f", {default_expr(f, module)})" if f.default is not None else ")")
            for f in obj.fields
        )
        # Generic in the class: messages whose body is one shared type subclass its model.
        lines = [header, "    get = d.get", f"    values = {{{read}}}"]
        given = f"set({every}) if len(d) == {len(obj.fields)} else set(map({names}.__getitem__, d))"
    else:
        # The payload's names are the fields': defaults merged under it, in C. Beside its
        # builder, not hoisted: a default may be a member of an enum defined above.
        defaults_name = f"_DEFAULTS_{naming.snake(obj.class_name).upper()}"
        defaults = ", ".join(
            f"{literal(f.py_name)}: {default_expr(f, module) if f.default is not None else 'None'}"
            for f in obj.fields
        )
        lines = [f"{defaults_name}: dict[str, Any] = {{{defaults}}}", "", ""]
        lines += [header, f"    values = {{**{defaults_name}, **d}}"]
        given = "set(d)"
    for f in obj.fields:
        converted = _value_expr(f.type, "x")
        if converted != "x":
            lines += [
                f"    x = values[{literal(f.py_name)}]",
                "    if x is not None:",
                f"        values[{literal(f.py_name)}] = {converted}",
            ]
    lines.append(f"    return construct(cls, values, {given})")
    return "\n".join(lines)


def envelope_builder(message: ir.Message, module: Module) -> str:
    assert message.envelope is not None
    fields = [(k, naming.snake(k), f"d[{literal(k)}]") for k, _ in message.envelope.constants]
    body = message.envelope.body
    built = _value_expr(message.body, f"d[{literal(body)}]")
    fields.append((body, naming.snake(body), built))
    # A checked frame always has its constants and its body: every field is set.
    every = "{" + ", ".join(literal(p) for _, p, _ in fields) + "}"
    module.use("construct")
    module.use("Any")
    values = ", ".join(f"{literal(p)}: {expr}" for _, p, expr in fields)
    return "\n".join(
        [
            f"def {build_name(message.class_name)}(cls: type[{message.class_name}],"
            " d: dict[str, Any])"
            f" -> {message.class_name}:",
            f"    return construct(cls, {{{values}}}, {every})",
        ]
    )


def envelope_model(message: ir.Message, module: Module) -> str:
    assert message.envelope is not None
    module.use("MessageModel")
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
    return "\n".join(lines)
