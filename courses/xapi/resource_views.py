"""The Agents, Activities, Agent Profile and Activity Profile resources over HTTP
(Communication 2.4 to 2.7), and the answer to every other URL under /xapi/.

Thin, as `views`: each reads its parameters, asks who may do what, and calls
`courses.xapi.agents`, `activities` or `documents`. Headers, the Alternate Request Syntax,
authentication and refusals are `views.xapi_view`'s.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from courses import conf
from courses.xapi import XAPI_VERSION, BadRequest, NotFound, activities, agents, services
from courses.xapi.auth import XAPIClient, user_pk_for_agent
from courses.xapi.documents import (
    DocumentWrite,
    Kind,
    ProfileKey,
    authorise_profile,
    etag,
    profile_delete,
    profile_document,
    profile_ids,
    profile_save,
)
from courses.xapi.validation import agent_param, iri_param, timestamp_param
from courses.xapi.views import XAPIRequest, _json, _only, xapi_view

READ = ("GET", "HEAD")
DOCUMENT_METHODS = ("GET", "HEAD", "PUT", "POST", "DELETE")


def _required(params: dict, name: str) -> str:
    if name not in params:
        raise BadRequest(f"The {name} parameter is required.")
    return params[name]


def _with_etag(response: HttpResponse) -> HttpResponse:
    response["ETag"] = etag(response.content)
    return response


# --- /agents ----------------------------------------------------------------------------------


@xapi_view(methods=READ)
def agents_resource(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    _only(request.params, {"agent"})
    agent = agent_param("agent", _required(request.params, "agent"), groups=False)
    agents.authorise_person(client=client, agent=agent)
    return _with_etag(_json(agents.person(agent)))


# --- /activities ------------------------------------------------------------------------------


@xapi_view(methods=READ)
def activities_resource(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    _only(request.params, {"activityId"})
    activity_id = iri_param("activityId", _required(request.params, "activityId"))
    activities.authorise_activity_read(client=client, activity_id=activity_id)
    return _with_etag(_json(activities.activity_object(activity_id)))


# --- /agents/profile and /activities/profile --------------------------------------------------


def _profile_key(request: XAPIRequest, client: XAPIClient, kind: str) -> ProfileKey:
    params = request.params
    subject = "agent" if kind == Kind.AGENT else "activityId"
    _only(params, {subject, "profileId", "since"})
    value = _required(params, subject)
    agent = agent_param("agent", value, groups=False) if kind == Kind.AGENT else None
    activity_id = "" if agent is not None else iri_param("activityId", value)
    profile_id = params.get("profileId")
    if profile_id is None and request.method not in READ:
        raise BadRequest("The profileId parameter is required to store or delete a document.")
    if "since" in params and (profile_id is not None or request.method not in READ):
        raise BadRequest("since is only used when listing profile ids (GET without profileId).")
    key = ProfileKey(kind, activity_id, agent, profile_id)
    authorise_profile(client=client, key=key, write=request.method not in READ)
    return key


def _profile(request: XAPIRequest, client: XAPIClient, kind: str) -> HttpResponse:
    key = _profile_key(request, client, kind)
    if_match = request.headers.get("if-match")
    if request.method in ("PUT", "POST"):
        document = profile_save(
            client=client,
            key=key,
            write=DocumentWrite(
                request.body,
                request.headers.get("content-type", ""),
                merge=request.method == "POST",
                if_match=if_match,
                if_none_match=request.headers.get("if-none-match"),
            ),
            max_bytes=conf.get("XAPI_PROFILE_MAX_BYTES"),
        )
        response = HttpResponse(status=204)
        response["ETag"] = document.etag
        return response
    if request.method == "DELETE":
        profile_delete(key=key, if_match=if_match)
        return HttpResponse(status=204)
    # Reading an agent profile of one of our users shows a credential personal data.
    subjects = [user_pk_for_agent(key.agent)] if kind == Kind.AGENT else []
    if key.profile_id is None:
        since = request.params.get("since")
        ids, newest = profile_ids(key, since=timestamp_param("since", since) if since else None)
        if ids:
            services.credential_read_announce(
                client=client, user_ids=subjects, what="agent profile ids"
            )
        response = _with_etag(_json(ids))
        if newest:
            response["Last-Modified"] = http_date(newest.timestamp())
        return response
    document = profile_document(key)
    if document is None:
        raise NotFound(f"No {key.what} with this profileId.")
    services.credential_read_announce(client=client, user_ids=subjects, what=key.what)
    response = HttpResponse(bytes(document.content), content_type=document.content_type)
    response["ETag"] = document.etag
    response["Last-Modified"] = http_date(document.updated.timestamp())
    return response


@xapi_view(methods=DOCUMENT_METHODS)
def agent_profile(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    return _profile(request, client, Kind.AGENT)


@xapi_view(methods=DOCUMENT_METHODS)
def activity_profile(request: XAPIRequest, client: XAPIClient) -> HttpResponse:
    return _profile(request, client, Kind.ACTIVITY)


# --- Anything else under /xapi/ ---------------------------------------------------------------


@csrf_exempt
def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Every other URL under /xapi/, whatever the method: a 404 in the record store's own
    form, never the site's page routing (which would redirect to a slash-appended URL)."""
    response = _json({"error": f"There is no xAPI resource at {request.path}."}, status=404)
    if request.method == "HEAD":
        response.content = b""
    response["X-Experience-API-Version"] = XAPI_VERSION
    return response
