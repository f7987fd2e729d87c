package org.khotin.output;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the output in memory: for tests and the preview server. Committed output replaces the previous one.
 * The byte arrays are kept as given, not copied: a page the preview did not render again stays the same array.
 * Pages are written from several threads at once, and a commit hands the written files over without copying.
 */
public final class MemorySink implements OutputSink {
    private volatile Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private volatile Map<String, byte[]> committed = Map.of();

    @Override
    public void write(String path, byte[] content) {
        OutputSink.checkPath(path);
        if (pending.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    @Override
    public int count() {
        return pending.size();
    }

    @Override
    public synchronized void commit() {
        committed = Collections.unmodifiableMap(pending);
        pending = new ConcurrentHashMap<>();
    }

    @Override
    public synchronized void abandon() {
        pending = new ConcurrentHashMap<>();
    }

    /** What the last commit made visible; unmodifiable. */
    public Map<String, byte[]> committed() {
        return committed;
    }
}
