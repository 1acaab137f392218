from django.urls import path
from wagtail import hooks

from cms import views
from cms.viewsets import InvitationViewSet


@hooks.register("register_admin_viewset")
def register_invitation_viewset():
    return InvitationViewSet("invitations")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "people/<int:user_id>/reset-password/",
            views.reset_password,
            name="cms_reset_password",
        )
    ]
