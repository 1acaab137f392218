"""Who may see or change a person's data, continued: the record store, the actions (POSTs)
on goals, journal, consent, mentorships, practice entries and sign-offs, and lesson pages.

Same world, roles and design as test_access_matrix.py. The person is learner A, except for the
practice entry and the private check-in, which are the data of A's mentor. Besides status and
marker, every request runs with a snapshot of that data: only the roles in MAY_CHANGE for the
view may change it (A alone when the view is not listed).

"My data" (/me/data/: see, download, correct, delete) acts only on the signed-in person: no
id in its URLs can point at someone else.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from urllib.parse import urlencode
from uuid import uuid4

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from certifications import records
from certifications.models import Certificate, ChecklistSignOff, PracticeEntry
from courses import services as course_services
from courses.h5p.selectors import learner_agent
from courses.models import (
    CohortMembership,
    CompletionRule,
    Enrolment,
    LessonPage,
    LessonProgress,
    ReflectionResponse,
    SignOff,
    XAPIStateDocument,
    XAPIStatement,
)
from courses.xapi import services as xapi_services
from courses.xapi.auth import XAPIClient
from courses.xapi.validation import StateKey
from tests.courses.xapi.helpers import COMPLETED, statement, xapi_activity
from tests.factories import CourseBuilder, course_index
from tests.factories.courses import lessons_of
from tests.trauma_training.test_access_matrix import (
    A_CODE,
    A_NAME,
    A_PRINTED_NAME,
    A_PRIVATE,
    A_PRIVATE_GOAL,
    A_PRIVATE_JOURNAL,
    A_SHARED_GOAL,
    ROLES,
    World,
    _build_world,
    _outcome,
)
from trauma_training.models import Collective, Consent, Mentorship
from trauma_training.wellbeing import services as wellbeing
from trauma_training.wellbeing.models import CheckIn, Goal, GoalStep, JournalEntry, ReflectionShare
from trauma_training.wellbeing.suggestions import GOAL_SUGGESTIONS

A_XAPI_RESPONSE = "A's answer in the record store 4471"
A_STATE = "A's saved place in the activity 8204"
A_PRIVATE_STEP = "Private step of A 2290"
A_REFLECTION = "Private reflection of A 7315"
MENTOR_MINUTES = 137  # the mentor's practice entry, shown on its edit form
XAPI_VERSION = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}

# Never shown to anyone but A, on any page: besides test_access_matrix's, A's private goal
# step and A's lesson reflection (not shared in this world).
PRIVATE = (*A_PRIVATE, A_PRIVATE_STEP, A_REFLECTION)

# (view, role, status, sees A's data)
EXPECTED = [
    # 1. The record store, from a signed-in browser: each person reads only their own statements
    # and state; someone else's agent is refused (403) and someone else's statement id is not
    # found (404). Without a session it is 401: an API, not a page, so no redirect to sign in.
    ("xapi_statements", "anonymous", 401, False),
    ("xapi_statements", "learner_a", 200, True),
    ("xapi_statements", "learner_b", 403, False),
    ("xapi_statements", "mentor_of_a", 403, False),
    ("xapi_statements", "other_mentor", 403, False),
    ("xapi_statements", "trainer", 403, False),
    ("xapi_statements", "coordinator_of_a", 403, False),
    ("xapi_statements", "coordinator_other", 403, False),
    ("xapi_statements", "admin", 403, False),
    ("xapi_statement_by_id", "anonymous", 401, False),
    ("xapi_statement_by_id", "learner_a", 200, True),
    ("xapi_statement_by_id", "learner_b", 404, False),
    ("xapi_statement_by_id", "mentor_of_a", 404, False),
    ("xapi_statement_by_id", "other_mentor", 404, False),
    ("xapi_statement_by_id", "trainer", 404, False),
    ("xapi_statement_by_id", "coordinator_of_a", 404, False),
    ("xapi_statement_by_id", "coordinator_other", 404, False),
    ("xapi_statement_by_id", "admin", 404, False),
    ("xapi_state", "anonymous", 401, False),
    ("xapi_state", "learner_a", 200, True),
    ("xapi_state", "learner_b", 403, False),
    ("xapi_state", "mentor_of_a", 403, False),
    ("xapi_state", "other_mentor", 403, False),
    ("xapi_state", "trainer", 403, False),
    ("xapi_state", "coordinator_of_a", 403, False),
    ("xapi_state", "coordinator_other", 403, False),
    ("xapi_state", "admin", 403, False),
    # Deleting A's state document: A only.
    ("xapi_state_delete", "anonymous", 401, False),
    ("xapi_state_delete", "learner_a", 204, False),
    ("xapi_state_delete", "learner_b", 403, False),
    ("xapi_state_delete", "mentor_of_a", 403, False),
    ("xapi_state_delete", "other_mentor", 403, False),
    ("xapi_state_delete", "trainer", 403, False),
    ("xapi_state_delete", "coordinator_of_a", 403, False),
    ("xapi_state_delete", "coordinator_other", 403, False),
    ("xapi_state_delete", "admin", 403, False),
    # 2. A's printed name: A only; a code never tells anyone else whose it is (404).
    ("certificate_name", "anonymous", 302, False),
    ("certificate_name", "learner_a", 200, True),
    ("certificate_name", "learner_b", 404, False),
    ("certificate_name", "mentor_of_a", 404, False),
    ("certificate_name", "other_mentor", 404, False),
    ("certificate_name", "trainer", 404, False),
    ("certificate_name", "coordinator_of_a", 404, False),
    ("certificate_name", "coordinator_other", 404, False),
    ("certificate_name", "admin", 404, False),
    ("certificate_name_change", "anonymous", 302, False),
    ("certificate_name_change", "learner_a", 302, False),
    ("certificate_name_change", "learner_b", 404, False),
    ("certificate_name_change", "mentor_of_a", 404, False),
    ("certificate_name_change", "other_mentor", 404, False),
    ("certificate_name_change", "trainer", 404, False),
    ("certificate_name_change", "coordinator_of_a", 404, False),
    ("certificate_name_change", "coordinator_other", 404, False),
    ("certificate_name_change", "admin", 404, False),
    # "Check now" and the sign-off list and requests: each person only their own (A's request
    # is already waiting, hence A's 400).
    ("certificates_check", "anonymous", 302, False),
    ("certificates_check", "learner_a", 302, False),
    ("certificates_check", "learner_b", 302, False),
    ("certificates_check", "mentor_of_a", 302, False),
    ("certificates_check", "other_mentor", 302, False),
    ("certificates_check", "trainer", 302, False),
    ("certificates_check", "coordinator_of_a", 302, False),
    ("certificates_check", "coordinator_other", 302, False),
    ("certificates_check", "admin", 302, False),
    ("certificates_signoffs", "anonymous", 302, False),
    ("certificates_signoffs", "learner_a", 200, True),
    ("certificates_signoffs", "learner_b", 200, False),
    ("certificates_signoffs", "mentor_of_a", 200, False),
    ("certificates_signoffs", "other_mentor", 200, False),
    ("certificates_signoffs", "trainer", 200, False),
    ("certificates_signoffs", "coordinator_of_a", 200, False),
    ("certificates_signoffs", "coordinator_other", 200, False),
    ("certificates_signoffs", "admin", 200, False),
    ("certificates_signoff_request", "anonymous", 302, False),
    ("certificates_signoff_request", "learner_a", 400, False),
    ("certificates_signoff_request", "learner_b", 302, False),
    ("certificates_signoff_request", "mentor_of_a", 302, False),
    ("certificates_signoff_request", "other_mentor", 302, False),
    ("certificates_signoff_request", "trainer", 302, False),
    ("certificates_signoff_request", "coordinator_of_a", 302, False),
    ("certificates_signoff_request", "coordinator_other", 302, False),
    ("certificates_signoff_request", "admin", 302, False),
    # Logging practice adds only to one's own log (mentors, supervisors; learners and trainers
    # keep none: 403).
    ("practice_log_post", "anonymous", 302, False),
    ("practice_log_post", "learner_a", 403, False),
    ("practice_log_post", "learner_b", 403, False),
    ("practice_log_post", "mentor_of_a", 302, False),
    ("practice_log_post", "other_mentor", 302, False),
    ("practice_log_post", "trainer", 403, False),
    ("practice_log_post", "coordinator_of_a", 302, False),
    ("practice_log_post", "coordinator_other", 302, False),
    ("practice_log_post", "admin", 302, False),
    # The mentor's practice entry: its owner only edits or removes it; an id never tells anyone
    # else whose it is (404).
    ("practice_edit", "anonymous", 302, False),
    ("practice_edit", "learner_a", 404, False),
    ("practice_edit", "learner_b", 404, False),
    ("practice_edit", "mentor_of_a", 200, True),
    ("practice_edit", "other_mentor", 404, False),
    ("practice_edit", "trainer", 404, False),
    ("practice_edit", "coordinator_of_a", 404, False),
    ("practice_edit", "coordinator_other", 404, False),
    ("practice_edit", "admin", 404, False),
    ("practice_edit_post", "anonymous", 302, False),
    ("practice_edit_post", "learner_a", 404, False),
    ("practice_edit_post", "learner_b", 404, False),
    ("practice_edit_post", "mentor_of_a", 302, False),
    ("practice_edit_post", "other_mentor", 404, False),
    ("practice_edit_post", "trainer", 404, False),
    ("practice_edit_post", "coordinator_of_a", 404, False),
    ("practice_edit_post", "coordinator_other", 404, False),
    ("practice_edit_post", "admin", 404, False),
    ("practice_delete", "anonymous", 302, False),
    ("practice_delete", "learner_a", 404, False),
    ("practice_delete", "learner_b", 404, False),
    ("practice_delete", "mentor_of_a", 302, False),
    ("practice_delete", "other_mentor", 404, False),
    ("practice_delete", "trainer", 404, False),
    ("practice_delete", "coordinator_of_a", 404, False),
    ("practice_delete", "coordinator_other", 404, False),
    ("practice_delete", "admin", 404, False),
    # Verifying or returning it: supervisors (certifications.supervise: coordinators, admins)
    # of the mentor's collective, never their own; others are refused (403, as for the sign-off
    # page), the other collective's coordinator too.
    ("entry_verify", "anonymous", 302, False),
    ("entry_verify", "learner_a", 403, False),
    ("entry_verify", "learner_b", 403, False),
    ("entry_verify", "mentor_of_a", 403, False),
    ("entry_verify", "other_mentor", 403, False),
    ("entry_verify", "trainer", 403, False),
    ("entry_verify", "coordinator_of_a", 302, False),
    ("entry_verify", "coordinator_other", 403, False),
    ("entry_verify", "admin", 302, False),
    ("entry_return", "anonymous", 302, False),
    ("entry_return", "learner_a", 403, False),
    ("entry_return", "learner_b", 403, False),
    ("entry_return", "mentor_of_a", 403, False),
    ("entry_return", "other_mentor", 403, False),
    ("entry_return", "trainer", 403, False),
    ("entry_return", "coordinator_of_a", 302, False),
    ("entry_return", "coordinator_other", 403, False),
    ("entry_return", "admin", 302, False),
    # Signing or returning A's applied project: the mentor of A's collective only, as the page.
    ("certificates_sign_post", "anonymous", 302, False),
    ("certificates_sign_post", "learner_a", 403, False),
    ("certificates_sign_post", "learner_b", 403, False),
    ("certificates_sign_post", "mentor_of_a", 302, False),
    ("certificates_sign_post", "other_mentor", 403, False),
    ("certificates_sign_post", "trainer", 403, False),
    ("certificates_sign_post", "coordinator_of_a", 403, False),
    ("certificates_sign_post", "coordinator_other", 403, False),
    ("certificates_sign_post", "admin", 403, False),
    ("certificates_signoff_return", "anonymous", 302, False),
    ("certificates_signoff_return", "learner_a", 403, False),
    ("certificates_signoff_return", "learner_b", 403, False),
    ("certificates_signoff_return", "mentor_of_a", 302, False),
    ("certificates_signoff_return", "other_mentor", 403, False),
    ("certificates_signoff_return", "trainer", 403, False),
    ("certificates_signoff_return", "coordinator_of_a", 403, False),
    ("certificates_signoff_return", "coordinator_other", 403, False),
    ("certificates_signoff_return", "admin", 403, False),
    # 3. The programme home lists my own collectives: A's for its members, mentors, coordinators.
    ("programme_home", "anonymous", 302, False),
    ("programme_home", "learner_a", 200, True),
    ("programme_home", "learner_b", 200, False),
    ("programme_home", "mentor_of_a", 200, True),
    ("programme_home", "other_mentor", 200, False),
    ("programme_home", "trainer", 200, False),
    ("programme_home", "coordinator_of_a", 200, True),
    ("programme_home", "coordinator_other", 200, False),
    ("programme_home", "admin", 200, False),
    # A consent decision changes only the signed-in person's own (MAY_CHANGE checks A's).
    ("consent_decide", "anonymous", 302, False),
    ("consent_decide", "learner_a", 302, False),
    ("consent_decide", "learner_b", 302, False),
    ("consent_decide", "mentor_of_a", 302, False),
    ("consent_decide", "other_mentor", 302, False),
    ("consent_decide", "trainer", 302, False),
    ("consent_decide", "coordinator_of_a", 302, False),
    ("consent_decide", "coordinator_other", 302, False),
    ("consent_decide", "admin", 302, False),
    # Pairing A with B's mentor, and ending A's mentorship: admins only pair across
    # collectives; A's coordinator is not offered B's mentor and the other coordinator neither
    # A's collective nor A (400). Ending: A's coordinator and admins; for the other
    # coordinator A's mentorship is a 404 like no mentorship (docs/collectives-and-mentorship.md);
    # everyone else 403.
    ("mentorship_assign", "anonymous", 302, False),
    ("mentorship_assign", "learner_a", 403, False),
    ("mentorship_assign", "learner_b", 403, False),
    ("mentorship_assign", "mentor_of_a", 403, False),
    ("mentorship_assign", "other_mentor", 403, False),
    ("mentorship_assign", "trainer", 403, False),
    ("mentorship_assign", "coordinator_of_a", 400, True),
    ("mentorship_assign", "coordinator_other", 400, False),
    ("mentorship_assign", "admin", 302, False),
    ("mentorship_end", "anonymous", 302, False),
    ("mentorship_end", "learner_a", 403, False),
    ("mentorship_end", "learner_b", 403, False),
    ("mentorship_end", "mentor_of_a", 403, False),
    ("mentorship_end", "other_mentor", 403, False),
    ("mentorship_end", "trainer", 403, False),
    ("mentorship_end", "coordinator_of_a", 302, False),
    ("mentorship_end", "coordinator_other", 404, False),
    ("mentorship_end", "admin", 302, False),
    # Pulling A into B's cohort (issue #11): B's cohort is not offered to A's coordinator,
    # A is not offered to B's coordinator (form errors, nothing saved); admins may.
    ("membership_pull", "anonymous", 302, False),
    ("membership_pull", "learner_a", 302, False),
    ("membership_pull", "learner_b", 302, False),
    ("membership_pull", "mentor_of_a", 302, False),
    ("membership_pull", "other_mentor", 302, False),
    ("membership_pull", "trainer", 302, False),
    ("membership_pull", "coordinator_of_a", 200, True),
    ("membership_pull", "coordinator_other", 200, False),
    ("membership_pull", "admin", 302, False),
    # Moving A's membership into B's cohort: refused to A's coordinator (form error), a
    # 404 for B's coordinator (not their membership); admins may.
    ("membership_move", "anonymous", 302, False),
    ("membership_move", "learner_a", 302, False),
    ("membership_move", "learner_b", 302, False),
    ("membership_move", "mentor_of_a", 302, False),
    ("membership_move", "other_mentor", 302, False),
    ("membership_move", "trainer", 302, False),
    ("membership_move", "coordinator_of_a", 200, True),
    ("membership_move", "coordinator_other", 404, False),
    ("membership_move", "admin", 302, False),
    # A new password for A: A's coordinator and admins; B's coordinator gets the 404 of
    # an account that does not exist.
    ("password_reset", "anonymous", 302, False),
    ("password_reset", "learner_a", 302, False),
    ("password_reset", "learner_b", 302, False),
    ("password_reset", "mentor_of_a", 302, False),
    ("password_reset", "other_mentor", 302, False),
    ("password_reset", "trainer", 302, False),
    ("password_reset", "coordinator_of_a", 200, True),
    ("password_reset", "coordinator_other", 404, False),
    ("password_reset", "admin", 200, True),
    # A code that brings people into A's cohort: A's coordinator and admins; B's
    # coordinator is refused (form error, A's cohort not offered).
    ("invitation_into_a", "anonymous", 302, False),
    ("invitation_into_a", "learner_a", 302, False),
    ("invitation_into_a", "learner_b", 302, False),
    ("invitation_into_a", "mentor_of_a", 302, False),
    ("invitation_into_a", "other_mentor", 302, False),
    ("invitation_into_a", "trainer", 302, False),
    ("invitation_into_a", "coordinator_of_a", 302, False),
    ("invitation_into_a", "coordinator_other", 200, False),
    ("invitation_into_a", "admin", 302, False),
    # Pairing A with B's mentor in B's collective: refused to everyone (A is not B's).
    ("mentorship_assign_into_b", "anonymous", 302, False),
    ("mentorship_assign_into_b", "learner_a", 403, False),
    ("mentorship_assign_into_b", "learner_b", 403, False),
    ("mentorship_assign_into_b", "mentor_of_a", 403, False),
    ("mentorship_assign_into_b", "other_mentor", 403, False),
    ("mentorship_assign_into_b", "trainer", 403, False),
    ("mentorship_assign_into_b", "coordinator_of_a", 400, True),
    ("mentorship_assign_into_b", "coordinator_other", 400, False),
    ("mentorship_assign_into_b", "admin", 400, True),
    # Enrolling A by CSV: A's coordinator and admins; for B's coordinator A's username
    # is an unknown name (400, nothing enrolled).
    ("enrol_csv_a", "anonymous", 302, False),
    ("enrol_csv_a", "learner_a", 302, False),
    ("enrol_csv_a", "learner_b", 302, False),
    ("enrol_csv_a", "mentor_of_a", 302, False),
    ("enrol_csv_a", "other_mentor", 302, False),
    ("enrol_csv_a", "trainer", 302, False),
    ("enrol_csv_a", "coordinator_of_a", 302, False),
    ("enrol_csv_a", "coordinator_other", 400, False),
    ("enrol_csv_a", "admin", 302, False),
    # 4. Goals, steps, journal and reflections: writing a goal or an entry, or picking a
    # suggestion, adds only to one's own; A's ids are A's only (404 for everyone else).
    ("goal_write", "anonymous", 302, False),
    ("goal_write", "learner_a", 302, False),
    ("goal_write", "learner_b", 302, False),
    ("goal_write", "mentor_of_a", 302, False),
    ("goal_write", "other_mentor", 302, False),
    ("goal_write", "trainer", 302, False),
    ("goal_write", "coordinator_of_a", 302, False),
    ("goal_write", "coordinator_other", 302, False),
    ("goal_write", "admin", 302, False),
    ("journal_write", "anonymous", 302, False),
    ("journal_write", "learner_a", 302, False),
    ("journal_write", "learner_b", 302, False),
    ("journal_write", "mentor_of_a", 302, False),
    ("journal_write", "other_mentor", 302, False),
    ("journal_write", "trainer", 302, False),
    ("journal_write", "coordinator_of_a", 302, False),
    ("journal_write", "coordinator_other", 302, False),
    ("journal_write", "admin", 302, False),
    ("goal_pick", "anonymous", 302, False),
    ("goal_pick", "learner_a", 302, False),
    ("goal_pick", "learner_b", 302, False),
    ("goal_pick", "mentor_of_a", 302, False),
    ("goal_pick", "other_mentor", 302, False),
    ("goal_pick", "trainer", 302, False),
    ("goal_pick", "coordinator_of_a", 302, False),
    ("goal_pick", "coordinator_other", 302, False),
    ("goal_pick", "admin", 302, False),
    ("goal_share", "anonymous", 302, False),
    ("goal_share", "learner_a", 302, False),
    ("goal_share", "learner_b", 404, False),
    ("goal_share", "mentor_of_a", 404, False),
    ("goal_share", "other_mentor", 404, False),
    ("goal_share", "trainer", 404, False),
    ("goal_share", "coordinator_of_a", 404, False),
    ("goal_share", "coordinator_other", 404, False),
    ("goal_share", "admin", 404, False),
    ("goal_unshare", "anonymous", 302, False),
    ("goal_unshare", "learner_a", 302, False),
    ("goal_unshare", "learner_b", 404, False),
    ("goal_unshare", "mentor_of_a", 404, False),
    ("goal_unshare", "other_mentor", 404, False),
    ("goal_unshare", "trainer", 404, False),
    ("goal_unshare", "coordinator_of_a", 404, False),
    ("goal_unshare", "coordinator_other", 404, False),
    ("goal_unshare", "admin", 404, False),
    ("goal_done", "anonymous", 302, False),
    ("goal_done", "learner_a", 302, False),
    ("goal_done", "learner_b", 404, False),
    ("goal_done", "mentor_of_a", 404, False),
    ("goal_done", "other_mentor", 404, False),
    ("goal_done", "trainer", 404, False),
    ("goal_done", "coordinator_of_a", 404, False),
    ("goal_done", "coordinator_other", 404, False),
    ("goal_done", "admin", 404, False),
    ("goal_not_done", "anonymous", 302, False),
    ("goal_not_done", "learner_a", 302, False),
    ("goal_not_done", "learner_b", 404, False),
    ("goal_not_done", "mentor_of_a", 404, False),
    ("goal_not_done", "other_mentor", 404, False),
    ("goal_not_done", "trainer", 404, False),
    ("goal_not_done", "coordinator_of_a", 404, False),
    ("goal_not_done", "coordinator_other", 404, False),
    ("goal_not_done", "admin", 404, False),
    ("goal_delete", "anonymous", 302, False),
    ("goal_delete", "learner_a", 302, False),
    ("goal_delete", "learner_b", 404, False),
    ("goal_delete", "mentor_of_a", 404, False),
    ("goal_delete", "other_mentor", 404, False),
    ("goal_delete", "trainer", 404, False),
    ("goal_delete", "coordinator_of_a", 404, False),
    ("goal_delete", "coordinator_other", 404, False),
    ("goal_delete", "admin", 404, False),
    ("goal_step_add", "anonymous", 302, False),
    ("goal_step_add", "learner_a", 302, False),
    ("goal_step_add", "learner_b", 404, False),
    ("goal_step_add", "mentor_of_a", 404, False),
    ("goal_step_add", "other_mentor", 404, False),
    ("goal_step_add", "trainer", 404, False),
    ("goal_step_add", "coordinator_of_a", 404, False),
    ("goal_step_add", "coordinator_other", 404, False),
    ("goal_step_add", "admin", 404, False),
    ("goal_step_done", "anonymous", 302, False),
    ("goal_step_done", "learner_a", 302, False),
    ("goal_step_done", "learner_b", 404, False),
    ("goal_step_done", "mentor_of_a", 404, False),
    ("goal_step_done", "other_mentor", 404, False),
    ("goal_step_done", "trainer", 404, False),
    ("goal_step_done", "coordinator_of_a", 404, False),
    ("goal_step_done", "coordinator_other", 404, False),
    ("goal_step_done", "admin", 404, False),
    ("goal_step_not_done", "anonymous", 302, False),
    ("goal_step_not_done", "learner_a", 302, False),
    ("goal_step_not_done", "learner_b", 404, False),
    ("goal_step_not_done", "mentor_of_a", 404, False),
    ("goal_step_not_done", "other_mentor", 404, False),
    ("goal_step_not_done", "trainer", 404, False),
    ("goal_step_not_done", "coordinator_of_a", 404, False),
    ("goal_step_not_done", "coordinator_other", 404, False),
    ("goal_step_not_done", "admin", 404, False),
    ("goal_step_delete", "anonymous", 302, False),
    ("goal_step_delete", "learner_a", 302, False),
    ("goal_step_delete", "learner_b", 404, False),
    ("goal_step_delete", "mentor_of_a", 404, False),
    ("goal_step_delete", "other_mentor", 404, False),
    ("goal_step_delete", "trainer", 404, False),
    ("goal_step_delete", "coordinator_of_a", 404, False),
    ("goal_step_delete", "coordinator_other", 404, False),
    ("goal_step_delete", "admin", 404, False),
    ("journal_edit", "anonymous", 302, False),
    ("journal_edit", "learner_a", 200, True),
    ("journal_edit", "learner_b", 404, False),
    ("journal_edit", "mentor_of_a", 404, False),
    ("journal_edit", "other_mentor", 404, False),
    ("journal_edit", "trainer", 404, False),
    ("journal_edit", "coordinator_of_a", 404, False),
    ("journal_edit", "coordinator_other", 404, False),
    ("journal_edit", "admin", 404, False),
    ("journal_edit_post", "anonymous", 302, False),
    ("journal_edit_post", "learner_a", 302, False),
    ("journal_edit_post", "learner_b", 404, False),
    ("journal_edit_post", "mentor_of_a", 404, False),
    ("journal_edit_post", "other_mentor", 404, False),
    ("journal_edit_post", "trainer", 404, False),
    ("journal_edit_post", "coordinator_of_a", 404, False),
    ("journal_edit_post", "coordinator_other", 404, False),
    ("journal_edit_post", "admin", 404, False),
    ("journal_delete", "anonymous", 302, False),
    ("journal_delete", "learner_a", 302, False),
    ("journal_delete", "learner_b", 404, False),
    ("journal_delete", "mentor_of_a", 404, False),
    ("journal_delete", "other_mentor", 404, False),
    ("journal_delete", "trainer", 404, False),
    ("journal_delete", "coordinator_of_a", 404, False),
    ("journal_delete", "coordinator_other", 404, False),
    ("journal_delete", "admin", 404, False),
    ("journal_share", "anonymous", 302, False),
    ("journal_share", "learner_a", 302, False),
    ("journal_share", "learner_b", 404, False),
    ("journal_share", "mentor_of_a", 404, False),
    ("journal_share", "other_mentor", 404, False),
    ("journal_share", "trainer", 404, False),
    ("journal_share", "coordinator_of_a", 404, False),
    ("journal_share", "coordinator_other", 404, False),
    ("journal_share", "admin", 404, False),
    ("reflection_share", "anonymous", 302, False),
    ("reflection_share", "learner_a", 302, False),
    ("reflection_share", "learner_b", 404, False),
    ("reflection_share", "mentor_of_a", 404, False),
    ("reflection_share", "other_mentor", 404, False),
    ("reflection_share", "trainer", 404, False),
    ("reflection_share", "coordinator_of_a", 404, False),
    ("reflection_share", "coordinator_other", 404, False),
    ("reflection_share", "admin", 404, False),
    ("reflection_unshare", "anonymous", 302, False),
    ("reflection_unshare", "learner_a", 302, False),
    ("reflection_unshare", "learner_b", 404, False),
    ("reflection_unshare", "mentor_of_a", 404, False),
    ("reflection_unshare", "other_mentor", 404, False),
    ("reflection_unshare", "trainer", 404, False),
    ("reflection_unshare", "coordinator_of_a", 404, False),
    ("reflection_unshare", "coordinator_other", 404, False),
    ("reflection_unshare", "admin", 404, False),
    # The mentor's check-in: only that mentor; other mentors get 404 (an id never tells whose);
    # everyone else the mentors-only refusal (403), whatever the id, as on /me/check-in/.
    ("checkin_result", "anonymous", 302, False),
    ("checkin_result", "learner_a", 403, False),
    ("checkin_result", "learner_b", 403, False),
    ("checkin_result", "mentor_of_a", 200, True),
    ("checkin_result", "other_mentor", 404, False),
    ("checkin_result", "trainer", 403, False),
    ("checkin_result", "coordinator_of_a", 403, False),
    ("checkin_result", "coordinator_other", 403, False),
    ("checkin_result", "admin", 403, False),
    # Each person deletes only their own check-ins.
    ("checkin_delete_all", "anonymous", 302, False),
    ("checkin_delete_all", "learner_a", 302, False),
    ("checkin_delete_all", "learner_b", 302, False),
    ("checkin_delete_all", "mentor_of_a", 302, False),
    ("checkin_delete_all", "other_mentor", 302, False),
    ("checkin_delete_all", "trainer", 302, False),
    ("checkin_delete_all", "coordinator_of_a", 302, False),
    ("checkin_delete_all", "coordinator_other", 302, False),
    ("checkin_delete_all", "admin", 302, False),
    # 5. A's lesson: A sees A's reflection; learners and mentors not in the course are sent to
    # the course page; staff preview the lesson without A's reflection.
    ("lesson_page", "anonymous", 302, False),
    ("lesson_page", "learner_a", 200, True),
    ("lesson_page", "learner_b", 302, False),
    ("lesson_page", "mentor_of_a", 302, False),
    ("lesson_page", "other_mentor", 302, False),
    ("lesson_page", "trainer", 200, False),
    ("lesson_page", "coordinator_of_a", 200, False),
    ("lesson_page", "coordinator_other", 200, False),
    ("lesson_page", "admin", 200, False),
    # Lesson actions change the requester's own progress only: those outside the course 403,
    # staff (who may preview) their own.
    ("lesson_done", "anonymous", 302, False),
    ("lesson_done", "learner_a", 302, False),
    ("lesson_done", "learner_b", 403, False),
    ("lesson_done", "mentor_of_a", 403, False),
    ("lesson_done", "other_mentor", 403, False),
    ("lesson_done", "trainer", 302, False),
    ("lesson_done", "coordinator_of_a", 302, False),
    ("lesson_done", "coordinator_other", 302, False),
    ("lesson_done", "admin", 302, False),
    ("reflection_submit", "anonymous", 302, False),
    ("reflection_submit", "learner_a", 302, False),
    ("reflection_submit", "learner_b", 403, False),
    ("reflection_submit", "mentor_of_a", 403, False),
    ("reflection_submit", "other_mentor", 403, False),
    ("reflection_submit", "trainer", 302, False),
    ("reflection_submit", "coordinator_of_a", 302, False),
    ("reflection_submit", "coordinator_other", 302, False),
    ("reflection_submit", "admin", 302, False),
    ("reflections_submit", "anonymous", 302, False),
    ("reflections_submit", "learner_a", 302, False),
    ("reflections_submit", "learner_b", 403, False),
    ("reflections_submit", "mentor_of_a", 403, False),
    ("reflections_submit", "other_mentor", 403, False),
    ("reflections_submit", "trainer", 302, False),
    ("reflections_submit", "coordinator_of_a", 302, False),
    ("reflections_submit", "coordinator_other", 302, False),
    ("reflections_submit", "admin", 302, False),
    ("lesson_signoff_request", "anonymous", 302, False),
    ("lesson_signoff_request", "learner_a", 302, False),
    ("lesson_signoff_request", "learner_b", 403, False),
    ("lesson_signoff_request", "mentor_of_a", 403, False),
    ("lesson_signoff_request", "other_mentor", 403, False),
    ("lesson_signoff_request", "trainer", 302, False),
    ("lesson_signoff_request", "coordinator_of_a", 302, False),
    ("lesson_signoff_request", "coordinator_other", 302, False),
    ("lesson_signoff_request", "admin", 302, False),
    # The lesson sign-off queue: the mentor of A's collective sees A waiting; others their own
    # (empty) queue.
    ("lesson_signoff_queue", "anonymous", 302, False),
    ("lesson_signoff_queue", "learner_a", 200, False),
    ("lesson_signoff_queue", "learner_b", 200, False),
    ("lesson_signoff_queue", "mentor_of_a", 200, True),
    ("lesson_signoff_queue", "other_mentor", 200, False),
    ("lesson_signoff_queue", "trainer", 200, False),
    ("lesson_signoff_queue", "coordinator_of_a", 200, False),
    ("lesson_signoff_queue", "coordinator_other", 200, False),
    ("lesson_signoff_queue", "admin", 200, False),
    # Signing off A's lesson: the mentor of A's collective only (403 for others, as
    # tests/courses/test_progress.py decides).
    ("lesson_signoff_record", "anonymous", 302, False),
    ("lesson_signoff_record", "learner_a", 403, False),
    ("lesson_signoff_record", "learner_b", 403, False),
    ("lesson_signoff_record", "mentor_of_a", 302, False),
    ("lesson_signoff_record", "other_mentor", 403, False),
    ("lesson_signoff_record", "trainer", 403, False),
    ("lesson_signoff_record", "coordinator_of_a", 403, False),
    ("lesson_signoff_record", "coordinator_other", 403, False),
    ("lesson_signoff_record", "admin", 403, False),
    # Leaving A's course: everyone leaves only their own enrolment.
    ("course_unenrol", "anonymous", 302, False),
    ("course_unenrol", "learner_a", 302, False),
    ("course_unenrol", "learner_b", 302, False),
    ("course_unenrol", "mentor_of_a", 302, False),
    ("course_unenrol", "other_mentor", 302, False),
    ("course_unenrol", "trainer", 302, False),
    ("course_unenrol", "coordinator_of_a", 302, False),
    ("course_unenrol", "coordinator_other", 302, False),
    ("course_unenrol", "admin", 302, False),
    # A's standing in an activity: A only; staff previewing get their own (no attempts).
    ("h5p_result", "anonymous", 302, False),
    ("h5p_result", "learner_a", 200, True),
    ("h5p_result", "learner_b", 403, False),
    ("h5p_result", "mentor_of_a", 403, False),
    ("h5p_result", "other_mentor", 403, False),
    ("h5p_result", "trainer", 200, False),
    ("h5p_result", "coordinator_of_a", 200, False),
    ("h5p_result", "coordinator_other", 200, False),
    ("h5p_result", "admin", 200, False),
    # My data: each person sees, downloads, corrects and deletes only their own. Correcting
    # answers with a redirect; deleting shows the goodbye page (200) to those who may delete
    # themselves, and 403 to those who run the site (an administrator erases them).
    ("my_data", "anonymous", 302, False),
    ("my_data", "learner_a", 200, True),
    ("my_data", "learner_b", 200, False),
    ("my_data", "mentor_of_a", 200, False),
    ("my_data", "other_mentor", 200, False),
    ("my_data", "trainer", 200, False),
    ("my_data", "coordinator_of_a", 200, False),
    ("my_data", "coordinator_other", 200, False),
    ("my_data", "admin", 200, False),
    ("my_data_download", "anonymous", 302, False),
    ("my_data_download", "learner_a", 200, True),
    ("my_data_download", "learner_b", 200, False),
    ("my_data_download", "mentor_of_a", 200, False),
    ("my_data_download", "other_mentor", 200, False),
    ("my_data_download", "trainer", 200, False),
    ("my_data_download", "coordinator_of_a", 200, False),
    ("my_data_download", "coordinator_other", 200, False),
    ("my_data_download", "admin", 200, False),
    ("my_data_correct", "anonymous", 302, False),
    ("my_data_correct", "learner_a", 302, False),
    ("my_data_correct", "learner_b", 302, False),
    ("my_data_correct", "mentor_of_a", 302, False),
    ("my_data_correct", "other_mentor", 302, False),
    ("my_data_correct", "trainer", 302, False),
    ("my_data_correct", "coordinator_of_a", 302, False),
    ("my_data_correct", "coordinator_other", 302, False),
    ("my_data_correct", "admin", 302, False),
    ("account_delete", "anonymous", 302, False),
    ("account_delete", "learner_a", 200, False),
    ("account_delete", "learner_b", 200, False),
    ("account_delete", "mentor_of_a", 200, False),
    ("account_delete", "other_mentor", 200, False),
    ("account_delete", "trainer", 403, False),
    ("account_delete", "coordinator_of_a", 403, False),
    ("account_delete", "coordinator_other", 403, False),
    ("account_delete", "admin", 403, False),
]


@dataclass
class ActionsWorld(World):
    private_goal: Goal
    step: GoalStep
    reflection: ReflectionResponse
    mentor_checkin: CheckIn
    practice_entry: PracticeEntry
    a_mentorship: Mentorship
    viewed_lesson: LessonPage
    signoff_lesson: LessonPage
    reflection_lesson: LessonPage
    activity: object
    statement_id: str


def _build_actions_world() -> ActionsWorld:
    world = _build_world()
    a, mentor = world.users["learner_a"], world.users["mentor_of_a"]
    index = course_index()
    a_course = CourseBuilder(index, "X3", title="Practical course of A").module(
        lesson_specs=[{"rule": CompletionRule.SIGNOFF}, {"rule": CompletionRule.REFLECTION}]
    )
    a_course = a_course.build()
    course_services.enrolment_create(user=a, course=a_course)
    signoff_lesson, reflection_lesson = lessons_of(a_course)
    # A waits for the mentor's sign-off, and wrote a private reflection.
    course_services.signoff_request(user=a, lesson=signoff_lesson)
    course_services.reflection_submit(
        user=a,
        lesson=reflection_lesson,
        block_id=reflection_lesson.block_ids("reflection")[0],
        text=A_REFLECTION,
    )
    private_goal = Goal.objects.get(user=a, shared_at__isnull=True)
    step = wellbeing.goal_step_add(goal=private_goal, text=A_PRIVATE_STEP)

    # One statement and one state document of A's, stored as A's browser would.
    viewed_course = Enrolment.objects.get(user=a, course__title__startswith="Course only A").course
    activity = xapi_activity(viewed_course, learners=[a])
    as_a = XAPIClient(user=a)
    (statement_id,) = xapi_services.statements_store(
        client=as_a,
        statements=[
            statement(
                activity.iri,
                verb=COMPLETED,
                result={"response": A_XAPI_RESPONSE, "score": {"scaled": 0.73}},
            )
        ],
    )
    xapi_services.state_save(
        client=as_a,
        key=StateKey(activity.iri, learner_agent(a), None, "resume"),
        content=json.dumps({"place": A_STATE}).encode(),
        content_type="application/json",
        merge=False,
    )

    practice_entry = records.practice_entry_log(
        user=mentor,
        kind=PracticeEntry.Kind.MENTORING,
        date=timezone.localdate() - datetime.timedelta(days=1),
        minutes=MENTOR_MINUTES,
    )
    mentor_checkin = wellbeing.checkin_record(user=mentor, feeling=CheckIn.Feeling.VERY_LOW)
    return ActionsWorld(
        **vars(world),
        private_goal=private_goal,
        step=step,
        reflection=ReflectionResponse.objects.get(user=a),
        mentor_checkin=mentor_checkin,
        practice_entry=practice_entry,
        a_mentorship=Mentorship.objects.get(mentee=a),
        viewed_lesson=lessons_of(viewed_course)[0],
        signoff_lesson=signoff_lesson,
        reflection_lesson=reflection_lesson,
        activity=activity,
        statement_id=statement_id,
    )


def _xapi(path: str, **params) -> str:
    return f"{path}?{urlencode(params)}"


def _a_agent(w) -> str:
    return json.dumps(learner_agent(w.users["learner_a"]))


def _post(**data):
    return lambda w: {"data": data}


def _yesterday() -> str:
    return (timezone.localdate() - datetime.timedelta(days=1)).isoformat()


def _a(w):
    return w.users["learner_a"]


def _b(w) -> Collective:
    """B's collective (its own coordinator, mentor and learner)."""
    return Collective.objects.exclude(pk=w.collective_a.pk).get()


