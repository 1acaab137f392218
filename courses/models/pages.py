"""The curriculum as a Wagtail page tree: CourseIndexPage > CoursePage > ModulePage > LessonPage."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.blocks import LessonStreamBlock, ModuleCheckStreamBlock
from courses.page_forms import LessonChecksPanel, LessonPageForm
from courses.translatable import PAGE_TRANSLATABLE_FIELDS


class Audience(models.TextChoices):
    MENTOR = "mentor", _("Mentor track")
    SURVIVOR_LEADER = "survivor_leader", _("Survivor-leader track")
    EVERYONE = "everyone", _("Everyone")


class CompletionRule(models.TextChoices):
    VIEWED = "viewed", _("Viewed: the learner marks it done")
    QUIZ = "quiz", _("Quiz passed: every quiz in the lesson reaches its pass mark")
    REFLECTION = (
        "reflection",
        _(
            "Reflection submitted: every required prompt has an answer (if none is required, the "
            "learner marks it done)"
        ),
    )
    SIGNOFF = "signoff", _("Signed off by a mentor")
    H5P = "h5p", _("Activity passed: every H5P activity in the lesson reaches its pass mark")


# Which block each content-based rule counts, in the order a lesson's default is chosen.
RULE_FOR_BLOCK = [
    ("quiz", CompletionRule.QUIZ),
    ("h5p", CompletionRule.H5P),
    ("reflection", CompletionRule.REFLECTION),
]
RULE_NEEDS_BLOCK = {
    CompletionRule.QUIZ: _('"Quiz passed" needs at least one quiz block in the body.'),
    CompletionRule.H5P: _('"Activity passed" needs at least one H5P block in the body.'),
    CompletionRule.REFLECTION: _(
        '"Reflection submitted" needs at least one reflection prompt in the body.'
    ),
}
BLOCK_NAMES = {
    CompletionRule.QUIZ: _("quiz"),
    CompletionRule.H5P: _("H5P activity"),
    CompletionRule.REFLECTION: _("reflection prompt"),
}


class SignedInPageMixin:
    """Learning pages are for signed-in people only: the programme is invitation-only, and
    progress is personal."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    @cached_property
    def source_page(self):
        """The copy of this page that progress is kept on (courses.localization)."""
        from courses import localization

        return localization.source_page(self)

    def get_context(self, request, *args, **kwargs):
        from courses import localization

        context = super().get_context(request, *args, **kwargs)
        context["content_language"] = localization.content_language(self)
        context["untranslated"] = localization.is_untranslated_for_reader(self)
        context["reader_language_name"] = localization.reader_language_name()
        return context

    def route(self, request, path_components):
        """Fetch the child page as its own type in one query. Wagtail's `route` takes two (the
        page, then its specific row), and every level of a lesson's URL pays them; below each
        of these pages only one page type may live."""
        child_models = self.allowed_subpage_models()
        if not path_components or len(child_models) != 1:
            return super().route(request, path_components)
        try:
            child = child_models[0].objects.child_of(self).get(slug=path_components[0])
        except ObjectDoesNotExist:
            if self.source_page.pk != self.pk:
                # Not in this language's tree yet (made outside the admin, which adds a
                # placeholder in every language): the source copy, with the notice.
                return self.source_page.route(request, path_components)
            return super().route(request, path_components)  # any other page type, or 404
        child._cached_parent_obj = self  # as Wagtail does: get_parent() needs no query
        return child.route(request, path_components[1:])


class CourseIndexPage(SignedInPageMixin, Page):
    """The catalogue: lists the courses below it."""

    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], help_text=_("Shown above the list.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro")]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course index page")

    def get_context(self, request, *args, **kwargs):
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = selectors.course_catalogue(index=self, user=request.user)
        return context


