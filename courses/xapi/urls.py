"""The record store's resources, under /xapi/ (cms/urls.py). No trailing slashes: the
specification names them so, and a slash redirect would break POST and PUT. Every other URL
under /xapi/ is the record store's own 404 (`resource_views.not_found`), so the site's page
routing never answers there with a redirect."""

from django.urls import path, re_path

from courses.xapi import resource_views, views

app_name = "xapi"

urlpatterns = [
    path("about", views.about, name="about"),
    path("statements", views.statements, name="statements"),
    path("activities/state", views.state, name="state"),
    path("activities/profile", resource_views.activity_profile, name="activity_profile"),
    path("activities", resource_views.activities_resource, name="activities"),
    path("agents/profile", resource_views.agent_profile, name="agent_profile"),
    path("agents", resource_views.agents_resource, name="agents"),
    re_path(r"^(?P<rest>.*)$", resource_views.not_found, name="not_found"),
]