def _a_membership(w) -> CohortMembership:
    return CohortMembership.objects.get(user=_a(w))


# view: (method, path, A's data marker in the response[, client keyword arguments])
VIEWS = {
    # 1. The record store.
    "xapi_statements": (
        "get",
        lambda w: _xapi("/xapi/statements", agent=_a_agent(w)),
        A_XAPI_RESPONSE,
        lambda w: XAPI_VERSION,
    ),
    "xapi_statement_by_id": (
        "get",
        lambda w: _xapi("/xapi/statements", statementId=w.statement_id),
        A_XAPI_RESPONSE,
        lambda w: XAPI_VERSION,
    ),
    "xapi_state": (
        "get",
        lambda w: _xapi(
            "/xapi/activities/state",
            activityId=w.activity.iri,
            agent=_a_agent(w),
            stateId="resume",
        ),
        A_STATE,
        lambda w: XAPI_VERSION,
    ),
    "xapi_state_delete": (
        "delete",
        lambda w: _xapi(
            "/xapi/activities/state",
            activityId=w.activity.iri,
            agent=_a_agent(w),
            stateId="resume",
        ),
        A_STATE,
        lambda w: XAPI_VERSION,
    ),
    # 2. Certificates: A's own, the practice log and the reviewers' actions.
    "certificate_name": ("get", lambda w: f"/certificates/mine/{A_CODE}/name/", A_PRINTED_NAME),
    "certificate_name_change": (
        "post",
        lambda w: f"/certificates/mine/{A_CODE}/name/",
        A_PRINTED_NAME,
        _post(printed_name="Someone Else 4040"),
    ),
    "certificates_check": ("post", lambda w: "/certificates/mine/check/", A_PRINTED_NAME),
    "certificates_signoffs": ("get", lambda w: "/certificates/sign-offs/", "Waiting for a signer"),
    "certificates_signoff_request": (
        "post",
        lambda w: f"/certificates/sign-offs/{w.signoff.checklist_id}/request/",
        A_NAME,
    ),
    "practice_log_post": (
        "post",
        lambda w: "/certificates/practice/",
        f'value="{MENTOR_MINUTES}"',
        lambda w: {
            "data": {
                "kind": PracticeEntry.Kind.MENTORING,
                "format": PracticeEntry.Format.PHONE,
                "date": _yesterday(),
                "minutes": 30,
                # Each role's attempt is a new form (a one-time token per form).
                "submission_token": str(uuid4()),
            }
        },
    ),
    "practice_edit": (
        "get",
        lambda w: f"/certificates/practice/{w.practice_entry.pk}/edit/",
        f'value="{MENTOR_MINUTES}"',
    ),
    "practice_edit_post": (
        "post",
        lambda w: f"/certificates/practice/{w.practice_entry.pk}/edit/",
        f'value="{MENTOR_MINUTES}"',
        lambda w: {
            "data": {
                "kind": PracticeEntry.Kind.MENTORING,
                "format": PracticeEntry.Format.PHONE,
                "date": _yesterday(),
                "minutes": 45,
            }
        },
    ),
    "practice_delete": (
        "post",
        lambda w: f"/certificates/practice/{w.practice_entry.pk}/delete/",
        f'value="{MENTOR_MINUTES}"',
    ),
    "entry_verify": (
        "post",
        lambda w: f"/certificates/review/entries/{w.practice_entry.pk}/verify/",
        "Meera-M",
    ),
    "entry_return": (
        "post",
        lambda w: f"/certificates/review/entries/{w.practice_entry.pk}/return/",
        "Meera-M",
        _post(reason="Please check the date."),
    ),
    "certificates_sign_post": (
        "post",
        lambda w: f"/certificates/review/sign-offs/{w.signoff.pk}/",
        A_NAME,
        _post(item="Led a session"),
    ),
    "certificates_signoff_return": (
        "post",
        lambda w: f"/certificates/review/sign-offs/{w.signoff.pk}/return/",
        A_NAME,
        _post(reason="Please lead one more session."),
    ),
    # 3. Programme: home, consent, mentorships.
    "programme_home": ("get", lambda w: "/programme/", "A&#x27;s collective"),
    "consent_decide": (
        "post",
        lambda w: f"/programme/privacy/{Consent.Purpose.PROGRESS_TO_MENTOR}/",
        A_NAME,
        _post(decision="withdraw"),
    ),
    "mentorship_assign": (
        "post",
        lambda w: "/programme/mentorships/",
        A_NAME,
        lambda w: {
            "data": {
                "collective": w.collective_a.pk,
                "mentor": w.users["other_mentor"].pk,
                "mentee": _a(w).pk,
            }
        },
    ),
    "mentorship_end": (
        "post",
        lambda w: f"/programme/mentorships/{w.a_mentorship.pk}/end/",
        A_NAME,
    ),
    "membership_pull": (
        "post",
        lambda w: "/admin/cohortmembership/new/",
        A_NAME,
        lambda w: {"data": {"cohort": _b(w).cohort_id, "user": _a(w).pk, "role": "member"}},
    ),
    "membership_move": (
        "post",
        lambda w: f"/admin/cohortmembership/edit/{_a_membership(w).pk}/",
        A_NAME,
        lambda w: {"data": {"cohort": _b(w).cohort_id, "user": _a(w).pk, "role": "member"}},
    ),
    "password_reset": (
        "post",
        lambda w: f"/admin/people/{_a(w).pk}/reset-password/",
        "The new password for learner-a",
    ),
    "invitation_into_a": (
        "post",
        lambda w: "/admin/invitations/new/",
        "A&#x27;s collective",
        lambda w: {
            "data": {
                "code": "INTOA23456",
                "role": "learner",
                "cohort": w.collective_a.cohort_id,
                "max_uses": "5",
                "expires_at": "2099-01-01 10:00",
            }
        },
    ),
    "mentorship_assign_into_b": (
        "post",
        lambda w: "/programme/mentorships/",
        A_NAME,
        lambda w: {
            "data": {
                "collective": _b(w).pk,
                "mentor": w.users["other_mentor"].pk,
                "mentee": _a(w).pk,
            }
        },
    ),
    "enrol_csv_a": (
        "post",
        lambda w: "/admin/learning/enrolment/",
        A_NAME,
        lambda w: {
            "data": {
                "csv-file": SimpleUploadedFile(
                    "people.csv", b"username,course\nlearner-a,X1\n", content_type="text/csv"
                )
            }
        },
    ),
    # 4. A's goals, journal and reflections; the mentor's check-ins.
    "goal_write": (
        "post",
        lambda w: "/me/goals/",
        A_PRIVATE_GOAL,
        _post(title="A goal someone writes 7781"),
    ),
    "journal_write": (
        "post",
        lambda w: "/me/journal/",
        A_PRIVATE_JOURNAL,
        _post(text="Words someone writes 7782"),
    ),
    "goal_pick": (
        "post",
        lambda w: "/me/goals/pick/",
        A_SHARED_GOAL,
        _post(suggestion=GOAL_SUGGESTIONS[0].key),
    ),
    "goal_share": ("post", lambda w: f"/me/goals/{w.private_goal.pk}/share/", A_PRIVATE_GOAL),
    "goal_unshare": ("post", lambda w: f"/me/goals/{w.shared_goal.pk}/unshare/", A_SHARED_GOAL),
    "goal_done": ("post", lambda w: f"/me/goals/{w.private_goal.pk}/done/", A_PRIVATE_GOAL),
    "goal_not_done": (
        "post",
        lambda w: f"/me/goals/{w.private_goal.pk}/not-done/",
        A_PRIVATE_GOAL,
    ),
    "goal_delete": ("post", lambda w: f"/me/goals/{w.private_goal.pk}/delete/", A_PRIVATE_GOAL),
    "goal_step_add": (
        "post",
        lambda w: f"/me/goals/{w.private_goal.pk}/steps/",
        A_PRIVATE_GOAL,
        _post(text="A step someone else adds 5561"),
    ),
    "goal_step_done": (
        "post",
        lambda w: f"/me/goals/{w.private_goal.pk}/steps/{w.step.pk}/done/",
        A_PRIVATE_STEP,
    ),
    "goal_step_not_done": (
        "post",
        lambda w: f"/me/goals/{w.private_goal.pk}/steps/{w.step.pk}/not-done/",
        A_PRIVATE_STEP,
    ),
    "goal_step_delete": (
        "post",
        lambda w: f"/me/goals/{w.private_goal.pk}/steps/{w.step.pk}/delete/",
        A_PRIVATE_STEP,
    ),
    "journal_edit": (
        "get",
        lambda w: f"/me/journal/{w.journal_entry.pk}/edit/",
        A_PRIVATE_JOURNAL,
    ),
    "journal_edit_post": (
        "post",
        lambda w: f"/me/journal/{w.journal_entry.pk}/edit/",
        A_PRIVATE_JOURNAL,
        _post(text="Words someone else writes 6672"),
    ),
    "journal_delete": (
        "post",
        lambda w: f"/me/journal/{w.journal_entry.pk}/delete/",
        A_PRIVATE_JOURNAL,
    ),
    "journal_share": (
        "post",
        lambda w: f"/me/journal/{w.journal_entry.pk}/share/",
        A_PRIVATE_JOURNAL,
    ),
    "reflection_share": (
        "post",
        lambda w: f"/me/journal/reflections/{w.reflection.pk}/share/",
        A_REFLECTION,
    ),
    "reflection_unshare": (
        "post",
        lambda w: f"/me/journal/reflections/{w.reflection.pk}/unshare/",
        A_REFLECTION,
    ),
    "checkin_result": (
        "get",
        lambda w: f"/me/check-in/{w.mentor_checkin.pk}/",
        "A short grounding exercise",
    ),
    "checkin_delete_all": ("post", lambda w: "/me/check-in/delete-all/", "Very low"),
    # 5. Lessons of A's courses and the lesson sign-off queue.
    "lesson_page": ("get", lambda w: w.reflection_lesson.url, A_REFLECTION),
    "lesson_done": ("post", lambda w: f"/learn/lessons/{w.viewed_lesson.pk}/done/", A_NAME),
    "reflection_submit": (
        "post",
        lambda w: (
            f"/learn/lessons/{w.reflection_lesson.pk}/reflection/"
            f"{w.reflection_lesson.block_ids('reflection')[0]}/"
        ),
        A_REFLECTION,
        _post(text="Words someone else writes 6673"),
    ),
    # Every box of the lesson at once (any "Save my thoughts"): still one's own answers only.
    "reflections_submit": (
        "post",
        lambda w: f"/learn/lessons/{w.reflection_lesson.pk}/reflections/",
        A_REFLECTION,
        lambda w: {
            "data": {
                f"reflection-{w.reflection_lesson.block_ids('reflection')[0]}": (
                    "Words someone else writes 6674"
                )
            }
        },
    ),
    "lesson_signoff_request": (
        "post",
        lambda w: f"/learn/lessons/{w.signoff_lesson.pk}/request-signoff/",
        A_NAME,
    ),
    "lesson_signoff_queue": ("get", lambda w: "/learn/sign-offs/", A_NAME),
    "lesson_signoff_record": (
        "post",
        lambda w: f"/learn/sign-offs/{w.signoff_lesson.pk}/{_a(w).pk}/",
        A_NAME,
    ),
    "course_unenrol": (
        "post",
        lambda w: f"/learn/courses/{w.signoff_lesson.get_course().pk}/unenrol/",
        A_NAME,
    ),
    "h5p_result": (
        "get",
        lambda w: f"/learn/h5p/result/{w.viewed_lesson.pk}/{w.activity.pk}",
        '"best_percent": 73',
    ),
    "my_data": ("get", lambda w: "/me/data/", A_PRIVATE_GOAL),
    "my_data_download": ("get", lambda w: "/me/data/download/", A_PRIVATE_JOURNAL),
    "my_data_correct": (
        "post",
        lambda w: "/me/data/correct/",
        A_NAME,
        _post(display_name="Someone else 5512", preferred_language="en", email=""),
    ),
    # The right password (every factory user's) and the tick: whoever may, deletes themself.
    "account_delete": (
        "post",
        lambda w: "/me/data/delete/",
        A_NAME,
        _post(password="pass-word-123", confirm="on"),
    ),
}

