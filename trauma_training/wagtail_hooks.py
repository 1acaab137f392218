from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from trauma_training import selectors
from trauma_training.viewsets import CollectiveViewSet


@hooks.register("register_admin_viewset")
def register_collective_viewset():
    return CollectiveViewSet("collectives")


class MentorshipsMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.coordinates_any(request.user)


@hooks.register("register_admin_menu_item")
def register_mentorships_menu_item():
    return MentorshipsMenuItem(
        _("Mentorships"), reverse("trauma_training:mentorships"), icon_name="user", order=253
    )
