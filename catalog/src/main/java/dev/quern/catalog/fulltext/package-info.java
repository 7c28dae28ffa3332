/**
 * The language side of full-text search, shared by indexing and querying: the neutral word breaker
 * ({@link dev.quern.catalog.fulltext.WordBreaker}), SQL Server's English system stoplist ({@link
 * dev.quern.catalog.fulltext.SystemStoplist}) and Quern's own inflectional stemmer ({@link
 * dev.quern.catalog.fulltext.EnglishStemmer}). Plain functions of text: imports nothing of the
 * catalog, the store or the engine.
 */
package dev.quern.catalog.fulltext;
