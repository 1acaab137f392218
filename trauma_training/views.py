"""Programme pages: the collective page, "my mentor", privacy choices, the mentor dashboard
and the coordinators' mentorship form. Thin: check who is asking, call a selector or a
service, POST-redirect-GET."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from cms.roles import Role
from courses.views import problem
from trauma_training import selectors, services
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record
from trauma_training.forms import MentorshipAssignForm
from trauma_training.models import Consent, Mentorship


def _message(error: ValidationError) -> str:
    return " ".join(error.messages)


@require_safe
@login_required
def programme_home(request: HttpRequest) -> HttpResponse:
    """Where the programme pages start: my collectives, my mentor, privacy, and (for mentors
    and coordinators) their pages."""
    user = request.user
    context = {
        "collectives": list(selectors.collectives_visible_to(user)),
        "is_mentor": selectors.in_group(user, Role.MENTOR),
        "coordinates": selectors.coordinates_any(user),
    }
    return render(request, "trauma_training/home.html", context)


@require_safe
@login_required
def collective_detail(request: HttpRequest, collective_id: int) -> HttpResponse:
    # Others get a 404, not a 403: whether a collective exists is not theirs to learn.
    collective = get_object_or_404(selectors.collectives_visible_to(request.user), pk=collective_id)
    view = selectors.collective_view(collective=collective)
    # The page shows other people's display names: one audit entry for the page (not one
    # per member, which a collective of sixty would turn into sixty on every visit).
    audit_record(
        actor=request.user,
        action=AuditAction.VIEWED_PERSON_DATA,
        target="collective page: members' display names",
        detail={
            "collective_id": collective.pk,
            "people": len(view.member_names) + len(view.mentor_names),
        },
    )
    return render(request, "trauma_training/collective.html", {"view": view})


@require_safe
@login_required
def my_mentor(request: HttpRequest) -> HttpResponse:
    """Who mentors me, and the gentle notes they left (seen once shown)."""
    context = {
        "mentor_names": selectors.mentor_names(mentee=request.user),
        "nudges": [
            {"name": selectors.display_name(n.mentor), "at": n.created_at, "new": not n.seen_at}
            for n in selectors.nudges_for(mentee=request.user)
        ],
        "shares_progress": selectors.consent_granted(
            user=request.user, purpose=Consent.Purpose.PROGRESS_TO_MENTOR
        ),
    }
    services.nudges_mark_seen(mentee=request.user)
    return render(request, "trauma_training/my_mentor.html", context)


@require_safe
@login_required
def privacy(request: HttpRequest) -> HttpResponse:
    """Each purpose with its notice and the person's current choice; one tap to change it."""
    current = selectors.consents_current(user=request.user)
    choices = [
        {
            "purpose": purpose,
            "label": label,
            "notice": services.NOTICES[purpose],
            "version": services.NOTICE_VERSIONS[purpose],
            "decision": current[purpose],
        }
        for purpose, label in Consent.Purpose.choices
    ]
    context = {
        "choices": choices,
        "mentor_names": selectors.mentor_names(mentee=request.user),
    }
    return render(request, "trauma_training/privacy.html", context)


@require_POST
@login_required
def consent_decide(request: HttpRequest, purpose: str) -> HttpResponse:
    if purpose not in Consent.Purpose.values:
        raise Http404
    decision = request.POST.get("decision")
    back = reverse("trauma_training:privacy")
    if decision not in ("give", "withdraw"):
        return problem(request, _("Please choose Yes or No."), back=back)
    granted = decision == "give"
    services.consent_record(
        user=request.user,
        purpose=purpose,
        granted=granted,
        language=getattr(request, "LANGUAGE_CODE", "") or get_language() or "en",
    )
    label = Consent.Purpose(purpose).label
    if granted:
        messages.success(request, _("Saved: yes to “%(choice)s”.") % {"choice": label})
    else:
        messages.success(
            request,
            _("Saved: no to “%(choice)s”. Your learning goes on just the same.")
            % {"choice": label},
        )
    return redirect(f"{back}#choice-{purpose}")


def _mentor_only(request: HttpRequest) -> None:
    if not selectors.in_group(request.user, Role.MENTOR):
        raise PermissionDenied(_("This page is for mentors."))


