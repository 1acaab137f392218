"""Admin views that change certificates, each through a service so that an event is kept."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from certifications import selectors, services
from certifications.models import Certificate
from certifications.permissions import can_revoke


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept with the certificate's history; not shown publicly."),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def certificate_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if not can_revoke(request.user):
        raise PermissionDenied
    visible = selectors.certificates_visible(request.user, Certificate.objects.all())
    certificate = get_object_or_404(visible.select_related("programme"), pk=pk)
    form = RevokeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.certificate_revoke(
                    certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Certificate %(code)s is revoked.") % {"code": certificate.code}
                )
                return redirect("certificate:inspect", certificate.pk)
        status = 400
    context = {"certificate": certificate, "form": form}
    return render(request, "certifications/admin/revoke.html", context, status=status)
