"""Where voice notes live and what counts as one (docs/voice-notes.md).

    voice-notes/<user id>/<random>.bin    the recording, sealed with cms.crypto

Files are sealed (AES-256-GCM under a key derived from SECRET_KEY) before they reach storage,
like the other personal values the site encrypts at rest, and sit in a storage that is not
served under MEDIA_URL: only `courses.views.voice_note_audio` reads them, for their owner.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.http import HttpResponseBase

from cms import crypto
from cms.security_headers import permissions_policy_header
from courses import conf

SEAL_LABEL = "courses.voice_note"
TOKEN_SALT = "courses.voice_note.token"

# What MediaRecorder makes (Chrome and Firefox: WebM or Ogg with Opus; Safari: MP4/AAC) and
# what a phone's recorder app saves (M4A). The declared type must match the file's first bytes.
AUDIO_TYPES = {
    "audio/webm": "webm",
    "video/webm": "webm",  # some Android browsers label an audio-only WebM so
    "audio/ogg": "ogg",
    "audio/mp4": "mp4",
    "audio/x-m4a": "mp4",
    "audio/m4a": "mp4",
}


def voice_note_storage() -> Storage:
    alias = conf.get("VOICE_NOTE_STORAGE")
    if alias:
        return storages[alias]
    return _private_storage(conf.get("VOICE_NOTE_ROOT") or str(_default_root()))


def _default_root() -> Path:
    return Path(settings.BASE_DIR) / "var" / "voice-notes"


@lru_cache(maxsize=4)
def _private_storage(location: str) -> Storage:
    # No base_url: nothing here has a public address.
    return FileSystemStorage(location=location, base_url="/no-public-url/")


def audio_format(declared: str, head: bytes) -> str | None:
    """ "webm", "ogg" or "mp4" if the declared content type is an audio type we keep and the
    file's first bytes are that container; None otherwise."""
    kind = AUDIO_TYPES.get(declared.split(";", 1)[0].strip().lower())
    if kind == "webm":
        # EBML header, and a WebM (not another Matroska) document type.
        ok = head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]
    elif kind == "ogg":
        ok = head.startswith(b"OggS")
    elif kind == "mp4":
        ok = head[4:8] == b"ftyp"
    else:
        ok = False
    return kind if ok else None


CONTENT_TYPES = {"webm": "audio/webm", "ogg": "audio/ogg", "mp4": "audio/mp4"}


def seal(data: bytes) -> bytes:
    return crypto.seal_bytes(data, label=SEAL_LABEL)


def unseal(data: bytes) -> bytes:
    return crypto.unseal_bytes(data, label=SEAL_LABEL)


def token_issue(*, user_id: int, nonce: str) -> str:
    """A signed one-time token for one voice-note form, bound to the person."""
    return signing.dumps({"u": user_id, "n": nonce}, salt=TOKEN_SALT)


def token_read(token: str, *, user_id: int) -> str | None:
    """The token's nonce if it is genuine, this person's and not expired; else None."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=conf.get("VOICE_NOTE_TOKEN_SECONDS"))
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("u") != user_id or not data.get("n"):
        return None
    return str(data["n"])


def recording_allowed_set(response: HttpResponseBase) -> None:
    """Let a lesson page with a reflection prompt record and play back a voice note: the
    microphone for this page only (the site's Permissions-Policy refuses it everywhere else),
    and `blob:` media for listening to a recording before it is kept (the site's media-src is
    'self' only). Nothing else is loosened; H5P's directives, if any, already allow blob: media.

    Side effects: sets the response's Permissions-Policy header and `_csp_update`."""
    policy = dict(settings.PERMISSIONS_POLICY)
    policy["microphone"] = ["self"]
    response["Permissions-Policy"] = permissions_policy_header(policy)
    response._csp_update = {"media-src": ["blob:"]}
