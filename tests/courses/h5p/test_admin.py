"""The H5P activity snippet in the Wagtail admin (`H5PActivityViewSet`, `H5PActivityForm`): a
trainer uploads a package, sees every problem of a bad one, replaces a package; learners are
kept out."""

from __future__ import annotations

import html
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.h5p import services
from courses.h5p.validation import H5PValidationError, validate_package
from courses.models import H5PActivity, H5PPackage
from tests.courses.h5p.helpers import (
    MULTICHOICE,
    TRUEFALSE,
    greeting_package,
    package_bytes,
    stored_names,
)
from tests.factories import user_with_role

ADD = "wagtailsnippets_courses_h5pactivity:add"
LIST = "wagtailsnippets_courses_h5pactivity:list"
EDIT = "wagtailsnippets_courses_h5pactivity:edit"
COPY = "wagtailsnippets_courses_h5pactivity:copy"


@pytest.fixture(autouse=True)
def _no_staff_mfa(settings):
    # Staff need an authenticator app for /admin/ (cms.middleware); not what is tested here.
    settings.CMS_STAFF_MFA_REQUIRED = False


@pytest.fixture
def trainer(db):
    return user_with_role("trainer", username="trainer-a")


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def upload(data: bytes, name: str = "activity.h5p") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def form_data(data: bytes | None, **fields) -> dict:
    post = {"title": "", "description": "", "pass_mark": "60", **fields}
    if data is not None:
        post["package_file"] = upload(data)
    return post


# --- Creating ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_trainer_uploads_package_and_empty_title_takes_the_package_title(
    trainer_client, trainer, fixtures_dir
):
    data = package_bytes(fixtures_dir, TRUEFALSE)

    response = trainer_client.post(reverse(ADD), form_data(data))

    assert response.status_code == 302
    assert response["Location"] == reverse(LIST)
    activity = H5PActivity.objects.get()
    assert activity.title == "Hello World"
    assert activity.pass_mark == 60
    assert activity.created_by == trainer
    assert activity.package.state == H5PPackage.State.READY
    assert activity.package.main_library == "H5P.TrueFalse"
    assert len(stored_names(f"h5p/files/{activity.package.sha256}")) == 107


@pytest.mark.django_db
def test_trainer_upload_keeps_the_title_and_fields_given(trainer_client):
    response = trainer_client.post(
        reverse(ADD),
        form_data(greeting_package(), title="Greet", description="Say hi.", pass_mark="80"),
    )

    assert response.status_code == 302
    activity = H5PActivity.objects.get()
    assert (activity.title, activity.description, activity.pass_mark) == ("Greet", "Say hi.", 80)


@pytest.mark.django_db
def test_trainer_upload_of_invalid_package_shows_every_problem_and_stores_nothing(
    trainer_client, fixtures_dir
):
    data = package_bytes(fixtures_dir, "invalid/lumi-validator-invalid-library-directory-name.h5p")
    with pytest.raises(H5PValidationError) as caught:
        validate_package(data)
    problems = caught.value.problems

    response = trainer_client.post(reverse(ADD), form_data(data, title="Broken"))

    assert response.status_code == 200
    assert response.context["form"].errors["package_file"] == [str(p) for p in problems]
    page = html.unescape(response.content.decode())
    assert [(p.rule, p.file) for p in problems] == [
        ("library.folder_name", "H5P.GreetingCard-1.0"),
        ("dependency.missing", "h5p.json"),
    ]
    for problem in problems:
        assert problem.message in page
        assert f"(rule {problem.rule})" in page
        assert f"'{problem.file}'" in page
    assert 'value="Broken"' in page  # the form is shown again as it was filled in
    assert H5PActivity.objects.count() == 0
    assert H5PPackage.objects.count() == 0
    assert stored_names() == set()


@pytest.mark.django_db
def test_trainer_upload_of_corrupt_file_shows_the_zip_rule(trainer_client):
    response = trainer_client.post(reverse(ADD), form_data(b"this is not a zip"))

    assert response.status_code == 200
    errors = response.context["form"].errors["package_file"]
    assert len(errors) == 1
    assert errors[0].startswith("The archive is not a readable zip archive")
    assert errors[0].endswith("(rule zip.corrupt)")
    assert stored_names() == set()


@pytest.mark.django_db
def test_trainer_upload_without_a_file_is_refused(trainer_client):
    response = trainer_client.post(reverse(ADD), form_data(None, title="Nothing"))

    assert response.status_code == 200
    assert response.context["form"].errors["package_file"] == ["This field is required."]
    assert H5PActivity.objects.count() == 0


@pytest.mark.django_db
def test_trainer_upload_over_the_size_limit_is_refused(trainer_client, settings, fixtures_dir):
    settings.COURSES_H5P_MAX_UPLOAD_BYTES = 1024**2
    data = package_bytes(fixtures_dir, MULTICHOICE)  # 1,579,063 bytes

    response = trainer_client.post(reverse(ADD), form_data(data))

    assert response.status_code == 200
    assert response.context["form"].errors["package_file"] == [
        "This file is 1.5 MiB; the largest allowed is 1 MiB."
    ]
    assert stored_names() == set()


@pytest.mark.django_db
def test_trainer_upload_with_pass_mark_over_100_is_refused(trainer_client):
    response = trainer_client.post(reverse(ADD), form_data(greeting_package(), pass_mark="150"))

    assert response.status_code == 200
    assert response.context["form"].errors["pass_mark"] == [
        "Ensure this value is less than or equal to 100."
    ]
    assert H5PActivity.objects.count() == 0
    assert stored_names() == set()