# Who may change the person's data through each view; A alone for views not listed.
SUPERVISORS = {"coordinator_of_a", "coordinator_other", "admin"}
MAY_CHANGE: dict[str, set[str]] = {
    # The practice entry and check-ins are the mentor's own; supervision is programme-wide.
    "practice_log_post": {"mentor_of_a"},
    "practice_edit_post": {"mentor_of_a"},
    "practice_delete": {"mentor_of_a"},
    "entry_verify": SUPERVISORS,
    "entry_return": SUPERVISORS,
    "checkin_delete_all": {"mentor_of_a"},
    # A's applied project and practical lesson are signed by A's mentor.
    "certificates_sign_post": {"mentor_of_a"},
    "certificates_signoff_return": {"mentor_of_a"},
    "lesson_signoff_record": {"mentor_of_a"},
    # A mentor who deletes their own account takes the mentorship with A (and their own
    # practice entries and check-ins) with them.
    "account_delete": {"learner_a", "mentor_of_a"},
    # Mentorships are the business of the coordinators of A's collective, and of admins.
    "mentorship_assign": {"admin"},
    "mentorship_end": {"coordinator_of_a", "admin"},
    # Cohort memberships and passwords: A's coordinator (within A's collective) and admins.
    "membership_pull": {"admin"},
    "membership_move": {"admin"},
    "password_reset": {"coordinator_of_a", "admin"},
}


