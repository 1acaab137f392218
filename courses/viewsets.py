from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import Cohort, CohortMembership


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    form_fields = ["name"]
    list_display = ["name", "created_at"]
    search_fields = ["name"]
    add_to_admin_menu = False


class CohortMembershipViewSet(ModelViewSet):
    model = CohortMembership
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
