"""`manage.py seed_demo`: the demo site, the seven curricula, six demo people and some work
waiting for each role (README's "what to try"). Idempotent."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from certifications.seeding import programmes_seed
from cms.models import HomePage, Invitation
from cms.roles import Role, group_name
from courses import services as course_services
from courses.models import Cohort, CohortMembership, CourseIndexPage, CoursePage
from trauma_training.curricula import COURSE_FOLDERS, load_curricula
from trauma_training.models import Collective, Consent
from trauma_training.seeding import (
    course_seed,
    course_translations_seed,
    demo_work_seed,
    page_translate,
    prerequisites_link,
)
from trauma_training.services import consent_record

# The seeded home page and catalogue, translated from the site's catalogue into each language.
HOME_WORDS = {
    "title": gettext_lazy("Learning together"),
    "intro": format_lazy(
        "<p>{}</p>",
        gettext_lazy(
            "Short, practical lessons for survivor leaders and mentors. "
            "Learn at your own pace, on your phone, in your language."
        ),
    ),
}
INDEX_WORDS = {"title": gettext_lazy("Courses")}

DEMO_USERS = [
    # username, display name (a pseudonym: no demo person is real), role, cohort role in the
    # demo collective
    ("learner", "Rekha", Role.LEARNER, CohortMembership.Role.MEMBER),
    ("learner2", "Sona", Role.LEARNER, CohortMembership.Role.MEMBER),
    ("mentor", "Anjali", Role.MENTOR, CohortMembership.Role.FACILITATOR),
    ("mentor2", "Lata", Role.MENTOR, None),
    ("trainer", "Trainer", Role.TRAINER, None),
    ("coordinator", "Coordinator", Role.COORDINATOR, None),
]
# The demo mentor is a learner too: her own practical lessons (the M2 escalation role-play)
# need a facilitator of a group she is a member of, and no one signs their own. The senior
# mentor (`mentor2`) facilitates the mentors' circle, so the mentor certificates can be earned
# in the demo.
DEMO_COLLECTIVE = "Sundarbans collective"
MENTORS_CIRCLE = "Sundarbans mentors' circle"
MENTORS_CIRCLE_PEOPLE = [
    ("mentor2", CohortMembership.Role.FACILITATOR),
    ("mentor", CohortMembership.Role.MEMBER),
]
DEMO_NAMES = [username for username, *_rest in DEMO_USERS]
LEARNER_COURSES = ["learning-safely-here", "leading-and-speaking-up", "rights-wellbeing-and-money"]
MENTOR_COURSES = [
    "learning-safely-here",
    "trauma-informed-foundations",
    "psychological-first-aid",
    "mentoring-survivor-leaders",
    "caring-for-the-helper",
]


class Command(BaseCommand):
    help = "Create the demo site, curricula and users. Running it again changes nothing."

    def handle(self, *args, **options):
        if not settings.CMS_DEMO_PASSWORD:
            raise CommandError(
                "Set DEMO_PASSWORD: the demo users need a password, and production settings "
                "have no default one."
            )
        with transaction.atomic():
            home = self._home()
            index = self._course_index(home)
        curricula = load_curricula()
        course_pages = []
        for course in curricula:
            page, created = course_seed(index=index, course=course)
            course_pages.append(page)
            self.stdout.write(f"{'created' if created else 'kept'} course {page.title}")
        prerequisites_link(index=index, courses=curricula)
        self._translations(home, index, course_pages)
        with transaction.atomic():
            self._users_and_collective(index)
        with transaction.atomic():
            for programme, created in programmes_seed():
                self.stdout.write(f"{'created' if created else 'kept'} programme {programme.name}")
        with transaction.atomic():
            for line in self._work():
                self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo ready. Users: learner, learner2, mentor, mentor2, trainer, coordinator "
                "(password from DEMO_PASSWORD, see README)."
            )
        )

    def _home(self) -> HomePage:
        home = HomePage.objects.first()
        site = Site.objects.filter(is_default_site=True).first()
        if home is None:
            root = Page.objects.get(depth=1)
            # Wagtail's install leaves a plain "Welcome" page; the demo replaces it.
            for page in root.get_children().filter(content_type__model="page", numchild=0):
                if site and site.root_page_id == page.id:
                    site.root_page = root
                    site.save()
                page.delete()
            home = HomePage(slug="home", **{field: str(text) for field, text in HOME_WORDS.items()})
            root.add_child(instance=home)
            home.save_revision().publish()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        elif site.root_page_id != home.id:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        return home

    def _translations(self, home: HomePage, index: CourseIndexPage, course_pages: list) -> None:
        """Every language's page tree (placeholders for what is not translated), the home page
        and catalogue in each language, then each course's seeded translations."""
        source_locale = Locale.get_default()
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code == source_locale.language_code:
                continue
            locale = Locale.objects.get(language_code=code)
            with transaction.atomic(), translation.override(code):
                synchronize_tree(source_locale, locale)
                for page, words in ((home, HOME_WORDS), (index, INDEX_WORDS)):
                    existing = page.get_translation_or_none(locale)
                    if existing is None or existing.alias_of_id is not None:
                        words = {field: str(text) for field, text in words.items()}
                        page_translate(page=page, locale=locale, words=words)
        for folder, page in zip(COURSE_FOLDERS, course_pages, strict=True):
            for language in course_translations_seed(course_page=page, folder=folder):
                self.stdout.write(f"translated course {page.title} into {language}")

    def _course_index(self, home: HomePage) -> CourseIndexPage:
        index = CourseIndexPage.objects.child_of(home).first()
        if index is None:
            index = CourseIndexPage(slug="courses", title=str(INDEX_WORDS["title"]))
            home.add_child(instance=index)
            index.save_revision().publish()
        return index

    def _users_and_collective(self, index: CourseIndexPage) -> None:
        cohort, _created = Cohort.objects.get_or_create(name=DEMO_COLLECTIVE)
        collective, _created = Collective.objects.get_or_create(
            cohort=cohort, defaults={"region": "West Bengal", "language": "bn"}
        )
        User = get_user_model()
        users = {}
        for username, display_name, role, cohort_role in DEMO_USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(
                    username=username,
                    password=settings.CMS_DEMO_PASSWORD,
                    display_name=display_name,
                    is_staff=role in (Role.TRAINER, Role.COORDINATOR),
                )
                user.groups.add(Group.objects.get(name=group_name(role)))
                if cohort_role:
                    CohortMembership.objects.get_or_create(
                        cohort=cohort, user=user, defaults={"role": cohort_role}
                    )
            users[username] = user
        # The demo coordinator looks after the demo collective and the mentors' circle: their
        # people, certificates and analytics are the ones they see.
        circle_cohort, _created = Cohort.objects.get_or_create(name=MENTORS_CIRCLE)
        circle, _created = Collective.objects.get_or_create(
            cohort=circle_cohort, defaults={"region": "West Bengal", "language": "bn"}
        )
        for username, cohort_role in MENTORS_CIRCLE_PEOPLE:
            CohortMembership.objects.get_or_create(
                cohort=circle_cohort, user=users[username], defaults={"role": cohort_role}
            )
        if "coordinator" in users:
            collective.coordinators.add(users["coordinator"])
            circle.coordinators.add(users["coordinator"])
        courses = {page.slug: page for page in CoursePage.objects.child_of(index)}
        for username, slugs in (
            ("learner", LEARNER_COURSES),
            ("learner2", LEARNER_COURSES),
            ("mentor", MENTOR_COURSES),
        ):
            for slug in slugs:
                if slug in courses:
                    course_services.enrolment_create(
                        user=users[username],
                        course=courses[slug],
                        cohort=cohort,
                        enforce_prerequisites=False,
                    )
        # The demo learner has agreed to certificates being public (so the demo's check page
        # shows hers); the demo mentor has not decided, so theirs show how a private one looks.
        # Only when she never decided: a choice made while trying the demo is kept.
        if (
            "learner" in users
            and not Consent.objects.filter(
                user=users["learner"], purpose=Consent.Purpose.CERTIFICATES
            ).exists()
        ):
            consent_record(
                user=users["learner"],
                purpose=Consent.Purpose.CERTIFICATES,
                granted=True,
                language="en",
            )
        if not Invitation.objects.filter(code="DEMOJOIN26").exists():
            Invitation.objects.create(
                code="DEMOJOIN26",
                role=Role.LEARNER,
                cohort=cohort,
                max_uses=50,
                expires_at=timezone.now() + timedelta(days=365),
            )

    def _work(self) -> list[str]:
        """Something to do for every role (README's "what to try"); see `demo_work_seed`."""
        User = get_user_model()
        users = {user.username: user for user in User.objects.filter(username__in=DEMO_NAMES)}
        return demo_work_seed(
            coordinator=users["coordinator"],
            mentor=users["mentor"],
            sharing_mentee=users["learner"],
            private_mentee=users["learner2"],
            collective=Collective.objects.get(cohort__name=DEMO_COLLECTIVE),
        )
