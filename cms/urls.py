from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certifications.openbadges import views as openbadges_views
from cms import views
from cms.safety import views as safety_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(".well-known/jwks.json", openbadges_views.jwks_view, name="openbadges_jwks"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
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

urlpatterns += [path("", include(wagtail_urls))]
