package id.netral.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the console in a real browser: Debian's Chromium, headless, driven through its
 * chromedriver (no browser download, no network beyond loopback). Reads and fills pages as a
 * person would: by the labels' inputs, the buttons, the links.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;

    ConsoleBrowser(String base, Path screenshots) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // headless as root in a closed network: no sandbox, no GPU, none of Chromium's own calls home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=id", "--accept-lang=id", "--window-size=1280,1000");
        // an Indonesian browser, as most of the console's users have: the pages' default language is then theirs
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = base;
        this.screenshots = screenshots;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** The development sign-in, as the form offers it. */
    void signIn(String role, String region, String agency, String name) {
        open("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        type(By.id("region"), region);
        if (agency != null) {
            type(By.id("agency"), agency);
        }
        type(By.id("name"), name);
        click(By.id("sign-in"));
    }

    /** The development sign-in of an employee (ASN), with their roster key. */
    void signInAsEmployee(String key) {
        open("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue("asn");
        type(By.id("employeeKey"), key);
        click(By.id("sign-in"));
    }

    /** What axe-core (WCAG 2 A and AA rules) finds wrong on the page shown, one line per rule: impact, rule, how many elements. */
    List<String> accessibilityViolations() {
        ((JavascriptExecutor) driver).executeScript(AXE.get());
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + '): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) found;
        return lines;
    }

    /** Runs a script in the page (a test spoiling a page on purpose). */
    void script(String javascript) {
        ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** axe-core's script, read once (src/test/resources/axe says where it comes from). */
    private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {
        private volatile String script;

        @Override
        public String get() {
            if (script == null) {
                try (var in = ConsoleBrowser.class.getResourceAsStream("/axe/axe.min.js")) {
                    script = new String(java.util.Objects.requireNonNull(in, "axe.min.js").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return script;
        }
    };

    void signOut() {
        click(By.id("sign-out"));
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** A field of a page that is not the console's (the IdP's login form), by its id. */
    void typeInto(String id, String text) {
        type(By.id(id), text);
    }

    /** What an input holds now. */
    String value(By field) {
        return driver.findElement(field).getAttribute("value");
    }

    /** An option of a list picked by its value. */
    void select(By field, String value) {
        new Select(driver.findElement(field)).selectByValue(value);
    }

    /** A field of a form by its name in the API (the form's id, then the field's). */
    WebElement field(String form, String name) {
        return driver.findElement(By.id(form + "-" + name.replace('.', '-')));
    }

    void fill(String form, String name, String text) {
        WebElement element = field(form, name);
        element.clear();
        element.sendKeys(text);
    }

    void choose(String form, String name, String value) {
        new Select(field(form, name)).selectByValue(value);
    }

    /** Date and date-time inputs take their value as the browser's own picker would set it. */
    void setValue(String form, String name, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field(form, name), value);
    }

    static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** Opens a step's form on the case page and sends it after {@code filling}. */
    void act(String action, Runnable filling) {
        if (!present(By.id("open-" + action))) {
            text(By.id("open-" + action)); // fails saying which page this is and what it shows
        }
        WebElement summary = driver.findElement(By.id("open-" + action));
        if (summary.findElement(By.xpath("..")).getAttribute("open") == null) {
            summary.click();
        }
        filling.run();
        click(By.id("submit-" + action));
    }

    /** Adds an evidence file through the case page's form. */
    void upload(Path file) {
        driver.findElement(By.id("evidence-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("submit-evidence"));
    }

    /** Sends a CSV through the roster page's import form. */
    void uploadImport(Path csv) {
        open("/roster");
        driver.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        click(By.id("submit-import"));
    }

    /** Waits (up to 60 s) until the page shows an element: what the page's own script brings. */
    void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits (up to 30 s) until an element's text holds {@code text}: an answer the page's script asked for. */
    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The text of an element; when the page has none, a failure that says which page it was and what it said. */
    String text(By by) {
        List<WebElement> found = driver.findElements(by);
        if (found.isEmpty()) {
            String body = driver.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse(driver.getPageSource());
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + " (" + driver.getTitle() + "): "
                    + body.substring(0, Math.min(body.length(), 1500)));
        }
        return found.get(0).getText();
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String source() {
        return driver.getPageSource();
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** A click that stays on the page (a details element opened). */
    void toggle(By by) {
        driver.findElement(by).click();
    }

    /**
     * A click that loads another page: waits until it has. A click returns before the browser has
     * the answer (and its cookies), and the next step must not overtake it.
     */
    void click(By by) {
        nextPage(() -> driver.findElement(by).click());
    }

    /** Keys typed into whatever has the keyboard's focus now. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A key that loads another page (Enter on a link or on a form's button): waits until it has. */
    void pressForNextPage(CharSequence key) {
        nextPage(() -> press(key));
    }

    /** Presses Tab until {@code target} has the focus; fails when {@code presses} were not enough: the keyboard cannot reach it. */
    void tabTo(By target, int presses) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < presses; i++) {
            press(Keys.TAB);
            if (driver.switchTo().activeElement().equals(wanted)) {
                return;
            }
        }
        throw new AssertionError(target + " not reached with " + presses + " presses of Tab on " + url());
    }

    /** The class of what has the focus. */
    String focusedClass() {
        return driver.switchTo().activeElement().getAttribute("class");
    }

    /** How the page marks what has the focus: its outline's style and width ("none 0px" when nothing shows it). */
    String focusOutline() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
    }

    private void nextPage(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        // the old page is gone once asking about its root fails: stale, or (mid-navigation) no longer in any document
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A picture of the page as it is now, when the run keeps them (docs/console for the README). */
    void screenshot(String name) {
        if (screenshots == null) {
            return;
        }
        try {
            Files.createDirectories(screenshots);
            Long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 600), 2400)));
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(1280, 1000));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
