/**
 * What the Hibernate ORM integration tests share: the annotated entity model of a small library
 * (every mapping the tests exercise: identity, sequence, table and UUID ids, versions,
 * associations, both inheritance strategies, LOBs, element collections, enums, java.time types,
 * embeddables, formulas, natural ids), its seed data, and the programmatic bootstrap with
 * Hibernate's own SQLServerDialect against a Quern server reached through mssql-jdbc.
 *
 * <p>Must not import any Quern module: Hibernate sees the server only through the wire.
 */
package dev.quern.it.hibernate;
