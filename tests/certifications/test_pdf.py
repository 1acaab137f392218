"""The certificate PDF: languages and scripts, the QR code, admin templates and their checks,
the URL fetcher's refusals, fonts, and the translation catalogues."""

from __future__ import annotations

import logging
import re
import shutil
import socket
import subprocess
import urllib.request
import zlib
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import pytest
import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from PIL import Image

from certifications.checks import pdf_engine_problem

if pdf_engine_problem() is not None:
    pytest.skip(
        f"{pdf_engine_problem()}; install Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)",
        allow_module_level=True,
    )

from certifications import pdf  # noqa: E402 (after the skip: it loads WeasyPrint)
from certifications.models import Certificate, CertificateTemplate
from tests.certifications.helpers import NO_TEMPLATE_TRANSLATIONS, programme_for
from tests.factories import user_with_role

BASE_URL = "https://learning.example.org"
CODE = "7KQ2M-XH9PA"
VERIFY_URL = f"{BASE_URL}/certificates/verify/{CODE}/"
ISSUED_AT = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
EXPIRES_AT = datetime(2028, 3, 5, 10, 0, tzinfo=UTC)

# A printed name and a programme title in each language's script, with the clusters that go
# wrong without proper shaping: Bengali conjuncts (ক্ষ, শ্রী), Hindi matras and half forms,
# Telugu subscripts.
NAME_AND_TITLE = {
    "en": ("Anjali Kumari Das", "Certified Peer Mentor, level 1"),
    "bn": ("শ্রীমতী লক্ষ্মী দাস", "প্রশিক্ষণ কর্মসূচি: ক্ষমতায়ন"),
    "hi": ("अंजलि कुमारी", "हिन्दी प्रमाणपत्र कार्यक्रम"),
    "te": ("శ్రీ లక్ష్మి", "తెలుగు ధృవీకరణ కార్యక్రమం"),
}
LABELS = {
    "en": {
        "heading": "Certificate",
        "certify_that": "This is to certify that",
        "completed": "has successfully completed the following programme",
        "completed_module": "has successfully completed the following module",
        "issued_by": "Issued by",
        "issued_on": "Date of issue",
        "valid_until": "Valid until",
        "code": "Certificate code",
        "verify": "To check this certificate, scan the QR code or visit",
    },
    "bn": {
        "heading": "শংসাপত্র",
        "certify_that": "এই মর্মে প্রত্যয়ন করা হচ্ছে যে",
        "completed": "নিচের কর্মসূচিটি সফলভাবে সম্পন্ন করেছেন",
        "completed_module": "নিচের মডিউলটি সফলভাবে সম্পন্ন করেছেন",
        "issued_by": "প্রদানকারী",
        "issued_on": "প্রদানের তারিখ",
        "valid_until": "বৈধতার শেষ তারিখ",
        "code": "শংসাপত্রের কোড",
        "verify": "এই শংসাপত্র যাচাই করতে QR কোড স্ক্যান করুন, অথবা এই ঠিকানায় যান",
    },
    "hi": {
        "heading": "प्रमाणपत्र",
        "certify_that": "प्रमाणित किया जाता है कि",
        "completed": "ने निम्नलिखित कार्यक्रम सफलतापूर्वक पूरा किया है",
        "completed_module": "ने निम्नलिखित मॉड्यूल सफलतापूर्वक पूरा किया है",
        "issued_by": "जारीकर्ता",
        "issued_on": "जारी करने की तिथि",
        "valid_until": "इस तिथि तक मान्य",
        "code": "प्रमाणपत्र कोड",
        "verify": "इस प्रमाणपत्र की जाँच के लिए QR कोड स्कैन करें, या इस पते पर जाएँ",
    },
    "te": {
        "heading": "ధృవీకరణ పత్రం",
        "certify_that": "దీని ద్వారా ధృవీకరిస్తున్నాము",
        "completed": "క్రింది కార్యక్రమాన్ని విజయవంతంగా పూర్తి చేశారు",
        "completed_module": "క్రింది మాడ్యూల్‌ను విజయవంతంగా పూర్తి చేశారు",
        "issued_by": "జారీ చేసిన సంస్థ",
        "issued_on": "జారీ చేసిన తేదీ",
        "valid_until": "ఈ తేదీ వరకు చెల్లుతుంది",
        "code": "ధృవీకరణ పత్రం కోడ్",
        "verify": ("ఈ ధృవీకరణ పత్రాన్ని తనిఖీ చేయడానికి QR కోడ్ స్కాన్ చేయండి, లేదా ఈ చిరునామాకు వెళ్లండి"),
    },
}
PART_OF = {
    "en": "Part of the programme: %s",
    "bn": "যে কর্মসূচির অংশ: %s",
    "hi": "इस कार्यक्रम का हिस्सा: %s",
    "te": "ఈ కార్యక్రమంలో భాగం: %s",
}
DATES = {
    "en": ("March 5, 2026", "March 5, 2028"),
    "bn": ("5 মার্চ, 2026", "5 মার্চ, 2028"),
    "hi": ("5 मार्च 2026", "5 मार्च 2028"),
    "te": ("5 మార్చి 2026", "5 మార్చి 2028"),
}
# The fonts pdffonts lists for each language's certificate (subset prefixes removed). Google's
# Noto Sans has Devanagari too, so Hindi needs no second family (Noto Sans Devanagari stays in
# the stack for the rarer characters).
FONTS = {
    "en": {"Noto-Sans", "Noto-Sans-Bold"},
    "bn": {"Noto-Sans", "Noto-Sans-Bold", "Noto-Sans-Bengali", "Noto-Sans-Bengali-Bold"},
    "hi": {"Noto-Sans", "Noto-Sans-Bold"},
    "te": {"Noto-Sans", "Noto-Sans-Bold", "Noto-Sans-Telugu", "Noto-Sans-Telugu-Bold"},
}


