package io.github.hadath;

import io.github.hadath.cli.HadathCommand;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.URI;
import java.net.URL;
import java.net.URLStreamHandler;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the pipeline and the command line in a JVM where every way out to the network fails and
 * is recorded: {@code java.net} sockets (socket implementation factories), NIO channels (a
 * selector provider, installed with {@code -Djava.nio.channels.spi.SelectorProvider=...}),
 * {@code http}/{@code https}/{@code ftp} URLs (a URL stream handler factory) and proxy selection.
 * It first proves each guard trips, then runs the work, and exits 0 only if nothing tried the
 * network. Used by {@link NoNetworkTest}; not a test itself.
 *
 * <p>Arguments: the seed file, a JSON Lines file, a scratch directory.
 */
public final class NoNetworkMain {

  static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

  private NoNetworkMain() {}

  static IOException denied(String what) {
    ATTEMPTS.add(what);
    return new SocketException("network access denied by the test guard: " + what);
  }

  /** Fails every NIO network channel; installed by system property before first use. */
  public static final class FailingSelectorProvider extends SelectorProvider {
    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
      throw denied("DatagramChannel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
      throw denied("DatagramChannel");
    }

    @Override
    public Pipe openPipe() throws IOException {
      throw denied("Pipe");
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
      throw denied("Selector");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
      throw denied("ServerSocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
      throw denied("SocketChannel");
    }
  }

  @SuppressWarnings("deprecation") // DatagramSocket's factory: deprecated, still honoured in 17
  static void install() throws IOException {
    Socket.setSocketImplFactory(() -> {
      ATTEMPTS.add("Socket");
      throw new SecurityException("network access denied by the test guard: Socket");
    });
    ServerSocket.setSocketFactory(() -> {
      ATTEMPTS.add("ServerSocket");
      throw new SecurityException("network access denied by the test guard: ServerSocket");
    });
    DatagramSocket.setDatagramSocketImplFactory(() -> {
      ATTEMPTS.add("DatagramSocket");
      throw new SecurityException("network access denied by the test guard: DatagramSocket");
    });
    URL.setURLStreamHandlerFactory(protocol -> switch (protocol) {
      case "http", "https", "ftp" -> new URLStreamHandler() {
        @Override
        protected java.net.URLConnection openConnection(URL u) throws IOException {
          throw denied("URL " + u);
        }
      };
      default -> null; // file: and jar: stay: resources are read from the classpath
    });
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        ATTEMPTS.add("ProxySelector " + uri);
        throw new SecurityException("network access denied by the test guard: " + uri);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        ATTEMPTS.add("connectFailed " + uri);
      }
    });
  }

  /** Proves that each guard trips; returns how many did. */
  static int selfTest() {
    int tripped = 0;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", 9), 200);
    } catch (Exception | Error e) {
      tripped++;
    }
    try (SocketChannel c = SocketChannel.open()) {
      c.isOpen();
    } catch (Exception e) {
      tripped++;
    }
    try {
      new URL("http://127.0.0.1:9/").openConnection().connect();
    } catch (Exception e) {
      tripped++;
    }
    return tripped;
  }

  public static void main(String[] args) throws Exception {
    if (!(SelectorProvider.provider() instanceof FailingSelectorProvider)) {
      System.err.println("the NIO guard is not installed: run with -Djava.nio.channels.spi."
          + "SelectorProvider=" + FailingSelectorProvider.class.getName());
      System.exit(10);
    }
    install();
    int tripped = selfTest();
    if (tripped != 3 || ATTEMPTS.size() < 3) {
      System.err.println("guard self-test failed: tripped=" + tripped + " attempts=" + ATTEMPTS);
      System.exit(11);
    }
    ATTEMPTS.clear();

    Path seed = Path.of(args[0]);
    Path jsonl = Path.of(args[1]);
    Path scratch = Path.of(args[2]);
    Hadath hadath = Hadath.builder().build();
    Analysis a = hadath.analyze("seed", Files.readString(seed), LocalDate.of(2023, 12, 18));
    int rcAnalyze = HadathCommand.execute("analyze", "--date", "2023-12-18", seed.toString());
    int rcBatch = HadathCommand.execute("batch", "--in", jsonl.toString(), "--out",
        scratch.resolve("out.jsonl").toString(), "--threads", "2");
    int rcBatchGz = HadathCommand.execute("batch", "--in", jsonl.toString(), "--out",
        scratch.resolve("out.jsonl.gz").toString(), "--resume");
    Files.createDirectories(scratch.resolve("docs"));
    Files.copy(seed, scratch.resolve("docs").resolve("seed.txt"));
    int rcDir = HadathCommand.execute("batch", "--in", scratch.resolve("docs").toString(),
        "--out", scratch.resolve("dir.jsonl").toString());
    int rcHelp = HadathCommand.execute("--help");
    System.err.println("no-network: entities=" + a.entities().size() + " analyze=" + rcAnalyze
        + " batch=" + rcBatch + " batchGz=" + rcBatchGz + " dir=" + rcDir + " help=" + rcHelp
        + " attempts=" + ATTEMPTS);
    boolean ok = ATTEMPTS.isEmpty() && rcAnalyze == 0 && rcBatch == 3 && rcBatchGz == 3
        && rcDir == 0 && rcHelp == 0;
    System.exit(ok ? 0 : 1);
  }
}
