"""Forms of the programme pages. Choices hold only the people the signed-in person may pair."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from cms.roles import Role, group_name
from courses.models import Cohort, CohortMembership
from courses.people import people_for_choice, person_choice_label_from
from trauma_training import selectors


class PersonChoiceField(forms.ModelChoiceField):
    """A person shown by display name, their collectives among the coordinator's, the month
    they joined and their account number (`courses.people`): two people called "Moumita"
    are told apart, and no email, phone or username is shown."""

    def label_from_instance(self, obj) -> str:
        return person_choice_label_from(obj)


class MentorshipAssignForm(forms.Form):
    """A coordinator pairs a mentor with a mentee of one of their collectives."""

    collective = forms.ModelChoiceField(queryset=None, label=_("Collective"))
    mentor = PersonChoiceField(queryset=None, label=_("Mentor"))
    mentee = PersonChoiceField(queryset=None, label=_("Mentee"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        collectives = selectors.collectives_coordinated(user)
        # Both lists come from the one rule (people_manageable_by): a coordinator never sees,
        # nor can post, another collective's mentor or learner. The service checks again.
        people = (
            get_user_model()
            .objects.filter(pk__in=selectors.people_manageable_by(user).values("pk"))
            .filter(is_active=True)
            .order_by("display_name", "pk")
        )
        cohorts = Cohort.objects.filter(collective__in=collectives)
        self.fields["collective"].queryset = collectives
        self.fields["mentor"].queryset = people_for_choice(
            people.filter(groups__name=group_name(Role.MENTOR)).distinct(), cohorts=cohorts
        )
        self.fields["mentee"].queryset = people_for_choice(
            people.filter(
                groups__name=group_name(Role.LEARNER),
                cohort_memberships__cohort__collective__in=collectives,
                cohort_memberships__role=CohortMembership.Role.MEMBER,
            ).distinct(),
            cohorts=cohorts,
        )
