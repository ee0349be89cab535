package io.github.hadath.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.HadathException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analyses a stream of documents on a bounded pool of worker threads and writes exactly one JSON
 * line per input record, in input order ({@code docs/json.md}, "Batch output").
 *
 * <p>How memory stays bounded whatever the size of the input: the reading thread reads one
 * record at a time and hands it to a worker only when (1) a worker slot is free, (2) the queue
 * of records waiting to be written in order has room ({@code 4 × threads}), and (3) the bytes of
 * all records in flight stay within a budget (a record larger than the budget runs alone). So at
 * any time at most {@code 4 × threads} records, and about {@code inFlightBytes} of input, are in
 * memory, plus the analyses being computed.
 *
 * <p>How a document over its time budget is handled: the analysis code cannot be interrupted, so
 * each running document has its own worker thread and a watchdog. When the budget runs out the
 * watchdog answers the record with {@code TIMEOUT}, frees the worker slot and abandons the thread:
 * it runs on (a daemon thread, using a core and the document's memory) until its analysis ends
 * by itself, and its result is dropped. Worker threads are pooled and reused, so the extra cost
 * is a thread creation only after a timeout.
 *
 * <p>One run at a time per instance; {@link #run} is not re-entrant. The {@link Hadath} it uses
 * is shared by the workers (it is thread-safe).
 */
public final class BatchRunner {

  /** The default per-document time budget. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

  /** The largest budget of input bytes in flight at once. */
  public static final long DEFAULT_IN_FLIGHT_BYTES = 32L << 20;

  /**
   * The heap one input char may need at the peak of its analysis, for planning. The worst case
   * per char is a document just under the chunk size (analysed whole): a 1,000,000-char news
   * document analyses in a 160 MB heap of which 47 MB are the models, about 113 bytes per char
   * at the peak with the collector working hard; the result itself keeps about 12 bytes per
   * char, and longer documents are chunked, so they need less per char (docs/RELIABILITY.md,
   * "Memory"). Rounded up to leave the collector room.
   */
  public static final long PLANNING_HEAP_BYTES_PER_CHAR = 150;

  /** The error codes a batch error record can carry. */
  public static final Set<String> ERROR_CODES = Set.of(
      "INVALID_JSON", "MISSING_TEXT", "INVALID_DATE", "TOO_LARGE", "TIMEOUT", "INTERNAL");

  private static final String INVALID_UTF8 = "INVALID_UTF8";
  private static final int MAX_MESSAGE = 300;
  private static final long WORKER_STACK_BYTES = 8L << 20;
  private static final Task END = new Task(null);

  private static final ObjectReader LINE_READER = AnalysisJson.MAPPER.reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private final Hadath hadath;
  private final int threads;
  private final long timeoutMillis;
  private final String idField;
  private final String textField;
  private final String dateField;
  private final LocalDate defaultDate;
  private final int maxChars;
  private final int inFlightPermits;
  private final Progress progress;

  /** Receives the number of records written so far, about once a second. */
  @FunctionalInterface
  public interface Progress {
    /** Called on the writer thread; must be quick. */
    void update(long written, double seconds);
  }

  private BatchRunner(Builder b) {
    this.hadath = b.hadath;
    this.threads = b.threads;
    this.timeoutMillis = b.timeoutMillis;
    this.idField = b.idField;
    this.textField = b.textField;
    this.dateField = b.dateField;
    this.defaultDate = b.defaultDate;
    this.maxChars = b.hadath.maxDocumentChars();
    this.inFlightPermits = (int) Math.min(Integer.MAX_VALUE, b.inFlightBytes);
    this.progress = b.progress;
  }

  /** Returns a builder for a run with {@code hadath}. */
  public static Builder builder(Hadath hadath) {
    return new Builder(hadath);
  }

  /**
   * Returns the longest document a heap of {@code maxHeapBytes} can analyse safely: 60% of the
   * heap at {@link #PLANNING_HEAP_BYTES_PER_CHAR}, and never more than
   * {@link Hadath#DEFAULT_MAX_DOCUMENT_CHARS}.
   */
  public static int heapSafeMaxChars(long maxHeapBytes) {
    return (int) Math.max(1, Math.min(Hadath.DEFAULT_MAX_DOCUMENT_CHARS,
        maxHeapBytes / 10 * 6 / PLANNING_HEAP_BYTES_PER_CHAR));
  }

  /**
   * Returns the input bytes that may be in flight at once in a heap of {@code maxHeapBytes}:
   * half the heap at {@link #PLANNING_HEAP_BYTES_PER_CHAR} (a UTF-8 byte is at most one char),
   * between 64 KiB and {@link #DEFAULT_IN_FLIGHT_BYTES}. A larger document runs alone.
   */
  public static long heapSafeInFlightBytes(long maxHeapBytes) {
    return Math.max(64 << 10, Math.min(DEFAULT_IN_FLIGHT_BYTES,
        maxHeapBytes / 2 / PLANNING_HEAP_BYTES_PER_CHAR));
  }

  /**
   * Returns the longest JSON line (in bytes) that can hold a text of {@code maxChars} UTF-16
   * units, even with every character escaped as {@code \\uXXXX} (Python's default): longer lines
   * are answered {@code TOO_LARGE} without being held in memory.
   */
  public static long maxLineBytes(int maxChars) {
    // a Java array holds at most about 2^31 bytes
    return Math.min(Integer.MAX_VALUE - 64, 6L * maxChars + (64 << 10));
  }

  /**
   * Returns the largest text file (in bytes) that can hold at most {@code maxChars} UTF-16 units:
   * every UTF-16 unit takes at least one byte and at most four bytes give two units.
   */
  public static long maxFileBytes(int maxChars) {
    return Math.min(Integer.MAX_VALUE - 64, 4L * maxChars);
  }

  /**
   * Reads every record of {@code in}, analyses it and writes its line to {@code out}, in order.
   * Lines are written whole and {@code out} is flushed whenever the writer would wait, so after a
   * crash the output ends with whole lines, at most followed by one torn line.
   *
   * @return the counters
   * @throws IOException if reading {@code in} or writing {@code out} fails
   */
  public BatchSummary run(BatchInput in, OutputStream out) throws IOException {
    long t0 = System.nanoTime();
    BlockingQueue<Task> queue = new ArrayBlockingQueue<>(4 * threads);
    Semaphore slots = new Semaphore(threads);
    Semaphore bytes = new Semaphore(inFlightPermits);
    AtomicInteger threadNo = new AtomicInteger();
    ThreadFactory workerFactory = r -> {
      Thread t = new Thread(null, r, "hadath-batch-" + threadNo.incrementAndGet(),
          WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
    ExecutorService workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), workerFactory);
    ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "hadath-batch-watchdog");
      t.setDaemon(true);
      return t;
    });
    watchdog.setRemoveOnCancelPolicy(true);
    Writer writer = new Writer(queue, bytes, out, t0);
    Thread writerThread = new Thread(writer, "hadath-batch-writer");
    writerThread.setDaemon(true);
    writerThread.start();
    IOException readFailure = null;
    try {
      RawRecord rec;
      while (writer.failure == null && (rec = in.next()) != null) {
        Task task = new Task(rec);
        task.permits = (int) Math.max(1, Math.min(rec.bytes() == null ? 1 : rec.size(),
            inFlightPermits));
        bytes.acquire(task.permits);
        queue.put(task);
        slots.acquire();
        task.slots = slots;
        workers.execute(() -> runTask(task, watchdog));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      readFailure = new InterruptedIOException("batch interrupted");
    } catch (IOException e) {
      readFailure = e;
    } finally {
      try {
        queue.put(END);
        writerThread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      workers.shutdown();
      watchdog.shutdownNow();
    }
    if (writer.failure != null) {
      throw writer.failure;
    }
    if (readFailure != null) {
      throw readFailure;
    }
    return writer.summary((System.nanoTime() - t0) / 1e9);
  }

  private void runTask(Task task, ScheduledExecutorService watchdog) {
    ScheduledFuture<?> timer = null;
    if (timeoutMillis > 0) {
      timer = watchdog.schedule(() -> {
        if (task.result.complete(Outcome.error(errorLine(task.rec.number(), task.id, "TIMEOUT",
            "the analysis took longer than " + timeoutMillis + " ms (--timeout-ms); its thread "
                + "was abandoned", task.invalidUtf8), task.invalidUtf8, true))) {
          task.releaseSlot();
        }
      }, timeoutMillis, TimeUnit.MILLISECONDS);
    }
    Outcome o;
    try {
      o = process(task);
    } catch (Throwable e) { // a bug in a stage must cost one record, never the run
      o = Outcome.error(errorLine(task.rec.number(), task.id, "INTERNAL", describe(e),
          task.invalidUtf8), task.invalidUtf8, false);
    }
    if (timer != null) {
      timer.cancel(false);
    }
    task.result.complete(o);
    task.releaseSlot();
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getName() + (m == null ? "" : ": " + m);
  }

  private Outcome process(Task task) {
    RawRecord r = task.rec;
    long line = r.number();
    if (r.tooLarge()) {
      task.id = r.fileId();
      return error(task, "TOO_LARGE", (r.isTextFile() ? "the file has " : "the line has ")
          + r.size() + " bytes, more than any document of at most " + maxChars
          + " chars can take (--max-chars)");
    }
    String decoded = decode(r.bytes(), task);
    String id;
    String text;
    LocalDate date;
    if (r.isTextFile()) {
      id = r.fileId();
      task.id = id;
      text = decoded;
      date = defaultDate;
    } else {
      if (decoded.isBlank()) {
        return error(task, "MISSING_TEXT", "the line is empty");
      }
      JsonNode n;
      try {
        n = LINE_READER.readTree(decoded);
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr()
            + ")";
        return error(task, "INVALID_JSON", e.getOriginalMessage() + where);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (n == null || !n.isObject()) {
        return error(task, "INVALID_JSON", "a line must hold one JSON object, not "
            + (n == null ? "nothing" : n.getNodeType().name().toLowerCase(Locale.ROOT)));
      }
      JsonNode idNode = n.get(idField);
      id = idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : null;
      task.id = id;
      JsonNode t = n.get(textField);
      if (t == null) {
        return error(task, "MISSING_TEXT", "no \"" + textField + "\" field");
      }
      if (!t.isTextual()) {
        return error(task, "MISSING_TEXT", "\"" + textField + "\" must be a string, not "
            + t.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      text = t.textValue();
      JsonNode d = n.get(dateField);
      if (d == null || d.isNull()) {
        date = defaultDate;
      } else {
        date = d.isTextual() ? parseDate(d.textValue()) : null;
        if (date == null) {
          return error(task, "INVALID_DATE", "\"" + dateField + "\" must be a date YYYY-MM-DD"
              + " or an ISO date-time, got " + truncate(d.toString(), 60));
        }
      }
    }
    if (text.length() > maxChars) {
      return error(task, "TOO_LARGE", "the text has " + text.length()
          + " chars, more than the limit of " + maxChars + " (--max-chars)");
    }
    Analysis a;
    try {
      a = hadath.analyze(id, text, date);
    } catch (HadathException e) {
      String code = ERROR_CODES.contains(e.code()) ? e.code() : "INTERNAL";
      return error(task, code, e.getMessage());
    }
    byte[] json = analysisLine(a, line, task.invalidUtf8);
    return new Outcome(json, false, task.invalidUtf8, false, a.tokens().size(),
        a.entities().size(), a.timexes().size(), a.events().size());
  }

  private Outcome error(Task task, String code, String message) {
    return Outcome.error(errorLine(task.rec.number(), task.id, code, message, task.invalidUtf8),
        task.invalidUtf8, false);
  }

  /** Parses {@code YYYY-MM-DD}, or the calendar date of an ISO date-time; null if neither. */
  static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      // fall through to date-times
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Decodes UTF-8, replacing each malformed sequence with U+FFFD and flagging the task. The
   * strict second pass runs only when the lenient result holds a U+FFFD, which valid input may
   * also contain.
   */
  private static String decode(byte[] bytes, Task task) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        task.invalidUtf8 = true;
      }
    }
    return s;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }

  static byte[] analysisLine(Analysis a, long line, boolean invalidUtf8) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256 + 3 * a.text().length());
    try (JsonGenerator g = AnalysisJson.MAPPER.getFactory().createGenerator(buf,
        JsonEncoding.UTF8)) {
      g.writeStartObject();
      AnalysisJson.writeFields(a, g);
      g.writeNumberField("line", line);
      writeWarnings(g, invalidUtf8);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buf.write('\n');
    return buf.toByteArray();
  }

  static byte[] errorLine(long line, String id, String code, String message,
      boolean invalidUtf8) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
    try (JsonGenerator g = AnalysisJson.MAPPER.getFactory().createGenerator(buf,
        JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeNumberField("line", line);
      g.writeObjectFieldStart("error");
      g.writeStringField("code", code);
      g.writeStringField("message", truncate(message, MAX_MESSAGE));
      g.writeEndObject();
      writeWarnings(g, invalidUtf8);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buf.write('\n');
    return buf.toByteArray();
  }

  private static void writeWarnings(JsonGenerator g, boolean invalidUtf8) throws IOException {
    if (invalidUtf8) {
      g.writeArrayFieldStart("warnings");
      g.writeString(INVALID_UTF8);
      g.writeEndArray();
    }
  }

  /** The answer to one record: its output line and what to count. */
  private record Outcome(byte[] line, boolean error, boolean warning, boolean timeout,
      int tokens, int entities, int timexes, int events) {

    static Outcome error(byte[] line, boolean warning, boolean timeout) {
      return new Outcome(line, true, warning, timeout, 0, 0, 0, 0);
    }
  }

  /** One record in flight. */
  private static final class Task {
    final RawRecord rec;
    final CompletableFuture<Outcome> result = new CompletableFuture<>();
    final AtomicBoolean slotReleased = new AtomicBoolean();
    volatile String id;
    volatile boolean invalidUtf8;
    int permits;
    Semaphore slots;

    Task(RawRecord rec) {
      this.rec = rec;
    }

    void releaseSlot() {
      if (slotReleased.compareAndSet(false, true)) {
        slots.release();
      }
    }
  }

  /** Writes the outcomes in input order and keeps the counters (one thread: no atomics). */
  private final class Writer implements Runnable {
    private final BlockingQueue<Task> queue;
    private final Semaphore bytes;
    private final OutputStream out;
    private final long t0;
    private long lastProgress;
    volatile IOException failure;
    long documents;
    long errors;
    long warnings;
    long timeouts;
    long tokens;
    long entities;
    long timexes;
    long events;

    Writer(BlockingQueue<Task> queue, Semaphore bytes, OutputStream out, long t0) {
      this.queue = queue;
      this.bytes = bytes;
      this.out = out;
      this.t0 = t0;
      this.lastProgress = t0;
    }

    @Override
    public void run() {
      try {
        while (true) {
          Task t = queue.take();
          if (t == END) {
            break;
          }
          Outcome o = t.result.join();
          bytes.release(t.permits);
          if (failure != null) {
            continue; // keep draining so the reader never blocks; the run will fail
          }
          try {
            out.write(o.line());
            Task next = queue.peek();
            if (next == null || !next.result.isDone()) {
              out.flush();
            }
          } catch (IOException e) {
            failure = e;
            continue;
          }
          count(o);
        }
        if (failure == null) {
          out.flush();
        }
      } catch (InterruptedException e) {
        failure = new InterruptedIOException("batch writer interrupted");
      } catch (IOException e) {
        failure = e;
      }
    }

    private void count(Outcome o) {
      documents++;
      if (o.error()) {
        errors++;
      }
      if (o.warning()) {
        warnings++;
      }
      if (o.timeout()) {
        timeouts++;
      }
      tokens += o.tokens();
      entities += o.entities();
      timexes += o.timexes();
      events += o.events();
      if (progress != null) {
        long now = System.nanoTime();
        if (now - lastProgress >= 1_000_000_000L) {
          lastProgress = now;
          progress.update(documents, (now - t0) / 1e9);
        }
      }
    }

    BatchSummary summary(double seconds) {
      return new BatchSummary(documents, errors, warnings, timeouts, tokens, entities, timexes,
          events, seconds);
    }
  }

  /** Configures a {@link BatchRunner}. Not thread-safe. */
  public static final class Builder {
    private final Hadath hadath;
    private int threads = Runtime.getRuntime().availableProcessors();
    private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
    private String idField = "id";
    private String textField = "text";
    private String dateField = "date";
    private LocalDate defaultDate;
    private long inFlightBytes = heapSafeInFlightBytes(Runtime.getRuntime().maxMemory());
    private Progress progress;

    private Builder(Hadath hadath) {
      if (hadath == null) {
        throw new NullPointerException("hadath");
      }
      this.hadath = hadath;
    }

    /** Sets the number of documents analysed at once (default: the number of cores). */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + n);
      }
      this.threads = n;
      return this;
    }

    /** Sets the per-document time budget; 0 means none (default 60 s). */
    public Builder timeoutMillis(long ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("timeout must be >= 0 ms, got " + ms);
      }
      this.timeoutMillis = ms;
      return this;
    }

    /** Sets the JSON field names of the id, text and date (defaults id, text, date). */
    public Builder fields(String id, String text, String date) {
      for (String f : List.of(id, text, date)) {
        if (f == null || f.isEmpty()) {
          throw new IllegalArgumentException("field names must not be empty");
        }
      }
      this.idField = id;
      this.textField = text;
      this.dateField = date;
      return this;
    }

    /** Sets the date of documents that give none (null: look for it in the text). */
    public Builder defaultDate(LocalDate date) {
      this.defaultDate = date;
      return this;
    }

    /**
     * Sets the budget of input bytes in flight at once (default: {@link
     * #heapSafeInFlightBytes} of this JVM's heap).
     */
    public Builder inFlightBytes(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("inFlightBytes must be >= 1, got " + n);
      }
      this.inFlightBytes = n;
      return this;
    }

    /** Sets a progress listener, called about once a second (default none). */
    public Builder progress(Progress p) {
      this.progress = p;
      return this;
    }

    /** Builds the runner. */
    public BatchRunner build() {
      return new BatchRunner(this);
    }
  }
}
