package org.khotin.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The pages a site had before, read from a previous build's folder or from its sitemap saved to disk (an index
 * of sitemaps is followed to its parts beside it), as site-relative addresses: {@code vi/2020/01/slug/} for a
 * folder's page, the file's path otherwise. A new build must still answer every one of them, with the page or
 * a redirect.
 */
public final class PreviousAddresses {
    private PreviousAddresses() {}

    /**
     * @param display how messages name {@code source}
     * @param baseUrl the site's base URL: sitemap addresses under it (or under its path on another host) are the site's
     */
    public static Set<String> read(Path source, String display, String baseUrl) throws IOException {
        if (Files.isDirectory(source)) return fromFolder(source);
        return fromSitemap(source, display, baseUrl);
    }

    private static Set<String> fromFolder(Path folder) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(f).toString().replace('\\', '/');
                if (!path.endsWith(".html") || path.equals("404.html") || path.startsWith(".")) continue;
                out.add(path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
            }
        }
        return out;
    }

    private static Set<String> fromSitemap(Path file, String display, String baseUrl) throws IOException {
        Document xml = parse(file, display);
        Set<String> out = new TreeSet<>();
        List<String> locs = locs(xml);
        if (xml.getDocumentElement().getLocalName().equals("sitemapindex")) {
            for (String loc : locs) {
                String name = loc.substring(loc.lastIndexOf('/') + 1);
                Path part = file.resolveSibling(name);
                if (!Files.isRegularFile(part)) {
                    throw new IOException(display + " is a sitemap index; its part " + name + " is not beside it");
                }
                for (String l : locs(parse(part, part.toString()))) out.add(relative(l, baseUrl));
            }
        } else {
            for (String loc : locs) out.add(relative(loc, baseUrl));
        }
        return out;
    }

    private static Document parse(Path file, String display) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(display + " is not a sitemap: " + e.getMessage(), e);
        }
    }

    private static List<String> locs(Document xml) {
        NodeList nodes = xml.getElementsByTagNameNS("*", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent().strip());
        return out;
    }

    /** A sitemap address as a site-relative one: the base URL taken off, or its path where the host differs. */
    static String relative(String loc, String baseUrl) {
        if (loc.startsWith(baseUrl)) return loc.substring(baseUrl.length());
        String path = URI.create(loc).getPath();
        String basePath = URI.create(baseUrl).getPath();
        if (path == null) return loc;
        return path.startsWith(basePath) ? path.substring(basePath.length()) : path.replaceFirst("^/", "");
    }

    /** Errors, one per address that now leads nowhere: no page and no redirect answers it in {@code files}. */
    public static void check(Set<String> previous, Set<String> files, String display, Problems problems) {
        for (String address : previous) {
            String file = address.isEmpty() || address.endsWith("/") ? address + "index.html" : address;
            if (files.contains(file)) continue;
            problems.error(SourcePos.file(display), "'" + address + "' was a page of the previous site and now leads nowhere",
                    "if its article moved, add the old address to the article's aliases (aliases: [" + address
                            + "]); a keyword merged into another keeps its address as a glossary alias");
        }
    }
}
