"""Hypothesis profiles for the whole suite: `ci` (default) keeps `make test` fast; `deep` is a
long local run. Choose with HYPOTHESIS_PROFILE=deep."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,  # shared CI machines stall; time is measured by the benchmarks, not here
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: CI failures reproduce
)
settings.register_profile(
    "deep",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The installed-wheel environment, built once per session for every module that uses it.
pytest_plugins = ("tests.installed",)
