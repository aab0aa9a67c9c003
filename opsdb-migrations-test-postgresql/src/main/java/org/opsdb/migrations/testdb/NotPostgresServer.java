package org.opsdb.migrations.testdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local port that is not PostgreSQL, for tests of what a client does when a URL points at the wrong server: it
 * accepts every connection, reads the client's first bytes, then answers nothing ({@link #silent()}), answers as a web
 * server answers bytes it does not understand ({@link #http()}), or hangs up ({@link #hangingUp()}). Connections stay
 * open until {@link #close()}.
 */
public final class NotPostgresServer implements AutoCloseable {

    /** What a web server says to a request it cannot parse. */
    public static final String HTTP_BAD_REQUEST =
            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private NotPostgresServer(String answer, boolean hangUp) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(() -> serve(answer, hangUp), "not-postgres-" + server.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    /** Accepts and never answers. */
    public static NotPostgresServer silent() {
        return new NotPostgresServer(null, false);
    }

    /** Answers {@value #HTTP_BAD_REQUEST} and keeps the connection open. */
    public static NotPostgresServer http() {
        return new NotPostgresServer(HTTP_BAD_REQUEST, false);
    }

    /** Closes each connection as soon as the client has written. */
    public static NotPostgresServer hangingUp() {
        return new NotPostgresServer(null, true);
    }

    /** The port, on the loopback address {@code 127.0.0.1}. */
    public int port() {
        return server.getLocalPort();
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/ops}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/ops";
    }

    private void serve(String answer, boolean hangUp) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.add(socket);
                InputStream in = socket.getInputStream();
                in.read(new byte[8]);
                if (answer != null) {
                    OutputStream out = socket.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                if (hangUp) {
                    socket.close();
                }
            } catch (IOException e) {
                // closed, or the client went away
            }
        }
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : accepted) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
