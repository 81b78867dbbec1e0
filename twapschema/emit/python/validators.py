"""The validators: straight-line code, every field check, constraint and rule written out, so
nothing reads the spec at validation time. Each object type gets ``_check_<type>``; each message
``check_<message>(payload, ref)`` returning (violations, unchecked rule ids, normalized payload
or None)."""

from __future__ import annotations

from typing import assert_never

from twapschema import ir, naming
from twapschema.emit.pysource import docstring, literal
from twapschema.emit.python.writer import (
    Function,
    Module,
    RuleWriter,
    check_name,
    checks_helper,
    default_expr,
    enum_members,
    local_var,
)
from twapschema.emit.wire import wire_literal, wire_of
from twapschema.emit.wording import constraint_message
from twapschema.numbers import digits_pattern
from twapschema.pointer import escape
from twapschema.rules.base import Rule


def object_check(
    obj: ir.ObjectType, message: ir.Message | None, module: Module, spec: ir.Spec
) -> str:
    fn = Function(module)
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
        fn.add(f"if {local_var(field)} is not None:", f"    out[{key}] = {local_var(field)}")
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
        f"def {check_name(obj)}(obj: dict[str, object], at: str, ref: {ref_type}, "
        "v: list[Violation], unchecked: list[str]) -> dict[str, object]:"
    )
    return "\n".join([signature, *fn.lines])


def _take(fn: Function, field: ir.Field, value: str, at: str, key: str) -> str:
    """Assign a local the field's typed value, or None when absent or invalid (recorded);
    return the local's name."""
    var = local_var(field) if key.startswith(("'", '"')) else fn.fresh("item")
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
        if not field.required:
            # An optional member left out is common too; the helper would only say so.
            call = f"None if {raw} is _c.MISSING else {call}"
        fn.add(
            f"{raw} = {value}",
            f"{var}: {py_type} | None = {convert.format(raw)} if {test.format(raw)} else {call}",
        )
    _constraints(fn, field, var, at, key)
    # A member's pointer is written out whole where its name is known (no escape() per call).
    named = key.startswith(("'", '"'))
    inner = (
        f"{at} + {literal('/' + escape(field.wire_name))}"
        if named
        else f"{at} + '/' + _c.escape({key})"
    )
    _take_nested(fn, t, var, inner)
    return var


def _take_call(t: ir.FieldType, common: str) -> str:
    """The runtime helper call that reads and checks a value of this type (the table names
    the helper; a kind with parameters passes them)."""
    match t:
        case ir.DecimalStringType() if t.canonical:
            return f"{checks_helper(ir.field_kind(t).take)}({common}, {t.signed}, v, True)"
        case ir.DecimalStringType() if t.digits is not None:
            take = checks_helper(ir.field_kind(t).take)
            return f"{take}({common}, {t.signed}, v, False, {t.digits!r})"
        case ir.DecimalStringType():
            common += f", {t.signed}"
        case ir.IntegerType() if t.canonical:
            return f"{checks_helper('take_integer_exact')}({common}, v)"
        case ir.FixedPointStringType():
            common += f", {t.decimals}"
        case ir.EnumType():
            common += f", {enum_members(t.enum)}"
        case _:
            pass
    return f"{checks_helper(ir.field_kind(t).take)}({common}, v)"


def _take_nested(fn: Function, t: ir.FieldType, var: str, inner: str) -> None:
    """Check an object's members, or an array's items, once the container itself is valid;
    ``inner`` is the container's pointer (an expression)."""
    if isinstance(t, ir.ObjectType):
        fn.add(
            f"if {var} is not None:",
            f"    {var} = {check_name(t)}({var}, {inner}, ref, v, unchecked)",
        )
    elif isinstance(t, ir.ArrayType):
        items, index, element = fn.fresh("items"), fn.fresh("index"), fn.fresh("element")
        inner_at = fn.fresh("at")
        fn.add(f"if {var} is not None:")
        fn.depth += 1
        fn.add(f"{inner_at} = {inner}", f"{items}: list[object] = []")
        fn.add(f"for {index}, {element} in enumerate({var}):")
        fn.depth += 1
        item_var = _take(fn, t.items, element, inner_at, f"str({index})")
        fn.add(f"{items}.append({item_var})")
        fn.depth -= 1
        fn.add(f"{var} = tuple({items})")
        fn.depth -= 1