def printed_labels(language: str) -> list[str]:
    """The labels on a programme's certificate (a badge's "following module" is not there)."""
    return [text for key, text in LABELS[language].items() if key != "completed_module"]


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext/pdftoppm/pdffonts not installed: apt-get install poppler-utils "
    "(CI installs it in .ci/run)",
)


@pytest.fixture(autouse=True)
def _base_url(settings):
    # The address printed and in the QR code (certifications.addresses).
    settings.CERTIFICATIONS_SITE_URL = BASE_URL


def certificate_for(user, *, language: str, expires: bool = True, template=None) -> Certificate:
    name, title = NAME_AND_TITLE[language]
    programme = programme_for(
        code=f"pdf-{language}", name="Internal name", printed_title=title, pdf_template=template
    )
    return Certificate.objects.create(
        user=user,
        programme=programme,
        code=CODE,
        printed_name=name,
        language=language,
        issued_at=ISSUED_AT,
        expires_at=EXPIRES_AT if expires else None,
    )


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "certificate.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


def pdf_fonts(data: bytes, tmp_path: Path) -> set[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    # "ABCDEF+NotoSans-Regular TrueType ... emb sub uni ..."
    return {line.split()[0].split("+", 1)[-1] for line in lines}


def page_image(data: bytes, tmp_path: Path, *, dpi: int) -> Image.Image:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-gray",
            "-r",
            str(dpi),
            "-singlefile",
            str(path),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    return Image.open(tmp_path / "p.png").convert("L")


# --- Context -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "bn", "hi", "te"])
def test_certificate_context_is_in_the_certificate_language(learner, language):
    certificate = certificate_for(learner, language=language)

    with translation.override(language):
        context = pdf.certificate_context(certificate)

    name, title = NAME_AND_TITLE[language]
    assert context["printed_name"] == name
    assert context["title"] == title
    assert context["code"] == CODE
    assert context["verify_url"] == VERIFY_URL
    assert (context["issued_on"], context["expires_on"]) == DATES[language]
    labels = dict(context["labels"])
    assert labels.pop("part_of") == PART_OF[language] % title
    assert labels == LABELS[language]
    assert context["language_code"] == language
    assert context["qr_svg"].startswith("<svg")


def test_certificate_context_expires_on_is_none_without_expiry(learner):
    certificate = certificate_for(learner, language="en", expires=False)

    context = pdf.certificate_context(certificate)

    assert context["expires_on"] is None


# --- The rendered PDF ----------------------------------------------------------------------


@needs_poppler
def test_certificate_pdf_english_text_layer_has_every_word(learner, tmp_path):
    certificate = certificate_for(learner, language="en")

    text = pdf_text(pdf.certificate_pdf(certificate), tmp_path)

    words = " ".join(text.split())
    for expected in [
        *printed_labels("en"),
        "Anjali Kumari Das",
        "Certified Peer Mentor, level 1",
        "March 5, 2026",
        "March 5, 2028",
        CODE,
        VERIFY_URL,
    ]:
        assert expected in words
    assert "Internal name" not in words


@needs_poppler
@pytest.mark.parametrize("language", ["bn", "hi", "te"])
def test_certificate_pdf_indic_text_layer_has_code_url_and_years(learner, tmp_path, language):
    certificate = certificate_for(learner, language=language)

    text = pdf_text(pdf.certificate_pdf(certificate), tmp_path)

    words = text.split()
    assert CODE in words
    assert VERIFY_URL in words
    assert "2026" in text and "2028" in text
    assert "Certificate" not in text  # the labels are translated


@needs_poppler
@pytest.mark.parametrize("language", ["bn", "hi", "te"])
def test_certificate_pdf_indic_text_layer_has_every_word(learner, tmp_path, language):
    certificate = certificate_for(learner, language=language)

    words = pdf_text(pdf.certificate_pdf(certificate), tmp_path).split()

    missing = [
        expected
        for expected in [*printed_labels(language), *NAME_AND_TITLE[language], *DATES[language]]
        if not in_reading_order(expected.split(), words)
    ]
    assert missing == []


def in_reading_order(expected: list[str], words: list[str]) -> bool:
    """Whether `expected` appear in `words` in this order: a label wrapped over two lines
    comes out with the next column's words in between (`pdftotext -layout`)."""
    remaining = iter(words)
    return all(word in remaining for word in expected)


def test_in_reading_order_needs_every_word_in_order():
    assert in_reading_order(["a", "b"], ["a", "x", "b"])
    assert not in_reading_order(["b", "a"], ["a", "x", "b"])
    assert not in_reading_order(["a", "c"], ["a", "x", "b"])


def glyphs_drawn(data: bytes) -> int:
    """How many glyphs the PDF's pages draw: WeasyPrint writes each text run as a TJ array of
    2-byte glyph ids in hex, in Flate-compressed content streams."""
    count = 0
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            content = zlib.decompress(stream.group(1))
        except zlib.error:
            continue  # not a compressed stream (or not a content stream)
        for run in re.finditer(rb"\[(.*?)\]\s*TJ", content, re.S):
            count += sum(len(ids) // 4 for ids in re.findall(rb"<([0-9a-fA-F]+)>", run.group(1)))
    return count


# Shaping, checked glyph by glyph (the text layer above reads right either way, from the
# ActualText spans): each cluster drawn as the glyphs a shaping engine makes of it. Without
# shaping every code point would be one glyph (and a virama would show on a dotted circle).
SHAPED_CLUSTERS = [
    ("ক্ষ", 3, 1),  # Bengali conjunct kṣa: one glyph
    ("শ্রী", 4, 3),  # śrī: শ, its ra-phala below, and the ī matra
    ("प्रमाणपत्र", 10, 6),  # Hindi: प्र, म, ा, ण, प, त्र
    ("తెలుగు", 6, 5),  # Telugu: తె as one glyph
    ("abc", 3, 3),  # Latin, for contrast
]


@pytest.mark.parametrize("text,code_points,glyphs", SHAPED_CLUSTERS)
def test_indic_clusters_are_shaped_into_their_glyphs(text, code_points, glyphs):
    data = pdf.pdf_render(html=f"<p>{text}</p>", css="", context={})

    assert (len(text), glyphs_drawn(data)) == (code_points, glyphs)


@needs_poppler
@pytest.mark.parametrize("language", ["en", "bn", "hi", "te"])
def test_certificate_pdf_embeds_the_script_font_and_draws_no_missing_glyph(
    learner, tmp_path, caplog, language
):
    certificate = certificate_for(learner, language=language)

    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        data = pdf.certificate_pdf(certificate)

    assert data.startswith(b"%PDF-")
    assert pdf_fonts(data, tmp_path) == FONTS[language]
    assert [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()] == []


@needs_poppler
def test_certificate_pdf_is_one_a4_landscape_page(learner, tmp_path):
    certificate = certificate_for(learner, language="hi")
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf.certificate_pdf(certificate))

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)

    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Pages"].strip() == "1"
    assert fields["Page size"].strip() == "841.89 x 595.276 pts (A4)"


