"""How long personal data is kept, and the nightly purge (DOMAIN.md 6.5, docs/retention.md).

`conf` reads the RETENTION_* settings, `checks` refuses bad ones, `services.retention_purge`
runs every app's own purge (each app deletes its own data in its `retention.py`), and
`tasks.retention_purge_task` is what Celery beat calls; `manage.py retention_purge` prints it.
"""
