/**
 * SET options as a registry of small classes ({@link dev.quern.engine.session.option.SetOptions}):
 * each knows its name(s) and how it changes {@link dev.quern.engine.session.SessionOptions}.
 * Imports session and error only.
 */
package dev.quern.engine.session.option;
