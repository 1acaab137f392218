"""The practice log, sign-off requests and the reviewers' queue. Thin: parse the request, call a
service in `certifications.records`, redirect (POST-redirect-GET, so a reload on a slow network
never submits twice). Problems come back as a plain page with a 4xx status, never a 500:
400 for what the person can correct, 403 for what is not theirs to do, 404 for what is not
there (or not theirs), 409 for what someone else already decided."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from certifications import permissions, records, selectors, signals
from certifications.forms import PracticeEntryAddForm, PracticeEntryForm, ReturnForm
from certifications.models import (
    ChecklistSignOff,
    PracticeEntry,
    ReviewStatus,
    SignOffChecklist,
)


def _problem(request: HttpRequest, message: str, *, back: str, status: int = 400) -> HttpResponse:
    return render(
        request,
        "certifications/practice/problem.html",
        {"message": message, "back": back},
        status=status,
    )


def _message(error: ValidationError) -> str:
    return " ".join(error.messages)


def _errors_to_form(form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form, by field where it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _practice_page(request: HttpRequest, form: PracticeEntryForm, *, status: int = 200):
    context = {
        "form": form,
        "may_log": permissions.can_log_practice(request.user),
        "may_review": permissions.can_open_review(request.user),
        "entries": selectors.practice_entries(user=request.user),
        "totals": selectors.practice_totals(user=request.user),
        "editable": records.EDITABLE,
    }
    return render(request, "certifications/practice/log.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def practice(request: HttpRequest) -> HttpResponse:
    """My practice log: entries, totals, and the form to add one."""
    if request.method in ("GET", "HEAD"):
        return _practice_page(request, PracticeEntryAddForm())
    form = PracticeEntryAddForm(request.POST)
    if form.is_valid():
        try:
            # Raises PermissionDenied (403) for anyone who may not keep a log. The same form
            # sent twice (double tap, retry, replay) saves one entry.
            _entry, created = records.practice_entry_log_once(
                user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            if created:
                messages.success(request, _("Saved. A supervisor will look at it."))
            else:
                messages.info(
                    request,
                    _("This entry was already saved, so it is not added twice. It is below."),
                )
            return redirect("certifications:practice")
    form.token_renew()
    return _practice_page(request, form, status=400)


def _own_entry(request: HttpRequest, entry_id: int) -> PracticeEntry:
    # Someone else's entry is "not found": an id never tells whose it is.
    return get_object_or_404(PracticeEntry, pk=entry_id, user=request.user)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def practice_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _own_entry(request, entry_id)
    back = reverse("certifications:practice")
    if entry.status == ReviewStatus.VERIFIED:
        return _problem(
            request, _("This entry is verified, so it stays as it is."), status=409, back=back
        )
    if request.method in ("GET", "HEAD"):
        form = PracticeEntryForm(
            initial={name: getattr(entry, name) for name in PracticeEntryForm.base_fields}
        )
        return render(request, "certifications/practice/edit.html", {"form": form, "entry": entry})
    form = PracticeEntryForm(request.POST)
    if form.is_valid():
        try:
            records.practice_entry_update(entry=entry, by=request.user, **form.cleaned_data)
        except records.AlreadyDecided as error:
            return _problem(request, _message(error), status=409, back=back)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Saved. A supervisor will look at it again."))
            return redirect("certifications:practice")
    return render(
        request, "certifications/practice/edit.html", {"form": form, "entry": entry}, status=400
    )


@require_POST
@login_required
def practice_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _own_entry(request, entry_id)
    try:
        records.practice_entry_delete(entry=entry, by=request.user)
    except records.AlreadyDecided as error:
        return _problem(
            request, _message(error), status=409, back=reverse("certifications:practice")
        )
    messages.success(request, _("The entry is removed."))
    return redirect("certifications:practice")


@require_http_methods(["GET"])
@login_required
def signoffs(request: HttpRequest) -> HttpResponse:
    """The checklists of active programmes, what each asks, who signs, and my requests."""
    context = {
        "overview": selectors.signoff_overview(user=request.user),
        "may_review": permissions.can_open_review(request.user),
    }
    return render(request, "certifications/practice/signoffs.html", context)


@require_POST
@login_required
def signoff_request(request: HttpRequest, checklist_id: int) -> HttpResponse:
    checklist = get_object_or_404(
        SignOffChecklist.objects.select_related("programme"),
        pk=checklist_id,
        programme__active=True,
    )
    try:
        records.signoff_request(user=request.user, checklist=checklist)
    except ValidationError as error:
        return _problem(request, _message(error), back=reverse("certifications:signoffs"))
    messages.success(request, _("Your request is sent. A signer will see it."))
    return redirect("certifications:signoffs")


def _review_allowed(request: HttpRequest) -> None:
    if not permissions.can_open_review(request.user):
        raise PermissionDenied(_("The review page is for mentors and supervisors."))


@require_http_methods(["GET"])
@login_required
def review(request: HttpRequest) -> HttpResponse:
    """The reviewer's queue: entries to verify, sign-off requests to sign."""
    _review_allowed(request)
    queue = selectors.review_queue(reviewer=request.user)
    people = {row.item.user for row in [*queue.entries, *queue.signoffs]}
    if people:
        signals.person_data_viewed.send(
            sender="certifications review queue",
            viewer=request.user,
            subjects=sorted(people, key=lambda user: user.pk),
            what="practice entries and sign-off requests waiting",
        )
    context = {
        "queue": queue,
        "return_form": ReturnForm(),
        "may_review": True,
    }
    return render(request, "certifications/practice/review.html", context)


