"""Wagtail admin for coordinators: their collectives (region, language, coordinators, goals).

Members and mentors are the cohort's memberships (Learning > Cohort members); mentorships are
paired on the programme's own page (/programme/mentorships/), where the service checks every
rule. A coordinator sees and edits only the collectives they coordinate.

The edit and inspect pages name the collective's coordinators: each visit is one audit entry
(DOMAIN.md 6.4) with the collective and how many people it names. The listing names no one
(the cohort's name, region and language), so it records nothing."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from trauma_training import selectors
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record
from trauma_training.models import Collective


class CollectiveIndexView(generic.IndexView):
    def get_base_queryset(self):
        return selectors.collectives_coordinated(self.request.user)


class _OwnCollectiveMixin:
    """Edit and inspect only a collective the user coordinates (404 otherwise)."""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not selectors.is_coordinator_of(self.request.user, obj):
            raise Http404
        return obj


class _AuditedCollectiveMixin(_OwnCollectiveMixin):
    """One entry per visit, after the permission check and `get_object` (a collective the
    user does not coordinate is a 404 and records nothing)."""

    audit_target = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)  # the edit view sets self.object here
        people = set(self.object.coordinators.values_list("pk", flat=True)) - {request.user.pk}
        if people:
            audit_record(
                actor=request.user,
                action=AuditAction.VIEWED_PERSON_DATA,
                target=self.audit_target,
                detail={"count": len(people), "collective_id": self.object.pk},
            )
        return response


class CollectiveEditView(_AuditedCollectiveMixin, generic.EditView):
    audit_target = "admin: collective edit page"


class CollectiveInspectView(_AuditedCollectiveMixin, generic.InspectView):
    audit_target = "admin: collective"


class CollectiveDeleteView(_OwnCollectiveMixin, generic.DeleteView):
    pass


class CollectiveViewSet(ModelViewSet):
    model = Collective
    icon = "group"
    menu_label = _("Collectives")
    menu_order = 252
    add_to_admin_menu = True
    index_view_class = CollectiveIndexView
    edit_view_class = CollectiveEditView
    inspect_view_class = CollectiveInspectView
    delete_view_class = CollectiveDeleteView
    inspect_view_enabled = True
    form_fields = ["cohort", "region", "language", "coordinators", "goals"]
    list_display = ["__str__", "region", "language"]
    list_filter = ["region", "language"]
    search_fields = ["cohort__name", "region"]
