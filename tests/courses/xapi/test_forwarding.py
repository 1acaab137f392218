"""Forwarding to an external record store: after commit, with the statements exactly as
stored; retried when it fails, never losing or changing a statement; and the periodic sweep."""

import base64
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.utils import timezone

from courses.models import XAPIStatement
from courses.xapi import services
from courses.xapi.tasks import xapi_forward_pending_task
from tests.courses.xapi.helpers import post, statement

pytestmark = pytest.mark.django_db

IRI = "https://partner.example.org/activities/quiz"


class FakeRecordStore:
    """A tiny HTTP server in a thread that answers each POST with the next status."""

    def __init__(self, statuses=(200,)):
        self.statuses = list(statuses)
        self.received = []
        store = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                store.received.append((self.path, self.headers, body))
                status = store.statuses.pop(0) if store.statuses else 200
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"[]")

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/xapi"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def worker_retries():
    """Let eager Celery retry like a worker: with eager propagation on (our test settings),
    the first Retry would be raised to the caller instead of running the next try."""
    from courses.xapi.tasks import xapi_forward_task

    conf = xapi_forward_task.app.conf
    before = conf.task_eager_propagates
    conf.task_eager_propagates = False
    yield
    conf.task_eager_propagates = before


@pytest.fixture
def forwarding(settings):
    def configure(url: str):
        settings.COURSES_XAPI_FORWARD_URL = url
        settings.COURSES_XAPI_FORWARD_USERNAME = "lms"
        settings.COURSES_XAPI_FORWARD_PASSWORD = "s3cret"

    return configure


def test_new_statements_are_forwarded_after_commit_as_stored(
    basic_client, forwarding, django_capture_on_commit_callbacks
):
    with FakeRecordStore() as remote:
        forwarding(remote.url)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            response = post(basic_client, [statement(IRI), statement(IRI)])
        assert response.status_code == 200
        assert len(callbacks) == 1
    (path, headers, body) = remote.received[0]
    assert path == "/xapi/statements"
    assert headers["X-Experience-API-Version"] == "1.0.3"
    assert headers["Content-Type"] == "application/json"
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"lms:s3cret").decode()
    rows = list(XAPIStatement.objects.order_by("stored", "id"))
    assert json.loads(body) == [row.data for row in rows]
    assert all(row.forwarded_at is not None for row in rows)


def test_nothing_is_queued_when_forwarding_is_off(basic_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        post(basic_client, statement(IRI))
    assert callbacks == []


def test_a_failed_forward_is_retried_and_then_succeeds(
    basic_client, forwarding, django_capture_on_commit_callbacks, worker_retries
):
    with FakeRecordStore(statuses=(503, 502, 200)) as remote:
        forwarding(remote.url)
        with django_capture_on_commit_callbacks(execute=True):
            assert post(basic_client, statement(IRI)).status_code == 200
    assert len(remote.received) == 3
    assert XAPIStatement.objects.get().forwarded_at is not None


def test_a_forward_that_keeps_failing_leaves_the_statement_stored_and_unchanged(
    basic_client, forwarding, django_capture_on_commit_callbacks, monkeypatch, worker_retries
):
    forwarding("https://lrs.example.org/xapi")
    calls = []

    def unreachable(url, body, content_type):
        calls.append(url)
        raise services.ForwardFailed(f"{url} could not be reached")

    monkeypatch.setattr(services, "forward_post", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(basic_client, statement(IRI))
    assert response.status_code == 200
    # The first try and eight retries (run at once: Celery is eager in tests).
    assert len(calls) == 9
    row = XAPIStatement.objects.get()
    assert row.forwarded_at is None
    assert row.data["id"] == response.json()[0]
    data_before = row.data

    # The sweep tries again later, whatever became of the task's retries.
    XAPIStatement.objects.update(stored=timezone.now() - timedelta(hours=1))
    monkeypatch.setattr(services, "forward_post", lambda url, body, content_type: None)
    assert xapi_forward_pending_task() == 1
    row = XAPIStatement.objects.get()
    assert row.forwarded_at is not None
    assert row.data == data_before


def test_a_failed_forward_does_not_fail_the_request_when_celery_runs_eagerly(
    basic_client, forwarding, django_capture_on_commit_callbacks, monkeypatch
):
    forwarding("https://lrs.example.org/xapi")

    def unreachable(url, body, content_type):
        raise services.ForwardFailed("down")

    monkeypatch.setattr(services, "forward_post", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(basic_client, statement(IRI))
    assert response.status_code == 200
    assert XAPIStatement.objects.get().forwarded_at is None


def test_sweep_queues_statements_left_unforwarded(basic_client, forwarding, monkeypatch, settings):
    forwarding("https://lrs.example.org/xapi")
    settings.COURSES_XAPI_FORWARD_PENDING_MINUTES = 15
    post(basic_client, [statement(IRI) for _ in range(3)])
    old, older, recent = XAPIStatement.objects.order_by("id")
    now = timezone.now()
    XAPIStatement.objects.filter(pk=old.pk).update(stored=now - timedelta(minutes=20))
    XAPIStatement.objects.filter(pk=older.pk).update(stored=now - timedelta(hours=5))
    sent = []
    monkeypatch.setattr(
        services, "forward_post", lambda url, body, content_type: sent.append(json.loads(body))
    )
    assert xapi_forward_pending_task() == 2
    assert [[s["id"] for s in batch] for batch in sent] == [[older.data["id"], old.data["id"]]]
    assert set(XAPIStatement.objects.filter(forwarded_at__isnull=True)) == {recent}
    assert xapi_forward_pending_task() == 0


def test_sweep_does_nothing_when_forwarding_is_off(basic_client):
    post(basic_client, statement(IRI))
    XAPIStatement.objects.update(stored=timezone.now() - timedelta(days=1))
    assert xapi_forward_pending_task() == 0


def test_forwarding_sends_attachment_data_as_multipart(basic_client, forwarding, monkeypatch):
    import hashlib

    data = b"essay text"
    sha2 = hashlib.sha256(data).hexdigest()
    sent = statement(
        IRI,
        attachments=[
            {
                "usageType": "https://example.org/usage",
                "display": {"en": "Essay"},
                "contentType": "text/plain",
                "length": len(data),
                "sha2": sha2,
            }
        ],
    )
    body, content_type = services.multipart_encode(
        json.dumps(sent).encode(), [(sha2, "text/plain", data)]
    )
    assert (
        basic_client.post("/xapi/statements", data=body, content_type=content_type).status_code
        == 200
    )
    forwarding("https://lrs.example.org/xapi")
    captured = []
    monkeypatch.setattr(
        services,
        "forward_post",
        lambda url, body, content_type: captured.append((body, content_type)),
    )
    assert (
        services.statements_forward(
            row_ids=list(XAPIStatement.objects.values_list("id", flat=True))
        )
        == 1
    )
    forwarded, forwarded_type = captured[0]
    assert forwarded_type.startswith("multipart/mixed")
    assert f"X-Experience-API-Hash: {sha2}\r\n\r\n".encode() + data in forwarded
