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


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def lesson_editor_after_save(request, page):
    """After the lesson editor saves: record a wording override the form accepted (with the
    revision just made), and on a full page load say what the checks found."""
    from django.contrib import messages

    from courses.models import LessonPage
    from courses.services.wording import wording_override_record

    if not isinstance(page, LessonPage):
        return None
    override = getattr(page, "_wording_override", None)
    if override is not None:
        wording_override_record(page=page, user=request.user, **override)
        page._wording_override = None
    if not request.accepts("text/html"):
        return None  # autosave: the editor stays open and shows its Checks panel on reload
    warnings = [page.completion_rule_problem(), page.completion_rule_warning()]
    if any(warnings) or getattr(page, "_has_wording_findings", False):
        messages.warning(request, _("This lesson has checks to look at: see Checks in the editor."))
    return None


def _register_wording_overrides():
    from wagtail.permissions import register_permission_policy

    from courses.models import WordingOverride
    from trauma_training.audit.viewsets import SuperuserViewOnlyPolicy

    register_permission_policy(WordingOverride, SuperuserViewOnlyPolicy(WordingOverride))


_register_wording_overrides()


@hooks.register("register_admin_viewset")
def register_wording_override_viewset():
    from courses.wording_viewsets import WordingOverrideViewSet

    return WordingOverrideViewSet("wording_overrides")


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def h5p_activity_wording_warning(request, instance):
    """After an H5P upload: the package's words that can shame a learner (a warning; the
    package is kept)."""
    from django.contrib import messages

    from courses.h5p.wording import finding_message
    from courses.models import H5PActivity

    if not isinstance(instance, H5PActivity) or not instance.package.wording_findings:
        return None
    findings = instance.package.wording_findings
    messages.warning(
        request,
        _("This package has words that can shame a learner: %(list)s")
        % {"list": "; ".join(finding_message(finding) for finding in findings[:5])},
    )
    return None
