"""Everything about a learner is kept on a page's source copy (courses.localization): point
any row that names a translated copy or a placeholder at its source page.

Before content translation every page was in the default locale, so on an existing site this
finds nothing to change; it is here so the rule holds for any data, however it was made. A row
whose move would collide with one the learner already has on the source page is left as it
is (never deleted): `courses.localization` reads only source rows, so it is simply not shown.
"""

from django.conf import settings
from django.db import IntegrityError, migrations, transaction

# (model, page foreign keys) that progress is kept on.
TABLES = [
    ("Enrolment", ["course"]),
    ("LessonProgress", ["lesson", "module", "course"]),
    ("ModuleProgress", ["module", "course"]),
    ("CourseProgress", ["course"]),
    ("QuizAttempt", ["page"]),
    ("ReflectionResponse", ["lesson"]),
    ("SignOff", ["lesson"]),
]


def _source_ids(apps) -> dict[int, int]:
    """{page id: source page id} for every page that is not its own source."""
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        return {}
    sources = dict(
        Page.objects.filter(locale=default, alias_of__isnull=True).values_list(
            "translation_key", "id"
        )
    )
    mapping = {}
    for page_id, key, alias_of in Page.objects.exclude(
        locale=default, alias_of__isnull=True
    ).values_list("id", "translation_key", "alias_of_id"):
        source = alias_of or sources.get(key)
        if source and source != page_id:
            mapping[page_id] = source
    return mapping


def rows_to_source_pages(apps, schema_editor):
    mapping = _source_ids(apps)
    if not mapping:
        return
    for model_name, fields in TABLES:
        model = apps.get_model("courses", model_name)
        lookup = {f"{fields[0]}_id__in": list(mapping)}
        for row in model.objects.filter(**lookup):
            for field in fields:
                page_id = getattr(row, f"{field}_id")
                setattr(row, f"{field}_id", mapping.get(page_id, page_id))
            try:
                with transaction.atomic():
                    row.save(update_fields=fields)
            except IntegrityError:
                continue  # the learner has this row on the source page already: kept as is


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0008_content_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rows_to_source_pages, migrations.RunPython.noop)]
