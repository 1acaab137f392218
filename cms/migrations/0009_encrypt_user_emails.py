"""Seal every stored email address, fill its lookup digest, and empty allauth's EmailAddress
table (which kept addresses in plain text and is not used from now on: docs/email-privacy.md).

Reversing writes the addresses back in plain text and empties the digests; allauth's rows are
not recreated (allauth reads `user.email` when a user has none).
"""

from django.db import migrations

from cms.fields import email_digest


def encrypt_emails(apps, schema_editor):
    User = apps.get_model("cms", "User")
    db = schema_editor.connection.alias
    # The field reads a plain (not yet sealed) value as it is, and seals whatever it writes.
    # (No filter on `email` here: it would compare digests, which are still empty.)
    rows = list(User.objects.using(db).values_list("pk", "email"))
    for pk, address in rows:
        if address:
            User.objects.using(db).filter(pk=pk).update(
                email=address, email_digest=email_digest(address)
            )
    EmailAddress = apps.get_model("account", "EmailAddress")
    EmailAddress.objects.using(db).all().delete()


def decrypt_emails(apps, schema_editor):
    User = apps.get_model("cms", "User")
    connection = schema_editor.connection
    table = connection.ops.quote_name(User._meta.db_table)
    # Read through the field (it unseals), write around it (it would seal again).
    rows = list(User.objects.using(connection.alias).values_list("pk", "email"))
    with connection.cursor() as cursor:
        for pk, address in rows:
            cursor.execute(
                f"UPDATE {table} SET email = %s, email_digest = '' WHERE id = %s",  # noqa: S608
                [address or "", pk],
            )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0008_user_email_encrypted"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(encrypt_emails, decrypt_emails)]
