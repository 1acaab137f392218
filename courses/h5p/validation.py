"""Validate an uploaded ``.h5p`` package before anything is written to storage (DOMAIN.md 8).

Pure Python (no Django models or settings): :func:`validate_package` reads the archive in
memory, collects every problem it finds and raises :class:`H5PValidationError` once;
:func:`extract_entries` then yields the files worth keeping, re-checking the byte caps while it
decompresses. JSON files are parsed by `courses.text.json_parse`, so a file nested too deep or
holding text no database can store is a named problem (`json.unsafe`), never a crash.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from courses.text import TextRefused, json_parse

# fmt: off
CONTENT_EXTENSIONS = frozenset({
    "json", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "eot", "ttf", "woff", "woff2",
    "otf", "webm", "mp4", "ogg", "mp3", "m4a", "wav", "txt", "pdf", "rtf", "doc", "docx", "xls",
    "xlsx", "ppt", "pptx", "odt", "ods", "odp", "csv", "diff", "patch", "swf", "md", "textile",
    "vtt", "webvtt", "gltf", "glb",
})
# fmt: on
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "xml"}
# Anything a browser would run as a page or script if served from the content folder.
CONTENT_FORBIDDEN_EXTENSIONS = frozenset(
    {"svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "cjs"}
)
EMBED_TYPES = frozenset({"iframe", "div"})
MAX_CORE_API = (1, 28)
# Text compresses well: only entries (or archives) this large are judged on their ratio, so a
# small, very repetitive JSON file is not mistaken for a bomb.
RATIO_FLOOR_BYTES = 1024**2

_CHUNK = 64 * 1024
_MACHINE_NAME = re.compile(r"^[\w.-]{1,255}$")
_MAIN_LIBRARY = re.compile(r"^[$a-z_][0-9a-z_.$]{1,254}$", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[-a-zA-Z]{1,10}$")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class H5PProblem:
    """One thing wrong with a package: a stable rule id, the entry it concerns, a message."""

    rule: str
    file: str
    message: str

    def __str__(self) -> str:
        return self.message  # already names the file and the rule


class H5PValidationError(Exception):
    """A package was rejected; ``problems`` lists everything found, not just the first."""

    def __init__(self, problems: list[H5PProblem]):
        self.problems = list(problems)
        summary = "; ".join(p.message for p in self.problems[:5])
        more = len(self.problems) - 5
        if more > 0:
            summary += f"; and {more} more"
        super().__init__(f"The H5P package was rejected: {summary}")

    @property
    def rules(self) -> set[str]:
        return {p.rule for p in self.problems}


@dataclass(frozen=True)
class H5PLimits:
    """Size limits for one package (DOMAIN.md 8 defaults)."""

    max_entries: int = 5000
    max_file_bytes: int = 16 * 1024**2
    max_total_bytes: int = 64 * 1024**2
    max_ratio: int = 100


@dataclass(frozen=True)
class ValidatedPackage:
    """What validation learnt about a package that passed every rule."""

    sha256: str
    title: str
    main_library: str
    language: str
    h5p_json: dict
    content_json: dict
    libraries: dict[str, dict]
    files: list[str] = field(default_factory=list)


def _problem(rule: str, file: str, text: str) -> H5PProblem:
    where = f"'{file}'" if file else "The archive"
    return H5PProblem(rule=rule, file=file, message=f"{where} {text} (rule {rule})")


class _Problems(list):
    def add(self, rule: str, file: str, text: str) -> None:
        self.append(_problem(rule, file, text))


def _source(data: bytes | BinaryIO) -> tuple[BinaryIO, str]:
    """A seekable stream over the package and the SHA-256 of its bytes."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        return io.BytesIO(raw), hashlib.sha256(raw).hexdigest()
    start = data.tell()
    digest = hashlib.sha256()
    for chunk in iter(lambda: data.read(1024**2), b""):
        digest.update(chunk)
    data.seek(start)
    return data, digest.hexdigest()


def _open_zip(stream: BinaryIO) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise H5PValidationError(
            [_problem("zip.corrupt", "", f"is not a readable zip archive ({exc})")]
        ) from exc


class _CapExceeded(Exception):
    def __init__(self, problem: H5PProblem):
        self.problem = problem


