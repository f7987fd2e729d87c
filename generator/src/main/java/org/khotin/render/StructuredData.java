package org.khotin.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON-LD for search engines: BreadcrumbList on every page, NewsArticle on articles. */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {}

    /** A step of a breadcrumb trail with its absolute URL. */
    record Step(String name, String url) {}

    static Map<String, Object> breadcrumbs(List<Step> steps) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", steps.get(i).name());
            // the last step is the page itself, whose address search engines know: schema.org lets it go
            if (i + 1 < steps.size()) item.put("item", steps.get(i).url());
            items.add(item);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    /**
     * The article's facts only: its description is the page's meta description already, and a modification date
     * equal to the publication date says nothing more, and its keywords are the page's visible keyword links
     * (every page carries this, so every byte counts).
     */
    static Map<String, Object> newsArticle(String headline, String url, String published, String modified,
                                           List<Person> authors, String lang, String publisher) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("headline", headline);
        article.put("url", url);
        article.put("datePublished", published);
        if (!modified.equals(published)) article.put("dateModified", modified);
        List<Map<String, Object>> people = authors.stream().map(p -> {
            Map<String, Object> person = named("Person", p.name());
            if (!p.url().isEmpty()) person.put("url", p.url());
            return person;
        }).toList();
        if (!people.isEmpty()) article.put("author", people.size() == 1 ? people.get(0) : people);
        article.put("publisher", named("Organization", publisher));
        article.put("inLanguage", lang);
        return article;
    }

    /** The series an article is a part of, with its page. */
    static Map<String, Object> series(String name, String url) {
        Map<String, Object> series = named("CreativeWorkSeries", name);
        series.put("url", url);
        return series;
    }

    /** A writer, with the page of their articles when they have one. */
    record Person(String name, String url) {}

    /** The graph as a JSON string safe inside a script element. */
    static String toJson(List<Map<String, Object>> graph) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", graph);
        try {
            return JSON.writeValueAsString(doc).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    /** An ordered map, not Map.of: its order changes from one JVM run to the next, and output must not. */
    private static Map<String, Object> named(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }
}
