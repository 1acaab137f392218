"""System checks: what certificate PDFs need from the machine.

WeasyPrint draws with Pango (a system library), and subsets fonts fast only with HarfBuzz's
subset library; without it a PDF takes over a second instead of a few hundredths
(docs/certificate-pdf.md). Both come from the system's packages, not from pip or npm, so a
missing one is reported here rather than found by a learner whose certificate never arrives.
"""

from __future__ import annotations

import ctypes.util

from django.core import checks


def pdf_engine_problem() -> str | None:
    """Why WeasyPrint cannot make PDFs here, or None."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        return f"WeasyPrint cannot load: {error}"
    return None


@checks.register()
def check_pdf_engine(app_configs, **kwargs):
    problem = pdf_engine_problem()
    if problem is not None:
        return [
            checks.Warning(
                problem,
                hint=(
                    "Certificates are issued but their PDFs are not made. Install Pango "
                    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0)."
                ),
                id="certifications.W001",
            )
        ]
    if ctypes.util.find_library("harfbuzz-subset") is None:
        return [
            checks.Warning(
                "HarfBuzz's subset library is missing: each certificate PDF takes over a "
                "second to make instead of a few hundredths.",
                hint="Debian/Ubuntu: apt-get install libharfbuzz-subset0.",
                id="certifications.W002",
            )
        ]
    return []
