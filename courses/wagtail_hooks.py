from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from courses import admin_views
from courses.h5p.viewsets import H5PActivityViewSet
from courses.permissions import can_manage_enrolment, can_view_analytics
from courses.viewsets import LearningViewSetGroup


@hooks.register("register_admin_viewset")
def register_learning_viewsets():
    return LearningViewSetGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("learning/enrolment/", admin_views.enrolment, name="courses_admin_enrolment"),
        path("learning/analytics/", admin_views.analytics_index, name="courses_admin_analytics"),
        path(
            "learning/analytics/<id:course_id>/",
            admin_views.analytics_course,
            name="courses_admin_analytics_course",
        ),
        path(
            "learning/analytics/<id:course_id>/csv/",
            admin_views.analytics_course_csv,
            name="courses_admin_analytics_csv",
        ),
        path(
            "learning/analytics/h5p/<id:activity_id>/",
            admin_views.h5p_results,
            name="courses_admin_h5p_results",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self._check = check

    def is_shown(self, request):
        return self._check(request.user)


@hooks.register("register_admin_menu_item")
def register_enrolment_menu_item():
    return PermissionMenuItem(
        _("Enrolment"),
        reverse("courses_admin_enrolment"),
        icon_name="user",
        order=260,
        check=can_manage_enrolment,
    )


@hooks.register("register_admin_menu_item")
def register_analytics_menu_item():
    return PermissionMenuItem(
        _("Course analytics"),
        reverse("courses_admin_analytics"),
        icon_name="table",
        order=270,
        check=can_view_analytics,
    )


register_snippet(H5PActivityViewSet)


@hooks.register("register_admin_viewset")
def register_xapi_credential_viewset():
    from courses.xapi.viewsets import XAPICredentialViewSet

    return XAPICredentialViewSet("xapi_credentials")
