package org.khotin.markdown;

import java.util.Locale;
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
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '#' || c == '?') {
                end = i;
                break;
            }
            if (c == ':') return false; // a scheme (http:, mailto:) comes before any '/', '#' or '?'
        }
        if (end < 4 || url.startsWith("/")) return false;
        return url.substring(end - 3, end).toLowerCase(Locale.ROOT).equals(".md");
    }
}
