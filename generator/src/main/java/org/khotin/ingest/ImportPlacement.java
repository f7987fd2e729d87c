package org.khotin.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khotin.ingest.Importer.Conversion;
import org.khotin.ingest.Importer.Options;

/**
 * One import run's decisions of where each converted input goes, in input order: a new file, the same file
 * again, a numbered slug beside another article, or none (a duplicate); and whether to write it (never over an
 * editor's change). Holds what the run has claimed so far.
 */
final class ImportPlacement {
    private final MarkdownWriter writer;
    private final Options options;
    private final ImportManifest manifest;
    private final ExistingArticles existing;
    private final Map<String, String> claimedThisRun = new HashMap<>();

    ImportPlacement(MarkdownWriter writer, Options options, ImportManifest manifest, ExistingArticles existing) {
        this.writer = writer;
        this.options = options;
        this.manifest = manifest;
        this.existing = existing;
    }

    /** Where one converted input goes (a new file, a numbered one, or nowhere: a duplicate), written as decided. */
    ImportReport.Entry place(Importer.Input input, String fileName, Conversion converted) throws IOException {
        Conversion c = converted;
        String titleDate = Importer.titleDateKey(c.article().title(), c.article().date().map(DateParser.ParsedDate::date),
                c.provenance().sha256());
        final String planned = c.relativePath();
        String sha = c.provenance().sha256();
        // this input imported before under a numbered slug (another article has the plain one): same file again
        String numberedPrefix = planned.substring(0, planned.length() - ".md".length()) + "-";
        Optional<String> numbered = existing.bySha(sha)
                .filter(p -> p.startsWith(numberedPrefix) && p.substring(numberedPrefix.length()).matches("\\d+\\.md"))
                .filter(p -> existing.at(p).map(k -> k.sourceFile().equals(fileName)).orElse(false))
                .filter(p -> !claimedThisRun.containsKey(p));
        if (numbered.isPresent()) {
            String p = numbered.get();
            c = withSlug(c, p.substring(p.lastIndexOf('/') + 1, p.length() - ".md".length()), p);
            return decideAndWrite(input, c, titleDate);
        }
        // the same input bytes, or the same title and date, already imported elsewhere or earlier in this run
        Optional<String> duplicate = existing.bySha(sha).filter(p -> !p.equals(planned) || claimedThisRun.containsKey(p))
                .or(() -> existing.byTitleDate(titleDate)
                        .filter(p -> !p.equals(planned) || claimedThisRun.containsKey(p)));
        if (duplicate.isEmpty()) {
            Optional<ExistingArticles.Known> atPath = existing.at(planned);
            // a file at the same path from another input (or written by hand) is another article, or this one again
            boolean otherInput = atPath.isPresent()
                    && (claimedThisRun.containsKey(planned) || !atPath.get().sourceFile().equals(fileName));
            boolean otherArticle = otherInput && !atPath.get().sourceSha256().equals(sha);
            if ((otherInput && !otherArticle) || (otherArticle && atPath.get().titleDate().equals(titleDate))) {
                duplicate = Optional.of(planned);
            } else if (otherArticle) {
                // a different article already has this slug in this month: number this one
                c = renumbered(c);
            }
        }
        if (duplicate.isPresent()) {
            return new ImportReport.Entry(input.display(), ImportReport.Status.DUPLICATE, display(duplicate.get()),
                    List.of());
        }
        return decideAndWrite(input, c, titleDate);
    }

