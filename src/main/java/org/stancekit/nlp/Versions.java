package org.stancekit.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of this library and of CoreNLP, from a resource the build writes. Thread-safe. */
public final class Versions {

  private static final Properties PROPERTIES = load();

  private Versions() {}

  public static String library() {
    return PROPERTIES.getProperty("stancekit.version", "unknown");
  }

  public static String coreNlp() {
    return PROPERTIES.getProperty("corenlp.version", "unknown");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/org/stancekit/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
