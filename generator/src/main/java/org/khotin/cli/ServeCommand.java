package org.khotin.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.khotin.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it on 127.0.0.1 for preview.",
                "Watches content/, templates/ and site-config.yml; on a change it rebuilds what changed and reloads "
                        + "open pages. A build error leaves the last good site in place and shows the error over the page."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313",
            description = "Port on 127.0.0.1, from 1 to 65535 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("khotin serve: error: --port must be from 1 to 65535, not " + port);
            err.println("  hint: leave it out for 1313, or pick a free one such as --port 8080");
            return Main.USAGE;
        }
        PreviewSession session;
        try {
            session = new PreviewSession(site.siteRoot(), site.config.toAbsolutePath(), site::loadConfig,
                    site.buildOptions(), port, out, err);
        } catch (BindException e) {
            err.println("khotin serve: error: port " + port + " on 127.0.0.1 is already in use");
            err.println("  hint: another 'khotin serve' may be running: stop it, or choose another port with --port "
                    + (port < 65535 ? port + 1 : 1314));
            return Main.FAILED;
        }
        try (session) {
            session.start();
            out.println("Serving on http://127.0.0.1:" + session.port() + "/ (Ctrl+C to stop)");
            out.flush();
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }
}
