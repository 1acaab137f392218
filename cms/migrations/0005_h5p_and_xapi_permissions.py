"""Trainers manage H5P activities; coordinators manage the credentials external activity
providers use for the xAPI record store (cms.roles)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here: a migration must not change when the code it once used changes.
ADDED = {
    "Trainer": [
        "courses.add_h5pactivity",
        "courses.change_h5pactivity",
        "courses.view_h5pactivity",
    ],
    "Coordinator": [
        "courses.add_xapicredential",
        "courses.change_xapicredential",
        "courses.view_xapicredential",
        "courses.delete_xapicredential",
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
            yield group_name, Permission.objects.get(
                content_type__app_label=app_label, codename=codename
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
        ("cms", "0004_remove_wagtail_default_groups"),
        ("courses", "0004_xapi_record_store"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
