/**
 * The T-SQL parser: tokens of a batch in, AST statements out, by recursive descent. Split by
 * statement family (SELECT, SET/DECLARE, control of flow, messages, EXEC, transactions) with one
 * expression parser. Raises SQL Server's syntax errors (102, 156). Imports lexer, ast and error
 * only; knows nothing of types, sessions or execution.
 */
package dev.quern.engine.parser;
