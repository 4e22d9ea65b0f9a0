"""Errors HQ answers with: an HTTP status, a machine-readable code and words for a person."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        *,
        field: str | None = None,
        min_version: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.field = field
        self.min_version = min_version


def unauthorized(error: str, message: str) -> ApiError:
    return ApiError(401, error, message)


def forbidden(error: str, message: str) -> ApiError:
    return ApiError(403, error, message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def invalid(field: str, message: str, error: str = "invalid_request") -> ApiError:
    return ApiError(422, error, f"{field}: {message}", field=field)
