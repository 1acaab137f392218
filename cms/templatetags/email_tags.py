from django import template

from cms.fields import email_masked as _email_masked

register = template.Library()


@register.filter
def email_masked(address: str | None) -> str:
    """`{{ person.email|email_masked }}`: `a•••@e•••.org`, never the address itself."""
    return _email_masked(address)
