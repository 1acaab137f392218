import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.roles import Role, group_name


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "en"
    password = factory.PostGenerationMethodCall("set_password", "pass-word-123")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def user_with_role(role: str = Role.LEARNER, **kwargs):
    """A saved user in the role's group (password "pass-word-123")."""
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=group_name(role)))
    if role == Role.ADMIN:
        user.is_superuser = True
        user.is_staff = True
        user.save()
    return user


def add_totp(user):
    """Give `user` a TOTP authenticator (or return the one they have), stored the way allauth
    stores one on activation."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, "JBSWY3DPEHPK3PXP").instance


def sign_in_with_mfa(client, user):
    """Sign `user` in on the test `client` as if through allauth's form and its MFA step: the
    user gets a TOTP authenticator, and the session holds the records allauth writes (a
    password step, then `{"method": "mfa", ...}`), so cms.middleware lets staff in.
    Returns the user."""
    import time

    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.account.internal.flows.login import _AUTHENTICATION_METHODS_USER_SESSION_KEY
    from allauth.account.internal.userkit import user_id_to_str

    authenticator = add_totp(user)
    client.force_login(user)
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "username": user.username},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": authenticator.type},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
    session.save()
    return user
