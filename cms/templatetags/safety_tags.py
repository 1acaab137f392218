from django import template

from cms.safety.services import SafetyConfig, safety_config

register = template.Library()


@register.simple_tag(takes_context=True)
def safety_settings(context) -> SafetyConfig:
    """`{% safety_settings as safety %}`: quick exit address, neutral name and idle minutes."""
    request = context.get("request")
    return safety_config(request) if request is not None else SafetyConfig()
