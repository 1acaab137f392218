from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Cohort, CoursePage


class CohortEnrolmentForm(forms.Form):
    cohort = forms.ModelChoiceField(queryset=Cohort.objects.all(), label=_("Cohort"))
    course = forms.ModelChoiceField(queryset=CoursePage.objects.live(), label=_("Course"))


class EnrolmentCsvForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_('A header row with "username" and "course" (a course code such as M1).'),
    )
