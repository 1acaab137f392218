
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Only PostgreSQL gets the triggers. An UPDATE of an entry is refused unless it only sets
# actor_id / subject_id to NULL (on_delete=SET_NULL when an account is deleted; the labels,
# which the hash covers, stay). DELETE is refused outright. TRUNCATE is not blocked: the test
# runner empties tables with it; the database role the app uses should not be granted it.
TRIGGERS_SQL = """
CREATE FUNCTION audit_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND (NEW.actor_id IS NULL OR NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id)
        AND (NEW.subject_id IS NULL OR NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id)
        AND (NEW.id, NEW.sequence, NEW.created_at, NEW.actor_label, NEW.action,
             NEW.subject_label, NEW.target, NEW.detail, NEW.prev_hash, NEW.hash)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.sequence, OLD.created_at, OLD.actor_label, OLD.action,
             OLD.subject_label, OLD.target, OLD.detail, OLD.prev_hash, OLD.hash)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_auditentry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_auditentry_append_only
    BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_auditentry_append_only();

CREATE FUNCTION audit_auditchainhead_keep() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_auditchainhead: the chain head cannot be deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_auditchainhead_keep
    BEFORE DELETE ON audit_auditchainhead
    FOR EACH ROW EXECUTE FUNCTION audit_auditchainhead_keep();
"""

TRIGGERS_DROP_SQL = """
DROP TRIGGER IF EXISTS audit_auditchainhead_keep ON audit_auditchainhead;
DROP FUNCTION IF EXISTS audit_auditchainhead_keep();
DROP TRIGGER IF EXISTS audit_auditentry_append_only ON audit_auditentry;
DROP FUNCTION IF EXISTS audit_auditentry_append_only();
"""


def triggers_add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGERS_SQL, params=None)


def triggers_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(TRIGGERS_DROP_SQL, params=None)


def chain_head_create(apps, schema_editor):
    AuditChainHead = apps.get_model("audit", "AuditChainHead")
    AuditChainHead.objects.using(schema_editor.connection.alias).get_or_create(pk=1)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AuditChainHead',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('last_sequence', models.PositiveBigIntegerField(default=0)),
                ('last_hash', models.CharField(default='0000000000000000000000000000000000000000000000000000000000000000', max_length=64)),
            ],
            options={
                'verbose_name': 'audit chain head',
                'default_permissions': (),
                'constraints': [models.CheckConstraint(condition=models.Q(('id', 1)), name='audit_chain_head_single_row')],
            },
        ),
        migrations.CreateModel(
            name='AuditEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sequence', models.PositiveBigIntegerField(editable=False, help_text='1, 2, 3… with no gaps.', unique=True, verbose_name='sequence')),
                ('created_at', models.DateTimeField(editable=False, verbose_name='when')),
                ('actor_label', models.CharField(blank=True, editable=False, help_text='Who did it, kept after their account is deleted ("user #12"); empty if not known.', max_length=40, verbose_name='who')),
                ('action', models.CharField(choices=[('viewed_person_data', "Viewed another person's data"), ('exported_person_data', "Exported another person's data"), ('consent_given', 'Consent given'), ('consent_withdrawn', 'Consent withdrawn'), ('role_added', 'Role added'), ('role_removed', 'Role removed'), ('signed_off', 'Signed off'), ('signoff_returned', 'Sign-off returned'), ('mentorship_started', 'Mentorship started'), ('mentorship_ended', 'Mentorship ended'), ('account_deleted', 'Account deleted or anonymised')], editable=False, max_length=40, verbose_name='action')),
                ('subject_label', models.CharField(blank=True, editable=False, help_text='Whose data it is, kept after their account is deleted ("user #7").', max_length=40, verbose_name='whose data')),
                ('target', models.CharField(blank=True, editable=False, help_text='What was seen or changed, e.g. "mentor dashboard: progress summary".', max_length=200, verbose_name='what')),
                ('detail', models.JSONField(blank=True, default=dict, editable=False, help_text='Small structured facts (ids, purposes, group names); never free text.', verbose_name='detail')),
                ('prev_hash', models.CharField(editable=False, max_length=64, unique=True, verbose_name='previous hash')),
                ('hash', models.CharField(editable=False, max_length=64, unique=True, verbose_name='hash')),
                ('actor', models.ForeignKey(blank=True, editable=False, help_text='Who did it, while their account exists.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('subject', models.ForeignKey(blank=True, editable=False, help_text='Whose data it is, while their account exists.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'audit entry',
                'verbose_name_plural': 'audit entries',
                'ordering': ['sequence'],
                'default_permissions': ('view',),
            },
        ),
        migrations.RunPython(chain_head_create, migrations.RunPython.noop),
        migrations.RunPython(triggers_add, triggers_drop),
    ]