def _person_data(world: ActionsWorld) -> dict:
    """Everything of A's (and the mentor's practice entry and check-ins) a view might change."""
    a, mentor = world.users["learner_a"], world.users["mentor_of_a"]

    def rows(queryset) -> list:
        return list(queryset.order_by("pk").values())

    return {
        "consents": rows(Consent.objects.filter(user=a)),
        "mentorships": rows(Mentorship.objects.filter(mentee=a)),
        "memberships": rows(CohortMembership.objects.filter(user=a)),
        "password": list(type(a).objects.filter(pk=a.pk).values_list("password", flat=True)),
        "goals": rows(Goal.objects.filter(user=a)),
        "steps": rows(GoalStep.objects.filter(goal__user=a)),
        "journal": rows(JournalEntry.objects.filter(user=a)),
        "reflections": rows(ReflectionResponse.objects.filter(user=a)),
        "reflection_shares": rows(ReflectionShare.objects.filter(user=a)),
        "enrolments": rows(Enrolment.objects.filter(user=a)),
        "lesson_progress": rows(LessonProgress.objects.filter(user=a)),
        "lesson_signoffs": rows(SignOff.objects.filter(learner=a)),
        "certificates": rows(Certificate.objects.filter(user=a)),
        "checklist_signoffs": rows(ChecklistSignOff.objects.filter(user=a)),
        "statements": rows(XAPIStatement.objects.filter(user=a)),
        "state": rows(XAPIStateDocument.objects.filter(user=a)),
        "practice": rows(PracticeEntry.objects.filter(user=mentor)),
        "checkins": rows(CheckIn.objects.filter(user=mentor)),
    }


def test_access_matrix_actions_covers_every_view_and_role():
    pairs = [(row[0], row[1]) for row in EXPECTED]

    assert len(pairs) == len(set(pairs)) == len(VIEWS) * len(ROLES)
    assert {row[0] for row in EXPECTED} == set(VIEWS)
    assert set(MAY_CHANGE) <= set(VIEWS)


@pytest.mark.django_db
@pytest.mark.parametrize("view", list(VIEWS))
def test_access_matrix_actions(settings, view):
    settings.CMS_STAFF_MFA_REQUIRED = False
    world = _build_actions_world()
    may_change = MAY_CHANGE.get(view, {"learner_a"})

    actual = [
        _outcome(
            world,
            view,
            role,
            views=VIEWS,
            private=PRIVATE,
            unchanged=None if role in may_change else _person_data,
        )
        for role in ROLES
    ]

    assert actual == [row for row in EXPECTED if row[0] == view]
