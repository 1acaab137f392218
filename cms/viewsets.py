from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from cms.models import Invitation
from cms.roles import invitable_roles


class InvitationForm(WagtailAdminModelForm):
    """The create and edit form: the role list holds only the roles the editor may give."""

    class Meta:
        model = Invitation
        fields = ["code", "role", "cohort", "max_uses", "expires_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = invitable_roles(self.for_user)
        role = self.fields["role"]
        role.choices = [(value, label) for value, label in role.choices if value in allowed]


class InvitationCreateView(generic.CreateView):
    def save_instance(self):
        # Who issued a code is recorded, so a coordinator can be asked about it later.
        instance = self.form.save(commit=False)
        instance.created_by = self.request.user
        instance.save()
        return instance


class InvitationIndexView(generic.IndexView):
    def get_base_queryset(self):
        # The list shows each code's cohort: one join instead of one query per row.
        return super().get_base_queryset().select_related("cohort")


class InvitationViewSet(ModelViewSet):
    model = Invitation
    index_view_class = InvitationIndexView
    add_view_class = InvitationCreateView
    icon = "mail"
    menu_label = _("Invitations")
    menu_order = 255
    add_to_admin_menu = True
    list_display = ["code", "role", "cohort", "uses", "max_uses", "expires_at"]
    list_filter = ["role", "cohort"]
    search_fields = ["code"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return InvitationForm
