"""Safety settings per site (quick exit address, neutral name, helplines, idle minutes), the
programme's helplines for every existing site, and coordinators may change them (cms.roles)."""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# Frozen here: a migration must not change when the code it once used changes.
HELPLINES = [
    ("Tele-MANAS (mental health)", "14416", "24 hours, every day", "Free. Talk in your own language."),
    ("Women helpline", "181", "24 hours, every day", "Free. For women facing violence or in danger."),
    ("Childline", "1098", "24 hours, every day", "Free. For a child who needs help."),
    ("Emergency", "112", "24 hours, every day", "Police, fire, ambulance."),
    ("Cyber-crime helpline", "1930", "24 hours, every day", "Money taken by fraud, for example through UPI."),
]
COORDINATOR_PERMISSIONS = ["change_safetysettings"]


def seed(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    SafetySettings = apps.get_model("cms", "SafetySettings")
    Helpline = apps.get_model("cms", "Helpline")
    for site in Site.objects.all():
        settings, created = SafetySettings.objects.get_or_create(site=site)
        if created:
            for order, (name, number, hours, note) in enumerate(HELPLINES):
                Helpline.objects.create(
                    settings=settings, sort_order=order, name=name, number=number, hours=hours, note=note
                )


def _permissions(apps):
    app_config = apps.get_app_config("cms")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="cms", codename__in=COORDINATOR_PERMISSIONS
    )


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get(name="Coordinator").permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get(name="Coordinator").permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0006_certification_permissions'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='SafetySettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('neutral_exit_url', models.URLField(default='https://www.google.com/search?q=weather', help_text='Where quick exit sends people: an ordinary public site that raises no questions, such as a weather or news page. Must start with http:// or https://.', max_length=500, validators=[django.core.validators.URLValidator(schemes=['http', 'https'])], verbose_name='quick exit address')),
                ('site_name', models.CharField(default='Learning together', help_text="Shown in the header and when the site is added to a phone's home screen. Choose a plain name that says nothing about trafficking or support.", max_length=60, verbose_name='site name')),
                ('site_title', models.CharField(default='Learning together', help_text='Shown in the browser tab and in the browser\'s history. Keep it neutral, for example "Notes" or "Learning together".', max_length=60, verbose_name='browser tab title')),
                ('tab_title_only', models.BooleanField(default=False, help_text="Page names, such as a lesson's title, then never appear in the browser tab or its history. Each page's heading still says where you are.", verbose_name='show only this title in the browser tab')),
                ('idle_minutes', models.PositiveSmallIntegerField(default=30, help_text='A signed-in person who does nothing for this many minutes is signed out, so a shared phone does not stay signed in. They are warned two minutes before and can stay signed in with one tap. Between 5 and 720.', validators=[django.core.validators.MinValueValidator(5), django.core.validators.MaxValueValidator(720)], verbose_name='sign out after idle minutes')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'safety',
            },
        ),
        migrations.CreateModel(
            name='Helpline',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('name', models.CharField(help_text='What the line is, e.g. "Women helpline".', max_length=80, verbose_name='name')),
                ('number', models.CharField(help_text='The number to dial, e.g. 181.', max_length=20, validators=[django.core.validators.RegexValidator('^\\+?[0-9][0-9 -]*$', 'Use digits, spaces and dashes, e.g. 181 or 1800-599-0019.')], verbose_name='number')),
                ('hours', models.CharField(blank=True, help_text='When it answers, e.g. "24 hours".', max_length=80, verbose_name='hours')),
                ('note', models.CharField(blank=True, help_text='One short sentence: who it is for, whether it is free.', max_length=200, verbose_name='note')),
                ('settings', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='helplines', to='cms.safetysettings')),
            ],
            options={
                'verbose_name': 'helpline',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(grant, revoke),
    ]
