package org.khotin.render;

/**
 * Relative links between output locations, so that one build works at a domain root and under any
 * sub-path. Absolute URLs come from {@link org.khotin.config.SiteConfig#absolute}.
 */
public final class Links {
    private Links() {}

    /**
     * @param fromFile the page's own file, e.g. {@code vi/2019/01/a/index.html}
     * @param to       a location ({@code vi/tu-khoa/}) or file ({@code assets/site.css}) relative to the root
     */
    public static String relative(String fromFile, String to) {
        String[] from = fromFile.split("/");
        int depth = from.length - 1;
        String[] target = to.isEmpty() ? new String[0] : to.split("/", -1);
        int common = 0;
        while (common < depth && common < target.length - 1 && from[common].equals(target[common])) common++;
        StringBuilder out = new StringBuilder();
        for (int i = common; i < depth; i++) out.append("../");
        for (int i = common; i < target.length; i++) {
            out.append(target[i]);
            if (i < target.length - 1) out.append('/');
        }
        return out.length() == 0 ? "./" : out.toString();
    }

    /** Prefix that leads from a page's folder to the site root: {@code ""} or {@code "../../"}. */
    public static String toRoot(String fromFile) {
        int depth = fromFile.split("/").length - 1;
        return "../".repeat(depth);
    }
}
