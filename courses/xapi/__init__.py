"""An xAPI 1.0.3 Learning Record Store inside the courses app (see docs/xapi.md).

Layout: `validation` checks statements and parameters against the specification (Data part),
`services` writes (statements, voiding, state documents, forwarding, purging), `selectors`
reads (statement queries and `more` paging, state documents), `auth` decides who is asking,
`views` speaks HTTP (Communication part: headers, alternate request syntax, multipart).
`documents` holds what the state and profile documents share and the profile resources,
`activities` the canonical activity definitions, `agents` the Person objects, and
`resource_views` their HTTP side and the 404 for every other URL under /xapi/.

Every layer reports a refusal by raising one of the errors below; the views turn them into a
JSON answer with the matching status code.
"""

XAPI_VERSION = "1.0.3"
VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided"


class XAPIError(Exception):
    """A request the record store refuses; `message` is shown to the client as is."""

    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BadRequest(XAPIError):
    status = 400


class Unauthorized(XAPIError):
    status = 401


class Forbidden(XAPIError):
    status = 403


class NotFound(XAPIError):
    status = 404


class Conflict(XAPIError):
    status = 409


class PreconditionFailed(XAPIError):
    status = 412


class TooLarge(XAPIError):
    status = 413
