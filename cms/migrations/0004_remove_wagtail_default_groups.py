"""Remove Wagtail's starter groups "Editors" and "Moderators": they carry admin access and page
permissions outside the five roles, so nobody should be put in them by mistake."""

from django.db import migrations

WAGTAIL_STARTER_GROUPS = ["Editors", "Moderators"]


def remove_starter_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=WAGTAIL_STARTER_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_create_role_groups")]

    operations = [migrations.RunPython(remove_starter_groups, migrations.RunPython.noop)]
