package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's REST examples, run as a user runs them: the fenced shell block with the curl
 * commands is taken from README.md as it stands and run by bash with the real curl, jq, openssl and
 * java against this server, so the README never shows a command that does not work. Only the address
 * changes (the tests' port for the demo's 9443), and curl is made to report each answer's status.
 * Each command must answer 2xx, or the status its comment names ({@code # 409 …}); the answers and
 * files the README promises are checked. The user's own {@code decision.pdf} is a small document
 * written here; the example runs in a folder that shows the project's {@code seal-service} and
 * {@code audit-module} as the README expects from the project's folder.
 */
class ReadmeExamplesIT {
    private static final String ADDRESS = "API=https://localhost:9443/api";
    private static final String CURL = "curl() { command curl -k \"$@\"; }";
    private static final String REPORTING_CURL = "curl() { command curl -k -sS -w '%{stderr}HTTP %{http_code}\\n' \"$@\"; }";
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\n(.*?)\n```", Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile("^(?:[A-Z]+=\\$\\()?curl .*", Pattern.MULTILINE);
    private static final Pattern EXPECTED = Pattern.compile("#\\s*(\\d{3})\\s");
    private static final Pattern STATUS = Pattern.compile("^HTTP (\\d{3})$", Pattern.MULTILINE);

    @Test
    void theCurlExamplesDoWhatTheySay(@TempDir Path folder) throws IOException, InterruptedException {
        String example = curlBlock(Files.readString(Path.of("../README.md")));
        assertTrue(example.startsWith(ADDRESS + "\n"), "the example starts by naming the demo's address");
        assertTrue(example.contains("\n" + CURL + " "), "the example accepts the demo's certificate with curl -k");
        String script = example.replace(ADDRESS, "API=" + Api.base() + "/api").replace(CURL, REPORTING_CURL);

        Path project = Path.of("..").toAbsolutePath().normalize();
        Files.createSymbolicLink(folder.resolve("seal-service"), project.resolve("seal-service"));
        Files.createSymbolicLink(folder.resolve("audit-module"), project.resolve("audit-module"));
        byte[] decision = "%PDF-1.4\n% 泸定县兴隆镇人民政府 审批决定书 (README example)\n".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("decision.pdf"), decision);
        Files.writeString(folder.resolve("example.sh"), script);

        Run run = run(folder);
        assertEquals(0, run.exit(), run::toString);
        List<Integer> expected = expectedStatuses(example);
        List<Integer> answered = statuses(run.err());
        assertEquals(expected.size(), answered.size(), "every curl command answered: " + run);
        for (int i = 0; i < expected.size(); i++) {
            int status = answered.get(i);
            boolean right = expected.get(i) == 0 ? status >= 200 && status < 300 : status == expected.get(i);
            assertTrue(right, "command " + (i + 1) + " answered " + status + ": " + commands(example).get(i) + "\n" + run);
        }

        String out = run.out();
        assertTrue(out.contains("\"ownerUnit\":\"泸定县兴隆镇便民服务中心\""), "the pilot centres' seals are listed: " + out);
        assertTrue(out.contains("it has not been approved"), "make before approve says approval is missing: " + out);
        assertTrue(out.contains("\"state\":\"ACTIVE\"") && out.contains("\"state\":\"REVOKED\""), out);
        assertTrue(out.contains("TOTAL_PASSED"), "the signed decision verifies: " + out);
        assertTrue(out.contains("Status: Granted."), "OpenSSL reads the county TSA's time-stamp: " + out);
        assertTrue(out.contains("the step allowed next is resubmit"), "a RETURNED case names its next step: " + out);
        assertTrue(out.contains("\"state\":\"ANSWERED\""), "the case is answered: " + out);
        assertTrue(out.contains("Verdict: PASSED"), "audit-verify checks the entry's proof offline: " + out);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                Arrays.copyOf(Files.readAllBytes(folder.resolve("seal.png")), 4), "seal.png is a PNG picture");
        assertEquals(0x30, Files.readAllBytes(folder.resolve("decision.sig"))[0], "decision.sig is a DER signature");
        assertTrue(Files.readString(folder.resolve("report.html")).contains("<html"), "report.html is the printable report");
        assertTrue(Files.readString(folder.resolve("pilot-sites.html")).contains("<html"), "pilot-sites.html is a report");
        assertTrue(Files.readString(folder.resolve("catalogue.json")).contains("LD-MZ-001"), "the export holds the items");
        assertTrue(Files.size(folder.resolve("audit.log")) > 0, "the audit trail is exported");
    }

    /**
     * The shell block of curl examples in the README's "REST API" section (other sections show
     * procedures with placeholders, e.g. backup and restore, which are not run here).
     */
    private static String curlBlock(String readme) {
        int section = readme.indexOf("\n## REST API\n");
        assertTrue(section >= 0, "README.md has a section \"REST API\"");
        int next = readme.indexOf("\n## ", section + 1);
        String rest = readme.substring(section, next < 0 ? readme.length() : next);
        List<String> blocks = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(rest);
        while (block.find()) {
            if (block.group(1).contains("curl ")) {
                blocks.add(block.group(1));
            }
        }
        assertEquals(1, blocks.size(), "the REST API section has one shell block of curl examples");
        return blocks.get(0);
    }

    private static List<String> commands(String example) {
        List<String> commands = new ArrayList<>();
        Matcher command = COMMAND.matcher(example);
        while (command.find()) {
            commands.add(command.group());
        }
        return commands;
    }

    /** Per curl command, the status its comment names, or 0 for any success. */
    private static List<Integer> expectedStatuses(String example) {
        List<Integer> statuses = new ArrayList<>();
        for (String command : commands(example)) {
            Matcher expected = EXPECTED.matcher(command);
            statuses.add(expected.find() ? Integer.parseInt(expected.group(1)) : 0);
        }
        return statuses;
    }

    private static List<Integer> statuses(String err) {
        List<Integer> statuses = new ArrayList<>();
        Matcher status = STATUS.matcher(err);
        while (status.find()) {
            statuses.add(Integer.parseInt(status.group(1)));
        }
        return statuses;
    }

    private static Run run(Path folder) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "example.sh").directory(folder.toFile())
                .redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
        bash.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + bash.environment().get("PATH"));
        Process process = bash.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Run(process.isAlive() ? -1 : process.exitValue(), Files.readString(folder.resolve("out.txt")),
                Files.readString(folder.resolve("err.txt")));
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
