"""Wording overrides in the admin (Settings > Wording overrides): read-only, for admins
(superusers), like the audit log. Nothing can be added, changed or deleted here."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import WordingOverride


class WordingOverrideViewSet(ModelViewSet):
    model = WordingOverride
    icon = "warning"
    menu_label = _("Wording overrides")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["page_title", "overridden_by", "created_at", "reason"]
    inspect_view_fields = [
        "page_title",
        "page",
        "revision",
        "overridden_by",
        "created_at",
        "reason",
        "findings",
    ]
    ordering = "-created_at"
    exclude_form_fields = []

    def get_queryset(self, request):
        return WordingOverride.objects.select_related("overridden_by")
