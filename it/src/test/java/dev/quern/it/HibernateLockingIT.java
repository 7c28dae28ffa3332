package dev.quern.it;

import static dev.quern.it.HibernateSchemaIT.column;
import static dev.quern.it.HibernateSchemaIT.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.quern.it.hibernate.HibernateSetup;
import dev.quern.it.hibernate.LibraryData;
import dev.quern.it.hibernate.LibraryModel.Author;
import dev.quern.it.hibernate.LibraryModel.Book;
import dev.quern.it.hibernate.LibraryModel.Genre;
import dev.quern.it.hibernate.LibraryModel.Label;
import dev.quern.it.support.QuernServer;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hibernate's locking and batching on Quern: PESSIMISTIC_WRITE renders
 * {@code WITH (UPDLOCK, HOLDLOCK, ROWLOCK)} and blocks a second writer until its lock timeout
 * ({@code SET LOCK_TIMEOUT}, error 1222 → LockTimeoutException), NOWAIT and SKIP LOCKED
 * ({@code READPAST}) behave as on SQL Server, version conflicts raise OptimisticLockException, and
 * JDBC batches (whose per-row counts Hibernate checks) insert, update and delete every row.
 */
class HibernateLockingIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

  private static String url;
  private static SessionFactory factory;
  private static LibraryData.Ids ids;

  @BeforeAll
  static void createSchemaAndSeed() throws SQLException {
    url = HibernateSetup.database(SERVER.mssqlUrl("encrypt=false"), "hib_locking");
    factory = HibernateSetup.library(url, "create-drop", Map.of(
        "hibernate.jdbc.batch_size", "20", "hibernate.order_inserts", "true", "hibernate.order_updates", "true",
        "hibernate.generate_statistics", "true"));
    ids = LibraryData.seed(factory);
  }

  @AfterAll
  static void close() {
    if (factory != null) {
      factory.close();
    }
  }

  @Test
  void pessimisticWriteBlocksASecondWriterUntilItsLockTimeout() {
    try (Session holder = factory.openSession(); Session waiter = factory.openSession()) {
      Transaction held = holder.beginTransaction();
      holder.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_WRITE);
      Transaction waiting = waiter.beginTransaction();
      Throwable timedOut = catchThrowable(() ->
          waiter.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_WRITE, Map.of(LOCK_TIMEOUT, 500)));
      assertThat(timedOut).isInstanceOf(LockTimeoutException.class);
      waiting.rollback();
      // Another row is free meanwhile: the lock is a row lock.
      Transaction other = waiter.beginTransaction();
      Book second = waiter.createQuery("from Book b where b.title = 'T1'", Book.class)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, 500).getSingleResult();
      assertThat(second.title).isEqualTo("T1");
      other.commit();
      held.commit();
    }
    Book after = factory.fromTransaction(s -> s.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_WRITE));
    assertThat(after.title).isEqualTo("T0");
  }

  @Test
  void noWaitFailsAtOnceOnALockedRow() {
    try (Session holder = factory.openSession(); Session other = factory.openSession()) {
      Transaction held = holder.beginTransaction();
      holder.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_WRITE);
      Transaction tx = other.beginTransaction();
      Throwable failed = catchThrowable(() ->
          other.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_WRITE, Map.of(LOCK_TIMEOUT, 0)));
      assertThat(failed).isInstanceOf(LockTimeoutException.class);
      tx.rollback();
      held.commit();
    }
  }

  @Test
  void skipLockedReadsPastLockedRows() {
    try (Session holder = factory.openSession(); Session other = factory.openSession()) {
      Transaction held = holder.beginTransaction();
      holder.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_WRITE);
      Transaction tx = other.beginTransaction();
      List<String> free = other.createQuery("from Book b where b.title like 'T%' order by b.title", Book.class)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, -2).getResultList()
          .stream().map(b -> b.title).toList();
      assertThat(free).containsExactly("T1", "T2");
      tx.commit();
      held.commit();
    }
  }

  @Test
  void pessimisticReadHoldsASharedLockThatBlocksJdbcWriters() throws SQLException {
    try (Session reader = factory.openSession(); Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      Transaction tx = reader.beginTransaction();
      reader.find(Book.class, ids.firstBook(), LockModeType.PESSIMISTIC_READ);
      s.execute("SET LOCK_TIMEOUT 300");
      SQLException blocked = (SQLException) catchThrowable(() ->
          s.executeUpdate("UPDATE book SET title = title WHERE id = " + ids.firstBook()));
      assertThat(blocked.getErrorCode()).isEqualTo(1222);
      tx.commit();
      assertThat(s.executeUpdate("UPDATE book SET title = title WHERE id = " + ids.firstBook())).isEqualTo(1);
    }
  }

  @Test
  void aStaleVersionIsAnOptimisticLockException() throws SQLException {
    long id = factory.fromTransaction(s -> {
      Author a = new Author();
      a.handle = "race";
      a.name = "start";
      s.persist(a);
      s.flush();
      return a.id;
    });
    try (Session first = factory.openSession(); Session second = factory.openSession()) {
      Author a1 = first.find(Author.class, id);
      Author a2 = second.find(Author.class, id);
      Transaction t1 = first.beginTransaction();
      a1.name = "first";
      t1.commit();
      Transaction t2 = second.beginTransaction();
      a2.name = "second";
      assertThat(catchThrowable(t2::commit)).isInstanceOf(OptimisticLockException.class);
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scalar(c, "SELECT name + '/' + CAST(version AS varchar(5)) FROM author WHERE id = " + id))
          .isEqualTo("first/1");
    }
  }

  @Test
  void jdbcBatchesInsertUpdateAndDeleteEveryRow() throws SQLException {
    var stats = factory.getStatistics();
    stats.clear();
    factory.inTransaction(s -> {
      for (int i = 0; i < 50; i++) {
        Label l = new Label();
        l.text = "batch-" + i;
        s.persist(l);
        Genre g = new Genre();
        g.name = "bg-" + i;
        s.persist(g);
      }
    });
    assertThat(stats.getEntityInsertCount()).isEqualTo(100);
    // Ordered inserts in batches of 20: 3 per table, plus the table generator's block reads.
    assertThat(stats.getPrepareStatementCount()).isLessThan(30);
    factory.inTransaction(s -> s.createQuery("from Label l where l.text like 'batch-%'", Label.class)
        .getResultList().forEach(l -> l.text = l.text + "!"));
    factory.inTransaction(s -> s.createQuery("from Genre g where g.name like 'bg-%'", Genre.class)
        .getResultList().forEach(s::remove));
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scalar(c, "SELECT CAST(COUNT(*) AS varchar(5)) FROM label WHERE text LIKE 'batch-%!'")).isEqualTo("50");
      assertThat(column(c, "SELECT name FROM genre WHERE name LIKE 'bg-%'")).isEmpty();
    }
  }
}