@needs_poppler
def test_certificate_pdf_leaves_out_valid_until_without_expiry(learner, tmp_path):
    certificate = certificate_for(learner, language="en", expires=False)

    text = pdf_text(pdf.certificate_pdf(certificate), tmp_path)

    assert "Valid until" not in text
    assert "Date of issue" in text


@needs_poppler
def test_qr_code_in_the_pdf_encodes_the_verify_url(learner, tmp_path):
    # A page that is only the QR code, 100 mm square: each module is sampled at its centre
    # and compared with the QR code segno makes for the verify URL.
    template = CertificateTemplate.objects.create(
        name="QR only",
        html='<div class="qr">{{ qr_svg }}</div>',
        css="@page { size: 100mm 100mm; margin: 0 } .qr svg { display: block; "
        "width: 100mm; height: 100mm }",
    )
    certificate = certificate_for(learner, language="en", template=template)
    expected = segno.make(VERIFY_URL, error="m")
    size = expected.symbol_size(border=4)[0]

    image = page_image(pdf.certificate_pdf(certificate), tmp_path, dpi=254)  # 1000 x 1000 px

    module = image.width / size
    dark = [
        [
            image.getpixel((int((x + 0.5) * module), int((y + 0.5) * module))) < 128
            for x in range(size)
        ]
        for y in range(size)
    ]
    expected_dark = [[False] * size for _ in range(size)]
    for y, row in enumerate(expected.matrix):
        for x, value in enumerate(row):
            expected_dark[y + 4][x + 4] = bool(value)
    assert dark == expected_dark


