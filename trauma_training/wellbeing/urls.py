"""Mounted at /me/ (cms/urls.py): a person's own goals, journal and check-ins, and a mentor's
view of what a mentee shares."""

from django.urls import path

from trauma_training.wellbeing import views

app_name = "wellbeing"

urlpatterns = [
    path("goals/", views.goals, name="goals"),
    path("goals/pick/", views.goal_pick, name="goal_pick"),
    path("goals/<id:goal_id>/", views.goal_detail, name="goal_detail"),
    path("goals/<id:goal_id>/share/", views.goal_share, name="goal_share"),
    path("goals/<id:goal_id>/unshare/", views.goal_unshare, name="goal_unshare"),
    path("goals/<id:goal_id>/done/", views.goal_done, name="goal_done"),
    path("goals/<id:goal_id>/not-done/", views.goal_not_done, name="goal_not_done"),
    path("goals/<id:goal_id>/delete/", views.goal_delete, name="goal_delete"),
    path("goals/<id:goal_id>/steps/", views.goal_step_add, name="goal_step_add"),
    path(
        "goals/<id:goal_id>/steps/<id:step_id>/done/",
        views.goal_step_done,
        name="goal_step_done",
    ),
    path(
        "goals/<id:goal_id>/steps/<id:step_id>/not-done/",
        views.goal_step_not_done,
        name="goal_step_not_done",
    ),
    path(
        "goals/<id:goal_id>/steps/<id:step_id>/delete/",
        views.goal_step_delete,
        name="goal_step_delete",
    ),
    path("journal/", views.journal, name="journal"),
    path("journal/<id:entry_id>/edit/", views.journal_edit, name="journal_edit"),
    path("journal/<id:entry_id>/delete/", views.journal_delete, name="journal_delete"),
    path("journal/<id:entry_id>/share/", views.journal_share, name="journal_share"),
    path("journal/<id:entry_id>/unshare/", views.journal_unshare, name="journal_unshare"),
    path(
        "journal/reflections/<id:reflection_id>/share/",
        views.reflection_share,
        name="reflection_share",
    ),
    path(
        "journal/reflections/<id:reflection_id>/unshare/",
        views.reflection_unshare,
        name="reflection_unshare",
    ),
    path("mentees/<id:user_id>/shared/", views.mentee_shared, name="mentee_shared"),
    path("check-in/", views.checkin, name="checkin"),
    path("check-in/<id:checkin_id>/", views.checkin_result, name="checkin_result"),
    path("check-in/delete-all/", views.checkin_delete_all, name="checkin_delete_all"),
]