def _fast_path(t: ir.FieldType, module: Module) -> tuple[str, str, str] | None:
    """(test, conversion, Python type) for a good value; templates over the raw value."""
    match t:
        case ir.StringType():
            return "type({0}) is str", "{0}", "str"
        case ir.IntegerType():
            # I-JSON's range (checks._beyond_double says why); outside it is a `.type` error.
            safe = "-9007199254740991 <= {0} <= 9007199254740991"
            return "type({0}) is int and " + safe, "{0}", "int"
        case ir.TimestampType() if t.format == "unix_milliseconds":
            safe = "-9007199254740991 <= {0} <= 9007199254740991"  # as take_integer
            return "type({0}) is int and " + safe, "{0}", "int"
        case ir.IntegerStringType():
            # take_integer_string's test: digits only, no longer than MAX_DIGITS.
            test = "type({0}) is str and len({0}) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch({0})"
            return test, "int({0})", "int"
        case ir.ObjectType():
            return "type({0}) is dict", "{0}", "dict[str, object]"
        case ir.ArrayType():
            return "type({0}) is list", "tuple({0})", "tuple[object, ...]"
        case ir.BooleanType():
            return "{0} is True or {0} is False", "{0}", "bool"
        case ir.DecimalNumberType():
            # take_decimal_number's first test: every integer up to 2**53 is a double exactly.
            module.use("Decimal")
            test = "type({0}) is int and -9007199254740992 <= {0} <= 9007199254740992"
            return test, "Decimal({0})", "Decimal"
        case ir.DecimalStringType():
            module.use("Decimal")
            pattern = "SIGNED_DECIMAL" if t.signed else "UNSIGNED_DECIMAL"
            if t.canonical:
                pattern = "CANONICAL_SIGNED" if t.signed else "CANONICAL_UNSIGNED"
            test = f"type({{0}}) is str and _c.{pattern}.fullmatch({{0}})"
            if t.digits is not None:  # the venue's own digit caps, one compiled pattern
                module.use("re")
                text = digits_pattern(t.signed, t.digits).strip("^$")
                name = module.hoist(f"re.compile({literal(text)})", "DIGITS")
                test = f"type({{0}}) is str and {name}.fullmatch({{0}})"
            return test, "Decimal({0})", "Decimal"
        case ir.EnumType():
            members = enum_members(t.enum)
            return f"type({{0}}) is str and {{0}} in {members}", f"{members}[{{0}}]", t.enum.name
        case _:
            return None


def _constraints(fn: Function, field: ir.Field, var: str, at: str, key: str) -> None:
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
        message = f"{literal(text)}{detail}"
        fail = (
            f"v.append({fn.module.use('new_violation')}(({literal(rule_id)}, {at} + "
            f"{literal('/' + escape(field.wire_name))}, {message})))"
            if key.startswith(("'", '"'))  # a member's name: its pointer written out whole
            else f"_c.fail(v, {literal(rule_id)}, {at}, {key}, {message})"
        )
        fn.add(f"if {broken}:", f"    {fail}")
    fn.add(f"{var} = None")
    fn.depth -= 1


def _broken(fn: Function, field: ir.Field, var: str, c: ir.Constraint) -> str:
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
        case "bech32":
            # Judged on address-shaped text only: what the pattern refuses it reports alone.
            shaped = field.constraint("pattern")
            if shaped is not None:
                assert isinstance(shaped.value, str)
                matches = f"{fn.module.pattern(shaped.value)}.search({var}) is not None"
                return f'{var} != "" and {matches} and not _c.bech32_ok({var}, {value})'
            return f'{var} != "" and not _c.bech32_ok({var}, {value})'
        case "enum":
            assert isinstance(c.value, tuple)
            return f"{var} not in {fn.module.hoist(literal(frozenset(c.value)), 'VALUES')}"
        case "const":
            return f"{var} {'is not' if isinstance(c.value, bool) else '!='} {value}"
        case _:
            assert_never(c.keyword)


