"""The JSON Schemas and their CEL rules consumed as a team in another language would: not on the
order path, but the independent oracle the property suites, the fuzz tests and the conformance
vectors compare ``twapschema.validate`` with. Needs the ``dev`` extra (jsonschema,
rfc3339-validator, cel-python).

- ``verdict.py``: schema errors mapped to rule ids through the ``x-twapschema`` annotations,
  then the rules under ``x-twapschema-rules``;
- ``cel_library.py``: the exact decimal functions those rules call, for cel-python.
"""

from twapschema.schema_consumer.verdict import verdict

__all__ = ["verdict"]
