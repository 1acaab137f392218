"""The admin form trainers use to upload an H5P package as an activity."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from courses import conf
from courses.h5p import services
from courses.h5p.validation import H5PValidationError, validate_package
from courses.models import H5PActivity


class H5PActivityForm(WagtailAdminModelForm):
    package_file = forms.FileField(
        label=gettext_lazy("H5P file"),
        required=False,
        help_text=gettext_lazy("A .h5p file exported from H5P (for example from h5p.org or Lumi)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the title inside the package.")
        package = self.instance.package if self.instance.package_id else None
        if package is None:
            self.fields["package_file"].required = True
        else:
            self.fields["package_file"].help_text = _(
                "Now: %(title)s (%(library)s %(version)s, %(state)s). Upload a new file to "
                "replace it; learners' results stay, their unfinished answers start again."
            ) % {
                "title": package.title,
                "library": package.main_library,
                "version": package.main_library_version,
                "state": package.get_state_display(),
            }
        self._package_bytes: bytes | None = None

    def clean_package_file(self):
        upload = self.cleaned_data.get("package_file")
        if not upload:
            return upload
        limit = conf.get("H5P_MAX_UPLOAD_BYTES")
        if upload.size > limit:
            raise ValidationError(
                _("This file is %(size)s MiB; the largest allowed is %(limit)s MiB.")
                % {"size": round(upload.size / 1024**2, 1), "limit": limit // 1024**2}
            )
        data = upload.read()
        try:
            validate_package(data)
        except H5PValidationError as exc:
            # Every problem, each naming the file and the rule, so a trainer can fix them all.
            raise ValidationError([str(problem) for problem in exc.problems]) from None
        self._package_bytes = data
        return upload

    def save(self, commit=True):
        activity = super().save(commit=False)
        if self._package_bytes is not None:
            activity.package = services.package_store(self._package_bytes)
        if not activity.title:
            activity.title = activity.package.title[:255]
        if activity.pk is None and self.for_user is not None:
            activity.created_by = self.for_user
        if commit:
            activity.save()
        return activity


class H5PActivityChooserForm(H5PActivityForm):
    """The same upload, in the lesson's chooser ("Upload" tab): the file, a title and the
    pass mark; the description can be added later under H5P activities."""

    field_order = ["package_file", "title", "pass_mark"]

    class Meta:
        model = H5PActivity
        fields = ["title", "pass_mark"]
