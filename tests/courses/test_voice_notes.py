"""Voice notes on reflection prompts: formats, sealing, the one-time token, who may hear and
delete them, completion, the lesson page's policy, and the person's data (docs/voice-notes.md)."""

from __future__ import annotations

import base64
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms import crypto
from cms.rights import services as rights_services
from cms.rights.selectors import my_data_export, my_stored_files
from courses import services, voice_notes
from courses.checks import check_voice_note_storage
from courses.models import CompletionRule, LessonProgress, VoiceNote
from courses.personal_data import personal_data_summary
from tests.courses.helpers import reflection_block, text_block
from tests.factories import CourseBuilder
from tests.factories.courses import lessons_of

WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + b"\x00" * 200
OGG = b"OggS\x00\x02" + b"\x00" * 200
M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00" + b"\x00" * 200
JSON_ACCEPT = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture(autouse=True)
def private_folder(settings, tmp_path):
    """Each test's voice notes in a folder of its own: the default private storage."""
    settings.COURSES_VOICE_NOTE_STORAGE = ""
    settings.COURSES_VOICE_NOTE_ROOT = str(tmp_path / "voice")
    return tmp_path / "voice"


@pytest.fixture
def lesson(index, learner, other_learner):
    body = [text_block(), reflection_block("What gives you strength?")]
    spec = {"rule": CompletionRule.REFLECTION, "body": body}
    course = CourseBuilder(index, "VN").module(lesson_specs=[spec]).build()
    services.enrolment_create(user=learner, course=course)
    services.enrolment_create(user=other_learner, course=course)
    return lessons_of(course)[0]


def _block(lesson) -> str:
    return lesson.block_ids("reflection")[0]


def _submit_url(lesson, block_id=None) -> str:
    return f"/learn/lessons/{lesson.pk}/voice-note/{block_id or _block(lesson)}/"


def _audio(data=WEBM, content_type="audio/webm;codecs=opus", name="voice-note.webm"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def _post(client, user, lesson, *, audio=None, token=None, block_id=None, json_answer=True):
    fields = {"token": token if token is not None else services.voice_note_token_issue(user=user)}
    if audio is not False:
        fields["audio"] = audio or _audio()
    return client.post(
        _submit_url(lesson, block_id), fields, **(JSON_ACCEPT if json_answer else {})
    )


def _save(user, lesson, data=WEBM, content_type="audio/webm") -> VoiceNote:
    return services.voice_note_save(
        user=user,
        lesson=lesson,
        block_id=_block(lesson),
        upload=_audio(data, content_type),
        token=services.voice_note_token_issue(user=user),
    )


def _stored() -> list[str]:
    _dirs, files = voice_notes.voice_note_storage().listdir("voice-notes")
    return sorted(files)


def _completed(user, lesson) -> bool:
    return LessonProgress.objects.filter(
        user=user, lesson=lesson, completed_at__isnull=False
    ).exists()


# --- What counts as a recording -----------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "head", "kind"),
    [
        ("audio/webm;codecs=opus", WEBM, "webm"),
        ("video/webm", WEBM, "webm"),
        ("audio/ogg", OGG, "ogg"),
        ("audio/mp4", M4A, "mp4"),
        ("audio/x-m4a", M4A, "mp4"),
        ("AUDIO/WEBM", WEBM, "webm"),
        ("audio/webm", OGG, None),  # the label says WebM, the bytes do not
        ("audio/ogg", b"<html><script>", None),
        ("text/html", WEBM, None),
        ("audio/mpeg", b"ID3\x03", None),  # MP3 is not a format MediaRecorder makes
        ("audio/webm", b"\x1a\x45\xdf\xa3" + b"matroska" + b"\x00" * 60, None),
        ("", WEBM, None),
    ],
)
def test_audio_format_needs_the_declared_type_and_matching_first_bytes(declared, head, kind):
    assert voice_notes.audio_format(declared, head[:64]) == kind


def test_sealed_bytes_open_only_with_their_label_and_unchanged():
    sealed = crypto.seal_bytes(WEBM, label="courses.voice_note")

    assert WEBM[:20] not in sealed
    assert sealed.startswith(b"enc1$")
    assert crypto.unseal_bytes(sealed, label="courses.voice_note") == WEBM
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_bytes(sealed, label="another purpose")
    damaged = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_bytes(damaged, label="courses.voice_note")
    with pytest.raises(crypto.DecryptionError):
        crypto.unseal_bytes(WEBM, label="courses.voice_note")


