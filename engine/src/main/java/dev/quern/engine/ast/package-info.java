/**
 * The abstract syntax tree: statements and expressions exactly as written, before names and
 * types are bound. Every node prints itself back as T-SQL ({@code toSql}), which the parser tests
 * use for round trips. Imports nothing of the engine but the lexer's keyword list.
 */
package dev.quern.engine.ast;
