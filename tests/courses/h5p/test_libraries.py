"""H5P library files delivered for slow networks: published once per library set at import
(`courses.h5p.services.library_set_publish`), served publicly from a content-addressed URL
(`courses:h5p_libraries`), compressed, cached for a year and revalidated with 304."""

from __future__ import annotations

import gzip
import hashlib
import importlib
import json
from unittest import mock

import pytest
from django.apps import apps
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from courses.h5p import selectors, services, storage, views
from courses.models import H5PActivity, H5PPackage
from tests.courses.h5p.helpers import (
    TRUEFALSE,
    activity_from_fixture,
    enrolled_lesson,
    greeting_package,
    package_bytes,
    stored_bytes,
    stored_names,
)

# Long enough to be worth compressing (services.COMPRESS_MIN_BYTES), and compressible.
BIG_JS = "H5P.Greeting = function () {};\n" + "// a comment that repeats\n" * 40
IMMUTABLE = "public, max-age=31536000, immutable"
FILE_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'"


@pytest.fixture(autouse=True)
def _no_remembered_manifests():
    views.library_manifests_forget()
    yield
    views.library_manifests_forget()


def library_url(key: str, path: str) -> str:
    """The URL of `path` in library set `key`, built by hand so odd paths reach the view."""
    return reverse("courses:h5p_libraries", args=[key, "x"]).removesuffix("x") + path


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.fixture
def package(db):
    return services.package_store(greeting_package(js=BIG_JS))


# --- Publishing at import ----------------------------------------------------------------------


@pytest.mark.django_db
def test_import_publishes_the_library_set_under_its_content_key(package):
    files = {
        "H5P.Greeting-1.0/library.json": stored_bytes(
            storage.file_name(package.sha256, "H5P.Greeting-1.0/library.json")
        ),
        "H5P.Greeting-1.0/greeting.js": BIG_JS.encode(),
        "H5P.Greeting-1.0/greeting.css": b".greeting {}",
        "H5P.Greeting-1.0/fonts/h5p.woff2": b"wOF2 fake",
        "H5P.Greeting-1.0/semantics.json": b"[]",
    }
    key = storage.library_set_key(files)

    assert package.libraries_key == key
    assert H5PPackage.objects.get(pk=package.pk).libraries_key == key
    assert stored_names(f"h5p/libraries/{key}") == (
        {f"h5p/libraries/{key}/files/{path}" for path in files}
        | {f"h5p/libraries/{key}/manifest.json"}
        | {f"h5p/libraries/{key}/{e}/H5P.Greeting-1.0/greeting.js" for e in ("gzip", "br")}
    )
    manifest = json.loads(stored_bytes(f"h5p/libraries/{key}/manifest.json"))["files"]
    assert sorted(manifest) == sorted(files)
    assert manifest["H5P.Greeting-1.0/greeting.css"] == {
        "sha256": hashlib.sha256(b".greeting {}").hexdigest(),
        "size": 12,
    }


@pytest.mark.django_db
def test_compressed_copies_hold_the_same_bytes(package):
    brotli = pytest.importorskip("brotli")
    key = package.libraries_key
    gz = stored_bytes(f"h5p/libraries/{key}/gzip/H5P.Greeting-1.0/greeting.js")
    br = stored_bytes(f"h5p/libraries/{key}/br/H5P.Greeting-1.0/greeting.js")

    assert gzip.decompress(gz) == BIG_JS.encode()
    assert brotli.decompress(br) == BIG_JS.encode()
    assert len(br) < len(BIG_JS) and len(gz) < len(BIG_JS)
    entry = json.loads(stored_bytes(f"h5p/libraries/{key}/manifest.json"))["files"][
        "H5P.Greeting-1.0/greeting.js"
    ]
    assert entry == {
        "sha256": hashlib.sha256(BIG_JS.encode()).hexdigest(),
        "size": len(BIG_JS),
        "gzip": len(gz),
        "br": len(br),
    }


@pytest.mark.django_db
def test_packages_with_the_same_libraries_share_one_set(package):
    other = services.package_store(greeting_package(title="Another card", js=BIG_JS))

    assert other.sha256 != package.sha256
    assert other.libraries_key == package.libraries_key


