"""The CI dependency audit's verdict on pip-audit reports (.ci/dependency_audit.py)."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "dependency_audit.py"
spec = importlib.util.spec_from_file_location("dependency_audit", SCRIPT)
dependency_audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dependency_audit)


def report(*dependencies):
    return {"dependencies": list(dependencies), "fixes": []}


def clean(name, version="1.0"):
    return {"name": name, "version": version, "vulns": []}


def test_verdict_clean_environment_passes():
    code, lines = dependency_audit.verdict(report(clean("django"), clean("wagtail")))
    assert code == 0
    assert lines == ["dependency audit: 2 packages audited, 0 not audited"]


def test_verdict_vulnerability_with_fix_fails_and_names_it():
    vulnerable = {
        "name": "django",
        "version": "5.2.1",
        "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.2", "5.1.10"], "aliases": []}],
    }
    code, lines = dependency_audit.verdict(report(vulnerable, clean("wagtail")))
    assert code == 1
    assert lines[1] == (
        "  VULNERABLE, fix available: django 5.2.1: PYSEC-2025-1 (fixed in 5.2.2, 5.1.10)"
    )


def test_verdict_vulnerability_without_fix_is_reported_but_passes():
    unfixed = {
        "name": "somelib",
        "version": "0.3",
        "vulns": [{"id": "GHSA-xxxx", "fix_versions": [], "aliases": []}],
    }
    code, lines = dependency_audit.verdict(report(unfixed))
    assert code == 0
    assert lines[1] == "  vulnerable, no fix yet: somelib 0.3: GHSA-xxxx (no fixed release yet)"


def test_verdict_unreachable_database_is_unknown_not_clean():
    skipped = {"name": "django", "skip_reason": "Dependency not found on PyPI"}
    code, lines = dependency_audit.verdict(report(skipped))
    assert code == 0
    assert lines[0] == "dependency audit: 0 packages audited, 1 not audited"
    assert "the result is unknown, not clean" in lines[-1]
    required_code, _ = dependency_audit.verdict(report(skipped), required=True)
    assert required_code == 2


def test_verdict_skipped_packages_do_not_hide_a_fixable_vulnerability():
    skipped = {"name": "private-pkg", "skip_reason": "Dependency not found on PyPI"}
    vulnerable = {
        "name": "pillow",
        "version": "10.0.0",
        "vulns": [{"id": "PYSEC-2023-175", "fix_versions": ["10.0.1"], "aliases": []}],
    }
    code, _lines = dependency_audit.verdict(report(skipped, vulnerable))
    assert code == 1
