package org.khotin.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its own chromedriver. Both binaries are given explicitly, so Selenium
 * never tries to download anything. Without them the browser tests are skipped, saying how to install them.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Held here: the logging framework keeps loggers only weakly, and the level would be lost with it. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private Browser() {}

    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium not found: browser tests need Debian's chromium and chromium-driver "
                        + "(sudo apt-get install -y chromium chromium-driver; .ci/run installs them)");
    }

    /** A fresh browser with its own empty profile; 412 px wide like a phone unless {@code desktop}. */
    public static ChromeDriver open(Path profiles, boolean desktop, boolean javascript) {
        return open(profiles, desktop, javascript, "vi");
    }

    /** The same, its reader's languages {@code languages} ({@code en-US,en}), as the browser tells sites. */
    public static ChromeDriver open(Path profiles, boolean desktop, boolean javascript, String languages) {
        SELENIUM_LOG.setLevel(Level.SEVERE); // "Unable to find CDP implementation" is noise: no CDP is used
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + languages.split(",")[0],
                desktop ? "--window-size=1280,900" : "--window-size=360,800",
                "--user-data-dir=" + profiles.resolve("p" + System.nanoTime()));
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", languages));
        if (!javascript) prefs.put("profile.managed_default_content_settings.javascript", 2);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** On a phone the header's links, search box and buttons are in the menu: opens it, as a reader would, when shut. */
    public static void openMenu(org.openqa.selenium.WebDriver d) {
        org.openqa.selenium.WebElement summary = d.findElement(org.openqa.selenium.By.cssSelector(".site-menu > summary"));
        org.openqa.selenium.WebElement menu = d.findElement(org.openqa.selenium.By.cssSelector(".site-menu"));
        if (summary.isDisplayed() && menu.getAttribute("open") == null) summary.click();
    }
}
