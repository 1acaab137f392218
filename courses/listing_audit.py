"""One place for "this admin listing names people": a mixin for Wagtail index views that
announces each visit (`signals.person_data_listed`) for the audit log (DOMAIN.md 6.4)."""

from __future__ import annotations

from courses import signals


class PeopleListingAnnouncedMixin:
    """For a Wagtail `IndexView` whose rows name people. After the permission check and the
    page is built, sends one `person_data_listed` per visit (and per filtered refresh) with
    how many people other than the viewer this page names, and nothing when it names none.

    Set `listing_what` ("cohort memberships listing"); override `listed_person_id(row)` when a
    row is not the person's own (default: `row.user_id`)."""

    listing_what = ""

    def listed_person_id(self, row) -> int | None:
        return row.user_id

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        rows = context.get("object_list")
        if rows is None:
            return response
        # Evaluating the page's rows here caches them for the table: no extra query.
        people = {self.listed_person_id(row) for row in rows} - {request.user.pk, None}
        if people:
            page = context.get("page_obj")
            signals.person_data_listed.send(
                sender="admin",
                viewer=request.user,
                count=len(people),
                what=self.listing_what,
                detail={"page": page.number if page else 1},
            )
        return response
