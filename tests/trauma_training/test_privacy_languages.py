"""The consent notices and the safety controls read in the learner's language (DOMAIN.md
6.2: notices in all four languages; 5.1 and 5.3: quick exit and help on every page)."""

import pytest
from django.urls import reverse

from tests.factories import user_with_role

EXPECTED = {
    "hi": ("तुरंत बाहर निकलें", "अभी मदद पाएँ", "मेरी निजता के विकल्प", "आपके मेंटर देख सकते हैं"),
    "bn": ("এখনই বেরিয়ে যান", "এখনই সাহায্য নিন", "আমার গোপনীয়তার পছন্দ", "আপনার মেন্টর দেখতে পারবেন"),
    "te": ("వెంటనే బయటకు వెళ్లండి", "ఇప్పుడే సహాయం పొందండి", "నా గోప్యత ఎంపికలు", "మీ మెంటర్ చూడగలరు"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["hi", "bn", "te"])
def test_privacy_page_and_safety_controls_in_the_learners_language(client, language):
    learner = user_with_role("learner", username=f"reader-{language}", preferred_language=language)
    client.force_login(learner)

    html = client.get(reverse("trauma_training:privacy")).content.decode()

    missing = [text for text in EXPECTED[language] if text not in html]
    assert missing == []
    assert "Quick exit" not in html
    assert "Your mentor can see which courses" not in html
