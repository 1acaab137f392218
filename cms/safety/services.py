"""Reads and writes for the safety features. Views stay thin and call these."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass

from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Site

from cms.safety.models import (
    DEFAULT_HELPLINES_BY_LANGUAGE,
    DEFAULT_IDLE_MINUTES,
    DEFAULT_NEUTRAL_EXIT_URL,
    DEFAULT_SITE_NAME,
    Helpline,
    SafetySettings,
)

# Session keys. Nothing here says what the person did or read: only when they last did anything.
LAST_SEEN_KEY = "safety_last_seen"
CLOSE_LOGOUT_KEY = "safety_close_logout"
# Writing the session on every request would cost a database write per page; a minute's
# precision is plenty for an idle limit counted in minutes.
TOUCH_EVERY_SECONDS = 60


def safety_settings_for_site(*, site: Site) -> SafetySettings:
    """The site's SafetySettings, created with the default helplines if the site has none yet.

    Side effects: on first read for a site, writes one SafetySettings row and its helplines.
    """
    instance = SafetySettings.objects.filter(site=site).first()
    if instance is not None:
        return instance
    with transaction.atomic():
        instance, created = SafetySettings.objects.get_or_create(site=site)
        if created:
            helplines_seed(settings=instance)
    return instance


def helplines_seed(*, settings: SafetySettings) -> list[Helpline]:
    """Give `settings` the programme's helplines (DOMAIN.md 2), in every language, if it has
    none.

    Side effects: writes up to five Helpline rows per language. Does nothing if any helpline
    exists, so an editor's own list is never overwritten.
    """
    if Helpline.objects.filter(settings=settings).exists():
        return []
    rows = []
    defaults = [row for rows_ in DEFAULT_HELPLINES_BY_LANGUAGE.values() for row in rows_]
    for order, fields in enumerate(defaults):
        helpline = Helpline(settings=settings, sort_order=order, **fields)
        helpline.full_clean()
        rows.append(helpline)
    return Helpline.objects.bulk_create(rows)


def helplines_for_reader(*, settings: SafetySettings, language: str) -> tuple[list, bool]:
    """The helplines to list for a reader of `language`, in the editors' order, and whether
    they are the English ones because that language has none yet."""
    helplines = list(settings.helplines.all())
    own = [helpline for helpline in helplines if helpline.language == language]
    if own or language == django_settings.LANGUAGE_CODE:
        return own, False
    english = [h for h in helplines if h.language == django_settings.LANGUAGE_CODE]
    return english, bool(english)


def safety_settings_for_request(request: HttpRequest) -> SafetySettings | None:
    """The settings row for the request's site (with helplines), or None without a site."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return safety_settings_for_site(site=site)


def safe_next_url(request: HttpRequest, candidate: str | None, *, default: str = "/") -> str:
    """`candidate` if it is a path or URL on this site, else `default` (never an open redirect)."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def session_touch(request: HttpRequest, *, force: bool = False) -> None:
    """Record that the signed-in person is active now.

    Side effects: writes the session (at most once a minute unless `force`).
    """
    now = int(time.time())
    last = request.session.get(LAST_SEEN_KEY)
    if force or last is None or now - last >= TOUCH_EVERY_SECONDS:
        request.session[LAST_SEEN_KEY] = now


def session_idle_expired(request: HttpRequest, *, idle_minutes: int) -> bool:
    """True if the session has seen no request for longer than `idle_minutes`."""
    last = request.session.get(LAST_SEEN_KEY)
    return last is not None and int(time.time()) - last > idle_minutes * 60


def session_close_logout_set(request: HttpRequest, *, on: bool) -> None:
    """Sign out when the browser closes (`on`), or keep the usual session length.

    Side effects: changes the session cookie's expiry and remembers the choice in the session.
    """
    request.session[CLOSE_LOGOUT_KEY] = on
    request.session.set_expiry(0 if on else None)


@dataclass(frozen=True)
class SafetyConfig:
    """What every page needs from SafetySettings (helplines are read only on "Get help now")."""

    neutral_exit_url: str = DEFAULT_NEUTRAL_EXIT_URL
    site_name: str = DEFAULT_SITE_NAME
    site_title: str = DEFAULT_SITE_NAME
    tab_title_only: bool = False
    idle_minutes: int = DEFAULT_IDLE_MINUTES

    # An editor's own name is shown as they wrote it; the programme's default neutral name is
    # in the site's catalogue, so each reader sees it in their language.
    @property
    def site_name_shown(self) -> str:
        return _localized_default(self.site_name)

    @property
    def site_title_shown(self) -> str:
        return _localized_default(self.site_title)


def _localized_default(name: str) -> str:
    from django.utils.translation import gettext

    return gettext(DEFAULT_SITE_NAME) if name == DEFAULT_SITE_NAME else name


# Every page shows the quick exit address and the neutral name, so they are kept in each
# process (per host) rather than read from the database on every request. A save writes a new
# stamp to the shared cache (CACHE_URL); processes that see another stamp read again. Without a
# shared cache, other processes see a change after CMS_SAFETY_RELOAD_SECONDS.
_STAMP_KEY = "cms.safety.settings-stamp"
_configs: dict[str, tuple[float, str | None, SafetyConfig]] = {}
_configs_lock = threading.Lock()


def _reload_seconds() -> int:
    return int(getattr(django_settings, "CMS_SAFETY_RELOAD_SECONDS", 300))


def safety_config(request: HttpRequest) -> SafetyConfig:
    """The request's site's safety settings as a SafetyConfig (defaults when no site matches).

    Side effects: may create the site's SafetySettings (see `safety_settings_for_site`).
    """
    cached = getattr(request, "_safety_config", None)
    if cached is not None:
        return cached
    host = request.get_host()
    stamp = cache.get(_STAMP_KEY)
    entry = _configs.get(host)
    now = time.monotonic()
    if (
        entry is not None
        and now - entry[0] < _reload_seconds()
        and (stamp is None or stamp == entry[1])
    ):
        config = entry[2]
    else:
        site = Site.find_for_request(request)
        config = SafetyConfig()
        if site is not None:
            row = safety_settings_for_site(site=site)
            config = SafetyConfig(
                neutral_exit_url=row.neutral_exit_url,
                site_name=row.site_name,
                site_title=row.site_title,
                tab_title_only=row.tab_title_only,
                idle_minutes=row.idle_minutes,
            )
        if stamp is None:
            stamp = secrets.token_hex(8)
            cache.add(_STAMP_KEY, stamp, timeout=None)
        with _configs_lock:
            _configs[host] = (now, stamp, config)
    request._safety_config = config
    return config


def safety_config_forget() -> None:
    """Drop the kept settings everywhere: this process now, other processes on their next
    request (through the shared stamp). Called when SafetySettings or a helpline is saved."""
    with _configs_lock:
        _configs.clear()
    cache.set(_STAMP_KEY, secrets.token_hex(8), timeout=None)
