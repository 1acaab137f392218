"""Admin reports narrowed to those they are for: Wagtail's "Site history" report, for admins
only; wagtail-localize's "Translations" report, for those who translate.

The report lists every logged change to every model the viewer has any permission on, labelled
with each object's name: for a coordinator that is every collective's cohort memberships
("<name> in <cohort> (member)"), collectives and xAPI credentials, whatever collective they
coordinate. It cannot be narrowed to one collective's objects (its rows come from a union over
all log models), so only admins, who see everyone anyway, may open it. Each object's own
history, in its scoped admin pages, stays open to those who may open the object.
"""

from functools import wraps

from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView


def admins_only(view):
    @require_admin_access
    @wraps(view)
    def view_for_admins(request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return view_for_admins


site_history = admins_only(LogEntriesView.as_view())
site_history_results = admins_only(LogEntriesView.as_view(results_only=True))


def hide_site_history_from_non_admins(request, menu_items: list) -> None:
    """`construct_reports_menu` hook: the menu offers the report only to those it opens for."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


# wagtail-localize's "Translations" report lists every page and snippet being translated, to
# anyone who can open the admin, and its menu item shows for everyone. It is the translators'
# work list: trainers and admins (who have wagtail-localize's submit permission).
TRANSLATE_PERMISSION = "wagtail_localize.submit_translation"


def translators_only(view):
    @require_admin_access
    @wraps(view)
    def view_for_translators(request, *args, **kwargs):
        if not request.user.has_perm(TRANSLATE_PERMISSION):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return view_for_translators


def _translations_report(results_only: bool):
    from wagtail_localize.views.report import TranslationsReportView

    return translators_only(TranslationsReportView.as_view(results_only=results_only))


translations_report = _translations_report(results_only=False)
translations_report_results = _translations_report(results_only=True)


def hide_translations_report_from_non_translators(request, menu_items: list) -> None:
    """`construct_reports_menu` hook: the Translations report only for those it opens for."""
    if not request.user.has_perm(TRANSLATE_PERMISSION):
        menu_items[:] = [item for item in menu_items if item.name != "translations"]
