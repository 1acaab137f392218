"""Safety pages. Each works without JavaScript; safety.js only makes them quicker."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from cms.safety import services
from cms.safety.forms import CloseLogoutForm


@require_safe
def quick_exit(request: HttpRequest) -> HttpResponse:
    """Leave at once for the neutral site. The no-JavaScript path of the quick exit button.

    A server cannot take a page out of the browser's history; this only redirects, sends no
    referrer and asks that nothing be cached (see /safety/about-quick-exit/).
    """
    response = HttpResponseRedirect(services.safety_config(request).neutral_exit_url)
    response["Referrer-Policy"] = "no-referrer"
    add_never_cache_headers(response)
    return response


@require_safe
def about_quick_exit(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "safety/about_quick_exit.html")


@require_safe
def help_now(request: HttpRequest) -> HttpResponse:
    """ "Get help now": the site's helplines with tap-to-call links, and how to reach a mentor."""
    settings = services.safety_settings_for_request(request)
    helplines, in_english = (
        services.helplines_for_reader(settings=settings, language=get_language())
        if settings
        else ([], False)
    )
    context = {"helplines": helplines, "helplines_in_english": in_english}
    return TemplateResponse(request, "safety/help.html", context)


@require_safe
def take_a_break(request: HttpRequest) -> HttpResponse:
    """A short grounding exercise, then back to the same place (`next`, this site only)."""
    back = services.safe_next_url(request, request.GET.get("next"), default="")
    return TemplateResponse(request, "safety/break.html", {"back": back})


@require_POST
@login_required
def session_extend(request: HttpRequest) -> HttpResponse:
    """ "I'm still here": the idle clock starts again. JSON for safety.js, a redirect otherwise."""
    services.session_touch(request, force=True)
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"idle_minutes": services.safety_config(request).idle_minutes})
    return redirect(services.safe_next_url(request, request.POST.get("next")))


@require_POST
@login_required
def session_close_logout(request: HttpRequest) -> HttpResponse:
    """Turn "Log me out when I close the browser" on or off for this session."""
    form = CloseLogoutForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    services.session_close_logout_set(request, on=form.cleaned_data["close_logout"])
    return redirect(services.safe_next_url(request, form.cleaned_data["next"]))


@never_cache
@require_safe
def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest, with the neutral name: what a phone's home screen shows."""
    name = services.safety_config(request).site_name
    response = JsonResponse(
        {
            "name": name,
            "short_name": name[:12],
            "start_url": "/",
            "scope": "/",
            "display": "browser",
            "background_color": "#fbfaf7",
            "theme_color": "#ffffff",
            "icons": [],
        }
    )
    response["Content-Type"] = "application/manifest+json"
    return response