@pytest.mark.django_db
def test_trainer_sees_the_add_form(trainer_client):
    response = trainer_client.get(reverse(ADD))

    assert response.status_code == 200
    assert response.context["form"].fields["package_file"].required is True
    assert response.context["form"].fields["title"].required is False


# --- Who may ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("view", [ADD, LIST])
def test_learner_gets_no_access_to_the_activity_admin(client, learner, view):
    client.force_login(learner)

    response = client.get(reverse(view))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_learner_cannot_upload_a_package(client, learner):
    client.force_login(learner)

    response = client.post(reverse(ADD), form_data(greeting_package()))

    assert response.status_code == 302
    assert H5PActivity.objects.count() == 0
    assert stored_names() == set()


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(reverse(ADD))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- Listing ----------------------------------------------------------------------------------


def listing_rows(page: str) -> list[list[str]]:
    """The text of each cell after the title, row by row, of the snippet listing table."""
    table = page.split('<table class="listing">', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = []
    for row in body.split("<tr>")[1:]:
        title = re.search(r'<span id="snippet_\d+_title">(.*?)</span>', row).group(1)
        cells = [cell.strip() for cell in re.findall(r"<td >(.*?)</td>", row, re.S)]
        rows.append([title, *cells[:3]])
    return rows


@pytest.mark.django_db
def test_list_shows_type_and_state_of_each_package(trainer_client, settings):
    services.activity_create(data=greeting_package(), title="Ready one")
    settings.COURSES_H5P_INLINE_EXTRACT_MAX_BYTES = 1
    services.activity_create(data=greeting_package(title="Big"), title="Waiting one")

    response = trainer_client.get(reverse(LIST))

    assert response.status_code == 200
    assert list(response.context["table"].columns) == [
        "bulk_actions",
        "title",
        "package_type",
        "package_state",
        "pass_mark",
        "updated_at",
    ]
    assert [str(c.label) for c in response.context["table"].columns.values()][2:4] == [
        "Content type",
        "State",
    ]
    assert listing_rows(html.unescape(response.content.decode())) == [
        ["Ready one", "H5P.Greeting", "Ready", "60"],
        ["Waiting one", "H5P.Greeting", "Waiting to unpack", "60"],
    ]


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_activities(
    trainer_client, django_assert_max_num_queries
):
    services.activity_create(data=greeting_package(), title="A1")
    trainer_client.get(reverse(LIST))  # warm per-request caches (site, permissions)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert trainer_client.get(reverse(LIST)).status_code == 200
    for number in range(2, 6):
        services.activity_create(data=greeting_package(title=f"P{number}"), title=f"A{number}")

    with django_assert_max_num_queries(len(one.captured_queries)):
        response = trainer_client.get(reverse(LIST))

    assert response.status_code == 200
    assert len(response.context["object_list"]) == 5


# --- Editing ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_edit_with_new_file_replaces_package_and_keeps_iri(trainer_client):
    activity = services.activity_create(data=greeting_package(), title="Greet", pass_mark=70)
    old_package, iri = activity.package, activity.iri

    response = trainer_client.post(
        reverse(EDIT, args=[activity.pk]),
        form_data(greeting_package(title="Version 2"), title="Greet", pass_mark="70"),
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.iri == iri
    assert activity.title == "Greet"
    assert activity.package.title == "Version 2"
    assert activity.package_id != old_package.pk
    assert H5PPackage.objects.filter(pk=old_package.pk).exists()
    assert activity.package.state == H5PPackage.State.READY


@pytest.mark.django_db
def test_edit_without_a_file_keeps_the_package(trainer_client):
    activity = services.activity_create(data=greeting_package(), title="Greet")
    package_id = activity.package_id

    response = trainer_client.post(
        reverse(EDIT, args=[activity.pk]), form_data(None, title="Greet again", pass_mark="50")
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.title, activity.pass_mark, activity.package_id) == (
        "Greet again",
        50,
        package_id,
    )


@pytest.mark.django_db
def test_edit_with_empty_title_takes_the_new_package_title(trainer_client):
    activity = services.activity_create(data=greeting_package(), title="Greet")

    trainer_client.post(
        reverse(EDIT, args=[activity.pk]), form_data(greeting_package(title="Version 2"))
    )

    activity.refresh_from_db()
    assert activity.title == "Version 2"


@pytest.mark.django_db
def test_edit_with_invalid_file_keeps_the_old_package(trainer_client):
    activity = services.activity_create(data=greeting_package(), title="Greet")
    names_before = stored_names()

    response = trainer_client.post(
        reverse(EDIT, args=[activity.pk]), form_data(b"not a zip", title="Greet")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["package_file"][0].endswith("(rule zip.corrupt)")
    activity.refresh_from_db()
    assert activity.package.title == "Hello"
    assert stored_names() == names_before


@pytest.mark.django_db
def test_edit_form_describes_the_current_package(trainer_client):
    activity = services.activity_create(data=greeting_package(), title="Greet")

    response = trainer_client.get(reverse(EDIT, args=[activity.pk]))

    assert response.status_code == 200
    field = response.context["form"].fields["package_file"]
    assert field.required is False
    assert field.help_text == (
        "Now: Hello (H5P.Greeting 1.0, Ready). Upload a new file to replace it; learners' "
        "results stay, their unfinished answers start again."
    )


@pytest.mark.django_db
def test_activities_cannot_be_copied(trainer_client):
    """A copy would need the file uploaded again; the list offers no "Copy" that cannot work."""
    activity = services.activity_create(data=greeting_package(), title="Greet")

    listing = trainer_client.get(reverse(LIST))

    assert listing.status_code == 200
    assert f"/{activity.pk}/copy/" not in listing.content.decode()
