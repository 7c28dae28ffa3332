package dev.quern.engine.fulltext;

import java.util.List;

/**
 * A parsed full-text search condition ("CONTAINS (Transact-SQL)", {@code <contains_search_condition>}).
 * Words are as the word breaker normalizes them; a stopword in a phrase keeps its place as null.
 */
public sealed interface SearchCondition {
  /**
   * A simple or prefix term: one word, or a phrase of several in order ({@code "a b"}). {@code
   * prefix}: {@code "data*"}, each word a prefix of an indexed word.
   */
  record Phrase(List<String> words, boolean prefix) implements SearchCondition {}

  /** FORMSOF(INFLECTIONAL | THESAURUS, term, …): any inflected form of any of the terms. */
  record Forms(List<String> words) implements SearchCondition {}

  /**
   * NEAR((term, …), distance [, ordered]) or {@code term NEAR term} / {@code ~}: all terms within
   * {@code maxGap} words of each other ({@code Integer.MAX_VALUE}: MAX, or the generic NEAR).
   */
  record Near(List<Phrase> terms, int maxGap, boolean ordered) implements SearchCondition {}

  record And(SearchCondition left, SearchCondition right) implements SearchCondition {}

  record AndNot(SearchCondition left, SearchCondition right) implements SearchCondition {}

  record Or(SearchCondition left, SearchCondition right) implements SearchCondition {}

  /** ISABOUT(term [WEIGHT(w)], …): any of the terms, each rank scaled by its weight. */
  record Weighted(List<SearchCondition> terms, List<Double> weights) implements SearchCondition {}
}
