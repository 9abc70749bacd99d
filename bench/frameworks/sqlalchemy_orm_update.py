# leak-gate-bench: kind=clean category=orm-session
"""A visit counter on the SQLAlchemy ORM: a sessionmaker over a QueuePool of
three connections to a shared in-memory SQLite database; each call opens a
session, updates one user, reads the top five and commits, then closes it."""

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, sessionmaker
from sqlalchemy.pool import QueuePool

engine = create_engine("sqlite:///file:visits?mode=memory&cache=shared&uri=true", poolclass=QueuePool, pool_size=3, max_overflow=0)
Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    visits = Column(Integer, nullable=False, default=0)
    last_path = Column(String(100))


Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
with Session.begin() as setup:
    setup.add_all([User(id=i, name="user%d" % i, visits=0) for i in range(1, 101)])
_n = 0


def workload():
    global _n
    _n += 1
    with Session.begin() as session:
        user = session.get(User, _n % 100 + 1)
        user.visits += 1
        user.last_path = "/orders/%d" % (_n % 30)
        top = session.execute(select(User.name, User.visits).order_by(User.visits.desc()).limit(5)).all()
    return [name for name, _ in top]
