# leak-gate-bench: kind=clean category=flask-sqlalchemy
"""A Flask JSON API over SQLAlchemy with a scoped_session: each request queries
through the thread's session and the app's teardown removes it, as Flask
integrations do; the database is a shared in-memory SQLite database."""

from flask import Flask, abort, jsonify
from sqlalchemy import Column, Float, ForeignKey, Integer, String, create_engine, func, select
from sqlalchemy.orm import declarative_base, relationship, scoped_session, sessionmaker
from sqlalchemy.pool import QueuePool

engine = create_engine("sqlite:///file:accounts?mode=memory&cache=shared&uri=true", poolclass=QueuePool, pool_size=2, max_overflow=0)
Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    owner = Column(String(50), nullable=False)
    payments = relationship("Payment", back_populates="account")


class Payment(Base):
    __tablename__ = "payments"
    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, ForeignKey("accounts.id"), nullable=False)
    amount = Column(Float, nullable=False)
    account = relationship("Account", back_populates="payments")


Base.metadata.create_all(engine)
db = scoped_session(sessionmaker(bind=engine))
for i in range(1, 41):
    db.add(Account(id=i, owner="owner%d" % i, payments=[Payment(amount=j * 3.5 + i) for j in range(5)]))
db.commit()
db.remove()

app = Flask(__name__)


@app.teardown_appcontext
def remove_session(exc=None):
    db.remove()


@app.route("/accounts/<int:account_id>")
def account(account_id):
    found = db.get(Account, account_id)
    if found is None:
        abort(404)
    total = db.execute(select(func.sum(Payment.amount)).where(Payment.account_id == account_id)).scalar_one()
    return jsonify(id=found.id, owner=found.owner, payments=[p.amount for p in found.payments], total=total)


client = app.test_client()
_n = 0


def workload():
    global _n
    _n += 1
    response = client.get("/accounts/%d" % (_n % 40 + 1))
    assert response.status_code == 200, response.status_code
    return response.get_json()["total"]
