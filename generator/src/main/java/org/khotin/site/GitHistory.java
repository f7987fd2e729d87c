package org.khotin.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.khotin.config.SiteConfig;
import org.khotin.content.Article;
import org.khotin.content.ContentLoader;
import org.khotin.content.Corpus;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

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

    /**
     * Every address each file under {@code dir} had in git history, by its path now (relative to {@code dir}):
     * renames are followed back ({@code git log -M}), and each committed version is read by {@code address} (its
     * bytes and its path then, relative to {@code dir}) to the article address it had. A file deleted since is
     * no one's. Empty without git.
     */
    static Optional<Map<String, java.util.Set<String>>> pastAddresses(Path repo, String dir,
            java.util.function.BiFunction<byte[], String, Optional<String>> address) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        // (commit, path then) of every version, with the path it has now
        java.util.List<String[]> versions = new java.util.ArrayList<>();
        ProcessBuilder log = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=%x00%H", "--name-status",
                "-M", "--", dir).directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = log.start();
            Map<String, String> nowNamed = new HashMap<>(); // a path in older commits → the path it has now
            String deleted = "\0";
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String commit = null;
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("\0")) {
                        commit = line.substring(1).strip();
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (commit == null || f.length < 2) continue;
                    char status = f[0].charAt(0);
                    String path = f[f.length - 1];
                    String now = nowNamed.getOrDefault(path, path);
                    if (status == 'D') {
                        nowNamed.put(path, deleted);
                        continue;
                    }
                    if (!now.equals(deleted) && path.startsWith(prefix) && path.endsWith(".md")) {
                        versions.add(new String[] {commit, path, now});
                    }
                    if (status == 'R' && f.length == 3) nowNamed.put(f[1], now);
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
            Map<String, java.util.Set<String>> out = new HashMap<>();
            if (versions.isEmpty()) return Optional.of(out);
            Process cat = new ProcessBuilder("git", "cat-file", "--batch").directory(repo.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // ask in a thread of its own, so that neither side waits on a full pipe
            Thread ask = new Thread(() -> {
                try (var w = new java.io.OutputStreamWriter(cat.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (String[] v : versions) w.write(v[0] + ":" + v[1] + "\n");
                } catch (IOException e) {
                    // the reader below sees the stream end early and gives up
                }
            });
            ask.start();
            try (var in = new java.io.BufferedInputStream(cat.getInputStream())) {
                for (String[] v : versions) {
                    String header = readLine(in);
                    if (header == null) break;
                    String[] h = header.split(" ");
                    if (h.length != 3 || !h[1].equals("blob")) continue;
                    byte[] bytes = in.readNBytes(Integer.parseInt(h[2]));
                    in.read(); // the newline after the content
                    String nowPath = v[2].startsWith(prefix) ? v[2].substring(prefix.length()) : v[2];
                    address.apply(bytes, v[1].substring(prefix.length()))
                            .ifPresent(a -> out.computeIfAbsent(nowPath, k -> new java.util.TreeSet<>()).add(a));
                }
            }
            ask.join();
            if (!cat.waitFor(60, TimeUnit.SECONDS)) return Optional.empty();
            return Optional.of(out);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String readLine(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(64);
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') return line.toString(StandardCharsets.UTF_8);
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /**
     * With {@code --git-info}: every address an article's file had in git history (renames followed, each version's
     * slug, date and language read) becomes one of its aliases, so that a rename never breaks a link.
     */
    static Corpus withPastAddresses(Path siteRoot, SiteConfig cfg, ContentLoader loader, Corpus corpus) {
        Optional<Map<String, Set<String>>> past = pastAddresses(siteRoot, cfg.contentDir(), (bytes, path) ->
                loader.parse(bytes, path, cfg.contentDir() + "/" + path, new Problems())
                        .filter(a -> !a.meta().draft()).map(Article::urlPath));
        if (past.isEmpty()) return corpus; // gitDates says so
        String prefix = cfg.contentDir() + "/";
        List<Article> edited = new ArrayList<>();
        for (Article a : corpus.articles()) {
            List<String> aliases = new ArrayList<>(a.meta().aliases());
            for (String old : past.get().getOrDefault(a.sourcePath().substring(prefix.length()), Set.of())) {
                if (!old.equals(a.urlPath()) && !aliases.contains(old)) aliases.add(old);
            }
            if (aliases.size() > a.meta().aliases().size()) {
                edited.add(new Article(a.id(), a.sourcePath(), a.meta().withAliases(aliases), a.body(), a.bodyLine(), a.lead()));
            }
        }
        return edited.isEmpty() ? corpus : corpus.replacing(edited);
    }

    /** Article id → last commit date of its file. */
    static Map<String, OffsetDateTime> lastChangeDates(Path siteRoot, SiteConfig cfg, Corpus corpus, Problems problems) {
        Optional<Map<String, OffsetDateTime>> byFile = lastChanges(siteRoot, cfg.contentDir());
        if (byFile.isEmpty()) {
            problems.warning(SourcePos.file(cfg.contentDir() + "/"), "--git-info: no git history here",
                    "dates of last change come from 'updated:' instead; in CI, check out with full history");
            return Map.of();
        }
        Map<String, OffsetDateTime> out = new TreeMap<>();
        String prefix = cfg.contentDir() + "/";
        for (Article a : corpus.articles()) {
            OffsetDateTime d = byFile.get().get(a.sourcePath().substring(prefix.length()));
            if (d != null) out.put(a.id(), d);
        }
        return out;
    }
}