@pytest.mark.django_db
def test_packages_with_other_library_code_get_another_set(package):
    other = services.package_store(greeting_package(js=BIG_JS + "// changed\n"))

    assert other.libraries_key not in {"", package.libraries_key}


@pytest.mark.django_db
def test_libraries_the_content_does_not_load_are_left_out_of_the_set(db):
    editor = {
        "title": "Editor",
        "machineName": "H5PEditor.Greeting",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 0,
        "preloadedJs": [{"path": "editor.js"}],
    }
    package = services.package_store(
        greeting_package(
            extra={
                "H5PEditor.Greeting/library.json": json.dumps(editor),
                "H5PEditor.Greeting/editor.js": "var editor = 1;",
            }
        )
    )

    names = stored_names(f"h5p/libraries/{package.libraries_key}")
    assert names and not any("H5PEditor" in name for name in names)
    # Still unpacked with the package, as before.
    assert stored_bytes(storage.file_name(package.sha256, "H5PEditor.Greeting-1.0/editor.js")) == (
        b"var editor = 1;"
    )


@pytest.mark.django_db
def test_a_package_still_plays_when_its_libraries_cannot_be_published(db):
    with mock.patch.object(services, "library_set_publish", side_effect=OSError("disk full")):
        package = services.package_store(greeting_package())

    assert (package.state, package.libraries_key) == (H5PPackage.State.READY, "")
    assert selectors.libraries_url(package) is None
    assert stored_names("h5p/libraries") == set()


@pytest.mark.django_db
def test_publishing_again_after_an_interrupted_run_completes_the_set(package):
    key = package.libraries_key
    store = storage.h5p_storage()
    store.delete(storage.library_manifest_name(key))  # the run stopped before its last write
    store.delete(storage.library_file_name(key, "H5P.Greeting-1.0/greeting.css"))

    assert services.package_libraries_publish(package.sha256) == key
    assert stored_bytes(storage.library_file_name(key, "H5P.Greeting-1.0/greeting.css")) == (
        b".greeting {}"
    )
    assert storage.h5p_storage().exists(storage.library_manifest_name(key))


@pytest.mark.django_db
def test_real_truefalse_package_publishes_its_whole_library_closure(fixtures_dir):
    package = services.package_store(package_bytes(fixtures_dir, TRUEFALSE))
    key = package.libraries_key
    manifest = json.loads(stored_bytes(storage.library_manifest_name(key)))["files"]
    folders = {path.split("/", 1)[0] for path in manifest}

    assert "H5P.TrueFalse-1.6" in folders
    assert "H5P.JoubelUI-1.3" in folders
    for path, entry in manifest.items():
        assert stored_bytes(storage.library_file_name(key, path)) == stored_bytes(
            storage.file_name(package.sha256, path)
        )
        if path.endswith((".js", ".css")) and entry["size"] >= 1024:
            assert entry["gzip"] < entry["size"] / 2, path


# --- The player's config -----------------------------------------------------------------------


@pytest.mark.django_db
def test_player_config_gives_the_libraries_url(client, index, learner, package):
    activity = H5PActivity.objects.create(title="Greet", package=package)
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)

    response = client.get(lesson.url)

    player = next(iter(response.context["lesson_view"].h5p.values()))
    assert player.config["librariesUrl"] == f"/learn/h5p/libraries/{package.libraries_key}"


@pytest.mark.django_db
@override_settings(COURSES_H5P_CONTENT_ORIGIN="https://files.example.org/")
def test_libraries_url_is_on_the_content_origin_when_there_is_one(package):
    assert selectors.libraries_url(package) == (
        f"https://files.example.org/learn/h5p/libraries/{package.libraries_key}"
    )


