package org.khotin.render;

import java.util.Map;

/** One output page: the file it goes to, the template, and the view records the template sees. */
public record RenderJob(String file, String template, Map<String, Object> model) {
    public RenderJob {
        model = Map.copyOf(model);
    }
}
