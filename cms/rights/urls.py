"""Mounted at /me/data/ (cms/urls.py): see, download and correct my data; delete my account."""

from django.urls import path

from cms.rights import views

app_name = "rights"

urlpatterns = [
    path("", views.my_data, name="my_data"),
    path("download/", views.my_data_download, name="download"),
    path("correct/", views.account_correct, name="correct"),
    path("delete/", views.account_delete, name="delete"),
]
