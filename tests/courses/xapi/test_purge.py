"""Retention: `manage.py xapi_purge` and the periodic task delete old statements, state
documents and agent profile documents, and keep statements that still wait to be forwarded."""

import json
from datetime import timedelta
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from courses.models import XAPIProfileDocument, XAPIStateDocument, XAPIStatement
from courses.xapi.tasks import xapi_purge_task
from tests.courses.xapi.helpers import mbox_agent, post, state_params, statement

pytestmark = pytest.mark.django_db

IRI = "https://partner.example.org/activities/quiz"
AGENT_PROFILE = f"/xapi/agents/profile?{urlencode({'agent': json.dumps(mbox_agent())})}"
ACTIVITY_PROFILE = f"/xapi/activities/profile?{urlencode({'activityId': IRI})}"


@pytest.fixture
def records(basic_client):
    """Three statements (stored 40, 40 and 1 days ago) and two state documents (updated 40
    days and now)."""
    post(basic_client, [statement(IRI) for _ in range(3)])
    now = timezone.now()
    first, second, _recent = XAPIStatement.objects.order_by("id")
    XAPIStatement.objects.filter(pk__in=[first.pk, second.pk]).update(
        stored=now - timedelta(days=40)
    )
    XAPIStatement.objects.filter(pk=_recent.pk).update(stored=now - timedelta(days=1))
    for state_id in ("old", "new"):
        basic_client.put(
            f"/xapi/activities/state?{state_params(IRI, mbox_agent(), stateId=state_id)}",
            data=b"{}",
            content_type="application/json",
        )
    XAPIStateDocument.objects.filter(state_id="old").update(updated=now - timedelta(days=40))
    for kind, url in (("agent", AGENT_PROFILE), ("activity", ACTIVITY_PROFILE)):
        for profile_id in ("old", "new"):
            response = basic_client.put(
                f"{url}&profileId={profile_id}",
                data=b"{}",
                content_type="application/json",
                HTTP_IF_NONE_MATCH="*",
            )
            assert response.status_code == 204, (kind, response.content)
    XAPIProfileDocument.objects.filter(profile_id="old").update(updated=now - timedelta(days=40))
    return first, second


def run(*args) -> str:
    out = StringIO()
    call_command("xapi_purge", *args, stdout=out)
    return out.getvalue()


def test_purge_deletes_older_records_and_prints_counts(records):
    output = run("--days", "30")
    assert output.startswith(
        "deleted 2 statements, 1 state documents and 1 agent profile documents older than 30 days"
    )
    assert XAPIStatement.objects.count() == 1
    assert list(XAPIStateDocument.objects.values_list("state_id", flat=True)) == ["new"]
    # Activity profiles are about content, not people: they stay.
    assert sorted(XAPIProfileDocument.objects.values_list("kind", "profile_id")) == [
        ("activity", "new"),
        ("activity", "old"),
        ("agent", "new"),
    ]


def test_dry_run_only_counts(records):
    output = run("--days", "30", "--dry-run")
    assert output.startswith(
        "would delete 2 statements, 1 state documents and 1 agent profile documents"
    )
    assert XAPIStatement.objects.count() == 3
    assert XAPIStateDocument.objects.count() == 2
    assert XAPIProfileDocument.objects.count() == 4


def test_unforwarded_statements_are_kept_while_forwarding_is_on(records, settings):
    settings.COURSES_XAPI_FORWARD_URL = "https://lrs.example.org/xapi"
    first, _second = records
    XAPIStatement.objects.filter(pk=first.pk).update(forwarded_at=timezone.now())
    output = run("--days", "30")
    assert "deleted 1 statements" in output
    assert (
        "kept 1 older statements not yet forwarded to COURSES_XAPI_FORWARD_URL; "
        "they are purged once forwarded" in output
    )
    assert XAPIStatement.objects.count() == 2


def test_days_come_from_the_setting_or_the_option(records, settings):
    with pytest.raises(CommandError, match="give --days N, or set COURSES_XAPI_RETENTION_DAYS"):
        run()
    settings.COURSES_XAPI_RETENTION_DAYS = 30
    assert run().startswith("deleted 2 statements")


def test_periodic_purge_follows_the_setting(records, settings):
    assert xapi_purge_task() == 0
    assert XAPIStatement.objects.count() == 3
    settings.COURSES_XAPI_RETENTION_DAYS = 30
    assert xapi_purge_task() == 2
    assert XAPIStatement.objects.count() == 1
