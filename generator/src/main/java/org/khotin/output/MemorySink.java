package org.khotin.output;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the output in memory: for tests and the preview server. Committed output replaces the previous one.
 * The byte arrays are kept as given, not copied: a page the preview did not render again stays the same array.
 */
public final class MemorySink implements OutputSink {
    private final TreeMap<String, byte[]> pending = new TreeMap<>();
    private Map<String, byte[]> committed = Map.of();

    @Override
    public synchronized void write(String path, byte[] content) {
        OutputSink.checkPath(path);
        if (pending.put(path, content) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    @Override
    public synchronized int count() {
        return pending.size();
    }

    @Override
    public synchronized void commit() {
        committed = Map.copyOf(pending);
        pending.clear();
    }

    @Override
    public synchronized void abandon() {
        pending.clear();
    }

    public synchronized Map<String, byte[]> committed() {
        return committed;
    }
}
