from django import template
from django.utils.html import format_html

from courses import kept_text as kept_text_module

register = template.Library()


@register.simple_tag(takes_context=True)
def quiz_state(context, page, block_id):
    """The QuizState for a quiz block, from the lesson's or module's view in the context."""
    if "quiz" in context and context["quiz"] is not None:
        return context["quiz"]
    view = context.get("lesson_view") or context.get("module_view")
    if view is None:
        return None
    quizzes = getattr(view, "quizzes", None)
    return quizzes.get(block_id) if quizzes else None


@register.simple_tag
def result_option(result, question_index, option_index):
    if result is None:
        return None
    return result.questions[question_index].options[option_index]


@register.simple_tag
def result_question(result, question_index):
    if result is None:
        return None
    return result.questions[question_index]


@register.filter
def get_item(mapping, key):
    """`mapping[key]`, or None: for per-block states kept in dicts by block id."""
    return mapping.get(key) if mapping else None


@register.simple_tag(takes_context=True)
def kept_text_owner(context):
    """The hidden field that says whose words a free-text form holds (courses.kept_text), so
    words posted after the session ended can be given back to that person only."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    return format_html(
        '<input type="hidden" name="{}" value="{}">',
        kept_text_module.OWNER_FIELD,
        kept_text_module.owner_token(user),
    )


@register.simple_tag(takes_context=True)
def kept_text(context):
    """Words the signed-in person wrote on this page before they were signed out, once."""
    request = context.get("request")
    return kept_text_module.kept_text_take(request) if request is not None else {}


@register.filter
def person_label(person) -> str:
    """`person` told apart from others of the same name in a reviewer's queue (name, month
    joined, account number; `courses.people.person_choice_label`)."""
    from courses.people import person_choice_label

    return person_choice_label(person)


@register.simple_tag(takes_context=True)
def voice_note_form(context) -> dict:
    """What a voice-note form needs: a fresh one-time token for the signed-in person, and the
    limits the recorder keeps to (docs/voice-notes.md)."""
    from courses import conf
    from courses.services import voice_note_token_issue

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "token": voice_note_token_issue(user=user),
        "max_seconds": conf.get("VOICE_NOTE_MAX_SECONDS"),
        "minutes": max(1, conf.get("VOICE_NOTE_MAX_SECONDS") // 60),
        "max_bytes": conf.get("VOICE_NOTE_MAX_BYTES"),
    }
