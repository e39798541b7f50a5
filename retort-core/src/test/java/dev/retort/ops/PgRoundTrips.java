package dev.retort.ops;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a PostgreSQL server that counts the client's round trips: the frontend
 * messages after which a client waits for the server, {@code Sync} (the end of an extended-protocol
 * pipeline) and {@code Query} (a simple-protocol statement). Everything is passed on unchanged;
 * clients connect to {@link #port()} instead of the server's port (with {@code sslmode=disable}, so
 * the stream stays readable).
 */
public final class PgRoundTrips implements AutoCloseable {
  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;

  private final ServerSocket listener;
  private final int serverPort;
  private final AtomicInteger roundTrips = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  public PgRoundTrips(int serverPort) throws IOException {
    this.serverPort = serverPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "pg-round-trips");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The port clients connect to. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Round trips counted so far, over every connection. */
  public int count() {
    return roundTrips.get();
  }

  private void accept() {
    try {
      while (true) {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(server);
        start(() -> countAndPass(client.getInputStream(), server.getOutputStream()));
        start(() -> pass(server.getInputStream(), client.getOutputStream()));
      }
    } catch (IOException closed) {
      // the relay was closed
    }
  }

  private interface Pump {
    void run() throws IOException;
  }

  private static void start(Pump pump) {
    Thread thread = new Thread(() -> {
      try {
        pump.run();
      } catch (IOException ended) {
        // one side closed the connection
      }
    }, "pg-round-trips-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void pass(InputStream in, OutputStream out) throws IOException {
    in.transferTo(out);
    out.close();
  }

  /** Reads the client's messages one by one, passing each on and counting the ones it waits after. */
  private void countAndPass(InputStream raw, OutputStream rawOut) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    DataOutputStream out = new DataOutputStream(rawOut);
    try {
      // untyped start-up packets: an SSL or GSS request (answered with one byte), then the start-up message
      while (true) {
        int length = in.readInt();
        int code = in.readInt();
        out.writeInt(length);
        out.writeInt(code);
        copy(in, out, length - 8);
        out.flush();
        if (code != SSL_REQUEST && code != GSS_REQUEST) {
          break;
        }
      }
      while (true) {
        byte type = in.readByte();
        int length = in.readInt();
        out.writeByte(type);
        out.writeInt(length);
        copy(in, out, length - 4);
        if (type == 'S' || type == 'Q') {
          roundTrips.incrementAndGet();
        }
        out.flush();
      }
    } catch (EOFException ended) {
      out.close();
    }
  }

  private static void copy(DataInputStream in, DataOutputStream out, int count) throws IOException {
    byte[] buffer = new byte[Math.min(count, 8192)];
    int left = count;
    while (left > 0) {
      int n = in.read(buffer, 0, Math.min(left, buffer.length));
      if (n < 0) {
        throw new EOFException();
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
