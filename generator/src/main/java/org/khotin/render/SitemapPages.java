package org.khotin.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code sitemap.xml} (an index of numbered sitemaps above 50,000 URLs) and {@code robots.txt}. */
final class SitemapPages {
    private final SiteModel site;
    private final int maxUrls;

    SitemapPages(SiteModel site, int maxUrls) {
        this.site = site;
        this.maxUrls = maxUrls;
    }

    static Optional<Views.SitemapUrl> entry(RenderJob job) {
        if (job.model().get("page") instanceof Views.Page page && page.meta().indexable()) {
            return Optional.of(new Views.SitemapUrl(page.canonical(), page.meta().lastmod(), page.alternates()));
        }
        return Optional.empty();
    }

    List<RenderJob> plan(List<Views.SitemapUrl> entries) {
        List<Views.SitemapUrl> urls = new ArrayList<>(entries);
        urls.sort(Comparator.comparing(Views.SitemapUrl::loc));
        List<RenderJob> jobs = new ArrayList<>();
        if (urls.size() <= maxUrls) {
            jobs.add(new RenderJob("sitemap.xml", "sitemap.ftlx", Map.of("urls", urls)));
        } else {
            List<Views.SitemapFile> files = new ArrayList<>();
            for (int i = 0, n = 1; i < urls.size(); i += maxUrls, n++) {
                List<Views.SitemapUrl> part = urls.subList(i, Math.min(urls.size(), i + maxUrls));
                String name = "sitemap-" + n + ".xml";
                String lastmod = part.stream().map(Views.SitemapUrl::lastmod).max(Comparator.naturalOrder()).orElse("");
                files.add(new Views.SitemapFile(site.config().absolute(name), lastmod));
                jobs.add(new RenderJob(name, "sitemap.ftlx", Map.of("urls", part)));
            }
            jobs.add(new RenderJob("sitemap.xml", "sitemap-index.ftlx", Map.of("files", files)));
        }
        jobs.add(new RenderJob("robots.txt", "robots.ftl", Map.of("sitemap", site.config().absolute("sitemap.xml"))));
        return jobs;
    }
}
