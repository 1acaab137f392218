"""Admin for cohorts and their memberships. Listing or opening a membership shows a person's
name, so those pages announce it (`signals.person_data_listed` / `person_data_viewed`) for
the audit log (DOMAIN.md 6.4); the cohort pages themselves name no one.

Every page, filter and choice list is limited to what the signed-in person may manage
(`permissions.cohorts_manageable_by` and `people_manageable_by`, the host's rules): a
coordinator lists, opens, edits and deletes only their own cohorts' memberships, and the form
offers, and accepts, only their cohorts and their people. An object outside that scope is a
404, like one that does not exist."""

import django_filters
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from courses import signals
from courses.listing_audit import PeopleListingAnnouncedMixin
from courses.models import Cohort, CohortMembership
from courses.people import people_for_choice, person_choice_label_from
from courses.permissions import cohorts_manageable_by, people_manageable_by


class ScopedObjectMixin:
    """For a Wagtail view that opens one object (edit, delete, inspect, copy, history, usage):
    an object outside `scope(user)` is a 404, exactly like an id that does not exist. Set
    `scope` to a function `(user) -> queryset of the objects the user may open`."""

    scope = None

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not type(self).scope(self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj


class ScopedIndexMixin:
    """For a Wagtail index view: only the rows in `scope(user)` are listed (and searched)."""

    scope = None

    def get_base_queryset(self):
        allowed = type(self).scope(self.request.user).values("pk")
        return super().get_base_queryset().filter(pk__in=allowed)


def scoped(view_class, scope):
    """`view_class` (a Wagtail index view or a view of one object) limited to `scope`, a
    function `(user) -> queryset of the objects the user may see`."""
    mixin = ScopedIndexMixin if issubclass(view_class, generic.IndexView) else ScopedObjectMixin
    return type(f"Scoped{view_class.__name__}", (mixin, view_class), {"scope": staticmethod(scope)})


def memberships_manageable_by(user):
    """The memberships of the cohorts `user` manages."""
    return CohortMembership.objects.filter(cohort__in=cohorts_manageable_by(user))


def _cohorts_for_request(request):
    return cohorts_manageable_by(request.user) if request else Cohort.objects.none()


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    form_fields = ["name"]
    list_display = ["name", "created_at"]
    search_fields = ["name"]
    add_to_admin_menu = False
    # Only the cohorts of the editor's collectives (a coordinator's add form still creates
    # one; it becomes theirs when a collective is made of it).
    index_view_class = scoped(generic.IndexView, cohorts_manageable_by)
    edit_view_class = scoped(generic.EditView, cohorts_manageable_by)
    delete_view_class = scoped(generic.DeleteView, cohorts_manageable_by)
    inspect_view_class = scoped(generic.InspectView, cohorts_manageable_by)
    copy_view_class = scoped(generic.CopyView, cohorts_manageable_by)
    history_view_class = scoped(history.HistoryView, cohorts_manageable_by)
    usage_view_class = scoped(usage.UsageView, cohorts_manageable_by)


class CohortMembershipForm(WagtailAdminModelForm):
    """Cohort and person lists hold only the cohorts and people the editor manages; a posted
    id outside them is "not one of the available choices" (a 400 with nothing saved)."""

    class Meta:
        model = CohortMembership
        fields = ["cohort", "user", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        cohorts = cohorts_manageable_by(user).order_by("name")
        self.fields["cohort"].queryset = cohorts
        self.fields["user"].queryset = (
            people_for_choice(
                people_manageable_by(user).order_by("display_name", "pk"), cohorts=cohorts
            )
            if user is not None
            else self.fields["user"].queryset.none()
        )
        # Two people with the same display name are told apart (courses.people).
        self.fields["user"].label_from_instance = person_choice_label_from


class CohortMembershipFilterSet(WagtailFilterSet):
    # Wagtail's default filter would list every cohort's name; this one lists the editor's.
    cohort = django_filters.ModelChoiceFilter(queryset=_cohorts_for_request, label=_("cohort"))

    class Meta:
        model = CohortMembership
        fields = ["cohort", "role"]


class CohortMembershipIndexView(
    PeopleListingAnnouncedMixin, scoped(generic.IndexView, memberships_manageable_by)
):
    """The listing (and its filtered results): one audit entry per visit, with how many
    people this page shows."""

    listing_what = "cohort memberships listing"

    def get_base_queryset(self):
        # Each row names its person and cohort: join them rather than one query per row.
        return super().get_base_queryset().select_related("user", "cohort")


class CohortMembershipEditView(scoped(generic.EditView, memberships_manageable_by)):
    """One membership: the person it names, recorded after the permission check."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)  # sets self.object (404 if none)
        signals.person_data_viewed.send(
            sender="admin",
            viewer=request.user,
            subjects=[self.object.user],
            what="cohort membership",
        )
        return response


class CohortMembershipViewSet(ModelViewSet):
    model = CohortMembership
    icon = "user"
    menu_label = _("Cohort members")
    list_display = ["user", "cohort", "role", "joined_at"]
    filterset_class = CohortMembershipFilterSet
    add_to_admin_menu = False
    index_view_class = CohortMembershipIndexView
    edit_view_class = CohortMembershipEditView
    delete_view_class = scoped(generic.DeleteView, memberships_manageable_by)
    inspect_view_class = scoped(generic.InspectView, memberships_manageable_by)
    copy_view_class = scoped(generic.CopyView, memberships_manageable_by)
    history_view_class = scoped(history.HistoryView, memberships_manageable_by)
    usage_view_class = scoped(usage.UsageView, memberships_manageable_by)

    def get_form_class(self, for_update=False):
        return CohortMembershipForm


class LearningViewSetGroup(ViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "group"
    menu_order = 250
    items = (CohortViewSet, CohortMembershipViewSet)
