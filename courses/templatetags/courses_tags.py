from django import template

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
