"""Benchmarks: `python -m bench` (see the README). Not part of the test suite."""
