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


@checks.register(checks.Tags.security, deploy=True)
def check_site_address(app_configs, **kwargs):
    from django.db import DatabaseError

    from certifications.addresses import is_loopback, site_root_url

    try:
        address = site_root_url()
    except DatabaseError:  # no tables yet (before the first migrate)
        return []
    if is_loopback(address):
        return [
            checks.Warning(
                f"Certificates would link to {address}, which only this machine can open: "
                "the QR codes on PDFs and the ids in digital badges would not work.",
                hint=(
                    "Set CERTIFICATIONS_SITE_URL or WAGTAILADMIN_BASE_URL to the site's public "
                    "address (https://…), or give the default Site its real hostname in "
                    "Settings > Sites."
                ),
                id="certifications.W003",
            )
        ]
    return []