def test_sealed_bytes_open_after_the_secret_key_is_rotated(settings):
    sealed = crypto.seal_bytes(OGG, label="courses.voice_note")
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-for-the-rotation-test"

    assert crypto.unseal_bytes(sealed, label="courses.voice_note") == OGG


# --- Saving ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_voice_note_saved_sealed_and_completes_a_reflection_lesson(client, lesson, learner):
    client.force_login(learner)

    response = _post(client, learner, lesson)

    assert response.status_code == 201
    assert response.json() == {
        "message": "Your voice note is saved. Only you can listen to it.",
        "next": f"{lesson.url}#reflection-{_block(lesson)}",
    }
    note = VoiceNote.objects.get(user=learner)
    assert (note.block_id, note.content_type, note.size) == (
        _block(lesson),
        "audio/webm",
        len(WEBM),
    )
    with voice_notes.voice_note_storage().open(note.file_name, "rb") as stored:
        raw = stored.read()
    assert raw.startswith(b"enc1$") and b"webm" not in raw
    assert _completed(learner, lesson)


@pytest.mark.django_db
def test_voice_note_from_the_plain_form_redirects_to_the_prompt(client, lesson, learner):
    client.force_login(learner)

    response = _post(client, learner, lesson, audio=_audio(M4A, "audio/x-m4a"), json_answer=False)

    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#reflection-{_block(lesson)}"
    assert VoiceNote.objects.get(user=learner).content_type == "audio/mp4"


@pytest.mark.django_db
def test_voice_note_double_tap_saves_once_and_the_second_is_a_409(client, lesson, learner):
    client.force_login(learner)
    token = services.voice_note_token_issue(user=learner)

    first = _post(client, learner, lesson, token=token)
    second = _post(client, learner, lesson, token=token)

    assert (first.status_code, second.status_code) == (201, 409)
    assert second.json() == {"error": "This voice note is already saved."}
    assert VoiceNote.objects.filter(user=learner).count() == 1
    assert len(_stored()) == 1


@pytest.mark.django_db
def test_voice_note_token_of_another_person_or_forged_is_a_400(
    client, lesson, learner, other_learner
):
    client.force_login(learner)
    theirs = services.voice_note_token_issue(user=other_learner)

    for token in (theirs, "forged", ""):
        response = _post(client, learner, lesson, token=token)
        assert response.status_code == 400
        assert response.json() == {
            "error": "This page is out of date. Please reload it and record again."
        }
    assert VoiceNote.objects.count() == 0


@pytest.mark.django_db
def test_voice_note_refused_input_does_not_use_up_the_token(client, lesson, learner):
    client.force_login(learner)
    token = services.voice_note_token_issue(user=learner)

    refused = _post(client, learner, lesson, token=token, audio=_audio(b"not audio"))
    kept = _post(client, learner, lesson, token=token)

    assert (refused.status_code, kept.status_code) == (415, 201)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("audio", "status", "message"),
    [
        (
            _audio(b"<html>hello</html>", "audio/webm"),
            415,
            "This is not a voice recording we can keep. Please record here on this page.",
        ),
        (
            _audio(WEBM, "text/plain"),
            415,
            "This is not a voice recording we can keep. Please record here on this page.",
        ),
        (
            _audio(b"", "audio/webm"),
            400,
            "No recording arrived. Please record again, then save it.",
        ),
        (False, 400, "No recording arrived. Please record again, then save it."),
    ],
    ids=["bytes-not-audio", "type-not-audio", "empty", "missing"],
)
def test_voice_note_bad_input_is_a_4xx_with_a_message(
    client, lesson, learner, audio, status, message
):
    client.force_login(learner)

    response = _post(client, learner, lesson, audio=audio)

    assert response.status_code == status
    assert response.json() == {"error": message}
    assert VoiceNote.objects.count() == 0
    assert not _completed(learner, lesson)