class CoursePage(SignedInPageMixin, Page):
    """A course: modules in order, for one audience. Its language is its locale; each
    translation is a copy in another locale's page tree with the same translation key."""

    code = models.CharField(
        _("code"),
        max_length=20,
        blank=True,
        db_index=True,
        help_text=_('A short code such as "M1". Certification programmes refer to courses by it.'),
    )
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_("Who the course is for."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three plain sentences: what the learner will be able to do."),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"),
        default=60,
        help_text=_("About how long the whole course takes. There are never time limits."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        verbose_name=_("prerequisites"),
        help_text=_("Courses a learner must complete before starting this one."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("audience"),
                FieldPanel("estimated_minutes"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About this course"),
        ),
    ]
    # The code, audience and length are the course's, not a language's: kept in step with the
    # source. Prerequisites are read from the source page (courses.localization).
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        SynchronizedField("code"),
        SynchronizedField("audience"),
        SynchronizedField("estimated_minutes"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        if self.pk and self.pk in [p.pk for p in self.prerequisites.all()]:
            raise ValidationError({"prerequisites": _("A course cannot require itself.")})

    def get_context(self, request, *args, **kwargs):
        from courses import caching, selectors

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = selectors.course_outline(course=self, user=request.user)
        context["outline_cache_seconds"] = caching.OUTLINE_SECONDS
        return context


def _ancestor(page: Page, model: type[Page], levels: int) -> Page:
    """The `model` page `levels` steps above `page`, found by its tree path in one query
    (walking `get_parent()` costs two queries a step: the page, then its specific row)."""
    cache_name = f"_ancestor_{model.__name__}"
    if not hasattr(page, cache_name):
        path = page.path[: len(page.path) - levels * Page.steplen]
        setattr(
            page, cache_name, _routed_ancestor(page, model, path) or model.objects.get(path=path)
        )
    return getattr(page, cache_name)


def _routed_ancestor(page: Page, model: type[Page], path: str) -> Page | None:
    """The ancestor at `path` if routing to `page` fetched it already (`route` leaves each
    parent on its child, as Wagtail does): the lesson page's breadcrumbs cost no query."""
    node = getattr(page, "_cached_parent_obj", None)
    while node is not None:
        if node.path == path:
            return node if isinstance(node, model) else None
        node = getattr(node, "_cached_parent_obj", None)
    return None


class ModulePage(SignedInPageMixin, Page):
    """A module of a course: its lessons in tree order, then an optional module check.

    A module's order is its position among its siblings in the page tree (drag to reorder in
    the admin); keeping a second order field would let the two disagree."""

    objectives = models.TextField(
        _("objectives"),
        help_text=_('One per line, each observable: "Name the 4 Rs", not "Understand trauma".'),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=30, help_text=_("Aim for 20 to 45 minutes.")
    )
    module_check = StreamField(
        ModuleCheckStreamBlock(),
        blank=True,
        verbose_name=_("module check"),
        help_text=_("An optional short knowledge check at the end of the module."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("objectives"),
        FieldPanel("estimated_minutes"),
        FieldPanel("module_check"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("objectives"),
        TranslatableField("module_check"),
        SynchronizedField("estimated_minutes"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_course(self) -> CoursePage:
        return _ancestor(self, CoursePage, 1)

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    @property
    def check_quiz(self):
        """The module check's quiz block (a StreamChild), or None."""
        return self.module_check[0] if len(self.module_check) else None

    def get_context(self, request, *args, **kwargs):
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context["module_view"] = selectors.module_detail(
            module=self, user=request.user, attempt_id=request.GET.get("attempt")
        )
        return context


class LessonPage(SignedInPageMixin, Page):
    """A lesson: a stream of blocks and the rule that says when it is complete."""

    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=10, help_text=_("About how long the lesson takes.")
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.VIEWED,
        help_text=_("What completes this lesson for a learner."),
    )
    completion_rule_automatic = models.BooleanField(
        _("completion rule from the blocks"),
        default=False,
        editable=False,
        help_text=_(
            "Set while the editor's “Automatic” choice is kept: each save takes the "
            "rule from the body's blocks. A rule chosen by hand stays as chosen."
        ),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("completion_rule"),
        FieldPanel("body"),
        LessonChecksPanel(heading=_("Checks")),
        FieldPanel("wording_override_reason"),
    ]
    base_form_class = LessonPageForm
    # The body's words are translated; its blocks, quiz options and correct answers stay the
    # source's (a translation cannot add or drop a block), so scoring is the same everywhere.
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("body"),
        SynchronizedField("estimated_minutes"),
        SynchronizedField("completion_rule"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_module(self) -> ModulePage:
        return _ancestor(self, ModulePage, 1)

    def get_course(self) -> CoursePage:
        return _ancestor(self, CoursePage, 2)

    def block_ids(self, block_type: str) -> list[str]:
        return [child.id for child in self.body if child.block_type == block_type]

    def required_reflection_ids(self) -> list[str]:
        """The reflection prompts a learner must answer to complete the lesson; a prompt saved
        before the "required" choice existed counts as required, as it did then."""
        return [
            child.id
            for child in self.body
            if child.block_type == "reflection" and child.value.get("required", True)
        ]

    @property
    def reflections_all_optional(self) -> bool:
        """Every reflection prompt may be skipped: the learner then says when they have
        finished (`lesson_mark_viewed`). Asking costs no query."""
        return bool(self.block_ids("reflection")) and not self.required_reflection_ids()

    @property
    def has_several_reflections(self) -> bool:
        """More than one prompt: each Save then says it saves every box on the page."""
        return len(self.block_ids("reflection")) > 1

    @property
    def reflections_some_optional(self) -> bool:
        """Some prompts are required and some may be skipped (the template marks the latter)."""
        required = self.required_reflection_ids()
        return bool(required) and len(required) < len(self.block_ids("reflection"))

    @property
    def content_note(self):
        for child in self.body:
            if child.block_type == "content_note":
                return child.value
        return None

    @property
    def has_narration(self) -> bool:
        """Whether the body has a trainer's narration: an audio block with its file. Its blocks
        are the ones the template renders, so asking costs no query."""
        return any(child.block_type == "audio" and child.value.get("audio") for child in self.body)

    @property
    def offers_read_aloud(self) -> bool:
        """Whether the lesson offers "Listen" in the phone's own voice (docs/read-aloud.md): not
        when a trainer's narration is there, which takes precedence."""
        return not self.has_narration

    def completion_rule_from_blocks(self) -> str:
        """The rule the body's blocks suggest: a quiz is passed, else an H5P activity is
        passed, else a reflection is submitted, else the lesson is viewed. A lesson with
        several kinds of block takes the first of these: a quiz is scored on our server."""
        kinds = {child.block_type for child in self.body}
        for kind, rule in RULE_FOR_BLOCK:
            if kind in kinds:
                return rule
        return CompletionRule.VIEWED

    def completion_rule_problem(self) -> str | None:
        """Why the rule can never be met by this body (no block the rule counts), or None.
        Such a lesson could never be completed, so it may not be published."""
        for kind, rule in RULE_FOR_BLOCK:
            if self.completion_rule == rule and not self.block_ids(kind):
                return str(RULE_NEEDS_BLOCK[rule])
        return None

    def completion_rule_warning(self) -> str | None:
        """A rule that can be met but leaves blocks out of completion: "Viewed" or "Signed
        off" with a quiz, H5P activity or reflection in the body. The trainer's choice stands;
        the editor says what it means."""
        suggested = self.completion_rule_from_blocks()
        if self.completion_rule in (CompletionRule.VIEWED, CompletionRule.SIGNOFF) and (
            suggested != CompletionRule.VIEWED
        ):
            return _(
                "The rule is “%(rule)s”, so the lesson's %(kind)s does not count "
                "towards completing it. Choose “%(suggested)s” if it should."
            ) % {
                "rule": self.get_completion_rule_display(),
                "kind": BLOCK_NAMES[suggested],
                "suggested": CompletionRule(suggested).label,
            }
        return None

    def clean(self):
        super().clean()
        # A draft may be unfinished (autosave saves one while the trainer types): the rule's
        # blocks may come later. Publishing, submitting and code that saves a page live check.
        if getattr(self, "_draft_save", False):
            return
        problem = self.completion_rule_problem()
        if problem:
            raise ValidationError({"completion_rule": problem})

    def get_context(self, request, *args, **kwargs):
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context["lesson_view"] = selectors.lesson_detail(
            lesson=self,
            user=request.user,
            attempt_id=request.GET.get("attempt"),
            # Read by `serve` a moment ago, so the page does not ask twice.
            **({"progress": self._serving_progress} if hasattr(self, "_serving_progress") else {}),
            h5p_results=getattr(self, "_serving_h5p_results", None),
        )
        return context

    def serve(self, request, *args, **kwargs):
        from django.contrib import messages
        from django.shortcuts import redirect

        from courses import selectors, services

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        # Whatever language this copy is in, access and progress are the source page's.
        source = self.source_page
        course = source.get_course()
        refusal = selectors.lesson_access_refusal(user=request.user, course=course)
        if refusal:
            messages.info(request, refusal)
            return redirect(course.url)
        progress = services.lesson_start(user=request.user, lesson=source)
        results = None
        if source.completion_rule == CompletionRule.H5P and progress.completed_at is None:
            from courses.h5p.selectors import lesson_results

            # Read once for the "passed" check and for the players (get_context).
            results = self._serving_h5p_results = lesson_results(lesson=self, user=request.user)
        if results is not None and services.h5p_activities_passed(
            user=request.user, lesson=source, results=results
        ):
            # A pass made before the lesson was open to the learner (not yet enrolled, a
            # prerequisite missing) counts as soon as they may open it.
            services.lesson_evaluate(user=request.user, lesson=source)
        else:
            self._serving_progress = progress  # still the row as it is: get_context reuses it
        response = super().serve(request, *args, **kwargs)
        lesson_view = getattr(response, "context_data", {}).get("lesson_view")
        if lesson_view is not None and lesson_view.h5p:
            from courses.h5p.csp import lesson_policy_set

            packages = [player.activity.package for player in lesson_view.h5p.values()]
            lesson_policy_set(response, packages)
        if source.block_ids("reflection"):
            from courses.voice_notes import recording_allowed_set

            recording_allowed_set(response)
        return response
