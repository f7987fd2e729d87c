package org.khotin.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each file under a folder last changed, according to git: one {@code git log} for the whole
 * folder (newest commit first), so the cost does not grow with a process per file.
 */
final class GitHistory {
    private GitHistory() {}

    /** Paths relative to {@code dir} → date of the last commit that touched them; empty without git. */
    static Optional<Map<String, OffsetDateTime>> lastChanges(Path repo, String dir) {
        ProcessBuilder pb = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=%x00%cI",
                "--name-only", "--no-renames", "--", dir)
                .directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, OffsetDateTime> dates = new HashMap<>();
        try {
            Process p = pb.start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                OffsetDateTime current = null;
                String prefix = dir.endsWith("/") ? dir : dir + "/";
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("\0")) {
                        current = OffsetDateTime.parse(line.substring(1).strip());
                    } else if (!line.isBlank() && current != null && line.startsWith(prefix)) {
                        dates.putIfAbsent(line.substring(prefix.length()), current);
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
            return Optional.of(dates);
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
