"""Who may see a person's data: every role against every view and endpoint that shows it.

Learner A is the person. The roles: anonymous, A, another learner (B), A's mentor (assigned,
and A consents to progress being shown), another mentor (B's), a trainer, the coordinator of
A's collective, the coordinator of B's collective, and an admin. There are two collectives,
A's and B's, each with its own coordinator, mentor and learner; every admin and programme
page a coordinator can reach is here, with its choice lists (issue #11). The table EXPECTED is the
whole policy: for each view and role, the status code, and whether A's data (the view's own
marker) appears. Any difference fails. Separately, A's private goal and journal words must
never appear in any response to anyone but A.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client

from certifications.models import (
    Certificate,
    CertificationProgramme,
    ChecklistSignOff,
    SignOffChecklist,
)
from cms.models import SafetySettings
from cms.roles import Role
from courses import services as course_services
from courses.models import Cohort, CohortMembership
from tests.courses.helpers import reflection_block
from tests.factories import CourseBuilder, course_index, user_with_role
from tests.factories.courses import lessons_of
from trauma_training.models import Collective, Consent, Mentorship
from trauma_training.wellbeing import services as wellbeing

ROLES = [
    "anonymous",
    "learner_a",
    "learner_b",
    "mentor_of_a",
    "other_mentor",
    "trainer",
    "coordinator_of_a",
    "coordinator_other",
    "admin",
]

A_NAME = "Zarina-A"
A_PRINTED_NAME = "Zarina Printed 5521"
A_COURSE = "Course only A joined 7730"
A_CODE = "ABCDE-FGHJK"
A_SHARED_GOAL = "Speak at the collective meeting 3318"
A_PRIVATE_GOAL = "Private goal of A 9902"
A_PRIVATE_JOURNAL = "Private journal words of A 6140"
A_VOICE = "A's voice note 4471"  # inside the recording's bytes
A_COHORT = "A&#x27;s collective"  # A's cohort's name, as the HTML shows it

# (view, role, status, sees A's data)
EXPECTED = [
    # Setting up an authenticator app and reading its recovery codes (cms/mfa_views.py): a
    # session with no recent authentication (these are made by force_login) must confirm the
    # password first; only A has codes, and nobody else's page shows them.
    ("mfa_activate_totp", "anonymous", 302, False),
    ("mfa_activate_totp", "learner_a", 302, False),
    ("mfa_activate_totp", "learner_b", 302, False),
    ("mfa_activate_totp", "mentor_of_a", 302, False),
    ("mfa_activate_totp", "other_mentor", 302, False),
    ("mfa_activate_totp", "trainer", 302, False),
    ("mfa_activate_totp", "coordinator_of_a", 302, False),
    ("mfa_activate_totp", "coordinator_other", 302, False),
    ("mfa_activate_totp", "admin", 302, False),
    ("mfa_recovery_codes", "anonymous", 302, False),
    ("mfa_recovery_codes", "learner_a", 302, False),
    ("mfa_recovery_codes", "learner_b", 404, False),
    ("mfa_recovery_codes", "mentor_of_a", 404, False),
    ("mfa_recovery_codes", "other_mentor", 404, False),
    ("mfa_recovery_codes", "trainer", 404, False),
    ("mfa_recovery_codes", "coordinator_of_a", 404, False),
    ("mfa_recovery_codes", "coordinator_other", 404, False),
    ("mfa_recovery_codes", "admin", 404, False),
    # My certificates: only A's own, everyone else sees their own page without A's.
    ("certificates_mine", "anonymous", 302, False),
    ("certificates_mine", "learner_a", 200, True),
    ("certificates_mine", "learner_b", 200, False),
    ("certificates_mine", "mentor_of_a", 200, False),
    ("certificates_mine", "other_mentor", 200, False),
    ("certificates_mine", "trainer", 200, False),
    ("certificates_mine", "coordinator_of_a", 200, False),
    ("certificates_mine", "coordinator_other", 200, False),
    ("certificates_mine", "admin", 200, False),
    # A's PDF: A only; a code never tells anyone else whose it is (404).
    ("certificate_pdf", "anonymous", 302, False),
    ("certificate_pdf", "learner_a", 200, True),
    ("certificate_pdf", "learner_b", 404, False),
    ("certificate_pdf", "mentor_of_a", 404, False),
    ("certificate_pdf", "other_mentor", 404, False),
    ("certificate_pdf", "trainer", 404, False),
    ("certificate_pdf", "coordinator_of_a", 404, False),
    ("certificate_pdf", "coordinator_other", 404, False),
    ("certificate_pdf", "admin", 404, False),
    # The same certificate in another language, made on the spot: the holder's only.
    ("certificate_pdf_in_hindi", "anonymous", 302, False),
    ("certificate_pdf_in_hindi", "learner_a", 200, True),
    ("certificate_pdf_in_hindi", "learner_b", 404, False),
    ("certificate_pdf_in_hindi", "mentor_of_a", 404, False),
    ("certificate_pdf_in_hindi", "other_mentor", 404, False),
    ("certificate_pdf_in_hindi", "trainer", 404, False),
    ("certificate_pdf_in_hindi", "coordinator_of_a", 404, False),
    ("certificate_pdf_in_hindi", "coordinator_other", 404, False),
    ("certificate_pdf_in_hindi", "admin", 404, False),
    # wagtail-localize's Translations report: those who translate (trainers, admins).
    ("admin_translations_report", "anonymous", 302, False),
    ("admin_translations_report", "learner_a", 302, False),
    ("admin_translations_report", "learner_b", 302, False),
    ("admin_translations_report", "mentor_of_a", 302, False),
    ("admin_translations_report", "other_mentor", 302, False),
    ("admin_translations_report", "trainer", 200, False),
    ("admin_translations_report", "coordinator_of_a", 302, False),
    ("admin_translations_report", "coordinator_other", 302, False),
    ("admin_translations_report", "admin", 200, False),
    ("certificate_credential", "anonymous", 302, False),
    ("certificate_credential", "learner_a", 200, True),
    ("certificate_credential", "learner_b", 404, False),
    ("certificate_credential", "mentor_of_a", 404, False),
    ("certificate_credential", "other_mentor", 404, False),
    ("certificate_credential", "trainer", 404, False),
    ("certificate_credential", "coordinator_of_a", 404, False),
    ("certificate_credential", "coordinator_other", 404, False),
    ("certificate_credential", "admin", 404, False),
    # The public check shows the printed name and nothing else, to anyone with the code.
    ("certificate_verify", "anonymous", 200, True),
    ("certificate_verify", "learner_a", 200, True),
    ("certificate_verify", "learner_b", 200, True),
    ("certificate_verify", "mentor_of_a", 200, True),
    ("certificate_verify", "other_mentor", 200, True),
    ("certificate_verify", "trainer", 200, True),
    ("certificate_verify", "coordinator_of_a", 200, True),
    ("certificate_verify", "coordinator_other", 200, True),
    ("certificate_verify", "admin", 200, True),
    ("certificate_verify_start", "anonymous", 200, False),
    ("certificate_verify_start", "learner_a", 200, False),
    ("certificate_verify_start", "learner_b", 200, False),
    ("certificate_verify_start", "mentor_of_a", 200, False),
    ("certificate_verify_start", "other_mentor", 200, False),
    ("certificate_verify_start", "trainer", 200, False),
    ("certificate_verify_start", "coordinator_of_a", 200, False),
    ("certificate_verify_start", "coordinator_other", 200, False),
    ("certificate_verify_start", "admin", 200, False),
    # A's applied project is signed by a mentor of A's collective: only that mentor sees the
    # request in the queue and may open it; supervisors (coordinators, admins) sign
    # supervisor checklists of their own collectives' people, but not this one.
    ("certificates_review", "anonymous", 302, False),
    ("certificates_review", "learner_a", 403, False),
    ("certificates_review", "learner_b", 403, False),
    ("certificates_review", "mentor_of_a", 200, True),
    ("certificates_review", "other_mentor", 200, False),
    ("certificates_review", "trainer", 403, False),
    ("certificates_review", "coordinator_of_a", 200, False),
    ("certificates_review", "coordinator_other", 200, False),
    ("certificates_review", "admin", 200, False),
    ("certificates_sign", "anonymous", 302, False),
    ("certificates_sign", "learner_a", 403, False),
    ("certificates_sign", "learner_b", 403, False),
    ("certificates_sign", "mentor_of_a", 200, True),
    ("certificates_sign", "other_mentor", 403, False),
    ("certificates_sign", "trainer", 403, False),
    ("certificates_sign", "coordinator_of_a", 403, False),
    ("certificates_sign", "coordinator_other", 403, False),
    ("certificates_sign", "admin", 403, False),
    # A's collective page: display names only, for its members, mentors and coordinators.
    ("collective_page", "anonymous", 302, False),
    ("collective_page", "learner_a", 200, True),
    ("collective_page", "learner_b", 404, False),
    ("collective_page", "mentor_of_a", 200, True),
    ("collective_page", "other_mentor", 404, False),
    ("collective_page", "trainer", 404, False),
    ("collective_page", "coordinator_of_a", 200, True),
    ("collective_page", "coordinator_other", 404, False),
    ("collective_page", "admin", 404, False),
    # A's progress (the course only A joined) on the dashboard of A's mentor, with consent.
    ("mentor_dashboard", "anonymous", 302, False),
    ("mentor_dashboard", "learner_a", 403, False),
    ("mentor_dashboard", "learner_b", 403, False),
    ("mentor_dashboard", "mentor_of_a", 200, True),
    ("mentor_dashboard", "other_mentor", 200, False),
    ("mentor_dashboard", "trainer", 403, False),
    ("mentor_dashboard", "coordinator_of_a", 403, False),
    ("mentor_dashboard", "coordinator_other", 403, False),
    ("mentor_dashboard", "admin", 403, False),
    # A nudge to A: only A's mentor may try (A was active just now, hence 400).
    ("mentor_nudge", "anonymous", 302, False),
    ("mentor_nudge", "learner_a", 403, False),
    ("mentor_nudge", "learner_b", 403, False),
    ("mentor_nudge", "mentor_of_a", 400, True),
    ("mentor_nudge", "other_mentor", 404, False),
    ("mentor_nudge", "trainer", 403, False),
    ("mentor_nudge", "coordinator_of_a", 403, False),
    ("mentor_nudge", "coordinator_other", 403, False),
    ("mentor_nudge", "admin", 403, False),
    # A's own goals and journal: A only (each person sees their own page).
    ("my_goals", "anonymous", 302, False),
    ("my_goals", "learner_a", 200, True),
    ("my_goals", "learner_b", 200, False),
    ("my_goals", "mentor_of_a", 200, False),
    ("my_goals", "other_mentor", 200, False),
    ("my_goals", "trainer", 200, False),
    ("my_goals", "coordinator_of_a", 200, False),
    ("my_goals", "coordinator_other", 200, False),
    ("my_goals", "admin", 200, False),
    ("my_journal", "anonymous", 302, False),
    ("my_journal", "learner_a", 200, True),
    ("my_journal", "learner_b", 200, False),
    ("my_journal", "mentor_of_a", 200, False),
    ("my_journal", "other_mentor", 200, False),
    ("my_journal", "trainer", 200, False),
    ("my_journal", "coordinator_of_a", 200, False),
    ("my_journal", "coordinator_other", 200, False),
    ("my_journal", "admin", 200, False),
    # What A shared with the mentor: A's mentor only; an id never tells anyone else (404).
    ("mentee_shared", "anonymous", 302, False),
    ("mentee_shared", "learner_a", 404, False),
    ("mentee_shared", "learner_b", 404, False),
    ("mentee_shared", "mentor_of_a", 200, True),
    ("mentee_shared", "other_mentor", 404, False),
    ("mentee_shared", "trainer", 404, False),
    ("mentee_shared", "coordinator_of_a", 404, False),
    ("mentee_shared", "coordinator_other", 404, False),
    ("mentee_shared", "admin", 404, False),
    # Mentors' private check-in: for mentors, each their own; it never shows anyone else.
    ("checkin", "anonymous", 302, False),
    ("checkin", "learner_a", 403, False),
    ("checkin", "learner_b", 403, False),
    ("checkin", "mentor_of_a", 200, False),
    ("checkin", "other_mentor", 200, False),
    ("checkin", "trainer", 403, False),
    ("checkin", "coordinator_of_a", 403, False),
    ("checkin", "coordinator_other", 403, False),
    ("checkin", "admin", 403, False),
    # The certificate admin: coordinators see the people of the collectives they coordinate
    # (CERTIFICATIONS_HOLDERS_VISIBLE_TO), admins everyone; others are sent away.
    ("admin_certificate", "anonymous", 302, False),
    ("admin_certificate", "learner_a", 302, False),
    ("admin_certificate", "learner_b", 302, False),
    ("admin_certificate", "mentor_of_a", 302, False),
    ("admin_certificate", "other_mentor", 302, False),
    ("admin_certificate", "trainer", 404, False),
    ("admin_certificate", "coordinator_of_a", 200, True),
    ("admin_certificate", "coordinator_other", 404, False),
    ("admin_certificate", "admin", 200, True),
    ("admin_certificates_csv", "anonymous", 302, False),
    ("admin_certificates_csv", "learner_a", 302, False),
    ("admin_certificates_csv", "learner_b", 302, False),
    ("admin_certificates_csv", "mentor_of_a", 302, False),
    ("admin_certificates_csv", "other_mentor", 302, False),
    ("admin_certificates_csv", "trainer", 302, False),
    ("admin_certificates_csv", "coordinator_of_a", 200, True),
    ("admin_certificates_csv", "coordinator_other", 200, False),
    ("admin_certificates_csv", "admin", 200, True),
    # Each person's own pages show only their own: A's courses, A's mentor.
    ("my_learning", "anonymous", 302, False),
    ("my_learning", "learner_a", 200, True),
    ("my_learning", "learner_b", 200, False),
    ("my_learning", "mentor_of_a", 200, False),
    ("my_learning", "other_mentor", 200, False),
    ("my_learning", "trainer", 200, False),
    ("my_learning", "coordinator_of_a", 200, False),
    ("my_learning", "coordinator_other", 200, False),
    ("my_learning", "admin", 200, False),
    ("my_privacy", "anonymous", 302, False),
    ("my_privacy", "learner_a", 200, True),
    ("my_privacy", "learner_b", 200, False),
    ("my_privacy", "mentor_of_a", 200, False),
    ("my_privacy", "other_mentor", 200, False),
    ("my_privacy", "trainer", 200, False),
    ("my_privacy", "coordinator_of_a", 200, False),
    ("my_privacy", "coordinator_other", 200, False),
    ("my_privacy", "admin", 200, False),
    ("my_mentor", "anonymous", 302, False),
    ("my_mentor", "learner_a", 200, True),
    ("my_mentor", "learner_b", 200, False),
    ("my_mentor", "mentor_of_a", 200, False),
    ("my_mentor", "other_mentor", 200, False),
    ("my_mentor", "trainer", 200, False),
    ("my_mentor", "coordinator_of_a", 200, False),
    ("my_mentor", "coordinator_other", 200, False),
    ("my_mentor", "admin", 200, False),
    # Mentorships: the coordinator of A's collective (and admins) see A's.
    ("mentorships", "anonymous", 302, False),
    ("mentorships", "learner_a", 403, False),
    ("mentorships", "learner_b", 403, False),
    ("mentorships", "mentor_of_a", 403, False),
    ("mentorships", "other_mentor", 403, False),
    ("mentorships", "trainer", 403, False),
    ("mentorships", "coordinator_of_a", 200, True),
    ("mentorships", "coordinator_other", 200, False),
    ("mentorships", "admin", 200, True),
    # A's goal and A's journal actions: A only; an id never tells anyone else (404).
    ("goal_detail", "anonymous", 302, False),
    ("goal_detail", "learner_a", 200, True),
    ("goal_detail", "learner_b", 404, False),
    ("goal_detail", "mentor_of_a", 404, False),
    ("goal_detail", "other_mentor", 404, False),
    ("goal_detail", "trainer", 404, False),
    ("goal_detail", "coordinator_of_a", 404, False),
    ("goal_detail", "coordinator_other", 404, False),
    ("goal_detail", "admin", 404, False),
    ("journal_unshare", "anonymous", 302, False),
    ("journal_unshare", "learner_a", 302, False),
    ("journal_unshare", "learner_b", 404, False),
    ("journal_unshare", "mentor_of_a", 404, False),
    ("journal_unshare", "other_mentor", 404, False),
    ("journal_unshare", "trainer", 404, False),
    ("journal_unshare", "coordinator_of_a", 404, False),
    ("journal_unshare", "coordinator_other", 404, False),
    ("journal_unshare", "admin", 404, False),
    # The practice log: everyone sees only their own.
    ("practice_log", "anonymous", 302, False),
    ("practice_log", "learner_a", 200, False),
    ("practice_log", "learner_b", 200, False),
    ("practice_log", "mentor_of_a", 200, False),
    ("practice_log", "other_mentor", 200, False),
    ("practice_log", "trainer", 200, False),
    ("practice_log", "coordinator_of_a", 200, False),
    ("practice_log", "coordinator_other", 200, False),
    ("practice_log", "admin", 200, False),
    # The collectives admin: a coordinator edits only the collectives they coordinate. The
    # edit page names no learner (its coordinators field offers coordinators only).
    ("admin_collective", "anonymous", 302, False),
    ("admin_collective", "learner_a", 302, False),
    ("admin_collective", "learner_b", 302, False),
    ("admin_collective", "mentor_of_a", 302, False),
    ("admin_collective", "other_mentor", 302, False),
    ("admin_collective", "trainer", 302, False),
    ("admin_collective", "coordinator_of_a", 200, False),
    ("admin_collective", "coordinator_other", 404, False),
    ("admin_collective", "admin", 200, False),
    # Find a person (issue #11): a coordinator finds only their collectives' learners and
    # mentors, an admin everyone; others are sent away.
    ("admin_people_search", "anonymous", 302, False),
    ("admin_people_search", "learner_a", 302, False),
    ("admin_people_search", "learner_b", 302, False),
    ("admin_people_search", "mentor_of_a", 302, False),
    ("admin_people_search", "other_mentor", 302, False),
    ("admin_people_search", "trainer", 302, False),
    ("admin_people_search", "coordinator_of_a", 200, True),
    ("admin_people_search", "coordinator_other", 200, False),
    ("admin_people_search", "admin", 200, True),
    # A password reset for A: A's coordinator and admins; for anyone else with the
    # permission, A's id is a 404 exactly like an id that does not exist.
    ("admin_reset_password", "anonymous", 302, False),
    ("admin_reset_password", "learner_a", 302, False),
    ("admin_reset_password", "learner_b", 302, False),
    ("admin_reset_password", "mentor_of_a", 302, False),
    ("admin_reset_password", "other_mentor", 302, False),
    ("admin_reset_password", "trainer", 302, False),
    ("admin_reset_password", "coordinator_of_a", 200, True),
    ("admin_reset_password", "coordinator_other", 404, False),
    ("admin_reset_password", "admin", 200, True),
    # Cohort memberships: the listing, A's membership and the add form's choice lists name
    # A only to A's coordinator and admins.
    ("admin_memberships", "anonymous", 302, False),
    ("admin_memberships", "learner_a", 302, False),
    ("admin_memberships", "learner_b", 302, False),
    ("admin_memberships", "mentor_of_a", 302, False),
    ("admin_memberships", "other_mentor", 302, False),
    ("admin_memberships", "trainer", 302, False),
    ("admin_memberships", "coordinator_of_a", 200, True),
    ("admin_memberships", "coordinator_other", 200, False),
    ("admin_memberships", "admin", 200, True),
    ("admin_membership_edit", "anonymous", 302, False),
    ("admin_membership_edit", "learner_a", 302, False),
    ("admin_membership_edit", "learner_b", 302, False),
    ("admin_membership_edit", "mentor_of_a", 302, False),
    ("admin_membership_edit", "other_mentor", 302, False),
    ("admin_membership_edit", "trainer", 302, False),
    ("admin_membership_edit", "coordinator_of_a", 200, True),
    ("admin_membership_edit", "coordinator_other", 404, False),
    ("admin_membership_edit", "admin", 200, True),
    ("admin_membership_add", "anonymous", 302, False),
    ("admin_membership_add", "learner_a", 302, False),
    ("admin_membership_add", "learner_b", 302, False),
    ("admin_membership_add", "mentor_of_a", 302, False),
    ("admin_membership_add", "other_mentor", 302, False),
    ("admin_membership_add", "trainer", 302, False),
    ("admin_membership_add", "coordinator_of_a", 200, True),
    ("admin_membership_add", "coordinator_other", 200, False),
    ("admin_membership_add", "admin", 200, True),
    # A's cohort, and the cohort choice lists of invitations and enrolment: A's coordinator
    # and admins only.
    ("admin_cohorts", "anonymous", 302, False),
    ("admin_cohorts", "learner_a", 302, False),
    ("admin_cohorts", "learner_b", 302, False),
    ("admin_cohorts", "mentor_of_a", 302, False),
    ("admin_cohorts", "other_mentor", 302, False),
    ("admin_cohorts", "trainer", 302, False),
    ("admin_cohorts", "coordinator_of_a", 200, True),
    ("admin_cohorts", "coordinator_other", 200, False),
    ("admin_cohorts", "admin", 200, True),
    ("admin_cohort_edit", "anonymous", 302, False),
    ("admin_cohort_edit", "learner_a", 302, False),
    ("admin_cohort_edit", "learner_b", 302, False),
    ("admin_cohort_edit", "mentor_of_a", 302, False),
    ("admin_cohort_edit", "other_mentor", 302, False),
    ("admin_cohort_edit", "trainer", 302, False),
    ("admin_cohort_edit", "coordinator_of_a", 200, True),
    ("admin_cohort_edit", "coordinator_other", 404, False),
    ("admin_cohort_edit", "admin", 200, True),
    ("admin_invitation_add", "anonymous", 302, False),
    ("admin_invitation_add", "learner_a", 302, False),
    ("admin_invitation_add", "learner_b", 302, False),
    ("admin_invitation_add", "mentor_of_a", 302, False),
    ("admin_invitation_add", "other_mentor", 302, False),
    ("admin_invitation_add", "trainer", 302, False),
    ("admin_invitation_add", "coordinator_of_a", 200, True),
    ("admin_invitation_add", "coordinator_other", 200, False),
    ("admin_invitation_add", "admin", 200, True),
    ("admin_enrolment", "anonymous", 302, False),
    ("admin_enrolment", "learner_a", 302, False),
    ("admin_enrolment", "learner_b", 302, False),
    ("admin_enrolment", "mentor_of_a", 302, False),
    ("admin_enrolment", "other_mentor", 302, False),
    ("admin_enrolment", "trainer", 302, False),
    ("admin_enrolment", "coordinator_of_a", 200, True),
    ("admin_enrolment", "coordinator_other", 200, False),
    ("admin_enrolment", "admin", 200, True),
    # A new collective is made of a new, empty cohort: A's cohort (it has people and a
    # collective) is offered to admins only.
    ("admin_collective_add", "anonymous", 302, False),
    ("admin_collective_add", "learner_a", 302, False),
    ("admin_collective_add", "learner_b", 302, False),
    ("admin_collective_add", "mentor_of_a", 302, False),
    ("admin_collective_add", "other_mentor", 302, False),
    ("admin_collective_add", "trainer", 302, False),
    ("admin_collective_add", "coordinator_of_a", 200, False),
    ("admin_collective_add", "coordinator_other", 200, False),
    ("admin_collective_add", "admin", 200, True),
    # Wagtail's users admin: admins only.
    ("admin_users", "anonymous", 302, False),
    ("admin_users", "learner_a", 302, False),
    ("admin_users", "learner_b", 302, False),
    ("admin_users", "mentor_of_a", 302, False),
    ("admin_users", "other_mentor", 302, False),
    ("admin_users", "trainer", 302, False),
    ("admin_users", "coordinator_of_a", 302, False),
    ("admin_users", "coordinator_other", 302, False),
    ("admin_users", "admin", 200, True),
    # The mentorship form's mentor list: A's mentor is offered to A's coordinator and
    # admins only.
    ("mentorships_mentor_choices", "anonymous", 302, False),
    ("mentorships_mentor_choices", "learner_a", 403, False),
    ("mentorships_mentor_choices", "learner_b", 403, False),
    ("mentorships_mentor_choices", "mentor_of_a", 403, False),
    ("mentorships_mentor_choices", "other_mentor", 403, False),
    ("mentorships_mentor_choices", "trainer", 403, False),
    ("mentorships_mentor_choices", "coordinator_of_a", 200, True),
    ("mentorships_mentor_choices", "coordinator_other", 200, False),
    ("mentorships_mentor_choices", "admin", 200, True),
    # The audit log listing: superusers only.
    ("admin_site_history", "anonymous", 302, False),
    ("admin_site_history", "learner_a", 302, False),
    ("admin_site_history", "learner_b", 302, False),
    ("admin_site_history", "mentor_of_a", 302, False),
    ("admin_site_history", "other_mentor", 302, False),
    ("admin_site_history", "trainer", 302, False),
    ("admin_site_history", "coordinator_of_a", 302, False),
    ("admin_site_history", "coordinator_other", 302, False),
    ("admin_site_history", "admin", 200, False),
    ("admin_safety_settings", "anonymous", 302, False),
    ("admin_safety_settings", "learner_a", 302, False),
    ("admin_safety_settings", "learner_b", 302, False),
    ("admin_safety_settings", "mentor_of_a", 302, False),
    ("admin_safety_settings", "other_mentor", 302, False),
    ("admin_safety_settings", "trainer", 302, False),
    ("admin_safety_settings", "coordinator_of_a", 302, False),
    ("admin_safety_settings", "coordinator_other", 302, False),
    ("admin_safety_settings", "admin", 200, True),
    ("admin_audit_log", "anonymous", 302, False),
    ("admin_audit_log", "learner_a", 302, False),
    ("admin_audit_log", "learner_b", 302, False),
    ("admin_audit_log", "mentor_of_a", 302, False),
    ("admin_audit_log", "other_mentor", 302, False),
    ("admin_audit_log", "trainer", 302, False),
    ("admin_audit_log", "coordinator_of_a", 302, False),
    ("admin_audit_log", "coordinator_other", 302, False),
    ("admin_audit_log", "admin", 200, False),
    # Course analytics and their CSV: staff who may see analytics; only counts, and A's course
    # (A alone joined it) shows "fewer than 5", never the 1 that would point to her.
    ("admin_analytics_course", "anonymous", 302, False),
    ("admin_analytics_course", "learner_a", 302, False),
    ("admin_analytics_course", "learner_b", 302, False),
    ("admin_analytics_course", "mentor_of_a", 302, False),
    ("admin_analytics_course", "other_mentor", 302, False),
    ("admin_analytics_course", "trainer", 200, False),
    ("admin_analytics_course", "coordinator_of_a", 200, False),
    ("admin_analytics_course", "coordinator_other", 200, False),
    ("admin_analytics_course", "admin", 200, False),
    ("admin_analytics_csv", "anonymous", 302, False),
    ("admin_analytics_csv", "learner_a", 302, False),
    ("admin_analytics_csv", "learner_b", 302, False),
    ("admin_analytics_csv", "mentor_of_a", 302, False),
    ("admin_analytics_csv", "other_mentor", 302, False),
    ("admin_analytics_csv", "trainer", 200, False),
    ("admin_analytics_csv", "coordinator_of_a", 200, False),
    ("admin_analytics_csv", "coordinator_other", 200, False),
    ("admin_analytics_csv", "admin", 200, False),
    # Wording overrides (docs/lesson-editor.md): read-only, superusers only; no one's data.
    ("admin_wording_overrides", "anonymous", 302, False),
    ("admin_wording_overrides", "learner_a", 302, False),
    ("admin_wording_overrides", "learner_b", 302, False),
    ("admin_wording_overrides", "mentor_of_a", 302, False),
    ("admin_wording_overrides", "other_mentor", 302, False),
    ("admin_wording_overrides", "trainer", 302, False),
    ("admin_wording_overrides", "coordinator_of_a", 302, False),
    ("admin_wording_overrides", "coordinator_other", 302, False),
    ("admin_wording_overrides", "admin", 200, False),
    # The H5P chooser's Upload tab: those who may add H5P activities (trainers, admins).
    ("admin_h5p_chooser_upload", "anonymous", 302, False),
    ("admin_h5p_chooser_upload", "learner_a", 302, False),
    ("admin_h5p_chooser_upload", "learner_b", 302, False),
    ("admin_h5p_chooser_upload", "mentor_of_a", 302, False),
    ("admin_h5p_chooser_upload", "other_mentor", 302, False),
    ("admin_h5p_chooser_upload", "trainer", 200, False),
    ("admin_h5p_chooser_upload", "coordinator_of_a", 302, False),
    ("admin_h5p_chooser_upload", "coordinator_other", 302, False),
    ("admin_h5p_chooser_upload", "admin", 200, False),
    # A's voice note: heard and deleted by A alone; to anyone else it does not exist (404).
    ("voice_note_audio", "anonymous", 302, False),
    ("voice_note_audio", "learner_a", 200, True),
    ("voice_note_audio", "learner_b", 404, False),
    ("voice_note_audio", "mentor_of_a", 404, False),
    ("voice_note_audio", "other_mentor", 404, False),
    ("voice_note_audio", "trainer", 404, False),
    ("voice_note_audio", "coordinator_of_a", 404, False),
    ("voice_note_audio", "coordinator_other", 404, False),
    ("voice_note_audio", "admin", 404, False),
    ("voice_note_delete", "anonymous", 302, False),
    ("voice_note_delete", "learner_a", 302, False),
    ("voice_note_delete", "learner_b", 404, False),
    ("voice_note_delete", "mentor_of_a", 404, False),
    ("voice_note_delete", "other_mentor", 404, False),
    ("voice_note_delete", "trainer", 404, False),
    ("voice_note_delete", "coordinator_of_a", 404, False),
    ("voice_note_delete", "coordinator_other", 404, False),
    ("voice_note_delete", "admin", 404, False),
    # Recording on a lesson: those who may open it (learners in its course, staff who preview
    # it, as for a written reflection); without the form's token, a 400 that saves nothing.
    ("voice_note_submit", "anonymous", 302, False),
    ("voice_note_submit", "learner_a", 400, False),
    ("voice_note_submit", "learner_b", 400, False),
    ("voice_note_submit", "mentor_of_a", 403, False),
    ("voice_note_submit", "other_mentor", 403, False),
    ("voice_note_submit", "trainer", 400, False),
    ("voice_note_submit", "coordinator_of_a", 400, False),
    ("voice_note_submit", "coordinator_other", 400, False),
    ("voice_note_submit", "admin", 400, False),
]


@dataclass
class World:
    users: dict
    certificate: Certificate
    signoff: ChecklistSignOff
    collective_a: Collective
    shared_goal: object
    journal_entry: object
    voice_note: object


def _build_world() -> World:
    index = course_index()
    course = CourseBuilder(index, "X1").module(lessons=1).build()
    a_course = CourseBuilder(index, "X2", title=A_COURSE).module(lessons=1).build()
    users = {
        "learner_a": user_with_role(Role.LEARNER, username="learner-a", display_name=A_NAME),
        "learner_b": user_with_role(Role.LEARNER, username="learner-b", display_name="Bela-B"),
        "mentor_of_a": user_with_role(Role.MENTOR, username="mentor-a", display_name="Meera-M"),
        "other_mentor": user_with_role(Role.MENTOR, username="mentor-b", display_name="Odi-M"),
        "trainer": user_with_role(Role.TRAINER, username="trainer-t"),
        "coordinator_of_a": user_with_role(Role.COORDINATOR, username="coordinator-a"),
        "coordinator_other": user_with_role(Role.COORDINATOR, username="coordinator-b"),
        "admin": user_with_role(Role.ADMIN, username="admin-x"),
    }
    a, b = users["learner_a"], users["learner_b"]
    collectives = []
    for name, learner, mentor, coordinator in (
        ("A's collective", a, users["mentor_of_a"], users["coordinator_of_a"]),
        ("B's collective", b, users["other_mentor"], users["coordinator_other"]),
    ):
        cohort = Cohort.objects.create(name=name)
        CohortMembership.objects.create(cohort=cohort, user=learner, role="member")
        CohortMembership.objects.create(cohort=cohort, user=mentor, role="facilitator")
        collective = Collective.objects.create(cohort=cohort, region="West Bengal")
        collective.coordinators.add(coordinator)
        collectives.append(collective)
        Mentorship.objects.create(
            mentor=mentor, mentee=learner, collective=collective, assigned_by=coordinator
        )
    Consent.objects.create(
        user=a,
        purpose=Consent.Purpose.PROGRESS_TO_MENTOR,
        granted=True,
        notice_version="test",
        language="en",
    )
    # A agreed to publicity, so her certificate's public check page shows it (DOMAIN.md 6.7).
    Consent.objects.create(
        user=a,
        purpose=Consent.Purpose.CERTIFICATES,
        granted=True,
        notice_version="test",
        language="en",
    )
    for learner in (a, b):
        course_services.enrolment_create(user=learner, course=course)
    course_services.enrolment_create(user=a, course=a_course)

    programme = CertificationProgramme.objects.create(
        code="leader", name="Leader pathway", audience="learner"
    )
    programme.required_courses.set([course])
    certificate = Certificate.objects.create(
        user=a,
        programme=programme,
        code=A_CODE,
        printed_name=A_PRINTED_NAME,
        credential_jwt=f"header.{A_PRINTED_NAME}.signature",
    )
    certificate.pdf.save(
        "certificates/x/a.pdf", ContentFile(b"%PDF-1.7 " + A_PRINTED_NAME.encode())
    )
    checklist = SignOffChecklist.objects.create(
        programme=programme, title="Applied project", items="Led a session", signer="mentor"
    )
    signoff = ChecklistSignOff.objects.create(user=a, checklist=checklist)
    shared_goal = wellbeing.goal_share(goal=wellbeing.goal_create(user=a, title=A_SHARED_GOAL))
    wellbeing.goal_create(user=a, title=A_PRIVATE_GOAL)
    journal_entry = wellbeing.journal_entry_create(user=a, text=A_PRIVATE_JOURNAL)
    reflective = (
        CourseBuilder(index, "X4")
        .module(lesson_specs=[{"rule": "reflection", "body": [reflection_block("Why?")]}])
        .build()
    )
    for learner in (a, b):
        course_services.enrolment_create(user=learner, course=reflective)
    [lesson] = lessons_of(reflective)
    voice_note = course_services.voice_note_save(
        user=a,
        lesson=lesson,
        block_id=lesson.block_ids("reflection")[0],
        upload=SimpleUploadedFile(
            "a.webm", b"\x1a\x45\xdf\xa3 webm " + A_VOICE.encode(), content_type="audio/webm"
        ),
        token=course_services.voice_note_token_issue(user=a),
    )
    return World(
        users=users,
        certificate=certificate,
        signoff=signoff,
        collective_a=collectives[0],
        shared_goal=shared_goal,
        journal_entry=journal_entry,
        voice_note=voice_note,
    )


# view: (method, path, A's data marker in the response)
VIEWS = {
    "certificates_mine": ("get", lambda w: "/certificates/mine/", A_PRINTED_NAME),
    "certificate_pdf": ("get", lambda w: f"/certificates/mine/{A_CODE}/pdf/", A_PRINTED_NAME),
    "certificate_pdf_in_hindi": (
        "get",
        lambda w: f"/certificates/mine/{A_CODE}/pdf/?language=hi",
        "%PDF-",
    ),
    "admin_translations_report": (
        "get",
        lambda w: "/admin/localize/reports/translations/",
        A_NAME,
    ),
    "certificate_credential": (
        "get",
        lambda w: f"/certificates/mine/{A_CODE}/credential/",
        A_PRINTED_NAME,
    ),
    "certificate_verify": ("get", lambda w: f"/certificates/verify/{A_CODE}/", A_PRINTED_NAME),
    # The box to type a code: the same for everyone, nobody's data.
    "certificate_verify_start": ("get", lambda w: "/certificates/verify/", A_PRINTED_NAME),
    "certificates_review": ("get", lambda w: "/certificates/review/", A_NAME),
    "certificates_sign": (
        "get",
        lambda w: f"/certificates/review/sign-offs/{w.signoff.pk}/",
        A_NAME,
    ),
    "collective_page": (
        "get",
        lambda w: f"/programme/collectives/{w.collective_a.pk}/",
        A_NAME,
    ),
    "mentor_dashboard": ("get", lambda w: "/programme/mentor/", A_COURSE),
    "mentor_nudge": (
        "post",
        lambda w: f"/programme/mentor/nudge/{w.users['learner_a'].pk}/",
        A_NAME,
    ),
    "my_goals": ("get", lambda w: "/me/goals/", A_PRIVATE_GOAL),
    "my_journal": ("get", lambda w: "/me/journal/", A_PRIVATE_JOURNAL),
    "mentee_shared": (
        "get",
        lambda w: f"/me/mentees/{w.users['learner_a'].pk}/shared/",
        A_SHARED_GOAL,
    ),
    "checkin": ("get", lambda w: "/me/check-in/", A_NAME),
    "admin_certificate": (
        "get",
        lambda w: f"/admin/certificate/inspect/{w.certificate.pk}/",
        A_PRINTED_NAME,
    ),
    "admin_certificates_csv": ("get", lambda w: "/admin/certificate/export/csv/", A_PRINTED_NAME),
    "my_learning": ("get", lambda w: "/learn/", A_COURSE),
    "my_privacy": ("get", lambda w: "/programme/privacy/", "Your mentor: Meera-M"),
    "my_mentor": ("get", lambda w: "/programme/my-mentor/", "Meera-M"),
    "mentorships": ("get", lambda w: "/programme/mentorships/", A_NAME),
    "goal_detail": ("get", lambda w: f"/me/goals/{w.shared_goal.pk}/", A_SHARED_GOAL),
    "journal_unshare": (
        "post",
        lambda w: f"/me/journal/{w.journal_entry.pk}/unshare/",
        A_PRIVATE_JOURNAL,
    ),
    "practice_log": ("get", lambda w: "/certificates/practice/", A_NAME),
    "admin_collective": (
        "get",
        lambda w: f"/admin/collectives/edit/{w.collective_a.pk}/",
        A_NAME,
    ),
    "admin_audit_log": ("get", lambda w: "/admin/audit_entries/", "mentor dashboard"),
    "admin_people_search": ("get", lambda w: "/admin/people/?q=learner", A_NAME),
    "admin_reset_password": (
        "post",
        lambda w: f"/admin/people/{w.users['learner_a'].pk}/reset-password/",
        "The new password for learner-a",
    ),
    "admin_memberships": ("get", lambda w: "/admin/cohortmembership/", A_NAME),
    "admin_membership_edit": (
        "get",
        lambda w: f"/admin/cohortmembership/edit/{_a_membership(w).pk}/",
        A_NAME,
    ),
    "admin_membership_add": ("get", lambda w: "/admin/cohortmembership/new/", A_NAME),
    "admin_cohorts": ("get", lambda w: "/admin/cohort/", A_COHORT),
    "admin_cohort_edit": (
        "get",
        lambda w: f"/admin/cohort/edit/{w.collective_a.cohort_id}/",
        A_COHORT,
    ),
    "admin_invitation_add": ("get", lambda w: "/admin/invitations/new/", A_COHORT),
    "admin_enrolment": ("get", lambda w: "/admin/learning/enrolment/", A_COHORT),
    "admin_collective_add": ("get", lambda w: "/admin/collectives/new/", A_COHORT),
    "admin_users": ("get", lambda w: "/admin/users/", A_NAME),
    # Site-wide pages: every collective's log entries by name, and quick exit and helplines
    # for everyone; admins only (docs/security.md).
    "admin_site_history": ("get", lambda w: "/admin/reports/site-history/", A_NAME),
    "admin_safety_settings": (
        "get",
        lambda w: f"/admin/settings/cms/safetysettings/{SafetySettings.objects.get().pk}/",
        "Tele-MANAS",
    ),
    "mentorships_mentor_choices": ("get", lambda w: "/programme/mentorships/", "Meera-M"),
    "admin_analytics_course": (
        "get",
        lambda w: f"/admin/learning/analytics/{_a_course_id()}/",
        '<td data-stat="enrolled">1</td>',
    ),
    "admin_analytics_csv": (
        "get",
        lambda w: f"/admin/learning/analytics/{_a_course_id()}/csv/",
        "Course,Enrolled,,1,,",
    ),
    "admin_wording_overrides": ("get", lambda w: "/admin/wording_overrides/", A_NAME),
    "admin_h5p_chooser_upload": (
        "get",
        lambda w: "/admin/snippets/choose/courses/h5pactivity/create/",
        A_NAME,
    ),
    "mfa_activate_totp": ("get", lambda w: "/accounts/2fa/totp/activate/?next=/learn/", A_NAME),
    "mfa_recovery_codes": (
        "get",
        lambda w: _a_recovery_codes_url(w),
        'id="recovery_codes"',
    ),
    # A's voice note: A alone hears or deletes it; a note's number tells no one else anything.
    "voice_note_audio": ("get", lambda w: f"/learn/voice-notes/{w.voice_note.pk}/", A_VOICE),
    "voice_note_delete": (
        "post",
        lambda w: f"/learn/voice-notes/{w.voice_note.pk}/delete/",
        A_VOICE,
    ),
    # Recording on A's lesson: only those in the course; without the form's token, a 400.
    "voice_note_submit": (
        "post",
        lambda w: f"/learn/lessons/{w.voice_note.lesson_id}/voice-note/{w.voice_note.block_id}/",
        A_VOICE,
    ),
}


def _a_course_id() -> int:
    from courses.models import CoursePage

    return CoursePage.objects.get(title=A_COURSE).pk


def _a_recovery_codes_url(world: World) -> str:
    """A's recovery codes page; A gets codes first (inside the row's rolled-back savepoint)."""
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    RecoveryCodes.activate(world.users["learner_a"])
    return "/accounts/2fa/recovery-codes/?next=/learn/"


def _a_membership(world: World) -> CohortMembership:
    return CohortMembership.objects.get(user=world.users["learner_a"])


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


# Never shown to anyone but A, on any page: A's private goal and private journal words.
A_PRIVATE = (A_PRIVATE_GOAL, A_PRIVATE_JOURNAL, A_VOICE)


def _outcome(
    world: World,
    view: str,
    role: str,
    *,
    views: dict = VIEWS,
    private: tuple = A_PRIVATE,
    unchanged=None,
) -> tuple:
    """The row `role` gets from `view`. Runs in a savepoint that is rolled back, so one
    role's POST never changes what the next role sees. Fails at once on a private leak, and
    when `unchanged(world)` (a snapshot of someone's data) differs after the request.

    A view is (method, path of world, marker) or, with a request body or headers, (method,
    path of world, marker, client keyword arguments of world)."""
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    method, path_of, marker, *options = views[view]
    request_kwargs = options[0](world) if options else {}
    with transaction.atomic():
        before = unchanged(world) if unchanged else None
        response = getattr(client, method)(path_of(world), **request_kwargs)
        body = _body(response)
        if unchanged:
            assert unchanged(world) == before, f"{view} lets {role} change another's data"
        transaction.set_rollback(True)
    if role != "learner_a":
        leaked = [words for words in private if words in body]
        assert leaked == [], f"{view} shows {role} A's private {leaked}"
    return (view, role, response.status_code, marker in body)


def test_access_matrix_covers_every_view_and_role():
    pairs = [(row[0], row[1]) for row in EXPECTED]

    assert len(pairs) == len(set(pairs)) == len(VIEWS) * len(ROLES)
    assert {row[0] for row in EXPECTED} == set(VIEWS)


@pytest.mark.django_db
@pytest.mark.parametrize("view", list(VIEWS))
def test_access_matrix(settings, view):
    settings.CMS_STAFF_MFA_REQUIRED = False
    world = _build_world()

    actual = [_outcome(world, view, role) for role in ROLES]

    assert actual == [row for row in EXPECTED if row[0] == view]
