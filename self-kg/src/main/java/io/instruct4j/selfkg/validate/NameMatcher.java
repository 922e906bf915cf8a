package io.instruct4j.selfkg.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds knowledge-graph names in text, leftmost-longest: at each position the longest name that
 * starts there wins and matching resumes after it, so {@code 偏头痛} is found as itself and not
 * also as {@code 头痛}. Names in spaced scripts only match as whole words (an English plural
 * {@code s}/{@code es} is allowed), so {@code flu} is not found in {@code influenza}. Matching is
 * case-insensitive and treats full-width ASCII as ASCII. Names shorter than the minimum and the
 * ignored names are not looked for.
 */
public final class NameMatcher {

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    boolean terminal;
  }

  private final Node root = new Node();
  private final int minChars;
  private final Set<String> ignored = new java.util.HashSet<>();
  private int size;

  /**
   * @param names the vocabulary, as written (folded here)
   * @param minChars shortest name to look for
   * @param ignore names never looked for
   */
  public NameMatcher(Collection<String> names, int minChars, Collection<String> ignore) {
    if (minChars < 1) {
      throw new IllegalArgumentException("minChars must be at least 1, got " + minChars);
    }
    this.minChars = minChars;
    ignore.forEach(n -> ignored.add(TextFold.fold(n.strip())));
    for (String name : names) {
      add(TextFold.fold(name.strip()));
    }
  }

  private void add(String key) {
    if (key.codePointCount(0, key.length()) < minChars || ignored.contains(key)) {
      return;
    }
    Node n = root;
    for (int i = 0; i < key.length(); i++) {
      n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
    }
    if (!n.terminal) {
      n.terminal = true;
      size++;
    }
  }

  /** Names looked for. */
  public int size() {
    return size;
  }

  /** Whether {@code name} is one this matcher looks for. */
  public boolean contains(String name) {
    Node n = walk(TextFold.fold(name.strip()));
    return n != null && n.terminal;
  }

  /** The folded names found in {@code text}, in order of first appearance. */
  public Set<String> find(String text) {
    String t = TextFold.fold(text);
    Set<String> found = new LinkedHashSet<>();
    int i = 0;
    while (i < t.length()) {
      int end = longestAt(t, i);
      if (end > i) {
        found.add(t.substring(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * Whether {@code text} mentions {@code name}: as a leftmost-longest match when the matcher looks
   * for that name, else (a short or ignored name) as a whole-word occurrence.
   */
  public boolean mentions(String text, String name) {
    String key = TextFold.fold(name.strip());
    if (key.isEmpty()) {
      return false;
    }
    if (contains(key)) {
      return find(text).contains(key);
    }
    String t = TextFold.fold(text);
    for (int at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + 1)) {
      if (boundaryOk(t, at, at + key.length())) {
        return true;
      }
    }
    return false;
  }

  /** The folded form used for comparisons. */
  public static String key(String name) {
    return TextFold.fold(name.strip());
  }

  private Node walk(String key) {
    Node n = root;
    for (int i = 0; i < key.length() && n != null; i++) {
      n = n.next.get(key.charAt(i));
    }
    return n;
  }

  /** End of the longest name starting at {@code start} that sits on word boundaries, or start. */
  private int longestAt(String t, int start) {
    if (start > 0 && TextFold.isSpacedWordChar(t.charAt(start)) && TextFold.isSpacedWordChar(t.charAt(start - 1))) {
      return start; // inside a word
    }
    Node n = root;
    int best = start;
    for (int i = start; i < t.length(); i++) {
      n = n.next.get(t.charAt(i));
      if (n == null) {
        break;
      }
      if (n.terminal && boundaryOk(t, start, i + 1)) {
        best = i + 1;
      }
    }
    return best;
  }

  private static boolean boundaryOk(String t, int start, int end) {
    if (start > 0 && TextFold.isSpacedWordChar(t.charAt(start)) && TextFold.isSpacedWordChar(t.charAt(start - 1))) {
      return false;
    }
    if (end >= t.length() || !TextFold.isSpacedWordChar(t.charAt(end - 1))) {
      return true;
    }
    int after = end;
    if (t.startsWith("es", after) && !wordAt(t, after + 2)) {
      return true;
    }
    if (t.charAt(after) == 's' && !wordAt(t, after + 1)) {
      return true;
    }
    return !TextFold.isSpacedWordChar(t.charAt(after));
  }

  private static boolean wordAt(String t, int i) {
    return i < t.length() && TextFold.isSpacedWordChar(t.charAt(i));
  }

  /** For error messages: up to {@code max} names of {@code keys}. */
  static List<String> firstFew(Collection<String> keys, int max) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      if (out.size() == max) {
        break;
      }
      out.add(k);
    }
    return out;
  }
}
