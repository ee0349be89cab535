package io.github.hadath.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.eval.EventGoldDocument.EntityMention;
import io.github.hadath.eval.EventGoldDocument.GoldEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads event gold files: JSON Lines, one document per line, in the format of the seed gold
 * ({@code id}, {@code source}, {@code publicationDate}, {@code text}, {@code entities},
 * {@code events}). Blank lines are skipped. Thread-safe.
 */
public final class EventGoldReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventGoldReader() {}

  /** Reads {@code file}; errors name the line. */
  public static List<EventGoldDocument> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /** Reads gold documents from {@code reader}; {@code name} is used in error messages. */
  public static List<EventGoldDocument> read(Reader reader, String name) throws IOException {
    BufferedReader br = new BufferedReader(reader);
    List<EventGoldDocument> out = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = br.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(parse(MAPPER.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IOException(name + ":" + lineNo + ": not a gold document: " + e.getMessage(), e);
      }
    }
    return out;
  }

  static EventGoldDocument parse(JsonNode n) {
    String id = required(n, "id");
    String text = required(n, "text");
    LocalDate date = null;
    String d = optionalText(n, "publicationDate");
    if (d != null) {
      try {
        date = LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("publicationDate '" + d + "' is not YYYY-MM-DD");
      }
    }
    List<EntityMention> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      entities.add(new EntityMention(required(e, "type"), required(e, "text")));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      List<String> parts = new ArrayList<>();
      for (JsonNode p : e.path("participants")) {
        parts.add(p.asText());
      }
      events.add(new GoldEvent(required(e, "type"), required(e, "trigger"), parts,
          optionalText(e, "location"), optionalText(e, "date"), optionalText(e, "dateEnd"),
          e.path("optional").asBoolean(false)));
    }
    return new EventGoldDocument(id, optionalText(n, "source"), date, text, entities, events);
  }

  private static String required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v.asText();
  }

  private static String optionalText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
