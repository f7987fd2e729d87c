package org.khotin.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a link from an article to another article's Markdown file leads. Editors link stories as GitHub and their
 * editors' previews follow such links, by the file relative to their own ({@code [cầu mới](../../2024/05/cau-moi.md)},
 * with a {@code #heading} if they like); the page links to that article's page.
 */
@FunctionalInterface
public interface ArticleLinks {
    /** For text that is no article's body (a lead, a check of photos): links to Markdown files stay as written. */
    ArticleLinks NONE = path -> Optional.empty();

    /**
     * The linked article's page, relative to the linking article's page.
     *
     * @param path the link's path, decoded, without its {@code #fragment} or {@code ?query}: relative to the
     *             linking article's file
     * @return empty when no article of the build is at that path
     */
    Optional<String> href(String path);

    /** Whether a link's address names a Markdown file by a relative path: no scheme, not from the root, ".md" at its end. */
    static boolean namesMarkdownFile(String url) {
        int end = pathEnd(url);
        for (int i = 0; i < end && url.charAt(i) != '/'; i++) {
            if (url.charAt(i) == ':') return false; // a scheme (http:, mailto:) comes before the first '/'
        }
        return end >= 4 && !url.startsWith("/") && url.regionMatches(true, end - 3, ".md", 0, 3);
    }

    /** Where a link's path ends: at its {@code ?query} or {@code #fragment}, or at its end. */
    static int pathEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '#' || url.charAt(i) == '?') return i;
        }
        return url.length();
    }

    /** A link's path as the file is named: percent-escapes decoded as UTF-8 ({@code c%E1%BA%A7u.md} is {@code cầu.md}). */
    static String decodedPath(String url) {
        return decoded(url.substring(0, pathEnd(url)));
    }

    /** Percent-escapes decoded as UTF-8, {@code +} kept; with a stray '%', the text as written. */
    static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Whether a text could hold a link to a Markdown file (".md" in any case): a cheap test before the real one. */
    static boolean mayLinkFiles(String text) {
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i, ".md", 0, 3)) return true;
        }
        return false;
    }
}
