from django.urls import path

from certifications import practice_views, views
from certifications.openbadges import views as openbadges_views

app_name = "certifications"

urlpatterns = [
    path("mine/", views.mine, name="mine"),
    path("mine/check/", views.mine_check, name="mine_check"),
    path("mine/<str:code>/pdf/", views.certificate_pdf, name="pdf"),
    path("mine/<str:code>/credential/", views.certificate_credential, name="credential"),
    path("mine/<str:code>/name/", views.certificate_name, name="name"),
    path("verify/", views.verify_start, name="verify_start"),
    path("verify/<str:code>/", views.verify, name="verify"),
    # Practice log, sign-off requests and the reviewers' queue (certifications.practice_views).
    path("practice/", practice_views.practice, name="practice"),
    path("practice/<id:entry_id>/edit/", practice_views.practice_edit, name="practice_edit"),
    path("practice/<id:entry_id>/delete/", practice_views.practice_delete, name="practice_delete"),
    path("sign-offs/", practice_views.signoffs, name="signoffs"),
    path(
        "sign-offs/<id:checklist_id>/request/",
        practice_views.signoff_request,
        name="signoff_request",
    ),
    path("review/", practice_views.review, name="review"),
    path(
        "review/entries/<id:entry_id>/verify/",
        practice_views.entry_verify,
        name="entry_verify",
    ),
    path(
        "review/entries/<id:entry_id>/return/",
        practice_views.entry_return,
        name="entry_return",
    ),
    path("review/sign-offs/<id:signoff_id>/", practice_views.signoff_sign, name="signoff_sign"),
    path(
        "review/sign-offs/<id:signoff_id>/return/",
        practice_views.signoff_return,
        name="signoff_return",
    ),
    # Open Badges 3.0: ids inside credentials; no trailing slash, they are identifiers.
    path("issuer", openbadges_views.issuer_view, name="openbadges_issuer"),
    path(
        "achievements/<id:programme_id>",
        openbadges_views.achievement_view,
        name="openbadges_achievement",
    ),
    path(
        "achievements/<id:programme_id>/modules/<id:module_id>",
        openbadges_views.achievement_view,
        name="openbadges_module_achievement",
    ),
    # A list's number, not a database id: the view answers every number, an unknown one with
    # the JSON 404 that credential verifiers read (so `int`, not `id`, whose refusal of a huge
    # number would be an HTML redirect).
    path("status/<int:number>", openbadges_views.status_list_view, name="openbadges_status_list"),
    path(
        "status/suspension/<int:number>",
        openbadges_views.status_list_view,
        {"purpose": "suspension"},
        name="openbadges_suspension_list",
    ),
]
