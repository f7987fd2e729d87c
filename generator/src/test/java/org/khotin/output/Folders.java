package org.khotin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small sites written through a sink, and what a folder holds, for the output tests. */
final class Folders {
    private Folders() {
    }

    /** Every file under a folder, dot-files included: relative path → text; symbolic links as "-> target". */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) out.put(rel, "-> " + Files.readSymbolicLink(p));
                else if (Files.isRegularFile(p)) out.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                else if (Files.isDirectory(p) && !p.equals(dir) && isEmpty(p)) out.put(rel + "/", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    /** Writes the files through the sink and commits. */
    static void build(DirectorySink sink, Map<String, String> files) throws IOException {
        try (sink) {
            write(sink, files);
            sink.commit();
        }
    }

    static void write(DirectorySink sink, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) sink.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
    }

    static void put(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a build leaves beside or in the output folder while it runs or after it was stopped (the previous generation aside). */
    static boolean leftoversOf(Path out) {
        String name = out.getFileName().toString();
        for (String s : new String[] {".new", ".staging", ".commit", ".commit.tmp"}) {
            if (Files.exists(out.resolveSibling("." + name + s))) return true;
        }
        return Files.exists(out.resolve(".khotin-staging"));
    }
}
