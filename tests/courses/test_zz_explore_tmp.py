import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from tests.factories import CourseBuilder, user_with_role


def build(index, code, modules, lessons):
    b = CourseBuilder(index, code)
    for _ in range(modules):
        b.module(lessons=lessons)
    return b.build()


@pytest.mark.django_db
@pytest.mark.parametrize("size", ["small", "large"])
def test_explore(index, learner, client, size):
    if size == "small":
        course = build(index, "S1", 1, 2)
        services.enrolment_create(user=learner, course=course)
    else:
        course = build(index, "L1", 6, 6)
        services.enrolment_create(user=learner, course=course)
        for i in range(6):
            c = build(index, f"X{i}", 1, 1)
            services.enrolment_create(user=learner, course=c)
    client.force_login(learner)
    for url in [course.url, "/learn/"]:
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(url)
        assert r.status_code == 200
        print(size, url, len(ctx.captured_queries))
        for q in ctx.captured_queries:
            print("   ", q["sql"])
