"""Wagtail admin for H5P activities: a snippet, so lesson blocks can choose one."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.h5p.forms import H5PActivityForm
from courses.models import H5PActivity


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "code"
    menu_label = _("H5P activities")
    menu_order = 255
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("package_type", label=_("Content type"), accessor="package.main_library"),
        Column("package_state", label=_("State"), accessor="package.get_state_display"),
        "pass_mark",
        "updated_at",
    ]
    search_fields = ["title", "description"]
    # A copy would need its own upload; trainers add the activity again instead.
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("package_file"),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("pass_mark"),
        ],
        base_form_class=H5PActivityForm,
    )

    def get_queryset(self, request):
        return H5PActivity.objects.select_related("package")
