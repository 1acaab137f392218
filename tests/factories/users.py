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
