package dev.quern.it.hibernate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Programmatic Hibernate bootstrap against a Quern server, the way an application without
 * persistence.xml configures it: a JDBC URL, the dialect left for Hibernate to resolve from
 * DatabaseMetaData (it must pick SQLServerDialect), and {@code hibernate.hbm2ddl.auto}. Schema
 * tools log failed DDL and go on by default: on an empty database, as on SQL Server, the drop
 * phase of {@code create} fails (4902) for the foreign keys of tables not there yet. Tests that
 * must see every statement succeed pass {@code hibernate.hbm2ddl.halt_on_error}.
 */
public final class HibernateSetup {
  private HibernateSetup() {}

  /** Creates {@code database} (if missing) over plain JDBC and returns its mssql-jdbc URL. */
  public static String database(String serverUrl, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
      s.execute("IF DB_ID('" + database + "') IS NULL CREATE DATABASE [" + database + "]");
    }
    return serverUrl + (serverUrl.endsWith(";") ? "" : ";") + "databaseName=" + database;
  }

  /** A session factory over {@code entities} with {@code hbm2ddl.auto} and extra settings. */
  public static SessionFactory sessionFactory(
      String url, String ddlAuto, Map<String, Object> settings, Collection<Class<?>> entities) {
    Configuration c = new Configuration();
    entities.forEach(c::addAnnotatedClass);
    c.setProperty("hibernate.connection.url", url);
    c.setProperty("hibernate.hbm2ddl.auto", ddlAuto);
    settings.forEach((k, v) -> c.getProperties().put(k, v));
    return c.buildSessionFactory();
  }

  /** The library model with {@code hbm2ddl.auto}. */
  public static SessionFactory library(String url, String ddlAuto, Map<String, Object> settings) {
    return sessionFactory(url, ddlAuto, settings, LibraryModel.ENTITIES);
  }
}