    /** Decides new / unchanged / updated / kept for the conversion's path, and writes accordingly. */
    private ImportReport.Entry decideAndWrite(Importer.Input input, Conversion converted, String titleDate) throws IOException {
        PagePhotos photos = PagePhotos.of(input, converted.article());
        Conversion c = photos.lost().isEmpty() && photos.found().isEmpty() ? converted : withPhotos(converted, photos);
        String path = c.relativePath();
        String fileName = c.provenance().fileName();
        claimedThisRun.put(path, input.display());
        existing.claim(path, c.provenance().sha256(), titleDate, fileName);

        Path target = options.into().resolve(path);
        byte[] fresh = c.markdown().getBytes(StandardCharsets.UTF_8);
        String freshSha = Importer.sha256(fresh);
        ImportReport.Status status;
        String detail = display(path);
        if (!Files.exists(target)) {
            status = ImportReport.Status.NEW;
            if (!options.dryRun()) Importer.writeAtomically(target, fresh);
            manifest.record(path, freshSha);
        } else {
            byte[] onDisk = Files.readAllBytes(target);
            String diskSha = Importer.sha256(onDisk);
            if (diskSha.equals(freshSha)) {
                status = ImportReport.Status.UNCHANGED;
                manifest.record(path, freshSha);
            } else if (manifest.hashOf(path).filter(diskSha::equals).isPresent()) {
                status = ImportReport.Status.UPDATED;
                if (!options.dryRun()) Importer.writeAtomically(target, fresh);
                manifest.record(path, freshSha);
            } else {
                status = ImportReport.Status.KEPT;
                if (options.force()) detail += writeBeside(target, path, fresh, freshSha);
            }
        }
        List<String> warnings = new ArrayList<>(c.warnings());
        warnings.addAll(photos.copy(options.into().resolve(path.substring(0, path.length() - ".md".length())), options.dryRun(),
                display(path.substring(0, path.length() - ".md".length()) + "/")));
        return new ImportReport.Entry(input.display(), status, detail, warnings);
    }

    /**
     * {@code --force} for a file an editor changed: the fresh import beside it as {@code <slug>.md.import}. That
     * file is an editor's too once changed (someone merging the two by hand), so it is replaced by the same rule
     * as the article: only while it still has the bytes the importer wrote there. Returns the report's words.
     */
    private String writeBeside(Path target, String path, byte[] fresh, String freshSha) throws IOException {
        String besidePath = path + Importer.IMPORT_SUFFIX;
        Path beside = target.resolveSibling(target.getFileName() + Importer.IMPORT_SUFFIX);
        String shown = display(besidePath);
        if (Files.exists(beside, LinkOption.NOFOLLOW_LINKS)) {
            String diskSha = Files.isRegularFile(beside, LinkOption.NOFOLLOW_LINKS) ? Importer.sha256(Files.readAllBytes(beside)) : "";
            if (diskSha.equals(freshSha)) {
                manifest.record(besidePath, freshSha);
                return "; fresh import already in " + shown;
            }
            if (manifest.hashOf(besidePath).filter(diskSha::equals).isEmpty()) {
                return "; " + shown + " was edited by hand too, so the fresh import was not written (move that file away to get it)";
            }
        }
        if (!options.dryRun()) Importer.writeAtomically(beside, fresh);
        manifest.record(besidePath, freshSha);
        return "; fresh import written to " + shown;
    }

    private Conversion renumbered(Conversion c) {
        String base = c.relativePath().substring(0, c.relativePath().length() - ".md".length());
        String slug = base.substring(base.lastIndexOf('/') + 1);
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n + ".md";
            Optional<ExistingArticles.Known> there = existing.at(candidate);
            boolean free = there.isEmpty() || there.get().sourceFile().equals(c.provenance().fileName());
            if (free && !claimedThisRun.containsKey(candidate)) return withSlug(c, slug + "-" + n, candidate);
        }
    }

    /** The conversion with the page's photos named as they are copied, and those not found left out (with a warning). */
    private Conversion withPhotos(Conversion c, PagePhotos photos) {
        ScrapedArticle article = c.article().withBlocks(photos.blocks());
        String base = c.relativePath().substring(0, c.relativePath().length() - ".md".length());
        String slug = base.substring(base.lastIndexOf('/') + 1);
        List<String> warnings = new ArrayList<>(c.warnings());
        for (Block.Photo lost : photos.lost()) {
            warnings.add("photo " + lost.address() + " is not in the saved page's folder: left out"
                    + (lost.text().isEmpty() ? "" : ", its caption kept") + " (the importer never downloads)");
        }
        return new Conversion(c.relativePath(), writer.write(article, c.provenance(), slug), article, c.provenance(), warnings);
    }

    private Conversion withSlug(Conversion c, String slug, String relativePath) {
        return new Conversion(relativePath, writer.write(c.article(), c.provenance(), slug), c.article(),
                c.provenance(), c.warnings());
    }

    private String display(String relativePath) {
        String into = options.intoDisplay();
        return (into.endsWith("/") ? into : into + "/") + relativePath;
    }
}