# --- Admin templates -------------------------------------------------------------------------


@needs_poppler
def test_certificate_pdf_uses_the_programme_template(learner, tmp_path):
    template = CertificateTemplate.objects.create(
        name="Plain",
        html="<h1>{{ labels.heading }}</h1><p>Awarded to {{ printed_name }} ({{ code }})</p>",
        css="h1 { font-size: 40pt }",
    )
    certificate = certificate_for(learner, language="en", template=template)

    text = " ".join(pdf_text(pdf.certificate_pdf(certificate), tmp_path).split())

    assert text == f"Certificate Awarded to Anjali Kumari Das ({CODE})"


def test_template_validate_accepts_the_built_in_template():
    html, css = pdf._default_sources()

    assert pdf.template_validate(html, css) is None


@pytest.mark.parametrize(
    ("html", "css", "field", "message"),
    [
        (
            "{% if %}x",
            "",
            "html",
            "The template has an error: Unexpected end of expression in if tag.",
        ),
        (
            "{% load wagtailcore_tags %}",
            "",
            "html",
            "The template has an error: 'wagtailcore_tags' is not a registered tag library. "
            "Must be one of:\ni18n\nl10n",
        ),
        (
            '{% include "base.html" %}',
            "",
            "html",
            "The template cannot show a sample certificate: base.html",
        ),
        (
            "<p>{{ printed_name }}</p>",
            "p { color: red } }",
            "css",
            "The style sheet has an error: line 1: EOF reached before {} block for a "
            "qualified rule.",
        ),
    ],
)
def test_template_validate_explains_what_is_wrong(html, css, field, message):
    with pytest.raises(ValidationError) as caught:
        pdf.template_validate(html, css)

    assert caught.value.message_dict == {field: [message]}


