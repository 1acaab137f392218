import os

from django.core.wsgi import get_wsgi_application

# A WSGI server (gunicorn) serves production; development uses `manage.py runserver`.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
application = get_wsgi_application()
