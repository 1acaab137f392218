"""Thin views for a person's rights over their own data (docs/my-data.md)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from cms.rights import selectors, services
from cms.rights.forms import AccountDeleteForm, AccountDetailsForm
from courses.text import json_bytes


@never_cache
@login_required
@require_safe
def my_data(request: HttpRequest) -> HttpResponse:
    """What the site holds about me, section by section, and who has seen it."""
    user = request.user
    return TemplateResponse(
        request,
        "cms/rights/my_data.html",
        {
            "sections": selectors.my_data_sections(user),
            "seen": selectors.seen_by_others(user),
            "seen_count": selectors.seen_by_others_count(user),
            "can_self_erase": services.account_can_self_erase(user),
        },
    )


@never_cache
@login_required
@require_safe
def my_data_download(request: HttpRequest) -> HttpResponse:
    """Everything about me as one JSON file. My own data: not written to the audit log."""
    data = selectors.my_data_export(request.user)
    # json_bytes: a record stored before bad text was refused still downloads (escaped).
    body = json_bytes(data, cls=DjangoJSONEncoder, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"my-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_correct(request: HttpRequest) -> HttpResponse:
    """Correct my display name, language and email. Bad input: 400 with the errors shown."""
    user = request.user
    if request.method == "POST":
        form = AccountDetailsForm(request.POST)
        if form.is_valid():
            try:
                changed = services.account_details_change(user=user, **form.cleaned_data)
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                if changed:
                    # Said in the language just chosen: the next page is read in it.
                    with translation.override(user.preferred_language or None):
                        messages.success(request, _("Your details are saved."))
                else:
                    messages.info(request, _("Nothing changed."))
                return redirect("rights:my_data")
        # The user object may hold rejected values after a failed full_clean: reload it.
        user.refresh_from_db()
        return TemplateResponse(request, "cms/rights/correct.html", {"form": form}, status=400)
    form = AccountDetailsForm(
        initial={
            "display_name": user.display_name,
            "preferred_language": user.preferred_language,
            "email": user.email,
        }
    )
    return TemplateResponse(request, "cms/rights/correct.html", {"form": form})


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    """Delete my account after the password and a tick; staff are sent to an administrator."""
    user = request.user
    if not services.account_can_self_erase(user):
        status = 403 if request.method == "POST" else 200
        return TemplateResponse(request, "cms/rights/delete.html", {"staff": True}, status=status)
    if request.method == "POST":
        if services.account_erase_tries_left(user) == 0:
            return TemplateResponse(
                request, "cms/rights/delete.html", {"form": None, "paused": True}, status=429
            )
        form = AccountDeleteForm(request.POST, user=user)
        if form.is_valid():
            services.account_erase(user=user, by=user)
            logout(request)
            return TemplateResponse(request, "cms/rights/deleted.html")
        if form.has_error("password"):
            services.account_erase_try_failed(user)
        return TemplateResponse(request, "cms/rights/delete.html", {"form": form}, status=400)
    form = AccountDeleteForm(user=user)
    return TemplateResponse(request, "cms/rights/delete.html", {"form": form})
