"""Coordinators see and edit collectives in the admin (only those they coordinate: the
viewset narrows the list), and add new ones (cms.roles)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here: a migration must not change when the code it once used changes.
ADDED = {
    "Coordinator": [
        "trauma_training.add_collective",
        "trauma_training.change_collective",
        "trauma_training.view_collective",
    ],
}


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
        ("trauma_training", "0003_nudge"),
        ("cms", "0006_certification_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
