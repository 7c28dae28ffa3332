/**
 * Full-text search ("Full-Text Search" in SQL Server's docs): the full-text DDL ({@link
 * dev.quern.engine.fulltext.FullTextIndexDdl}, {@link dev.quern.engine.fulltext.FullTextCatalogDdl}),
 * full population, the search condition language of CONTAINS and FREETEXT ({@link
 * dev.quern.engine.fulltext.SearchConditionParser}) and its evaluation over the inverted index
 * ({@link dev.quern.engine.fulltext.FullTextSearch}) with its ranking.
 *
 * <p>The inverted index itself and its maintenance under DML live in the catalog ({@code
 * FullTextPostings}, {@code FullTextIndexer}): maintenance is synchronous, in the transaction
 * that changes the rows. May import the catalog, {@code ast}, {@code error}, {@code store},
 * {@code session}; not the executor.
 */
package dev.quern.engine.fulltext;
