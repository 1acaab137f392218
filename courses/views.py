"""Learner-facing actions. Thin: parse the request, call a service, redirect (POST-redirect-GET
so that a reload on a slow network never submits twice)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from cms.crypto import DecryptionError
from courses import conf, selectors, services, signals, voice_notes
from courses.kept_text import login_required_keeping_text
from courses.models import CoursePage, LessonPage, ModulePage
from courses.services.voice_notes import voice_note_too_big_message


def problem(
    request: HttpRequest,
    message: str,
    *,
    status: int = 400,
    back: str | None = None,
    kept_text: str = "",
):
    """A plain page that says what went wrong and how to go back, with a 4xx status. Text the
    learner typed is shown again (`kept_text`), so a slow or shared phone loses nothing."""
    return render(
        request,
        "courses/problem.html",
        {
            "message": message,
            "back": back or request.META.get("HTTP_REFERER") or "/",
            "kept_text": kept_text,
        },
        status=status,
    )


def _validation_message(error: ValidationError) -> str:
    return " ".join(error.messages)


@require_safe
@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    context = {"learning": selectors.my_learning(user=request.user)}
    return render(request, "courses/my_learning.html", context)


@require_POST
@login_required_keeping_text
def course_enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    # Any language's copy of the course may be posted; the enrolment is on its source page.
    shown = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.enrolment_create(user=request.user, course=shown.source_page)
    except ValidationError as error:
        return problem(request, _validation_message(error), back=shown.url)
    messages.success(request, _("You have joined “%(title)s”.") % {"title": shown.title})
    return redirect(shown.url)


@require_POST
@login_required_keeping_text
def course_unenrol(request: HttpRequest, course_id: int) -> HttpResponse:
    shown = get_object_or_404(CoursePage, pk=course_id)
    services.enrolment_withdraw(user=request.user, course=shown.source_page)
    messages.info(
        request,
        _("You have left “%(title)s”. Your progress is kept if you join again.")
        % {"title": shown.title},
    )
    return redirect(shown.url)


def _lesson_for_learner(request: HttpRequest, lesson_id: int) -> LessonPage:
    """The source page of the lesson `lesson_id` (any language's copy), if the learner may
    work in it. Its URL opens in the reader's language."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id).source_page
    course = lesson.get_course()
    refusal = selectors.lesson_access_refusal(user=request.user, course=course)
    if refusal:
        raise PermissionDenied(refusal)
    return lesson


@require_POST
@login_required_keeping_text
def lesson_done(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _lesson_for_learner(request, lesson_id)
    services.lesson_mark_viewed(user=request.user, lesson=lesson)
    view = selectors.lesson_detail(lesson=lesson, user=request.user)
    if view.completed:
        messages.success(request, _("Well done. This lesson is complete."))
        return redirect(view.next_url)
    return redirect(lesson.url)


@require_POST
@login_required_keeping_text
def quiz_submit(request: HttpRequest, page_id: int, block_id: str) -> HttpResponse:
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    if not isinstance(page, LessonPage | ModulePage):
        return problem(request, _("There is no quiz here."), status=404)
    # Scored on the source copy: the same questions, options and answers in every language.
    page = page.source_page
    course = page.get_course()
    refusal = selectors.lesson_access_refusal(user=request.user, course=course)
    if refusal:
        return problem(request, refusal, status=403, back=course.url)
    answers: dict[int, list[int]] = {}
    for key in request.POST:
        if not key.startswith("q"):
            continue
        try:
            answers[int(key[1:])] = [int(value) for value in request.POST.getlist(key)]
        except ValueError:
            return problem(request, _("The answers could not be read. Please try again."))
    try:
        attempt = services.quiz_attempt_submit(
            user=request.user, page=page, block_id=block_id, answers=answers
        )
    except ValidationError as error:
        return problem(request, _validation_message(error), back=page.url)
    return redirect(f"{page.url}?attempt={attempt.pk}#quiz-{block_id}")


def _reflections_save(
    request: HttpRequest, lesson: LessonPage, texts: dict[str, str], focus: str
) -> HttpResponse:
    try:
        services.reflections_submit(user=request.user, lesson=lesson, texts=texts)
    except ValidationError as error:
        return problem(
            request,
            _validation_message(error),
            back=lesson.url,
            kept_text="\n\n".join(text.strip() for text in texts.values() if text.strip()),
        )
    messages.success(request, _("Saved. Only you can see this."))
    anchor = f"#reflection-{focus}" if focus in texts else ""
    return redirect(f"{lesson.url}{anchor}")


@require_POST
@login_required_keeping_text
def reflections_submit(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """Every reflection box of the lesson, whichever "Save my thoughts" was tapped (its block
    id comes as `focus`, to return to that box)."""
    lesson = _lesson_for_learner(request, lesson_id)
    prefix = "reflection-"
    texts = {
        name.removeprefix(prefix): request.POST.get(name, "")
        for name in request.POST
        if name.startswith(prefix)
    }
    return _reflections_save(request, lesson, texts, request.POST.get("focus", ""))


@require_POST
@login_required_keeping_text
def reflection_submit(request: HttpRequest, lesson_id: int, block_id: str) -> HttpResponse:
    """One box, as posted by lesson pages from before every Save saved all boxes (a page left
    open, or kept by the phone)."""
    lesson = _lesson_for_learner(request, lesson_id)
    return _reflections_save(request, lesson, {block_id: request.POST.get("text", "")}, block_id)


def _wants_json(request: HttpRequest) -> bool:
    # The recorder's script asks for JSON; the plain form (a file from the phone's own
    # recorder, without the script) gets pages.
    return "application/json" in request.headers.get("Accept", "")


def _voice_note_refusal(request: HttpRequest, message: str, status: int, back: str):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=status)
    return problem(request, message, status=status, back=back)


@require_POST
def voice_note_submit(request: HttpRequest, lesson_id: int, block_id: str) -> HttpResponse:
    if not request.user.is_authenticated and _wants_json(request):
        # The recorder's script: a sign-in page is no answer it can read, and "check the
        # connection" would not be true.
        return JsonResponse(
            {
                "error": _(
                    "You were signed out, so this recording is not saved. Please sign in "
                    "again and record it once more."
                )
            },
            status=401,
        )
    return _voice_note_submit(request, lesson_id, block_id)


@login_required_keeping_text
def _voice_note_submit(request: HttpRequest, lesson_id: int, block_id: str) -> HttpResponse:
    lesson = _lesson_for_learner(request, lesson_id)
    back = f"{lesson.url}#reflection-{block_id}"
    # Refused before the body is read, so a huge upload never fills the disk.
    limit = conf.get("VOICE_NOTE_MAX_BYTES") + 64 * 1024
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        return _voice_note_refusal(request, voice_note_too_big_message(), 413, back)
    try:
        services.voice_note_save(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            upload=request.FILES.get("audio"),
            token=request.POST.get("token", ""),
        )
    except services.VoiceNoteRefused as error:
        return _voice_note_refusal(request, _validation_message(error), error.status, back)
    message = _("Your voice note is saved. Only you can listen to it.")
    # Shown on the lesson page the script reloads, or the plain form is sent back to.
    messages.success(request, message)
    if _wants_json(request):
        return JsonResponse({"message": message, "next": back}, status=201)
    return redirect(back)


@require_safe
@login_required
def voice_note_audio(request: HttpRequest, note_id: int) -> HttpResponse:
    note = selectors.voice_note_for_listener(user=request.user, note_id=note_id)
    if note is None:
        raise Http404
    try:
        with voice_notes.voice_note_storage().open(note.file_name, "rb") as stored:
            audio = voice_notes.unseal(stored.read())
    except (OSError, DecryptionError):
        return problem(request, _("This voice note cannot be played any more. Sorry."), status=410)
    response = HttpResponse(audio, content_type=note.content_type)
    response["Content-Disposition"] = "inline"
    # Nobody's browser or proxy keeps a copy, even one shared by the family.
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required_keeping_text
def voice_note_delete(request: HttpRequest, note_id: int) -> HttpResponse:
    note = selectors.voice_note_for_listener(user=request.user, note_id=note_id)
    if note is None:
        raise Http404
    lesson = note.lesson.specific
    services.voice_note_delete(user=request.user, note=note)
    messages.success(request, _("Your voice note is deleted."))
    return redirect(f"{lesson.url}#reflection-{note.block_id}")


@require_POST
@login_required_keeping_text
def signoff_request(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _lesson_for_learner(request, lesson_id)
    try:
        services.signoff_request(user=request.user, lesson=lesson)
    except ValidationError as error:
        return problem(request, _validation_message(error), back=lesson.url)
    messages.success(request, _("Your mentor will see that you are ready."))
    return redirect(lesson.url)


@require_safe
@login_required
def signoff_queue(request: HttpRequest) -> HttpResponse:
    queue = selectors.signoff_queue(signer=request.user)
    people = {row.user for row in queue}
    if people:
        signals.person_data_viewed.send(
            sender="lesson sign-off queue",
            viewer=request.user,
            subjects=sorted(people, key=lambda user: user.pk),
            what="lessons waiting for sign-off",
        )
    return render(request, "courses/signoff_queue.html", {"queue": queue})


@require_POST
@login_required_keeping_text
def signoff_record(request: HttpRequest, lesson_id: int, learner_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id).source_page
    learner = get_user_model().objects.filter(pk=learner_id, is_active=True).first()
    if learner is None:
        # The service's own refusal, word for word: an id that is no one's answers like a
        # person the signer does not support (no probing for accounts by id).
        return problem(request, str(services.SIGN_OFF_REFUSED), status=403)
    try:
        services.signoff_record(signer=request.user, learner=learner, lesson=lesson)
    except PermissionDenied as error:
        return problem(request, str(error), status=403)
    except ValidationError as error:
        return problem(request, _validation_message(error))
    messages.success(
        request,
        _("Signed off “%(lesson)s” for %(name)s.")
        % {"lesson": lesson.title, "name": learner.get_short_name()},
    )
    return redirect("courses:signoff_queue")
