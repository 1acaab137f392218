"""Seed the certification programmes of DOMAIN.md section 3. Idempotent: a programme that
exists (by code) is left as editors made it.

The "Module completion badge" is not seeded: it is awarded per module (every lesson and the
module check), which needs module-level requirements that this version does not have; seeding
it with no courses would describe nothing.

All three are seeded INACTIVE. Each also needs what this version cannot check yet (the
escalation role-play and supervised practice for mentors, the role-play for PFA, the applied
project for survivor leaders: DOMAIN.md 3); issuing on courses alone would certify people too
early, and a certificate once issued can only be revoked. A coordinator activates a programme
once its requirements can be checked (or deliberately, for a course-only programme)."""

from __future__ import annotations

from certifications.models import CertificationProgramme
from courses.models import CoursePage

ORIENTATION = "learning-safely-here"
PROGRAMMES = [
    {
        "code": "peer-mentor-1",
        "name": "Certified Peer Mentor, level 1",
        "printed_title": "Certified Peer Mentor, level 1",
        "audience": CertificationProgramme.Audience.MENTOR,
        "validity_days": 730,
        "grace_days": 90,
        "active": False,
        "courses": [
            ORIENTATION,
            "trauma-informed-foundations",
            "psychological-first-aid",
            "mentoring-survivor-leaders",
            "caring-for-the-helper",
        ],
    },
    {
        "code": "pfa-skills",
        "name": "PFA skills certificate",
        "printed_title": "Psychological first aid skills",
        "audience": CertificationProgramme.Audience.ANY,
        "validity_days": 1095,
        "grace_days": 0,
        "active": False,
        "courses": ["psychological-first-aid"],
    },
    {
        "code": "survivor-leader",
        "name": "Survivor Leader pathway",
        # Neutral on purpose: a certificate may be shown to employers and family.
        "printed_title": "Community Leadership pathway",
        "audience": CertificationProgramme.Audience.LEARNER,
        "validity_days": None,
        "grace_days": 0,
        "active": False,
        "courses": [ORIENTATION, "leading-and-speaking-up", "rights-wellbeing-and-money"],
    },
]


def programmes_seed() -> list[tuple[CertificationProgramme, bool]]:
    """Create the missing programmes; returns each with whether it was created now."""
    results = []
    for spec in PROGRAMMES:
        spec = dict(spec)
        slugs = spec.pop("courses")
        programme, created = CertificationProgramme.objects.get_or_create(
            code=spec.pop("code"), defaults=spec
        )
        if created:
            courses = list(CoursePage.objects.filter(slug__in=slugs))
            programme.required_courses.set(courses)
        results.append((programme, created))
    return results
