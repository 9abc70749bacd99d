# leak-gate-bench: kind=clean category=django-cache
"""A Django product page behind its WSGI handler, as a WSGI server calls it:
URL routing, two middlewares, a cached template loader, and the page's HTML
kept in a LocMemCache of 64 entries that culls itself (100 products cycle)."""

from django.conf import settings

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="bench",
    MIDDLEWARE=["django.middleware.security.SecurityMiddleware", "django.middleware.common.CommonMiddleware"],
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 64}}},
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [
                    (
                        "django.template.loaders.cached.Loader",
                        [
                            (
                                "django.template.loaders.locmem.Loader",
                                {
                                    "product.html": "<h1>{{ name }}</h1><p>{{ price|floatformat:2 }}</p>"
                                    "<ul>{% for r in reviews %}<li>{{ r.stars }}: {{ r.text|truncatechars:20 }}</li>{% endfor %}</ul>",
                                },
                            )
                        ],
                    )
                ]
            },
        }
    ],
)

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.urls import path  # noqa: E402

from helpers import wsgi  # noqa: E402


def product(request, product_id):
    def render():
        reviews = [{"stars": (product_id + i) % 5 + 1, "text": "review number %d of this product" % i} for i in range(3)]
        return render_to_string("product.html", {"name": "Product %d" % product_id, "price": product_id * 1.1, "reviews": reviews})

    return HttpResponse(cache.get_or_set("product:%d" % product_id, render, 300))


urlpatterns = [path("products/<int:product_id>/", product)]
handler = WSGIHandler()
_n = 0


def workload():
    global _n
    _n += 1
    return len(wsgi.request(handler, "/products/%d/" % (_n % 100)))
