"""What a translator translates on every page type (wagtail-localize), importable by the host
app's page types without loading ours."""

from wagtail_localize.fields import SynchronizedField, TranslatableField

# The words. The slug stays the source's in every language, so a link someone shares opens in
# the reader's own language (docs/translations.md).
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
]
