"""Staff screens inside the Wagtail admin: enrolment by cohort or CSV, and course analytics."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses import analytics, charts, selectors, services
from courses.forms import CohortEnrolmentForm, EnrolmentCsvForm
from courses.h5p import selectors as h5p_selectors
from courses.models import CoursePage, H5PActivity
from courses.permissions import (
    analytics_learners_visible_to,
    can_manage_enrolment,
    can_view_analytics,
    people_manageable_by,
)


def enrolment(request: HttpRequest) -> HttpResponse:
    """Enrol a cohort, or the people a CSV names, on a course. A coordinator's cohort list
    holds only their cohorts, and a CSV row naming anyone outside their collectives fails
    like an unknown username (the whole file is refused)."""
    if not can_manage_enrolment(request.user):
        raise PermissionDenied
    cohort_form = CohortEnrolmentForm(prefix="cohort", user=request.user)
    csv_form = EnrolmentCsvForm(prefix="csv")
    report = None
    status = 200
    if request.method == "POST" and "cohort-cohort" in request.POST:
        cohort_form = CohortEnrolmentForm(request.POST, prefix="cohort", user=request.user)
        if cohort_form.is_valid():
            result = services.enrolment_bulk_by_cohort(
                cohort=cohort_form.cleaned_data["cohort"],
                course=cohort_form.cleaned_data["course"],
                enrolled_by=request.user,
            )
            messages.success(
                request,
                _("Enrolled %(n)s learners; %(m)s were already enrolled.")
                % {"n": result.enrolled, "m": result.already},
            )
            return redirect("courses_admin_enrolment")
        status = 400
    elif request.method == "POST":
        csv_form = EnrolmentCsvForm(request.POST, request.FILES, prefix="csv")
        if csv_form.is_valid():
            try:
                report = services.enrolment_csv_apply(
                    raw=csv_form.cleaned_data["file"].read(),
                    enrolled_by=request.user,
                    people=people_manageable_by(request.user),
                )
            except ValidationError as error:
                csv_form.add_error("file", error)
                status = 400
            else:
                if report.applied:
                    messages.success(
                        request,
                        _("Enrolled %(n)s learners; %(m)s were already enrolled.")
                        % {"n": report.enrolled, "m": report.already},
                    )
                    return redirect("courses_admin_enrolment")
                status = 400
        else:
            status = 400
    return TemplateResponse(
        request,
        "courses/admin/enrolment.html",
        {"cohort_form": cohort_form, "csv_form": csv_form, "report": report},
        status=status,
    )


def analytics_index(request: HttpRequest) -> HttpResponse:
    if not can_view_analytics(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "courses/admin/analytics_index.html",
        {
            "courses": selectors.analytics_courses(),
            "activities": H5PActivity.objects.order_by("title"),
        },
    )


def _course_report(request: HttpRequest, course_id: int) -> analytics.CourseReport:
    if not can_view_analytics(request.user):
        raise PermissionDenied
    # Progress is kept on the source page (courses.localization): a translated copy's address
    # reports its source, every language counted once.
    course = get_object_or_404(CoursePage, pk=course_id).source_page
    return analytics.course_report(
        course=course, learners=analytics_learners_visible_to(request.user)
    )


def analytics_course(request: HttpRequest, course_id: int) -> HttpResponse:
    """A course's aggregates as tables with charts beside them, small numbers hidden."""
    report = _course_report(request, course_id)
    return TemplateResponse(
        request,
        "courses/admin/analytics_course.html",
        {"report": report, "charts": charts.course_report_charts(report)},
    )


def analytics_course_csv(request: HttpRequest, course_id: int) -> HttpResponse:
    """The same aggregates as the page, as CSV: one line per figure, never one per person.
    Not rate-limited: it costs the page's constant handful of queries, and only staff who may
    see the page (signed in with MFA) reach it."""
    report = _course_report(request, course_id)
    response = HttpResponse(
        "".join(analytics.report_csv_lines(report)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="course-{course_id}-analytics.csv"'
    return response


def h5p_results(request: HttpRequest, activity_id: int) -> HttpResponse:
    if not can_view_analytics(request.user):
        raise PermissionDenied
    activity = get_object_or_404(H5PActivity.objects.select_related("package"), pk=activity_id)
    learners = analytics_learners_visible_to(request.user)
    results = h5p_selectors.activity_results(activity=activity, learners=learners)
    return TemplateResponse(
        request,
        "courses/admin/h5p_results.html",
        {"results": analytics.activity_report(results), "scoped": learners is not None},
    )
