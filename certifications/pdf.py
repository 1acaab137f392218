"""The certificate PDF: a Django template (the programme's, editable in the admin, or the
built-in one) rendered in the certificate's language and laid out by WeasyPrint.

Coordinators write the template, so it is treated as untrusted: it is compiled by an engine
that can load no other template and no app's tag library, and WeasyPrint fetches nothing but
data: URIs and our own font files (see `CertificateURLFetcher`). See docs/certificate-pdf.md.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.request import url2pathname

import segno
import tinycss2
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.template import Context, Engine
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from certifications import conf
from certifications.addresses import site_url
from certifications.checks import pdf_engine_problem
from certifications.issuer import Issuer, Signatory, issuer_get, signatory_of

if TYPE_CHECKING:
    from certifications.models import Certificate

logger = logging.getLogger(__name__)

DEFAULT_TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "certifications" / "pdf"


@dataclass(frozen=True)
class FontFace:
    """One font file of the stack: its CSS family and weight, and the file names it may have
    (the npm package's first, then Google's and Debian's)."""

    family: str
    weight: int
    file_names: tuple[str, ...]


def _faces(family: str, stem: str) -> tuple[FontFace, FontFace]:
    return (
        FontFace(family, 400, (f"{stem}_400Regular.ttf", f"{stem}-Regular.ttf")),
        FontFace(family, 700, (f"{stem}_700Bold.ttf", f"{stem}-Bold.ttf")),
    )


# Latin first, then one font per script: Pango takes each character from the first family
# that has it, so a name in any of the four scripts prints whatever the certificate's language.
FONT_FACES: tuple[FontFace, ...] = (
    *_faces("Noto Sans", "NotoSans"),
    *_faces("Noto Sans Bengali", "NotoSansBengali"),
    *_faces("Noto Sans Devanagari", "NotoSansDevanagari"),
    *_faces("Noto Sans Telugu", "NotoSansTelugu"),
)
FONT_STACK = ", ".join(f'"{family}"' for family in dict.fromkeys(f.family for f in FONT_FACES))

# A4 landscape and the font stack come first, so a template's own CSS may still override them.
BASE_CSS = f"""
@page {{ size: A4 landscape; margin: 0; }}
html {{ font-family: {FONT_STACK}, sans-serif; }}
body {{ margin: 0; }}
"""

# What template_validate renders an edited template with: a typical certificate's values.
SAMPLE_CONTEXT_VALUES = {
    "printed_name": "Anjali Kumari Das",
    "title": "Certified Peer Mentor, level 1",
    "programme_title": "Certified Peer Mentor, level 1",
    "module_title": "",
    "code": "7KQ2M-XH9PA",
}


def font_dirs() -> list[Path]:
    """The folders searched for font files: CERTIFICATIONS_FONT_DIRS, or the npm packages."""
    configured = conf.get("FONT_DIRS")
    if configured is None:
        packages = Path(settings.BASE_DIR) / "node_modules" / "@expo-google-fonts"
        return [
            packages / name
            for name in (
                "noto-sans",
                "noto-sans-bengali",
                "noto-sans-devanagari",
                "noto-sans-telugu",
            )
        ]
    return [Path(directory) for directory in configured]


@lru_cache(maxsize=8)
def _font_files_in(directories: tuple[Path, ...]) -> dict[FontFace, Path]:
    found: dict[FontFace, Path] = {}
    for face in FONT_FACES:
        for directory in directories:
            matches = [path for name in face.file_names for path in sorted(directory.rglob(name))]
            if matches:
                found[face] = matches[0].resolve()
                break
    return found


def font_files() -> dict[FontFace, Path]:
    """Each face of FONT_FACES with its file. Raises ImproperlyConfigured if any is missing."""
    directories = tuple(font_dirs())
    found = _font_files_in(directories)
    missing = [face for face in FONT_FACES if face not in found]
    if missing:
        _font_files_in.cache_clear()  # `make setup` may run while the process is up
        names = ", ".join(f"{face.family} {face.weight}" for face in missing)
        raise ImproperlyConfigured(
            f"Certificate fonts not found ({names}) in {', '.join(map(str, directories))}. "
            "Run `make setup` to install them (npm ci), or set CERTIFICATIONS_FONT_DIRS."
        )
    return found


def _font_face_css(files: dict[FontFace, Path]) -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; font-weight: {face.weight}; '
        f'src: url("{path.as_uri()}") format("truetype"); }}'
        for face, path in files.items()
    )


