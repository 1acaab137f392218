"""manage.py certificates_render, and the render task on a machine that cannot make PDFs."""

from io import StringIO

import pytest
from django.core.management import call_command

from certifications import tasks
from certifications.models import Certificate
from tests.certifications.helpers import programme_for
from tests.factories import CourseBuilder


@pytest.fixture
def certificates(index, learner, other_learner):
    course = CourseBuilder(index, "K1").module(lessons=1).build()
    programme = programme_for(course)
    return [
        Certificate.objects.create(user=user, programme=programme, printed_name=name)
        for user, name in ((learner, "Asha"), (other_learner, "Rekha"))
    ]


def run(*args) -> str:
    out = StringIO()
    call_command("certificates_render", *args, stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db
def test_certificates_render_makes_the_missing_ones_then_all(certificates, pdf_engine):
    Certificate.objects.filter(pk=certificates[1].pk).update(status="revoked")

    assert run() == "1"
    assert run() == "0"
    assert run("--all") == "1"  # the revoked one is never made again
    first = Certificate.objects.get(pk=certificates[0].pk)
    assert list(first.events.values_list("kind", flat=True)) == ["rendered", "regenerated"]
    assert Certificate.objects.get(pk=certificates[1].pk).rendered_at is None


@pytest.mark.django_db
def test_render_task_without_a_pdf_engine_logs_and_leaves_the_certificate(
    certificates, monkeypatch, caplog
):
    monkeypatch.setattr(tasks, "pdf_engine_problem", lambda: "WeasyPrint cannot load: no Pango")

    assert tasks.certificate_render_task.apply(args=(certificates[0].pk,)).get() is None

    certificates[0].refresh_from_db()
    assert (certificates[0].rendered_at, certificates[0].pdf.name) == (None, "")
    assert f"certificate {certificates[0].pk} not rendered: WeasyPrint cannot load: no Pango" in (
        caplog.text
    )


@pytest.mark.django_db
def test_render_task_with_an_undecryptable_signing_key_logs_and_leaves_the_certificate(
    certificates, caplog, pdf_engine, settings
):
    from certifications.openbadges.keys import signing_key_current

    key = signing_key_current()
    settings.SECRET_KEY = "a-secret-changed-without-re-wrapping-the-key"

    assert tasks.certificate_render_task.apply(args=(certificates[0].pk,)).get() is None

    certificates[0].refresh_from_db()
    assert certificates[0].rendered_at is None
    assert f"The signing key {key.kid} cannot be decrypted with this SECRET_KEY" in caplog.text
