"""What the Python emitter's parts share: module state (hoisted constants, imports), one
function's body, the writer a rule kind writes its check through, and the names the parts
agree on (locals, check functions, builders)."""

from __future__ import annotations

from decimal import Decimal

from twapschema import ir, naming, regex_dialect
from twapschema.emit.pysource import literal
from twapschema.emit.python.imports import Imports
from twapschema.pointer import escape
from twapschema.rules.base import Rule
from twapschema.runtime import checks
from twapschema.runtime import models as runtime_models

CHECKS_ALIAS = "_c"  # the generated module's name for twapschema.runtime.checks


def checks_helper(name: str) -> str:
    """The generated module's expression for the validation helper ``name``; a name the
    runtime does not export fails here, at generation, not when a payload arrives."""
    if name not in checks.__all__:
        raise AssertionError(f"twapschema.runtime.checks has no helper {name!r}")
    return f"{CHECKS_ALIAS}.{name}"


# Where each name a generated module may use comes from.
_SOURCES: dict[str, str] = {
    "Decimal": "decimal",
    "Annotated": "typing",
    "Any": "typing",
    "Literal": "typing",
    "BeforeValidator": "pydantic",
    "Field": "pydantic",
    "ValidationInfo": "pydantic",
    "model_validator": "pydantic",
    "MessageEntry": "twapschema.runtime.registry",
    "Rejection": "twapschema.runtime.registry",
    "CodedReply": "twapschema.runtime.rejection",
    "Violation": "twapschema.runtime.result",
    "new_violation": "twapschema.runtime.result",
    "Wire": "twapschema.runtime.wire",
    "WireNode": "twapschema.runtime.wire",
    "ConceptField": "twapschema.translation.mapping",
    "TwapMapping": "twapschema.translation.mapping",
    **dict.fromkeys(runtime_models.__all__, "twapschema.runtime.models"),
}
_MODULES = frozenset({"enum", "re"})  # imported whole


class Module:
    """Module-level state while emitting: hoisted constants and the imports they need."""

    def __init__(self) -> None:
        self.constants: dict[str, str] = {}  # source expression -> constant name
        self.imports = Imports()
        self.imports.name("__future__", "annotations")
        self.imports.alias("twapschema.runtime", "checks", CHECKS_ALIAS)

    def use(self, name: str) -> str:
        """``name`` in the generated module, imported from where it lives."""
        if name in _MODULES:
            return self.imports.module(name)
        return self.imports.name(_SOURCES[name], name)

    def hoist(self, expression: str, stem: str) -> str:
        name = self.constants.get(expression)
        if name is None:
            name = f"_{stem}{len(self.constants)}"
            self.constants[expression] = name
        return name

    def lit(self, value: object) -> str:
        if isinstance(value, Decimal):
            self.use("Decimal")
            return self.hoist(literal(value), "DEC")
        return literal(value)

    def pattern(self, regex: str) -> str:
        # The spec's ECMA-262 pattern in Python's words ($ as \\Z, . without line
        # terminators), ASCII classes: one meaning for this validator and every schema consumer.
        text = literal(regex_dialect.python_pattern(regex))
        re_module = self.use("re")
        return self.hoist(f"{re_module}.compile({text}, {re_module}.ASCII)", "PATTERN")


