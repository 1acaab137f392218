from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from cms.models import Invitation


class InvitationViewSet(ModelViewSet):
    model = Invitation
    icon = "mail"
    menu_label = _("Invitations")
    menu_order = 255
    add_to_admin_menu = True
    form_fields = ["code", "role", "cohort", "max_uses", "expires_at"]
    list_display = ["code", "role", "cohort", "uses", "max_uses", "expires_at"]
    list_filter = ["role", "cohort"]
    search_fields = ["code"]
    inspect_view_enabled = True
