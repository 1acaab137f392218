from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Cohort, CoursePage


class CohortEnrolmentForm(forms.Form):
    """Enrol a cohort: the list holds only the cohorts the signed-in person manages
    (permissions.cohorts_manageable_by); a posted id outside them is refused."""

    cohort = forms.ModelChoiceField(queryset=Cohort.objects.none(), label=_("Cohort"))
    course = forms.ModelChoiceField(queryset=CoursePage.objects.live(), label=_("Course"))

    def __init__(self, *args, user, **kwargs):
        from courses.permissions import cohorts_manageable_by

        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohorts_manageable_by(user).order_by("name")


class EnrolmentCsvForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_('A header row with "username" and "course" (a course code such as M1).'),
    )
