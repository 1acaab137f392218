"""H5PPackage.libraries_key, and the libraries of packages stored before it published
(courses.h5p.services.package_libraries_publish), so their players load libraries from the
cached URL too. A package whose archive cannot be read keeps a blank key: its player still
loads the libraries under the learner's grant, as before."""

import logging

from django.db import migrations, models

logger = logging.getLogger(__name__)


def publish_existing(apps, schema_editor):
    from courses.h5p.services import package_libraries_publish

    H5PPackage = apps.get_model("courses", "H5PPackage")
    for pk, sha256 in H5PPackage.objects.filter(state="ready", libraries_key="").values_list(
        "pk", "sha256"
    ):
        try:
            key = package_libraries_publish(sha256)
        except Exception:
            logger.exception("H5P package %s: libraries not published", sha256)
            continue
        H5PPackage.objects.filter(pk=pk).update(libraries_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0013_xapi_activities_and_profiles"),
    ]

    operations = [
        migrations.AddField(
            model_name="h5ppackage",
            name="libraries_key",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.RunPython(publish_existing, migrations.RunPython.noop),
    ]
