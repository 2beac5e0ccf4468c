package org.stancekit.article;

import com.google.common.base.Preconditions;

/**
 * A half-open range of UTF-16 char offsets into a text: {@code start} inclusive, {@code end}
 * exclusive. Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    Preconditions.checkArgument(start >= 0, "start must be >= 0, was %s", start);
    Preconditions.checkArgument(end >= start, "end (%s) must be >= start (%s)", end, start);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
