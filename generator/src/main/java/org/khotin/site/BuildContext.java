package org.khotin.site;

import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.output.OutputSink;

/**
 * What every stage of one build shares: the configuration (with the options applied), the options, where the
 * output goes, the problems found so far and the stages' times.
 */
record BuildContext(SiteConfig cfg, BuildOptions options, OutputSink sink, Problems problems, StageTimes times) {}