def _entry_for_review(request: HttpRequest, entry_id: int) -> PracticeEntry:
    entry = get_object_or_404(PracticeEntry, pk=entry_id)
    if not permissions.can_review_entry(request.user, entry):
        raise PermissionDenied(_("You cannot review this entry."))
    return entry


@require_POST
@login_required
def entry_verify(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _entry_for_review(request, entry_id)
    back = reverse("certifications:review")
    try:
        records.practice_entry_verify(entry=entry, by=request.user)
    except records.AlreadyDecided as error:
        return _problem(request, _message(error), status=409, back=back)
    messages.success(request, _("Verified. Thank you."))
    return redirect(back)


@require_POST
@login_required
def entry_return(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _entry_for_review(request, entry_id)
    back = reverse("certifications:review")
    try:
        # The service checks the reason (required, at most 500 characters).
        records.practice_entry_return(
            entry=entry, by=request.user, reason=request.POST.get("reason", "")
        )
    except records.AlreadyDecided as error:
        return _problem(request, _message(error), status=409, back=back)
    except ValidationError as error:
        return _problem(request, _message(error), back=back)
    messages.success(request, _("Returned, with your reason."))
    return redirect(back)


def _signoff_for_review(request: HttpRequest, signoff_id: int) -> ChecklistSignOff:
    signoff = get_object_or_404(
        ChecklistSignOff.objects.select_related("user", "checklist", "checklist__programme"),
        pk=signoff_id,
    )
    if not permissions.can_sign_checklist(request.user, signoff):
        raise PermissionDenied(_("You cannot sign this checklist."))
    return signoff


def _already_decided(request: HttpRequest) -> HttpResponse:
    return _problem(
        request,
        _("This sign-off has already been decided by someone."),
        status=409,
        back=reverse("certifications:review"),
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def signoff_sign(request: HttpRequest, signoff_id: int) -> HttpResponse:
    """The checklist as checkboxes; every one must be ticked to sign."""
    signoff = _signoff_for_review(request, signoff_id)
    if signoff.status != ReviewStatus.PENDING:
        return _already_decided(request)
    context = {
        "signoff": signoff,
        "name": selectors.person_name(signoff.user),
        "items": signoff.checklist.item_list,
        "ticked": set(),
        "return_form": ReturnForm(),
    }
    if request.method in ("GET", "HEAD"):
        signals.person_data_viewed.send(
            sender="certifications sign-off page",
            viewer=request.user,
            subjects=[signoff.user],
            what="checklist sign-off request",
        )
        return render(request, "certifications/practice/sign.html", context)
    ticked = request.POST.getlist("item")
    try:
        records.signoff_sign(signoff=signoff, by=request.user, ticked=ticked)
    except records.AlreadyDecided:
        return _already_decided(request)
    except ValidationError as error:
        context.update(error=_message(error), ticked=set(ticked))
        return render(request, "certifications/practice/sign.html", context, status=400)
    messages.success(
        request,
        _("Signed “%(title)s” for %(name)s.")
        % {"title": signoff.checklist.title, "name": context["name"]},
    )
    return redirect("certifications:review")


@require_POST
@login_required
def signoff_return(request: HttpRequest, signoff_id: int) -> HttpResponse:
    signoff = _signoff_for_review(request, signoff_id)
    back = reverse("certifications:signoff_sign", args=[signoff.pk])
    try:
        records.signoff_return(
            signoff=signoff, by=request.user, reason=request.POST.get("reason", "")
        )
    except records.AlreadyDecided:
        return _already_decided(request)
    except ValidationError as error:
        return _problem(request, _message(error), back=back)
    messages.success(request, _("Returned, with your reason."))
    return redirect("certifications:review")
