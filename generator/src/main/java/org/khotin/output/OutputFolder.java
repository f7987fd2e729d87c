package org.khotin.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/** Where an output folder really is, and whether a build may write there at all. */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** The folder as the user named it, ending in one '/': for messages. */
    public static String display(Path folder) {
        String name = folder.toString().replace('\\', '/');
        return name.endsWith("/") ? name : name + "/";
    }

    /**
     * The folder's real path: symbolic links resolved (also in the part of the path that exists when the folder
     * itself does not yet), {@code ..} and trailing separators gone. Two names of one folder give one path.
     */
    public static Path realPath(Path folder) throws IOException {
        Path path = folder.toAbsolutePath();
        for (int links = 0; links < 40; links++) {
            Deque<Path> missing = new ArrayDeque<>();
            Path existing = path;
            // Not normalized first: after a symbolic link, ".." means the parent of its target.
            while (existing != null && !Files.exists(existing)) {
                if (Files.isSymbolicLink(existing)) break; // a link to nothing: follow it by hand
                missing.push(existing.getFileName());
                existing = existing.getParent();
            }
            if (existing == null) return path.normalize();
            if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                Path target = existing.resolveSibling(Files.readSymbolicLink(existing));
                for (Path name : missing) target = target.resolve(name);
                path = target.toAbsolutePath();
                continue;
            }
            Path real = existing.toRealPath();
            for (Path name : missing) real = real.resolve(name);
            return real.normalize();
        }
        throw new IOException(folder + ": too many levels of symbolic links");
    }

    /**
     * Why no build may write into {@code out}, even one told to take it over: it is the site's folder or holds
     * it, or it is inside (or holds) a folder the site is made from. All paths are compared as real paths.
     *
     * @param out      the output folder's real path
     * @param siteRoot the folder holding site-config.yml
     * @param sources  what the site is made from, by the name the editor knows it by (e.g. "content_dir")
     * @return the reason, a sentence part such as "is the content folder (content_dir)"; empty when allowed
     */
    public static Optional<String> refusal(Path out, Path siteRoot, Map<String, Path> sources) throws IOException {
        Path root = realPath(siteRoot);
        if (out.equals(root)) return Optional.of("is the site's own folder (the one holding its configuration)");
        if (root.startsWith(out)) return Optional.of("holds the site's folder " + root);
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            Path real = realPath(source.getValue());
            String what = "the " + source.getKey() + " folder " + real;
            if (out.equals(real)) return Optional.of("is " + what);
            if (out.startsWith(real)) return Optional.of("is inside " + what);
            if (real.startsWith(out)) return Optional.of("holds " + what);
        }
        return Optional.empty();
    }

    /** Whether {@code path} names something, a dangling symbolic link included. */
    static boolean present(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
