"""The docs emitter: pages from the specs, safe Markdown, verdicts from the validator."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import twapschema
from tests.conftest import ROOT, VENUES
from twapschema.emit.docs import cell, code, fenced, pages, prose

PAGES = pages(ROOT)


def test_every_venue_has_a_page_and_there_is_a_comparison() -> None:
    assert set(PAGES) == {"comparison.md", "translation.md", *(f"venues/{v}.md" for v in VENUES)}


def test_translation_page_shows_feasibility_run_at_build_time() -> None:
    page = PAGES["translation.md"]
    assert "| ondo | accepted |" in page
    assert "160 children every 30 s over 4800 s" in page
    assert "max_price 160: the venue has no price limit" in page


@pytest.mark.parametrize("text", ["a | b", "line\nbreak", "<script>alert(1)</script>", "`x`"])
def test_cells_cannot_break_a_table(text: str) -> None:
    for rendered in (cell(text), code(text)):
        assert "|" not in rendered
        assert "\n" not in rendered
        assert "<script>" not in rendered


def test_prose_keeps_backticked_words_as_code_and_nothing_else() -> None:
    assert prose("use `add_twap` | <b>") == "use <code>add_twap</code> &#124; &lt;b&gt;"


def test_fences_outlast_their_content() -> None:
    assert fenced("```\nx\n```").startswith("````json\n")


def _section(page: str, message: str) -> str:
    start = page.index(f"## {message} {{ #{message} }}")
    following = page.find("\n## ", start + 1)
    return page[start : following if following != -1 else None]


def test_invalid_examples_show_what_the_validator_reports() -> None:
    section = _section(PAGES["venues/qfex.md"], "add_twap")
    # The spec's 29-second example: the page shows the validator's own message for it.
    payload = {
        "type": "add_twap",
        "params": {
            "symbol": "AAPL-USD",
            "side": "SELL",
            "total_quantity": 10,
            "num_orders": 5,
            "order_interval_secs": 29,
            "reduce_only": False,
        },
    }
    reference = twapschema.load_reference(ROOT / "examples" / "reference.yaml")
    [violation] = twapschema.validate("qfex", "add_twap", payload, reference=reference).violations
    row = f"| {code(violation.rule)} | {code(violation.path)} | {cell(violation.message)} |"
    assert row in section
    assert "The venue's likely reply (a prediction)" in section


def test_field_table_and_rules_of_ondo() -> None:
    section = _section(PAGES["venues/ondo.md"], "create_twap_order")
    assert "| <code>runningTime</code> | integer (seconds) | yes |" in section
    assert "<code>runningTime.maximum</code>" in section
    assert "<code>child_order_count</code>" in section
    assert "int(self.runningTime) &gt;= 2 * int(self.frequency)" in section
    assert "[JSON Schema](../schemas/ondo/create_twap_order.schema.json)" in section


def test_comparison_names_each_venues_field_for_each_idea() -> None:
    page = PAGES["comparison.md"]
    rows = {line.split(" | ")[0].strip("| "): line for line in page.splitlines()}
    assert "<code>order_interval_secs</code>" in rows["Interval between children"]
    assert "<code>frequency</code>" in rows["Interval between children"]
    assert "<code>runningTime</code>" in rows["Duration"]
    assert "<code>is_buy</code>" in rows["Side"]
    # Only Ondo has a maximum price whatever the side (OKX's pxLimit, Kraken's and Binance's
    # limit prices bound one side each: no concept).
    assert rows["Maximum price"].count("—") == len(VENUES) - 1
    assert "<code>maxPrice</code>" in rows["Maximum price"]
    assert "m must be at least 5 minutes" in rows["Duration"]  # Hyperliquid counts minutes
    assert "interval must be one of 5, 10, 15, 30, 60, 120 seconds" in rows["Interval"]  # Bybit
    # dYdX's timing is nested in twap_parameters; the comparison finds it there.
    assert "twap_parameters.interval must be at least 30 seconds" in rows["Interval"]
    header = next(line for line in page.splitlines() if line.startswith("| | "))
    assert header == (
        "| | Aevo | Binance Algo trading | Bybit | dYdX v4 | Hyperliquid | Kraken (spot) | OKX |"
        " Ondo Perps | QFEX |"
    )


def test_every_internal_anchor_exists() -> None:
    for path, page in PAGES.items():
        anchors = set(re.findall(r"\{ #([\w-]+) \}", page))
        for target in re.findall(r"\]\(#([\w-]+)\)", page):
            if path.startswith("venues/"):
                assert target in anchors, (path, target)


def test_what_is_not_checked_is_listed_in_the_spec_the_page_the_schema_and_the_readme() -> None:
    from twapschema import ir
    from twapschema.spec.check import load_specs

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What no pre-trade validator can check") :]
    section = section[: section.index("\n## ", 1)]
    site = pages(ROOT)
    for spec in load_specs(ROOT / "specs"):
        create = ir.create_request(spec)
        assert create is not None
        assert create.not_checked, f"{spec.venue.id}: {create.id} lists nothing not checked"
        assert spec.venue.name.split()[0] in section, spec.venue.id
        assert "### Not checked here" in site[f"venues/{spec.venue.id}.md"]
        for m in spec.messages:
            schema = twapschema.json_schema(spec.venue.id, m.id)
            listed = schema["x-twapschema"].get("not_checked", [])
            assert [n["rule"] for n in listed] == [n.rule for n in m.not_checked]


def test_the_readme_quick_start_runs_and_prints_what_it_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Quick start")
    assert start < readme.index("## Two commands")  # the README opens with it
    block = re.search(r"```python\n(.*?)```", readme[start:], re.DOTALL)
    assert block is not None
    source = block.group(1)
    assert len(source.splitlines()) <= 10
    exec(compile(source, "README.md quick start", "exec"), {})  # noqa: S102 - our own README
    printed = capsys.readouterr().out.splitlines()
    said = [line.split("# ", 1)[1] for line in source.splitlines() if "print(" in line]
    assert printed == said


def test_the_readme_serve_fixture_runs_as_a_test_suite(tmp_path: Path) -> None:
    """The README's pytest fixture for `twapschema serve`, run as a user's suite would."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## A local stand-in for each venue")
    block = re.search(r"```python\n(.*?)```", readme[start:], re.DOTALL)
    assert block is not None
    (tmp_path / "test_gateway.py").write_text(block.group(1), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_the_docs_stand_in_page_is_the_readmes_section() -> None:
    # One text in two places: the docs page must not drift from the README.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## A local stand-in for each venue")
    section = readme[start : readme.index("## Command line")].rstrip() + "\n"
    page = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    assert page == section[1:]  # its title one level up: "# A local stand-in ..."


def test_a_venue_page_says_how_its_signature_is_computed_and_its_alternatives() -> None:
    okx = PAGES["venues/okx.md"]
    assert (
        "Signature: HMAC-SHA256, base64, in header <code>OK-ACCESS-SIGN</code>, over header"
        " <code>OK-ACCESS-TIMESTAMP</code> + method + path?query + body; a wrong one gets"
        " <code>error_response</code>"
    ) in okx
    aevo = PAGES["venues/aevo.md"]
    assert "- **Or** (<code>hmac-headers</code>)" in aevo
    assert (
        "header <code>AEVO-KEY</code> + <code>,</code> + header <code>AEVO-TIMESTAMP</code>" in aevo
    )
    assert "Secret: header <code>AEVO-SECRET</code> carries the API secret itself" in aevo


def test_a_request_section_says_what_the_stand_in_answers() -> None:
    section = _section(PAGES["venues/kraken.md"], "query_strategies")
    assert "### The stand-in's reply" in section
    assert (
        "- it lists every order held, those <code>/strategy_ids</code> names at"
        " <code>/result/strategies</code> keyed by <code>/strategy_id</code>"
    ) in section
    cancel = _section(PAGES["venues/okx.md"], "cancel_algos")
    assert "- it cancels the open order <code>/algoId</code> names (its venue id)" in cancel
