package dev.quern.catalog.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hierarchyid: a node of a tree as the path of labels from the root ({@code /1/2.5/}), with the
 * methods SQL Server's type offers ("hierarchyid data type method reference"). Values of the SQL
 * type are held as their bytes ({@link #bytes()}), SQL Server's own encoding, which compares
 * bytewise in depth-first order; this class is what the methods and conversions read them into.
 */
public final class HierarchyId {
  /** The root, {@code /}: no levels, no bytes. */
  public static final HierarchyId ROOT = new HierarchyId(List.of(), new byte[0]);

  private final List<long[]> levels;
  private final byte[] bytes;

  private HierarchyId(List<long[]> levels, byte[] bytes) {
    this.levels = levels;
    this.bytes = bytes;
  }

  /** The node a hierarchyid's bytes hold; 24000 (as 6522) when they hold none. */
  public static HierarchyId fromBytes(byte[] bytes) {
    List<long[]> levels = HierarchyBits.decode(bytes);
    if (levels == null) {
      throw HierarchyIdErrors.invalidBinary();
    }
    return new HierarchyId(levels, bytes.clone());
  }

  /** Whether {@code bytes} are a hierarchyid's encoding. */
  public static boolean isValid(byte[] bytes) {
    return HierarchyBits.decode(bytes) != null;
  }

  /** hierarchyid::Parse: the node of {@code /1/2.5/}; 24001 (as 6522) when the text is none. */
  public static HierarchyId parse(String text) {
    List<long[]> levels = HierarchyText.parse(text);
    byte[] encoded = levels == null ? null : HierarchyBits.encode(levels);
    if (encoded == null) {
      throw HierarchyIdErrors.parseFailed(text);
    }
    return new HierarchyId(levels, encoded);
  }

  private static HierarchyId of(List<long[]> levels, String method, String frame) {
    byte[] encoded = HierarchyBits.encode(levels);
    if (encoded == null) {
      throw HierarchyIdErrors.tooLong(method, frame);
    }
    return new HierarchyId(levels, encoded);
  }

  /** SQL Server's encoding of the node. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** GetLevel(): the root is 0. */
  public int level() {
    return levels.size();
  }

  /** GetAncestor(n): the node n levels up, null above the root; 24011 for a negative n. */
  public HierarchyId ancestor(long n) {
    if (n < 0) {
      throw HierarchyIdErrors.negativeAncestor(n);
    }
    if (n > levels.size()) {
      return null;
    }
    return of(levels.subList(0, levels.size() - (int) n), "GetAncestor", "GetAncestor(Int32 n)");
  }

  /** IsDescendantOf(parent): whether parent's path begins this one's (a node descends from itself). */
  public boolean isDescendantOf(HierarchyId parent) {
    if (parent.levels.size() > levels.size()) {
      return false;
    }
    for (int i = 0; i < parent.levels.size(); i++) {
      if (!Arrays.equals(parent.levels.get(i), levels.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * GetDescendant(child1, child2): a child of this node after child1 and before child2 (either
   * null for no bound); 24004/24005 when one is no child of this node, 24006 when child1 is not
   * less than child2.
   */
  public HierarchyId descendant(HierarchyId child1, HierarchyId child2) {
    checkChild(child1, "child1");
    checkChild(child2, "child2");
    if (child1 != null && child2 != null && Comparisons.compareBinary(child1.bytes, child2.bytes) >= 0) {
      throw HierarchyIdErrors.childrenOutOfOrder(child1.toString(), child2.toString());
    }
    long[] label = HierarchyLabels.between(child1 == null ? null : child1.levels.getLast(),
        child2 == null ? null : child2.levels.getLast());
    List<long[]> path = new ArrayList<>(levels);
    path.add(label);
    return of(path, "GetDescendant", "GetDescendant(SqlHierarchyId child1, SqlHierarchyId child2)");
  }

  private void checkChild(HierarchyId child, String argument) {
    if (child != null && (child.levels.size() != levels.size() + 1 || !child.isDescendantOf(this))) {
      throw HierarchyIdErrors.notAChild(argument, child.toString(), toString());
    }
  }

  /**
   * GetReparentedValue(oldRoot, newRoot): this node's path with oldRoot's part replaced by newRoot;
   * 24009 when oldRoot is no ancestor.
   */
  public HierarchyId reparented(HierarchyId oldRoot, HierarchyId newRoot) {
    if (!isDescendantOf(oldRoot)) {
      throw HierarchyIdErrors.notAnAncestor(oldRoot.toString(), toString());
    }
    List<long[]> path = new ArrayList<>(newRoot.levels);
    path.addAll(levels.subList(oldRoot.levels.size(), levels.size()));
    return of(path, "GetReparentedValue", "GetReparentedValue(SqlHierarchyId oldRoot, SqlHierarchyId newRoot)");
  }

  /** ToString(): {@code /}, {@code /1/}, {@code /1/2.5/}. */
  @Override
  public String toString() {
    return HierarchyText.format(levels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HierarchyId h && Arrays.equals(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
