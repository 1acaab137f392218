from django.urls import path

from certifications import views

app_name = "certifications"

urlpatterns = [
    path("mine/", views.mine, name="mine"),
    path("verify/<str:code>/", views.verify, name="verify"),
]
