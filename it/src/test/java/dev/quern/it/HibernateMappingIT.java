package dev.quern.it;

import static dev.quern.it.HibernateSchemaIT.column;
import static dev.quern.it.HibernateSchemaIT.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.hibernate.HibernateSetup;
import dev.quern.it.hibernate.LibraryData;
import dev.quern.it.hibernate.LibraryModel.Account;
import dev.quern.it.hibernate.LibraryModel.Author;
import dev.quern.it.hibernate.LibraryModel.Book;
import dev.quern.it.hibernate.LibraryModel.Car;
import dev.quern.it.hibernate.LibraryModel.Checking;
import dev.quern.it.hibernate.LibraryModel.Label;
import dev.quern.it.hibernate.LibraryModel.Savings;
import dev.quern.it.hibernate.LibraryModel.Status;
import dev.quern.it.hibernate.LibraryModel.Truck;
import dev.quern.it.hibernate.LibraryModel.Vehicle;
import dev.quern.it.support.QuernServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hibernate ORM maps every kind of id generator, association, inheritance strategy and column
 * type of {@code LibraryModel} onto Quern: what Hibernate writes is read back both through
 * Hibernate and with plain JDBC, so a value that round-trips only inside Hibernate still fails.
 */
class HibernateMappingIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static String url;
  private static SessionFactory factory;
  private static LibraryData.Ids ids;

  @BeforeAll
  static void createSchemaAndSeed() throws SQLException {
    url = HibernateSetup.database(SERVER.mssqlUrl("encrypt=false"), "hib_mapping");
    factory = HibernateSetup.library(url, "create-drop", Map.of());
    ids = LibraryData.seed(factory);
  }

  @AfterAll
  static void close() {
    if (factory != null) {
      factory.close();
    }
  }

  @Test
  void identityAndNaturalIdAndEmbeddableAndEnumsRoundTrip() throws SQLException {
    Author a = factory.fromSession(s -> s.bySimpleNaturalId(Author.class).load("ann"));
    assertThat(a.id).isEqualTo(ids.author());
    assertThat(a.name).isEqualTo("Ann");
    assertThat(a.address.city).isEqualTo("Oslo");
    assertThat(a.status).isEqualTo(Status.ACTIVE);
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scalar(c, "SELECT CAST(id AS varchar(20)) FROM author WHERE handle = 'ann'")).isEqualTo(String.valueOf(a.id));
      assertThat(Long.parseLong(scalar(c, "SELECT CAST(IDENT_CURRENT('author') AS varchar(20))"))).isGreaterThanOrEqualTo(a.id);
      assertThat(scalar(c, "SELECT status + '/' + CAST(ordinalStatus AS varchar(5)) + '/' + city FROM author WHERE handle = 'ann'"))
          .isEqualTo("ACTIVE/0/Oslo");
    }
  }

  @Test
  void elementCollectionAndFormulaAndOneToManyLoad() {
    factory.inSession(s -> {
      Author a = s.find(Author.class, ids.author());
      assertThat(a.tags).containsExactlyInAnyOrder("poet", "novelist");
      assertThat(a.bookCount).isEqualTo(3);
      assertThat(a.books).extracting(b -> b.title).containsExactlyInAnyOrder("T0", "T1", "T2");
    });
  }

  @Test
  void bookColumnsRoundTripThroughHibernateAndJdbc() throws SQLException {
    Book b = factory.fromSession(s -> {
      Book found = s.find(Book.class, ids.firstBook());
      found.genres.size();
      // A lazy @ManyToOne is a proxy; its fields are only filled on the real instance.
      found.author = Hibernate.unproxy(found.author, Author.class);
      return found;
    });
    assertThat(b.price).isEqualByComparingTo("10.00");
    assertThat(b.published).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(b.updatedAt).isEqualTo(LibraryData.UPDATED_AT);
    assertThat(b.offsetAt).isEqualTo(LibraryData.OFFSET_AT);
    assertThat(b.instantAt).isEqualTo(LibraryData.INSTANT_AT);
    assertThat(b.readingTime).isEqualTo(Duration.ofMinutes(90));
    assertThat(b.summary).isEqualTo(LibraryData.SUMMARY);
    assertThat(b.cover).isEqualTo(LibraryData.COVER);
    assertThat(b.genres).extracting(g -> g.name).containsExactlyInAnyOrder("sf", "crime");
    assertThat(b.author.name).isEqualTo("Ann");
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement(
            "SELECT price, published, updatedAt, CONVERT(varchar(40), offsetAt, 127), summary, cover, readingTime"
                + " FROM book WHERE id = ?")) {
      ps.setLong(1, ids.firstBook());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBigDecimal(1)).isEqualTo(new BigDecimal("10.00"));
        assertThat(rs.getDate(2).toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(rs.getTimestamp(3).toLocalDateTime()).isEqualTo(LibraryData.UPDATED_AT);
        assertThat(rs.getString(4)).isEqualTo("2021-03-04T05:06:07+02:00");
        assertThat(rs.getString(5)).hasSize(LibraryData.SUMMARY.length());
        assertThat(rs.getBytes(6)).isEqualTo(LibraryData.COVER);
        assertThat(rs.getLong(7)).isEqualTo(Duration.ofMinutes(90).toNanos());
      }
    }
  }

  @Test
  void sequenceTableAndUuidGeneratorsHandOutTheirIds() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      // The pooled optimizer asked book_seq for values until it had 3 ids (5 per call).
      long bookIds = Long.parseLong(scalar(c, "SELECT CAST(MAX(id) - MIN(id) AS varchar(10)) FROM book"));
      assertThat(bookIds).isEqualTo(2);
      assertThat(scalar(c, "SELECT CAST(last_used_value AS varchar(20)) FROM sys.sequences WHERE name = 'book_seq'"))
          .isNotNull();
      // The table generator keeps the end of its last block (allocation size 10) in id_gen.
      long genVal = Long.parseLong(scalar(c, "SELECT CAST(gen_val AS varchar(10)) FROM id_gen WHERE gen_name = 'genre'"));
      assertThat(genVal % 10).isZero();
      assertThat(genVal).isGreaterThanOrEqualTo(Long.parseLong(scalar(c, "SELECT CAST(MAX(id) AS varchar(10)) FROM genre")));
      assertThat(column(c, "SELECT CAST(id AS varchar(10)) FROM genre ORDER BY id")).containsExactly("1", "2");
      assertThat(scalar(c, "SELECT CAST(id AS varchar(36)) FROM label")).isEqualToIgnoringCase(ids.label().toString());
    }
    Label l = factory.fromSession(s -> s.find(Label.class, ids.label()));
    assertThat(l.text).isEqualTo("first");
  }

  @Test
  void versionIsCheckedAndIncrementedOnUpdate() throws SQLException {
    factory.inTransaction(s -> s.find(Author.class, ids.author()).address.street = "2 Side St");
    Author a = factory.fromSession(s -> s.find(Author.class, ids.author()));
    assertThat(a.version).isEqualTo(1);
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scalar(c, "SELECT street + '/' + CAST(version AS varchar(5)) FROM author WHERE handle = 'ann'")).isEqualTo("2 Side St/1");
    }
  }

  @Test
  void singleTableInheritanceStoresTheDiscriminator() throws SQLException {
    var vehicles = factory.fromSession(s -> s.createQuery("from Vehicle v order by v.id", Vehicle.class).getResultList());
    assertThat(vehicles).hasSize(2);
    assertThat(vehicles.get(0)).isInstanceOfSatisfying(Car.class, c -> assertThat(c.doors).isEqualTo(4));
    assertThat(vehicles.get(1)).isInstanceOfSatisfying(Truck.class, t -> assertThat(t.payload).isEqualTo(12.5));
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(column(c, "SELECT kind + ':' + maker FROM Vehicle ORDER BY id")).containsExactly("car:volvo", "truck:scania");
    }
  }

  @Test
  void joinedInheritanceSplitsRowsOverTables() throws SQLException {
    var accounts = factory.fromSession(s -> s.createQuery("from Account a order by a.id", Account.class).getResultList());
    assertThat(accounts).hasSize(2);
    assertThat(accounts.get(0)).isInstanceOfSatisfying(Savings.class, x -> assertThat(x.rate).isEqualByComparingTo("1.50"));
    assertThat(accounts.get(1)).isInstanceOfSatisfying(Checking.class, x -> assertThat(x.owner).isEqualTo("per"));
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scalar(c, "SELECT a.owner + ':' + CAST(s.rate AS varchar(10)) FROM Account a JOIN Savings s ON s.id = a.id"))
          .isEqualTo("olga:1.50");
    }
  }

  @Test
  void removingAnEntityCascadesAndDeletesCollectionRows() throws SQLException {
    long id = factory.fromTransaction(s -> {
      Author b = new Author();
      b.handle = "bob";
      b.name = "Bob";
      b.tags.add("temp");
      Book book = new Book();
      book.title = "gone";
      book.author = b;
      b.books.add(book);
      s.persist(b);
      s.persist(book);
      s.flush();
      return b.id;
    });
    factory.inTransaction(s -> s.remove(s.find(Author.class, id)));
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scalar(c, "SELECT CAST(COUNT(*) AS varchar(5)) FROM author_tag WHERE tag = 'temp'")).isEqualTo("0");
      assertThat(scalar(c, "SELECT CAST(COUNT(*) AS varchar(5)) FROM book WHERE title = 'gone'")).isEqualTo("0");
      assertThat(scalar(c, "SELECT CAST(COUNT(*) AS varchar(5)) FROM author")).isEqualTo("1");
    }
  }
}
