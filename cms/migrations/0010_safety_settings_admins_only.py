"""The safety settings (quick exit address, helplines) are site-wide: coordinators, who reach
only their own collectives, no longer change them (issue 11); admins (superusers) do."""

from django.db import migrations

PERMISSION = "change_safetysettings"


def _permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="cms", codename=PERMISSION)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Coordinator"):
        group.permissions.remove(*_permission(apps))


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Coordinator"):
        group.permissions.add(*_permission(apps))


class Migration(migrations.Migration):
    dependencies = [("cms", "0009_encrypt_user_emails")]

    operations = [migrations.RunPython(revoke, grant)]
