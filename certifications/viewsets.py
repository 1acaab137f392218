"""Admin for coordinators: programmes and certificate templates (editable), certificates
(listed, filtered, inspected and exported only; issuing, regenerating and revoking go through
`certifications.services`, which record events)."""

from __future__ import annotations

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.db.models import Q
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from certifications import exports, signals
from certifications.models import (
    Certificate,
    CertificateTemplate,
    CertificationProgramme,
)
from certifications.permissions import can_revoke
from certifications.selectors import certificates_visible
from courses.listing_audit import PeopleListingAnnouncedMixin

# --- Programmes ----------------------------------------------------------------------------


SOURCE_ONLY_MESSAGE = _(
    "Choose courses and modules in the site's main language only: progress and certificates "
    "are kept on those pages, whatever language a learner reads in, so a translated copy "
    "could never be completed."
)


class CertificationProgrammeForm(WagtailAdminModelForm):
    """The programme form: its own fields plus the checklist and CPD formsets, checked
    together (per-category CPD minimums cannot add up to more than the renewal total)."""

    def __init__(self, *args, **kwargs):
        from courses.localization import source_pages_only

        super().__init__(*args, **kwargs)
        # Each course and module once, by its source page: certificates count a course once,
        # whatever language it was taken in (courses.localization).
        # A translated copy (only reachable by a hand-made or stale post) is refused rather
        # than mapped to its source: the admin then sees which course is really required.
        for name in ("required_courses", "renewal_check_module"):
            if name in self.fields:
                field = self.fields[name]
                field.queryset = source_pages_only(field.queryset)
                field.error_messages["invalid_choice"] = SOURCE_ONLY_MESSAGE

    def is_valid(self) -> bool:
        valid = super().is_valid()
        if not valid:
            return False
        formset = self.formsets.get("cpd_requirements")
        if formset is None:
            return True
        minimums = sum(
            form.cleaned_data.get("min_hours") or 0
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        total = self.cleaned_data.get("renewal_cpd_hours") or 0
        if minimums > total:
            self.add_error(
                "renewal_cpd_hours",
                gettext(
                    "The CPD minimums per category add up to %(minimums)s hours, more than "
                    "the %(total)s hours needed to renew. Raise this number or lower them."
                )
                % {"minimums": minimums, "total": total},
            )
            return False
        return True


PROGRAMME_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel("name"),
            FieldPanel("code"),
            FieldPanel("printed_title"),
            FieldPanel("description"),
            FieldPanel("audience"),
            FieldPanel("active"),
        ],
        heading=_("What it is"),
    ),
    InlinePanel(
        "title_translations",
        heading=_("Printed title in other languages"),
        label=_("Title in another language"),
        help_text=_(
            "Holders read their certificate in their own language: give the printed title in "
            "Bengali, Hindi or Telugu. Where none is given, the printed title above is used."
        ),
        panels=[
            FieldPanel("language"),
            FieldPanel("printed_title"),
            FieldPanel("signatory_title"),
        ],
    ),
    MultiFieldPanel(
        [
            FieldPanel("required_courses", widget=forms.CheckboxSelectMultiple),
            FieldPanel("min_module_check_score"),
            FieldPanel("awarded_per_module"),
        ],
        heading=_("Requirements"),
        help_text=_("Courses a learner finishes and the module-check pass mark."),
    ),
    InlinePanel(
        "checklists",
        heading=_("Required sign-offs"),
        label=_("Sign-off checklist"),
        help_text=_(
            "Named checklists signed for the learner by a supervisor, or by a mentor of the "
            "learner's collective, such as the escalation role-play. Every item must be ticked."
        ),
        panels=[
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("items"),
            FieldPanel("signer"),
        ],
    ),
    MultiFieldPanel(
        [FieldPanel("practice_hours"), FieldPanel("supervision_sessions")],
        heading=_("Practice"),
        help_text=_("Supervised practice, counted once a supervisor verified each entry."),
    ),
    MultiFieldPanel(
        [
            FieldPanel("validity_days"),
            FieldPanel("grace_days"),
            FieldPanel("renewal_cpd_hours"),
            FieldPanel("renewal_check_module"),
        ],
        heading=_("Validity and renewal"),
    ),
    InlinePanel(
        "cpd_requirements",
        heading=_("Renewal: CPD hours by category"),
        label=_("CPD requirement"),
        help_text=_(
            "At least this many verified CPD hours in a category within a cycle. One row per "
            "category; together they cannot exceed the renewal CPD hours above."
        ),
        panels=[FieldPanel("category"), FieldPanel("min_hours")],
    ),
    MultiFieldPanel(
        [FieldPanel("signatory_name"), FieldPanel("signatory_title"), FieldPanel("pdf_template")],
        heading=_("Certificate layout"),
    ),
]


class CertificationProgrammeIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("required_courses")


def _required_courses(programme: CertificationProgramme) -> str:
    return ", ".join(course.title for course in programme.required_courses.all()) or "—"


class CertificationProgrammeViewSet(ModelViewSet):
    model = CertificationProgramme
    index_view_class = CertificationProgrammeIndexView
    icon = "success"
    menu_label = _("Programmes")
    edit_handler = ObjectList(PROGRAMME_PANELS, base_form_class=CertificationProgrammeForm)
    list_display = [
        "name",
        "code",
        "audience",
        Column("required_courses", label=_("Required courses"), accessor=_required_courses),
        "validity_days",
        "active",
    ]
    list_filter = ["audience", "active", "awarded_per_module"]
    search_fields = ["name", "code", "printed_title"]
    add_to_admin_menu = False


# --- Certificate templates -----------------------------------------------------------------


class CertificateTemplateViewSet(ModelViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    panels = [
        FieldPanel("name", help_text=_("Shown when a programme picks its layout.")),
        FieldPanel(
            "html", widget=forms.Textarea(attrs={"rows": 24, "style": "font-family: monospace"})
        ),
        FieldPanel(
            "css",
            widget=forms.Textarea(attrs={"rows": 16, "style": "font-family: monospace"}),
            help_text=_("CSS for the printed page, e.g. @page { size: A4 landscape; }."),
        ),
        InlinePanel(
            "translations",
            heading=_("Page template in other languages"),
            label=_("Page template in another language"),
            help_text=_(
                "Only if the page template has words of its own: the same template with those "
                "words in Bengali, Hindi or Telugu. Certificates in that language use it."
            ),
            panels=[
                FieldPanel("language"),
                FieldPanel(
                    "html",
                    widget=forms.Textarea(attrs={"rows": 16, "style": "font-family: monospace"}),
                ),
            ],
        ),
    ]
    list_display = ["name", "updated_at"]
    search_fields = ["name"]
    add_to_admin_menu = False


# --- Certificates --------------------------------------------------------------------------


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Certificates change only through the services (so every change leaves an event)."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class CertificateFilterSet(WagtailFilterSet):
    """The certificate listing's filters; the exports use the same ones, so a download holds
    exactly what the listing shows."""

    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=CertificationProgramme.objects.all()
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Certificate.Status.choices,
        method="filter_status",
        help_text=_("As a verifier sees it now: a valid certificate past its expiry is expired."),
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    issued_at = django_filters.DateFromToRangeFilter(
        label=_("Issued"), widget=DateRangePickerWidget
    )
    expires_at = django_filters.DateFromToRangeFilter(
        label=_("Expires"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Certificate
        fields = ["programme", "status", "language", "issued_at", "expires_at"]

    def filter_status(self, queryset, name, value):
        # The same rule as Certificate.current_status, in SQL.
        now = timezone.now()
        past_expiry = Q(status=Certificate.Status.VALID, expires_at__lte=now)
        if value == Certificate.Status.VALID:
            return queryset.filter(status=value).exclude(expires_at__lte=now)
        if value == Certificate.Status.EXPIRED:
            return queryset.filter(Q(status=value) | past_expiry)
        return queryset.filter(status=value)


class SiteTimeZoneMixin:
    """Shows every time in the site's time zone (TIME_ZONE), whatever zone a staff member
    chose in their Wagtail profile: coordinators in different places compare the same
    certificate's dates, and the exports and emails use that zone too."""

    def dispatch(self, request, *args, **kwargs):
        with timezone.override(settings.TIME_ZONE):
            response = super().dispatch(request, *args, **kwargs)
            # A TemplateResponse renders after dispatch returns: render it inside the zone.
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["site_time_zone"] = settings.TIME_ZONE
        return context


class CertificateIndexView(SiteTimeZoneMixin, PeopleListingAnnouncedMixin, IndexView):
    # The listing names the holders on its page: one audit entry per visit.
    listing_what = "certificates listing"

    @cached_property
    def export_query_string(self) -> str:
        """The listing's search, filters and ordering, without paging or fragment flags."""
        params = self.request.GET.copy()
        for key in (self.page_kwarg, "_w_filter_fragment", "export"):
            params.pop(key, None)
        encoded = params.urlencode()
        return f"?{encoded}" if encoded else ""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.user_has_permission("view"):
            for label, url_name, priority in (
                (_("Download PDFs (zip)"), "certificate:export_zip", 10),
                (_("Export CSV"), "certificate:export_csv", 20),
            ):
                url = reverse(url_name) + self.export_query_string
                buttons.append(
                    HeaderButton(label, url=url, icon_name="download", priority=priority)
                )
        return buttons

    def get_base_queryset(self):
        return exports.certificates_for_export(
            certificates_visible(self.request.user, super().get_base_queryset())
        )


class CertificateExportView(CertificateIndexView):
    """A download of the certificates the listing shows for the same query string."""

    permission_required = "view"
    any_permission_required = None
    too_many_message = _(
        "%(count)s certificates match; at most %(limit)s can be exported at once. "
        "Narrow the list with the filters or the search, then try again."
    )

    def get(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        count = queryset.count()
        if count > exports.EXPORT_MAX_ROWS:
            message = self.too_many_message % {"count": count, "limit": exports.EXPORT_MAX_ROWS}
            return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
        signals.person_data_exported.send(
            sender=type(self).__name__,
            viewer=request.user,
            count=count,
            what="certificates (printed names and dates)",
        )
        return self.export_response(queryset)

    @property
    def download_name(self) -> str:
        return f"certificates-{timezone.localdate().isoformat()}"

    def export_response(self, queryset) -> HttpResponse:
        raise NotImplementedError


class CertificateZipExportView(CertificateExportView):
    def export_response(self, queryset) -> HttpResponse:
        archive = exports.certificates_zip_build(queryset.iterator(chunk_size=200))
        return FileResponse(
            archive,
            as_attachment=True,
            filename=f"{self.download_name}.zip",
            content_type="application/zip",
        )


class CertificateCsvExportView(CertificateExportView):
    def export_response(self, queryset) -> HttpResponse:
        response = StreamingHttpResponse(
            exports.certificates_csv_lines(queryset.iterator(chunk_size=500)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.download_name}.csv"'
        return response


class CertificateInspectView(SiteTimeZoneMixin, InspectView):
    template_name = "certifications/admin/certificate_inspect.html"

    def get_object(self, queryset=None):
        visible = exports.certificates_for_export(
            certificates_visible(self.request.user, Certificate.objects.all())
        )
        return get_object_or_404(visible, pk=unquote(str(self.pk)))

    def get_title_display_value(self):
        return self.object.title

    def get_module_display_value(self):
        return self.object.module.title if self.object.module_id else "—"

    def get_current_status_display_value(self):
        return self.object.current_status_label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Who did what: a display name, never an email (DOMAIN.md 6).
        context["events"] = list(self.object.events.select_related("by"))
        context["reminders"] = list(self.object.reminders.order_by("created_at", "id"))
        signals.person_data_viewed.send(
            sender="certificate admin page",
            viewer=self.request.user,
            subjects=[self.object.user],
            what="certificate and its history",
        )
        return context

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_revoke(self.request.user) and self.object.status != Certificate.Status.REVOKED:
            url = reverse("certifications_admin_revoke", args=[self.object.pk])
            buttons.append(Button(_("Revoke"), url=url, icon_name="warning", priority=30))
        return buttons


class CertificateViewSet(ModelViewSet):
    model = Certificate
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    icon = "doc-full"
    menu_label = _("Certificates")
    form_fields = ["printed_name"]
    filterset_class = CertificateFilterSet
    list_display = [
        "code",
        "printed_name",
        Column("title", label=_("Title")),
        "cycle",
        DateColumn("issued_at", label=_("Issued"), sort_key="issued_at"),
        DateColumn("expires_at", label=_("Expires"), sort_key="expires_at"),
        Column("current_status_label", label=_("Status")),
    ]
    search_fields = ["code", "printed_name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "printed_name",
        "title",
        "programme",
        "module",
        "cycle",
        "language",
        "issued_at",
        "expires_at",
        "current_status",
        "revision",
        "rendered_at",
        "revoked_reason",
    ]
    add_to_admin_menu = False

    def _export_view(self, view_class):
        return self.construct_view(view_class, **self.get_index_view_kwargs())

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("export/zip/", self._export_view(CertificateZipExportView), name="export_zip"),
            path("export/csv/", self._export_view(CertificateCsvExportView), name="export_csv"),
        ]


class CertificationViewSetGroup(ViewSetGroup):
    menu_label = _("Certification")
    menu_icon = "success"
    menu_order = 280
    items = (CertificationProgrammeViewSet, CertificateViewSet, CertificateTemplateViewSet)
