import os
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connections

from certifications.addresses import default_site_forget
from courses.h5p.selectors import remembered_activities_forget
from tests.factories import CourseBuilder, course_index, user_with_role

FIXTURES_DIR = Path(
    os.environ.get(
        "LMS_FIXTURES_DIR", Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures"
    )
)


@pytest.fixture(autouse=True)
def _clear_cache():
    # The course structure is cached, and activities are remembered per process; each test
    # starts afresh.
    cache.clear()
    remembered_activities_forget()
    default_site_forget()
    yield
    cache.clear()
    remembered_activities_forget()
    default_site_forget()


@pytest.fixture(autouse=True)
def _certificate_address(settings):
    # Certificates link to one fixed address in tests, whatever Site a test builds (courses
    # make a "testserver" one); tests/certifications/test_addresses.py tests the rule itself.
    settings.CERTIFICATIONS_SITE_URL = "http://127.0.0.1:8000"


@pytest.fixture
def index(db):
    return course_index()


@pytest.fixture
def course(index):
    """A published course: two modules of two "viewed" lessons; the second has a check."""
    return CourseBuilder(index, "T1").module(lessons=2).module(lessons=2, check=True).build()


@pytest.fixture
def learner(db):
    return user_with_role("learner", username="learner-a")


@pytest.fixture
def other_learner(db):
    return user_with_role("learner", username="learner-b")


@pytest.fixture
def fixtures_dir():
    if not FIXTURES_DIR.is_dir():
        pytest.skip(f"shared fixtures not found at {FIXTURES_DIR}; set LMS_FIXTURES_DIR")
    return FIXTURES_DIR


def migrated_rows_restore() -> None:
    """Put back the rows the migrations made (groups, content types, the site and its pages),
    as serialized when the test database was created."""
    for alias in connections:
        wrapper = connections[alias]
        if hasattr(wrapper, "_test_serialized_contents"):
            wrapper.creation.deserialize_db_from_string(wrapper._test_serialized_contents)


@pytest.fixture
def migrated_rows_restored(django_db_blocker):
    """For tests that commit (`django_db(transaction=True, serialized_rollback=True)`, real
    concurrency on PostgreSQL): put back the rows the migrations made after the test's flush,
    so the tests after it find the database as they expect. Without `serialized_rollback` the
    flush would also make new content types under new ids, and the next test that restores
    the serialized rows would clash with them."""
    yield
    with django_db_blocker.unblock():
        migrated_rows_restore()
