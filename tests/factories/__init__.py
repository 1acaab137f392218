"""Builders for tests: users with roles, cohorts, and small course trees."""

from tests.factories.courses import (
    CourseBuilder,
    course_index,
    question,
    quiz_value,
)
from tests.factories.users import UserFactory, add_totp, sign_in_with_mfa, user_with_role

__all__ = [
    "CourseBuilder",
    "UserFactory",
    "course_index",
    "add_totp",
    "question",
    "quiz_value",
    "sign_in_with_mfa",
    "user_with_role",
]
