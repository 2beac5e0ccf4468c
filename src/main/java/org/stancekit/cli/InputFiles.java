package org.stancekit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads input files for the command line, telling unreadable from rejected input. Stateless. */
final class InputFiles {

  /** Thrown for a file that cannot be read (exit 3). */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  /** Thrown for a file whose content is refused (exit 4). */
  static final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedException(String message) {
      super(message);
    }
  }

  private InputFiles() {}

  static String read(Path file, long maxBytes) throws UnreadableException, RejectedException {
    if (Files.isDirectory(file)) {
      throw new UnreadableException(file + ": is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UnreadableException(file + ": no such file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new RejectedException(file + ": " + size + " bytes, over the limit of " + maxBytes);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableException(file + ": cannot read (" + e.getMessage() + ")");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new RejectedException(file + ": binary content (NUL bytes)");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: most scraped text that is not UTF-8 is Windows-1252 or Latin-1.
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new RejectedException(file + ": empty");
    }
    return text;
  }
}
