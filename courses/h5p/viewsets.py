"""Wagtail admin for H5P activities: a snippet, so lesson blocks can choose one. The chooser
has an "Upload" tab, so a trainer adds an activity without leaving the lesson."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.h5p.forms import H5PActivityChooserForm, H5PActivityForm
from courses.models import H5PActivity


class _ForUserMixin:
    """The creation form knows who uploads (`created_by`)."""

    def get_creation_form_kwargs(self):
        return {**super().get_creation_form_kwargs(), "for_user": self.request.user}


class H5PActivityChooseView(_ForUserMixin, ChooseView):
    pass


class H5PActivityChooseResultsView(_ForUserMixin, ChooseResultsView):
    pass


class H5PActivityChooserCreateView(_ForUserMixin, SnippetCreateView):
    pass


class H5PActivityChooserViewSet(SnippetChooserViewSet):
    choose_view_class = H5PActivityChooseView
    choose_results_view_class = H5PActivityChooseResultsView
    create_view_class = H5PActivityChooserCreateView
    creation_form_class = H5PActivityChooserForm
    creation_tab_label = _("Upload")
    create_action_label = _("Upload and choose")
    create_action_clicked_label = _("Uploading…")


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "code"
    menu_label = _("H5P activities")
    menu_order = 255
    add_to_admin_menu = True
    chooser_viewset_class = H5PActivityChooserViewSet
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
