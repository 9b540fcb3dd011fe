package org.bianmin.it.rest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by
 * Selenium WebDriver against the server the build started, for the console's tests: one browser per
 * test class, a JUnit extension in a static field ({@code @RegisterExtension static final Browser
 * BROWSER = Browser.office();}), closed after the class's tests.
 *
 * <p>Nothing is downloaded at run time: the driver and the browser are named by path
 * ({@code bianmin.chromedriver}, {@code bianmin.chromium}; default {@code /usr/bin/...}), so Selenium
 * Manager has nothing to find. The browser runs with a fresh profile and without its background
 * traffic (updates, sync, safe browsing), which on a closed network only makes it wait, and accepts
 * the demo's self-signed certificate, as {@link TestTls} does for the HTTP tests. It speaks HTTP/1.1
 * to the server ({@code --disable-http2}): on a loaded machine Open Liberty's HTTP/2 link could stall
 * with a response half written to the browser's many parallel module requests, and with it the server.
 * What a page offers for download is saved, unasked, in a folder of the profile ({@link #downloaded(String)}).
 *
 * <p>Under faketime (the CI's runs at other dates) the JVM and everything it starts inherit
 * {@code LD_PRELOAD}. Chromium runs under faketime too (it starts, and its pages see the faked
 * year); the driver is started with {@code LD_PRELOAD} and {@code FAKETIME} emptied all the same,
 * so that the browser runs on the machine's real clock: nothing the tests check depends on the
 * browser's clock (the server keeps the time), and its own timeouts then behave as on any other run.
 */
final class Browser implements AutoCloseable, AfterAllCallback {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** An office screen (1366×768). */
    static Browser office() {
        return start(1366, 768);
    }

    /** A phone (412×915, as a mid-range Android phone). */
    static Browser phone() {
        return start(412, 915);
    }

    private static Browser start(int width, int height) {
        Path profile;
        Path downloads;
        try {
            profile = Files.createTempDirectory("bianmin-chromium-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bianmin.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withEnvironment(Map.of("LD_PRELOAD", "", "FAKETIME", ""))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bianmin.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--ignore-certificate-errors", "--disable-http2",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        return new Browser(driver, profile, downloads);
    }

    /**
     * A wait of up to 30 s that looks again when the page has redrawn the element it was looking
     * at (the console redraws a page after each action).
     */
    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
    }

    /** Opens a path of the server, e.g. {@code /console/}. */
    Browser open(String path) {
        driver.get(Api.base().resolve(path).toString());
        return this;
    }

    /** Signs in through the console's login page as a demo user, in the given language (zh or en). */
    Browser signIn(String user, String language) {
        driver.manage().deleteAllCookies();
        open("/console/login.html");
        useLanguage(language);
        driver.navigate().refresh();
        type("#username", user);
        type("#password", Api.PASSWORD);
        click("#login-submit");
        waitFor("#who");
        waitUntilText("#who", user);
        return this;
    }

    /** Chooses the console's language for the pages opened next (as its switch does). */
    void useLanguage(String language) {
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('bianmin.lang', arguments[0])", language);
    }

    /** The element, waiting until it is there and visible. */
    WebElement waitFor(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text contains the given text; answers its whole text. */
    String waitUntilText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css),
                text));
        return text(css);
    }

    /** Waits until no element matches, e.g. a list entry the page removes after an answer arrives. */
    void waitUntilGone(String css) {
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
    }

    /** Waits until the element has the attribute with the value. */
    void waitUntilAttribute(String css, String attribute, String value) {
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    /** The element's attribute as written in the page (an SVG's too), once the element has it. */
    String attribute(String css, String name) {
        return waiting().until(d -> d.findElement(By.cssSelector(css)).getDomAttribute(name));
    }

    /** The element's text, once it is there and visible (found again if the page redraws it meanwhile). */
    String text(String css) {
        return waiting().until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void type(String css, String text) {
        WebElement field = waitFor(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Scrolls the element to the top of the window (before a screenshot). */
    void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", waitFor(css));
    }

    /** Chooses an option of a select by its value, as a user would (its change event fires). */
    void choose(String css, String value) {
        new Select(waitFor(css)).selectByValue(value);
    }

    /** Sets a field's value as the browser's own picker would (date fields read their typing by locale). */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", waitFor(css), value);
    }

    /** Chooses a file in a file input (which may be hidden). */
    void upload(String css, Path file) {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** The file the page offered for download under {@code name}, once the browser has saved it whole. */
    Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(driver, WAIT).until(d -> Files.exists(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** The address now shown, e.g. {@code https://localhost:9443/console/login.html?expired}. */
    String address() {
        return driver.getCurrentUrl();
    }

    /**
     * Saves a screenshot of the window as {@code <name>.png} in {@code bianmin.screenshots.dir}
     * (default {@code target/screenshots}; the README's pictures come from a run with
     * {@code -Dbianmin.screenshots.dir=../docs/console}).
     */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("bianmin.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current value of a form field (what the page shows in it). */
    String value(String css) {
        return waitFor(css).getDomProperty("value");
    }

    /** Runs a script in the page and answers its result (test-side checks of what the page drew). */
    Object evaluate(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * From now on, every page this browser opens records the Content-Security-Policy violations it
     * reports (the {@code securitypolicyviolation} event) for {@link #policyViolations()}; the recorder
     * is put in by the browser's DevTools, before any of the page's own scripts.
     */
    void watchPolicyViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.bianminPolicyViolations = [];"
                + " document.addEventListener('securitypolicyviolation', (e) => window.bianminPolicyViolations.push("
                + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
    }

    /** The policy violations the page has reported since it opened (see {@link #watchPolicyViolations()}). */
    List<String> policyViolations() {
        Object violations = evaluate("return window.bianminPolicyViolations || ['the recorder is missing']");
        return ((List<?>) violations).stream().map(String::valueOf).toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile harms nothing
            }
        }
    }
}
