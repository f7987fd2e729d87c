package org.khotin.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read-only HTTP/1.1 server for the preview: one thread, non-blocking sockets, answers from memory.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: it reads each request's headers on a pool thread with
 * blocking reads and no time limit (short of the JVM-wide {@code sun.net.httpserver.maxReqTime}), so every slow
 * client holds a thread, and a bounded pool means slow clients starve the rest. Here a connection costs a
 * thread nothing while it waits: one loop reads request heads and writes answers as the sockets allow, so a
 * thousand slow connections make no thread, and a request is answered at once beside them.
 *
 * <p>Limits: a request head must arrive whole within {@code requestTimeout} of the connection opening (or of
 * the last answer on it), else the connection is closed; an answer whose bytes make no progress for that long
 * is dropped too; heads over 64 KB get 431; at {@value #MAX_CONNECTIONS} open connections, the one that
 * has waited longest for its head is closed for a new one.
 * Only GET and HEAD are answered ({@code OPTIONS} says so); other methods get 405 with {@code Allow}. Only
 * requests addressed to a loopback name with this port are answered (403 otherwise), so that a web page whose
 * domain is re-pointed at 127.0.0.1 (DNS rebinding) cannot read the preview.
 * Request bodies are never read: a request that announces one is answered and its connection closed.
 * A {@code Range} of one span of a file is answered with that span (206), as a video player asks for one
 * (Safari plays no video without it); several spans get the whole file.
 */
final class NonBlockingHttpServer implements AutoCloseable {
    static final String ALLOW = "GET, HEAD, OPTIONS";
    static final int MAX_CONNECTIONS = 512;
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final Duration EVENT_PING_INTERVAL = Duration.ofSeconds(15);
    private static final byte[] PING = "event: ping\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8);
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(204, "No Content"),
            Map.entry(206, "Partial Content"), Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(416, "Range Not Satisfiable"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"));

    /** An answer: bytes with a status and type, or the opening of an event stream that stays open. */
    /** @param location where a redirect sends the browser, or empty */
    record Reply(int status, String contentType, byte[] body, boolean eventStream, String location) {
        static Reply of(int status, String contentType, byte[] body) {
            return new Reply(status, contentType, body, false, "");
        }

        /** Sends the browser on for good, as static hosts do from a folder's address without its final slash. */
        static Reply movedTo(String location) {
            return new Reply(301, "text/plain; charset=utf-8", ("Moved to " + location + "\n").getBytes(StandardCharsets.UTF_8),
                    false, location);
        }

        /** An event stream whose first events are {@code opening}; later ones come from {@link #sendEvent}. */
        static Reply eventStream(byte[] opening) {
            return new Reply(200, "text/event-stream; charset=utf-8", opening, true, "");
        }
    }

    /** Answers a GET for a request target (path and query as sent); runs on the server's thread, so it must be quick. */
    interface Handler {
        Reply answer(String target);
    }

    private final Handler handler;
    private final long timeoutNanos;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Queue<byte[]> pendingEvents = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closing;
    /** Client connections open; only the server's thread reads or changes it. */
    private int open;

    /** @throws java.net.BindException when the port is taken */
    NonBlockingHttpServer(int port, Duration requestTimeout, Handler handler) throws IOException {
        this.handler = handler;
        this.timeoutNanos = requestTimeout.toNanos();
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        try {
            listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            listener.close();
            selector.close();
            throw e;
        }
        thread = new Thread(this::loop, "khotin-serve");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return listener.socket().getLocalPort();
    }

    /** Sends an event to every open event stream; safe from any thread. */
    void sendEvent(byte[] event) {
        pendingEvents.add(event);
        selector.wakeup();
    }

    /** One client connection and where it is in its exchange. */
    private static final class Connection {
        final SocketChannel channel;
        ByteBuffer in = ByteBuffer.allocate(4096);
        final Deque<ByteBuffer> out = new ArrayDeque<>();
        /** When the connection is closed unless it progresses: a head due, or output stalled. */
        long deadline;
        boolean closeWhenWritten;
        boolean eventStream;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    private void loop() {
        long nextPing = System.nanoTime() + EVENT_PING_INTERVAL.toNanos();
        while (!closing) {
            try {
                long now = System.nanoTime();
                long wake = Math.min(nextPing, earliestDeadline());
                long waitMillis = Math.max(1, (wake - now + 999_999) / 1_000_000);
                selector.select(waitMillis);
                if (closing) break;
                for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    try {
                        if (key.isAcceptable()) accept();
                        else ready(key);
                    } catch (CancelledKeyException e) {
                        // closed meanwhile
                    }
                }
                for (byte[] event; (event = pendingEvents.poll()) != null; ) toEventStreams(event);
                now = System.nanoTime();
                if (now - nextPing >= 0) {
                    toEventStreams(PING);
                    nextPing = now + EVENT_PING_INTERVAL.toNanos();
                }
                closeExpired(now);
            } catch (ClosedSelectorException e) {
                break;
            } catch (IOException | RuntimeException e) {
                // accepting failed (no file descriptors left, say): serve the connections there are, try again
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long earliestDeadline() {
        long earliest = Long.MAX_VALUE;
        long now = System.nanoTime();
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Connection c && c.deadline != Long.MAX_VALUE) {
                earliest = Math.min(earliest, c.deadline - now < 0 ? now : c.deadline);
            }
        }
        return earliest == Long.MAX_VALUE ? now + EVENT_PING_INTERVAL.toNanos() : earliest;
    }

    private void accept() throws IOException {
        for (SocketChannel channel; (channel = listener.accept()) != null; ) {
            if (open >= MAX_CONNECTIONS) dropLongestWaiting();
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Connection c = new Connection(channel);
                c.deadline = System.nanoTime() + timeoutNanos;
                channel.register(selector, SelectionKey.OP_READ, c);
                open++;
            } catch (IOException e) {
                channel.close(); // the client went at once
            }
        }
    }

    /**
     * At the limit of connections, the one that has waited longest for its request head goes, so that a flood
     * of slow clients delays a real request by no more than their number, not by the timeout.
     */
    private void dropLongestWaiting() {
        SelectionKey oldest = null;
        for (SelectionKey key : selector.keys()) {
            if (key.isValid() && key.attachment() instanceof Connection c && !c.eventStream && c.out.isEmpty()
                    && (oldest == null || c.deadline - ((Connection) oldest.attachment()).deadline < 0)) {
                oldest = key;
            }
        }
        if (oldest != null) close(oldest);
    }

    private void ready(SelectionKey key) {
        Connection c = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                write(key, c);
                // a keep-alive connection whose answer is out: the next request may be waiting already
                if (key.isValid() && c.out.isEmpty() && !c.eventStream) handleHeads(key, c);
            }
            if (key.isValid() && key.isReadable()) read(key, c);
        } catch (IOException | RuntimeException e) {
            close(key);
        }
    }

    private void read(SelectionKey key, Connection c) throws IOException {
        if (c.eventStream) {
            // nothing more is expected from an event stream's client; reading only tells when it goes away
            if (c.channel.read(ByteBuffer.allocate(512)) < 0) close(key);
            return;
        }
        if (!c.in.hasRemaining()) {
            if (c.in.capacity() >= MAX_HEAD_BYTES) {
                answerAndClose(key, c, 431, "request head too large");
                return;
            }
            ByteBuffer larger = ByteBuffer.allocate(c.in.capacity() * 2);
            c.in.flip();
            larger.put(c.in);
            c.in = larger;
        }
        if (c.channel.read(c.in) < 0) {
            close(key);
            return;
        }
        handleHeads(key, c);
        if (key.isValid() && c.out.isEmpty() && !c.in.hasRemaining() && c.in.capacity() >= MAX_HEAD_BYTES) {
            answerAndClose(key, c, 431, "request head too large");
        }
    }

    /** Answers the complete request heads in the buffer, one at a time: the next waits until the answer is written. */
    private void handleHeads(SelectionKey key, Connection c) throws IOException {
        while (key.isValid() && c.out.isEmpty() && !c.eventStream && !c.closeWhenWritten) {
            int end = headEnd(c.in);
            if (end < 0) return;
            byte[] head = new byte[end];
            c.in.flip();
            c.in.get(head);
            c.in.compact();
            answer(key, c, new String(head, StandardCharsets.ISO_8859_1));
        }
    }

    /** The length of the request head at the start of the buffer (through its blank line), or -1 before it is whole. */
    static int headEnd(ByteBuffer in) {
        byte[] bytes = in.array();
        for (int i = 1; i < in.position(); i++) {
            if (bytes[i] != '\n') continue;
            if (bytes[i - 1] == '\n') return i + 1;
            if (i >= 2 && bytes[i - 1] == '\r' && bytes[i - 2] == '\n') return i + 1;
        }
        return -1;
    }

    private void answer(SelectionKey key, Connection c, String requestHead) throws IOException {
        String[] lines = requestHead.split("\r?\n");
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || !requestLine[2].matches("HTTP/1\\.[01]") || requestLine[0].isEmpty()
                || requestLine[1].isEmpty()) {
            answerAndClose(key, c, 400, "bad request line");
            return;
        }
        String method = requestLine[0];
        boolean keepAlive = requestLine[2].equals("HTTP/1.1");
        boolean hasBody = false;
        String host = null;
        String range = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) continue;
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (name.equals("connection") && value.contains("close")) keepAlive = false;
            if (name.equals("host")) host = value;
            if (name.equals("range")) range = value;
            if (name.equals("transfer-encoding") || (name.equals("content-length") && !value.equals("0"))) hasBody = true;
        }
        // bodies are never read: after an answer, what follows on the connection is not a request head
        c.closeWhenWritten = !keepAlive || hasBody;
        boolean headOnly = method.equals("HEAD");
        if (host == null ? requestLine[2].equals("HTTP/1.1") : !isLoopbackHost(host, port())) {
            // DNS rebinding: a page on another domain re-pointed at 127.0.0.1 must not read the preview (drafts included)
            byte[] body = ("This preview answers only requests addressed to localhost:" + port() + ", 127.0.0.1:" + port()
                    + " or [::1]:" + port() + ".\n").getBytes(StandardCharsets.UTF_8);
            c.closeWhenWritten = true;
            queue(key, c, response(host == null ? 400 : 403, "text/plain; charset=utf-8", body.length, List.of(), true),
                    headOnly ? null : body);
        } else if (method.equals("OPTIONS")) {
            queue(key, c, response(204, null, 0, List.of("Allow: " + ALLOW), c.closeWhenWritten), null);
        } else if (!method.equals("GET") && !headOnly) {
            byte[] body = "Only GET and HEAD are answered here.\n".getBytes(StandardCharsets.UTF_8);
            queue(key, c, response(405, "text/plain; charset=utf-8", body.length, List.of("Allow: " + ALLOW),
                    c.closeWhenWritten), body);
        } else {
            Reply reply;
            try {
                reply = handler.answer(requestLine[1]);
            } catch (RuntimeException e) {
                byte[] body = ("khotin serve: internal error: " + e + "\n").getBytes(StandardCharsets.UTF_8);
                reply = Reply.of(500, "text/plain; charset=utf-8", body);
            }
            if (reply.eventStream() && !headOnly) {
                c.eventStream = true;
                c.closeWhenWritten = false;
                queue(key, c, response(200, reply.contentType(), -1, List.of("Cache-Control: no-cache"), true),
                        reply.body());
            } else if (!(reply.status() == 200 && range != null && answeredRange(key, c, reply, range, headOnly))) {
                List<String> headers = reply.location().isEmpty() ? List.of("Cache-Control: no-store", "Accept-Ranges: bytes")
                        : List.of("Cache-Control: no-store", "Location: " + reply.location());
                queue(key, c, response(reply.status(), reply.contentType(), reply.body().length, headers, c.closeWhenWritten),
                        headOnly ? null : reply.body());
            }
        }
    }

    /**
     * Answers with the span a {@code Range} header asks for ({@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-100});
     * false, answering nothing, when it asks for several or is not understood: then the whole file is the answer.
     */
    private boolean answeredRange(SelectionKey key, Connection c, Reply reply, String range, boolean headOnly) throws IOException {
        byte[] whole = reply.body();
        Matcher m = ONE_RANGE.matcher(range);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return false;
        long first;
        long last;
        if (m.group(1).isEmpty()) { // the last n bytes
            first = Math.max(0, whole.length - Long.parseLong(m.group(2)));
            last = whole.length - 1L;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? whole.length - 1L : Math.min(Long.parseLong(m.group(2)), whole.length - 1L);
        }
        if (first >= whole.length || first > last) {
            queue(key, c, response(416, null, 0, List.of("Content-Range: bytes */" + whole.length), c.closeWhenWritten), null);
            return true;
        }
        int length = (int) (last - first + 1);
        byte[] head = response(206, reply.contentType(), length, List.of("Cache-Control: no-store", "Accept-Ranges: bytes",
                "Content-Range: bytes " + first + "-" + last + "/" + whole.length), c.closeWhenWritten);
        // the span as a view of the file's bytes: a player's "bytes=0-" does not copy a whole video
        queueView(key, c, head, headOnly ? null : ByteBuffer.wrap(whole, (int) first, length));
        return true;
    }

    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /**
     * Whether a {@code Host} header names this machine's loopback with the server's port: {@code localhost},
     * {@code 127.0.0.1} or {@code [::1]}, the port optional only when it is 80.
     */
    static boolean isLoopbackHost(String host, int port) {
        String name = host;
        String portText = null;
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && colon > host.lastIndexOf(']')) {
            name = host.substring(0, colon);
            portText = host.substring(colon + 1);
        }
        if (!(name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]"))) return false;
        return portText == null ? port == 80 : portText.equals(Integer.toString(port));
    }

    private void answerAndClose(SelectionKey key, Connection c, int status, String why) throws IOException {
        byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
        c.closeWhenWritten = true;
        queue(key, c, response(status, "text/plain; charset=utf-8", body.length, List.of(), true), body);
    }

    /** A status line and headers; a negative length sends none (the body ends when the connection does). */
    private static byte[] response(int status, String type, long length, List<String> headers, boolean close) {
        StringBuilder s = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Status")).append("\r\n");
        if (type != null) s.append("Content-Type: ").append(type).append("\r\n");
        if (length >= 0 && status != 204) s.append("Content-Length: ").append(length).append("\r\n");
        for (String h : headers) s.append(h).append("\r\n");
        if (close) s.append("Connection: close\r\n");
        return s.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void queue(SelectionKey key, Connection c, byte[] head, byte[] body) throws IOException {
        queueView(key, c, head, body == null ? null : ByteBuffer.wrap(body));
    }

    private void queueView(SelectionKey key, Connection c, byte[] head, ByteBuffer body) throws IOException {
        c.out.add(ByteBuffer.wrap(head));
        if (body != null && body.hasRemaining()) c.out.add(body);
        c.deadline = System.nanoTime() + timeoutNanos;
        write(key, c);
    }

    /** Writes what the socket takes now; when all is out, closes or waits for the next request head or event. */
    private void write(SelectionKey key, Connection c) throws IOException {
        boolean progressed = false;
        while (!c.out.isEmpty()) {
            ByteBuffer next = c.out.peek();
            if (c.channel.write(next) > 0) progressed = true;
            if (next.hasRemaining()) break;
            c.out.remove();
        }
        long now = System.nanoTime();
        if (!c.out.isEmpty()) {
            if (progressed) c.deadline = now + timeoutNanos;
            key.interestOps(SelectionKey.OP_WRITE | (c.eventStream ? SelectionKey.OP_READ : 0));
            return;
        }
        if (c.closeWhenWritten) {
            close(key);
        } else if (c.eventStream) {
            c.deadline = Long.MAX_VALUE; // waits for events, as long as its client keeps reading them
            key.interestOps(SelectionKey.OP_READ);
        } else {
            c.deadline = now + timeoutNanos; // the next request head is due within the timeout, as the first was
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private void toEventStreams(byte[] event) {
        for (SelectionKey key : List.copyOf(selector.keys())) {
            if (!key.isValid() || !(key.attachment() instanceof Connection c) || !c.eventStream) continue;
            try {
                boolean wasIdle = c.out.isEmpty();
                c.out.add(ByteBuffer.wrap(event));
                if (wasIdle) c.deadline = System.nanoTime() + timeoutNanos;
                write(key, c);
            } catch (IOException | RuntimeException e) {
                close(key);
            }
        }
    }

    private void closeExpired(long now) {
        List<SelectionKey> expired = new ArrayList<>();
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Connection c && c.deadline != Long.MAX_VALUE && now - c.deadline >= 0) {
                expired.add(key);
            }
        }
        for (SelectionKey key : expired) {
            Connection c = (Connection) key.attachment();
            // a head begun and not finished is told why; an idle connection simply goes
            if (c.out.isEmpty() && c.in.position() > 0 && !c.eventStream) {
                try {
                    c.channel.write(ByteBuffer.wrap(response(408, null, 0, List.of(), true)));
                } catch (IOException e) {
                    // closing anyway
                }
            }
            close(key);
        }
    }

    private void close(SelectionKey key) {
        if (key.isValid() && key.attachment() instanceof Connection) open--;
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (SelectionKey key : selector.keys()) key.channel().close();
            selector.close();
            listener.close();
        } catch (IOException e) {
            // closing: nothing more to do
        }
    }
}
