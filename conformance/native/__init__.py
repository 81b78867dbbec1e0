"""The third schema consumer: jsonschema-rs and C++ CEL (cel-expr-python), see check.py."""
