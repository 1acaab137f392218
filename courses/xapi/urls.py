"""The record store's resources, under /xapi/ (cms/urls.py). No trailing slashes: the
specification names them so, and a slash redirect would break POST and PUT."""

from django.urls import path

from courses.xapi import views

app_name = "xapi"

urlpatterns = [
    path("about", views.about, name="about"),
    path("statements", views.statements, name="statements"),
    path("activities/state", views.state, name="state"),
]