class Function:
    """One generated function's body: indentation and fresh local names."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self.lines: list[str] = []
        self.depth = 1
        self.taken: set[str] = set()
        self.next_of: dict[str, int] = {}  # per stem, the next number to try: no rescans
        self.lifted: set[str] = set()  # locals of nested operands, read once per function

    def add(self, *lines: str) -> None:
        self.lines.extend("    " * self.depth + line for line in lines)

    def fresh(self, stem: str) -> str:
        # Numbered from where this stem last stopped: a scan from 0 made a 30,000-field
        # message quadratic (86 s of a 110 s generate). Same names as before, in the same order.
        n = self.next_of.get(stem, 0)
        while f"{stem}_{n}" in self.taken:
            n += 1
        self.next_of[stem] = n + 1
        self.taken.add(f"{stem}_{n}")
        return f"{stem}_{n}"


class RuleWriter:
    """The PyWriter a rule kind writes its check through."""

    def __init__(self, fn: Function, rule: Rule, message: str) -> None:
        self.fn = fn
        self.rule = rule
        self.message = message

    def var(self, field: ir.Field) -> str:
        return local_var(field)

    def lit(self, value: object) -> str:
        return self.fn.module.lit(value)

    def helper(self, name: str) -> str:
        return checks_helper(name)

    def violation(self, detail: str) -> str:
        subject = self.rule.subject()
        text = literal(self.rule.message)
        make = self.fn.module.use("new_violation")  # Violation(...), without its __new__
        if subject is None:
            return f"v.append({make}(({literal(self.rule.id)}, at, {text} + {detail})))"
        # Pointed at where the subject sits (a member of an object within, too), the pointer
        # written out whole: an invalid order makes several, and escape() per call showed.
        at = f"at + {literal(''.join('/' + escape(m) for m in subject.members))}"
        return f"v.append({make}(({literal(self.rule.id)}, {at}, {text} + {detail})))"

    def unchecked(self) -> str:
        return f"unchecked.append({literal(self.rule.id)})"

    def unlisted(self, ref: ir.ColumnRef) -> str:
        if not ref.key:
            return self.unchecked()  # a record: present whenever its section is
        # Pointed at the field that names the missing row: the rule's subject when it is one
        # of the key, else the key's last part (Bybit's [category, symbol]: the symbol).
        keys = ref.key_fields
        subject = self.rule.subject()
        named = subject if subject in keys else keys[-1]
        *above, name = named.members
        at = f"at + {literal(''.join('/' + escape(m) for m in above))}" if above else "at"
        shown = ", ".join(f"({literal(p.field.wire_name)}, {local_var(p.field)})" for p in ref.key)
        return (
            f"_c.unlisted(unchecked, {literal(self.rule.id)}, {at}, {literal(name)}, "
            f"{literal(self.rule.message)}, {literal(ref.section.name)}, _c.got({shown}))"
        )

    def ref_row(self, ref: ir.ColumnRef) -> str:
        if not ref.key:
            return f"ref.{ref.section.py_name}"
        if ref.by_row_key:
            return f"ref.{ref.section.py_name}.get({local_var(ref.key[0].field)})"
        # The one row whose columns equal the fields, from an index built when the reference
        # data was loaded (twapschema.runtime.models.ReferenceModel.LOOKUPS).
        values = ", ".join(local_var(p.field) for p in ref.key)
        return f"ref.find({self.lit(lookup_name(ref))}, ({values},))"

    def fresh(self, stem: str) -> str:
        return self.fn.fresh(stem)


def lookup_name(ref: ir.ColumnRef) -> str:
    """The name a lookup by columns has in a Reference model's LOOKUPS: 'assets:asset'."""
    columns = (p.column.py_name for p in ref.key if p.column is not None)
    return f"{ref.section.py_name}:{','.join(columns)}"


def local_var(field: ir.Field) -> str:
    return f"x_{field.py_name}"


def check_name(obj: ir.ObjectType) -> str:
    return f"_check_{naming.snake(obj.class_name)}"


def enum_members(enum: ir.EnumDef) -> str:
    return f"_{naming.snake(enum.name).upper()}_BY_WIRE"


def build_name(class_name: str) -> str:
    return f"_build_{naming.snake(class_name)}"


def model_target(message: ir.Message) -> str:
    """The class whose builder makes the message model: itself, or its shared body type."""
    if message.envelope is None and message.body.shared is not None:
        return message.body.class_name
    return message.class_name


def default_expr(field: ir.Field, module: Module) -> str:
    value = field.default
    if isinstance(field.type, ir.EnumType):
        member = next(v for v in field.type.enum.values if v.wire == value)
        return f"{field.type.enum.name}.{member.py_name}"
    if isinstance(field.type, ir.DecimalStringType | ir.DecimalNumberType | ir.NumberType):
        return module.lit(Decimal(str(value)))
    return literal(value)
