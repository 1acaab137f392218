"""Admin for coordinators: programmes (editable) and certificates (listed and inspected only;
issuing and revoking go through `certifications.services`, which record events)."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from certifications.models import Certificate, CertificationProgramme
from certifications.permissions import can_revoke


class CertificationProgrammeViewSet(ModelViewSet):
    model = CertificationProgramme
    icon = "success"
    menu_label = _("Programmes")
    form_fields = [
        "name",
        "code",
        "printed_title",
        "audience",
        "required_courses",
        "min_module_check_score",
        "validity_days",
        "grace_days",
        "active",
    ]
    list_display = ["name", "code", "audience", "validity_days", "active"]
    list_filter = ["audience", "active"]
    search_fields = ["name", "code"]
    add_to_admin_menu = False


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Certificates change only through the services (so every change leaves an event)."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class CertificateInspectView(InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_revoke(self.request.user) and self.object.status != Certificate.Status.REVOKED:
            url = reverse("certifications_admin_revoke", args=[self.object.pk])
            buttons.append(Button(_("Revoke"), url=url, icon_name="warning", priority=30))
        return buttons


class CertificateViewSet(ModelViewSet):
    model = Certificate
    inspect_view_class = CertificateInspectView
    icon = "doc-full"
    menu_label = _("Certificates")
    form_fields = ["printed_name"]
    list_display = ["code", "printed_name", "programme", "cycle", "issued_at", "status"]
    list_filter = ["programme", "status"]
    search_fields = ["code", "printed_name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "printed_name",
        "programme",
        "cycle",
        "issued_at",
        "expires_at",
        "status",
        "revoked_reason",
    ]
    add_to_admin_menu = False


class CertificationViewSetGroup(ViewSetGroup):
    menu_label = _("Certification")
    menu_icon = "success"
    menu_order = 280
    items = (CertificationProgrammeViewSet, CertificateViewSet)
