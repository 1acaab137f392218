"""Audit the installed Python environment for known vulnerabilities (pip-audit), for CI.

Fails (exit 1) when an installed package has a known vulnerability that a newer release
fixes: that is always actionable, by raising the pin in pyproject.toml. A vulnerability with
no fix yet is printed but does not fail the run; it needs a decision, not a version bump.

pip-audit looks each package up in a vulnerability database over the network (PyPI's
per-release JSON by default; `PIP_AUDIT_SERVICE=osv` for OSV). Where that database cannot be
reached, every package comes back unaudited: the audit then says so plainly and, unless
`DEPENDENCY_AUDIT_REQUIRED=1`, does not fail, because "could not look" is not "vulnerable".

Usage: .venv/bin/python .ci/dependency_audit.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def verdict(report: dict, *, required: bool = False) -> tuple[int, list[str]]:
    """The exit code and the lines to print for a `pip-audit -f json` report."""
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if "skip_reason" not in d]
    skipped = [d for d in dependencies if "skip_reason" in d]
    fixable: list[str] = []
    unfixed: list[str] = []
    for dependency in audited:
        for vuln in dependency.get("vulns", []):
            where = f"{dependency['name']} {dependency['version']}: {vuln['id']}"
            if vuln.get("fix_versions"):
                fixable.append(f"{where} (fixed in {', '.join(vuln['fix_versions'])})")
            else:
                unfixed.append(f"{where} (no fixed release yet)")

    lines = [f"dependency audit: {len(audited)} packages audited, {len(skipped)} not audited"]
    lines += [f"  VULNERABLE, fix available: {line}" for line in fixable]
    lines += [f"  vulnerable, no fix yet: {line}" for line in unfixed]
    if fixable:
        lines.append("Raise the pins in pyproject.toml to a fixed release and run `make setup`.")
        return 1, lines
    if dependencies and not audited:
        lines.append(
            "No vulnerability database could be reached from this machine, so nothing was "
            "audited: the result is unknown, not clean."
        )
        return (2 if required else 0), lines
    return 0, lines


def main() -> int:
    venv_python = Path(sys.executable)
    pip_audit = venv_python.with_name("pip-audit")
    command = [
        str(pip_audit),
        "--local",
        "--skip-editable",  # the project itself is not on PyPI
        "--format=json",
        "--progress-spinner=off",
        "--desc=off",
        f"--vulnerability-service={os.environ.get('PIP_AUDIT_SERVICE', 'pypi')}",
    ]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        print(completed.stderr.strip() or "pip-audit printed no report", file=sys.stderr)
        return 2
    code, lines = verdict(report, required=os.environ.get("DEPENDENCY_AUDIT_REQUIRED") == "1")
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
