"""Which copy of a page a person reads, and which copy their progress is kept on.

With content translation each course, module and lesson has one page per language, tied by a
translation key. Learners read the copy in their language; everything about them (enrolment,
progress, quiz and H5P attempts, reflections, sign-offs, certificates, analytics) is kept on
the **source page**, the copy in the site's default language (``LANGUAGE_CODE``), so it is the
same whichever language a lesson was taken in and counts once. Services and selectors are given
source pages; views and page types find them here.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Locale, Page

_locale_ids: dict[str, int] | None = None


def _locale_ids_load() -> dict[str, int]:
    global _locale_ids
    _locale_ids = dict(Locale.objects.values_list("language_code", "id"))
    return _locale_ids


def locale_id(language_code: str) -> int | None:
    """The id of the locale of `language_code`, without a query once read: locales change only
    when an admin adds a language (and the cache is dropped then)."""
    ids = _locale_ids if _locale_ids is not None else _locale_ids_load()
    if language_code not in ids:
        ids = _locale_ids_load()
    return ids.get(language_code)


def language_of_locale(locale_id_: int) -> str | None:
    """The language code of a locale id, without a query once read (as `locale_id`)."""
    ids = _locale_ids if _locale_ids is not None else _locale_ids_load()
    if locale_id_ not in ids.values():
        ids = _locale_ids_load()
    for code, found in ids.items():
        if found == locale_id_:
            return code
    return None


def default_locale_id() -> int | None:
    return locale_id(settings.LANGUAGE_CODE)


def active_locale_id() -> int | None:
    """The locale of the language this request is in, or the default one."""
    return locale_id(translation.get_language() or settings.LANGUAGE_CODE) or default_locale_id()


def locales_forget(**kwargs) -> None:
    global _locale_ids
    _locale_ids = None


post_save.connect(locales_forget, sender=Locale, dispatch_uid="courses_locales_forget_save")
post_delete.connect(locales_forget, sender=Locale, dispatch_uid="courses_locales_forget_delete")


def is_source(page: Page) -> bool:
    return page.alias_of_id is None and page.locale_id == default_locale_id()


def content_language(page: Page) -> str:
    """The language `page`'s words are in: an alias (a page not translated yet) shows its
    source's words, which are in the default language."""
    if page.alias_of_id is not None:
        return settings.LANGUAGE_CODE
    return language_of_locale(page.locale_id) or settings.LANGUAGE_CODE


def is_untranslated_for_reader(page: Page) -> bool:
    """True when the reader's language is not the language `page` is written in: the page is a
    placeholder for a translation not made yet, or the reader's language has no copy at all."""
    reader = translation.get_language() or settings.LANGUAGE_CODE
    return content_language(page) != reader


