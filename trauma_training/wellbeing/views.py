"""A person's own goals, journal and check-ins, and a mentor's view of what a mentee shares.

Thin: find the person's own object (another person's is a 404), call a service, redirect
(POST-redirect-GET). Bad input is a 400 page with a plain message, never a 500. Pages are
never cached: they hold private words.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from courses.kept_text import login_required_keeping_text
from courses.views import problem
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record
from trauma_training.selectors import display_name, has_current_mentor, is_mentor_of
from trauma_training.wellbeing import selectors, services
from trauma_training.wellbeing.forms import link_value, parse_goal_link, parse_submission_token
from trauma_training.wellbeing.models import CheckIn, GoalStep
from trauma_training.wellbeing.permissions import can_use_checkin
from trauma_training.wellbeing.suggestions import GOAL_SUGGESTIONS, checkin_suggestions


def _message(error: ValidationError) -> str:
    return " ".join(error.messages)


def _own_goal(request: HttpRequest, goal_id: int):
    return get_object_or_404(selectors.goals_owned(user=request.user), pk=goal_id)


def _own_step(request: HttpRequest, goal_id: int, step_id: int) -> GoalStep:
    return get_object_or_404(
        GoalStep.objects.select_related("goal"),
        pk=step_id,
        goal_id=goal_id,
        goal__user=request.user,
    )


# Goals


def _token(request: HttpRequest) -> str:
    """The one-time token for a form on the page: the posted one when the page is shown again
    after a refusal (nothing was saved with it), else a fresh one."""
    posted = parse_submission_token(request.POST.get("submission_token"))
    return str(posted or uuid4())


def _goals_page(
    request: HttpRequest, *, error: str = "", posted: dict | None = None, status: int = 200
) -> HttpResponse:
    """My goals; after a refusal, with the message and every posted value back in the form."""
    context = {
        "goals": selectors.goals_list(user=request.user),
        "suggestions": GOAL_SUGGESTIONS,
        "link_options": [
            {
                "course": option.course,
                "title": option.title,
                "value": link_value(option.course),
                "modules": [
                    {"page": m, "title": option.module_titles[m.pk], "value": link_value(m)}
                    for m in option.modules
                ],
            }
            for option in selectors.goal_link_options()
        ],
        "error": error,
        "posted": posted or {},
        "submission_token": _token(request),
        "pick_token": str(uuid4()),
        "has_mentor": has_current_mentor(user=request.user),
    }
    return render(request, "wellbeing/goals.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required_keeping_text
def goals(request: HttpRequest) -> HttpResponse:
    """GET: my goals, a form to write one and suggestions to pick. POST: write a goal."""
    if request.method == "POST":
        try:
            course, module = parse_goal_link(request.POST.get("link"))
            goal = services.goal_create(
                user=request.user,
                title=request.POST.get("title", ""),
                why=request.POST.get("why", ""),
                course=course,
                module=module,
                submission_token=parse_submission_token(request.POST.get("submission_token")),
            )
        except ValidationError as error:
            # The form again, with everything posted in it (title, why, link), not a page
            # that keeps only part of it.
            posted = {name: request.POST.get(name, "") for name in ("title", "why", "link")}
            return _goals_page(request, error=_message(error), posted=posted, status=400)
        messages.success(request, _("Your goal is saved. Only you can see it."))
        return redirect("wellbeing:goal_detail", goal_id=goal.pk)
    return _goals_page(request)


@require_POST
@login_required_keeping_text
def goal_pick(request: HttpRequest) -> HttpResponse:
    try:
        goal = services.goal_create_from_suggestion(
            user=request.user,
            key=request.POST.get("suggestion", ""),
            submission_token=parse_submission_token(request.POST.get("submission_token")),
        )
    except ValidationError as error:
        return problem(request, _message(error), back=reverse("wellbeing:goals"))
    messages.success(request, _("Your goal is saved. Only you can see it."))
    return redirect("wellbeing:goal_detail", goal_id=goal.pk)


@never_cache
@require_safe
@login_required
def goal_detail(request: HttpRequest, goal_id: int) -> HttpResponse:
    goal = selectors.goal_detail(user=request.user, goal_id=goal_id)
    if goal is None:
        raise Http404
    return _goal_detail_page(request, goal)


def _goal_detail_page(
    request: HttpRequest, goal, *, error: str = "", step_text: str = "", status: int = 200
) -> HttpResponse:
    """A goal and its steps; after a refused step, the message and the step's words back in
    the form."""
    context = {
        "goal": goal,
        "error": error,
        "step_text": step_text,
        "submission_token": _token(request),
        "has_mentor": has_current_mentor(user=request.user),
    }
    return render(request, "wellbeing/goal_detail.html", context, status=status)


# The answer to "may a mentor assigned later see this?", asked when there is no mentor yet.
FUTURE_MENTOR_FIELD = "future_mentor"


def _share_or_ask(
    request: HttpRequest,
    *,
    share: Callable[[], object],
    back: str,
    kind: str,
    shared_now: str,
    shared_later: str,
) -> HttpResponse:
    """Share at once when the person has a mentor. With none, "your mentor can see this now"
    would not be true: ask whether a mentor assigned later may see it, and do only what the
    answer says. A "yes" is stored as the share itself (a mentor sees what is shared at the
    time they look: `selectors.shared_with_mentor`); a "no" leaves it private, so a mentor
    assigned later never sees it. `kind` is "entry", "reflection" or "goal"."""
    if has_current_mentor(user=request.user):
        share()
        messages.success(request, shared_now)
        return redirect(back)
    answer = request.POST.get(FUTURE_MENTOR_FIELD)
    if answer == "yes":
        share()
        messages.success(request, shared_later)
        return redirect(back)
    if answer == "no":
        messages.info(request, _("Nothing is shared. Only you can see it."))
        return redirect(back)
    return render(
        request,
        "wellbeing/share_no_mentor.html",
        {"action": request.path, "back": back, "kind": kind, "field": FUTURE_MENTOR_FIELD},
    )


@require_POST
@login_required_keeping_text
def goal_share(request: HttpRequest, goal_id: int) -> HttpResponse:
    goal = _own_goal(request, goal_id)
    return _share_or_ask(
        request,
        share=lambda: services.goal_share(goal=goal),
        back=reverse("wellbeing:goal_detail", kwargs={"goal_id": goal_id}),
        kind="goal",
        shared_now=_("Your mentor can see this goal now. You can stop sharing at any time."),
        shared_later=_(
            "No mentor is assigned to you yet. When one is, they will be able to see this "
            "goal. You can stop sharing at any time."
        ),
    )


@require_POST
@login_required_keeping_text
def goal_unshare(request: HttpRequest, goal_id: int) -> HttpResponse:
    services.goal_unshare(goal=_own_goal(request, goal_id))
    messages.success(request, _("This goal is private again. Only you can see it."))
    return redirect("wellbeing:goal_detail", goal_id=goal_id)


@require_POST
@login_required_keeping_text
def goal_done(request: HttpRequest, goal_id: int) -> HttpResponse:
    services.goal_mark_done(goal=_own_goal(request, goal_id))
    messages.success(request, _("Well done. You reached this goal."))
    return redirect("wellbeing:goal_detail", goal_id=goal_id)


@require_POST
@login_required_keeping_text
def goal_not_done(request: HttpRequest, goal_id: int) -> HttpResponse:
    services.goal_mark_not_done(goal=_own_goal(request, goal_id))
    messages.info(request, _("This goal is open again."))
    return redirect("wellbeing:goal_detail", goal_id=goal_id)


@require_POST
@login_required_keeping_text
def goal_delete(request: HttpRequest, goal_id: int) -> HttpResponse:
    services.goal_delete(goal=_own_goal(request, goal_id))
    messages.info(request, _("The goal is deleted."))
    return redirect("wellbeing:goals")


@require_POST
@login_required_keeping_text
def goal_step_add(request: HttpRequest, goal_id: int) -> HttpResponse:
    kept_text = request.POST.get("text", "").strip()
    goal = selectors.goals_owned(user=request.user).filter(pk=goal_id).first()
    if goal is None:  # deleted meanwhile (another tab, a shared phone): keep the words
        return problem(
            request,
            _("The goal is deleted."),
            status=404,
            back=reverse("wellbeing:goals"),
            kept_text=kept_text,
        )
    back = reverse("wellbeing:goal_detail", kwargs={"goal_id": goal_id})
    try:
        services.goal_step_add(
            goal=goal,
            text=request.POST.get("text", ""),
            submission_token=parse_submission_token(request.POST.get("submission_token")),
        )
    except ValidationError as error:
        return _goal_detail_page(
            request,
            selectors.goal_detail(user=request.user, goal_id=goal_id),
            error=_message(error),
            step_text=request.POST.get("text", ""),
            status=400,
        )
    return redirect(f"{back}#steps")


@require_POST
@login_required_keeping_text
def goal_step_done(request: HttpRequest, goal_id: int, step_id: int) -> HttpResponse:
    services.goal_step_mark_done(step=_own_step(request, goal_id, step_id))
    return redirect(reverse("wellbeing:goal_detail", kwargs={"goal_id": goal_id}) + "#steps")


@require_POST
@login_required_keeping_text
def goal_step_not_done(request: HttpRequest, goal_id: int, step_id: int) -> HttpResponse:
    services.goal_step_mark_not_done(step=_own_step(request, goal_id, step_id))
    return redirect(reverse("wellbeing:goal_detail", kwargs={"goal_id": goal_id}) + "#steps")


@require_POST
@login_required_keeping_text
def goal_step_delete(request: HttpRequest, goal_id: int, step_id: int) -> HttpResponse:
    services.goal_step_delete(step=_own_step(request, goal_id, step_id))
    return redirect(reverse("wellbeing:goal_detail", kwargs={"goal_id": goal_id}) + "#steps")


# Journal and reflections


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required_keeping_text
def journal(request: HttpRequest) -> HttpResponse:
    """GET: my journal entries and my lesson reflections. POST: write an entry."""
    if request.method == "POST":
        try:
            entry = services.journal_entry_create(
                user=request.user,
                text=request.POST.get("text", ""),
                submission_token=parse_submission_token(request.POST.get("submission_token")),
            )
        except ValidationError as error:
            context = _journal_context(request)
            context.update(error=_message(error), posted_text=request.POST.get("text", ""))
            return render(request, "wellbeing/journal.html", context, status=400)
        messages.success(request, _("Saved. Only you can see this."))
        return redirect(reverse("wellbeing:journal") + f"#entry-{entry.pk}")
    return render(request, "wellbeing/journal.html", _journal_context(request))


def _journal_context(request: HttpRequest) -> dict:
    return {
        "entries": list(selectors.journal_entries_owned(user=request.user)),
        "reflections": selectors.reflections_list(user=request.user),
        "submission_token": _token(request),
        "has_mentor": has_current_mentor(user=request.user),
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required_keeping_text
def journal_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = selectors.journal_entries_owned(user=request.user).filter(pk=entry_id).first()
    if entry is None and request.method == "POST":
        # Deleted meanwhile (another tab, a shared phone): show the words so none are lost.
        return problem(
            request,
            _("The entry is deleted."),
            status=404,
            back=reverse("wellbeing:journal"),
            kept_text=request.POST.get("text", "").strip(),
        )
    if entry is None:
        raise Http404
    if request.method == "POST":
        try:
            services.journal_entry_update(entry=entry, text=request.POST.get("text", ""))
        except ValidationError as error:
            # The edit form again with the words as posted (the entry itself is unchanged).
            context = {
                "entry": entry,
                "error": _message(error),
                "posted_text": request.POST.get("text", ""),
                "has_mentor": has_current_mentor(user=request.user),
            }
            return render(request, "wellbeing/journal_edit.html", context, status=400)
        messages.success(request, _("Your changes are saved."))
        return redirect(reverse("wellbeing:journal") + f"#entry-{entry.pk}")
    return render(
        request,
        "wellbeing/journal_edit.html",
        {"entry": entry, "has_mentor": has_current_mentor(user=request.user)},
    )


def _journal_action(request: HttpRequest, entry_id: int, action, message: str) -> HttpResponse:
    entry = get_object_or_404(selectors.journal_entries_owned(user=request.user), pk=entry_id)
    action(entry=entry)
    messages.success(request, message)
    return redirect(reverse("wellbeing:journal") + f"#entry-{entry_id}")


@require_POST
@login_required_keeping_text
def journal_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = get_object_or_404(selectors.journal_entries_owned(user=request.user), pk=entry_id)
    services.journal_entry_delete(entry=entry)
    messages.info(request, _("The entry is deleted."))
    return redirect("wellbeing:journal")


@require_POST
@login_required_keeping_text
def journal_share(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = get_object_or_404(selectors.journal_entries_owned(user=request.user), pk=entry_id)
    return _share_or_ask(
        request,
        share=lambda: services.journal_entry_share(entry=entry),
        back=reverse("wellbeing:journal") + f"#entry-{entry_id}",
        kind="entry",
        shared_now=_("Your mentor can see this entry now. You can stop sharing at any time."),
        shared_later=_(
            "No mentor is assigned to you yet. When one is, they will be able to see this "
            "entry. You can stop sharing at any time."
        ),
    )


@require_POST
@login_required_keeping_text
def journal_unshare(request: HttpRequest, entry_id: int) -> HttpResponse:
    return _journal_action(
        request,
        entry_id,
        services.journal_entry_unshare,
        _("This entry is private again. Only you can see it."),
    )


def _reflection_action(
    request: HttpRequest, reflection_id: int, action, message: str
) -> HttpResponse:
    reflection = get_object_or_404(selectors.reflections_owned(user=request.user), pk=reflection_id)
    action(user=request.user, reflection=reflection)
    messages.success(request, message)
    return redirect(reverse("wellbeing:journal") + f"#reflection-{reflection_id}")


@require_POST
@login_required_keeping_text
def reflection_share(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = get_object_or_404(selectors.reflections_owned(user=request.user), pk=reflection_id)
    return _share_or_ask(
        request,
        share=lambda: services.reflection_share(user=request.user, reflection=reflection),
        back=reverse("wellbeing:journal") + f"#reflection-{reflection_id}",
        kind="reflection",
        shared_now=_("Your mentor can see this reflection now. You can stop sharing at any time."),
        shared_later=_(
            "No mentor is assigned to you yet. When one is, they will be able to see this "
            "reflection. You can stop sharing at any time."
        ),
    )


@require_POST
@login_required_keeping_text
def reflection_unshare(request: HttpRequest, reflection_id: int) -> HttpResponse:
    return _reflection_action(
        request,
        reflection_id,
        services.reflection_unshare,
        _("This reflection is private again. Only you can see it."),
    )


# A mentor's view of what a mentee shares


@never_cache
@require_safe
@login_required
def mentee_shared(request: HttpRequest, user_id: int) -> HttpResponse:
    """What a mentee shares with their mentor now. Anyone who is not their current mentor gets
    a 404 (not a 403: it does not even say the person exists). Every view is audited."""
    mentee = get_object_or_404(get_user_model(), pk=user_id, is_active=True)
    if not is_mentor_of(request.user, mentee):
        raise Http404
    # Recorded before reading: if the log cannot be written, nothing is shown.
    audit_record(
        actor=request.user,
        action=AuditAction.VIEWED_PERSON_DATA,
        subject=mentee,
        target="shared goals and reflections",
    )
    shared = selectors.shared_with_mentor(mentee=mentee)
    context = {"name": display_name(mentee), "shared": shared}
    return render(request, "wellbeing/mentee_shared.html", context)


# Mentors' private check-in


def _checkin_refusal(request: HttpRequest) -> HttpResponse | None:
    if can_use_checkin(request.user):
        return None
    return problem(
        request,
        _(
            "The check-in is for mentors. If you need someone now, “Get help now” lists people "
            "to talk to."
        ),
        status=403,
        back=reverse("help"),
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def checkin(request: HttpRequest) -> HttpResponse:
    """GET: "How are you today?" and my own past answers. POST: record an answer."""
    refusal = _checkin_refusal(request)
    if refusal:
        return refusal
    if request.method == "POST":
        try:
            record = services.checkin_record(user=request.user, feeling=request.POST.get("feeling"))
        except ValidationError as error:
            return problem(request, _message(error), back=reverse("wellbeing:checkin"))
        return redirect("wellbeing:checkin_result", checkin_id=record.pk)
    context = {
        "feelings": CheckIn.Feeling.choices,
        "history": selectors.checkins_history(user=request.user),
    }
    return render(request, "wellbeing/checkin.html", context)


@never_cache
@require_safe
@login_required
def checkin_result(request: HttpRequest, checkin_id: int) -> HttpResponse:
    refusal = _checkin_refusal(request)
    if refusal:
        return refusal
    record = get_object_or_404(CheckIn, pk=checkin_id, user=request.user)
    context = {
        "checkin": record,
        "suggestions": checkin_suggestions(record.feeling),
    }
    return render(request, "wellbeing/checkin_result.html", context)


@require_POST
@login_required_keeping_text
def checkin_delete_all(request: HttpRequest) -> HttpResponse:
    # Not limited to mentors: anyone may delete their own check-ins, even after a role change.
    services.checkins_delete_all(user=request.user)
    messages.info(request, _("Your check-ins are deleted."))
    return redirect("wellbeing:checkin")