@pytest.mark.django_db
def test_voice_note_bad_input_on_the_plain_form_is_a_page_with_the_message(client, lesson, learner):
    client.force_login(learner)

    response = _post(client, learner, lesson, audio=_audio(b"MZ\x90\x00"), json_answer=False)

    assert response.status_code == 415
    assert "This is not a voice recording we can keep." in response.content.decode()


@pytest.mark.django_db
@override_settings(COURSES_VOICE_NOTE_MAX_BYTES=1024 * 1024)
def test_voice_note_over_the_size_cap_is_a_413(client, lesson, learner):
    client.force_login(learner)
    big = WEBM + b"\x00" * (1024 * 1024)

    response = _post(client, learner, lesson, audio=_audio(big))

    assert response.status_code == 413
    assert response.json() == {
        "error": "That recording is too big to keep (more than 1 MB). Please record a shorter one."
    }
    assert VoiceNote.objects.count() == 0


@pytest.mark.django_db
def test_voice_note_over_the_size_cap_is_refused_before_the_body_is_read(client, lesson, learner):
    client.force_login(learner)

    response = client.post(
        _submit_url(lesson),
        data=b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
        **JSON_ACCEPT,
    )

    assert response.status_code == 413


@pytest.mark.django_db
def test_voice_note_for_an_unknown_prompt_is_a_400(client, lesson, learner):
    client.force_login(learner)

    response = _post(client, learner, lesson, block_id="nope")

    assert response.status_code == 400
    assert response.json() == {"error": "This reflection prompt is no longer on the lesson."}


@pytest.mark.django_db
def test_voice_note_on_a_lesson_of_a_course_not_joined_is_a_403(client, index, lesson, learner):
    body = [reflection_block("Elsewhere?")]
    spec = {"rule": CompletionRule.REFLECTION, "body": body}
    elsewhere = lessons_of(CourseBuilder(index, "VX").module(lesson_specs=[spec]).build())[0]
    client.force_login(learner)

    response = _post(client, learner, elsewhere)

    assert response.status_code == 403
    assert VoiceNote.objects.count() == 0


@pytest.mark.django_db
def test_voice_note_recorded_again_replaces_the_old_file(
    lesson, learner, django_capture_on_commit_callbacks
):
    first = _save(learner, lesson)
    with django_capture_on_commit_callbacks(execute=True):
        second = _save(learner, lesson, OGG, "audio/ogg")

    assert VoiceNote.objects.filter(user=learner).count() == 1
    assert second.pk == first.pk and second.file_name != first.file_name
    assert not voice_notes.voice_note_storage().exists(first.file_name)
    assert _stored() == [second.file_name.split("/")[-1]]


# --- Listening and deleting ------------------------------------------------------------------


@pytest.mark.django_db
def test_voice_note_plays_for_its_owner_only_and_is_never_stored(
    client, lesson, learner, other_learner
):
    note = _save(learner, lesson)
    url = f"/learn/voice-notes/{note.pk}/"
    client.force_login(learner)

    own = client.get(url)

    assert own.status_code == 200
    assert own.content == WEBM
    assert own["Content-Type"] == "audio/webm"
    assert own["Cache-Control"] == "private, no-store"
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    assert client.get(f"/learn/voice-notes/{note.pk + 1000}/").status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


@pytest.mark.django_db
def test_voice_note_whose_file_is_gone_is_a_410_not_a_500(client, lesson, learner):
    note = _save(learner, lesson)
    voice_notes.voice_note_storage().delete(note.file_name)
    client.force_login(learner)

    response = client.get(f"/learn/voice-notes/{note.pk}/")

    assert response.status_code == 410
    assert "This voice note cannot be played any more. Sorry." in response.content.decode()


@pytest.mark.django_db
def test_voice_note_deleted_by_its_owner_removes_the_file(
    client, lesson, learner, django_capture_on_commit_callbacks
):
    note = _save(learner, lesson)
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/learn/voice-notes/{note.pk}/delete/")

    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#reflection-{_block(lesson)}"
    assert VoiceNote.objects.count() == 0
    assert not voice_notes.voice_note_storage().exists(note.file_name)
    assert _stored() == []