# --- Serving -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_library_file_is_served_publicly_and_cached_for_a_year(client, package):
    key = package.libraries_key

    response = client.get(library_url(key, "H5P.Greeting-1.0/greeting.js"))

    assert response.status_code == 200
    assert body(response) == BIG_JS.encode()
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Cache-Control"] == IMMUTABLE
    assert response["ETag"] == f'"{hashlib.sha256(BIG_JS.encode()).hexdigest()[:32]}"'
    assert response["Vary"] == "Accept-Encoding"
    assert "Content-Encoding" not in response
    assert "Content-Disposition" not in response
    assert response["Content-Length"] == str(len(BIG_JS))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.django_db
def test_library_file_is_the_same_for_a_signed_in_learner(client, learner, package):
    client.force_login(learner)

    response = client.get(library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.css"))

    assert response.status_code == 200
    assert body(response) == b".greeting {}"
    assert response["Cache-Control"] == IMMUTABLE  # not the signed-in no-store


@pytest.mark.django_db
def test_library_file_does_not_vary_by_session_or_language(client, learner, package):
    # Answered before the session and locale middleware (courses.h5p.middleware): the same
    # cached copy serves the learner after signing in again or changing language.
    client.force_login(learner)
    client.cookies["django_language"] = "hi"

    response = client.get(library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.css"))

    assert response["Vary"] == "Accept-Encoding"
    assert "Content-Language" not in response
    assert "Permissions-Policy" not in response
    assert "Set-Cookie" not in response
    assert not response.cookies


@pytest.mark.django_db
def test_library_file_not_found_is_a_short_plain_answer(client, package):
    response = client.get(library_url(package.libraries_key, "H5P.Greeting-1.0/missing.js"))

    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content == b"Not found"


@pytest.mark.django_db
@override_settings(
    MIDDLEWARE=[
        m for m in settings.MIDDLEWARE if m != "courses.h5p.middleware.LibraryFilesMiddleware"
    ]
)
def test_library_file_is_also_served_by_its_url_route_without_the_middleware(client, package):
    response = client.get(
        library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js"),
        HTTP_ACCEPT_ENCODING="gzip",
    )

    assert response.status_code == 200
    assert gzip.decompress(body(response)) == BIG_JS.encode()
    assert response["Cache-Control"] == IMMUTABLE


def test_the_middleware_comes_before_sessions_and_languages():
    order = settings.MIDDLEWARE
    mine = order.index("courses.h5p.middleware.LibraryFilesMiddleware")

    assert mine < order.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert mine < order.index("django.middleware.locale.LocaleMiddleware")


@pytest.mark.django_db
def test_library_file_is_sent_gzipped_when_the_browser_accepts_only_gzip(client, package):
    key = package.libraries_key

    response = client.get(
        library_url(key, "H5P.Greeting-1.0/greeting.js"), HTTP_ACCEPT_ENCODING="gzip, deflate"
    )

    sent = body(response)
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(sent) == BIG_JS.encode()
    assert response["Content-Length"] == str(len(sent))
    assert response["ETag"] == f'"{hashlib.sha256(BIG_JS.encode()).hexdigest()[:32]}-gzip"'
    assert response["Content-Type"] == "text/javascript; charset=utf-8"


@pytest.mark.django_db
def test_library_file_prefers_brotli_when_the_browser_accepts_it(client, package):
    brotli = pytest.importorskip("brotli")

    response = client.get(
        library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js"),
        HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd",
    )

    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(body(response)) == BIG_JS.encode()
    assert response["ETag"].endswith('-br"')


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "encoding"),
    [
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0", None),
        ("*", "br"),
        ("*, br;q=0", "gzip"),
        ("identity", None),
        ("gzip;q=nonsense", None),
        ("", None),
    ],
)
def test_library_file_honours_the_qualities_in_accept_encoding(client, package, accept, encoding):
    response = client.get(
        library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js"),
        HTTP_ACCEPT_ENCODING=accept,
    )

    assert response.status_code == 200
    assert response.get("Content-Encoding") == encoding


@pytest.mark.django_db
def test_small_library_file_is_sent_as_it_is_even_if_gzip_is_accepted(client, package):
    response = client.get(
        library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.css"),
        HTTP_ACCEPT_ENCODING="gzip, br",
    )

    assert "Content-Encoding" not in response
    assert body(response) == b".greeting {}"


