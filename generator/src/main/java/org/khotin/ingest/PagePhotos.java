package org.khotin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The photos of a saved page, found on disk where the page's {@code src} points (a browser saves them in the
 * {@code <name>_files/} folder beside the page), to be copied into the article's folder
 * ({@code <slug>/} beside its Markdown). One the page names but the disk lacks is left out and reported: the
 * importer never downloads.
 *
 * @param blocks the article's blocks, found photos named in their folder, lost ones replaced by their caption
 * @param found  each photo to copy, by its file name in the article's folder
 */
record PagePhotos(List<Block> blocks, Map<String, Path> found, List<Block.Photo> lost) {

    static PagePhotos of(Importer.Input input, ScrapedArticle article) {
        if (article.blocks().stream().noneMatch(b -> b instanceof Block.Photo)) return new PagePhotos(article.blocks(), Map.of(), List.of());
        Path pageFolder = input.path().toAbsolutePath().normalize().getParent();
        List<Block> blocks = new ArrayList<>();
        Map<String, Path> found = new HashMap<>();
        Map<Path, String> named = new HashMap<>();
        List<Block.Photo> lost = new ArrayList<>();
        for (Block b : article.blocks()) {
            if (!(b instanceof Block.Photo photo)) {
                blocks.add(b);
                continue;
            }
            Path file = local(pageFolder, photo).orElse(null);
            if (file == null) {
                lost.add(photo);
                if (!photo.text().isEmpty()) blocks.add(new Block.Caption(photo.text()));
                continue;
            }
            String name = named.get(file);
            if (name == null) {
                name = unique(photo.fileName(), found.keySet());
                named.put(file, name);
                found.put(name, file);
            }
            blocks.add(photo.named(name));
        }
        return new PagePhotos(blocks, Map.copyOf(found), List.copyOf(lost));
    }

    /** The photo's file on disk, when its address is a relative path to a file inside the page's folder. */
    private static java.util.Optional<Path> local(Path pageFolder, Block.Photo photo) {
        String path = photo.path();
        if (pageFolder == null || path.isEmpty() || path.startsWith("/") || path.startsWith("//") || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return java.util.Optional.empty();
        }
        Path file = pageFolder.resolve(path).normalize();
        boolean inside = file.startsWith(pageFolder) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        return inside ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    private static String unique(String name, java.util.Set<String> taken) {
        if (!taken.contains(name)) return name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; ; n++) {
            String candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
            if (!taken.contains(candidate)) return candidate;
        }
    }

    /**
     * Copies the photos into the article's folder; a file already there with other bytes is an editor's and
     * stays. Returns the report's warnings.
     */
    List<String> copy(Path folder, boolean dryRun, String shownFolder) throws IOException {
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, Path> e : found.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Path target = folder.resolve(e.getKey());
            byte[] bytes = Files.readAllBytes(e.getValue());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                boolean same = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(target), bytes);
                if (!same) warnings.add("photo " + shownFolder + e.getKey() + " differs from the page's: kept as it is");
                continue;
            }
            if (!dryRun) Importer.writeAtomically(target, bytes);
        }
        return warnings;
    }
}