@pytest.mark.django_db
def test_certificate_template_clean_reports_the_error_on_the_field():
    template = CertificateTemplate(name="Broken", html="{{ printed_name|nosuchfilter }}")

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert caught.value.message_dict == {
        "html": ["The template has an error: Invalid filter: 'nosuchfilter'"]
    }


@pytest.fixture
def coordinator_client(client, settings, db):
    settings.CMS_STAFF_MFA_REQUIRED = False  # the MFA rule has its own tests in tests/cms
    client.force_login(user_with_role("coordinator", username="coord-pdf"))
    return client


def test_admin_template_form_shows_a_broken_template_as_a_field_error(coordinator_client):
    response = coordinator_client.post(
        reverse("certificatetemplate:add"),
        {"name": "Broken", "html": "{% if %}", "css": ""},
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "html": ["The template has an error: Unexpected end of expression in if tag."]
    }
    assert not CertificateTemplate.objects.exists()


def test_admin_template_form_saves_a_working_template(coordinator_client):
    response = coordinator_client.post(
        reverse("certificatetemplate:add"),
        {"name": "Plain", "html": "<p>{{ printed_name }}</p>", "css": "p { color: #222 }"}
        | NO_TEMPLATE_TRANSLATIONS,
    )

    assert response.status_code == 302
    assert CertificateTemplate.objects.get().name == "Plain"


