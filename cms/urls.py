from allauth.account import views as allauth_account_views
from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certifications.openbadges import views as openbadges_views
from cms import admin_reports, mfa_views, signin, views
from cms.safety import views as safety_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(".well-known/jwks.json", openbadges_views.jwks_view, name="openbadges_jwks"),
    # One way to sign in (docs/accounts-and-mfa.md): allauth's, with its MFA step and rate
    # limits. Wagtail's own login and password-reset views are shadowed by redirects there;
    # these must stay above the admin and Wagtail includes. tests/security/test_signin.py walks
    # the resolver, so a login route added later fails until it is handled here.
    path("admin/login/", signin.login_redirect, name="wagtailadmin_login"),
    re_path(r"^admin/password_reset/", signin.password_reset_redirect),
    path("_util/login/", signin.login_redirect, name="wagtailcore_login"),
    # Signing out too goes through allauth: Wagtail's logout view drops the session cookie
    # even on a GET it refuses with 405, so any link could sign a person out.
    path("admin/logout/", allauth_account_views.logout, name="wagtailadmin_logout"),
    # Wagtail's site history lists every collective's changes by name: admins only.
    path("admin/reports/site-history/", admin_reports.site_history),
    path("admin/reports/site-history/results/", admin_reports.site_history_results),
    # wagtail-localize's Translations report: trainers and admins (they translate).
    path("admin/localize/reports/translations/", admin_reports.translations_report),
    path(
        "admin/localize/reports/translations/results/",
        admin_reports.translations_report_results,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Setting up an authenticator app ends where the person was going (cms/mfa_views.py):
    # allauth's views under allauth's names, above allauth's own routes for the same paths.
    path("accounts/2fa/totp/activate/", mfa_views.activate_totp, name="mfa_activate_totp"),
    path(
        "accounts/2fa/recovery-codes/",
        mfa_views.view_recovery_codes,
        name="mfa_view_recovery_codes",
    ),
    path("accounts/", include("allauth.urls")),
    path("language/", views.set_language, name="set_language"),
    path("learn/", include("courses.urls")),
    path("xapi/", include("courses.xapi.urls")),
    path("certificates/", include("certifications.urls")),
    path("programme/", include("trauma_training.urls")),
    path("me/data/", include("cms.rights.urls")),
    path("me/", include("trauma_training.wellbeing.urls")),
    path("safety/", include("cms.safety.urls")),
    path("help/", safety_views.help_now, name="help"),
    path("manifest.webmanifest", safety_views.manifest, name="manifest"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Pages are routed from the home page in the reader's language (cms.views.serve); Wagtail's
    # own URLs below keep its password-restriction view and the pattern pages reverse to.
    re_path(r"^((?:[\w\-]+/)*)$", views.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
