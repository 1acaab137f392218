"""Safety in every screen (DOMAIN.md 5, docs/safety.md): settings, quick exit, "Get help now",
take a break, the session-timeout warning and "log me out when I close", content notes."""

import json
import re
import time
import uuid
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from wagtail.models import Page, Site

from cms.roles import Role
from cms.safety import services
from cms.safety.models import (
    DEFAULT_HELPLINES,
    DEFAULT_HELPLINES_BY_LANGUAGE,
    Helpline,
    SafetySettings,
)
from courses import services as course_services
from courses.models import CompletionRule, LessonProgress, ModuleProgress
from tests.factories import CourseBuilder, user_with_role
from tests.factories.courses import lessons_of

ROOT = Path(__file__).resolve().parent.parent.parent
PROGRAMME_NUMBERS = ["14416", "181", "1098", "112", "1930"]


@pytest.fixture(autouse=True)
def _fresh_safety_config():
    services.safety_config_forget()
    yield
    services.safety_config_forget()


def _settings() -> SafetySettings:
    return SafetySettings.for_site(Site.objects.get(is_default_site=True))


def _update_settings(**fields) -> SafetySettings:
    settings = _settings()
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.full_clean()
    settings.save()
    services.safety_config_forget()  # on_commit does this outside the test transaction
    return settings


def _sign_in_reading(client, language: str) -> None:
    """Sign a learner in whose account language is `language`."""
    learner = user_with_role(Role.LEARNER)
    learner.preferred_language = language
    learner.save(update_fields=["preferred_language"])
    client.force_login(learner)


def _body(response) -> str:
    return response.content.decode()


# --- Settings -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_safety_settings_migration_seeds_the_programme_helplines_for_the_default_site():
    settings = SafetySettings.objects.get(site__is_default_site=True)

    assert [h.number for h in settings.helplines.filter(language="en")] == PROGRAMME_NUMBERS
    # Migration cms/0012 added each language's words for the same numbers.
    for language in ("bn", "hi", "te"):
        helplines = settings.helplines.filter(language=language)
        assert [h.number for h in helplines] == PROGRAMME_NUMBERS
    assert settings.neutral_exit_url == "https://www.google.com/search?q=weather"
    assert settings.idle_minutes == 30


@pytest.mark.django_db
def test_safety_settings_for_a_new_site_come_with_the_helplines():
    root = Page.objects.get(depth=1)
    site = Site.objects.create(hostname="other.example", port=80, root_page=root)

    settings = SafetySettings.for_site(site)

    english = settings.helplines.filter(language="en")
    assert [h.name for h in english] == [h["name"] for h in DEFAULT_HELPLINES]
    for language in ("bn", "hi", "te"):
        rows = settings.helplines.filter(language=language)
        assert [(h.name, h.number) for h in rows] == [
            (h["name"], h["number"]) for h in DEFAULT_HELPLINES_BY_LANGUAGE[language]
        ]


@pytest.mark.django_db
def test_safety_helplines_seed_never_overwrites_an_editors_list():
    settings = _settings()
    settings.helplines.all().delete()
    Helpline.objects.create(settings=settings, name="Local shelter", number="1800 100 100")

    assert services.helplines_seed(settings=settings) == []
    assert [h.name for h in settings.helplines.all()] == ["Local shelter"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://files.example.com/", "data:text/html,hi", "weather"]
)
def test_safety_settings_exit_url_must_be_http_or_https(url):
    settings = _settings()
    settings.neutral_exit_url = url

    with pytest.raises(ValidationError) as error:
        settings.full_clean()

    assert "neutral_exit_url" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("minutes", [0, 4, 721])
def test_safety_settings_idle_minutes_stay_between_5_and_720(minutes):
    settings = _settings()
    settings.idle_minutes = minutes

    with pytest.raises(ValidationError) as error:
        settings.full_clean()

    assert list(error.value.message_dict) == ["idle_minutes"]


