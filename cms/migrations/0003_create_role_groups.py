"""Create the five role groups and give each exactly the permissions of cms.roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here: a migration must not change when the code it once used changes.
ROLE_LABELS = {
    "learner": "Learner",
    "mentor": "Mentor",
    "trainer": "Trainer",
    "coordinator": "Coordinator",
    "admin": "Admin",
}
ROLE_PERMISSIONS = {
    "learner": [],
    "mentor": [],
    "trainer": ["wagtailadmin.access_admin", "courses.view_course_analytics"],
    "coordinator": [
        "wagtailadmin.access_admin",
        "courses.view_course_analytics",
        "courses.add_cohort",
        "courses.change_cohort",
        "courses.view_cohort",
        "courses.add_cohortmembership",
        "courses.change_cohortmembership",
        "courses.view_cohortmembership",
        "courses.manage_enrolment",
        "cms.add_invitation",
        "cms.change_invitation",
        "cms.view_invitation",
        "cms.reset_learner_password",
    ],
    "admin": [],
}
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRAINER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def create_role_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so groups can get them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    for role, label in ROLE_LABELS.items():
        group, _created = Group.objects.get_or_create(name=label)
        for dotted in ROLE_PERMISSIONS[role]:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )

    trainers = Group.objects.get(name=ROLE_LABELS["trainer"])
    root_page = Page.objects.filter(depth=1).first()
    for codename in TRAINER_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(
            group=trainers, page=root_page, permission=permission
        )
    root_collection = Collection.objects.filter(depth=1).first()
    for app_label, codename in TRAINER_COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=trainers, collection=root_collection, permission=permission
        )


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_LABELS.values()).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_site_pages_invitation_cohort"),
        ("courses", "0001_curriculum_enrolment_progress"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
