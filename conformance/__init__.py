"""Consumers of the generated schemas apart from twapschema: node/ (Ajv, @bufbuild/cel) and
native/ (jsonschema-rs, C++ CEL), each checked against the conformance vectors."""
