package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trie over word keys: each path of lowercase keys ("united", "states") leads to the values
 * stored for that phrase. Built once, then deeply immutable and thread-safe; a look-up costs the
 * length of the phrase, whatever the size of the catalog.
 */
final class PhraseTrie<V> {

  /** One node: the values of the phrase ending here and the next words. Immutable. */
  static final class Node<V> {
    private final ImmutableMap<String, Node<V>> next;
    private final ImmutableList<V> values;

    private Node(ImmutableMap<String, Node<V>> next, ImmutableList<V> values) {
      this.next = next;
      this.values = values;
    }

    Optional<Node<V>> child(String key) {
      return Optional.ofNullable(next.get(key));
    }

    ImmutableList<V> values() {
      return values;
    }
  }

  private final Node<V> root;
  private final int maxDepth;

  private PhraseTrie(Node<V> root, int maxDepth) {
    this.root = root;
    this.maxDepth = maxDepth;
  }

  Node<V> root() {
    return root;
  }

  /** The longest phrase stored, in words. */
  int maxDepth() {
    return maxDepth;
  }

  /** The values stored for exactly this phrase. */
  ImmutableList<V> get(List<String> keys) {
    Node<V> n = root;
    for (String k : keys) {
      Node<V> c = n.next.get(k);
      if (c == null) {
        return ImmutableList.of();
      }
      n = c;
    }
    return n.values;
  }

  /**
   * The length of the longest stored phrase that starts at {@code from} in {@code keys}, or 0.
   */
  int longest(List<String> keys, int from) {
    Node<V> n = root;
    int best = 0;
    for (int i = from; i < keys.size(); i++) {
      n = n.next.get(keys.get(i));
      if (n == null) {
        break;
      }
      if (!n.values.isEmpty()) {
        best = i - from + 1;
      }
    }
    return best;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects phrases, then freezes them. Not thread-safe. */
  static final class Builder<V> {
    private final MutableNode<V> root = new MutableNode<>();
    private int maxDepth;

    Builder<V> add(List<String> keys, V value) {
      if (keys.isEmpty()) {
        return this;
      }
      MutableNode<V> n = root;
      for (String k : keys) {
        n = n.next.computeIfAbsent(k, x -> new MutableNode<>());
      }
      if (!n.values.contains(value)) {
        n.values.add(value);
      }
      maxDepth = Math.max(maxDepth, keys.size());
      return this;
    }

    PhraseTrie<V> build() {
      return new PhraseTrie<>(freeze(root), maxDepth);
    }

    private static <V> Node<V> freeze(MutableNode<V> m) {
      ImmutableMap.Builder<String, Node<V>> next = ImmutableMap.builderWithExpectedSize(m.next.size());
      for (Map.Entry<String, MutableNode<V>> e : m.next.entrySet()) {
        next.put(e.getKey(), freeze(e.getValue()));
      }
      return new Node<>(next.build(), ImmutableList.copyOf(m.values));
    }
  }

  private static final class MutableNode<V> {
    final Map<String, MutableNode<V>> next = new LinkedHashMap<>();
    final List<V> values = new ArrayList<>();
  }
}
