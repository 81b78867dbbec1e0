"""atheris target for the spec loader: any bytes in, a spec or a SpecError out, nothing else.

    make fuzz            (50,000 runs from fuzz/corpus/, about 6 minutes; FUZZ_RUNS=... for more)

The corpus starts from the real specs (fuzz/corpus/), so the fuzzer mutates near-valid YAML
as well as noise. A crash (any other exception, a hang past -timeout) is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from twapschema.errors import SpecError
    from twapschema.spec.check import load_spec_text


def test_one_input(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # load_spec reads UTF-8 first; undecodable bytes never reach the loader
    try:
        load_spec_text(text, "specs/fuzz.yaml")
    except SpecError as exc:
        str(exc)  # the error must render, too


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
