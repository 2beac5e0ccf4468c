package org.stancekit.article;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its text says: a date, perhaps a time, perhaps a
 * zone offset. Immutable and thread-safe.
 */
public record Published(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    if (time.isEmpty() && offset.isPresent()) {
      throw new IllegalArgumentException("an offset needs a time");
    }
  }

  public static Published of(LocalDate date) {
    return new Published(date, Optional.empty(), Optional.empty());
  }

  /**
   * ISO-8601: {@code 2023-11-06}, {@code 2023-11-06T17:21} or {@code 2023-11-06T17:21-05:00}
   * (seconds only when the text gives them; {@code Z} for UTC).
   */
  public String iso() {
    if (time.isEmpty()) {
      return date.toString();
    }
    LocalTime t = time.get();
    String clock = t.getSecond() == 0 && t.getNano() == 0 ? t.format(HOUR_MINUTE) : t.toString();
    return date + "T" + clock + offset.map(ZoneOffset::getId).orElse("");
  }

  @Override
  public String toString() {
    return iso();
  }
}