def reader_language_name() -> str:
    """The reader's language, named in its own script (settings.LANGUAGES)."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return str(dict(settings.LANGUAGES).get(code, code))


def source_ids(pages: Iterable[Page]) -> dict[int, int]:
    """{page id: source page id} for `pages`, in at most one query: none when every page is a
    source or an alias, or was looked up since the page tree last changed. A translation
    whose source was deleted is its own source."""
    found: dict[int, int] = {}
    translated: dict = {}
    default_id = default_locale_id()
    for page in pages:
        if page.alias_of_id is not None:
            found[page.pk] = page.alias_of_id
        elif page.locale_id == default_id:
            found[page.pk] = page.pk
        else:
            translated.setdefault(page.translation_key, []).append(page.pk)
    if not translated:
        return found
    # Which page is a translation's source changes only with the page tree: cached until then.
    from courses import caching

    generation = caching.structure_generation()
    cached = cache.get_many(
        [f"courses:source-id:{generation}:{pk}" for pks in translated.values() for pk in pks]
    )
    for key in list(translated):
        hits = [cached.get(f"courses:source-id:{generation}:{pk}") for pk in translated[key]]
        if all(hit is not None for hit in hits):
            found.update(zip(translated.pop(key), hits, strict=True))
    if translated:
        rows = Page.objects.filter(
            translation_key__in=list(translated), locale_id=default_id
        ).values_list("translation_key", "id")
        looked_up: dict[int, int] = {}
        for key, source_id in rows:
            for page_id in translated.pop(key):
                looked_up[page_id] = source_id
        for page_ids in translated.values():  # a translation whose source was deleted
            for page_id in page_ids:
                looked_up[page_id] = page_id
        found.update(looked_up)
        cache.set_many(
            {f"courses:source-id:{generation}:{pk}": source for pk, source in looked_up.items()},
            caching.STRUCTURE_SECONDS,
        )
    return found


def source_page(page: Page) -> Page:
    """The source copy of `page`, as the same page type: `page` itself when it is one.

    For a translation it is read once and then kept in the cache until the page tree changes
    (`courses.caching`, like the course structures), together with the source's module and
    course, which the page views ask for next: a translated page then costs no more queries
    than its English source (docs/performance.md, "Translated pages")."""
    from courses import caching

    model = type(page)
    if is_source(page):
        return page
    key = f"courses:source-page:{caching.structure_generation()}:{page.pk}"
    source = cache.get(key)
    if source is not None:
        return source
    if page.alias_of_id is not None:
        source = model.objects.filter(pk=page.alias_of_id).first()
    else:
        source = model.objects.filter(
            translation_key=page.translation_key, locale_id=default_locale_id()
        ).first()
    if source is None:  # its source was deleted: the translation stands alone
        return page
    for ancestor in ("get_module", "get_course"):
        if hasattr(source, ancestor):
            getattr(source, ancestor)()
    cache.set(key, source, caching.STRUCTURE_SECONDS)
    return source


def source_pages_only(queryset):
    """`queryset` without translations and placeholders: each course, module or lesson once."""
    return queryset.filter(locale_id=default_locale_id(), alias_of__isnull=True)


def localized_copies(pages: Iterable[Page]) -> dict[int, Page]:
    """{source page id: the live copy in the reader's language} for source `pages`; a page with
    no live copy maps to itself. No query in the default language; otherwise the copies are
    kept in the cache until the page tree changes, so a warm page asks nothing (at most one
    query for those not cached)."""
    from courses import caching

    pages = list(pages)
    copies = {page.pk: page for page in pages}
    locale = active_locale_id()
    if not pages or locale == default_locale_id():
        return copies
    generation = caching.structure_generation()
    keys = {page.pk: f"courses:localized:{generation}:{locale}:{page.pk}" for page in pages}
    cached = cache.get_many(list(keys.values()))
    missing = [page for page in pages if keys[page.pk] not in cached]
    for page in pages:
        if keys[page.pk] in cached:
            copies[page.pk] = cached[keys[page.pk]]
    if missing:
        model = type(missing[0])
        by_key = {page.translation_key: page.pk for page in missing}
        found = model.objects.live().filter(translation_key__in=list(by_key), locale_id=locale)
        for copy in found:
            copies[by_key[copy.translation_key]] = copy
        cache.set_many(
            {keys[page.pk]: copies[page.pk] for page in missing}, caching.STRUCTURE_SECONDS
        )
    return copies


def root_page_for_reader(site) -> Page:
    """`site`'s home page in the reader's language (the source's while it has no live copy),
    as its own page type, in one query whatever the language. Wagtail's own lookup
    (``root_page.localized``) asks for the active locale and then for the copy on every
    request; which copy is the root changes only with the page tree, so it is cached under the
    tree's generation (courses.caching)."""
    from courses import caching

    root = site.root_page
    reader_locale = active_locale_id()
    if reader_locale == root.locale_id:
        target = (root.pk, root.content_type_id)
    else:
        key = f"courses:root:{caching.structure_generation()}:{root.pk}:{reader_locale}"
        target = cache.get(key)
        if target is None:
            copy = (
                Page.objects.filter(
                    translation_key=root.translation_key, locale_id=reader_locale, live=True
                )
                .values_list("pk", "content_type_id")
                .first()
            )
            target = copy or (root.pk, root.content_type_id)
            cache.set(key, target, caching.STRUCTURE_SECONDS)
    model = ContentType.objects.get_for_id(target[1]).model_class()
    return model.objects.get(pk=target[0])
