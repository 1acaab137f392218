"""`python -m trauma_training.curricula`: check every curriculum file and its translations.

Prints each problem with the file it is in and exits 1 if there is any, so a translator who
does not read Python can check their work before sending it.
"""

import sys

from trauma_training.curricula import (
    COURSE_FOLDERS,
    FULLY_TRANSLATED_FOLDERS,
    course_path,
    load_course,
    load_translations,
)
from trauma_training.curricula.schema import translation_errors, validate_course


def main() -> int:
    problems = 0
    for folder in COURSE_FOLDERS:
        source = load_course(folder)
        for error in validate_course(source):
            print(f"{course_path(folder)}: {error}")
            problems += 1
        for language, translation in load_translations(folder).items():
            required = folder in FULLY_TRANSLATED_FOLDERS
            for error in translation_errors(
                source, translation, language, bodies_required=required
            ):
                print(f"{course_path(folder, language)}: {error}")
                problems += 1
    print(f"{problems} problem(s)" if problems else "All curriculum files are well formed.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
