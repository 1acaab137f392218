"""Coordinator tools in the Wagtail admin that concern accounts."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from cms.roles import STAFF_ROLES, group_name
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record, audit_together

SEARCH_LIMIT = 20


def people_search(request: HttpRequest) -> HttpResponse:
    """Find a learner or mentor by username, to reset a forgotten password. There is no list of
    everyone on purpose: a coordinator looks up the one person who asked for help."""
    if not request.user.has_perm("cms.reset_learner_password"):
        raise PermissionDenied
    query = (request.GET.get("q") or "").strip()
    people = []
    if query:
        staff_groups = [group_name(role) for role in STAFF_ROLES]
        people = list(
            get_user_model()
            .objects.filter(username__istartswith=query, is_superuser=False)
            .exclude(groups__name__in=staff_groups)
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
        request, "cms/admin/people_search.html", {"query": query, "people": people}
    )
