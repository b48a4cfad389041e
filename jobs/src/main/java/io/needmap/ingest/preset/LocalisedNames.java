package io.needmap.ingest.preset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tools' column names in the interface languages of their users, per tool: language → (the
 * English name → the name in that language). Only names taken from the tool's own published
 * translations, or seen in exports published in public code, are here; a name without such a source
 * is left out rather than guessed. Where each name comes from is listed, per tool and language, in
 * {@code src/test/resources/fixtures/exports/README.md}.
 */
final class LocalisedNames {

    /**
     * GLPI's search-list column names, from its gettext catalogues {@code locales/<lang>.po} in
     * glpi-project/glpi (the msgid is the English name); Portuguese "Entidade" from the older
     * {@code locales/pt_BR.php} ({@code $LANG["entity"][0]}). Dutch "Status" and "Requester" are the
     * catalogue's empty msgstr: gettext then shows GLPI's English name.
     */
    static final Map<String, Map<String, String>> GLPI = table(
            "pt_BR", Map.ofEntries(
                    Map.entry("Title", "Título"), Map.entry("Entity", "Entidade"), Map.entry("Status", "Status"),
                    Map.entry("Opening date", "Data de abertura"), Map.entry("Closing date", "Data de fechamento"),
                    Map.entry("Resolution date", "Data da solução"), Map.entry("Priority", "Prioridade"),
                    Map.entry("Category", "Categoria"), Map.entry("Requester", "Requerente"),
                    Map.entry("Assigned to", "Atribuído para"), Map.entry("Technician", "Técnico"),
                    Map.entry("Description", "Descrição")),
            "de_DE", Map.ofEntries(
                    Map.entry("Title", "Titel"), Map.entry("Status", "Status"),
                    Map.entry("Opening date", "Erstellungsdatum"), Map.entry("Closing date", "Abschlussdatum"),
                    Map.entry("Resolution date", "Datum der Lösung"), Map.entry("Priority", "Priorität"),
                    Map.entry("Category", "Kategorie"), Map.entry("Requester", "Anforderer"),
                    Map.entry("Technician", "Techniker"), Map.entry("Description", "Beschreibung")),
            "fr_FR", Map.ofEntries(
                    Map.entry("Title", "Titre"), Map.entry("Entity", "Entité"), Map.entry("Status", "Statut"),
                    Map.entry("Opening date", "Date d'ouverture"), Map.entry("Closing date", "Date de clôture"),
                    Map.entry("Resolution date", "Date de résolution"),
                    Map.entry("Priority", "Priorité"), Map.entry("Category", "Catégorie"),
                    Map.entry("Requester", "Demandeur"), Map.entry("Assigned to", "Attribué à"),
                    Map.entry("Technician", "Technicien"), Map.entry("Description", "Description")),
            "es_ES", Map.ofEntries(
                    Map.entry("Title", "Título"), Map.entry("Entity", "Entidad"), Map.entry("Status", "Estado"),
                    Map.entry("Requester", "Solicitante"), Map.entry("Assigned to", "Asignada a"),
                    Map.entry("Opening date", "Fecha de apertura"), Map.entry("Closing date", "Fecha de cierre"),
                    Map.entry("Resolution date", "Fecha de resolución"),
                    Map.entry("Priority", "Prioridad"), Map.entry("Category", "Categoría"),
                    Map.entry("Description", "Descripción")),
            "it_IT", Map.ofEntries(
                    Map.entry("Title", "Titolo"), Map.entry("Entity", "Entità"),
                    Map.entry("Status", "Stato"), Map.entry("Opening date", "Data di apertura"),
                    Map.entry("Closing date", "Data di chiusura"), Map.entry("Resolution date", "Data di risoluzione"),
                    Map.entry("Priority", "Priorità"),
                    Map.entry("Category", "Categoria"), Map.entry("Requester", "Richiedente"),
                    Map.entry("Assigned to", "Assegnata a"), Map.entry("Description", "Descrizione")),
            "nl_NL", Map.ofEntries(
                    Map.entry("Title", "Titel"), Map.entry("Entity", "Entiteit"), Map.entry("Status", "Status"),
                    Map.entry("Requester", "Requester"), Map.entry("Assigned to", "Toegekend aan"),
                    Map.entry("Opening date", "Begindatum"), Map.entry("Closing date", "Afsluitdatum"),
                    Map.entry("Priority", "Prioriteit"), Map.entry("Category", "Categorie"),
                    Map.entry("Technician", "Technicus"), Map.entry("Description", "Beschrijving")));

