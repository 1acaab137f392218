"""The xAPI resources over HTTP (Communication part): /about, /statements and
/activities/state.

Thin: each view reads parameters, calls a service or selector, and writes the answer. What is
common to every resource lives in `xapi_view`: the Alternate Request Syntax, the body size
cap, the version header (required on requests, sent on every response), authentication, and
turning refusals (`courses.xapi.XAPIError`) into JSON answers with their status code.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.http import http_date, parse_header_parameters
from django.views.decorators.csrf import csrf_exempt

from courses import conf
from courses.models import XAPIAttachment
from courses.text import json_bytes, text_problem
from courses.xapi import (
    XAPI_VERSION,
    BadRequest,
    Forbidden,
    NotFound,
    TooLarge,
    XAPIError,
    selectors,
    services,
)
from courses.xapi.auth import XAPIClient, authenticate, user_pk_for_agent
from courses.xapi.services import AttachmentData, iso
from courses.xapi.validation import (
    StateKey,
    agent_key,
    agent_param,
    bool_param,
    iri_param,
    is_uuid,
    parse_json,
    sha2_hexdigest,
    timestamp_param,
    uuid_param,
    version_header,
)

# Header fields that the Alternate Request Syntax may send as form fields (Communication 1.3).
HEADER_FIELDS = (
    "authorization",
    "x-experience-api-version",
    "content-type",
    "content-length",
    "if-match",
    "if-none-match",
)
METHODS = ("GET", "HEAD", "PUT", "POST", "DELETE")


class MethodNotAllowed(XAPIError):
    status = 405


@dataclass
class XAPIRequest:
    """A request as the specification sees it, whichever syntax it came in: the intended
    method, query parameters, the xAPI header fields (lower-case names) and the content."""

    http: HttpRequest
    method: str
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _single_values(query: QueryDict) -> dict[str, str]:
    values = {}
    for name, given in query.lists():
        if len(given) > 1:
            raise BadRequest(f"The parameter {name} is given more than once.")
        values[name] = given[0]
    return values


def _storable(values: dict[str, str], what: str) -> dict[str, str]:
    """`values` (parameters or header fields), unless one holds a character that cannot be
    stored or shown again (`courses.text.text_problem`): then a 400 naming it."""
    for name, value in values.items():
        problem = text_problem(name) or text_problem(value)
        if problem:
            raise BadRequest(f"The {what} {name} {problem}, which is not allowed.")
    return values


def _xapi_request(request: HttpRequest) -> XAPIRequest:
    xapi_request = _xapi_request_read(request)
    _storable(xapi_request.params, "parameter")
    _storable(xapi_request.headers, "header")
    return xapi_request


def _xapi_request_read(request: HttpRequest) -> XAPIRequest:
    limit = conf.get("XAPI_MAX_BODY_BYTES")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise BadRequest("Content-Length is not a number.") from None
    if length > limit:
        raise TooLarge(f"A request to this record store may be at most {limit} bytes.")
    headers = {name: request.headers[name] for name in HEADER_FIELDS if name in request.headers}
    if request.method != "POST" or "method" not in request.GET:
        return XAPIRequest(
            request, request.method, _single_values(request.GET), headers, request.body
        )

    # The Alternate Request Syntax: the method in the query string, everything else
    # (header fields, parameters and the content) in a form-encoded body.
    if list(request.GET) != ["method"]:
        raise BadRequest("With ?method=..., every other parameter goes in the form body.")
    method = request.GET["method"].upper()
    if method not in METHODS:
        raise BadRequest(f"method must be one of {', '.join(METHODS)}.")
    if headers.get("content-type", "").split(";")[0].strip().lower() != (
        "application/x-www-form-urlencoded"
    ):
        raise BadRequest("With ?method=..., the body must be application/x-www-form-urlencoded.")
    form = QueryDict(request.body, encoding="utf-8")
    headers = {name: value for name, value in headers.items() if name != "content-type"}
    params = {}
    body = b""
    for name, value in _single_values(form).items():
        if name.lower() in HEADER_FIELDS:
            headers[name.lower()] = value
        elif name == "content":
            body = value.encode()
        else:
            params[name] = value
    return XAPIRequest(request, method, params, headers, body)


def _json(data: Any, status: int = 200) -> HttpResponse:
    return HttpResponse(
        json_bytes(data, separators=(",", ":")), status=status, content_type="application/json"
    )


def _refusal(error: XAPIError, request: HttpRequest) -> HttpResponse:
    response = _json({"error": error.message}, status=error.status)
    # Our own pages' scripts send X-CSRFToken; a Basic challenge would make the learner's
    # browser pop up a password box they can do nothing with, so they get none.
    if error.status == 401 and "X-CSRFToken" not in request.headers:
        response["WWW-Authenticate"] = 'Basic realm="xAPI"'
    if isinstance(error, MethodNotAllowed):
        response["Allow"] = error.message.rsplit(": ", 1)[-1]
    return response


def xapi_view(
    *, methods: tuple[str, ...], authenticated: bool = True, statements: bool = False
) -> Callable:
    """Wrap a handler `(XAPIRequest, XAPIClient | None) -> HttpResponse` into a Django view.

    Django's CSRF middleware is bypassed here and run by `auth.authenticate` for session
    clients only, since HTTP Basic clients cannot carry a CSRF token."""

    def decorate(handler: Callable) -> Callable:
        @csrf_exempt
        @wraps(handler)
        def view(request: HttpRequest) -> HttpResponse:
            method = request.method
            try:
                xapi_request = _xapi_request(request)
                method = xapi_request.method
                if method not in methods:
                    raise MethodNotAllowed(f"Allowed methods: {', '.join(methods)}")
                client = None
                if authenticated:
                    version_header(xapi_request.headers.get("x-experience-api-version"))
                    client = authenticate(request, xapi_request.headers.get("authorization"))
                response = handler(xapi_request, client)
            except XAPIError as error:
                response = _refusal(error, request)
            if method == "HEAD":
                response.content = b""
            response["X-Experience-API-Version"] = XAPI_VERSION
            if statements:
                response["X-Experience-API-Consistent-Through"] = iso(
                    selectors.consistent_through()
                )
            return response

        return view

    return decorate


def _only(params: dict, allowed: set[str]) -> None:
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise BadRequest(f"Unknown parameter {unknown[0]!r} (parameter names are case-sensitive).")


# --- /about -----------------------------------------------------------------------------------


@xapi_view(methods=("GET", "HEAD"), authenticated=False)
def about(request: XAPIRequest, client: None) -> HttpResponse:
    return _json({"version": [XAPI_VERSION]})


# --- /statements ------------------------------------------------------------------------------

STATEMENT_QUERY_PARAMS = {
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
}
SINGLE_STATEMENT_PARAMS = {"statementId", "voidedStatementId", "format", "attachments"}
FORMATS = ("exact", "ids", "canonical")


def _multipart(request: XAPIRequest) -> tuple[Any, dict[str, AttachmentData]]:
    """The statements and attachment parts of a multipart/mixed body (Communication 1.5.2),
    attachments by their SHA-2 (checked against their data)."""
    _type, options = parse_header_parameters(request.headers["content-type"])
    boundary = options.get("boundary")
    if not boundary:
        raise BadRequest("A multipart/mixed Content-Type needs a boundary.")
    parts = []
    closed = False
    for piece in (b"\r\n" + request.body).split(b"\r\n--" + boundary.encode())[1:]:
        if piece.startswith(b"--"):
            closed = True
            break
        _padding, newline, rest = piece.partition(b"\r\n")
        if rest.startswith(b"\r\n"):
            head, content = b"", rest[2:]
        else:
            head, blank_line, content = rest.partition(b"\r\n\r\n")
            if not newline or not blank_line:
                raise BadRequest("A part of the multipart/mixed body has no header end.")
        fields = {}
        for line in head.decode("latin-1").split("\r\n") if head else ():
            name, colon, value = line.partition(":")
            if not colon:
                raise BadRequest(f"A part of the multipart/mixed body has a bad header: {line}")
            fields[name.strip().lower()] = value.strip()
        parts.append((fields, content))
    if not closed or not parts:
        raise BadRequest("The multipart/mixed body has no parts or is not closed.")
    fields, content = parts[0]
    if fields.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise BadRequest("The first part of a multipart/mixed body must be application/json.")
    payload = parse_json(content, "The statements part")
    files = {}
    for fields, content in parts[1:]:
        sha2 = fields.get("x-experience-api-hash", "").lower()
        if not sha2:
            raise BadRequest("Each attachment part needs an X-Experience-API-Hash header.")
        if fields.get("content-transfer-encoding", "binary").lower() != "binary":
            raise BadRequest("Attachment parts must use Content-Transfer-Encoding: binary.")
        if sha2_hexdigest(sha2, content) != sha2:
            raise BadRequest(f"The data of attachment part {sha2} does not match its hash.")
        part_type = fields.get("content-type", "application/octet-stream")
        # Stored in a column PostgreSQL would refuse a longer value for with an error.
        longest = XAPIAttachment._meta.get_field("content_type").max_length
        if len(part_type) > longest:
            raise BadRequest(
                f"The Content-Type of attachment part {sha2} may be at most {longest} "
                "characters long."
            )
        if problem := text_problem(part_type):
            raise BadRequest(f"The Content-Type of attachment part {sha2} {problem}.")
        files[sha2] = AttachmentData(part_type, content)
    return payload, files


def _statement_payload(request: XAPIRequest) -> tuple[Any, dict[str, AttachmentData]]:
    if request.content_type == "multipart/mixed":
        return _multipart(request)
    if request.content_type not in ("application/json", ""):
        raise BadRequest(
            f"Statements are sent as application/json or multipart/mixed, not "
            f"{request.content_type}."
        )
    return parse_json(request.body, "The request body"), {}


def _statements_post(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    _only(request.params, set())
    payload, files = _statement_payload(request)
    if type(payload) is list and not payload:
        raise BadRequest("The list of statements is empty.")
    statements = payload if type(payload) is list else [payload]
    return _json(services.statements_store(client=client, statements=statements, files=files))


def _statements_put(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    _only(request.params, {"statementId"})
    if "statementId" not in request.params:
        raise BadRequest("PUT needs the statementId parameter.")
    statement_id = uuid_param("statementId", request.params["statementId"])
    payload, files = _statement_payload(request)
    if type(payload) is not dict:
        raise BadRequest("PUT stores one statement: the body must be a JSON object.")
    if "id" in payload:
        if not is_uuid(payload["id"]) or uuid.UUID(payload["id"]) != uuid.UUID(statement_id):
            raise BadRequest("The statement's id differs from the statementId parameter.")
    else:
        payload["id"] = statement_id
    services.statements_store(client=client, statements=[payload], files=files)
    return HttpResponse(status=204)


def _statement_query(params: dict, client: XAPIClient) -> selectors.StatementQuery:
    query = selectors.StatementQuery(user_id=client.user.pk if client.is_session else None)
    if "agent" in params:
        query.agent_key = agent_key(agent_param("agent", params["agent"]))
        if client.is_session and query.agent_key != agent_key(client.agent):
            raise Forbidden("Signed-in learners may only read their own statements.")
    if "verb" in params:
        query.verb = iri_param("verb", params["verb"])
    if "activity" in params:
        query.activity = iri_param("activity", params["activity"])
    if "registration" in params:
        query.registration = str(uuid.UUID(uuid_param("registration", params["registration"])))
    for name in ("related_activities", "related_agents", "ascending", "attachments"):
        if name in params:
            setattr(query, name, bool_param(name, params[name]))
    for name in ("since", "until"):
        if name in params:
            setattr(query, name, timestamp_param(name, params[name]))
    if "limit" in params:
        if not params["limit"].isdigit():
            raise BadRequest("limit must be a whole number (0 means as many as allowed).")
        query.limit = int(params["limit"])
    return query


def _format(params: dict) -> str:
    value = params.get("format", "exact")
    if value not in FORMATS:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}.")
    return value


def _statements_answer(data: Any, rows: list, *, attachments: bool) -> HttpResponse:
    if not attachments:
        return _json(data)
    body, content_type = services.multipart_encode(
        json_bytes(data, separators=(",", ":")),
        selectors.attachment_parts(rows),
    )
    return HttpResponse(body, content_type=content_type)


def _statements_get(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    params = request.params
    fmt = _format(params)
    languages = selectors.accepted_languages(request.http.headers.get("Accept-Language", ""))
    scope = client.user.pk if client.is_session else None
    attachments = bool_param("attachments", params.get("attachments", "false"))

    if "statementId" in params or "voidedStatementId" in params:
        if "statementId" in params and "voidedStatementId" in params:
            raise BadRequest("Give statementId or voidedStatementId, not both.")
        extra = sorted(set(params) - SINGLE_STATEMENT_PARAMS)
        if extra:
            raise BadRequest(f"{extra[0]} cannot be combined with statementId/voidedStatementId.")
        voided = "voidedStatementId" in params
        name = "voidedStatementId" if voided else "statementId"
        row = selectors.statement_single(
            statement_id=uuid_param(name, params[name]),
            voided=voided,
            user_id=scope,
            learners=client.learner_ids,
        )
        if row is None:
            raise NotFound(f"No statement with {name} {params[name]}.")
        data = selectors.statement_formatted(row.data, format=fmt, languages=languages)
        services.credential_read_announce(client=client, user_ids=[row.user_id], what=name)
        response = _statements_answer(data, [row], attachments=attachments)
        response["Last-Modified"] = http_date(row.stored.timestamp())
        return response

    if "more" in params:
        if set(params) != {"more"}:
            raise BadRequest("A more link is used as it is, without other parameters.")
        query, after = selectors.statements_cursor_read(params["more"])
        if query.user_id != scope:
            raise Forbidden("This more link was made for someone else.")
    else:
        _only(params, STATEMENT_QUERY_PARAMS)
        query, after = _statement_query(params, client), None
        query.format = fmt
    page = selectors.statements_page(query, after=after, learners=client.learner_ids)
    services.credential_read_announce(
        client=client, user_ids=[row.user_id for row in page.rows], what="statements"
    )
    data = {
        "statements": [
            selectors.statement_formatted(row.data, format=query.format, languages=languages)
            for row in page.rows
        ],
        "more": f"{request.http.path}?{urlencode({'more': page.more})}" if page.more else "",
    }
    response = _statements_answer(data, page.rows, attachments=query.attachments)
    if page.last_modified:
        response["Last-Modified"] = http_date(page.last_modified.timestamp())
    return response


@xapi_view(methods=("GET", "HEAD", "PUT", "POST"), statements=True)
def statements(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    if request.method == "POST":
        return _statements_post(request, client)
    if request.method == "PUT":
        return _statements_put(request, client)
    return _statements_get(request, client)


# --- /activities/state ------------------------------------------------------------------------

STATE_PARAMS = {"activityId", "agent", "registration", "stateId", "since"}


def _state_key(request: XAPIRequest, client: XAPIClient) -> StateKey:
    params = request.params
    _only(params, STATE_PARAMS)
    for name in ("activityId", "agent"):
        if name not in params:
            raise BadRequest(f"The {name} parameter is required.")
    activity_id = iri_param("activityId", params["activityId"])
    agent = agent_param("agent", params["agent"], groups=False)
    registration = None
    if "registration" in params:
        registration = str(uuid.UUID(uuid_param("registration", params["registration"])))
    state_id = params.get("stateId")
    if state_id is None and request.method in ("PUT", "POST"):
        raise BadRequest("The stateId parameter is required to store a document.")
    if "since" in params and (state_id is not None or request.method not in ("GET", "HEAD")):
        raise BadRequest("since is only used when listing state ids (GET without stateId).")
    services.authorise_state(
        client=client,
        activity_id=activity_id,
        agent=agent,
        write=request.method in ("PUT", "POST", "DELETE"),
    )
    return StateKey(activity_id, agent, registration, state_id)


@xapi_view(methods=("GET", "HEAD", "PUT", "POST", "DELETE"))
def state(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    key = _state_key(request, client)
    if_match = request.headers.get("if-match")
    if request.method in ("PUT", "POST"):
        document = services.state_save(
            client=client,
            key=key,
            content=request.body,
            content_type=request.headers.get("content-type", ""),
            merge=request.method == "POST",
            if_match=if_match,
            if_none_match=request.headers.get("if-none-match"),
        )
        response = HttpResponse(status=204)
        response["ETag"] = document.etag
        return response
    if request.method == "DELETE":
        services.state_delete(key=key, if_match=if_match)
        return HttpResponse(status=204)
    subject_ids = [user_pk_for_agent(key.agent)]
    if key.state_id is None:
        since = request.params.get("since")
        ids, newest = selectors.state_ids(
            key, since=timestamp_param("since", since) if since else None
        )
        if ids:
            services.credential_read_announce(client=client, user_ids=subject_ids, what="state ids")
        response = _json(ids)
        response["ETag"] = f'"{hashlib.sha1(response.content).hexdigest()}"'  # noqa: S324
        if newest:
            response["Last-Modified"] = http_date(newest.timestamp())
        return response
    document = selectors.state_document(key)
    if document is None:
        raise NotFound("No state document with this stateId for this activity and agent.")
    services.credential_read_announce(client=client, user_ids=subject_ids, what="state document")
    response = HttpResponse(bytes(document.content), content_type=document.content_type)
    response["ETag"] = document.etag
    response["Last-Modified"] = http_date(document.updated.timestamp())
    return response
