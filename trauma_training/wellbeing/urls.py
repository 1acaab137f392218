"""Mounted at /me/ (cms/urls.py): a person's own goals, journal and check-ins, and a mentor's
view of what a mentee shares."""

from django.urls import path

from trauma_training.wellbeing import views

app_name = "wellbeing"

urlpatterns = [
    path("goals/", views.goals, name="goals"),
    path("goals/pick/", views.goal_pick, name="goal_pick"),
    path("goals/<int:goal_id>/", views.goal_detail, name="goal_detail"),
    path("goals/<int:goal_id>/share/", views.goal_share, name="goal_share"),
    path("goals/<int:goal_id>/unshare/", views.goal_unshare, name="goal_unshare"),
    path("goals/<int:goal_id>/done/", views.goal_done, name="goal_done"),
    path("goals/<int:goal_id>/not-done/", views.goal_not_done, name="goal_not_done"),
    path("goals/<int:goal_id>/delete/", views.goal_delete, name="goal_delete"),
    path("goals/<int:goal_id>/steps/", views.goal_step_add, name="goal_step_add"),
    path(
        "goals/<int:goal_id>/steps/<int:step_id>/done/",
        views.goal_step_done,
        name="goal_step_done",
    ),
    path(
        "goals/<int:goal_id>/steps/<int:step_id>/not-done/",
        views.goal_step_not_done,
        name="goal_step_not_done",
    ),
    path(
        "goals/<int:goal_id>/steps/<int:step_id>/delete/",
        views.goal_step_delete,
        name="goal_step_delete",
    ),
    path("journal/", views.journal, name="journal"),
    path("journal/<int:entry_id>/edit/", views.journal_edit, name="journal_edit"),
    path("journal/<int:entry_id>/delete/", views.journal_delete, name="journal_delete"),
    path("journal/<int:entry_id>/share/", views.journal_share, name="journal_share"),
    path("journal/<int:entry_id>/unshare/", views.journal_unshare, name="journal_unshare"),
    path(
        "journal/reflections/<int:reflection_id>/share/",
        views.reflection_share,
        name="reflection_share",
    ),
    path(
        "journal/reflections/<int:reflection_id>/unshare/",
        views.reflection_unshare,
        name="reflection_unshare",
    ),
    path("mentees/<int:user_id>/shared/", views.mentee_shared, name="mentee_shared"),
    path("check-in/", views.checkin, name="checkin"),
    path("check-in/<int:checkin_id>/", views.checkin_result, name="checkin_result"),
    path("check-in/delete-all/", views.checkin_delete_all, name="checkin_delete_all"),
]
