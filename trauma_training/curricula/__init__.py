"""The seeded curricula of DOMAIN.md section 2, one module per course, in catalogue order."""

from importlib import import_module

COURSE_MODULES = ["orientation", "m1", "m2", "m3", "m4", "s1", "s2"]


def load_curricula() -> list[dict]:
    return [import_module(f"{__name__}.{name}").COURSE for name in COURSE_MODULES]
