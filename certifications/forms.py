"""Forms of the learner's pages (the printed name, the practice log) and the review pages. They
only read the request; the rules (dates, lengths, names, CPD categories, who may act) are in
`certifications.records` and `certifications.services`."""

from __future__ import annotations

from uuid import uuid4

from django import forms
from django.utils.translation import gettext_lazy as _

from certifications.models import CPDCategory, PracticeEntry
from certifications.records import MAX_MINUTES, REASON_MAX_LENGTH
from certifications.services import PRINTED_NAME_MAX


class PrintedNameForm(forms.Form):
    """The name a learner chooses to print on a certificate."""

    printed_name = forms.CharField(
        label=_("Name to print"),
        max_length=PRINTED_NAME_MAX,
        help_text=_(
            "Any name you choose; it is shown on the certificate and on its public check page."
        ),
    )


class PracticeEntryForm(forms.Form):
    """One practice entry: a date, a length, a kind and a format. There is deliberately no
    free-text field: nothing about mentees is written down (DOMAIN.md 6)."""

    kind = forms.ChoiceField(
        label=_("What kind of practice"),
        choices=PracticeEntry.Kind.choices,
        error_messages={"required": _("Choose what kind of practice this was.")},
    )
    cpd_category = forms.ChoiceField(
        label=_("CPD category (only for CPD)"),
        choices=[("", _("Not CPD"))] + list(CPDCategory.choices),
        required=False,
    )
    format = forms.ChoiceField(
        label=_("How it took place"),
        choices=PracticeEntry.Format.choices,
        initial=PracticeEntry.Format.IN_PERSON,
        error_messages={"required": _("Choose how it took place.")},
    )
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Give the date."),
            "invalid": _("Give the date as year-month-day, for example 2026-03-31."),
        },
    )
    minutes = forms.IntegerField(
        label=_("Length in minutes"),
        help_text=_("For example 60 for an hour, 90 for an hour and a half."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 1, "max": MAX_MINUTES}),
        error_messages={
            "required": _("Give the length in minutes."),
            "invalid": _("Give the length as a whole number of minutes."),
        },
    )


class PracticeEntryAddForm(PracticeEntryForm):
    """A new practice entry, with the one-time token that makes sending the same form twice
    save it once (records.practice_entry_log_once). A fresh form gets a fresh token."""

    submission_token = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("This form was out of date. Please check the entry and save it again."),
            "invalid": _("This form was out of date. Please check the entry and save it again."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_token", uuid4())

    def token_renew(self) -> None:
        """After a missing or unreadable token, render a fresh one, so saving again works
        (the errors already found stay)."""
        if self.is_bound and "submission_token" in self.errors:
            self.data = self.data.copy()
            self.data["submission_token"] = str(uuid4())


class ReturnForm(forms.Form):
    """Why an entry or a sign-off request goes back: about the entry, never about mentees.
    Only labels the review pages' fields; the reason is checked by the services."""

    reason = forms.CharField(
        label=_("Why are you returning it?"),
        help_text=_("About the entry only, for example: please check the date."),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
