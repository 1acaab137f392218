"""Wagtail's "Site history" report, for admins only.

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
