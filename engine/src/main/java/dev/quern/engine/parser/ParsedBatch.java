package dev.quern.engine.parser;

import dev.quern.engine.ast.SourceSpan;
import dev.quern.engine.ast.Statement;
import java.util.List;
import java.util.Map;

/**
 * A parsed batch: its statements and where each one (nested ones too) stands in the text, by
 * identity (two equal statements at different places are different keys).
 */
public record ParsedBatch(List<Statement> statements, Map<Statement, SourceSpan> spans) {}