@lru_cache(maxsize=1)
def _url_fetcher_class():
    # Defined on first use: WeasyPrint needs Pango, a system library, and everything else in
    # this module (template checks, contexts) must work without it (certifications.checks).
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class CertificateURLFetcher(URLFetcher):
        """Fetches data: URIs and the given font files, and refuses everything else (network,
        other local files), so an edited template can neither call out nor embed a server
        file (WeasyPrint would attach `<link rel="attachment" href="file:///…">` to the PDF).

        Refused URLs are logged and kept in `refused`.
        """

        def __init__(self, allowed_files: list[Path]) -> None:
            super().__init__(allowed_protocols=("data",), allow_redirects=False)
            self.allowed_files = frozenset(path.resolve() for path in allowed_files)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
            scheme = url.partition(":")[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(url2pathname(urlsplit(url).path)).resolve()
                if path in self.allowed_files:
                    return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": "font/ttf"})
            self.refused.append(url)
            logger.warning("certificate PDF: refused to fetch %s", url[:200])
            raise ValueError(f"certificate PDFs may not fetch {url[:200]}")

    return CertificateURLFetcher


def url_fetcher(allowed_files: list[Path]):
    """A WeasyPrint URL fetcher that allows only data: URIs and `allowed_files`."""
    return _url_fetcher_class()(allowed_files)


# The engine for certificate templates: no loaders (so no {% include %} or {% extends %} of
# files on the server) and only the i18n and l10n tag libraries.
TEMPLATE_ENGINE = Engine(
    loaders=[],
    libraries={"i18n": "django.templatetags.i18n", "l10n": "django.templatetags.l10n"},
    autoescape=True,
)


def pdf_labels() -> dict[str, str]:
    """The fixed words on a certificate, in the active language."""
    return {
        "heading": gettext("Certificate"),
        "certify_that": gettext("This is to certify that"),
        "completed": gettext("has successfully completed the following programme"),
        "completed_module": gettext("has successfully completed the following module"),
        "issued_by": gettext("Issued by"),
        "issued_on": gettext("Date of issue"),
        "valid_until": gettext("Valid until"),
        "code": gettext("Certificate code"),
        "verify": gettext("To check this certificate, scan the QR code or visit"),
    }


def _date_format(value: datetime | None) -> str | None:
    if value is None:
        return None
    day: date = timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return formats.date_format(day, "DATE_FORMAT")


def _qr_svg(url: str) -> str:
    # Medium error correction survives a crease or a smudge on a printed page.
    return segno.make(url, error="m").svg_inline(border=4, omitsize=True, dark="#1f2a37")


def verify_url(code: str) -> str:
    """The absolute URL of the public verification page for `code`."""
    return site_url(reverse("certifications:verify", args=[code]))


def _context(
    *,
    language: str,
    printed_name: str,
    title: str,
    programme_title: str,
    module_title: str,
    code: str,
    issued_at: datetime,
    expires_at: datetime | None,
    issuer: Issuer,
    signatory: Signatory,
) -> dict:
    url = verify_url(code)
    labels = pdf_labels()
    # "Part of the programme: …" under a badge's module: one sentence with its place-holder,
    # so each language puts the programme's name where its grammar wants it.
    labels["part_of"] = gettext("Part of the programme: %(programme)s") % {
        "programme": programme_title
    }
    logo = issuer.logo_data_uri()
    return {
        "language_code": language,
        "printed_name": printed_name,
        "title": title,
        "programme_title": programme_title,
        "module_title": module_title,
        "issued_on": _date_format(issued_at),
        "expires_on": _date_format(expires_at),
        "code": code,
        "verify_url": url,
        "qr_svg": mark_safe(_qr_svg(url)),  # segno made it: no user input
        "issuer_name": issuer.name,
        # A data: URI we built from the rendition's bytes (base64): nothing to escape.
        "issuer_logo": mark_safe(logo) if logo else "",
        "signatory_name": signatory.name,
        "signatory_title": signatory.title,
        "labels": labels,
    }


def certificate_context(certificate: Certificate, language: str | None = None) -> dict:
    """The template context of `certificate`'s PDF, in its language or `language`. Call it
    inside translation.override. Reads the issuer setting (and its logo's file)."""
    language = language or certificate.language
    return _context(
        language=language,
        printed_name=certificate.printed_name,
        title=certificate.title_in(language),
        programme_title=certificate.programme.public_title_in(language),
        module_title=certificate.module_title_in(language),
        code=certificate.code,
        issued_at=certificate.issued_at,
        expires_at=certificate.expires_at,
        issuer=issuer_get(),
        signatory=signatory_of(certificate.programme, language),
    )


def sample_context(language: str = "en") -> dict:
    """A context like a real certificate's, for checking an edited template."""
    now = timezone.now()
    return _context(
        language=language,
        **SAMPLE_CONTEXT_VALUES,
        issued_at=now,
        expires_at=now + timedelta(days=730),
        issuer=Issuer(name="Learning together", logo=None),
        signatory=Signatory(name="Meera Nair", title="Programme Director"),
    )


def _default_sources() -> tuple[str, str]:
    return (
        (DEFAULT_TEMPLATE_DIR / "certificate.html").read_text(encoding="utf-8"),
        (DEFAULT_TEMPLATE_DIR / "certificate.css").read_text(encoding="utf-8"),
    )


def template_sources(certificate: Certificate, language: str | None = None) -> tuple[str, str]:
    """The (html, css) laying out `certificate` in `language` (its own by default): its
    programme's template, in that language where the editors gave one, or the built-in."""
    template = certificate.programme.pdf_template
    if template is not None:
        return template.html_in(language or certificate.language), template.css
    return _default_sources()


# A FontConfiguration keeps the @font-face files it has loaded, so reusing it saves loading
# four scripts' fonts on every render. One per template source: a template's own @font-face
# rules must not leak into another's. Pango's font map is not thread-safe, hence the lock.
_font_configs: dict[int, object] = {}
_font_configs_lock = threading.Lock()
FONT_CONFIG_CACHE_SIZE = 8


def _font_config_for(key: int):
    from weasyprint.text.fonts import FontConfiguration

    font_config = _font_configs.get(key)
    if font_config is None:
        if len(_font_configs) >= FONT_CONFIG_CACHE_SIZE:
            _font_configs.pop(next(iter(_font_configs)))
        font_config = _font_configs[key] = FontConfiguration()
    return font_config


# Bengali, Devanagari and Telugu (and the other Indic blocks up to Sinhala): scripts whose
# shaping merges and reorders glyphs.
COMPLEX_SCRIPT = re.compile("[\u0900-\u0dff]")


@lru_cache(maxsize=1)
def _actual_text_install() -> bool:
    """Give each drawn text box in an Indic script an /ActualText span, so that the PDF's
    text layer (copy and paste, search, screen readers, `pdftotext`) reads the words as they
    were written.

    Why: WeasyPrint maps each glyph to one piece of text for the whole PDF (from its first
    use), but Indic shaping merges, splits and reorders glyphs, so without ActualText
    "मार्च" extracts as broken pieces even though the page is drawn right. WeasyPrint has no
    option for it, so this wraps its text-box drawing function, once per process; it only
    adds marked content around what WeasyPrint draws. Checked against each WeasyPrint
    release by tests/certifications/test_pdf.py (the Indic text-layer tests).
    """
    import pydyf
    from weasyprint import draw

    draw_text = draw.draw_text

    def draw_text_with_actual_text(stream, textbox, *args, **kwargs):
        if not COMPLEX_SCRIPT.search(textbox.text):
            return draw_text(stream, textbox, *args, **kwargs)
        actual = pydyf.Dictionary({"ActualText": pydyf.String(textbox.text)})
        stream.begin_marked_content("Span", actual)
        try:
            return draw_text(stream, textbox, *args, **kwargs)
        finally:
            stream.end_marked_content()

    draw.draw_text = draw_text_with_actual_text
    return True


def pdf_render(*, html: str, css: str, context: dict) -> bytes:
    """Render the template `html` and stylesheet `css` with `context` to PDF bytes. Stores
    nothing (WeasyPrint keeps copies of the fonts in a temporary folder for the process).
    Raises ImproperlyConfigured if the fonts are not installed."""
    from weasyprint import CSS, HTML

    _actual_text_install()
    files = font_files()
    page = TEMPLATE_ENGINE.from_string(html).render(Context(context))
    fetcher = url_fetcher(list(files.values()))
    with _font_configs_lock:
        font_config = _font_config_for(hash((html, css)))
        stylesheets = [
            CSS(
                string=_font_face_css(files) + BASE_CSS,
                font_config=font_config,
                url_fetcher=fetcher,
            ),
            CSS(string=css, font_config=font_config, url_fetcher=fetcher),
        ]
        return HTML(string=page, url_fetcher=fetcher).write_pdf(
            stylesheets=stylesheets, font_config=font_config
        )


def certificate_pdf(certificate: Certificate, language: str | None = None) -> bytes:
    """The PDF of `certificate`, in its language or in `language` (the same code, the same
    credential: only the words change), as bytes. Pure: nothing is stored (the caller stores
    the bytes). Raises ImproperlyConfigured if the fonts are not installed."""
    language = language or certificate.language
    html, css = template_sources(certificate, language)
    with translation.override(language):
        context = certificate_context(certificate, language)
        return pdf_render(html=html, css=css, context=context)


def _css_errors(css: str) -> list[str]:
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return [f"line {rule.source_line}: {rule.message}" for rule in rules if rule.type == "error"]


def template_validate(html: str, css: str) -> None:
    """Check that a certificate template compiles and renders a sample certificate.

    Raises ValidationError keyed by field ("html" or "css") with a message an editor can act
    on. Makes a sample PDF when the fonts are installed (to catch what only layout shows).
    """
    try:
        template = TEMPLATE_ENGINE.from_string(html)
    except Exception as error:  # TemplateSyntaxError, or an unknown {% load %} library
        raise ValidationError(
            {"html": gettext("The template has an error: %(error)s") % {"error": error}}
        ) from error
    context = sample_context(translation.get_language() or "en")
    try:
        template.render(Context(context))
    except Exception as error:
        raise ValidationError(
            {
                "html": gettext("The template cannot show a sample certificate: %(error)s")
                % {"error": error}
            }
        ) from error
    if errors := _css_errors(css):
        raise ValidationError(
            {"css": gettext("The style sheet has an error: %(error)s") % {"error": errors[0]}}
        )
    try:
        font_files()
    except ImproperlyConfigured:
        return  # the checks above still ran; a missing font is a set-up problem, not the editor's
    if pdf_engine_problem() is not None:
        return  # likewise a machine without Pango (certifications.checks warns about it)
    try:
        pdf_render(html=html, css=css, context=context)
    except Exception as error:
        raise ValidationError(
            {"html": gettext("A sample PDF could not be made: %(error)s") % {"error": error}}
        ) from error