    /**
     * LimeSurvey's fixed response columns (the headings {@code createFieldMap} gives them): German dates from
     * its catalogue {@code locale/de/LC_MESSAGES/de.po} (LimeSurvey/LimeSurvey); Spanish, Italian, Dutch and
     * Brazilian Portuguese from its catalogues {@code locale/<lang>/LC_MESSAGES/<lang>.po} of LimeSurvey 1.92
     * (Dutch: the informal catalogue, the only one of that version found); the other names as public code
     * reading LimeSurvey exports writes them. The 1.92 catalogues have no "Seed" (a later column).
     */
    static final Map<String, Map<String, String>> LIMESURVEY = table(
            "de", Map.ofEntries(
                    Map.entry("Response ID", "Antwort ID"), Map.entry("Date submitted", "Datum Abgeschickt"),
                    Map.entry("Last page", "Letzte Seite"), Map.entry("Start language", "Start-Sprache"),
                    Map.entry("Seed", "Zufallsstartwert"), Map.entry("Date started", "Datum gestartet"),
                    Map.entry("Date last action", "Datum letzte Aktivität")),
            "fr", Map.ofEntries(
                    Map.entry("Response ID", "ID de la réponse"), Map.entry("Date submitted", "Date de soumission"),
                    Map.entry("Last page", "Dernière page"), Map.entry("Start language", "Langue de départ"),
                    Map.entry("Seed", "Tête de série"), Map.entry("Date started", "Date de lancement"),
                    Map.entry("Date last action", "Date de la dernière action")),
            "pt", Map.ofEntries(
                    Map.entry("Response ID", "ID da resposta"), Map.entry("Date submitted", "Data de submissão"),
                    Map.entry("Date started", "Data de início")),
            "es", Map.ofEntries(
                    Map.entry("Response ID", "ID de respuesta"), Map.entry("Date submitted", "Fecha de envío"),
                    Map.entry("Last page", "Última página"), Map.entry("Start language", "Lenguaje inicial"),
                    Map.entry("Date started", "Fecha de inicio"),
                    Map.entry("Date last action", "Fecha de la última acción")),
            "it", Map.ofEntries(
                    Map.entry("Response ID", "ID risposta"), Map.entry("Date submitted", "Data inviata"),
                    Map.entry("Last page", "Ultima pagina"), Map.entry("Start language", "Linguaggio di partenza"),
                    Map.entry("Date started", "Data di inizio"),
                    Map.entry("Date last action", "Data dell' ultima azzione")),
            "nl", Map.ofEntries(
                    Map.entry("Response ID", "Respons ID"), Map.entry("Date submitted", "Datum verstuurd"),
                    Map.entry("Last page", "Laatste pagina"), Map.entry("Start language", "Start taal"),
                    Map.entry("Date started", "Startdatum"), Map.entry("Date last action", "Datum laatste actie")),
            // "resopsta" [sic]: the catalogue's own spelling, so the column LimeSurvey writes
            "pt_BR", Map.ofEntries(
                    Map.entry("Response ID", "ID da resopsta"), Map.entry("Date submitted", "Data de envio"),
                    Map.entry("Last page", "Última página"), Map.entry("Start language", "Idioma inicial"),
                    Map.entry("Date started", "Data de início"), Map.entry("Date last action", "Data da última ação")));

    /**
     * Jira's issue-navigator CSV headers, as public code reading such exports names them (Spanish, German,
     * French, Brazilian Portuguese, Italian); Atlassian's language packs are not public. Italian "Creati"
     * (Created) is plural as the source writes it; no source shows the Italian resolution date.
     */
    static final Map<String, Map<String, String>> JIRA = table(
            "es", Map.ofEntries(
                    Map.entry("Issue key", "Clave de incidencia"), Map.entry("Issue id", "ID de la incidencia"),
                    Map.entry("Summary", "Resumen"), Map.entry("Issue Type", "Tipo de Incidencia"),
                    Map.entry("Status", "Estado"), Map.entry("Priority", "Prioridad"), Map.entry("Created", "Creada"),
                    Map.entry("Resolved", "Resuelta"), Map.entry("Reporter", "Informador"),
                    Map.entry("Assignee", "Responsable"), Map.entry("Description", "Descripción"),
                    Map.entry("Time Spent", "Tiempo Invertido")),
            "de", Map.ofEntries(
                    Map.entry("Issue key", "Vorgangsschlüssel"), Map.entry("Summary", "Zusammenfassung"),
                    Map.entry("Issue Type", "Vorgangstyp"), Map.entry("Status", "Status"),
                    Map.entry("Priority", "Priorität"), Map.entry("Reporter", "Autor"),
                    Map.entry("Assignee", "Zugewiesene Person"), Map.entry("Description", "Beschreibung"),
                    Map.entry("Created", "Erstellt"), Map.entry("Resolved", "Erledigt"),
                    Map.entry("Time Spent", "Benötigte Zeit")),
            "fr", Map.ofEntries(
                    Map.entry("Issue key", "Clé de ticket"), Map.entry("Summary", "Résumé"),
                    Map.entry("Issue Type", "Type de ticket"), Map.entry("Status", "État"),
                    Map.entry("Priority", "Priorité"), Map.entry("Created", "Création"),
                    Map.entry("Resolved", "Résolue"), Map.entry("Reporter", "Rapporteur"),
                    Map.entry("Assignee", "Responsable")),
            "pt_BR", Map.ofEntries(
                    Map.entry("Issue key", "Chave do item"), Map.entry("Issue id", "ID do item"),
                    Map.entry("Summary", "Resumo"), Map.entry("Status", "Status"), Map.entry("Priority", "Prioridade"),
                    Map.entry("Created", "Criado"), Map.entry("Resolved", "Resolvido"),
                    Map.entry("Assignee", "Responsável"), Map.entry("Component/s", "Componentes"),
                    Map.entry("Time Spent", "Tempo gasto")),
            "it", Map.ofEntries(
                    Map.entry("Issue key", "Chiave di ticket"), Map.entry("Summary", "Riepilogo"),
                    Map.entry("Issue Type", "Tipo ticket"), Map.entry("Status", "Stato"),
                    Map.entry("Priority", "Priorità"), Map.entry("Created", "Creati"),
                    Map.entry("Reporter", "Richiedente"), Map.entry("Assignee", "Assegnatario"),
                    Map.entry("Description", "Descrizione")));

