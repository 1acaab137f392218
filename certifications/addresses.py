"""The site's own address, for every absolute link a certificate carries: the QR code and
link printed on the PDF, the ids inside credentials and status lists, links in emails.

These are made in Celery tasks too, where there is no request, and they are signed or printed
for years, so they never come from a request's Host header (which a client chooses). The
address is, first match wins:

1. CERTIFICATIONS_SITE_URL, when set (e.g. "https://learning.example.org");
2. WAGTAILADMIN_BASE_URL, unless it is a loopback address (its development default is
   http://127.0.0.1:8000, which no one outside the server can open);
3. the root URL of Wagtail's default Site (Settings > Sites in the admin), unless loopback;
4. WAGTAILADMIN_BASE_URL as it is (a development machine).

`manage.py check --deploy` warns (certifications.W003) when the result is a loopback address.
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit

from django.conf import settings

from certifications import conf

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0", ""})
# How long one process keeps the default Site's address; saving a Site forgets it at once
# in the process that saved it (certifications.receivers), the others within this time.
SITE_ROOT_URL_TTL_SECONDS = 300

_memo: dict[str, tuple[float, str | None]] = {}
_memo_lock = threading.Lock()


def is_loopback(url: str) -> bool:
    """Whether `url` points at the machine itself (no one else can open it)."""
    host = (urlsplit(url).hostname or "").lower()
    return host in LOOPBACK_HOSTS or host.startswith("127.") or host.endswith(".localhost")


def default_site_root_url() -> str | None:
    """The root URL of Wagtail's default Site, or None without one. Kept for
    SITE_ROOT_URL_TTL_SECONDS per process (one query when it is read afresh)."""
    now = time.monotonic()
    with _memo_lock:
        cached = _memo.get("root_url")
        if cached is not None and now - cached[0] < SITE_ROOT_URL_TTL_SECONDS:
            return cached[1]
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    root_url = site.root_url if site is not None else None
    with _memo_lock:
        _memo["root_url"] = (now, root_url)
    return root_url


def default_site_forget() -> None:
    """Forget the default Site's address kept by this process (a Site was saved)."""
    with _memo_lock:
        _memo.clear()


def site_root_url() -> str:
    """The site's address, without a trailing slash (see the module docstring for the
    order). Reads the default Site only when the settings give no public address."""
    configured = conf.get("SITE_URL")
    if configured:
        return configured.rstrip("/")
    admin_base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    if admin_base and not is_loopback(admin_base):
        return admin_base
    root_url = default_site_root_url()
    if root_url and not is_loopback(root_url):
        return root_url.rstrip("/")
    return admin_base or (root_url or "").rstrip("/")


def site_url(path: str) -> str:
    """An absolute URL on this site for `path` (which starts with "/")."""
    return site_root_url() + path
