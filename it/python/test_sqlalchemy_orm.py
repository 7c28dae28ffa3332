"""The SQLAlchemy ORM against Quern: declarative models with relationships, unit-of-work inserts
(insertmanyvalues with sentinel ordering), lazy/selectin/joined/subquery loading, optimistic
version counters, and row locks taken with UPDLOCK/ROWLOCK table hints."""

from typing import List, Optional

import pytest

sa = pytest.importorskip("sqlalchemy")
from sqlalchemy import ForeignKey, String, Unicode, create_engine, func, select, text  # noqa: E402
from sqlalchemy.orm import (  # noqa: E402
    DeclarativeBase, Mapped, Session, joinedload, mapped_column, relationship, selectinload, subqueryload,
)
from sqlalchemy.orm.exc import StaleDataError  # noqa: E402


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "orm_author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    books: Mapped[List["Book"]] = relationship(back_populates="author", cascade="all, delete-orphan", order_by="Book.id")


class Book(Base):
    __tablename__ = "orm_book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Unicode(100))
    author_id: Mapped[int] = mapped_column(ForeignKey("orm_author.id"))
    author: Mapped[Author] = relationship(back_populates="books")
    version: Mapped[int] = mapped_column(nullable=False)
    price: Mapped[Optional[float]]
    __mapper_args__ = {"version_id_col": version}


@pytest.fixture(scope="module")
def engine(sa_url):
    e = create_engine(sa_url)
    Base.metadata.drop_all(e)
    Base.metadata.create_all(e)
    with Session(e) as s:
        s.add_all([
            Author(name="Ann", books=[Book(title=f"A{i}", price=i * 1.5) for i in range(3)]),
            Author(name="Bob", books=[Book(title="Zeta ✓")]),
        ])
        s.commit()
    yield e
    Base.metadata.drop_all(e)
    e.dispose()


def test_unit_of_work_assigns_identities_in_insert_order(engine):
    titles = [f"bulk{i:02d}" for i in reversed(range(40))]
    with Session(engine) as s:
        carl = Author(name="Carl", books=[Book(title=t) for t in titles])
        s.add(carl)
        s.commit()
        by_object = {b.id: b.title for b in carl.books}
    with engine.connect() as c:
        stored = dict(c.execute(text("SELECT id, title FROM orm_book WHERE title LIKE 'bulk%'")).all())
    assert stored == by_object
    assert [by_object[i] for i in sorted(by_object)] == titles  # identities follow the sentinel order
    with Session(engine) as s:
        s.delete(s.scalars(select(Author).where(Author.name == "Carl")).one())
        s.commit()
        assert s.scalar(select(func.count()).select_from(Book).where(Book.title.like("bulk%"))) == 0


@pytest.mark.parametrize("loader", [selectinload, joinedload, subqueryload])
def test_eager_loading_strategies(engine, loader):
    with Session(engine) as s:
        authors = s.scalars(select(Author).options(loader(Author.books)).order_by(Author.name)).unique().all()
        assert [(a.name, [b.title for b in a.books]) for a in authors] == [
            ("Ann", ["A0", "A1", "A2"]), ("Bob", ["Zeta ✓"])]


def test_lazy_loading_and_paging(engine):
    with Session(engine) as s:
        book = s.scalars(select(Book).where(Book.title == "A1")).one()
        assert book.author.name == "Ann"
        assert [b.title for b in book.author.books] == ["A0", "A1", "A2"]
        page = s.scalars(select(Book).order_by(Book.title).offset(1).limit(2)).all()
        assert [b.title for b in page] == ["A1", "A2"]


def test_version_counter_detects_a_concurrent_update(engine):
    with Session(engine) as s1, Session(engine) as s2:
        b1 = s1.scalars(select(Book).where(Book.title == "A2")).one()
        b2 = s2.get(Book, b1.id)
        start = b1.version
        b1.price = 10.0
        s1.commit()
        assert b1.version == start + 1
        b2.price = 20.0
        with pytest.raises(StaleDataError, match="expected to update 1 row"):
            s2.commit()
    with Session(engine) as s:
        assert s.scalars(select(Book.price).where(Book.title == "A2")).one() == 10.0


def test_updlock_hint_holds_the_row_until_commit(engine):
    """SQLAlchemy's mssql dialect renders no FOR UPDATE (with_for_update is a no-op there); SQL
    Server users lock rows with the UPDLOCK, ROWLOCK table hint, which must block a second writer."""
    with Session(engine) as s1, Session(engine) as s2:
        locked = s1.scalars(
            select(Book).with_hint(Book, "WITH (UPDLOCK, ROWLOCK)").where(Book.title == "A0")).one()
        assert "UPDLOCK" in str(select(Book).with_hint(Book, "WITH (UPDLOCK, ROWLOCK)").compile(engine))
        s2.execute(text("SET LOCK_TIMEOUT 200"))
        with pytest.raises(sa.exc.DBAPIError, match=r"Lock request time out period exceeded. \(1222\)"):
            s2.execute(text("UPDATE orm_book SET price = 1 WHERE id = :id"), {"id": locked.id})
        s2.rollback()
        locked.price = 2.5
        s1.commit()
        s2.execute(text("SET LOCK_TIMEOUT 5000"))
        assert s2.scalars(select(Book.price).where(Book.id == locked.id)).one() == 2.5


def test_unit_of_work_of_thousands_of_rows(engine):
    """insertmanyvalues sends up to ~2000 rows per INSERT … SELECT … FROM (VALUES …) ORDER BY
    sen_counter; every object must get the identity of its own row."""
    with Session(engine, expire_on_commit=False) as s:  # reading 2500 ids back one SELECT each is slow
        dana = Author(name="Dana")
        s.add(dana)
        s.flush()
        books = [Book(title=f"t{i:04d}", author_id=dana.id) for i in range(2500)]
        s.add_all(books)
        s.commit()
        ids = [b.id for b in books]
        assert ids == sorted(ids) and len(set(ids)) == 2500
        stored = dict(s.execute(select(Book.id, Book.title).where(Book.author_id == dana.id)).all())
        assert stored == {b.id: b.title for b in books}
        s.delete(dana)
        s.commit()
