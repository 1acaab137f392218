"""Wagtail admin for xAPI credentials: coordinators make one per external activity provider,
see when each was last used, and switch one off at once (untick "active")."""

from django.conf import settings
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from courses.models import XAPICredential
from courses.xapi import services

# Shown once, right after creation, and never stored: the page is rendered from the create
# request itself instead of redirecting with the secret in a message (which would sit in the
# session or a cookie until displayed).
CREATED_TEMPLATE = """{% extends "wagtailadmin/generic/base.html" %}
{% load i18n wagtailadmin_tags %}
{% block main_content %}
  {% panel id="xapi-credential" %}
    <p>
      {% blocktrans trimmed with name=object.name %}
        The credential “{{ name }}” is ready. Copy the secret now: it is kept only in a form
        that cannot be read back, so it will never be shown again. If it is lost, make a new
        credential and switch this one off.
      {% endblocktrans %}
    </p>
    <dl>
      <dt>{% trans "xAPI endpoint" %}</dt>
      <dd><code>{{ endpoint }}</code></dd>
      <dt>{% trans "Key (the HTTP Basic user name)" %}</dt>
      <dd><code>{{ object.key }}</code></dd>
      <dt><label for="xapi-secret">{% trans "Secret (the HTTP Basic password)" %}</label></dt>
      <dd>
        <input type="text" readonly class="w-w-full" id="xapi-secret" value="{{ secret }}"
               data-controller="w-action" data-action="focus->w-action#select">
      </dd>
    </dl>
    <p><a href="{{ index_url }}" class="button">{% trans "Back to xAPI credentials" %}</a></p>
  {% endpanel %}
{% endblock %}
"""


class XAPICredentialCreateView(generic.CreateView):
    def form_valid(self, form):
        self.form = form
        self.object, secret = services.credential_create(
            name=form.cleaned_data["name"],
            active=form.cleaned_data["active"],
            created_by=self.request.user,
        )
        log(self.object, "wagtail.create", user=self.request.user)
        context = self.get_context_data(form=form)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        context.update(
            object=self.object,
            secret=secret,
            endpoint=base + reverse("xapi:about").removesuffix("about"),
            index_url=reverse(self.index_url_name),
            page_title=_("xAPI credential created"),
            header_title=_("xAPI credential created"),
        )
        template = engines["django"].from_string(CREATED_TEMPLATE)
        response = TemplateResponse(self.request, template, context)
        add_never_cache_headers(response)
        return response


class XAPICredentialViewSet(ModelViewSet):
    model = XAPICredential
    icon = "key"
    menu_label = _("xAPI credentials")
    add_to_settings_menu = True
    add_view_class = XAPICredentialCreateView
    # A copy would have no key and no secret; each credential is made afresh.
    copy_view_enabled = False
    form_fields = ["name", "active"]
    list_display = ["name", "key", "active", "created_at", "last_used_at"]
    list_filter = ["active"]
    search_fields = ["name", "key"]
