"""System checks: refuse retention settings that are not a number of days, and an audit log
kept less than a year (DOMAIN.md 6.4)."""

from django.core import checks

from trauma_training.audit.models import MIN_RETENTION_DAYS
from trauma_training.selectors import NUDGE_EVERY_DAYS

from . import conf


@checks.register()
def check_retention_settings(app_configs, **kwargs):
    errors = []
    for name in conf.DEFAULTS:
        value = conf.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            errors.append(
                checks.Error(
                    f"{conf.setting_name(name)} must be a whole number of days (1 or more) or "
                    f"None, not {value!r}.",
                    hint="None keeps everything; see docs/retention.md.",
                    id="retention.E001",
                )
            )
            continue
        if name == "AUDIT_DAYS" and value < MIN_RETENTION_DAYS:
            errors.append(
                checks.Error(
                    f"RETENTION_AUDIT_DAYS is {value}; the audit log must be kept at least "
                    f"{MIN_RETENTION_DAYS} days.",
                    hint="DOMAIN.md 6.4 asks for at least one year; on PostgreSQL the database "
                    "refuses to delete younger entries anyway. Use 365 or more, or None.",
                    id="audit.E001",
                )
            )
        if name == "NUDGE_DAYS" and value < NUDGE_EVERY_DAYS:
            errors.append(
                checks.Error(
                    f"RETENTION_NUDGE_DAYS is {value}; nudges must be kept at least "
                    f"{NUDGE_EVERY_DAYS} days.",
                    hint="A mentor may nudge a mentee once a week; the rule reads the last "
                    "nudge, so purging sooner would let mentors nudge more often.",
                    id="retention.E002",
                )
            )
    return errors
