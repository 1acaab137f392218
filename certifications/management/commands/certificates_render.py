"""Make certificates' PDFs and credentials again: those never made (after fixing a machine
that could not make PDFs), or all current ones (after changing a template or the fonts)."""

from django.core.management.base import BaseCommand, CommandError

from certifications import services
from certifications.checks import pdf_engine_problem
from certifications.models import Certificate


class Command(BaseCommand):
    help = (
        "Make the PDF and signed credential of certificates that have none yet (default), or "
        "with --all of every valid or expired certificate. Codes never change. Prints how "
        "many were made."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Every valid or expired certificate, not only those never made.",
        )

    def handle(self, *args, **options):
        problem = pdf_engine_problem()
        if problem is not None:
            raise CommandError(f"{problem}. Install Pango first (docs/certifications.md).")
        certificates = Certificate.objects.order_by("pk")
        if options["all"]:
            certificates = certificates.filter(
                status__in=[Certificate.Status.VALID, Certificate.Status.EXPIRED]
            )
        else:
            certificates = certificates.filter(rendered_at__isnull=True).exclude(
                status=Certificate.Status.REVOKED
            )
        made = 0
        for certificate in certificates.iterator():
            services.certificate_render(certificate=certificate)
            made += 1
        self.stdout.write(str(made))
