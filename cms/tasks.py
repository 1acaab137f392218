"""Background work of the site. Celery's autodiscovery imports this module."""

from cms.retention import tasks as retention_tasks  # noqa: F401
