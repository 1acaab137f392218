"""What the certifications app announces, for other apps (the audit log) to record. Each is
sent inside the transaction of what it reports, so a rollback takes the record with it.

- checklist_signoff_decided(sender=ChecklistSignOff, signoff, by, decision): a signer signed
  ("signed") or returned ("returned") a learner's checklist request.
- person_data_viewed: the one signal for "someone was shown these people's data" is courses'
  (`courses.signals.person_data_viewed`, same arguments); it is re-exported here so this app's
  views read as they did. One signal, so the audit log has one receiver for it.
- person_data_listed: likewise courses' (`courses.signals.person_data_listed`), re-exported:
  the certificate listing names the holders on one page, one entry per visit with the count.
- person_data_exported(sender=str, viewer, count, what): `viewer` downloaded an export with
  `count` people's certificates.
"""

from django.dispatch import Signal

from courses.signals import (  # noqa: F401 (re-exported, see above)
    person_data_listed,
    person_data_viewed,
)

checklist_signoff_decided = Signal()
person_data_exported = Signal()
