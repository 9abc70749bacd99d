"""Calls a WSGI application as a WSGI server does: an environ for one request,
the response's body read to the end, the response closed (Django sends its
request_finished signal then)."""

import io
from wsgiref.util import setup_testing_defaults


def request(app, path, method="GET", body=b"", **environ):
    """One request to `app`; returns the body, and fails unless the status is 200."""
    environ.update(PATH_INFO=path, REQUEST_METHOD=method, CONTENT_LENGTH=str(len(body)))
    environ["wsgi.input"] = io.BytesIO(body)
    setup_testing_defaults(environ)
    statuses = []
    response = app(environ, lambda status, headers, exc_info=None: statuses.append(status))
    try:
        content = b"".join(response)
    finally:
        response.close()
    assert statuses[0].startswith("200"), statuses[0]
    return content
