"""StreamField blocks for lessons and module checks. Each block renders with its own template
under `courses/blocks/`, small enough for a 320 px phone."""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("remember", _("Remember")), ("try", _("Try this"))],
        default="tip",
        help_text=_("Sets the callout's label and colour."),
    )
    title = blocks.CharBlock(max_length=120, help_text=_("A few words."))
    text = blocks.TextBlock(help_text=_("One or two short sentences."))

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted tip, reminder or small activity.")
        preview_value = {
            "kind": "tip",
            "title": "Take your time",
            "text": "You can come back later.",
        }


class ContentNoteBlock(blocks.StructBlock):
    note = blocks.TextBlock(
        help_text=_("Calmly say what the lesson talks about. Avoid alarming words."),
    )
    summary = blocks.TextBlock(
        help_text=_("A short, gentle version a learner can read instead of the whole lesson."),
    )

    class Meta:
        icon = "warning"
        template = "courses/blocks/content_note.html"
        label = _("Content note")
        description = _("Marks a sensitive lesson and offers choices before it starts.")


class VideoBlock(blocks.StructBlock):
    video = DocumentChooserBlock(help_text=_("An MP4 or WebM file uploaded to Documents."))
    captions = DocumentChooserBlock(
        required=False, help_text=_("A WebVTT (.vtt) captions file in the lesson's language.")
    )
    captions_language = blocks.ChoiceBlock(
        choices=[("en", "English"), ("bn", "বাংলা"), ("hi", "हिन्दी"), ("te", "తెలుగు")],
        default="en",
        help_text=_("The language of the captions."),
    )
    poster = blocks.StructBlock(
        [("image", ImageBlock(required=False))], required=False, label=_("Poster image")
    )
    transcript = blocks.TextBlock(
        required=False, help_text=_("What is said, for those who cannot play the video.")
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video")
        description = _("A self-hosted video with captions; nothing loads until it is played.")


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(help_text=_("An MP3, M4A or OGG file uploaded to Documents."))
    title = blocks.CharBlock(required=False, help_text=_("For example: Listen to this lesson."))
    transcript = blocks.TextBlock(required=False, help_text=_("The words that are spoken."))

    class Meta:
        icon = "media"
        template = "courses/blocks/audio.html"
        label = _("Audio narration")
        description = _("Narration, so that learners can listen instead of reading.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, help_text=_("The answer as the learner sees it."))
    correct = blocks.BooleanBlock(required=False, help_text=_("Tick if this answer is right."))
    feedback = blocks.TextBlock(
        help_text=_('Shown when chosen. For answers that are not right, start with "Not yet".'),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text=_("The question."))
    kind = blocks.ChoiceBlock(
        choices=[("single", _("Choose one")), ("multiple", _("Choose all that apply"))],
        default="single",
        help_text=_("Whether one or several answers are right."),
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=8)
    explanation = blocks.TextBlock(
        required=False, help_text=_("Shown after an answer: why the right answer is right.")
    )

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            # A draft (autosave saves one as the trainer types): the right answer may not be
            # ticked yet. Publishing checks it.
            return value
        correct = [option for option in value["options"] if option["correct"]]
        if not correct:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one option as right."))}
            )
        if value["kind"] == "single" and len(correct) != 1:
            raise StructBlockValidationError(
                block_errors={
                    "kind": ValidationError(
                        _('A "choose one" question needs exactly one right option.')
                    )
                }
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False, max_length=120, help_text=_("For example: Check what you learned.")
    )
    pass_mark = blocks.IntegerBlock(
        default=80,
        min_value=1,
        max_value=100,
        help_text=_("Percent of questions answered right to pass. Retries are unlimited."),
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/quiz.html"
        label = _("Quiz")
        description = _("Questions scored on the server, with feedback and unlimited retries.")


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text=_("An open question for the learner to think about."))
    hint = blocks.TextBlock(required=False, help_text=_("Optional: a gentle hint to start."))
    # A lesson that says "you can skip any question" must complete without that answer: the
    # completion rule (courses.services.progress) counts only the prompts marked required.
    required = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Required to finish"),
        help_text=_(
            "Ticked: the lesson completes only once this prompt has an answer. Untick it for "
            "questions a learner may skip, such as those in a private self-check."
        ),
    )

    class Meta:
        icon = "edit"
        template = "courses/blocks/reflection.html"
        label = _("Reflection prompt")
        description = _("A private written answer. Only the learner sees it.")


class H5PActivityChooserBlock(SnippetChooserBlock):
    """A snippet chooser that loads each activity with its package in the same query: the
    lesson page plays the package (`courses.h5p.selectors.lesson_players`)."""

    # The same block as far as migrations are concerned.
    canonical_module_path = "wagtail.snippets.blocks.SnippetChooserBlock"

    def bulk_to_python(self, values):
        objects = self.model_class.objects.select_related("package").in_bulk(
            [value for value in values if value is not None]
        )
        # Wagtail's rule: the values' order, None kept, a distinct instance for a repeated id.
        seen: set = set()
        result = []
        for value in values:
            obj = objects.get(value)
            if obj is not None and value in seen:
                obj = copy.copy(obj)
            seen.add(value)
            result.append(obj)
        return result


class H5PBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional: a heading shown above it.")
    )
    activity = H5PActivityChooserBlock(
        "courses.H5PActivity", help_text=_("An H5P activity uploaded under H5P activities.")
    )

    class Meta:
        icon = "code"
        template = "courses/blocks/h5p.html"
        label = _("H5P activity")
        description = _("An interactive H5P exercise; its score counts towards the lesson.")


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        features=["h3", "bold", "italic", "ol", "ul", "link"],
        template="courses/blocks/text.html",
        label=_("Text"),
        icon="pilcrow",
    )
    image = ImageBlock(template="courses/blocks/image.html", label=_("Image"))
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    content_note = ContentNoteBlock()
    quiz = QuizBlock()
    reflection = ReflectionBlock()
    h5p = H5PBlock()

    class Meta:
        block_counts = {"content_note": {"max_num": 1}}


class ModuleCheckStreamBlock(blocks.StreamBlock):
    quiz = QuizBlock()

    class Meta:
        max_num = 1
