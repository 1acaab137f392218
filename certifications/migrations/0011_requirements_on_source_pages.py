"""Programmes whose requirements point at a translated copy of a course or module (earlier
demo seeds picked every language's copy by slug) require its source page instead.

Progress, enrolment and certificates are kept on the source page (courses.localization), so
a requirement on a translation could never be met. The rule is repeated here on the
historical models rather than imported, so this migration keeps working as the code moves
on (certifications.services.programme_requirements_to_sources is the same rule)."""

from django.conf import settings
from django.db import migrations


def _source_id(Page, default_locale_id, page) -> int:
    """The source page's id for `page`: itself, its alias's original, or the default-language
    page with its translation key (itself when that source was deleted)."""
    if page.alias_of_id is not None:
        return page.alias_of_id
    if page.locale_id == default_locale_id:
        return page.pk
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale_id=default_locale_id)
        .values_list("pk", flat=True)
        .first()
    )
    return source or page.pk


def requirements_to_sources(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Programme = apps.get_model("certifications", "CertificationProgramme")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:  # no pages yet, so nothing to put right
        return
    for programme in Programme.objects.all():
        courses = list(programme.required_courses.all())
        sources = {_source_id(Page, default.pk, course) for course in courses}
        if sources != {course.pk for course in courses}:
            programme.required_courses.set(sorted(sources))
        module = programme.renewal_check_module
        if module is not None:
            source = _source_id(Page, default.pk, module)
            if source != module.pk:
                programme.renewal_check_module_id = source
                programme.save(update_fields=["renewal_check_module"])


class Migration(migrations.Migration):
    dependencies = [
        ("certifications", "0010_event_notes_in_the_readers_language"),
    ]

    operations = [
        migrations.RunPython(requirements_to_sources, migrations.RunPython.noop),
    ]
