"""Trainers translate courses with wagtail-localize (docs/translations.md): it asks for its
own "submit translation" permission besides the page permissions trainers have (cms.roles)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here: a migration must not change when the code it once used changes.
ADDED = {"Trainer": ["wagtail_localize.submit_translation"]}


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    for group_name, dotted in ADDED.items():
        for name in dotted:
            app_label, codename = name.split(".")
            yield (
                group_name,
                Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group_name, permission in _permissions(apps):
        Group.objects.get(name=group_name).permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group_name, permission in _permissions(apps):
        Group.objects.get(name=group_name).permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0012_helplines_in_each_language"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