def _read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, max_file: int, total_left: int, keep: bool
) -> tuple[int, bytes | None]:
    """Decompress one member, counting real bytes (not the header's claim) against the caps.

    Returns the number of bytes read and, when ``keep``, the bytes themselves. zipfile checks
    the CRC once the member is read to its end.
    """
    name = info.filename
    chunks: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > max_file:
                    raise _CapExceeded(
                        _problem(
                            "zip.file_too_large",
                            name,
                            f"decompresses to more than the {max_file} bytes allowed per file",
                        )
                    )
                if size > total_left:
                    raise _CapExceeded(
                        _problem(
                            "zip.total_too_large",
                            name,
                            "takes the package past the total uncompressed size allowed",
                        )
                    )
                if keep:
                    chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError is caught by the caller.
        raise _CapExceeded(_problem("zip.corrupt", name, f"cannot be read ({exc})")) from exc
    except NotImplementedError as exc:
        raise _CapExceeded(
            _problem("zip.corrupt", name, f"uses an unsupported compression ({exc})")
        ) from exc
    return size, (b"".join(chunks) if keep else None)


def _check_name(info: zipfile.ZipInfo, problems: _Problems) -> bool:
    """Report an unsafe entry name or type; True when the entry is safe to look at further."""
    raw = info.orig_filename
    name = info.filename
    ok = True
    if "\x00" in raw:
        problems.add("path.nul", name, "has a NUL character in its name")
        ok = False
    if "\\" in raw:
        problems.add("path.backslash", raw, "uses a backslash in its path")
        ok = False
    if raw.startswith("/") or _DRIVE.match(raw):
        problems.add("path.absolute", raw, "is an absolute path")
        ok = False
    if ".." in re.split(r"[/\\]", raw):
        problems.add("path.traversal", raw, "points outside the package with '..'")
        ok = False
    if stat.S_ISLNK(info.external_attr >> 16):
        problems.add("path.symlink", name, "is a symbolic link")
        ok = False
    return ok


def _is_skipped(name: str) -> bool:
    return any(part.startswith((".", "_")) for part in name.split("/") if part)


def _extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _check_limits(infos: list[zipfile.ZipInfo], limits: H5PLimits, problems: _Problems) -> None:
    """Judge the sizes the headers declare before decompressing anything."""
    total = 0
    total_compressed = 0
    total_reported = False
    ratio_reported = False
    for info in infos:
        name = info.filename
        if info.file_size > limits.max_file_bytes:
            problems.add(
                "zip.file_too_large",
                name,
                f"is {info.file_size} bytes uncompressed; the limit is {limits.max_file_bytes}",
            )
        total += info.file_size
        total_compressed += info.compress_size
        if total > limits.max_total_bytes and not total_reported:
            total_reported = True
            problems.add(
                "zip.total_too_large",
                name,
                f"takes the package past {limits.max_total_bytes} bytes uncompressed",
            )
        if info.file_size > RATIO_FLOOR_BYTES and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            ratio_reported = True
            problems.add(
                "zip.ratio",
                name,
                f"expands {info.file_size // max(info.compress_size, 1)} times when "
                f"decompressed; the limit is {limits.max_ratio} (a likely zip bomb)",
            )
    if (
        not ratio_reported
        and total > RATIO_FLOOR_BYTES
        and total > limits.max_ratio * max(total_compressed, 1)
    ):
        problems.add(
            "zip.ratio",
            "",
            f"expands {total // max(total_compressed, 1)} times when decompressed; "
            f"the limit is {limits.max_ratio} (a likely zip bomb)",
        )


def _wants_json(name: str) -> bool:
    parts = name.split("/")
    if name in ("h5p.json", "content/content.json"):
        return True
    if len(parts) == 2 and parts[1] in ("library.json", "semantics.json"):
        return True
    return len(parts) == 3 and parts[1] == "language" and parts[2].lower().endswith(".json")


def _parse_json(raw: bytes) -> object:
    """A JSON file of the package. Raises ValueError (UnicodeDecodeError, JSONDecodeError) for
    one that does not parse, and TextRefused (also a ValueError, so report it first) for one
    nested deeper than MAX_JSON_DEPTH or holding a NUL or a lone surrogate, which no database
    column or page could hold."""
    return json_parse(raw.decode("utf-8-sig"))


def _unsafe(problems: _Problems, file: str, refused: TextRefused) -> None:
    problems.add("json.unsafe", file, f"cannot be used: {refused}")


