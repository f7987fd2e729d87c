package org.khotin.render;

/**
 * A page whose view records are made only when it is about to render: a large archive never holds every
 * page's views at once. Making the same planned page twice gives equal jobs.
 */
@FunctionalInterface
public interface PlannedPage {
    RenderJob make();
}
