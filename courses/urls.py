from django.urls import path

from courses import views
from courses.h5p import views as h5p_views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<id:course_id>/enrol/", views.course_enrol, name="enrol"),
    path("courses/<id:course_id>/unenrol/", views.course_unenrol, name="unenrol"),
    path("lessons/<id:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path(
        "lessons/<id:lesson_id>/reflections/",
        views.reflections_submit,
        name="reflections_submit",
    ),
    path(
        "lessons/<id:lesson_id>/reflection/<str:block_id>/",
        views.reflection_submit,
        name="reflection_submit",
    ),
    path(
        "lessons/<id:lesson_id>/voice-note/<str:block_id>/",
        views.voice_note_submit,
        name="voice_note_submit",
    ),
    path("voice-notes/<id:note_id>/", views.voice_note_audio, name="voice_note_audio"),
    path("voice-notes/<id:note_id>/delete/", views.voice_note_delete, name="voice_note_delete"),
    path("lessons/<id:lesson_id>/request-signoff/", views.signoff_request, name="signoff_request"),
    path("quiz/<id:page_id>/<str:block_id>/", views.quiz_submit, name="quiz_submit"),
    path("sign-offs/", views.signoff_queue, name="signoff_queue"),
    path("h5p/files/<str:token>/<path:path>", h5p_views.package_file, name="h5p_files"),
    path("h5p/libraries/<str:key>/<path:path>", h5p_views.library_file, name="h5p_libraries"),
    path(
        "h5p/result/<id:lesson_id>/<id:activity_id>",
        h5p_views.result,
        name="h5p_result",
    ),
    path(
        "sign-offs/<id:lesson_id>/<id:learner_id>/",
        views.signoff_record,
        name="signoff_record",
    ),
]
