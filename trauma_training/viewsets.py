"""Wagtail admin for coordinators: their collectives (region, language, coordinators, goals).

Members and mentors are the cohort's memberships (Learning > Cohort members); mentorships are
paired on the programme's own page (/programme/mentorships/), where the service checks every
rule. A coordinator sees and edits only the collectives they coordinate.

The edit and inspect pages name the collective's coordinators: each visit is one audit entry
(DOMAIN.md 6.4) with the collective and how many people it names. The listing names no one
(the cohort's name, region and language), so it records nothing."""

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from trauma_training import selectors
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record
from trauma_training.models import Collective


def cohorts_for_collective_form(user, collective: Collective | None):
    """The cohorts a collective of `user`'s may be made of: every cohort for a superuser; for a
    coordinator the collective's own cohort and cohorts that belong to no collective and have
    no one in them yet (a new cohort). Never a cohort with people in it that the coordinator
    does not coordinate: making a collective of it would hand them its people."""
    from courses.models import Cohort

    if user.is_superuser:
        return Cohort.objects.all()
    fresh = Q(collective__isnull=True, memberships__isnull=True)
    if collective is not None and collective.pk:
        fresh |= Q(pk=collective.cohort_id)
    return Cohort.objects.filter(fresh).distinct().order_by("name")


class CollectiveForm(WagtailAdminModelForm):
    """The collective form: the cohort list holds only cohorts the editor may use (see
    cohorts_for_collective_form); a posted id outside them is refused."""

    class Meta:
        model = Collective
        fields = ["cohort", "region", "language", "coordinators", "goals"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["cohort"].queryset = cohorts_for_collective_form(
                self.for_user, self.instance
            )


class CollectiveCreateView(generic.CreateView):
    def save_instance(self):
        instance = super().save_instance()
        # A coordinator's new collective is theirs: without this it would vanish from their
        # list the moment it is saved.
        if not self.request.user.is_superuser:
            instance.coordinators.add(self.request.user)
        return instance


class CollectiveIndexView(generic.IndexView):
    def get_base_queryset(self):
        return selectors.collectives_coordinated(self.request.user)


class _OwnCollectiveMixin:
    """Open (edit, inspect, copy, delete, history, usage) only a collective the user
    coordinates (404 otherwise)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
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


class CollectiveCopyView(_OwnCollectiveMixin, generic.CopyView):
    pass


class CollectiveHistoryView(_OwnCollectiveMixin, history.HistoryView):
    pass


class CollectiveUsageView(_OwnCollectiveMixin, usage.UsageView):
    pass


class CollectiveViewSet(ModelViewSet):
    model = Collective
    icon = "group"
    menu_label = _("Collectives")
    menu_order = 252
    add_to_admin_menu = True
    index_view_class = CollectiveIndexView
    add_view_class = CollectiveCreateView
    edit_view_class = CollectiveEditView
    inspect_view_class = CollectiveInspectView
    delete_view_class = CollectiveDeleteView
    copy_view_class = CollectiveCopyView
    history_view_class = CollectiveHistoryView
    usage_view_class = CollectiveUsageView
    inspect_view_enabled = True
    list_display = ["__str__", "region", "language"]
    list_filter = ["region", "language"]
    search_fields = ["cohort__name", "region"]

    def get_form_class(self, for_update=False):
        return CollectiveForm
