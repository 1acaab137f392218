"""What the certifications app announces, for other apps (the audit log) to record. Each is
sent inside the transaction of what it reports, so a rollback takes the record with it.

- checklist_signoff_decided(sender=ChecklistSignOff, signoff, by, decision): a signer signed
  ("signed") or returned ("returned") a learner's checklist request.
- person_data_viewed(sender=str, viewer, subjects, what): `viewer` was shown these people's
  data (`subjects`, users) on the page named by `sender`; `what` says which data, in a few
  words, never the data itself.
- person_data_exported(sender=str, viewer, count, what): `viewer` downloaded an export with
  `count` people's certificates.
"""

from django.dispatch import Signal

checklist_signoff_decided = Signal()
person_data_viewed = Signal()
person_data_exported = Signal()
