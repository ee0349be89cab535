package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.testutil.SpanInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One {@link Hadath} shared by 8 threads gives exactly what it gives one thread. */
class HadathConcurrencyTest {

  static final int DOCUMENTS = 2_000;
  static final int THREADS = 8;

  record Doc(String id, String text, LocalDate date) {}

  /** 2,000 documents of 1 to 4 seed sentences in varied orders, half of them dated. */
  static List<Doc> documents() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("testdata/seed/sana-2023-12-18.txt"),
        StandardCharsets.UTF_8)) {
      for (String s : line.split("(?<=[.؟!])\\s+")) {
        if (!s.isBlank()) {
          sentences.add(s);
        }
      }
    }
    Random r = new Random(20231218);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        sb.append(sentences.get(r.nextInt(sentences.size()))).append(k % 3 == 2 ? "\n" : " ");
      }
      LocalDate date = r.nextBoolean() ? LocalDate.of(2023, 12, 1 + r.nextInt(28)) : null;
      docs.add(new Doc("d" + i, sb.toString(), date));
    }
    return docs;
  }

  @Test
  void eightThreadsSharingOneInstanceGiveTheSequentialResults() throws Exception {
    Hadath hadath = Hadath.builder().build();
    List<Doc> docs = documents();
    List<Analysis> sequential = new ArrayList<>();
    for (Doc d : docs) {
      Analysis a = hadath.analyze(d.id(), d.text(), d.date());
      SpanInvariants.assertValid(a);
      sequential.add(a);
    }

    Analysis[] parallel = new Analysis[DOCUMENTS];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await(); // all threads start together to maximise interleaving
          int i;
          while ((i = next.getAndIncrement()) < DOCUMENTS) {
            // walk the list from both ends so that neighbours run on different threads
            int k = (i & 1) == 0 ? i / 2 : DOCUMENTS - 1 - i / 2;
            Doc d = docs.get(k);
            parallel[k] = hadath.analyze(d.id(), d.text(), d.date());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < DOCUMENTS; i++) {
      assertThat(parallel[i]).as("document %d", i).isEqualTo(sequential.get(i));
    }
  }
}