@pytest.mark.django_db
def test_voice_note_delete_by_someone_else_is_a_404_and_keeps_it(
    client, lesson, learner, other_learner
):
    note = _save(learner, lesson)
    client.force_login(other_learner)

    response = client.post(f"/learn/voice-notes/{note.pk}/delete/")

    assert response.status_code == 404
    assert VoiceNote.objects.filter(pk=note.pk).exists()
    assert voice_notes.voice_note_storage().exists(note.file_name)
    assert client.get(f"/learn/voice-notes/{note.pk}/delete/").status_code == 405


@pytest.mark.django_db
def test_voice_note_delete_service_refuses_another_persons_note(lesson, learner, other_learner):
    note = _save(learner, lesson)

    with pytest.raises(ValidationError):
        services.voice_note_delete(user=other_learner, note=note)
    assert VoiceNote.objects.filter(pk=note.pk).exists()


# --- On the lesson page ----------------------------------------------------------------------


@pytest.mark.django_db
def test_lesson_page_offers_recording_and_plays_the_owners_note(
    client, lesson, learner, other_learner
):
    note = _save(learner, lesson)
    client.force_login(learner)

    response = client.get(lesson.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert f'action="{_submit_url(lesson)}"' in html
    assert 'name="token"' in html
    assert f'src="/learn/voice-notes/{note.pk}/"' in html
    assert f'action="/learn/voice-notes/{note.pk}/delete/"' in html
    assert "courses/voice-note.js" in html
    assert "microphone=(self)" in response["Permissions-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    media = [d for d in response["Content-Security-Policy"].split(";") if "media-src" in d]
    assert [d.strip() for d in media] == ["media-src 'self' blob:"]
    client.force_login(other_learner)
    theirs = client.get(lesson.url).content.decode()
    assert f"/learn/voice-notes/{note.pk}/" not in theirs
    assert _submit_url(lesson) in theirs


@pytest.mark.django_db
def test_lesson_without_a_prompt_keeps_the_microphone_and_blob_media_off(client, index, learner):
    course = CourseBuilder(index, "VO").module(lessons=1).build()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)

    response = client.get(lessons_of(course)[0].url)

    assert "microphone=()" in response["Permissions-Policy"]
    assert "blob:" not in response["Content-Security-Policy"]
    assert "voice-note.js" not in response.content.decode()


@pytest.mark.django_db
def test_lesson_page_queries_do_not_grow_with_prompts_and_notes(
    client, index, learner, django_assert_max_num_queries
):
    def lesson_with(code, prompts):
        body = [text_block()] + [reflection_block(f"Prompt {n}?") for n in range(prompts)]
        spec = {"rule": CompletionRule.REFLECTION, "body": body}
        course = CourseBuilder(index, code).module(lesson_specs=[spec]).build()
        services.enrolment_create(user=learner, course=course)
        page = lessons_of(course)[0]
        for block_id in page.block_ids("reflection"):
            services.voice_note_save(
                user=learner,
                lesson=page,
                block_id=block_id,
                upload=_audio(),
                token=services.voice_note_token_issue(user=learner),
            )
        return page

    one, four = lesson_with("Q1", 1), lesson_with("Q4", 4)
    client.force_login(learner)
    client.get(one.url)  # warms the caches
    client.get(four.url)
    with CaptureQueriesContext(connection) as small:
        client.get(one.url)
    with django_assert_max_num_queries(len(small.captured_queries)):
        html = client.get(four.url).content.decode()
    assert html.count("/learn/voice-notes/") == 8  # four players, four delete forms


# --- The person's data -----------------------------------------------------------------------


@pytest.mark.django_db
def test_voice_note_is_in_the_download_with_its_audio(lesson, learner, other_learner):
    _save(learner, lesson, M4A, "audio/mp4")
    _save(other_learner, lesson)

    data = json.loads(json.dumps(my_data_export(learner)))
    [row] = data["quiz_answers_and_reflections"]["voice_notes"]

    assert row["lesson"] == lesson.title
    assert row["prompt"] == _block(lesson)
    assert row["content_type"] == "audio/mp4"
    assert base64.b64decode(row["base64"]) == M4A
    sections = {section.key: section for section in personal_data_summary(learner)}
    assert dict(sections["quizzes_and_reflections"].counts)["Voice notes"] == 1


@pytest.mark.django_db
def test_voice_notes_are_deleted_with_the_account(
    lesson, learner, other_learner, django_capture_on_commit_callbacks
):
    mine = _save(learner, lesson)
    theirs = _save(other_learner, lesson)
    assert [f.name for f in my_stored_files(learner)] == [mine.file_name]

    with django_capture_on_commit_callbacks(execute=True):
        rights_services.account_erase(user=learner, by=learner)

    storage = voice_notes.voice_note_storage()
    assert not storage.exists(mine.file_name)
    assert storage.exists(theirs.file_name)
    assert list(VoiceNote.objects.values_list("pk", flat=True)) == [theirs.pk]


@pytest.mark.django_db
def test_voice_notes_by_default_live_in_a_private_folder_outside_media(
    settings, private_folder, lesson, learner
):
    note = _save(learner, lesson)

    on_disk = private_folder / note.file_name
    assert on_disk.is_file()
    assert b"webm" not in on_disk.read_bytes()
    assert not str(on_disk).startswith(str(settings.MEDIA_ROOT))
    assert voice_notes.voice_note_storage() is not storages["default"]


def test_voice_note_folder_under_media_root_is_a_system_check_error(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.COURSES_VOICE_NOTE_STORAGE = ""
    settings.COURSES_VOICE_NOTE_ROOT = str(tmp_path / "media" / "voice")

    [error] = check_voice_note_storage(None)

    assert error.id == "courses.E003"
    settings.COURSES_VOICE_NOTE_ROOT = str(tmp_path / "private" / "voice")
    assert check_voice_note_storage(None) == []


@pytest.mark.django_db
def test_voice_note_refusal_reads_in_bengali(lesson, learner):
    """Passes once the msgids of this feature (given to the lead as JSON) are in locale/."""
    token = services.voice_note_token_issue(user=learner)

    with translation.override("bn"), pytest.raises(services.VoiceNoteRefused) as refused:
        services.voice_note_save(
            user=learner,
            lesson=lesson,
            block_id=_block(lesson),
            upload=_audio(b"not audio"),
            token=token,
        )

    assert refused.value.messages == ["এটা এমন ভয়েস রেকর্ডিং নয় যা আমরা রাখতে পারি। এই পাতাতেই রেকর্ড করুন।"]
    assert refused.value.status == 415


def test_voice_note_signed_out_recorder_gets_a_401_that_says_so(client, lesson, learner):
    token = services.voice_note_token_issue(user=learner)

    response = client.post(_submit_url(lesson), {"token": token, "audio": _audio()}, **JSON_ACCEPT)

    assert response.status_code == 401
    assert response.json() == {
        "error": "You were signed out, so this recording is not saved. Please sign in again "
        "and record it once more."
    }
    assert VoiceNote.objects.count() == 0


def test_voice_note_signed_out_plain_form_returns_to_the_lesson_after_sign_in(
    client, lesson, learner
):
    response = client.post(
        _submit_url(lesson),
        {"token": "x", "audio": _audio()},
        HTTP_REFERER=f"http://testserver{lesson.url}",
    )

    assert (response.status_code, response["Location"]) == (
        302,
        f"/accounts/login/?next={lesson.url}",
    )


def test_voice_note_head_answers_like_get_for_its_owner(client, lesson, learner, other_learner):
    note = _save(learner, lesson)
    url = f"/learn/voice-notes/{note.pk}/"
    client.force_login(learner)

    head = client.head(url)

    assert (head.status_code, head["Content-Type"], head.content) == (200, "audio/webm", b"")
    client.force_login(other_learner)
    assert client.head(url).status_code == 404


def test_voice_note_storage_failure_leaves_the_token_usable(client, lesson, learner, monkeypatch):
    from courses import voice_notes as voice_note_files

    token = services.voice_note_token_issue(user=learner)
    client.force_login(learner)
    storage = voice_note_files.voice_note_storage()

    def full_disk(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(type(storage), "save", full_disk)
    with pytest.raises(OSError):
        services.voice_note_save(
            user=learner, lesson=lesson, block_id=_block(lesson), upload=_audio(), token=token
        )
    monkeypatch.undo()

    note = services.voice_note_save(
        user=learner, lesson=lesson, block_id=_block(lesson), upload=_audio(), token=token
    )

    assert VoiceNote.objects.get() == note
