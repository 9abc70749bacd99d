# leak-gate-bench: kind=clean category=flask-templates
"""A Flask product page rendered from Jinja2 templates (a layout and a page that
extends it, from a DictLoader), requested through Flask's test client; each
template is compiled once and then served from the environment's cache."""

from flask import Flask, abort, render_template
from jinja2 import DictLoader

TEMPLATES = {
    "layout.html": "<html><head><title>{% block title %}{% endblock %}</title></head>"
    "<body><nav>{% for link in nav %}<a href='{{ link }}'>{{ link|title }}</a>{% endfor %}</nav>"
    "{% block body %}{% endblock %}</body></html>",
    "product.html": "{% extends 'layout.html' %}{% block title %}{{ product.name }}{% endblock %}"
    "{% block body %}<h1>{{ product.name }}</h1><p>{{ '%.2f'|format(product.price) }} EUR</p>"
    "<ul>{% for tag in product.tags %}<li>{{ tag }}</li>{% endfor %}</ul>"
    "{% for other in related %}<a href='/products/{{ other.id }}'>{{ other.name }}</a>{% endfor %}{% endblock %}",
}
PRODUCTS = {i: {"id": i, "name": "Product %d" % i, "price": 9.5 + i, "tags": ["tag%d" % (i % 7), "sale"]} for i in range(1, 51)}

app = Flask(__name__)
app.jinja_loader = DictLoader(TEMPLATES)


@app.route("/products/<int:product_id>")
def product(product_id):
    item = PRODUCTS.get(product_id)
    if item is None:
        abort(404)
    related = [PRODUCTS[product_id % 50 + 1], PRODUCTS[(product_id + 1) % 50 + 1]]
    return render_template("product.html", product=item, related=related, nav=["home", "shop", "cart"])


client = app.test_client()
_n = 0


def workload():
    global _n
    _n += 1
    response = client.get("/products/%d" % (_n % 50 + 1))
    assert response.status_code == 200, response.status_code
