from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from certifications import admin_views
from certifications.models import Certificate
from certifications.viewsets import CertificationViewSetGroup, ReadOnlyPermissionPolicy

register_permission_policy(Certificate, ReadOnlyPermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certification_viewsets():
    return CertificationViewSetGroup()


@hooks.register("register_admin_urls")
def register_certification_admin_urls():
    return [
        path(
            "certifications/certificates/<id:pk>/revoke/",
            admin_views.certificate_revoke,
            name="certifications_admin_revoke",
        )
    ]
