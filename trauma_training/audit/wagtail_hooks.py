from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import AuditEntry
from .viewsets import AuditEntryViewSet, SuperuserViewOnlyPolicy

register_permission_policy(AuditEntry, SuperuserViewOnlyPolicy(AuditEntry))


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return AuditEntryViewSet("audit_entries")
