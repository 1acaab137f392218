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


@register.filter
def person_label(person) -> str:
    """`person` told apart from others of the same name in a reviewer's queue (name, month
    joined, account number; `courses.people.person_choice_label`)."""
    from courses.people import person_choice_label

    return person_choice_label(person)
