package org.stancekit;

import java.util.Objects;

/**
 * The one exception type of the library: an input it refuses (binary, empty, too large) or a
 * resource it cannot read. {@link #reason()} says which. Immutable and thread-safe.
 */
public final class StanceKitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the library refused or failed. */
  public enum Reason {
    /** The input is empty or only whitespace. */
    EMPTY_INPUT,
    /** The input holds NUL or other binary bytes. */
    BINARY_INPUT,
    /** The input is longer than the configured limit. */
    INPUT_TOO_LARGE,
    /** A catalog or model resource could not be read. */
    RESOURCE
  }

  private final Reason reason;

  public StanceKitException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public StanceKitException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }

  /** True when the input itself was refused (rather than a resource failing). */
  public boolean isInputRejected() {
    return reason != Reason.RESOURCE;
  }
}
