"""The user model stays pseudonymous (DOMAIN.md 6.1)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

User = get_user_model()

# Adding a field here is a privacy decision: check DOMAIN.md 6.1 before changing this set.
EXPECTED_FIELDS = {
    "id",
    "password",
    "last_login",
    "is_superuser",
    "username",
    "display_name",
    "preferred_language",
    "email",
    "email_digest",  # a keyed fingerprint of the (encrypted) email, for lookups
    "is_staff",
    "is_active",
    "date_joined",
}


def test_user_model_has_exactly_the_pseudonymous_fields():
    names = {field.name for field in User._meta.concrete_fields}

    assert names == EXPECTED_FIELDS


def test_user_model_has_no_identifying_fields():
    names = {field.name for field in User._meta.get_fields()}

    for identifying in (
        "first_name",
        "last_name",
        "date_of_birth",
        "birth_date",
        "address",
        "photo",
        "caste",
        "religion",
        "government_id",
        "phone",
    ):
        assert identifying not in names


@pytest.mark.django_db
def test_user_email_is_optional():
    user = User.objects.create_user(username="nomail", password="a-long-pass-phrase-77")

    user.full_clean()

    assert user.email == ""
    assert User._meta.get_field("email").blank is True


@pytest.mark.django_db
def test_user_str_uses_display_name_then_a_neutral_name_never_the_username():
    named = User(pk=11, username="u-one", display_name="Asha")
    unnamed = User(pk=12, username="u-two", display_name="")
    blank = User(pk=13, username="u-three", display_name="   ")

    assert (str(named), named.get_full_name(), named.get_short_name()) == ("Asha",) * 3
    assert named.name_for_others == "Asha"
    assert (str(unnamed), unnamed.get_full_name(), unnamed.get_short_name()) == (
        ("Person no. 12",) * 3
    )
    assert blank.name_for_others == "Person no. 13"


@pytest.mark.django_db
@pytest.mark.parametrize("display_name", ["\u200b\u200d", "Asha \u202eahsA", "\u2067Asha\u2069"])
def test_user_display_name_that_shows_nothing_or_reorders_counts_as_none(display_name):
    user = User(pk=14, username="u-four", display_name=display_name)

    assert (str(user), user.name_for_others) == ("Person no. 14",) * 2


@pytest.mark.django_db
def test_user_username_is_unique_with_a_plain_message():
    User.objects.create_user(username="asha", password="a-long-pass-phrase-77")
    duplicate = User(username="asha")
    duplicate.set_password("a-long-pass-phrase-78")

    with pytest.raises(ValidationError) as raised:
        duplicate.full_clean()

    assert raised.value.message_dict["username"] == [
        "That username is taken. Please choose another."
    ]
