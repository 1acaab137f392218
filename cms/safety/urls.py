from django.urls import path

from cms.safety import views

app_name = "safety"

urlpatterns = [
    path("exit/", views.quick_exit, name="exit"),
    path("about-quick-exit/", views.about_quick_exit, name="about_quick_exit"),
    path("break/", views.take_a_break, name="break"),
    path("session/extend/", views.session_extend, name="session_extend"),
    path("session/close-logout/", views.session_close_logout, name="session_close_logout"),
]
