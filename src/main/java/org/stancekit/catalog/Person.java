package org.stancekit.catalog;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Somebody who speaks for an actor, with the office and the dates they held it ({@code to} empty
 * while in office). Immutable and thread-safe.
 */
public record Person(
    String name, String role, Optional<LocalDate> from, Optional<LocalDate> to, ImmutableList<String> aliases) {

  public Person {
    Objects.requireNonNull(name, "name");
    Preconditions.checkArgument(!name.isBlank(), "person name must not be blank");
    role = role == null ? "" : role;
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    aliases = ImmutableList.copyOf(aliases);
    if (from.isPresent() && to.isPresent()) {
      Preconditions.checkArgument(
          !to.get().isBefore(from.get()), "%s: office ends (%s) before it starts (%s)", name, to.get(), from.get());
    }
  }

  public static Person of(String name, String role) {
    return new Person(name, role, Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /** True when the person held the office on {@code date}, or when either is unknown. */
  public boolean inOfficeOn(Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return true;
    }
    LocalDate d = date.get();
    return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
  }

  /** The last word of the name: "Blinken" for "Antony Blinken". */
  public String surname() {
    String[] parts = name.trim().split("\\s+");
    return parts[parts.length - 1];
  }
}
