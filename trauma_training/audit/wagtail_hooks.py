from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import AuditEntry
from .viewsets import AuditEntryViewSet, SuperuserViewOnlyPolicy

register_permission_policy(AuditEntry, SuperuserViewOnlyPolicy(AuditEntry))


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return AuditEntryViewSet("audit_entries")


@hooks.register("before_edit_user")
def audit_user_edit_page(request, user):
    """Wagtail's user edit page shows a person's account: record who opened it (returning
    None lets the page go on)."""
    from .models import AuditAction
    from .services import audit_record

    if request.user.pk != user.pk:
        audit_record(
            actor=request.user,
            action=AuditAction.VIEWED_PERSON_DATA,
            subject=user,
            target="admin: user account",
        )
