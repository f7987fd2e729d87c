package org.khotin.taxonomy;

import java.util.regex.Pattern;

/**
 * Raw HTML in a Markdown body whose content no reader sees: comments, and the elements whose content the
 * Markdown stage's cleaner drops with them (scripts, styles, frames and their kin). Their text must not be
 * found by search, shown in its snippets, suggested as a keyword nor counted by related news. An element left
 * open hides the rest of the body, as it does on the page. (The same tags written inside code, where the page shows them, are left out of search too.)
 */
public final class HiddenHtml {
    private static final Pattern HIDDEN = Pattern.compile(
            "<!--.*?(?:-->|\\z)|<(script|style|iframe|xmp|noembed|noframes)\\b.*?(?:</\\1(?:[\\s/][^>]*)?>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HiddenHtml() {}

    /** The body with hidden HTML replaced by a space. */
    public static String removed(String markdown) {
        if (markdown.indexOf('<') < 0) return markdown;
        return HIDDEN.matcher(markdown).replaceAll(" ");
    }
}