@pytest.mark.django_db
@pytest.mark.parametrize("accept", ["", "gzip", "br"])
def test_library_file_answers_its_etag_with_304(client, package, accept):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js")
    first = client.get(url, HTTP_ACCEPT_ENCODING=accept)

    again = client.get(url, HTTP_ACCEPT_ENCODING=accept, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == IMMUTABLE
    assert "Accept-Encoding" in again["Vary"]


@pytest.mark.django_db
def test_library_file_304_accepts_a_weak_or_listed_etag(client, package):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.css")
    etag = client.get(url)["ETag"]

    assert client.get(url, HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH=f'"other", {etag}').status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH="*").status_code == 304


@pytest.mark.django_db
def test_library_file_etag_of_another_encoding_is_not_a_match(client, package):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js")
    gzip_etag = client.get(url, HTTP_ACCEPT_ENCODING="gzip")["ETag"]

    response = client.get(url, HTTP_IF_NONE_MATCH=gzip_etag)  # now without gzip

    assert response.status_code == 200
    assert body(response) == BIG_JS.encode()


@pytest.mark.django_db
def test_library_file_answers_head_like_get(client, package):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js")
    get = client.get(url, HTTP_ACCEPT_ENCODING="gzip")

    head = client.head(url, HTTP_ACCEPT_ENCODING="gzip")

    assert head.status_code == 200
    assert b"".join(head.streaming_content) == b""
    for name in ("Content-Type", "Content-Encoding", "Content-Length", "ETag", "Cache-Control"):
        assert head[name] == get[name], name


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_library_file_allows_only_get_and_head(client, package, method):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.js")

    response = getattr(client, method)(url)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "../files/H5P.Greeting-1.0/greeting.js",
        "H5P.Greeting-1.0/../../manifest.json",
        "H5P.Greeting-1.0/%2e%2e/%2e%2e/manifest.json",
        "H5P.Greeting-1.0/./greeting.js",
        "H5P.Greeting-1.0//greeting.js",
        "H5P.Greeting-1.0\\greeting.js",
        "H5P.Greeting-1.0/greeting.js%00",
        "/etc/passwd",
        ".hidden",
        "manifest.json",
        "h5p.json",
        "content/content.json",
        "H5P.Greeting-1.0/missing.js",
        "H5P.Greeting-1.0",
    ],
)
def test_library_file_refuses_paths_outside_the_set(client, package, path):
    response = client.get(library_url(package.libraries_key, path))

    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "key",
    ["0" * 64, "A" * 64, "0" * 63, "0" * 65, "not-a-key", "..", "%2e%2e"],
)
def test_library_file_of_an_unknown_or_malformed_set_is_not_found(client, package, key):
    response = client.get(library_url(key, "H5P.Greeting-1.0/greeting.js"))

    assert response.status_code == 404


@pytest.mark.django_db
def test_library_file_cannot_reach_a_package_folder(client, package):
    # A package's sha256 has the form of a set key; its files are not a library set.
    response = client.get(library_url(package.sha256, "H5P.Greeting-1.0/greeting.js"))

    assert response.status_code == 404


@pytest.mark.django_db
def test_library_file_missing_from_storage_is_not_found_not_an_error(client, package):
    key = package.libraries_key
    storage.h5p_storage().delete(storage.library_file_name(key, "H5P.Greeting-1.0/greeting.css"))

    response = client.get(library_url(key, "H5P.Greeting-1.0/greeting.css"))

    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("manifest", [b"not json", b"[]", b'{"files": ["x"]}', b'{"other": {}}'])
def test_library_set_with_a_damaged_manifest_is_not_found(client, package, manifest):
    key = package.libraries_key
    store = storage.h5p_storage()
    store.delete(storage.library_manifest_name(key))
    services._save_as(store, storage.library_manifest_name(key), manifest)

    response = client.get(library_url(key, "H5P.Greeting-1.0/greeting.css"))

    assert response.status_code == 404