def _as_version(value: object) -> int | None:
    """H5P writes versions as ints in library.json and often as strings in h5p.json."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value >= 0:
        return value
    if isinstance(value, str) and value.isdigit() and len(value) <= 5:
        return int(value)
    return None


def _check_dependencies(
    deps: object, file: str, problems: _Problems, rule_bad: str
) -> list[tuple[str, int, int]]:
    """Parse a preloadedDependencies list; report malformed items under ``rule_bad``."""
    if deps is None:
        return []
    if not isinstance(deps, list):
        problems.add(rule_bad, file, "has a 'preloadedDependencies' that is not a list")
        return []
    parsed = []
    for dep in deps:
        name = dep.get("machineName") if isinstance(dep, dict) else None
        major = _as_version(dep.get("majorVersion")) if isinstance(dep, dict) else None
        minor = _as_version(dep.get("minorVersion")) if isinstance(dep, dict) else None
        if not isinstance(name, str) or not _MACHINE_NAME.match(name) or None in (major, minor):
            problems.add(
                rule_bad,
                file,
                f"has a preloaded dependency without a valid machineName, majorVersion and "
                f"minorVersion: {dep!r}",
            )
            continue
        parsed.append((name, major, minor))
    return parsed


def _load_json_object(
    raw: bytes | None, *, file: str, rule: str, why_needed: str, problems: _Problems
) -> dict | None:
    """Parse a JSON object the package must have, or report `<rule>.missing` or
    `<rule>.invalid_json` and return None."""
    if raw is None:
        problems.add(f"{rule}.missing", file, f"is missing; {why_needed}")
        return None
    try:
        data = _parse_json(raw)
    except TextRefused as refused:
        _unsafe(problems, file, refused)
        return None
    except (UnicodeDecodeError, ValueError) as exc:
        problems.add(f"{rule}.invalid_json", file, f"is not valid JSON ({exc})")
        return None
    if not isinstance(data, dict):
        problems.add(f"{rule}.invalid_json", file, "is not a JSON object")
        return None
    return data


def _check_h5p_json(raw: bytes | None, problems: _Problems) -> dict | None:
    file = "h5p.json"
    data = _load_json_object(
        raw,
        file=file,
        rule="h5p_json",
        why_needed="every H5P package needs one",
        problems=problems,
    )
    if data is None:
        return None

    def bad(text: str) -> None:
        problems.add("h5p_json.field", file, text)

    title = data.get("title")
    if not isinstance(title, str) or not 1 <= len(title) <= 255:
        bad("needs a 'title' of 1 to 255 characters")
    language = data.get("language")
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        bad("needs a 'language' code such as 'en' or 'und'")
    if not data.get("preloadedDependencies"):
        bad("needs a non-empty 'preloadedDependencies' list")
    deps = _check_dependencies(data.get("preloadedDependencies"), file, problems, "h5p_json.field")
    main = data.get("mainLibrary")
    if not isinstance(main, str) or not _MAIN_LIBRARY.match(main):
        bad("needs a 'mainLibrary' naming the content type's library")
    elif main not in {name for name, _, _ in deps}:
        bad(f"names mainLibrary '{main}', which is not among its preloadedDependencies")
    embed = data.get("embedTypes")
    if (
        not isinstance(embed, list)
        or not embed
        or not all(isinstance(e, str) and e in EMBED_TYPES for e in embed)
    ):
        bad("needs 'embedTypes' drawn from 'iframe' and 'div'")
    return data


def _check_content_json(raw: bytes | None, problems: _Problems) -> dict | None:
    return _load_json_object(
        raw,
        file="content/content.json",
        rule="content_json",
        why_needed="it holds the content itself",
        problems=problems,
    )


def _check_library(
    folder: str, names: set[str], blobs: dict[str, bytes], problems: _Problems
) -> dict | None:
    """Check one library folder; return its library.json when it is sound."""
    file = f"{folder}/library.json"
    if not _MACHINE_NAME.match(folder):
        problems.add(
            "library.folder_name",
            folder,
            "is not a valid library folder name (letters, digits, '.', '-' and '_' only)",
        )
        return None
    if file not in blobs:
        problems.add("library.file_missing", file, "is missing from this library folder")
        return None
    try:
        lib = _parse_json(blobs[file])
    except TextRefused as refused:
        _unsafe(problems, file, refused)
        return None
    except (UnicodeDecodeError, ValueError) as exc:
        problems.add("library_json.invalid", file, f"is not valid JSON ({exc})")
        return None
    if not isinstance(lib, dict):
        problems.add("library_json.invalid", file, "is not a JSON object")
        return None

    # Other problems are reported but only a broken identity hides the library from
    # dependency resolution, so one fault does not also surface as "dependency.missing".
    identified = False

    def bad(text: str) -> None:
        problems.add("library_json.invalid", file, text)

    title = lib.get("title")
    if not isinstance(title, str) or not 1 <= len(title) <= 255:
        bad("needs a 'title' of 1 to 255 characters")
    machine = lib.get("machineName")
    if not isinstance(machine, str) or not _MACHINE_NAME.match(machine):
        bad("needs a valid 'machineName'")
        machine = None
    versions = {}
    for key in ("majorVersion", "minorVersion", "patchVersion"):
        versions[key] = _as_version(lib.get(key))
        if versions[key] is None:
            bad(f"needs '{key}' as a whole number")
    if lib.get("runnable") not in (0, 1):  # True and False compare equal to 1 and 0
        bad("needs 'runnable' set to 0 or 1")

    if machine and versions["majorVersion"] is not None and versions["minorVersion"] is not None:
        expected = {machine, f"{machine}-{versions['majorVersion']}.{versions['minorVersion']}"}
        identified = folder in expected
        if not identified:
            problems.add(
                "library.folder_name",
                folder,
                f"should be named '{machine}' or "
                f"'{machine}-{versions['majorVersion']}.{versions['minorVersion']}' "
                "to match its library.json",
            )

    for key in ("preloadedJs", "preloadedCss"):
        entries = lib.get(key, [])
        if not isinstance(entries, list):
            bad(f"has a '{key}' that is not a list")
            continue
        for entry in entries:
            path = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(path, str) or not path:
                bad(f"has a '{key}' item without a 'path'")
            elif f"{folder}/{path}" not in names:
                problems.add(
                    "library.file_missing",
                    f"{folder}/{path}",
                    f"is listed in {file} '{key}' but is not in the package",
                )

    core = lib.get("coreApi")
    if core is not None:
        major = _as_version(core.get("majorVersion")) if isinstance(core, dict) else None
        minor = _as_version(core.get("minorVersion")) if isinstance(core, dict) else None
        if major is None or minor is None:
            bad("has a 'coreApi' without whole-number majorVersion and minorVersion")
        elif (major, minor) > MAX_CORE_API:
            problems.add(
                "library.core_api",
                file,
                f"needs H5P core API {major}.{minor}; the newest supported is "
                f"{MAX_CORE_API[0]}.{MAX_CORE_API[1]}",
            )

    for name, raw in blobs.items():
        if name.startswith(f"{folder}/") and name != file:
            try:
                _parse_json(raw)
            except TextRefused as refused:
                _unsafe(problems, name, refused)
            except (UnicodeDecodeError, ValueError) as exc:
                problems.add("library.json_invalid", name, f"is not valid JSON ({exc})")
    return lib if identified else None


def validate_package(
    data: bytes | BinaryIO, *, limits: H5PLimits = H5PLimits()
) -> ValidatedPackage:
    """Check an ``.h5p`` archive against every rule of DOMAIN.md 8.

    Reads the whole archive in memory (no side effects, nothing written). Raises
    :class:`H5PValidationError` listing every problem found; size and ratio problems stop the
    check before anything is decompressed.
    """
    stream, sha256 = _source(data)
    problems = _Problems()
    with _open_zip(stream) as zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            problems.add(
                "zip.too_many_entries",
                "",
                f"has {len(infos)} entries; the limit is {limits.max_entries}",
            )
            raise H5PValidationError(problems)

        seen: set[str] = set()
        safe: list[zipfile.ZipInfo] = []
        for info in infos:
            name_ok = _check_name(info, problems)
            if info.filename in seen:
                problems.add("path.duplicate", info.filename, "appears more than once")
                name_ok = False
            seen.add(info.filename)
            if name_ok:
                safe.append(info)

        _check_limits(infos, limits, problems)
        if any(p.rule.startswith("zip.") for p in problems):
            raise H5PValidationError(problems)

        # Read every member to its end so zipfile checks each CRC, counting the real bytes.
        blobs: dict[str, bytes] = {}
        total_left = limits.max_total_bytes
        safe_names = {info.filename for info in safe}
        for info in infos:
            if info.is_dir():
                continue
            keep = info.filename in safe_names and not _is_skipped(info.filename)
            keep = keep and _wants_json(info.filename)
            try:
                size, raw = _read_member(
                    zf,
                    info,
                    max_file=limits.max_file_bytes,
                    total_left=total_left,
                    keep=keep,
                )
            except _CapExceeded as exc:
                problems.append(exc.problem)
                if exc.problem.rule != "zip.corrupt":
                    raise H5PValidationError(problems) from None
                continue
            total_left -= size
            if raw is not None:
                blobs[info.filename] = raw

    files = [info.filename for info in safe if not info.is_dir() and not _is_skipped(info.filename)]
    for name in files:
        ext = _extension(name)
        if name.startswith("content/"):
            if ext in CONTENT_FORBIDDEN_EXTENSIONS:
                problems.add(
                    "content.forbidden_type",
                    name,
                    f"is a .{ext} file; SVG, HTML and JavaScript are never allowed under content/",
                )
            elif ext not in CONTENT_EXTENSIONS:
                problems.add(
                    "extension.not_allowed", name, f"has a file type ('.{ext}') H5P does not allow"
                )
        elif ext not in LIBRARY_EXTENSIONS:
            problems.add(
                "extension.not_allowed", name, f"has a file type ('.{ext}') H5P does not allow"
            )

    h5p_json = _check_h5p_json(blobs.get("h5p.json"), problems)
    content_json = _check_content_json(blobs.get("content/content.json"), problems)

    names = set(files)
    folders = sorted({name.split("/", 1)[0] for name in files if "/" in name} - {"content"})
    libraries: dict[str, dict] = {}
    for folder in folders:
        folder_blobs = {k: v for k, v in blobs.items() if k.startswith(f"{folder}/")}
        lib = _check_library(folder, names, folder_blobs, problems)
        if lib is not None:
            libraries[folder] = lib

    # Every preloaded dependency, of the content and of each library, must be bundled.
    available = {
        (lib["machineName"], _as_version(lib["majorVersion"]), _as_version(lib["minorVersion"]))
        for lib in libraries.values()
    }
    wanted: list[tuple[str, list[tuple[str, int, int]]]] = []
    if h5p_json is not None:
        # Malformed items were reported by _check_h5p_json; only the well-formed ones matter here.
        deps = _check_dependencies(h5p_json.get("preloadedDependencies"), "", _Problems(), "")
        wanted.append(("h5p.json", deps))
    for folder, lib in libraries.items():
        file = f"{folder}/library.json"
        deps = _check_dependencies(
            lib.get("preloadedDependencies"), file, problems, "library_json.invalid"
        )
        wanted.append((file, deps))
    for file, deps in wanted:
        for name, major, minor in deps:
            if (name, major, minor) not in available:
                problems.add(
                    "dependency.missing",
                    file,
                    f"needs library {name} {major}.{minor}, which is not in the package",
                )

    if problems:
        raise H5PValidationError(problems)
    return ValidatedPackage(
        sha256=sha256,
        title=h5p_json["title"],
        main_library=h5p_json["mainLibrary"],
        language=h5p_json["language"],
        h5p_json=h5p_json,
        content_json=content_json,
        libraries=libraries,
        files=files,
    )


def extract_entries(
    data: bytes | BinaryIO, package: ValidatedPackage, *, limits: H5PLimits = H5PLimits()
) -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` for each file of a validated package, in archive order.

    Decompressed bytes are counted as they are read, so a member that grows past the per-file
    or total cap stops the extraction with :class:`H5PValidationError` whatever its header says.
    The archive must be the one that was validated (same SHA-256).
    """
    stream, sha256 = _source(data)
    if sha256 != package.sha256:
        raise H5PValidationError(
            [_problem("zip.corrupt", "", "is not the archive that was validated")]
        )
    total_left = limits.max_total_bytes
    with _open_zip(stream) as zf:
        for name in package.files:
            try:
                size, raw = _read_member(
                    zf,
                    zf.getinfo(name),
                    max_file=limits.max_file_bytes,
                    total_left=total_left,
                    keep=True,
                )
            except _CapExceeded as exc:
                raise H5PValidationError([exc.problem]) from None
            total_left -= size
            yield name, raw
