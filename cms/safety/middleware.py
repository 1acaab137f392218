from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _

from cms.safety import services


class SessionIdleMiddleware:
    """Sign out a person who has done nothing for the site's idle minutes (SafetySettings), so
    a shared phone left on the table does not stay signed in. safety.js warns two minutes
    before and offers one tap to stay. Anonymous requests cost nothing here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith("/static/"):
            config = services.safety_config(request)
            # Only page views sign out: a form sent after a long, quiet while (a reflection
            # written slowly) is activity, and losing what someone wrote would be worse.
            if request.method in ("GET", "HEAD") and services.session_idle_expired(
                request, idle_minutes=config.idle_minutes
            ):
                path = request.get_full_path()
                logout(request)
                messages.info(
                    request,
                    _(
                        "You were signed out after a quiet while, to keep your learning "
                        "private. Sign in to carry on where you left off."
                    ),
                )
                return redirect_to_login(path)
            services.session_touch(request)
        return self.get_response(request)
