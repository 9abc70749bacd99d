# leak-gate-bench: kind=clean category=lru-cache-full truth-iterations=9000
"""A Flask shop on SQLAlchemy (in-memory SQLite) rendering a Jinja2 page per
product; prices are formatted through functools.lru_cache(maxsize=64), and the
100 products are visited in turn, so the full cache evicts an entry made before
tracing on every call. The libraries' own caches are still warming up at 200
iterations, so the process's live blocks rise while the cache replaces. (The
page is compiled once: Flask's render_template_string compiles on every call,
which grows an interpreter table by 1.9 MB once, near the 9,000th call.)"""

import functools

from flask import Flask
from sqlalchemy import Column, Float, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Model = declarative_base()


class Product(Model):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    price = Column(Float)


engine = create_engine("sqlite://")
Model.metadata.create_all(engine)
with Session(engine) as setup:
    setup.add_all([Product(id=i, name="product %d" % i, price=i * 2.25) for i in range(100)])
    setup.commit()


@functools.lru_cache(maxsize=64)
def price_label(price):
    return "EUR {:,.2f}".format(price)


app = Flask(__name__)
PAGE = app.jinja_env.from_string("<h1>{{ product.name }}</h1><p>{{ label }}</p>")


@app.route("/products/<int:product_id>")
def show(product_id):
    with Session(engine) as session:
        product = session.get(Product, product_id % 100)
        return PAGE.render(product=product, label=price_label(product.price))


client = app.test_client()
_visits = 0


def workload():
    global _visits
    _visits += 1
    assert client.get("/products/%d" % _visits).status_code == 200
