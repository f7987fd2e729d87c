package org.khotin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.Counters;
import org.apache.commons.io.file.PathUtils;

/** What a built site puts on a host: its regular files and their bytes (what host limits count). */
public record OutputSize(long files, long bytes) {
    public static OutputSize of(Path site) throws IOException {
        if (!Files.isDirectory(site)) return new OutputSize(0, 0);
        Counters.PathCounters counted = PathUtils.countDirectory(site);
        return new OutputSize(counted.getFileCounter().get(), counted.getByteCounter().get());
    }
}
