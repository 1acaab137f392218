"""The `<id:…>` path converter every id in our URLs uses.

Django's `<int:…>` takes any run of digits, and a number beyond what an id column holds
(2**63 - 1) then reaches the database lookup: for a page (whose id is a one-to-one link to
Wagtail's Page) that is an OverflowError on SQLite and a DataError on PostgreSQL, a 500 that
anyone could cause. No id is that large, so such a URL simply does not match: a 404, like an
id that does not exist.
"""

LARGEST_ID = 2**63 - 1


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError(value)  # the URL does not match
        return number

    def to_url(self, value: int) -> str:
        return str(value)