@pytest.mark.django_db
def test_library_file_reads_the_manifest_once_per_process(client, package):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.css")
    client.get(url)
    store = storage.h5p_storage()

    with mock.patch.object(type(store), "open", wraps=store.open) as opened:
        response = client.get(url)

    assert response.status_code == 200
    assert [call.args[0] for call in opened.call_args_list] == [
        storage.library_file_name(package.libraries_key, "H5P.Greeting-1.0/greeting.css")
    ]


@pytest.mark.django_db
def test_library_file_costs_no_query(client, package, django_assert_num_queries):
    url = library_url(package.libraries_key, "H5P.Greeting-1.0/greeting.css")

    with django_assert_num_queries(0):
        response = client.get(url)

    assert response.status_code == 200


# --- Packages stored before libraries were published ------------------------------------------


def _as_stored_before(package: H5PPackage) -> H5PPackage:
    """`package` as it was before this change: no key, no library set in storage."""
    store = storage.h5p_storage()
    for name in stored_names(f"h5p/libraries/{package.libraries_key}"):
        store.delete(name)
    H5PPackage.objects.filter(pk=package.pk).update(libraries_key="")
    return H5PPackage.objects.get(pk=package.pk)


@pytest.mark.django_db
def test_package_stored_before_plays_from_its_grant_until_published(client, index, learner):
    package = _as_stored_before(services.package_store(greeting_package(js=BIG_JS)))
    activity = H5PActivity.objects.create(title="Greet", package=package)
    lesson = enrolled_lesson(index, learner, activity)
    client.force_login(learner)

    config = next(iter(client.get(lesson.url).context["lesson_view"].h5p.values())).config
    # Without librariesUrl the player loads libraries below filesUrl, which still serves them.
    assert config["librariesUrl"] is None
    served = client.get(config["filesUrl"] + "/H5P.Greeting-1.0/greeting.js")
    assert served.status_code == 200
    assert body(served) == BIG_JS.encode()


@pytest.mark.django_db
def test_migration_publishes_the_libraries_of_packages_stored_before(client, package):
    key = package.libraries_key
    before = _as_stored_before(package)
    pending = services.package_store(greeting_package(title="Not unpacked"))
    H5PPackage.objects.filter(pk=pending.pk).update(
        state=H5PPackage.State.PENDING, libraries_key=""
    )
    migration = importlib.import_module("courses.migrations.0014_h5p_package_libraries_key")

    migration.publish_existing(apps, None)

    assert H5PPackage.objects.get(pk=before.pk).libraries_key == key
    assert H5PPackage.objects.get(pk=pending.pk).libraries_key == ""  # unpacked later
    response = client.get(library_url(key, "H5P.Greeting-1.0/greeting.js"))
    assert body(response) == BIG_JS.encode()


@pytest.mark.django_db
def test_migration_leaves_a_package_whose_archive_is_gone_on_its_grant(package):
    before = _as_stored_before(package)
    storage.h5p_storage().delete(storage.archive_name(before.sha256))
    migration = importlib.import_module("courses.migrations.0014_h5p_package_libraries_key")

    migration.publish_existing(apps, None)

    assert H5PPackage.objects.get(pk=before.pk).libraries_key == ""


@pytest.mark.django_db
def test_activity_from_the_real_fixture_serves_its_library_json(client, fixtures_dir):
    activity = activity_from_fixture(fixtures_dir, TRUEFALSE)
    key = activity.package.libraries_key

    response = client.get(
        library_url(key, "H5P.TrueFalse-1.6/library.json"), HTTP_ACCEPT_ENCODING="gzip"
    )

    assert response.status_code == 200
    library = json.loads(gzip.decompress(body(response)))
    assert (library["machineName"], library["majorVersion"]) == ("H5P.TrueFalse", 1)


@pytest.mark.django_db
@pytest.mark.parametrize("quality", [1, 11])
def test_brotli_copies_are_made_at_the_configured_quality(settings, quality):
    brotli = pytest.importorskip("brotli")
    from courses.h5p.services import _compressed

    settings.COURSES_H5P_BROTLI_QUALITY = quality
    raw = BIG_JS.encode()

    assert _compressed(raw, "br") == brotli.compress(raw, quality=quality)