def _admin_form_data(settings: SafetySettings, **overrides) -> dict:
    helplines = list(settings.helplines.all())
    data = {
        "neutral_exit_url": settings.neutral_exit_url,
        "site_name": settings.site_name,
        "site_title": settings.site_title,
        "idle_minutes": str(settings.idle_minutes),
        "helplines-TOTAL_FORMS": str(len(helplines)),
        "helplines-INITIAL_FORMS": str(len(helplines)),
        "helplines-MIN_NUM_FORMS": "0",
        "helplines-MAX_NUM_FORMS": "1000",
    }
    for index, helpline in enumerate(helplines):
        prefix = f"helplines-{index}-"
        data.update(
            {
                prefix + "id": str(helpline.pk),
                prefix + "language": helpline.language,
                prefix + "name": helpline.name,
                prefix + "number": helpline.number,
                prefix + "hours": helpline.hours,
                prefix + "note": helpline.note,
                prefix + "ORDER": str(index + 1),
                prefix + "DELETE": "",
            }
        )
    data.update(overrides)
    return data


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
def test_safety_settings_admin_edits_in_the_admin_and_bad_url_is_a_form_error(
    client, django_capture_on_commit_callbacks
):
    settings = _settings()
    client.force_login(user_with_role(Role.ADMIN))
    url = f"/admin/settings/cms/safetysettings/{settings.pk}/"

    refused = client.post(url, _admin_form_data(settings, neutral_exit_url="javascript:alert(1)"))
    assert refused.status_code == 200
    assert "neutral_exit_url" in refused.context["form"].errors
    assert SafetySettings.objects.get(pk=settings.pk).neutral_exit_url.startswith("https://")

    data = _admin_form_data(
        settings,
        neutral_exit_url="https://news.example.org/",
        **{"helplines-0-number": "1800-599-0019"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(url, data)
    assert saved.status_code == 302
    settings.refresh_from_db()
    assert settings.neutral_exit_url == "https://news.example.org/"
    assert settings.helplines.first().number == "1800-599-0019"
    # The kept copy was dropped on save: quick exit goes to the new address at once.
    assert client.get("/safety/exit/")["Location"] == "https://news.example.org/"


@pytest.mark.django_db
@override_settings(CMS_STAFF_MFA_REQUIRED=False)
@pytest.mark.parametrize("role", [Role.TRAINER, Role.COORDINATOR])
def test_safety_settings_refused_to_trainers_and_coordinators(client, role):
    """Site-wide: one collective's coordinator would change quick exit and the helplines for
    every collective."""
    settings = _settings()
    client.force_login(user_with_role(role))
    url = f"/admin/settings/cms/safetysettings/{settings.pk}/"

    opened = client.get(url)
    posted = client.post(url, _admin_form_data(settings, neutral_exit_url="https://x.example/"))

    assert (opened.status_code, posted.status_code) == (302, 302)
    assert (opened["Location"], posted["Location"]) == ("/admin/", "/admin/")
    assert SafetySettings.objects.get(pk=settings.pk).neutral_exit_url != "https://x.example/"


# --- Quick exit ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_quick_exit_redirects_to_the_neutral_site_without_referrer_or_cache(client):
    _update_settings(neutral_exit_url="https://weather.example.com/today")

    response = client.get("/safety/exit/")

    assert response.status_code == 302
    assert response["Location"] == "https://weather.example.com/today"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_quick_exit_works_signed_in_and_leaves_the_session_alone(client):
    client.force_login(user_with_role(Role.LEARNER))

    response = client.get("/safety/exit/")

    assert response.status_code == 302
    assert client.get("/learn/").status_code == 200


@pytest.mark.django_db
def test_quick_exit_refuses_post(client):
    assert client.post("/safety/exit/").status_code == 405


def _first_focusable(html: str) -> str:
    body = html.split("<body", 1)[1]
    return re.search(r"<(a|button|input|select|textarea)\b[^>]*>", body).group(0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, signed_in",
    [("/accounts/login/", False), ("/help/", False), ("/safety/break/", True), ("/learn/", True)],
)
def test_quick_exit_is_first_in_keyboard_order_on_every_page(client, path, signed_in):
    _update_settings(neutral_exit_url="https://weather.example.com/")
    if signed_in:
        client.force_login(user_with_role(Role.LEARNER))

    html = _body(client.get(path))

    first = _first_focusable(html)
    assert 'class="quick-exit"' in first
    assert 'href="/safety/exit/"' in first
    assert 'data-neutral-url="https://weather.example.com/"' in first
    assert '<script src="/static/js/safety.js" defer></script>' in html
    # Our pages carry no inline script (a strict Content-Security-Policy stays possible).
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None


@pytest.mark.django_db
def test_quick_exit_about_page_says_what_it_cannot_do(client):
    response = client.get("/safety/about-quick-exit/")

    html = _body(response)
    assert response.status_code == 200
    assert "It cannot delete your browser history." in html
    assert "monitoring apps" in html
    assert "private window" in html


def test_quick_exit_script_replaces_history_and_hides_content():
    script = (ROOT / "static" / "js" / "safety.js").read_text()

    assert "window.location.replace(target)" in script
    assert 'classList.add("safety-exiting")' in script
    assert "SHIFT_PRESSES = 3" in script and "SHIFT_WINDOW_MS = 5000" in script
    assert "Escape" not in script


# --- Neutral name and manifest ------------------------------------------------------------------


@pytest.mark.django_db
def test_neutral_name_is_used_in_title_header_and_manifest(client):
    _update_settings(site_name="Daily notes", site_title="Notes")

    html = _body(client.get("/help/"))
    manifest = client.get("/manifest.webmanifest")

    assert "<title>Get help now · Notes</title>" in html
    assert '<a class="site-name" href="/">Daily notes</a>' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert manifest.status_code == 200
    assert manifest["Content-Type"] == "application/manifest+json"
    assert json.loads(manifest.content)["name"] == "Daily notes"


@pytest.mark.django_db
def test_neutral_title_only_hides_page_names_from_the_tab(client):
    _update_settings(site_title="Notes", tab_title_only=True)

    html = _body(client.get("/help/"))

    assert "<title>Notes</title>" in html


# --- Get help now -------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, signed_in",
    [("/accounts/login/", False), ("/safety/about-quick-exit/", True), ("/learn/", True)],
)
def test_help_link_is_in_the_header_on_every_page(client, path, signed_in):
    if signed_in:
        client.force_login(user_with_role(Role.LEARNER))

    html = _body(client.get(path))

    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert '<a class="help-now" href="/help/">Get help now</a>' in header
    # The existing header links stay.
    for text in ("My learning", "My certificates", "Sign out") if signed_in else ("Sign in",):
        assert text in header


@pytest.mark.django_db
def test_help_lists_the_editable_helplines_with_tel_links(client):
    settings = _settings()
    Helpline.objects.filter(settings=settings, number="1930").update(
        name="Cyber fraud line", number="1930 00"
    )

    response = client.get("/help/")

    html = _body(response)
    assert response.status_code == 200
    assert html.count('class="tel" href="tel:') == 5
    assert 'href="tel:14416"' in html
    assert 'href="tel:193000"' in html and "Cyber fraud line" in html


@pytest.mark.django_db
def test_help_lists_the_helplines_in_the_readers_language(client):
    _settings()
    _sign_in_reading(client, "bn")

    html = _body(client.get("/help/"))

    names = re.findall(r"<strong>([^<]+)</strong><br>\s*<a class=\"tel\"", html)
    assert names == [h["name"] for h in DEFAULT_HELPLINES_BY_LANGUAGE["bn"]]
    assert "in English" not in html and 'class="helpline-list">' in html


@pytest.mark.django_db
def test_help_falls_back_to_the_english_helplines_with_a_note(client):
    settings = _settings()
    settings.helplines.filter(language="te").delete()
    _sign_in_reading(client, "te")

    html = _body(client.get("/help/"))

    names = re.findall(r"<strong>([^<]+)</strong><br>\s*<a class=\"tel\"", html)
    assert names == [h["name"] for h in DEFAULT_HELPLINES]
    assert '<ul class="helpline-list" lang="en">' in html
    assert 'class="message message-info" role="note"' in html


def test_help_numbers_are_never_hard_coded_in_templates():
    templates = [
        *(ROOT / "templates").rglob("*.html"),
        *(ROOT / "cms" / "templates").rglob("*.html"),
        *(ROOT / "courses" / "templates").rglob("*.html"),
    ]
    for path in templates:
        text = path.read_text()
        for number in PROGRAMME_NUMBERS:
            assert not re.search(rf"(?<![\w.-]){number}(?![\w.-])", text), f"{path}: {number}"


# --- Take a break -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_break_returns_to_the_same_place(client):
    response = client.get("/safety/break/", {"next": "/courses/course-t1/lesson/?x=1"})

    html = _body(response)
    assert response.status_code == 200
    assert "Name 5 things you can see." in html
    assert '<a class="button" href="/courses/course-t1/lesson/?x=1">Back to where I was</a>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "http:/\\evil"]
)
def test_break_refuses_a_next_on_another_site(client, bad):
    html = _body(client.get("/safety/break/", {"next": bad}))

    assert "Back to where I was" not in html
    assert '<a class="button" href="/learn/">Back to my learning</a>' in html


