from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from cms import services
from cms.forms import LanguageForm
from trauma_training.audit.models import AuditAction
from trauma_training.audit.services import audit_record


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 with {"status": "ok"} when the database answers; 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy", never a 500
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Change the page language; for a signed-in user it is remembered on the account."""
    form = LanguageForm(request.POST)
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = redirect(next_url)
    if not form.is_valid():
        return response
    language = form.cleaned_data["language"]
    if request.user.is_authenticated:
        request.user.preferred_language = language
        request.user.save(update_fields=["preferred_language"])
    from django.conf import settings

    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax")
    return response


@login_required
def reset_password(request: HttpRequest, user_id: int) -> HttpResponse:
    """Coordinators give a learner without email a new temporary password (shown once).

    Someone without the permission gets 403. For everyone else an account they may not reset
    (outside their collectives, staff, themselves) is a 404 exactly like an id that does not
    exist, so trying ids tells nothing about who has an account."""
    if not request.user.has_perm("cms.reset_learner_password"):
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not services.user_can_reset_password(actor=request.user, target=target):
        raise Http404
    password = None
    if request.method == "POST":
        password = services.user_reset_password(actor=request.user, target=target)
        messages.success(request, _("A new password was set. Give it to the person privately."))
    audit_record(
        actor=request.user,
        action=AuditAction.VIEWED_PERSON_DATA,
        subject=target,
        target="password reset: new password given" if password else "password reset page",
    )
    return TemplateResponse(
        request, "cms/admin/reset_password.html", {"target": target, "password": password}
    )


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view, routed from the home page in the reader's language: the same URL
    opens each reader's own language (docs/translations.md). Only the routing differs from
    Wagtail's (`courses.localization.root_page_for_reader`, cached by `courses.routing`); its
    hooks and serving are used as they are."""
    from wagtail import views as wagtail_views
    from wagtail.models import Site

    from courses import routing

    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        route = None
        if site is not None:
            components = [component for component in path.split("/") if component]
            try:
                # Cached under the page tree's generation (courses.routing).
                route = routing.route(request, site, components)
            except Http404:
                route = None
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)
