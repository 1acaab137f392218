"""Wagtail admin for xAPI credentials: coordinators make one per external activity provider,
see when each was last used, and switch one off at once (untick "active").

Each person sees and manages only the credentials they made (admins: all); a credential
reaches its creator's collectives, or the whole site when an admin makes it so."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from courses.models import XAPICredential
from courses.viewsets import scoped
from courses.xapi import selectors, services

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


class XAPICredentialForm(WagtailAdminModelForm):
    """Name, scope, access and whether it works. "Whole site" is offered to admins only, and
    refused on the server for anyone else whatever the browser sends."""

    class Meta:
        model = XAPICredential
        fields = ["name", "scope", "access", "active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or not self.for_user.is_superuser:
            field = self.fields["scope"]
            field.choices = [
                (value, label)
                for value, label in field.choices
                if value != XAPICredential.Scope.SITE
            ]

    def clean(self):
        cleaned = super().clean()
        scope = cleaned.get("scope")
        if not scope:
            return cleaned
        if scope == XAPICredential.Scope.SITE and not (
            self.for_user is not None and self.for_user.is_superuser
        ):
            self.add_error("scope", _("Only an admin may make a credential for the whole site."))
            return cleaned
        # The owner is whoever made it: on editing, still its creator.
        owner = self.instance.created_by if self.instance.pk else self.for_user
        try:
            services.credential_scope_check(scope=scope, owner=owner)
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class XAPICredentialIndexView(generic.IndexView):
    def get_base_queryset(self):
        return selectors.credentials_managed_by(self.request.user)


class XAPICredentialCreateView(generic.CreateView):
    def form_valid(self, form):
        self.form = form
        try:
            self.object, secret = services.credential_create(
                name=form.cleaned_data["name"],
                active=form.cleaned_data["active"],
                scope=form.cleaned_data["scope"],
                access=form.cleaned_data["access"],
                created_by=self.request.user,
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
            return self.form_invalid(form)
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
    index_view_class = XAPICredentialIndexView
    # Every page of one credential answers 404 for a credential the user does not manage.
    edit_view_class = scoped(generic.EditView, selectors.credentials_managed_by)
    delete_view_class = scoped(generic.DeleteView, selectors.credentials_managed_by)
    history_view_class = scoped(history.HistoryView, selectors.credentials_managed_by)
    usage_view_class = scoped(usage.UsageView, selectors.credentials_managed_by)
    # A copy would have no key and no secret; each credential is made afresh.
    copy_view_enabled = False
    list_display = [
        "name",
        "key",
        Column("scope", label=_("Scope"), accessor="get_scope_display"),
        Column("access", label=_("Access"), accessor="get_access_display"),
        "active",
        "created_at",
        "last_used_at",
    ]
    list_filter = ["active", "scope", "access"]
    search_fields = ["name", "key"]

    def get_form_class(self, for_update=False):
        return XAPICredentialForm