    /**
     * Microsoft Forms' fixed columns of the "Open in Excel" download, as public code reading such exports
     * names them (German; French, from a test whose headers are "the same as the real file's"; Spanish,
     * Brazilian Portuguese, Italian and Dutch from code setting the fixed columns apart from the questions or
     * reading them by name).
     */
    static final Map<String, Map<String, String>> MICROSOFT_FORMS = table(
            "de", Map.ofEntries(
                    Map.entry("Start time", "Startzeit"), Map.entry("Completion time", "Fertigstellungszeit"),
                    Map.entry("Email", "E-Mail"), Map.entry("Name", "Name")),
            "fr", Map.ofEntries(
                    Map.entry("Start time", "Heure de début"), Map.entry("Completion time", "Heure de fin"),
                    Map.entry("Email", "Adresse de messagerie"), Map.entry("Name", "Nom")),
            "es", Map.ofEntries(
                    Map.entry("Start time", "Hora de inicio"), Map.entry("Completion time", "Hora de finalización"),
                    Map.entry("Email", "Correo electrónico"), Map.entry("Name", "Nombre")),
            "pt_BR", Map.ofEntries(
                    Map.entry("Start time", "Hora de início"), Map.entry("Completion time", "Hora de conclusão"),
                    Map.entry("Email", "Email"), Map.entry("Name", "Nome")),
            "it", Map.ofEntries(
                    Map.entry("Start time", "Ora di inizio"), Map.entry("Completion time", "Ora di completamento"),
                    Map.entry("Email", "Posta elettronica"), Map.entry("Name", "Nome")),
            "nl", Map.ofEntries(
                    Map.entry("Start time", "Begintijd"), Map.entry("Completion time", "Tijd van voltooien"),
                    Map.entry("Email", "E-mail"), Map.entry("Name", "Naam")));

    /**
     * Freshdesk's ticket export (Tickets → Export), as two pieces of public code reading Spanish exports name its
     * columns (the English names are those of the English export, in the same order); Freshdesk's own
     * translations are not public. Only the columns needmap maps are listed.
     */
    static final Map<String, Map<String, String>> FRESHDESK = table(
            "es", Map.ofEntries(
                    Map.entry("Ticket ID", "ID del ticket"), Map.entry("Subject", "Asunto"),
                    Map.entry("Status", "Estado"), Map.entry("Priority", "Prioridad"), Map.entry("Source", "Origen"),
                    Map.entry("Type", "Tipo"), Map.entry("Agent", "Agente"), Map.entry("Group", "Grupo"),
                    Map.entry("Created time", "Hora de creación"), Map.entry("Resolved time", "Hora de resolución"),
                    Map.entry("Closed time", "Hora de cierre"), Map.entry("Full name", "Nombre completo")));

    /** Freshdesk's four priorities in a Spanish export → Freshdesk's English ones. */
    static final Map<String, String> FRESHDESK_PRIORITIES = priorities(
            "Baja", "Low", "Media", "Medium", "Alta", "High", "Urgente", "Urgent");

