"""Routing a page URL without walking the page tree on every request.

Wagtail routes a URL one level at a time, one or two queries a level: a lesson six levels down
costs seven queries before the page is served. Which page a path names, and the pages above
it, change only with the page tree (publish, unpublish, move, slug change, delete, view
restriction: each moves the tree's generation, `courses.caching.structure_changed`). So the
route is cached under that generation, per site, reader's locale and path: the page's id and
type, and clean copies of the pages above it (their own fields only, as loaded).

The page itself is always read again from the database, live, at the cached tree path: what
is served is the page as it is now, and a page unpublished or moved without the signals (a
shell, a data migration) is routed the slow way, as before. The ancestors (titles and URLs
for the breadcrumbs, the course for access checks, which read their own rows) are at most
`caching.OUTLINE_SECONDS` old if someone edits them without publishing, as the outlines are.
Who may open the page is decided after routing, as before (view restrictions, enrolment).
"""

from __future__ import annotations

from django.apps import apps
from django.core.cache import cache
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from courses import caching, localization


def _key(*, generation: int, site, path_components: list[str]) -> str:
    return (
        f"courses:route:{generation}:{site.pk}:{site.root_page_id}:"
        f"{localization.active_locale_id()}:{'/'.join(path_components)}"
    )


def _clean_copy(page: Page) -> Page:
    """`page` as loaded from its row, without anything cached on it since (its parent, the
    stream's loaded blocks, cached properties): what may be kept and handed to any reader."""
    model = type(page)
    fields = model._meta.concrete_fields
    return model.from_db(
        page._state.db, [f.attname for f in fields], [getattr(page, f.attname) for f in fields]
    )


def _entry(route) -> dict | None:
    """What is kept of a route: only a plain page route (no arguments, which a routable page
    would derive from the path) is kept."""
    if not isinstance(route, RouteResult) or route.args or route.kwargs:
        return None
    page = route.page
    if isinstance(page, RoutablePageMixin):
        return None
    ancestors = []
    node = getattr(page, "_cached_parent_obj", None)
    while node is not None:
        ancestors.append(_clean_copy(node))
        node = getattr(node, "_cached_parent_obj", None)
    return {
        "pk": page.pk,
        "model": type(page)._meta.label_lower,
        "path": page.path,
        "ancestors": ancestors,  # nearest first
    }


def _from_entry(entry: dict) -> RouteResult | None:
    try:
        model = apps.get_model(entry["model"])
    except LookupError:  # a page type removed since
        return None
    page = model.objects.filter(pk=entry["pk"], path=entry["path"], live=True).first()
    if page is None:
        return None
    child = page
    for ancestor in entry["ancestors"]:
        # As Wagtail's routing leaves them: get_parent() and the breadcrumbs need no query.
        child._cached_parent_obj = ancestor
        child = ancestor
    return RouteResult(page)


def route(request, site, path_components: list[str]):
    """The route of `path_components` on `site` for the reader's language (raises Http404 as
    Wagtail's `route` does), from the cache when the page tree has not changed since."""
    generation = caching.structure_generation()
    key = _key(generation=generation, site=site, path_components=path_components)
    entry = cache.get(key)
    if entry is not None:
        found = _from_entry(entry)
        if found is not None:
            return found
    result = localization.root_page_for_reader(site).route(request, path_components)
    entry = _entry(result)
    if entry is not None:
        cache.set(key, entry, caching.OUTLINE_SECONDS)
    return result
