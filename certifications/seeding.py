"""Seed the four certification programmes of DOMAIN.md section 3 as editable data.
Idempotent: a programme that exists (by code) is left as editors made it.

All four are active: each requirement they name can now be checked (courses and module
checks; sign-off checklists; verified practice and supervision; CPD and a refresher check
for renewal). Coordinators can still switch any of them off.
"""

from __future__ import annotations

from certifications.models import (
    CertificationProgramme,
    CPDCategory,
    ProgrammeCPDRequirement,
    SignOffChecklist,
)
from certifications.services import programme_requirements_to_sources
from courses.localization import source_pages_only
from courses.models import CoursePage, ModulePage

ORIENTATION = "learning-safely-here"
ESCALATION_MODULE = "m2-suicide-risk-escalation"

ESCALATION_ROLE_PLAY = {
    "title": "Escalation role-play",
    "description": (
        "A short made-up role-play with your supervisor, in which you show each critical step "
        "of the escalation protocol (module: Suicide and self-harm risk)."
    ),
    "items": "\n".join(
        [
            "Stayed with the person and kept them safe",
            "Asked directly and calmly about suicide, a plan and the means",
            "Removed immediate means, only where it was safe",
            "Called for help (112 when life is in danger; Tele-MANAS 14416 otherwise)",
            "Informed the supervisor the same day, and told the person so honestly",
            "Recorded a short, factual note in the safe record",
        ]
    ),
    "signer": SignOffChecklist.Signer.SUPERVISOR,
}

APPLIED_PROJECT = {
    "title": "Applied project",
    "description": (
        "One project you lead: a talk, a session for your collective, or an advocacy ask. "
        "You choose the topic and share only what you want to share."
    ),
    "items": "\n".join(
        [
            "Chose a project: a talk, a collective session or an advocacy ask",
            "Planned it with a clear purpose and audience",
            "Carried it out, sharing only what they chose to share",
            "Reflected on what went well and what to try next time",
        ]
    ),
    "signer": SignOffChecklist.Signer.MENTOR,
}

PROGRAMMES = [
    {
        "code": "peer-mentor-1",
        "name": "Certified Peer Mentor, level 1",
        "printed_title": "Certified Peer Mentor, level 1",
        "description": (
            "Has completed trauma-informed mentoring training, shown the escalation protocol in "
            "a supervised role-play, and mentored under supervision."
        ),
        "audience": CertificationProgramme.Audience.MENTOR,
        "practice_hours": 20,
        "supervision_sessions": 6,
        "validity_days": 730,
        "grace_days": 90,
        "renewal_cpd_hours": 8,
        "courses": [
            ORIENTATION,
            "trauma-informed-foundations",
            "psychological-first-aid",
            "mentoring-survivor-leaders",
            "caring-for-the-helper",
        ],
        "renewal_check_module": ESCALATION_MODULE,
        "checklists": [ESCALATION_ROLE_PLAY],
        "cpd": [(CPDCategory.ETHICS_SAFEGUARDING, 2), (CPDCategory.SELF_CARE, 2)],
    },
    {
        "code": "pfa-skills",
        "name": "PFA skills certificate",
        "printed_title": "Psychological first aid skills",
        "description": (
            "Has completed psychological first aid training and shown the escalation protocol "
            "in a supervised role-play."
        ),
        "audience": CertificationProgramme.Audience.ANY,
        "validity_days": 1095,
        "grace_days": 0,
        "courses": ["psychological-first-aid"],
        "renewal_check_module": ESCALATION_MODULE,
        "checklists": [ESCALATION_ROLE_PLAY],
        "cpd": [],
    },
    {
        "code": "survivor-leader",
        "name": "Survivor Leader pathway",
        # Neutral on purpose: a certificate may be shown to employers and family.
        "printed_title": "Community Leadership pathway",
        "description": (
            "Has completed a community leadership pathway and led an applied project, signed "
            "off by a mentor."
        ),
        "audience": CertificationProgramme.Audience.LEARNER,
        "validity_days": None,
        "grace_days": 0,
        "courses": [ORIENTATION, "leading-and-speaking-up", "rights-wellbeing-and-money"],
        "checklists": [APPLIED_PROJECT],
        "cpd": [],
    },
    {
        "code": "module-badge",
        "name": "Module completion badge",
        "printed_title": "Module completed",
        "description": "Has completed every lesson of a module and its module check.",
        "audience": CertificationProgramme.Audience.ANY,
        "awarded_per_module": True,
        "validity_days": None,
        "grace_days": 0,
        "courses": [
            ORIENTATION,
            "trauma-informed-foundations",
            "psychological-first-aid",
            "mentoring-survivor-leaders",
            "caring-for-the-helper",
            "leading-and-speaking-up",
            "rights-wellbeing-and-money",
        ],
        "checklists": [],
        "cpd": [],
    },
]


def programmes_seed() -> list[tuple[CertificationProgramme, bool]]:
    """Create the missing programmes with their courses, checklists and CPD minimums;
    returns each with whether it was created now."""
    results = []
    for spec in PROGRAMMES:
        spec = dict(spec)
        slugs = spec.pop("courses")
        checklists = spec.pop("checklists")
        cpd = spec.pop("cpd")
        refresher = spec.pop("renewal_check_module", None)
        # Every course and module has a copy per language with the same slug: requirements
        # are the source pages, on which progress is kept (courses.localization).
        if refresher:
            spec["renewal_check_module"] = (
                source_pages_only(ModulePage.objects.filter(slug=refresher))
                .order_by("path")
                .first()
            )
        programme, created = CertificationProgramme.objects.get_or_create(
            code=spec.pop("code"), defaults=spec
        )
        if created:
            programme.required_courses.set(
                source_pages_only(CoursePage.objects.filter(slug__in=slugs))
            )
            for order, checklist in enumerate(checklists):
                SignOffChecklist.objects.create(programme=programme, sort_order=order, **checklist)
            for order, (category, hours) in enumerate(cpd):
                ProgrammeCPDRequirement.objects.create(
                    programme=programme, category=category, min_hours=hours, sort_order=order
                )
        else:
            # Earlier seeds picked every language's copy of each course: put them right.
            programme_requirements_to_sources(programme=programme)
        results.append((programme, created))
    return results
