"""Who may use what in the wellbeing app. One module, so every view asks the same question.

Who may see a mentee's shared items is not here: that is `trauma_training.selectors.is_mentor_of`.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from cms.roles import Role
from trauma_training.selectors import in_group


def can_use_checkin(user: AbstractBaseUser | AnonymousUser) -> bool:
    """The self-care check-in is for mentors (people in the Mentor group). Its suggestions are
    written for helpers (a supervisor to talk to, secondary stress); learners have their mentor
    and "Get help now"."""
    return in_group(user, Role.MENTOR)
