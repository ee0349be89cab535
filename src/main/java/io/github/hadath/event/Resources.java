package io.github.hadath.event;

import io.github.hadath.HadathException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the event word lists bundled under {@code hadath/models/event/}. */
final class Resources {

  static final String DIR = "/hadath/models/event/";

  private Resources() {}

  /** Returns the non-blank, non-comment lines of resource {@code name}, trimmed. */
  static List<String> lines(String name) {
    return linesAt(DIR + name);
  }

  /** As {@link #lines}, for a resource of another stage ({@code /hadath/models/time/...}). */
  static List<String> linesAt(String path) {
    InputStream in = io.github.hadath.internal.ModelResources.open(path);
    if (in == null) {
      throw new HadathException("MODEL_MISSING",
          "event resource " + path + " is not on the classpath; the jar is incomplete");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new HadathException("MODEL_UNREADABLE", "cannot read " + path + ": " + e.getMessage());
    }
    return out;
  }
}
