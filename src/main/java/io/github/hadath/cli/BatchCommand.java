package io.github.hadath.cli;

import io.github.hadath.Hadath;
import io.github.hadath.io.BatchFiles;
import io.github.hadath.io.BatchInput;
import io.github.hadath.io.BatchRunner;
import io.github.hadath.io.BatchSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath batch}: JSON Lines (or a directory of text files) in, JSON Lines out, one output
 * line per input line in input order ({@code docs/json.md}, "Batch output").
 *
 * <p>Exit status: 0 when every record was analysed, 3 when any became an error record, 2 on a
 * usage error, 1 when reading or writing failed.
 */
@Command(name = "batch", sortOptions = false,
    description = {"Analyse JSON Lines ({\"id\",\"text\",\"date\"}) and write one JSON line per "
        + "input line, in order.",
        "Exit 0: all analysed; 3: some lines became error records; 2: usage error."})
final class BatchCommand implements Callable<Integer> {

  static final int EXIT_ERROR_RECORDS = 3;
  private static final Set<String> FIELD_KEYS = Set.of("id", "text", "date");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents analysed at once (default: all cores).")
  Integer threads;

  @Option(names = "--in", paramLabel = "FILE|DIR|-", defaultValue = "-",
      description = "JSON Lines input (.gz: gzip), a directory of .txt files, or - for stdin "
          + "(default).")
  String in;

  @Option(names = "--out", paramLabel = "FILE|-", defaultValue = "-",
      description = "JSON Lines output (.gz: gzip), or - for stdout (default).")
  String out;

  @Option(names = "--fields", paramLabel = "KEY=NAME", split = ",",
      description = "JSON field names, e.g. id=doc_id,text=body,date=published "
          + "(default id=id,text=text,date=date).")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
      description = "Publication date of documents that give none (default: read it from the "
          + "text).")
  LocalDate date;

  @Option(names = "--resume",
      description = "Continue an interrupted run: keep the complete lines already in --out and "
          + "process only the input lines after them.")
  boolean resume;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest text analysed, in UTF-16 units; longer ones give TOO_LARGE "
          + "(default: what the heap can take, about 4.3 million chars per GB of -Xmx, at most "
          + "67108864).")
  Integer maxChars;

  @Option(names = "--timeout-ms", paramLabel = "N",
      description = "Per-document time budget; 0: none (default: ${DEFAULT-VALUE}).")
  long timeoutMillis = BatchRunner.DEFAULT_TIMEOUT_MILLIS;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (nThreads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
    }
    long heap = Runtime.getRuntime().maxMemory();
    int heapSafe = BatchRunner.heapSafeMaxChars(heap);
    if (maxChars == null) {
      maxChars = heapSafe;
    } else if (maxChars < 1) {
      throw new CommandLine.ParameterException(cl, "--max-chars must be at least 1");
    }
    if (timeoutMillis < 0) {
      throw new CommandLine.ParameterException(cl, "--timeout-ms must not be negative");
    }
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (!FIELD_KEYS.contains(f.getKey()) || f.getValue() == null || f.getValue().isEmpty()) {
        throw new CommandLine.ParameterException(cl, "--fields takes id=NAME, text=NAME and "
            + "date=NAME, not '" + f.getKey() + "=" + f.getValue() + "'");
      }
    }
    if (resume && out.equals("-")) {
      throw new CommandLine.ParameterException(cl, "--resume needs --out FILE");
    }
    boolean dirInput = !in.equals("-") && Files.isDirectory(Path.of(in));
    if (!in.equals("-") && !dirInput && !Files.isRegularFile(Path.of(in))) {
      throw new CommandLine.ParameterException(cl, "no such file or directory: " + in);
    }
    if (!out.equals("-") && Files.isDirectory(Path.of(out))) {
      throw new CommandLine.ParameterException(cl, "--out is a directory: " + out);
    }

    Hadath hadath = Hadath.builder().maxDocumentChars(maxChars).build();
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (maxChars > heapSafe) {
      err.println("hadath batch: warning: --max-chars " + maxChars + " is more than this heap ("
          + (heap >> 20) + " MB) can analyse safely (about " + heapSafe + "); raise -Xmx "
          + "(HADATH_JAVA_OPTS) or a document near the limit may run out of memory");
    }
    boolean tty = System.console() != null;
    BatchRunner runner = BatchRunner.builder(hadath)
        .threads(nThreads)
        .timeoutMillis(timeoutMillis)
        .fields(fields.getOrDefault("id", "id"), fields.getOrDefault("text", "text"),
            fields.getOrDefault("date", "date"))
        .defaultDate(date)
        .progress(tty ? (done, secs) -> err.printf("\rhadath batch: %d done, %.0f docs/s ",
            done, done / Math.max(secs, 1e-9)) : null)
        .build();

    BatchFiles.ResumePoint from = new BatchFiles.ResumePoint(0, 0);
    if (resume) {
      from = BatchFiles.prepareResume(Path.of(out));
    }
    BatchSummary summary;
    try (BatchInput input = openInput(dirInput);
        OutputStream os = BatchFiles.openOutput(out, resume)) {
      long skipped = input.skip(from.lines());
      if (skipped < from.lines()) {
        throw new CommandLine.ParameterException(cl, "--out already holds " + from.lines()
            + " lines but the input has only " + skipped + ": is it the output of this input?");
      }
      if (resume) {
        err.println("hadath batch: resuming after line " + from.lines());
      }
      summary = runner.run(input, os);
    } catch (NoSuchFileException e) {
      throw new CommandLine.ParameterException(cl, "no such file: " + e.getFile());
    }
    if (tty) {
      err.println();
    }
    err.println("hadath batch: " + summary);
    return summary.errors() > 0 || from.errorLines() > 0 ? EXIT_ERROR_RECORDS : 0;
  }

  private BatchInput openInput(boolean dirInput) throws IOException {
    if (dirInput) {
      return BatchInput.directory(Path.of(in), BatchRunner.maxFileBytes(maxChars));
    }
    InputStream is = BatchFiles.openInput(in);
    return BatchInput.jsonLines(is, BatchRunner.maxLineBytes(maxChars));
  }
}
