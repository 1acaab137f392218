from django.urls import path

from courses import views
from courses.h5p import views as h5p_views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", views.course_enrol, name="enrol"),
    path("courses/<int:course_id>/unenrol/", views.course_unenrol, name="unenrol"),
    path("lessons/<int:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path(
        "lessons/<int:lesson_id>/reflection/<str:block_id>/",
        views.reflection_submit,
        name="reflection_submit",
    ),
    path("lessons/<int:lesson_id>/request-signoff/", views.signoff_request, name="signoff_request"),
    path("quiz/<int:page_id>/<str:block_id>/", views.quiz_submit, name="quiz_submit"),
    path("sign-offs/", views.signoff_queue, name="signoff_queue"),
    path("h5p/files/<str:token>/<path:path>", h5p_views.package_file, name="h5p_files"),
    path(
        "h5p/result/<int:lesson_id>/<int:activity_id>",
        h5p_views.result,
        name="h5p_result",
    ),
    path(
        "sign-offs/<int:lesson_id>/<int:learner_id>/",
        views.signoff_record,
        name="signoff_record",
    ),
]
