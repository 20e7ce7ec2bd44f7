"""One error shape for the whole API: ``{"error": {"code": ..., "message": ...}}``.

Clients (and the UI's JavaScript) handle a single shape, whatever failed: a bad parameter,
an unknown id, a forbidden write or a bug. FastAPI's own handlers answer with other shapes,
so they are all replaced here; internal errors never leak a stack trace.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_parameter",
    500: "internal_error",
}


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """The documented shape of every error response (declared so /openapi.json shows it)."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (403, "Forbidden"),
        (404, "Unknown id"),
        (422, "Invalid parameter"),
        (500, "Internal error"),
    )
}


class ApiError(Exception):
    """An error the API reports on purpose, with its HTTP status and a stable code."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message


def error_body(code: str, message: str) -> dict[str, Any]:
    """The JSON body of every error response."""
    return {"error": {"code": code, "message": message}}


def _wants_html(request: Request) -> bool:
    """Browsers on UI pages get an HTML error page; everything else gets JSON."""
    path = request.url.path
    if path.startswith("/api/") or path == "/healthz" or path.startswith("/static/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request,
                "error.html",
                {"status": status, "code": code, "message": message},
                status_code=status,
            )
        return HTMLResponse(f"{status} {code}", status_code=status)  # pragma: no cover
    return JSONResponse(error_body(code, message), status_code=status)


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to the one error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 422, "invalid_parameter", _describe_validation(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return _respond(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _respond(request, 500, "internal_error", "internal server error")
