package dev.quern.engine.xmlschema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a validation is in the instance, as SQL Server's "XML Validation" errors locate it: each
 * element as {@code /*:name[n]}, {@code n} its position among its parent's children of that name
 * ({@code /*:r[1]/*:d[2]}), an attribute as {@code /@*:name} after its element.
 */
final class ValidationPath {
  private record Step(String uri, String local, String segment, Map<String, Integer> seen) {}

  private final Deque<Step> steps = new ArrayDeque<>();
  private final Map<String, Integer> topSeen = new HashMap<>();

  void enter(String uri, String local) {
    Map<String, Integer> seen = steps.isEmpty() ? topSeen : steps.peek().seen();
    int n = seen.merge(local, 1, Integer::sum);
    steps.push(new Step(uri, local, "/*:" + local + "[" + n + "]", new HashMap<>()));
  }

  void leave() {
    steps.pop();
  }

  /** The path of the current element. */
  String location() {
    StringBuilder sb = new StringBuilder();
    steps.descendingIterator().forEachRemaining(s -> sb.append(s.segment()));
    return sb.toString();
  }

  /** The path of attribute {@code local} of the current element. */
  String attribute(String local) {
    return location() + "/@*:" + local;
  }

  /** The current element's name as the errors show it: {@code {uri}local}, or bare without a namespace. */
  String elementName() {
    Step s = steps.peek();
    return s == null ? "" : qualified(s.uri(), s.local());
  }

  static String qualified(String uri, String local) {
    return uri == null || uri.isEmpty() ? local : "{" + uri + "}" + local;
  }
}
