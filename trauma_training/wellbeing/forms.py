"""Reading the few form fields these pages post. Rules live in the services; this only turns
text from the browser into objects, with a plain message when it cannot."""

from __future__ import annotations

from uuid import UUID

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from courses.models import CoursePage, ModulePage

LINK_NONE = ""


def link_value(page) -> str:
    """The value a course or module has in the "link to" choice: "course-3" or "module-7"."""
    return f"{'module' if isinstance(page, ModulePage) else 'course'}-{page.pk}"


def parse_goal_link(value: str | None) -> tuple[CoursePage | None, ModulePage | None]:
    """The course or module a goal links to, from the posted "link" value.

    Raises ValidationError for a value that is not a live course or module.
    """
    value = (value or "").strip()
    if value == LINK_NONE:
        return None, None
    kind, _sep, raw_id = value.partition("-")
    model = {"course": CoursePage, "module": ModulePage}.get(kind)
    page = None
    if model is not None and raw_id.isdigit():
        page = model.objects.live().filter(pk=int(raw_id)).first()
    if page is None:
        raise ValidationError(_("That course or module could not be found. Please pick again."))
    return (page, None) if kind == "course" else (None, page)


def parse_submission_token(value: str | None) -> UUID | None:
    """The form's one-time token (services save once per token), or None when it is missing
    or unreadable: a page from before tokens still saves, only without the double-tap guard,
    rather than losing what was typed."""
    try:
        return UUID((value or "").strip())
    except ValueError:
        return None
