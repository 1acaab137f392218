"""The one place where apps say what personal data they hold (docs/my-data.md).

Each app that stores rows about a person has a module `<app>/personal_data.py` and registers
it from its `AppConfig.ready()`:

    from cms.rights.registry import personal_data_register
    from courses import personal_data
    personal_data_register(app="courses", module=personal_data)

The module provides:

- `personal_data_summary(user) -> list[DataSection]`: the "My data" page, counts and the most
  recent items, in a fixed small number of queries (no query per row).
- `personal_data(user) -> dict[str, Any]`: the download, every row in full, keyed by section
  (keys in plain English; dates as ISO 8601 strings). Only this person's own data: never
  another person's private data.
- optionally `personal_files(user) -> list[StoredFile]`: files in storage that belong to the
  person and must be deleted with the account (after the transaction commits).
- optionally `personal_data_erase_prepare(user) -> None`: anything that must happen before the
  user row is deleted so that the cascade can run (e.g. links between the person's own rows
  that are `PROTECT`).

So `cms` never imports other apps' models for these pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import ModuleType
from typing import Any

from django.core.files.storage import Storage


@dataclass(frozen=True)
class RecentItem:
    """One line under a section of the "My data" page: when, and what in plain words."""

    when: datetime | date | None
    text: str


@dataclass(frozen=True)
class DataSection:
    """One section of the "My data" page. `order` places it among every app's sections."""

    key: str
    title: str
    order: int
    counts: list[tuple[str, int]] = field(default_factory=list)
    recent: list[RecentItem] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class StoredFile:
    """A file in a storage backend that is deleted with its owner's account."""

    storage: Storage
    name: str


@dataclass(frozen=True)
class PersonalDataProvider:
    """What one app contributes: its summary, its download and its erasure hooks."""

    app: str
    summary: Callable[[Any], list[DataSection]]
    export: Callable[[Any], dict[str, Any]]
    files: Callable[[Any], list[StoredFile]] | None = None
    erase_prepare: Callable[[Any], None] | None = None


_providers: dict[str, PersonalDataProvider] = {}


def personal_data_register(*, app: str, module: ModuleType) -> None:
    """Register `module` (an app's `personal_data.py`) under `app`. Registering the same app
    again replaces its entry, so a reloaded app does not appear twice."""
    _providers[app] = PersonalDataProvider(
        app=app,
        summary=module.personal_data_summary,
        export=module.personal_data,
        files=getattr(module, "personal_files", None),
        erase_prepare=getattr(module, "personal_data_erase_prepare", None),
    )


def personal_data_providers() -> list[PersonalDataProvider]:
    """Every registered provider, in registration (INSTALLED_APPS) order."""
    return list(_providers.values())


# Helpers the apps' modules share, so every download writes dates the same way.


def iso(value: datetime | date | None) -> str | None:
    """An ISO 8601 string for a date or datetime, or None."""
    return value.isoformat() if value is not None else None


def first_text(*parts: str, limit: int = 80) -> str:
    """The first non-empty part, cut to `limit` characters (for one line on the page)."""
    for part in parts:
        text = " ".join(str(part or "").split())
        if text:
            return text if len(text) <= limit else text[: limit - 1] + "…"
    return ""
