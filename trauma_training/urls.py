from django.urls import path

from trauma_training import views

app_name = "trauma_training"

urlpatterns = [
    path("", views.programme_home, name="home"),
    path("collectives/<id:collective_id>/", views.collective_detail, name="collective"),
    path("my-mentor/", views.my_mentor, name="my_mentor"),
    path("privacy/", views.privacy, name="privacy"),
    path("privacy/<str:purpose>/", views.consent_decide, name="consent_decide"),
    path("mentor/", views.mentor_dashboard, name="mentor_dashboard"),
    path("mentor/nudge/<id:mentee_id>/", views.nudge_send, name="nudge_send"),
    path("mentorships/", views.mentorships, name="mentorships"),
    path("mentorships/<id:mentorship_id>/end/", views.mentorship_end, name="mentorship_end"),
]
