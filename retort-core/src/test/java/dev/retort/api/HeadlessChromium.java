package dev.retort.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, showing one local file, driven over the DevTools protocol (a
 * WebSocket from the JDK's HTTP client): {@link #evaluate} runs an expression in the rendered page.
 * Without Chromium the calling test is skipped, and fails under {@code CI=true} ({@code .ci/run}
 * installs it with scripts/install-chromium.sh). {@code RETORT_TEST_CHROMIUM} names another binary.
 */
final class HeadlessChromium implements AutoCloseable {
  /** How long Chromium may take to start or to answer; a deadline for a hung browser, not a measure. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, WebSocket.Builder sockets, URI page) {
    this.process = process;
    this.profile = profile;
    this.socket = sockets.buildAsync(page, new Listener()).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** The Chromium binary to use; skips the test (fails it under CI) when there is none. */
  static Path require() {
    Optional<Path> binary = Optional.ofNullable(System.getenv("RETORT_TEST_CHROMIUM")).map(Path::of)
        .or(() -> onPath("chromium")).or(() -> onPath("chromium-browser"));
    String why = "no Chromium found (install it with scripts/install-chromium.sh, or set RETORT_TEST_CHROMIUM)";
    if (binary.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(why + "; CI must run the browser test");
    }
    if (binary.isEmpty()) {
      System.err.println("NOTICE: skipping a browser test: " + why);
    }
    assumeTrue(binary.isPresent(), why);
    return binary.get();
  }

  private static Optional<Path> onPath(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, name)).filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts Chromium on {@code file} and waits until the page has loaded. */
  static HeadlessChromium open(Path binary, Path file) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("retort-chromium-");
    String url = file.toAbsolutePath().toUri().toString();
    Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, url).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread drain = new Thread(() -> readErrors(process, endpoint), "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    try {
      URI browser = URI.create(endpoint.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join());
      HttpClient http = HttpClient.newHttpClient();
      URI page = pageSocket(http, browser, url);
      HeadlessChromium chromium = new HeadlessChromium(process, profile, http.newWebSocketBuilder(), page);
      chromium.awaitLoaded(url);
      return chromium;
    } catch (RuntimeException | IOException | InterruptedException e) {
      stop(process, profile);
      throw e;
    }
  }

  /** The value of {@code expression} evaluated in the page (a string, number, boolean or null node). */
  JsonNode evaluate(String expression) {
    ObjectNode params = json.createObjectNode().put("expression", expression).put("returnByValue", true);
    JsonNode reply = call("Runtime.evaluate", params);
    if (reply.has("error") || reply.path("result").has("exceptionDetails")) {
      throw new IllegalStateException("the page could not evaluate " + expression + ": " + reply);
    }
    return reply.path("result").path("result").path("value");
  }

  private JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(message.toString(), true).join();
    return reply.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Waits until the page shows {@code url} and has loaded it (at first it may still show about:blank). */
  private void awaitLoaded(String url) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String loaded = "location.href === " + json.valueToTree(url) + " && document.readyState === 'complete'";
    while (!evaluate(loaded).asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the page did not finish loading in " + PATIENCE);
      }
      Thread.sleep(50);
    }
  }

  private static void readErrors(Process process, CompletableFuture<String> endpoint) {
    String prefix = "DevTools listening on ";
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
        StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(prefix)) {
          endpoint.complete(line.substring(prefix.length()).trim());
        } else if (!endpoint.isDone() && seen.length() < 4000) {
          seen.append(line).append('\n');
        }
      }
      endpoint.completeExceptionally(new IllegalStateException("Chromium ended without a DevTools endpoint:\n"
          + seen));
    } catch (IOException e) {
      endpoint.completeExceptionally(e);
    }
  }

  /** The WebSocket of the page showing {@code url}, from the browser's {@code /json/list}. */
  private static URI pageSocket(HttpClient http, URI browser, String url) throws IOException, InterruptedException {
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    ObjectMapper json = new ObjectMapper();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String body = http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode target : json.readTree(body)) {
        if ("page".equals(target.path("type").asText()) && url.equals(target.path("url").asText())) {
          return URI.create(target.path("webSocketDebuggerUrl").asText());
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Chromium shows no page for " + url);
  }

  @Override
  public void close() {
    socket.abort();
    stop(process, profile);
  }

  private static void stop(Process process, Path profile) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects each reply (messages may arrive in parts) and completes the call that waits for it. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(partial.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> waiting = replies.remove(message.get("id").asInt());
            if (waiting != null) {
              waiting.complete(message);
            }
          }
        } catch (IOException e) {
          replies.values().forEach(r -> r.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
