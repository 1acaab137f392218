"""A read-only Wagtail admin listing of the audit log, for superusers only. Entries show
labels ("user #12"), never names; nothing can be added, changed or deleted here. Reading the
log is itself written to the log (it shows who looked at whose data), before the page is
built, so the reader sees their own entry.

Also Wagtail's own users listing, which names people: `AuditedUserViewSet` replaces
Wagtail's user viewset (`AuditConfig.ready` names it on the `wagtailusers` app config) so
that each visit is one entry with how many people the page shows. Its listing and edit,
delete and history pages reach only `users_reachable_by(user)`: everyone for a superuser,
else the one rule people_manageable_by."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.users.views import users as wagtail_users

from courses.listing_audit import PeopleListingAnnouncedMixin
from courses.viewsets import scoped

from .models import AuditAction, AuditEntry
from .services import audit_record


class SuperuserViewOnlyPolicy(ModelPermissionPolicy):
    """Only active superusers, and only "view": not even superusers may add, change or
    delete entries (the model and the database would refuse anyway)."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True, is_superuser=True)
        return users if "view" in actions else users.none()

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


class AuditedIndexView(IndexView):
    """The listing (and its filtered results), recorded once per request after the
    permission check."""

    def get(self, request, *args, **kwargs):
        chosen = request.GET.get("action", "")
        audit_record(
            actor=request.user,
            action=AuditAction.VIEWED_AUDIT_LOG,
            target="audit log: listing",
            detail={
                "page": request.GET.get("p", "1")[:10],
                # Only a real action value is kept: the query string is the reader's input.
                "action_filter": chosen if chosen in AuditAction.values else "",
            },
        )
        return super().get(request, *args, **kwargs)


class AuditedInspectView(InspectView):
    """One entry's page, recorded with the entry's sequence number."""

    def get(self, request, *args, **kwargs):
        audit_record(
            actor=request.user,
            action=AuditAction.VIEWED_AUDIT_LOG,
            target="audit log: entry",
            detail={"sequence": self.object.sequence},
        )
        return super().get(request, *args, **kwargs)


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    index_view_class = AuditedIndexView
    inspect_view_class = AuditedInspectView
    icon = "list-ul"
    menu_label = _("Audit log")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["sequence", "created_at", "actor_label", "action", "subject_label", "target"]
    list_filter = ["action"]
    inspect_view_fields = [
        "sequence",
        "created_at",
        "actor_label",
        "action",
        "subject_label",
        "target",
        "detail",
        "prev_hash",
        "hash",
    ]
    ordering = "-sequence"
    # No form is ever shown (the policy refuses add and edit, and every field is
    # non-editable); Wagtail still builds one.
    exclude_form_fields = []


def users_reachable_by(user):
    """The accounts Wagtail's users admin shows `user`: every account for a superuser; for
    anyone else given user permissions, only people_manageable_by (today no role has them:
    coordinators reach people through Find a person, which asks the same rule)."""
    from trauma_training.selectors import people_manageable_by

    if user.is_superuser:
        return get_user_model().objects.all()
    return people_manageable_by(user)


class AuditedUserIndexView(
    PeopleListingAnnouncedMixin, scoped(wagtail_users.IndexView, users_reachable_by)
):
    """Wagtail's users listing (and its filtered results): one viewed_person_data entry per
    visit, after the permission check, with how many other people this page shows."""

    listing_what = "users listing"

    def listed_person_id(self, row) -> int | None:
        return row.pk


class AuditedUserViewSet(wagtail_users.UserViewSet):
    """Wagtail's user admin with an audited listing (the edit page is recorded by the
    `before_edit_user` hook in wagtail_hooks.py)."""

    index_view_class = AuditedUserIndexView
    edit_view_class = scoped(wagtail_users.EditView, users_reachable_by)
    delete_view_class = scoped(wagtail_users.DeleteView, users_reachable_by)
    history_view_class = scoped(wagtail_users.HistoryView, users_reachable_by)
