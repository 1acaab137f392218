from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Cohort, CoursePage


class CohortEnrolmentForm(forms.Form):
    """Enrol a cohort: the list holds only the cohorts the signed-in person manages
    (permissions.cohorts_manageable_by); a posted id outside them is refused."""

    cohort = forms.ModelChoiceField(queryset=Cohort.objects.none(), label=_("Cohort"))
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), label=_("Course"))

    def __init__(self, *args, user, **kwargs):
        from courses.localization import source_pages_only
        from courses.permissions import cohorts_manageable_by

        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohorts_manageable_by(user).order_by("name")
        # Each course once: enrolment is on the source page, whatever language it is read in.
        self.fields["course"].queryset = source_pages_only(CoursePage.objects.live()).order_by(
            "path"
        )


class EnrolmentCsvForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_('A header row with "username" and "course" (a course code such as M1).'),
    )
