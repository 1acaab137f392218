from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static

from cms import admin_reports, admin_views, views
from cms.viewsets import InvitationViewSet


@hooks.register("register_admin_viewset")
def register_invitation_viewset():
    return InvitationViewSet("invitations")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("people/", admin_views.people_search, name="cms_people_search"),
        path(
            "people/<id:user_id>/reset-password/",
            views.reset_password,
            name="cms_reset_password",
        ),
    ]


class PeopleMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cms.reset_learner_password")


@hooks.register("register_admin_menu_item")
def register_people_menu_item():
    return PeopleMenuItem(
        _("Find a person"), reverse("cms_people_search"), icon_name="user", order=258
    )


@hooks.register("get_avatar_url")
def avatar_url_without_gravatar(user, size):
    """Wagtail would otherwise show each user's picture from gravatar.com, fetched by a hash
    of their email address: that would send every address's hash to a third party."""
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return None  # Wagtail shows the uploaded picture
    return versioned_static("wagtailadmin/images/default-user-avatar.png")


hooks.register("construct_reports_menu", admin_reports.hide_site_history_from_non_admins)
hooks.register(
    "construct_reports_menu", admin_reports.hide_translations_report_from_non_translators
)
