"""Programme requirements are source pages: a translated copy is refused by the admin and
put right by migration 0011 and by services.programme_requirements_to_sources."""

import importlib

import pytest
from django.apps import apps

from certifications.models import CertificationProgramme
from certifications.services import programme_requirements_to_sources
from tests.factories import CourseBuilder
from tests.factories.courses import modules_of, translate_course

migration = importlib.import_module("certifications.migrations.0011_requirements_on_source_pages")


@pytest.fixture
def course(index):
    return CourseBuilder(index, "A2").module(lessons=1).module(lessons=1, check=True).build()


@pytest.fixture
def bad_programme(course):
    """A programme whose requirements point at the Bengali and Hindi copies as well."""
    bengali, hindi = translate_course(course, "bn"), translate_course(course, "hi")
    programme = CertificationProgramme.objects.create(
        code="pfa", name="PFA", printed_title="PFA", renewal_check_module=modules_of(bengali)[1]
    )
    programme.required_courses.set([course, bengali, hindi])
    return programme


@pytest.mark.django_db
def test_requirements_to_sources_keeps_each_course_once_and_the_source_refresher(
    bad_programme, course
):
    replaced = programme_requirements_to_sources(programme=bad_programme)

    bad_programme.refresh_from_db()
    assert replaced == 3
    assert list(bad_programme.required_courses.all()) == [course]
    assert bad_programme.renewal_check_module_id == modules_of(course)[1].pk
    assert programme_requirements_to_sources(programme=bad_programme) == 0


@pytest.mark.django_db
def test_migration_replaces_translated_requirements_by_their_sources(bad_programme, course):
    migration.requirements_to_sources(apps, None)

    bad_programme.refresh_from_db()
    assert list(bad_programme.required_courses.all()) == [course]
    assert bad_programme.renewal_check_module_id == modules_of(course)[1].pk


@pytest.mark.django_db
def test_migration_leaves_a_translation_whose_source_was_deleted(course):
    bengali = translate_course(course, "bn")
    programme = CertificationProgramme.objects.create(code="pfa", name="PFA", printed_title="PFA")
    programme.required_courses.set([bengali])
    course.delete()

    migration.requirements_to_sources(apps, None)

    assert list(programme.required_courses.values_list("pk", flat=True)) == [bengali.pk]