# --- Session: idle warning, extend, log out on close --------------------------------------------


@pytest.mark.django_db
def test_session_warning_is_on_signed_in_pages_only(client):
    assert 'id="session-warning"' not in _body(client.get("/help/"))
    _update_settings(idle_minutes=12)
    client.force_login(user_with_role(Role.LEARNER))

    html = _body(client.get("/help/"))

    assert 'role="alertdialog"' in html and 'data-idle-minutes="12"' in html
    assert '<form method="post" action="/safety/session/extend/">' in html


@pytest.mark.django_db
def test_session_extend_touches_the_session(client):
    client.force_login(user_with_role(Role.LEARNER))
    session = client.session
    session[services.LAST_SEEN_KEY] = int(time.time()) - 600
    session.save()

    response = client.post("/safety/session/extend/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response.json() == {"idle_minutes": 30}
    assert int(time.time()) - client.session[services.LAST_SEEN_KEY] < 5


@pytest.mark.django_db
def test_session_extend_without_javascript_goes_back_and_refuses_other_sites(client):
    client.force_login(user_with_role(Role.LEARNER))

    back = client.post("/safety/session/extend/", {"next": "/help/"})
    elsewhere = client.post("/safety/session/extend/", {"next": "https://evil.example/"})

    assert (back.status_code, back["Location"]) == (302, "/help/")
    assert (elsewhere.status_code, elsewhere["Location"]) == (302, "/")


@pytest.mark.django_db
def test_session_extend_needs_post_sign_in_and_csrf():
    client = Client(enforce_csrf_checks=True)
    assert client.post("/safety/session/extend/").status_code == 403  # no CSRF token
    client = Client()
    assert client.post("/safety/session/extend/").status_code == 302  # to sign in
    client.force_login(user_with_role(Role.LEARNER))
    assert client.get("/safety/session/extend/").status_code == 405


@pytest.mark.django_db
def test_session_idle_too_long_signs_out_with_a_kind_message(client):
    _update_settings(idle_minutes=10)
    client.force_login(user_with_role(Role.LEARNER))
    session = client.session
    session[services.LAST_SEEN_KEY] = int(time.time()) - 11 * 60
    session.save()

    response = client.get("/learn/", follow=True)

    assert response.redirect_chain[0] == ("/accounts/login/?next=/learn/", 302)
    assert not response.context["user"].is_authenticated
    assert "signed out after a quiet while" in _body(response)


@pytest.mark.django_db
def test_session_idle_within_the_limit_stays_signed_in(client):
    _update_settings(idle_minutes=10)
    client.force_login(user_with_role(Role.LEARNER))
    session = client.session
    session[services.LAST_SEEN_KEY] = int(time.time()) - 9 * 60
    session.save()

    assert client.get("/learn/").status_code == 200


@pytest.mark.django_db
def test_close_logout_switch_sets_a_browser_session_cookie(client):
    client.force_login(user_with_role(Role.LEARNER))

    on = client.post("/safety/session/close-logout/", {"close_logout": "on", "next": "/help/"})
    assert on["Location"] == "/help/"
    assert client.session.get_expire_at_browser_close() is True
    assert "Log me out when I close the browser: on" in _body(client.get("/help/"))

    client.post("/safety/session/close-logout/", {"close_logout": "", "next": "//evil.example"})
    assert client.session.get_expire_at_browser_close() is False
    assert "Log me out when I close the browser: off" in _body(client.get("/help/"))


@pytest.mark.django_db
def test_close_logout_on_the_sign_in_form_is_ticked_and_replaces_remember_me(client):
    html = _body(client.get("/accounts/login/"))

    assert "Log me out when I close the browser" in html
    assert re.search(r'<input[^>]*name="close_logout"[^>]*checked', html)
    assert 'name="remember"' not in html


@pytest.mark.django_db
@pytest.mark.parametrize("ticked, at_close", [(True, True), (False, False)])
def test_close_logout_on_sign_in_decides_the_cookie(client, ticked, at_close):
    user_with_role(Role.LEARNER, username="shared-phone")
    data = {"login": "shared-phone", "password": "pass-word-123"}
    if ticked:
        data["close_logout"] = "on"

    response = client.post("/accounts/login/", data)

    assert response.status_code == 302
    assert client.session.get_expire_at_browser_close() is at_close


# --- Content notes and take a break on lessons --------------------------------------------------


def _note_body() -> list[dict]:
    return [
        {
            "type": "content_note",
            "id": str(uuid.uuid4()),
            "value": {"note": "This lesson talks about debt.", "summary": "Debt can trap."},
        },
        {"type": "text", "id": str(uuid.uuid4()), "value": "<p>Some teaching text.</p>"},
    ]


@pytest.fixture
def noted_course(index):
    """One module: a plain lesson, a sensitive lesson with a content note, a plain lesson."""
    return (
        CourseBuilder(index, "SN")
        .module(
            lesson_specs=[
                {"rule": CompletionRule.VIEWED},
                {"rule": CompletionRule.VIEWED, "body": _note_body()},
                {"rule": CompletionRule.VIEWED},
            ]
        )
        .build()
    )


@pytest.mark.django_db
def test_content_note_offers_four_choices_that_work_without_javascript(client, noted_course):
    learner = user_with_role(Role.LEARNER)
    course_services.enrolment_create(user=learner, course=noted_course)
    client.force_login(learner)
    first, noted, last = lessons_of(noted_course)

    html = _body(client.get(noted.url))

    note = html.split('<aside class="content-note"', 1)[1].split("</aside>", 1)[0]
    assert '<a href="#lesson-body" data-content-note-continue>Continue to the lesson</a>' in note
    assert "<summary>Read a short summary</summary><p>Debt can trap.</p>" in note
    assert f'<a href="{last.url}" rel="nofollow">Skip for now</a>' in note
    assert '<a href="/help/#mentor">Talk to my mentor</a>' in note
    assert '<div id="lesson-body" tabindex="-1" lang="en">' in html
    # The note comes before the lesson it describes.
    assert html.index('class="content-note"') < html.index('id="lesson-body"')
    assert f'href="/safety/break/?next={noted.url}">Take a break</a>' in html


@pytest.mark.django_db
def test_content_note_skip_leaves_the_rest_and_the_module_completable(client, noted_course):
    learner = user_with_role(Role.LEARNER)
    course_services.enrolment_create(user=learner, course=noted_course)
    client.force_login(learner)
    first, noted, last = lessons_of(noted_course)
    client.get(noted.url)
    rows_before = list(
        LessonProgress.objects.filter(user=learner).values_list("lesson_id", "state")
    )

    # "Skip for now" is a plain link to the next lesson: nothing is written about the choice.
    assert client.get(last.url).status_code == 200
    skipped_row = LessonProgress.objects.get(user=learner, lesson=noted)
    assert (skipped_row.lesson_id, skipped_row.state) in rows_before
    assert skipped_row.completed_at is None

    for lesson in (first, last):
        assert client.post(f"/learn/lessons/{lesson.pk}/done/").status_code == 302
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 2

    # The skipped lesson stays open; finishing it later completes the module.
    assert client.get(noted.url).status_code == 200
    client.post(f"/learn/lessons/{noted.pk}/done/")
    assert ModuleProgress.objects.get(user=learner).completed_at is not None


@pytest.mark.django_db
def test_lessons_say_no_time_limit(client, noted_course):
    learner = user_with_role(Role.LEARNER)
    course_services.enrolment_create(user=learner, course=noted_course)
    client.force_login(learner)

    assert "no time limit" in _body(client.get(lessons_of(noted_course)[0].url))


@pytest.mark.django_db
def test_session_idle_never_loses_a_form_sent_after_a_quiet_while(client):
    _update_settings(idle_minutes=10)
    client.force_login(user_with_role(Role.LEARNER))
    session = client.session
    session[services.LAST_SEEN_KEY] = int(time.time()) - 60 * 60
    session.save()

    response = client.post("/safety/session/extend/", {"next": "/learn/"})

    assert (response.status_code, response["Location"]) == (302, "/learn/")
    assert client.get("/learn/").status_code == 200


@pytest.mark.django_db
def test_the_default_neutral_name_is_shown_in_the_readers_language(client):
    _settings()
    _sign_in_reading(client, "hi")

    html = _body(client.get("/help/"))

    assert '<a class="site-name" href="/">साथ मिलकर सीखें</a>' in html
    assert html.split("<title>", 1)[1].split("</title>", 1)[0].endswith("साथ मिलकर सीखें")


@pytest.mark.django_db
def test_an_editors_own_neutral_name_is_shown_as_written_in_every_language(client):
    _update_settings(site_name="Notes", site_title="Notes")
    _sign_in_reading(client, "hi")

    html = _body(client.get("/help/"))

    assert '<a class="site-name" href="/">Notes</a>' in html


# --- "Log me out when I close the browser": one default for every new session (issue 13) ------


@pytest.mark.django_db
def test_close_logout_is_on_for_a_session_started_any_other_way(client):
    """Not through the sign-in form (here a test client's direct sign-in, as any future path
    would be): the choice starts on, as the form's box starts ticked."""
    client.force_login(user_with_role(Role.LEARNER))

    assert client.session[services.CLOSE_LOGOUT_KEY] is True
    assert client.session.get_expire_at_browser_close() is True
    assert "Log me out when I close the browser: on" in _body(client.get("/help/"))


@pytest.mark.django_db
@pytest.mark.parametrize("ticked, at_close", [(True, True), (False, False)])
def test_close_logout_answer_on_the_form_outlives_the_code_step(client, ticked, at_close):
    """With an authenticator the session starts only after the code: the answer given on the
    form with the password is kept, not replaced by the default."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
    from django.urls import reverse

    from tests.factories import add_totp

    add_totp(user_with_role(Role.COORDINATOR, username="cora"))
    data = {"login": "cora", "password": "pass-word-123"}
    if ticked:
        data["close_logout"] = "on"

    client.post("/accounts/login/", data)
    code = format_hotp_value(hotp_value("JBSWY3DPEHPK3PXP", int(time.time()) // 30))
    signed_in = client.post(reverse("mfa_authenticate"), {"code": code})

    assert (signed_in.status_code, signed_in["Location"]) == (302, "/admin/")
    assert client.session[services.CLOSE_LOGOUT_KEY] is ticked
    assert client.session.get_expire_at_browser_close() is at_close
