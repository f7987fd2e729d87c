package org.khotin.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A word list shipped with khotin as a resource: one entry a line, {@code #} starts a comment. */
public final class WordListFile {
    private WordListFile() {}

    /** The entries as written: comments and blank lines dropped, NFC. */
    public static List<String> lines(Class<?> beside, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = beside.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) out.add(Unicode.nfc(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** The entries as {@link Fold#key}s (lowercase, canonical tones), for matching. */
    public static Set<String> keys(Class<?> beside, String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : lines(beside, resource)) out.add(Fold.key(entry));
        return Set.copyOf(out);
    }
}
