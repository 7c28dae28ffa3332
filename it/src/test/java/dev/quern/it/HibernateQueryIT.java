package dev.quern.it;

import static dev.quern.it.HibernateSchemaIT.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.hibernate.HibernateSetup;
import dev.quern.it.hibernate.LibraryData;
import dev.quern.it.hibernate.LibraryModel.Author;
import dev.quern.it.hibernate.LibraryModel.Book;
import dev.quern.it.hibernate.LibraryModel.Genre;
import dev.quern.it.support.QuernServer;
import jakarta.persistence.ParameterMode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HQL, Criteria and native queries as SQLServerDialect renders them run on Quern: joins, fetch
 * joins, grouping, subqueries, pagination (OFFSET … FETCH and TOP), the dialect's function
 * renderings, set operations and CTEs, scrolling, bulk mutations and stored procedure calls.
 * Results are the seed of {@link LibraryData}; mutations work on rows the test adds itself.
 */
class HibernateQueryIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static String url;
  private static SessionFactory factory;

  @BeforeAll
  static void createSchemaAndSeed() throws SQLException {
    url = HibernateSetup.database(SERVER.mssqlUrl("encrypt=false"), "hib_query");
    factory = HibernateSetup.library(url, "create-drop", Map.of());
    LibraryData.seed(factory);
  }

  @AfterAll
  static void close() {
    if (factory != null) {
      factory.close();
    }
  }

  private static List<String> rows(String hql) {
    return factory.fromSession(s -> s.createQuery(hql, Object[].class).getResultList().stream()
        .map(r -> String.join("|", Arrays.stream(r).map(String::valueOf).toList())).toList());
  }

  private static Object[] row(String hql) {
    return factory.fromSession(s -> s.createQuery(hql, Object[].class).getSingleResult());
  }

  @Test
  void joinsGroupingAndSubqueries() {
    assertThat(rows("select b.title, a.name from Book b join b.author a order by b.title"))
        .containsExactly("T0|Ann", "T1|Ann", "T2|Ann");
    assertThat(rows("select a.name, count(b), sum(b.price), max(b.published) from Author a join a.books b"
        + " group by a.name having count(b) > 1")).containsExactly("Ann|3|60.75|2020-01-04");
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("select b.title from Book b where b.price > (select avg(x.price)"
        + " from Book x) and exists (select 1 from Genre g where g member of b.genres) order by 1", String.class)
        .getResultList())).containsExactly("T1", "T2");
    assertThat(rows("select b.title, size(b.genres) from Book b order by b.title")).containsExactly("T0|2", "T1|1", "T2|1");
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("select t from Author a join a.tags t order by t", String.class)
        .getResultList())).containsExactly("novelist", "poet");
  }

  @Test
  void fetchJoinLoadsTheCollectionInOneQuery() {
    List<Author> authors = factory.fromSession(s ->
        s.createQuery("select distinct a from Author a left join fetch a.books", Author.class)
            .getResultList());
    assertThat(authors).hasSize(1);
    assertThat(authors.getFirst().books).extracting(b -> b.title).containsExactlyInAnyOrder("T0", "T1", "T2");
  }

  @Test
  void paginationRendersOffsetFetchAndTop() {
    // setFirstResult renders OFFSET ? ROWS FETCH FIRST ? ROWS ONLY; setMaxResults alone TOP(?);
    // an unordered page gets ORDER BY (SELECT 0).
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("select b.title from Book b order by b.title desc", String.class)
        .setFirstResult(1).setMaxResults(1).getResultList())).containsExactly("T1");
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("select b.title from Book b order by b.title", String.class)
        .setMaxResults(2).getResultList())).containsExactly("T0", "T1");
    assertThat(factory.<List<Book>>fromSession(s -> s.createQuery("from Book b", Book.class)
        .setFirstResult(1).setMaxResults(5).getResultList())).hasSize(2);
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery(
        "select b.title from Book b order by b.title offset 2 rows fetch first 5 rows only", String.class)
        .getResultList())).containsExactly("T2");
  }

  @Test
  void stringFunctionsRender() {
    assertThat(rows("select upper(b.title), lower(b.title), length(b.title), substring(b.title, 2, 1),"
        + " concat(b.title, '-', 'x'), trim(' a '), locate('1', b.title), replace(b.title, 'T', 'X'), left(b.title, 1),"
        + " right(b.title, 1), lpad(b.title, 5, '0'), rpad(b.title, 4, '.'), repeat('ab', 2) from Book b where b.title = 'T1'"))
        .containsExactly("T1|t1|2|1|T1-x|a|2|X1|T|1|000T1|T1..|abab");
  }

  @Test
  void dateFunctionsRender() {
    assertThat(rows("select extract(year from b.published), month(b.published), day(b.published), hour(b.updatedAt),"
        + " minute(b.updatedAt), extract(week from b.published), extract(day of week from b.published),"
        + " extract(day of year from b.published), extract(quarter from b.published) from Book b where b.title = 'T0'"))
        .containsExactly("2020|1|2|5|6|1|5|2|1");
    Object[] r = row("select b.published + 3 day, b.updatedAt - 2 hour, (b.updatedAt - cast(b.published as LocalDateTime)) by day,"
        + " truncate(b.updatedAt, hour), format(b.updatedAt as 'yyyy-MM-dd HH:mm'), current_date from Book b where b.title = 'T0'");
    assertThat(r[0]).isEqualTo(LocalDate.of(2020, 1, 5));
    assertThat(r[1]).isEqualTo(LibraryData.UPDATED_AT.minusHours(2));
    assertThat(r[2]).isEqualTo(427L);
    assertThat(r[3]).isEqualTo(LocalDateTime.of(2021, 3, 4, 5, 0));
    assertThat(r[4]).isEqualTo("2021-03-04 05:06");
    // current_date comes back as java.sql.Date (Hibernate's type for it), today's date.
    assertThat(((java.sql.Date) r[5]).toLocalDate()).isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
  }

  @Test
  void castCoalesceMathAndCaseRender() {
    assertThat(rows("select cast(b.price as String), cast('12' as Integer), coalesce(b.title, 'x'), nullif(b.title, 'T1'),"
        + " ifnull(null, 'y'), abs(-b.price), mod(7, 3), round(b.price, 0), floor(b.price), ceiling(b.price), power(2, 10),"
        + " sign(-b.price), 7 / 2, case when b.price > 15 then 'hi' else 'lo' end from Book b where b.title = 'T1'"))
        .containsExactly("20.50|12|T1|null|y|20.50|1|21.00|20|21|1024.0|-1|3|hi");
  }

  @Test
  void listaggRendersStringAgg() {
    assertThat(factory.<String>fromSession(s -> s.createQuery(
        "select listagg(b.title, ',') within group (order by b.title desc) from Book b", String.class).getSingleResult()))
        .isEqualTo("T2,T1,T0");
  }

  @Test
  void inheritanceQueriesWindowsUnionsAndCtes() {
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("select v.maker from Vehicle v where type(v) = Car", String.class)
        .getResultList())).containsExactly("volvo");
    assertThat(factory.<BigDecimal>fromSession(s -> s.createQuery("select sum(treat(a as Savings).rate) from Account a", BigDecimal.class)
        .getSingleResult())).isEqualByComparingTo("1.50");
    assertThat(rows("select b.title, row_number() over (order by b.title desc), sum(b.price) over (partition by b.author)"
        + " from Book b order by b.title")).containsExactly("T0|3|60.75", "T1|2|60.75", "T2|1|60.75");
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("select b.title from Book b where b.title <> 'T0'"
        + " union select g.name from Genre g", String.class).getResultList()))
        .containsExactlyInAnyOrder("crime", "sf", "T1", "T2");
    assertThat(factory.<List<String>>fromSession(s -> s.createQuery("with x as (select b.title as t, b.price as p from Book b)"
        + " select x.t from x x where x.p > 15 order by x.t", String.class).getResultList())).containsExactly("T1", "T2");
    assertThat(factory.<Long>fromSession(s -> s.createQuery("select count(*) from Book b where (b.title, b.price) in"
        + " (('T1', 20.50), ('T9', 1)) and b.title like 'T%' and b.price between 1 and 100", Long.class)
        .getSingleResult())).isEqualTo(1L);
  }

  @Test
  void criteriaQueryWithParametersAndLimit() {
    List<String> titles = factory.fromSession(s -> {
      var cb = s.getCriteriaBuilder();
      var q = cb.createQuery(Book.class);
      var b = q.from(Book.class);
      q.select(b).where(cb.like(b.get("title"), "T%"), cb.gt(b.get("price"), new BigDecimal("15")))
          .orderBy(cb.desc(b.get("title")));
      return s.createQuery(q).setMaxResults(5).getResultList().stream().map(x -> x.title).toList();
    });
    assertThat(titles).containsExactly("T2", "T1");
  }

  @Test
  void nativeQueriesScrollAndStream() {
    assertThat(factory.<Object[]>fromSession(s -> s.createNativeQuery("select title, price from book where title = :t", Object[].class)
        .setParameter("t", "T2").getSingleResult())).containsExactly("T2", new BigDecimal("30.25"));
    assertThat(factory.fromSession(s -> s.createNativeQuery("select * from book order by title", Book.class)
        .getResultList()).stream().map(b -> b.title)).containsExactly("T0", "T1", "T2");
    List<String> scrolled = new ArrayList<>();
    factory.inSession(s -> {
      try (var results = s.createQuery("select b.title from Book b order by b.title", String.class).scroll()) {
        while (results.next()) {
          scrolled.add(results.get());
        }
      }
    });
    assertThat(scrolled).containsExactly("T0", "T1", "T2");
    assertThat(factory.<Long>fromSession(s -> s.createQuery("from Book", Book.class).getResultStream().count())).isEqualTo(3L);
  }

  @Test
  void bulkMutationsChangeRowsSeenOverJdbc() throws SQLException {
    factory.inTransaction(s -> {
      for (String name : List.of("bulk1", "bulk2", "bulk3")) {
        Genre g = new Genre();
        g.name = name;
        s.persist(g);
      }
    });
    int updated = factory.fromTransaction(s ->
        s.createMutationQuery("update Genre g set g.name = concat(g.name, '!') where g.name like 'bulk%'").executeUpdate());
    int deleted = factory.fromTransaction(s ->
        s.createMutationQuery("delete from Genre g where g.name = 'bulk3!'").executeUpdate());
    int inserted = factory.fromTransaction(s -> s.createMutationQuery(
        "insert into Genre (id, name) select 1000 + b.id, concat('copy-', b.title) from Book b where b.title = 'T2'")
        .executeUpdate());
    // JOINED subclass: Hibernate goes through a #HT_ temporary table.
    int joined = factory.fromTransaction(s -> s.createMutationQuery(
        "update Checking c set c.owner = 'pia' where c.overdraft > 1").executeUpdate());
    assertThat(List.of(updated, deleted, inserted, joined)).containsExactly(3, 1, 1, 1);
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(HibernateSchemaIT.column(c, "SELECT name FROM genre WHERE name LIKE 'bulk%' OR name LIKE 'copy-%' ORDER BY name"))
          .containsExactly("bulk1!", "bulk2!", "copy-T2");
      assertThat(scalar(c, "SELECT owner FROM Account a JOIN Checking c ON c.id = a.id")).isEqualTo("pia");
    }
    factory.inTransaction(s -> s.createMutationQuery("delete from Genre g where g.name like 'bulk%' or g.name like 'copy-%'")
        .executeUpdate());
  }

  @Test
  void storedProcedureCallsWithResultSetsAndOutputParameters() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE OR ALTER PROCEDURE book_count @prefix varchar(10), @n int OUTPUT AS BEGIN"
          + " SET NOCOUNT ON; SELECT @n = COUNT(*) FROM book WHERE title LIKE @prefix + '%';"
          + " SELECT title FROM book WHERE title LIKE @prefix + '%' ORDER BY title; END");
    }
    String named = factory.fromSession(s -> {
      var call = s.createStoredProcedureQuery("book_count");
      call.registerStoredProcedureParameter("prefix", String.class, ParameterMode.IN);
      call.registerStoredProcedureParameter("n", Integer.class, ParameterMode.OUT);
      call.setParameter("prefix", "T");
      call.execute();
      return call.getResultList() + " n=" + call.getOutputParameterValue("n");
    });
    assertThat(named).isEqualTo("[T0, T1, T2] n=3");
    Object positional = factory.fromSession(s -> {
      var call = s.createStoredProcedureQuery("book_count");
      call.registerStoredProcedureParameter(1, String.class, ParameterMode.IN);
      call.registerStoredProcedureParameter(2, Integer.class, ParameterMode.OUT);
      call.setParameter(1, "T1");
      call.execute();
      call.getResultList();
      return call.getOutputParameterValue(2);
    });
    assertThat(positional).isEqualTo(1);
  }
}