# --- What the PDF may fetch ----------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Records (and blocks) every socket connection and urllib open."""
    attempts: list[str] = []

    def refuse_connect(sock, address):
        attempts.append(f"connect {address}")
        raise OSError("network disabled in this test")

    def refuse_open(director, url, *args, **kwargs):
        attempts.append(f"open {getattr(url, 'full_url', url)}")
        raise OSError("urllib disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse_connect)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse_open)
    return attempts


@needs_poppler
def test_certificate_pdf_fetches_no_network_or_local_file(learner, tmp_path, caplog, no_network):
    hostile = [
        "http://198.51.100.7/logo.png",
        "file:///etc/passwd",
        "https://198.51.100.7/style.css",
        "file:///etc/hostname",
    ]
    template = CertificateTemplate.objects.create(
        name="Hostile",
        html=(
            f'<link rel="attachment" href="{hostile[1]}">'
            f'<img src="{hostile[0]}"><img src="{hostile[1]}">'
            "<p>Still here: {{ printed_name }}</p>"
        ),
        css=f'@import url("{hostile[2]}"); body {{ background: url("{hostile[3]}") }}',
    )
    certificate = certificate_for(learner, language="en", template=template)

    with caplog.at_level(logging.WARNING, logger="certifications.pdf"):
        data = pdf.certificate_pdf(certificate)

    assert no_network == []
    refused = {r.args[0] for r in caplog.records if r.name == "certifications.pdf"}
    assert refused == set(hostile)
    assert b"/EmbeddedFile" not in data  # /etc/passwd was not attached
    assert "Still here: Anjali Kumari Das" in pdf_text(data, tmp_path)


def test_url_fetcher_allows_data_uris_and_the_font_files_only(tmp_path):
    font = tmp_path / "Font.ttf"
    font.write_bytes(b"font bytes")
    other = tmp_path / "Other.ttf"
    other.write_bytes(b"secret")
    fetcher = pdf.url_fetcher([font])

    assert fetcher.fetch(font.as_uri()).read() == b"font bytes"
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    for url in [
        other.as_uri(),
        f"file://{tmp_path}/../{tmp_path.name}/Other.ttf",
        "http://127.0.0.1/",
        "ftp://198.51.100.7/x",
    ]:
        with pytest.raises(ValueError, match="certificate PDFs may not fetch"):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 4


# --- Fonts ---------------------------------------------------------------------------------


def test_certificate_pdf_without_fonts_says_to_run_make_setup(learner, tmp_path):
    certificate = certificate_for(learner, language="bn")

    with (
        override_settings(CERTIFICATIONS_FONT_DIRS=[str(tmp_path)]),
        pytest.raises(ImproperlyConfigured, match=r"Run `make setup` to install them"),
    ):
        pdf.certificate_pdf(certificate)


def test_font_files_come_from_the_npm_packages_by_default():
    files = pdf.font_files()

    packages = Path(settings.BASE_DIR) / "node_modules" / "@expo-google-fonts"
    assert {face.family for face in files} == {
        "Noto Sans",
        "Noto Sans Bengali",
        "Noto Sans Devanagari",
        "Noto Sans Telugu",
    }
    assert all(path.is_relative_to(packages.resolve()) for path in files.values())


# --- Translations --------------------------------------------------------------------------


# The catalogues themselves (complete, compiled) are tested in tests/cms/test_translations.py.


@pytest.mark.parametrize("language", ["bn", "hi", "te"])
def test_catalogue_translates_every_pdf_label(language):
    with translation.override(language):
        labels = pdf.pdf_labels()

    assert labels == LABELS[language]


# --- The same certificate in another language (issue 12) -----------------------------------


@needs_poppler
def test_certificate_pdf_in_another_language_keeps_the_code_and_the_address(learner, tmp_path):
    certificate = certificate_for(learner, language="en")

    text = " ".join(pdf_text(pdf.certificate_pdf(certificate, "hi"), tmp_path).split())

    with translation.override("hi"):
        labels = pdf.pdf_labels()
    assert labels["code"] in text and "Certificate code" not in text
    assert CODE in text and VERIFY_URL in text
    assert "मार्च" in text  # issued on 5 March 2026, in Hindi
    certificate.refresh_from_db()
    assert certificate.language == "en"  # nothing about the certificate changed


@pytest.mark.django_db
def test_certificate_download_in_another_language(client, learner, tmp_path):
    certificate = certificate_for(learner, language="en")
    certificate.pdf.save("stored.pdf", ContentFile(b"%PDF-stored"), save=False)
    certificate.credential_jwt = "a.b.c"
    certificate.save()
    client.force_login(learner)
    url = reverse("certifications:pdf", args=[certificate.code])

    stored = client.get(url)
    telugu = client.get(url, {"language": "te"})
    unknown = client.get(url, {"language": "xx"})

    assert b"".join(stored.streaming_content) == b"%PDF-stored"
    assert telugu.status_code == 200
    assert telugu["Content-Type"] == "application/pdf"
    assert telugu["Content-Disposition"] == f'attachment; filename="certificate-{CODE}-te.pdf"'
    assert telugu.content.startswith(b"%PDF-")
    assert unknown.status_code == 400
    assert "That language is not offered." in unknown.content.decode()


@pytest.mark.django_db
def test_certificate_download_in_another_language_is_the_holders_only(client, learner):
    certificate = certificate_for(learner, language="en")
    certificate.pdf.save("stored.pdf", ContentFile(b"%PDF-stored"), save=False)
    certificate.credential_jwt = "a.b.c"
    certificate.save()
    client.force_login(user_with_role("learner", username="someone-else"))

    response = client.get(
        reverse("certifications:pdf", args=[certificate.code]), {"language": "bn"}
    )

    assert response.status_code == 404


@pytest.mark.django_db
def test_a_badge_names_its_module_in_the_language_it_is_printed_in(learner, index):
    from tests.factories import CourseBuilder
    from tests.factories.courses import modules_of, translate_course

    course = CourseBuilder(index, "B1").module(lessons=1, check=True).build()
    translate_course(course, "bn")
    programme = programme_for(course, code="badge", name="Badge", printed_title="Module badge")
    certificate = Certificate.objects.create(
        user=learner,
        programme=programme,
        module=modules_of(course)[0],
        code=CODE,
        printed_name="Rekha",
        language="en",
        issued_at=ISSUED_AT,
    )

    assert certificate.title == "Module badge: Module 1"
    assert certificate.title_in("bn") == "Module badge: Module 1 [bn]"
    assert certificate.title_in("hi") == "Module badge: Module 1"  # no Hindi copy: the source


@pytest.mark.django_db
def test_a_programme_title_is_printed_in_the_holders_language_where_an_editor_gave_one(learner):
    from certifications.models import ProgrammeTitleTranslation

    certificate = certificate_for(learner, language="bn")
    programme = certificate.programme
    ProgrammeTitleTranslation.objects.create(
        programme=programme, language="bn", printed_title="সাথী মেন্টর, স্তর ১"
    )
    programme = type(programme).objects.get(pk=programme.pk)
    certificate.programme = programme

    with translation.override("hi"):
        shown_in_hindi = programme.public_title
    assert certificate.title == "সাথী মেন্টর, স্তর ১"
    assert certificate.title_in("hi") == programme.printed_title  # no Hindi title: the printed one
    assert shown_in_hindi == programme.printed_title
    with translation.override("bn"):
        assert pdf.certificate_context(certificate)["title"] == "সাথী মেন্টর, স্তর ১"


@pytest.mark.django_db
def test_copies_in_another_language_are_limited_per_holder(client, learner, settings):
    settings.CERTIFICATIONS_PDF_LANGUAGE_RATE_LIMIT = "2/h/user"
    certificate = certificate_for(learner, language="en")
    certificate.pdf.save("stored.pdf", ContentFile(b"%PDF-stored"), save=False)
    certificate.credential_jwt = "a.b.c"
    certificate.save()
    client.force_login(learner)
    url = reverse("certifications:pdf", args=[certificate.code])

    answers = [client.get(url, {"language": "hi"}).status_code for _ in range(3)]
    stored = client.get(url)

    assert answers == [200, 200, 429]
    assert stored.status_code == 200  # the stored PDF is never limited


@pytest.mark.django_db
def test_a_templates_own_words_are_printed_in_the_certificates_language(learner):
    from certifications.models import CertificateTemplateTranslation

    template = CertificateTemplate.objects.create(
        name="With words", html="<p>Well done, {{ printed_name }}</p>"
    )
    CertificateTemplateTranslation.objects.create(
        template=template, language="bn", html="<p>খুব ভালো, {{ printed_name }}</p>"
    )
    certificate = certificate_for(learner, language="bn", template=template)

    assert pdf.template_sources(certificate)[0] == "<p>খুব ভালো, {{ printed_name }}</p>"
    assert pdf.template_sources(certificate, "en")[0] == "<p>Well done, {{ printed_name }}</p>"
    assert pdf.template_sources(certificate, "hi")[0] == "<p>Well done, {{ printed_name }}</p>"


@pytest.mark.django_db
def test_a_template_translation_that_does_not_render_is_refused():
    from certifications.models import CertificateTemplateTranslation

    template = CertificateTemplate.objects.create(name="Plain", html="<p>{{ code }}</p>")
    broken = CertificateTemplateTranslation(template=template, language="te", html="{% if %}")

    with pytest.raises(ValidationError):
        broken.full_clean()


@pytest.mark.django_db
def test_a_copy_in_another_language_without_a_pdf_engine_says_so_not_500(client, learner):
    certificate = certificate_for(learner, language="en")
    certificate.pdf.save("stored.pdf", ContentFile(b"%PDF-stored"), save=False)
    certificate.credential_jwt = "a.b.c"
    certificate.save()
    client.force_login(learner)
    url = reverse("certifications:pdf", args=[certificate.code])

    with mock.patch(
        "certifications.views.certificate_pdf_render",
        side_effect=ImproperlyConfigured("no fonts"),
    ):
        response = client.get(url, {"language": "bn"})

    assert response.status_code == 503
    assert "A copy in another language cannot be made just now." in response.content.decode()
    assert b"".join(client.get(url).streaming_content) == b"%PDF-stored"


# --- Issuer, signatory and module (issue 13) ------------------------------------------------


def logo_image():
    """A wagtail image: a 300 x 100 teal PNG, the organisation's logo."""
    import io

    from django.core.files.images import ImageFile
    from wagtail.images.models import Image as WagtailImage

    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (45, 91, 107)).save(buffer, "PNG")
    return WagtailImage.objects.create(title="Logo", file=ImageFile(buffer, name="logo.png"))