    /** Google Forms' first column, "Timestamp", in the form owner's language. */
    static final Map<String, String> GOOGLE_FORMS_TIMESTAMP = new LinkedHashMap<>(Map.of(
            "es", "Marca temporal", "de", "Zeitstempel", "fr", "Horodateur", "pt_BR", "Carimbo de data/hora",
            "it", "Informazioni cronologiche", "nl", "Tijdstempel"));

    /** Google Forms' "Email Address" column (collected e-mail addresses). */
    static final Map<String, String> GOOGLE_FORMS_EMAIL = Map.of(
            "es", "Dirección de correo electrónico", "de", "E-Mail-Adresse", "pt_BR", "Endereço de e-mail",
            "it", "Indirizzo email", "nl", "E-mailadres");

    /**
     * GLPI's priority names ({@code msgctxt "priority"} in its catalogues), in the language the export
     * was made in → GLPI's English name, so that one ticket's "Alta" and another's "High" count as one
     * priority.
     */
    static final Map<String, String> GLPI_PRIORITIES = priorities(
            // pt_BR
            "Critica", "Major", "Muito alta", "Very high", "Alta", "High", "Média", "Medium", "Baixa", "Low",
            "Muito baixa", "Very low",
            // de_DE
            "Kritisch", "Major", "Sehr hoch", "Very high", "Hoch", "High", "Mittel", "Medium", "Niedrig", "Low",
            "Sehr niedrig", "Very low",
            // fr_FR
            "Majeure", "Major", "Très haute", "Very high", "Haute", "High", "Moyenne", "Medium", "Basse", "Low",
            "Très basse", "Very low",
            // es_ES ("Alta" as in pt_BR)
            "Primordial", "Major", "Muy alta", "Very high", "Alta", "High", "Media", "Medium", "Baja", "Low",
            "Muy baja", "Very low",
            // it_IT ("Alta" as in pt_BR, "Media" as in es_ES)
            "Maggiore", "Major", "Molto alta", "Very high", "Alta", "High", "Media", "Medium", "Bassa", "Low",
            "Molto bassa", "Very low",
            // nl_NL
            "Hoogste", "Major", "Zeer hoog", "Very high", "Hoog", "High", "Gemiddeld", "Medium", "Laag", "Low",
            "Zeer laag", "Very low");

    private LocalisedNames() {
    }

    private static Map<String, Map<String, String>> table(Object... languageThenNames) {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        for (int i = 0; i < languageThenNames.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, String> names = (Map<String, String>) languageThenNames[i + 1];
            table.put((String) languageThenNames[i], Map.copyOf(names));
        }
        return table;
    }

    /** local → English pairs; a local word listed twice must mean the same in both languages. */
    private static Map<String, String> priorities(String... localThenEnglish) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < localThenEnglish.length; i += 2) {
            String previous = map.put(localThenEnglish[i], localThenEnglish[i + 1]);
            if (previous != null && !previous.equals(localThenEnglish[i + 1])) {
                throw new IllegalStateException("priority " + localThenEnglish[i] + " is ambiguous");
            }
        }
        return Map.copyOf(map);
    }

    /** The given English names followed by every translation of each, without repeats. */
    static List<String> all(Map<String, Map<String, String>> table, String... english) {
        Set<String> names = new LinkedHashSet<>(List.of(english));
        for (String name : english) {
            table.values().forEach(language -> {
                if (language.containsKey(name)) {
                    names.add(language.get(name));
                }
            });
        }
        return List.copyOf(names);
    }

    /** "Requester - Requester" style names, GLPI's heading of a joined field, in every language that has both parts. */
    static List<String> joined(Map<String, Map<String, String>> table, String group, String field) {
        List<String> names = new ArrayList<>();
        names.add(group + " - " + field);
        table.values().forEach(language -> {
            if (language.containsKey(group) && language.containsKey(field)) {
                names.add(language.get(group) + " - " + language.get(field));
            }
        });
        return names;
    }

    /**
     * One signature per language: the names of {@code english} that language has, requiring those of
     * {@code required} (a language lacking one of them gets no signature). Names without a translation
     * are kept when they are the same in every language ("ID").
     */
    static List<Signature> signatures(Map<String, Map<String, String>> table, List<String> english,
                                      List<String> required, List<String> universal, double floor) {
        List<Signature> signatures = new ArrayList<>();
        table.forEach((language, names) -> {
            if (!required.stream().allMatch(r -> universal.contains(r) || names.containsKey(r))) {
                return;
            }
            List<String> local = english.stream()
                    .filter(n -> universal.contains(n) || names.containsKey(n))
                    .map(n -> names.getOrDefault(n, n)).toList();
            List<String> localRequired = required.stream().map(n -> names.getOrDefault(n, n)).toList();
            signatures.add(new Signature(local, localRequired, floor));
        });
        return signatures;
    }
}
