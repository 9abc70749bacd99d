# leak-gate-bench: kind=leak category=orm-unflushed retainer=_session
"""A worker that records each job's outcome through one long-lived SQLAlchemy
session and commits only at shutdown: every job adds a JobEvent that stays
pending in the session (strongly held until a flush that never comes)."""

from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

engine = create_engine("sqlite://")
Base = declarative_base()


class JobEvent(Base):
    __tablename__ = "job_events"
    id = Column(Integer, primary_key=True)
    job_id = Column(Integer, nullable=False)
    state = Column(String(20), nullable=False)
    attempts = Column(Integer, nullable=False)


Base.metadata.create_all(engine)
_session = sessionmaker(bind=engine)()
_n = 0


def run_job(job_id):
    return sum(i * i for i in range(job_id % 50)) % 7


def workload():
    global _n
    _n += 1
    attempts = run_job(_n) + 1
    _session.add(JobEvent(job_id=_n, state="done" if attempts < 5 else "retried", attempts=attempts))  # leak-gate: leak


def teardown():
    _session.commit()
    _session.close()