@require_safe
@login_required
def mentor_dashboard(request: HttpRequest) -> HttpResponse:
    _mentor_only(request)
    dashboard = selectors.mentor_dashboard(mentor=request.user)
    # Showing a mentee's progress summary is a view of their data: it goes in the audit log.
    shown = [entry.mentee for entry in dashboard.shared_mentees]
    if shown:
        services.person_data_viewed(
            actor=request.user,
            subjects=shown,
            target="mentor dashboard: progress summary",
            where="mentor_dashboard",
        )
    return render(request, "trauma_training/mentor_dashboard.html", {"dashboard": dashboard})


@require_POST
@login_required
def nudge_send(request: HttpRequest, mentee_id: int) -> HttpResponse:
    _mentor_only(request)
    back = reverse("trauma_training:mentor_dashboard")
    mentee = get_user_model().objects.filter(pk=mentee_id, is_active=True).first()
    # Not this mentor's mentee (or no such person): the same 404 either way.
    if mentee is None or not selectors.is_mentor_of(request.user, mentee):
        raise Http404
    try:
        services.nudge_send(mentor=request.user, mentee=mentee)
    except PermissionDenied as error:
        return problem(request, str(error), status=403, back=back)
    except ValidationError as error:
        status = 409 if error.code == "too_soon" else 400
        return problem(request, _message(error), status=status, back=back)
    messages.success(
        request,
        _("Your note is on its way to %(name)s.") % {"name": selectors.display_name(mentee)},
    )
    return redirect(back)


def _coordinator_only(request: HttpRequest) -> None:
    if not selectors.coordinates_any(request.user):
        raise PermissionDenied(_("This page is for coordinators."))


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def mentorships(request: HttpRequest) -> HttpResponse:
    """Coordinators pair mentors with mentees of their collectives, and end pairings."""
    _coordinator_only(request)
    form = MentorshipAssignForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.mentorship_assign(by=request.user, **form.cleaned_data)
            except PermissionDenied as error:
                return problem(request, str(error), status=403)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("%(mentor)s now mentors %(mentee)s.")
                    % {
                        "mentor": selectors.display_name(form.cleaned_data["mentor"]),
                        "mentee": selectors.display_name(form.cleaned_data["mentee"]),
                    },
                )
                return redirect("trauma_training:mentorships")
        status = 400
    rows = list(selectors.mentorships_for_coordinator(user=request.user))
    # The pairs name mentors and mentees: one audit entry per visit, with how many people.
    people = {pk for m in rows for pk in (m.mentor_id, m.mentee_id)} - {request.user.pk}
    if people:
        audit_record(
            actor=request.user,
            action=AuditAction.VIEWED_PERSON_DATA,
            target="mentorships: pairs listing",
            detail={"count": len(people), "page": 1},
        )
    context = {
        "form": form,
        "mentorships": [
            {
                "id": m.pk,
                "mentor": selectors.display_name(m.mentor),
                "mentee": selectors.display_name(m.mentee),
                "collective": m.collective,
                "started_at": m.started_at,
            }
            for m in rows
        ],
    }
    return render(request, "trauma_training/mentorships.html", context, status=status)


@require_POST
@login_required
def mentorship_end(request: HttpRequest, mentorship_id: int) -> HttpResponse:
    _coordinator_only(request)
    # Another collective's mentorship is a 404 like one that does not exist: its id tells a
    # coordinator nothing about other collectives. The service checks again.
    rows = Mentorship.objects.select_related("collective", "mentor", "mentee")
    if not request.user.is_superuser:
        rows = rows.filter(collective__in=selectors.collectives_coordinated(request.user))
    mentorship = get_object_or_404(rows, pk=mentorship_id)
    back = reverse("trauma_training:mentorships")
    try:
        services.mentorship_end(by=request.user, mentorship=mentorship)
    except PermissionDenied as error:
        return problem(request, str(error), status=403, back=back)
    except ValidationError as error:
        return problem(request, _message(error), status=409, back=back)
    messages.success(request, _("The mentorship has ended. Its history is kept."))
    return redirect(back)
