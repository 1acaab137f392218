"""Admin for invitation codes. A coordinator lists, opens and edits only the codes for the
cohorts of their collectives (and any cohort-less codes they issued before a cohort was
required), and the form offers, accepts and requires one of those cohorts: a code can never
bring someone into another collective's cohort, nor into none (issue #11). Admins see every
code and may issue cohort-less ones (for staff)."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from cms.models import Invitation
from cms.roles import invitable_roles
from courses.models import Cohort
from courses.permissions import cohorts_manageable_by
from courses.viewsets import scoped


def invitations_manageable_by(user):
    """The invitation codes `user` may list, open and edit: every code for a superuser; for
    anyone else the codes for the cohorts they manage, and cohort-less codes they issued."""
    if user.is_superuser:
        return Invitation.objects.all()
    return Invitation.objects.filter(
        Q(cohort__in=cohorts_manageable_by(user)) | Q(cohort__isnull=True, created_by=user)
    )


def _cohorts_for_request(request):
    return cohorts_manageable_by(request.user) if request else Cohort.objects.none()


class InvitationForm(WagtailAdminModelForm):
    """The create and edit form: the role list holds only the roles the editor may give, the
    cohort list only the cohorts they manage (a posted id outside them is refused)."""

    class Meta:
        model = Invitation
        fields = ["code", "role", "cohort", "max_uses", "expires_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = invitable_roles(self.for_user)
        role = self.fields["role"]
        role.choices = [(value, label) for value, label in role.choices if value in allowed]
        cohort = self.fields["cohort"]
        cohort.queryset = (
            cohorts_manageable_by(self.for_user).order_by("name")
            if self.for_user is not None
            else Cohort.objects.none()
        )
        # Someone who joins with a coordinator's code belongs to one of their collectives:
        # with no cohort they would belong to none, and no coordinator could support them.
        cohort.required = not (self.for_user is not None and self.for_user.is_superuser)


class InvitationFilterSet(WagtailFilterSet):
    # Wagtail's default filter would list every cohort's name; this one lists the editor's.
    cohort = django_filters.ModelChoiceFilter(queryset=_cohorts_for_request, label=_("cohort"))

    class Meta:
        model = Invitation
        fields = ["role", "cohort"]


class InvitationCreateView(generic.CreateView):
    def save_instance(self):
        # Who issued a code is recorded, so a coordinator can be asked about it later.
        instance = self.form.save(commit=False)
        instance.created_by = self.request.user
        instance.save()
        return instance


class InvitationIndexView(scoped(generic.IndexView, invitations_manageable_by)):
    def get_base_queryset(self):
        # The list shows each code's cohort: one join instead of one query per row.
        return super().get_base_queryset().select_related("cohort")


class InvitationViewSet(ModelViewSet):
    model = Invitation
    index_view_class = InvitationIndexView
    add_view_class = InvitationCreateView
    edit_view_class = scoped(generic.EditView, invitations_manageable_by)
    delete_view_class = scoped(generic.DeleteView, invitations_manageable_by)
    inspect_view_class = scoped(generic.InspectView, invitations_manageable_by)
    copy_view_class = scoped(generic.CopyView, invitations_manageable_by)
    history_view_class = scoped(history.HistoryView, invitations_manageable_by)
    usage_view_class = scoped(usage.UsageView, invitations_manageable_by)
    icon = "mail"
    menu_label = _("Invitations")
    menu_order = 255
    add_to_admin_menu = True
    list_display = ["code", "role", "cohort", "uses", "max_uses", "expires_at"]
    filterset_class = InvitationFilterSet
    search_fields = ["code"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return InvitationForm
