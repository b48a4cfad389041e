package io.needmap.themes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme catalogue is read from YAML or CSV; every mistake in it stops the run with a message that
 * names the file, the entry and what to change.
 */
class ThemeCatalogueReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private ConfigException failure(String name, String content) throws IOException {
        Path file = file(name, content);
        ConfigException e = assertThrows(ConfigException.class, () -> ThemeCatalogueReader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        return e;
    }

    private static void assertMentions(ConfigException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ YAML

    @Test
    void yamlListsThemesWithSeedTermsAsAListOrAsOneCommaSeparatedString() throws IOException {
        ThemeCatalogue catalogue = ThemeCatalogueReader.read(file("catalogue.yaml", """
                # our service catalogue
                themes:
                  - name: Remote access & VPN
                    description: Working from home and on the road.
                    seed_terms: [vpn, remote access, hotel]
                  - name: Printing
                    seed_terms: "printer, toner ,, scan to email"
                  - name: CRM
                    description: Salesforce for sales and customer service
                """));
        assertEquals(List.of(
                new CatalogueEntry("Remote access & VPN", "Working from home and on the road.",
                        List.of("vpn", "remote access", "hotel")),
                new CatalogueEntry("Printing", "", List.of("printer", "toner", "scan to email")),
                new CatalogueEntry("CRM", "Salesforce for sales and customer service", List.of())),
                catalogue.entries());
        assertEquals("CRM", catalogue.entry(" crm ").orElseThrow().name(), "names are found ignoring case");
    }

    @Test
    void theYmlExtensionIsYamlToo() throws IOException {
        assertEquals(1, ThemeCatalogueReader.read(file("c.YML", "themes:\n  - {name: Wi-Fi, seed_terms: wifi}\n")).size());
    }

    @Test
    void aSeedTermWrittenTwiceIsKeptOnce() throws IOException {
        ThemeCatalogue catalogue = ThemeCatalogueReader.read(file("c.yaml",
                "themes:\n  - {name: Wi-Fi, seed_terms: [wifi, WiFi, wlan, wifi]}\n"));
        assertEquals(List.of("wifi", "wlan"), catalogue.entries().get(0).seedTerms());
    }

    @Test
    void yamlMistakesNameTheThemeItsLineAndTheFix() throws IOException {
        assertMentions(failure("c.yaml", """
                themes:
                  - name: VPN
                    seed_terms: [vpn]
                  - name: Printing
                    seeds: [printer]
                """), "theme 2 (line 4)", "unknown key 'seeds'", "name, description, seed_terms");
        assertMentions(failure("c.yaml", """
                themes:
                  - description: printers and toner
                    seed_terms: [printer]
                """), "theme 1 (line 2) has no name", "give every theme a name");
        assertMentions(failure("c.yaml", """
                themes:
                  - name: VPN
                    seed_terms: [vpn]
                  - name: Printing
                    description: "  "
                """), "theme 2 (line 4) 'Printing' has neither seed terms nor a description", "add seed_terms");
        assertMentions(failure("c.yaml", """
                themes:
                  - name: VPN
                    seed_terms: {vpn: 1}
                """), "theme 1 (line 2) 'VPN'", "seed_terms is a list");
        assertMentions(failure("c.yaml", """
                themes:
                  - name: [VPN, remote]
                """), "theme 1 (line 2)", "name must be one line of text");
    }

    @Test
    void theSameNameTwiceIsAnErrorThatNamesBothThemes() throws IOException {
        assertMentions(failure("c.yaml", """
                themes:
                  - name: CRM
                    seed_terms: [salesforce]
                  - name: VPN
                    seed_terms: [vpn]
                  - name: crm
                    seed_terms: [pipeline]
                """), "theme 3 (line 6) 'crm'", "already used by theme 1 (line 2) 'CRM'", "give each theme its own name");
    }

    @Test
    void theFileMustBeAThemesList() throws IOException {
        assertMentions(failure("c.yaml", "catalogue:\n  - name: VPN\n"), "unknown key 'catalogue' (line 1)",
                "only top-level key is themes");
        assertMentions(failure("c.yaml", "themes: VPN, Printing\n"), "themes (line 1) must be a list");
        assertMentions(failure("c.yaml", "- name: VPN\n"), "starts with 'themes:'");
        assertMentions(failure("c.yaml", "themes:\n  - VPN\n"), "theme 1 (line 2) must be a map");
        assertMentions(failure("c.yaml", "# nothing yet\n"), "lists no themes");
        assertMentions(failure("c.yaml", "themes:\n"), "lists no themes");
        assertMentions(failure("c.yaml", "themes:\n  - name: VPN\n    name: Printing\n"), "not valid YAML (line 3)",
                "Duplicate field 'name'");
        assertMentions(failure("c.yaml", "themes:\n  - name: [VPN\n"), "not valid YAML");
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvSeparatesSeedTermsWithSemicolonsAndReadsQuotedCells() throws IOException {
        ThemeCatalogue catalogue = ThemeCatalogueReader.read(file("catalogue.csv", """
                name,description,seed_terms
                Remote access & VPN,"Working from home, in hotels and at customers.",vpn;remote access; hotel
                "Laptops, monitors & docking",,laptop;monitor;docking station

                CRM,Salesforce,
                """));
        assertEquals(List.of(
                new CatalogueEntry("Remote access & VPN", "Working from home, in hotels and at customers.",
                        List.of("vpn", "remote access", "hotel")),
                new CatalogueEntry("Laptops, monitors & docking", "", List.of("laptop", "monitor", "docking station")),
                new CatalogueEntry("CRM", "Salesforce", List.of())),
                catalogue.entries());
    }

    @Test
    void csvAsExcelSavesIt() throws IOException {
        // semicolon-separated with a byte-order mark and CRLF (Excel in Germany), header in other words' case,
        // description column left out
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Seed Terms;Name\r\n\"vpn;remote access\";Fernzugriff & VPN\r\ndrucker;Drucken\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = Files.write(dir.resolve("katalog.csv"), bytes);
        assertEquals(List.of(
                new CatalogueEntry("Fernzugriff & VPN", "", List.of("vpn", "remote access")),
                new CatalogueEntry("Drucken", "", List.of("drucker"))),
                ThemeCatalogueReader.read(file).entries());
    }

    @Test
    void csvMistakesNameTheLineAndTheFix() throws IOException {
        assertMentions(failure("c.csv", "name,description,seed_terms\nVPN,,vpn\n,printers and toner,printer\n"),
                "line 3 has no name");
        assertMentions(failure("c.csv", "name,description,seed_terms\nVPN,,vpn\nPrinting,,\n"),
                "line 3 'Printing' has neither seed terms nor a description");
        assertMentions(failure("c.csv", "name,description,seed_terms\nCRM,,crm\nVPN,,vpn\n crm ,,pipeline\n"),
                "line 4 'crm'", "already used by line 2 'CRM'");
        assertMentions(failure("c.csv", "name,description,seed_terms,owner\nVPN,,vpn,Anna\n"),
                "unknown column 'owner'", "name, description, seed_terms");
        assertMentions(failure("c.csv", "name,description\nVPN,remote access\n"), "no column seed_terms");
        assertMentions(failure("c.csv", "name,description,seed_terms\nVPN,Home, hotels,vpn\n"),
                "line 2 has 4 fields but the header 3", "double quotes");
        assertMentions(failure("c.csv", "name,description,seed_terms\n\"VPN,,vpn\n"), "not valid CSV");
        assertMentions(failure("c.csv", "name,description,seed_terms\n"), "lists no themes");
    }

    // ------------------------------------------------------------------ both

    @Test
    void aMissingFileOrAnotherFormatIsAConfigError() throws IOException {
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ThemeCatalogueReader.read(dir.resolve("nowhere.yaml")));
        assertMentions(missing, "nowhere.yaml does not exist", "themes.catalogue");
        assertMentions(failure("catalogue.xlsx", "x"), "a .yaml, .yml or .csv file");
    }

    @Test
    void theSameCatalogueReadsTheSameFromYamlAndCsv() throws IOException {
        ThemeCatalogue yaml = ThemeCatalogueReader.read(file("c.yaml", """
                themes:
                  - name: Office Wi-Fi
                    description: Wireless network in offices and the warehouse
                    seed_terms: [wifi, access point]
                """));
        ThemeCatalogue csv = ThemeCatalogueReader.read(file("c.csv", """
                name,description,seed_terms
                Office Wi-Fi,Wireless network in offices and the warehouse,wifi;access point
                """));
        assertEquals(yaml, csv);
    }
}