@pytest.fixture
def badge_with_signatory(learner, index):
    from certifications.models import CertificateIssuerSettings
    from tests.factories import CourseBuilder
    from tests.factories.courses import modules_of

    course = CourseBuilder(index, "P13").module(lessons=1, check=True).build()
    programme = programme_for(
        course,
        code="badge-13",
        name="Badge",
        printed_title="Trauma-informed peer support",
        awarded_per_module=True,
        signatory_name="Meera Nair",
        signatory_title="Programme Director",
    )
    CertificateIssuerSettings.objects.create(
        organisation_name="Sahas Collective Network", logo=logo_image()
    )
    return Certificate.objects.create(
        user=learner,
        programme=programme,
        module=modules_of(course)[0],
        code=CODE,
        printed_name="Rekha Das",
        language="en",
        issued_at=ISSUED_AT,
    )


def test_certificate_context_has_the_issuer_signatory_and_module(badge_with_signatory):
    module_title = badge_with_signatory.module.title

    with translation.override("en"):
        context = pdf.certificate_context(badge_with_signatory)

    assert context["issuer_name"] == "Sahas Collective Network"
    assert context["issuer_logo"].startswith("data:image/png;base64,iVBORw0KGgo")
    assert (context["signatory_name"], context["signatory_title"]) == (
        "Meera Nair",
        "Programme Director",
    )
    assert (context["module_title"], context["programme_title"]) == (
        module_title,
        "Trauma-informed peer support",
    )
    assert context["labels"]["part_of"] == ("Part of the programme: Trauma-informed peer support")


@needs_poppler
def test_certificate_pdf_prints_the_issuer_signatory_and_module(badge_with_signatory, tmp_path):
    data = pdf.certificate_pdf(badge_with_signatory)

    text = " ".join(pdf_text(data, tmp_path).split())
    for words in (
        "Issued by Sahas Collective Network",
        "has successfully completed the following module",
        badge_with_signatory.module.title,
        "Part of the programme: Trauma-informed peer support",
        "Meera Nair",
        "Programme Director",
    ):
        assert words in text
    assert "following programme" not in text
    # The logo is drawn: the teal of the logo is on the page, top left.
    image = page_image(data, tmp_path, dpi=60).convert("L")
    corner = image.crop((0, 0, image.width // 4, image.height // 6))
    assert min(corner.getdata()) < 110


def test_certificate_pdf_without_a_logo_or_signatory_prints_without_them(learner, tmp_path):
    certificate = certificate_for(learner, language="en")

    with translation.override("en"):
        context = pdf.certificate_context(certificate)

    assert (context["issuer_name"], context["issuer_logo"]) == ("Learning together", "")
    assert context["signatory_name"] == ""
    assert context["module_title"] == ""