def _rule(fn: Function, rule: Rule) -> None:
    for f in rule.fields_read():
        if f.within and local_var(f) not in fn.lifted:
            # A member of an object within: its value as that object's checks left it, read
            # once for every rule of the function (rules run at its top level, in order).
            path = ", ".join(literal(m) for m in f.members[1:])
            holder = f"x_{naming.snake(f.within[0])}"
            if len(f.members) == 2:  # _c.member's one step, written out (no call per rule)
                kind = fn.module.use("Any")  # as member's: the checks left a valid value
                read = f"{holder}.get({path}) if type({holder}) is dict else None"
                fn.add(f"{local_var(f)}: {kind} = {read}")
            else:
                fn.add(f"{local_var(f)} = _c.member({holder}, {path})")
            fn.lifted.add(local_var(f))
    for f in rule.operands():
        if f.default is not None:
            # The venue reads an absent member as its default, and so does the rule.
            fn.add(
                f"if {local_var(f)} is None and {_absent(f)}:",
                f"    {local_var(f)} = {default_expr(f, fn.module)}",
            )
    guards = [f"{local_var(f)} is not None" for f in rule.operands()]
    # A presence operand's variable is None when it is absent or invalid; the rule reads
    # presence, so it runs only when None means absent.
    guards += [f"({local_var(f)} is not None or {_absent(f)})" for f in rule.presence()]
    writer = RuleWriter(fn, rule, rule.message)
    condition = rule.python_condition(writer)
    sections = sorted({c.section.py_name for c in rule.columns()})
    if condition is not None and not sections:
        guards.append(f"({condition})")
    fn.add(f"if {' and '.join(guards) or 'True'}:")
    fn.depth += 1
    if sections:
        # Without the reference data the rule is unchecked, whether or not it would apply:
        # the CEL rule says the same, as its consumer checks the sections first.
        missing = " or ".join(["ref is None", *(f"ref.{s} is None" for s in sections)])
        otherwise = "else:" if condition is None else f"elif {condition}:"
        fn.add(f"if {missing}:", f"    {writer.unchecked()}", otherwise)
        fn.depth += 1
    fn.add(*rule.python(writer))
    fn.depth -= 2 if sections else 1


def _absent(field: ir.Field) -> str:
    if field.within:
        return f"_c.absent_at(obj, {literal(field.members)}, {field.nullable})"
    name = literal(field.wire_name)
    return f"obj.get({name}) is None" if field.nullable else f"{name} not in obj"


def message_check(message: ir.Message, spec: ir.Spec, module: Module) -> str:
    ref_type = "Reference | None" if spec.reference else "object"
    doc = f"Validate a {message.id} payload: (violations, unchecked rule ids, normalized or None)."
    args = [check_name(message.body)]
    envelope = message.envelope
    if envelope is not None:
        args.append(f"constants={literal(envelope.constants)}")
        args.append(f"body={literal(envelope.body)}")
        policy = message.frame_unknown_fields
        if policy is not None and policy.policy == "reject":
            known = frozenset([envelope.body, *(k for k, _ in envelope.constants)])
            args.append(f"frame={module.hoist(literal(known), 'KNOWN')}")
            args.append(f"where={literal(f'the {message.id} frame')}")
    result = "tuple[list[Violation], list[str], dict[str, object] | None]"
    wire = wire_of(message)
    typed = f"check_{message.id}" if wire is None else f"_check_{message.id}_decoded"
    lines = [
        f"def {typed}(payload: object, ref: {ref_type} = None) -> {result}:",
        f"    {docstring(doc if wire is None else 'The checks, on the payload as decoded.')}",
    ]
    if envelope is None:
        # check_message's own first step for an object, written here: a frame fewer per order.
        lines += [
            "    if type(payload) is dict:",
            "        v: list[Violation] = []",
            "        unchecked: list[str] = []",
            f"        out = {args[0]}(payload, '', ref, v, unchecked)",
            "        return v, unchecked, (None if v else out)",
        ]
    lines.append(f"    return _c.check_message(payload, ref, {', '.join(args)})")
    if wire is not None:
        module.use("Wire")
        module.use("WireNode")
        name = wire_name(message)
        sent = (
            f"Validate a {message.id} payload as it travels, read as the venue reads it"
            f" ({name}), violations at the names sent."
        )
        lines += [
            "",
            "",
            f"{name} = {wire_literal(wire)}",
            "",
            "",
            f"def check_{message.id}(payload: object, ref: {ref_type} = None) -> {result}:",
            f"    {docstring(sent)}",
            f"    return {name}.check(payload, ref, {typed})",
        ]
        if wire.batch is not None:
            one = f"One element of a {message.id} array (what its model holds), as sent."
            lines += [
                "",
                "",
                f"def check_{message.id}_item("
                f"payload: object, ref: {ref_type} = None) -> {result}:",
                f"    {docstring(one)}",
                f"    return {name}.check_item(payload, ref, {typed})",
            ]
    return "\n".join(lines)


def wire_name(message: ir.Message) -> str:
    return f"WIRE_{message.id.upper()}"


def model_check_name(message: ir.Message) -> str:
    """The check a message's model runs: one element, for a message sent in batches."""
    batch = message.wire is not None and message.wire.batch is not None
    return f"check_{message.id}_item" if batch else f"check_{message.id}"
