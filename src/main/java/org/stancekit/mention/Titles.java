package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Office titles ("foreign minister", "secretary of state", "spokesman") with their variants, and
 * the reading of a catalog role as one of them. Immutable and thread-safe.
 */
final class Titles {

  /** Title phrases (lowercase word keys) to their canonical form. */
  private final PhraseTrie<String> trie;
  private final ImmutableSet<String> generic;

  private Titles(PhraseTrie<String> trie, ImmutableSet<String> generic) {
    this.trie = trie;
    this.generic = generic;
  }

  static Titles parse(List<String> lines) {
    PhraseTrie.Builder<String> b = PhraseTrie.builder();
    Set<String> generic = new HashSet<>();
    for (String line : lines) {
      boolean isGeneric = line.startsWith("*");
      String[] variants = (isGeneric ? line.substring(1) : line).split("\\|");
      String canonical = String.join(" ", Surface.keys(variants[0]));
      for (String v : variants) {
        if (!v.isBlank()) {
          b.add(Surface.keys(v), canonical);
        }
      }
      if (isGeneric) {
        generic.add(canonical);
      }
    }
    return new Titles(b.build(), ImmutableSet.copyOf(generic));
  }

  PhraseTrie<String> trie() {
    return trie;
  }

  /** Whether a canonical title names no single office of its own ("spokesman", "head"). */
  boolean isGeneric(String canonical) {
    return generic.contains(canonical);
  }

  /**
   * The canonical title a role names, or "" when it names none: the title that ends the role
   * ("foreign ministry spokesman" → "spokesman"), else the longest title in it ("president of the
   * Palestinian Authority" → "president").
   */
  String canonicalRole(String role) {
    ImmutableList<String> keys = Surface.keys(role);
    String best = "";
    int bestLen = 0;
    boolean bestAtEnd = false;
    for (int i = 0; i < keys.size(); i++) {
      int len = trie.longest(keys, i);
      if (len == 0) {
        continue;
      }
      boolean atEnd = i + len == keys.size();
      if ((atEnd && !bestAtEnd) || (atEnd == bestAtEnd && len > bestLen)) {
        best = trie.get(keys.subList(i, i + len)).get(0);
        bestLen = len;
        bestAtEnd = atEnd;
      }
    }
    return best;
  }
}
