"""Admin for cohorts and their memberships. Listing or opening a membership shows a person's
name, so those pages announce it (`signals.person_data_listed` / `person_data_viewed`) for
the audit log (DOMAIN.md 6.4); the cohort pages themselves name no one."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from courses import signals
from courses.listing_audit import PeopleListingAnnouncedMixin
from courses.models import Cohort, CohortMembership


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    form_fields = ["name"]
    list_display = ["name", "created_at"]
    search_fields = ["name"]
    add_to_admin_menu = False


class CohortMembershipIndexView(PeopleListingAnnouncedMixin, generic.IndexView):
    """The listing (and its filtered results): one audit entry per visit, with how many
    people this page shows."""

    listing_what = "cohort memberships listing"

    def get_base_queryset(self):
        # Each row names its person and cohort: join them rather than one query per row.
        return super().get_base_queryset().select_related("user", "cohort")


class CohortMembershipEditView(generic.EditView):
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
    index_view_class = CohortMembershipIndexView
    edit_view_class = CohortMembershipEditView
    icon = "user"
    menu_label = _("Cohort members")
    form_fields = ["cohort", "user", "role"]
    list_display = ["user", "cohort", "role", "joined_at"]
    list_filter = ["cohort", "role"]
    add_to_admin_menu = False


class LearningViewSetGroup(ViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "group"
    menu_order = 250
    items = (CohortViewSet, CohortMembershipViewSet)
