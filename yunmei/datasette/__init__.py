"""The yunmei Datasette plugin (entry point ``datasette: yunmei``), its templates and static files.

Datasette finds ``templates/`` and ``static/`` beside the registered module, so the entry point
names this package and the hooks are re-exported from ``plugin.py``.
"""

from yunmei.datasette.plugin import (
    asgi_wrapper,
    extra_body_script,
    extra_css_urls,
    extra_template_vars,
    filters_from_request,
    get_metadata,
    prepare_connection,
    prepare_jinja2_environment,
    register_facet_classes,
    register_routes,
    render_cell,
    startup,
)

__all__ = [
    "asgi_wrapper",
    "extra_body_script",
    "extra_css_urls",
    "extra_template_vars",
    "filters_from_request",
    "get_metadata",
    "prepare_connection",
    "prepare_jinja2_environment",
    "register_facet_classes",
    "register_routes",
    "render_cell",
    "startup",
]
