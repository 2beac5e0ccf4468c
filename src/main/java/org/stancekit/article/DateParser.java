package org.stancekit.article;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as news pages print them: {@code Monday 06 November 2023 17:21 EST},
 * {@code Sat 4 Nov 2023 19.02 GMT}, {@code 17 July 2023}, {@code November 5, 2023 3:14 PM EST},
 * {@code Nov. 5, 2023, 3:14 p.m. ET}, {@code 2023-11-05T08:30:00Z}, {@code Updated 12:40 GMT, 5 Nov
 * 2023}. Zone abbreviations come from {@code zones.txt}; {@code ET}-style names follow their region's
 * daylight-saving rule on the date; {@code IST} is ambiguous (time kept, no offset); an unknown zone
 * gives a time without offset. A numeric date whose day and month could be swapped ({@code
 * 05/11/2023}) is not read. Stateless and thread-safe.
 */
final class DateParser {

  /**
   * A date found in a line. {@code otherWords} counts the words that are neither part of the date nor
   * date cue words ("Updated", "Published", weekday names): a publication-date line has few.
   * Immutable and thread-safe.
   */
  record Hit(Published published, boolean ambiguousZone, String zone, int otherWords,
      boolean publishedCue, boolean updatedCue) {}

  /** Lines longer than this are never date lines (and stay cheap to scan). */
  static final int MAX_CHARS = 160;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
          + "\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?!\\d)");
  private static final Pattern DMY = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)", CI);
  private static final Pattern MDY = Pattern.compile(
      "(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", CI);
  private static final Pattern YMD_SLASH =
      Pattern.compile("(?<![\\d/])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d:.])(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?![\\d])(?:\\s*([ap])\\.?\\s?m\\b\\.?)?", CI);
  private static final Pattern TIME_HOUR =
      Pattern.compile("(?<![\\d:.])(\\d{1,2})\\s*([ap])\\.?\\s?m\\b\\.?", CI);
  private static final Pattern ZONE = Pattern.compile(
      "\\s*,?\\s*\\(?\\s*(?:(GMT|UTC)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|([+-])(\\d{2}):?(\\d{2})"
          + "|(\\p{Lu}{1,5})(?![\\p{L}]))\\)?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final ImmutableSet<String> CUE_WORDS = ImmutableSet.of(
      "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
      "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "updated", "update",
      "published", "posted", "first", "last", "modified", "on", "at", "date", "time", "and", "edited");

  private static final ImmutableMap<String, String> ZONES = loadZones();

  private DateParser() {}

  /** The date in {@code line}, if it has one (and is at most {@link #MAX_CHARS} long). */
  static Optional<Hit> parse(String line) {
    if (line.length() > MAX_CHARS || !hasYear(line)) {
      return Optional.empty();
    }
    boolean[] used = new boolean[line.length()];
    LocalDate date = null;
    LocalTime time = null;
    ZoneOffset offset = null;
    boolean ambiguous = false;
    String zoneName = "";
    boolean timeFound = false;

    Matcher iso = ISO.matcher(line);
    if (iso.find()) {
      date = date(iso.group(1), iso.group(2), iso.group(3));
      if (date != null) {
        mark(used, iso.start(), iso.end());
        if (iso.group(4) != null) {
          time = time(iso.group(4), iso.group(5), iso.group(6), null);
          timeFound = time != null;
          if (iso.group(7) != null) {
            offset = fixedOffset(iso.group(7));
            zoneName = iso.group(7);
          } else if (time != null) {
            Zone z = zoneAfter(line, iso.end(), date, time, used);
            offset = z.offset;
            ambiguous = z.ambiguous;
            zoneName = z.name;
          }
        }
      }
    }
    if (date == null) {
      date = textualDate(line, used);
    }
    if (date == null) {
      return Optional.empty();
    }
    if (!timeFound) {
      Matcher t = TIME.matcher(line);
      while (t.find()) {
        if (overlaps(used, t.start(), t.end())) {
          continue;
        }
        LocalTime candidate = time(t.group(1), t.group(2), t.group(3), t.group(4));
        if (candidate != null) {
          time = candidate;
          mark(used, t.start(), t.end());
          Zone z = zoneAfter(line, t.end(), date, time, used);
          offset = z.offset;
          ambiguous = z.ambiguous;
          zoneName = z.name;
          timeFound = true;
          break;
        }
      }
    }
    if (!timeFound) {
      Matcher t = TIME_HOUR.matcher(line);
      while (t.find()) {
        if (overlaps(used, t.start(), t.end())) {
          continue;
        }
        LocalTime candidate = time(t.group(1), "00", null, t.group(2));
        if (candidate != null) {
          time = candidate;
          mark(used, t.start(), t.end());
          Zone z = zoneAfter(line, t.end(), date, time, used);
          offset = z.offset;
          ambiguous = z.ambiguous;
          zoneName = z.name;
          break;
        }
      }
    }
    int other = 0;
    boolean publishedCue = false;
    boolean updatedCue = false;
    Matcher w = WORD.matcher(line);
    while (w.find()) {
      if (overlaps(used, w.start(), w.end())) {
        continue;
      }
      String word = w.group().toLowerCase(Locale.ROOT);
      if (word.equals("published") || word.equals("posted")) {
        publishedCue = true;
      } else if (word.equals("updated") || word.equals("modified") || word.equals("update")) {
        updatedCue = true;
      }
      if (!CUE_WORDS.contains(word)) {
        other++;
      }
    }
    Published published = new Published(
        date, Optional.ofNullable(time), time == null ? Optional.empty() : Optional.ofNullable(offset));
    return Optional.of(new Hit(published, ambiguous, zoneName, other, publishedCue, updatedCue));
  }

  /** Parses a machine-readable date ({@code <time datetime>}, JSON-LD {@code datePublished}). */
  static Optional<Published> parseMachine(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > MAX_CHARS) {
      return Optional.empty();
    }
    return parse(v).map(Hit::published);
  }

  private static LocalDate textualDate(String line, boolean[] used) {
    Matcher m = DMY.matcher(line);
    if (m.find()) {
      LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) {
        mark(used, m.start(), m.end());
        return d;
      }
    }
    m = MDY.matcher(line);
    if (m.find()) {
      LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
      if (d != null) {
        mark(used, m.start(), m.end());
        return d;
      }
    }
    m = YMD_SLASH.matcher(line);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        mark(used, m.start(), m.end());
        return d;
      }
    }
    m = NUMERIC.matcher(line);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      LocalDate d = null;
      if (m.group(2).equals(".") || (a > 12 && b <= 12)) {
        d = date(m.group(4), m.group(3), m.group(1)); // day first: 25/11/2023, 05.11.2023
      } else if (b > 12 && a <= 12) {
        d = date(m.group(4), m.group(1), m.group(3)); // month first: 11/25/2023
      } // else 05/11/2023: day and month could be swapped, so it is not read
      if (d != null) {
        mark(used, m.start(), m.end());
        return d;
      }
    }
    return null;
  }

  private record Zone(ZoneOffset offset, boolean ambiguous, String name) {}

  private static final Zone NO_ZONE = new Zone(null, false, "");

  private static Zone zoneAfter(String line, int from, LocalDate date, LocalTime time, boolean[] used) {
    Matcher z = ZONE.matcher(line);
    z.region(from, line.length());
    if (!z.lookingAt()) {
      return NO_ZONE;
    }
    String name;
    ZoneOffset offset = null;
    boolean ambiguous = false;
    if (z.group(1) != null) {
      name = z.group(1) + z.group(2) + z.group(3) + (z.group(4) == null ? "" : ":" + z.group(4));
      offset = offset(z.group(2), z.group(3), z.group(4));
    } else if (z.group(5) != null) {
      name = z.group(5) + z.group(6) + ":" + z.group(7);
      offset = offset(z.group(5), z.group(6), z.group(7));
    } else {
      name = z.group(8);
      String rule = ZONES.get(name);
      if (rule == null) {
        return new Zone(null, false, name); // unknown: a time without offset
      }
      if (rule.equals("ambiguous")) {
        ambiguous = true;
      } else if (rule.startsWith("+") || rule.startsWith("-")) {
        offset = fixedOffset(rule);
      } else {
        offset = ZoneId.of(rule).getRules().getOffset(LocalDateTime.of(date, time));
      }
    }
    mark(used, z.start(), z.end());
    return new Zone(offset, ambiguous, name);
  }

  private static ZoneOffset offset(String sign, String hours, String minutes) {
    try {
      int h = Integer.parseInt(hours);
      int m = minutes == null ? 0 : Integer.parseInt(minutes);
      int total = (h * 3600 + m * 60) * (sign.equals("-") ? -1 : 1);
      return ZoneOffset.ofTotalSeconds(total);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset fixedOffset(String s) {
    if (s.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = s.substring(1).replace(":", "");
    if (digits.length() == 2) {
      return offset(s.substring(0, 1), digits, null);
    }
    if (digits.length() == 4) {
      return offset(s.substring(0, 1), digits.substring(0, 2), digits.substring(2));
    }
    return null;
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    key = key.length() > 3 ? key.substring(0, 3) : key;
    int index = switch (key) {
      case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5;
      case "jun" -> 6; case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10;
      case "nov" -> 11; case "dec" -> 12; default -> 0;
    };
    return Integer.toString(index);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2200) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalTime time(String hour, String minute, String second, String meridiem) {
    try {
      int h = Integer.parseInt(hour);
      int m = Integer.parseInt(minute);
      int s = second == null ? 0 : Integer.parseInt(second);
      if (meridiem != null) {
        if (h < 1 || h > 12) {
          return null;
        }
        boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
        h = (h % 12) + (pm ? 12 : 0);
      }
      return LocalTime.of(h, m, s);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** Every date form this class reads has a four-digit year: a cheap test before any regex. */
  private static boolean hasYear(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] used, int start, int end) {
    for (int i = start; i < end; i++) {
      used[i] = true;
    }
  }

  private static boolean overlaps(boolean[] used, int start, int end) {
    for (int i = start; i < end; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  private static ImmutableMap<String, String> loadZones() {
    Map<String, String> zones = new HashMap<>();
    try (InputStream in = DateParser.class.getResourceAsStream("zones.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource org/stancekit/article/zones.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+");
        if (parts.length >= 2) {
          zones.put(parts[0], parts[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableMap.copyOf(zones);
  }
}
