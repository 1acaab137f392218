"""Coordinator tools in the Wagtail admin that concern accounts."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record, audit_together
from trauma_training.selectors import people_manageable_by

SEARCH_LIMIT = 20


def people_search(request: HttpRequest) -> HttpResponse:
    """Find a learner or mentor by username, to reset a forgotten password. There is no list of
    everyone on purpose: a coordinator looks up the one person who asked for help.

    Only people_manageable_by(user) are searched: a coordinator finds the learners and
    mentors of the collectives they coordinate, an admin anyone. An account outside that
    reach answers exactly like no account at all, so a search cannot tell whether it exists.
    Email addresses (masked) are shown to admins only."""
    if not request.user.has_perm("cms.reset_learner_password"):
        raise PermissionDenied
    query = (request.GET.get("q") or "").strip()
    people = []
    if query:
        people = list(
            people_manageable_by(request.user)
            .filter(username__istartswith=query)
            .order_by("username")[:SEARCH_LIMIT]
        )
    # Who saw whom (DOMAIN.md 6.4): one audit entry per person listed, in one transaction.
    with audit_together():
        for person in people:
            audit_record(
                actor=request.user,
                action=AuditAction.VIEWED_PERSON_DATA,
                subject=person,
                target="find a person: search result",
            )
    return TemplateResponse(
        request,
        "cms/admin/people_search.html",
        {"query": query, "people": people, "show_email": request.user.is_superuser},
    )
