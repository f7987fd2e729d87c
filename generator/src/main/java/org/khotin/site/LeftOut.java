package org.khotin.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The articles a build left out because it was not asked for them: drafts, and articles dated later than
 * now, the first of which appears on {@code firstScheduled}. An editor who wonders where an article went is
 * told in the build's summary.
 */
public record LeftOut(int drafts, int scheduled, Optional<LocalDate> firstScheduled) {
    public static final LeftOut NONE = new LeftOut(0, 0, Optional.empty());

    /** @param zone the site's time zone, whose day an article is dated by */
    static LeftOut counting(int drafts, List<OffsetDateTime> scheduled, ZoneId zone) {
        return new LeftOut(drafts, scheduled.size(),
                scheduled.stream().min(Comparator.naturalOrder()).map(d -> d.atZoneSameInstant(zone).toLocalDate()));
    }

    /** What the summary adds ("; not built: 1 draft (--drafts shows it), …"), or nothing. */
    String describe() {
        if (drafts == 0 && scheduled == 0) return "";
        StringBuilder s = new StringBuilder("; not built: ");
        if (drafts > 0) s.append(drafts == 1 ? "1 draft (--drafts shows it)" : drafts + " drafts (--drafts shows them)");
        if (scheduled > 0) {
            if (drafts > 0) s.append(", ");
            s.append(scheduled == 1 ? "1 article scheduled for " + firstScheduled.orElseThrow() + " (--future shows it)"
                    : String.format(Locale.ROOT, "%d articles scheduled, the first for %s (--future shows them)", scheduled,
                    firstScheduled.orElseThrow()));
        }
        return s.toString();
    }
}
