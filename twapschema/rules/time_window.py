"""A time window between two times that may be relative: Kraken's starttm and expiretm.

Each time is a Unix timestamp in seconds ("1781169958") or ``+N``, N seconds from now ("+3600");
an absent start is now ("+0"). Without a clock only some of the venue's window rules can be
judged, and the kind judges exactly those:

- ``minimum``: end - start at least so many seconds, when both are relative or both absolute
  (a relative end against an absolute start needs the clock, and is not judged);
- ``maximum_ahead``: a relative time at most so many seconds from now (an absolute one needs
  the clock).

Any other spelling (an RFC 3339 time, which Kraken's other APIs take) is not judged either: the
rule never refuses what it cannot read. Digits are capped at 15 so that every consumer's int()
reads them exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, Field
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import Body, FieldSpecs, RefData, code, string_operand
from twapschema.runtime.checks import window_holds


class TimeWindowSyntax(RuleSyntaxBase):
    kind: Literal["time_window"]
    start: str = SyntaxField(description="The optional start (absent: now).")
    end: str
    minimum: int | None = SyntaxField(None, ge=0, description="Least seconds from start to end.")
    maximum_ahead: int | None = SyntaxField(
        None, ge=0, description="Most seconds ahead of now a relative time may be."
    )


@dataclass(frozen=True, slots=True)
class TimeWindowDrawer:
    id: str
    start: str
    end: str
    minimum: int | None
    maximum_ahead: int | None
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return (self.end,)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        if body.get(self.end) is None:
            return None
        return window_holds(body.get(self.start), body[self.end], self.minimum, self.maximum_ahead)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is False:
            body.pop(self.start, None)
            body[self.end] = f"+{self._good(draw)}"

    def _good(self, draw: Any) -> int:
        from hypothesis import strategies as st  # noqa: PLC0415

        low = self.minimum or 0
        high = self.maximum_ahead if self.maximum_ahead is not None else low + 10**6
        return int(draw(st.integers(low, max(low, high))))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        ways = [w for w, on in (("short", self.minimum), ("far", self.maximum_ahead)) if on]
        way = draw(st.sampled_from(ways))
        if way == "short":
            assert self.minimum is not None
            start = draw(st.integers(0, 10**6))
            shape = draw(st.sampled_from(["now", "relative", "absolute"]))
            # The boundary most often: one second short is where an off-by-one hides.
            gap = draw(st.one_of(st.just(self.minimum - 1), st.integers(0, self.minimum - 1)))
            if shape == "now":
                body.pop(self.start, None)
                body[self.end] = f"+{gap}"
            elif shape == "relative":
                body[self.start], body[self.end] = f"+{start}", f"+{start + gap}"
            else:
                at = 1_781_169_958 + start
                body[self.start], body[self.end] = str(at), str(at + gap)
            return
        assert self.maximum_ahead is not None
        body.pop(self.start, None)
        past = draw(st.one_of(st.just(1), st.integers(1, 10**6)))
        body[self.end] = f"+{self.maximum_ahead + past}"


@dataclass(frozen=True, slots=True)
class TimeWindow(Rule):
    start: Field
    end: Field
    minimum: int | None
    maximum_ahead: int | None

    Syntax = TimeWindowSyntax
    Drawer = TimeWindowDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, TimeWindowSyntax)
        why = "(a Unix time in seconds, or +N seconds from now)"
        start = string_operand(names, "start", names.field("start", syntax.start), why)
        end = string_operand(names, "end", names.field("end", syntax.end), why)
        if start is None or end is None:
            return None
        if start is end:
            names.problem("end", "start and end name the same field")
            return None
        if syntax.minimum is None and syntax.maximum_ahead is None:
            names.problem("minimum", "give minimum, maximum_ahead or both")
            return None
        return cls(
            rule_id, syntax.message, source, start, end, syntax.minimum, syntax.maximum_ahead
        )

    def operands(self) -> tuple[Field, ...]:
        return (self.end,)

    def presence(self) -> tuple[Field, ...]:
        return (self.start,)

    def subject(self) -> Field | None:
        return self.end

    def python(self, out: PyWriter) -> list[str]:
        start, end = out.var(self.start), out.var(self.end)
        holds = out.helper("window_holds")
        args = f"{start}, {end}, {out.lit(self.minimum)}, {out.lit(self.maximum_ahead)}"
        detail = (
            f"{out.helper('got')}(({out.lit(self.start.wire_name)}, {start}),"
            f" ({out.lit(self.end.wire_name)}, {end}))"
        )
        return [f"if {holds}({args}) is False:", f"    {out.violation(detail)}"]

    def english(self) -> str:
        s, e = code(self.start.wire_name), code(self.end.wire_name)
        parts = []
        if self.minimum is not None:
            parts.append(
                f"{e} must be at least {self.minimum} s after {s} (an absent {s} is now), where"
                " both are relative (+N) or both Unix times"
            )
        if self.maximum_ahead is not None:
            parts.append(f"a relative time (+N) may be at most {self.maximum_ahead} s ahead")
        return "; ".join(parts) + " (other spellings, and mixed ones, need the clock)."

    def drawer(self) -> object:
        return TimeWindowDrawer(
            self.id, self.start.wire_name, self.end.wire_name, self.minimum, self.maximum_ahead
        )

    def cel(self, out: CelWriter) -> str:
        s, e = out.text(self.start), out.text(self.end)
        has_s = out.present(self.start)
        rel = "'^[+][0-9]{1,15}$'"
        num = "'^[0-9]{1,15}$'"
        tests = []
        if self.minimum is not None:
            same = (
                f"({e}.matches({rel}) && (!({has_s}) || {s}.matches({rel})))"
                f" || ({e}.matches({num}) && ({has_s}) && {s}.matches({num}))"
            )
            gap = f"int({e}) - (({has_s}) ? int({s}) : 0)"
            tests.append(f"(!({same}) || {gap} >= {self.minimum})")
        if self.maximum_ahead is not None:
            ahead = self.maximum_ahead
            tests.append(f"(!{e}.matches({rel}) || int({e}) <= {ahead})")
            tests.append(f"(!({has_s}) || !{s}.matches({rel}) || int({s}) <= {ahead})")
        return " && ".join(tests)
