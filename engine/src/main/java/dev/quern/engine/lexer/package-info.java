/**
 * The T-SQL lexer: text of a batch in, tokens out. Knows T-SQL's literal and identifier forms and
 * comment rules; knows nothing of statements. Imports only {@code engine.error}.
 */
package dev.quern.engine.lexer;
