package io.needmap.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of {@link MessageNoiseCharFilter}: which parts of an e-mail or ticket text are noise. The
 * text is read as lines; a line is removed whole (with its line break) or loses a part at its start
 * (a greeting, a template label, "RE:") or at its end (a sign-off, "Sent from my iPhone"). Nothing
 * else is changed. Rules, in the order they apply:
 * <ol>
 * <li>an auto-reply ("Automatic reply:", "I am out of the office until …", and the German, French,
 *     Spanish and Portuguese forms) in the first two non-blank lines: the whole text is noise;</li>
 * <li>a quoted reply chain, from its first line to the end: "-----Original Message-----" and its
 *     translations, a header block (From:/Von:/De: followed by Sent:/To:/Subject: and their
 *     translations, or all four on one line), "On &lt;date&gt;, &lt;name&gt; wrote:" and its translations
 *     (also over two lines), "--- Please type your reply above this line ---"; a separator or a
 *     four-header run after text on the same line (an export that lost the line breaks) is cut
 *     where it starts; and every line starting with {@code >};</li>
 * <li>mobile and mail-app signatures ("Sent from my iPhone", "Von meinem iPhone gesendet", …) as
 *     whole lines, or at the end of a line when they start with their capital;</li>
 * <li>legal disclaimers, from their first line to the end: a heading ("CONFIDENTIALITY NOTICE",
 *     "Vertraulichkeitshinweis", …), or a paragraph after the first line that starts "This e-mail …",
 *     "Diese E-Mail …", "Ce message …", "Este mensaje …", "Esta mensagem …" and says both that it is
 *     confidential and what the wrong recipient must do; "Please consider the environment before
 *     printing" lines;</li>
 * <li>ticket-template lines: fields (Category:, Priority:, … whatever their value; Device:, Affected:,
 *     … with a value of at most five words), form prompts ("Please describe your issue below"),
 *     "[Created via portal]", lines that are only a ticket id or a separator, "Ticket #123 has been
 *     updated"; and at the start of a line the labels "Problem:", "Description:", … and a ticket
 *     reference ("[INC-2026-000123] resolved:"), at the start of the text "RE:", "FW:", "AW:", …;</li>
 * <li>a greeting at the start ("Hi team,", "Dear IT support,", "Hallo zusammen,", "Bonjour,",
 *     "¡Hola!", "Olá,", or "Good morning" alone on its line) and a pleasantry after it ("I hope you
 *     are well.");</li>
 * <li>the signature: from a sign-off ("Thanks,", "Best regards", "Viele Grüße", "Cordialement",
 *     "Saludos", "Atenciosamente", …, with an optional name on the same line) or a "--" line, to the
 *     end, if all that follows looks like a signature (at most eight lines, each a name, a title, a
 *     company, an address, a phone number, an e-mail address or another sign-off; not a sentence);
 *     sign-offs ending the last line after a full stop ("… today. Thanks!") but not one followed by a
 *     name there ("… today. Thanks, Anna" keeps its words); and, in a text that greeted or quoted, a
 *     last paragraph that is only a name.</li>
 * </ol>
 * A word in the middle of a sentence is never touched: "thanks to the new VPN it works", "From: the
 * warehouse we cannot print", "I cannot reply to e-mails" stay as they are.
 *
 * <p>A removal starts at the start of a line, after white space or after punctuation, never right
 * after a letter or digit, so that {@link MessageNoiseCharFilter}'s offset corrections never stretch
 * a token over removed text. Cheap facts about each line (its first character, whether it has a colon
 * or a digit, a few words) decide which expressions are tried at all: most lines of a need skip
 * most of them.
 */
final class MessageNoise {

    private MessageNoise() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** At most this many non-blank lines after a sign-off are taken for a signature. */
    static final int MAX_SIGNATURE_LINES = 8;

    /** A line longer than this is not a sign-off (the longest phrase and a name fit easily). */
    private static final int SIGN_OFF_LENGTH = 120;

    // ---- auto-replies: the whole text goes

    private static final Pattern AUTO_LABEL = p("^\\h*(?:(?:re|aw|wg|fw|tr|rv)\\h*:\\h*)*"
            + "(?:automatic reply|auto(?:matic)?[-\\h]?(?:reply|response)|autoreply"
            + "|out of (?:the )?office(?: (?:reply|auto-?reply|notice))?"
            + "|automatische antwort|abwesenheitsnotiz|abwesenheit"
            + "|réponse automatique|absence du bureau|message d['’]absence"
            + "|respuesta automática|fuera de la oficina"
            + "|resposta automática|ausência (?:temporária|do escritório)|fora do escritório)\\h*:");

    private static final Pattern AUTO_SENTENCE = p("^\\h*"
            + "(?:(?:thank you|thanks) for your (?:e-?mail|message)[.!,]?\\h*"
            + "|(?:vielen )?dank für ihre (?:e-?mail|nachricht)[.!,]?\\h*"
            + "|merci (?:pour|de) votre (?:message|e-?mail|courriel)[.!,]?\\h*"
            + "|gracias por su (?:mensaje|correo)[.!,]?\\h*"
            + "|obrigad[oa] pel[oa] (?:seu |sua )?(?:e-?mail|mensagem|contato|contacto)[.!,]?\\h*)?"
            + "(?:(?:i am|i['’]m|i will be) (?:currently )?(?:out of (?:the )?office|away from (?:the|my) office)"
            + "(?![\\p{L}]).*(?<![\\p{L}])(?:until|till|returning|return|back|with limited access|from)(?![\\p{L}])"
            + "|ich bin .*(?:nicht im büro|wieder im büro|außer haus|abwesend|nicht erreichbar)"
            + "|je (?:suis|serai) (?:actuellement )?(?:absente?|hors du bureau|en congés?)(?![\\p{L}])"
            + ".*(?:jusqu|du|à partir|retour)"
            + "|(?:estoy|estaré) (?:fuera de la oficina|ausente|de vacaciones)(?![\\p{L}])"
            + ".*(?:hasta|desde|regreso|con acceso limitado)"
            + "|(?:estou|estarei) (?:fora do escritório|ausente|de férias)(?![\\p{L}])"
            + ".*(?:até|a partir|regresso|retorno|com acesso limitado))");

    // ---- quoted reply chains: from the first line to the end

    private static final String CHAIN_SEPARATOR_TEXT = "[-_=*~]{2,}\\h*"
            + "(?:original message|original-nachricht|ursprüngliche nachricht|message d['’]origine"
            + "|message original|mensaje original|mensagem original|forwarded message"
            + "|weitergeleitete nachricht|message transféré|mensaje reenviado"
            + "|mensagem (?:encaminhada|reencaminhada))\\h*[-_=*~]{2,}";
    private static final Pattern CHAIN_SEPARATOR = p("^\\h*" + CHAIN_SEPARATOR_TEXT + "\\h*$");
    private static final Pattern UNDERSCORES = p("^\\h*_{8,}\\h*$");
    private static final Pattern HEADER_FROM = p("^\\h*\\**(?:from|von|de|da)\\h*\\**\\h*:\\h*\\S.*$");
    private static final Pattern HEADER_OTHER = p("^\\h*\\**(?:sent|date|to|cc|bcc|subject"
            + "|gesendet|datum|an|betreff|envoyé|à|objet|enviado|enviada em|fecha|para|asunto|assunto|data)"
            + "\\h*\\**\\h*:.*$");
    private static final Pattern ADDRESS = p("@|<|\\[email\\]");
    private static final String HEADER_ONE_LINE_TEXT = "(?:from|von|de)\\h*:.+?"
            + "\\h(?:sent|gesendet|envoyé|enviado|enviada em|date|datum|fecha|data)\\h*:.+?"
            + "\\h(?:to|an|à|para)\\h*:.+?\\h(?:subject|betreff|objet|asunto|assunto)\\h*:";
    private static final Pattern HEADER_ONE_LINE = p("^\\h*" + HEADER_ONE_LINE_TEXT + ".*$");
    /** A chain after text on the same line, where an export lost the line breaks. */
    private static final Pattern CHAIN_IN_LINE = p("(?<=\\h)(?:" + CHAIN_SEPARATOR_TEXT + "|" + HEADER_ONE_LINE_TEXT + ")");
    private static final Pattern ATTRIBUTION = p("^\\h*(?:on|am|le|el|em)\\h(?=.*\\d).*"
            + "(?:\\h(?:wrote|a écrit|escribió|escreveu)\\h*:|\\hschrieb(?:\\h.*)?:)\\h*$");
    private static final Pattern ATTRIBUTION_START = p("^\\h*(?:on|am|le|el|em)\\h(?=.*\\d).*$");
    private static final Pattern REPLY_ABOVE = p("^\\h*[-#=*_>]*\\h*(?:please )?"
            + "(?:type your reply above this line|reply above this line"
            + "|bitte (?:oberhalb dieser zeile antworten|antworten sie oberhalb dieser zeile)"
            + "|(?:veuillez )?(?:répondre|saisir votre réponse) au-dessus de cette ligne"
            + "|(?:por favor,? )?(?:responda|escriba su respuesta) (?:por )?encima de esta línea"
            + "|(?:por favor,? )?(?:responda|digite sua resposta) acima desta linha)\\h*[-#=*_<]*\\h*$");

    // ---- mobile and mail-app signatures

    private static final String MOBILE = ("(?:Sent from my \\S+(?: \\S+){0,4}"
            + "|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail|AOL|mobile)(?: for \\S+(?: \\S+)?)?"
            + "|Sent (?:with|via) \\S+(?: \\S+){0,3}"
            + "|Get Outlook for (?:iOS|Android)"
            + "|Von meinem \\S+(?: \\S+){0,3}? gesendet"
            + "|Gesendet von meinem \\S+(?: \\S+){0,3}"
            + "|Gesendet (?:von|mit) (?:Outlook|Mail)(?: für \\S+)?"
            + "|Outlook für (?:iOS|Android) beziehen"
            + "|Envoyé (?:de|depuis) mon \\S+(?: \\S+){0,3}"
            + "|Envoyé (?:à partir de|depuis) (?:Outlook|Courrier|Mail)(?: pour \\S+)?"
            + "|Obtenir Outlook pour (?:iOS|Android)"
            + "|Enviado (?:desde|de) mi \\S+(?: \\S+){0,3}"
            + "|Enviado desde (?:Outlook|Correo)(?: para \\S+)?"
            + "|Obtener Outlook para (?:iOS|Android)"
            + "|Enviado (?:do|de) meu \\S+(?: \\S+){0,3}"
            + "|Enviado (?:do|pelo|a partir do) (?:Outlook|Email|E-mail)(?: (?:para|do) \\S+)?"
            + "|(?:Obter o|Baixe o|Obtenha o) Outlook para (?:iOS|Android))").replace(" ", "\\h+");
    private static final Pattern MOBILE_LINE = p("^\\h*" + MOBILE + "[\\h\\p{P}]*$");
    /** At the end of a line only with the capital it is written with: "mails sent from my iPhone" stays. */
    private static final Pattern MOBILE_END = Pattern.compile("(?<=\\h)" + MOBILE + "[\\h\\p{P}]*$");

    // ---- legal disclaimers

    private static final Pattern DISCLAIMER_HEADING = p("^\\h*\\**\\h*"
            + "(?:confidentiality (?:notice|note|statement|warning)|(?:legal )?disclaimer|important notice"
            + "|privileged (?:and|&) confidential|vertraulichkeitshinweis|haftungsausschluss|rechtlicher hinweis"
            + "|avis de confidentialité|clause de confidentialité|avertissement de confidentialité"
            + "|aviso de confidencialidad|cláusula de confidencialidad|aviso legal|aviso de confidencialidade)"
            + "\\h*\\**\\h*(?:[:.\\-–]|$)");
    private static final Pattern DISCLAIMER_OPENER = p("^\\h*"
            + "(?:this|the (?:information|contents?) (?:contained )?(?:in|of) this"
            + "|diese|der inhalt dieser|die informationen in dieser"
            + "|ce|cet|le présent|les informations contenues dans ce"
            + "|este|esta|la información contenida en este"
            + "|a informação contida nesta|o conteúdo (?:deste|desta)|as informações contidas nesta)"
            + " (?:e-?mail|message|mail|communication|transmission|nachricht|courriel|courrier électronique"
            + "|message électronique|mensaje|correo(?: electrónico)?|mensagem|correio eletr[óô]nico)(?![\\p{L}])");
    private static final Pattern CONFIDENTIAL = p("confiden|privileg|vertraulich");
    private static final Pattern WRONG_RECIPIENT = p("intended|recipient|addressee|notify|delete|destroy"
            + "|empfänger|adressat|löschen|vernichten|destinataire|supprimer|détruire|destinatario|destinatário"
            + "|eliminar|borrar|apagar|unauthori[sz]ed|prohibited|untersagt|interdit|prohibid|proibid");
    private static final Pattern ENVIRONMENT = p("^\\h*(?:please consider the environment before printing"
            + "|think before you print|bitte denken sie an die umwelt"
            + "|(?:merci de )?pensez à l['’]environnement avant d['’]imprimer"
            + "|antes de imprimir(?: este (?:correo|e-?mail|mensaje)|,? pense)"
            + "|(?:por favor,? )?(?:piense|considere) en el medio ambiente).*$");

    // ---- ticket templates

    private static final Pattern FIELD_ANY_VALUE = p("^\\h*(?:category|sub-?category|priority|urgency|impact|severity"
            + "|ticket type|request type|issue type|assignment group|assigned to|assignee|configuration item"
            + "|kategorie|unterkategorie|priorität|dringlichkeit|auswirkung|zugewiesen an"
            + "|catégorie|sous-catégorie|priorité|urgence|assigné à"
            + "|categoría|subcategoría|prioridad|urgencia|impacto|asignado a"
            + "|categoria|subcategoria|prioridade|urgência|atribuído a)\\h*:.*$");
    private static final Pattern FIELD_SHORT_VALUE = p("^\\h*(?:affected(?: users?)?|device|asset(?: tag)?|location"
            + "|contact|requester|requested by|reported by|caller|opened by|created by"
            + "|betroffen|gerät|standort|melder|concernés?|appareil|emplacement"
            + "|afectados?|dispositivo|ubicación|afetados?|localização)\\h*:\\h*(?:\\S+(?:\\h+\\S+){0,4})?\\h*$");
    private static final Pattern PROMPT = p("^\\h*(?:please (?:describe|explain|enter) (?:your|the) "
            + "(?:issue|problem|request|question)(?: (?:below|here|in detail))?"
            + "|describe (?:your|the) (?:issue|problem)(?: below)?"
            + "|bitte beschreiben sie (?:ihr|das) (?:problem|anliegen)(?: (?:hier|unten))?"
            + "|veuillez décrire votre (?:problème|demande)(?: ci-dessous)?"
            + "|(?:por favor,? )?describa su (?:problema|incidencia|solicitud)(?: a continuación)?"
            + "|(?:por favor,? )?descreva (?:o )?(?:seu )?(?:problema|pedido|chamado)(?: abaixo)?)\\h*[:.]?\\h*");
    private static final Pattern CREATED_VIA = p("^\\h*\\[?\\h*"
            + "(?:(?:this (?:ticket|request) was )?(?:created|submitted|opened|logged|raised) (?:via|from|through|by) "
            + "(?:the )?(?:self-service |customer |service )?(?:portal|e-?mail|web\\h*form|phone|chat|app|mobile app)"
            + "|erstellt (?:über|via|per) (?:das )?(?:portal|e-?mail|telefon)"
            + "|créé (?:via|depuis|par) (?:le )?(?:portail|e-?mail|courriel)"
            + "|creado (?:a través del|desde el|vía|por) (?:portal|correo|e-?mail)"
            + "|criado (?:via|pelo|através do) (?:portal|e-?mail))\\h*\\]?\\h*\\.?\\h*$");
    private static final Pattern SEPARATOR = p("^\\h*(?:[-=_*~#+•·]\\h*){3,}$");
    private static final Pattern SIGNATURE_DELIMITER = p("^\\h*(?:--|—|–)\\h*$");
    private static final Pattern LABEL = p("^\\h*(?:problem(?: description)?|issue(?: description)?|description|details"
            + "|request|question|beschreibung|problembeschreibung|fehlerbeschreibung|anliegen|frage"
            + "|problème|description du problème|demande|descripción(?: del problema)?|problema|solicitud|pregunta"
            + "|descrição(?: do problema)?|pedido|pergunta|dúvida)\\h*:\\h*");
    private static final Pattern REPLY_PREFIX = p("^\\h*(?:(?:re|fw|fwd|aw|wg|tr|rv|res|enc|antw|antwort|sv|vs)"
            + "\\h*(?:\\[\\d+\\])?\\h*:\\h*)+");
    private static final String REF = "(?:(?-i:[A-Z]{2,6})[-_]?\\d[\\d-]{2,}\\d|#\\d{3,})";
    private static final String TICKET_NUMBER = "(?:ticket|case|incident|request|ref(?:erence)?|vorgang(?:snummer)?"
            + "|ticketnummer|ticket-nr\\.?|anfrage|dossier|demande|caso|incidencia|solicitud|chamado|pedido|solicitação)"
            + "\\h*(?:#|no\\.?|nr\\.?|number|n[°º]\\.?|id)?\\h*[:#]?\\h*(?:\\d{3,}|" + REF + ")";
    private static final String STATUS = "(?:resolved|closed|updated|created|opened|reopened|assigned|received"
            + "|gelöst|geschlossen|aktualisiert|erstellt|résolu|fermé|mis à jour|créé|resuelto|cerrado|actualizado"
            + "|creado|resolvido|fechado|atualizado|criado)";
    private static final Pattern TICKET_ONLY = p("^\\h*(?:" + TICKET_NUMBER + "|[\\[(]?" + REF + "[\\])]?)\\h*[.:]?\\h*$");
    private static final Pattern TICKET_NOTICE = p("^\\h*" + TICKET_NUMBER
            + " (?:has been|was|wurde|a été|ha sido|fue|foi) " + STATUS + "(?![\\p{L}]).*$");
    private static final Pattern TICKET_PREFIX = p("^\\h*(?:[\\[(]" + REF + "[\\])](?:\\h*" + STATUS + ")?\\h*[:\\-–]?"
            + "|(?:" + TICKET_NUMBER + "|" + REF + ")(?:\\h*" + STATUS + ")?\\h*[:\\-–])\\h*");

    // ---- greetings

    private static final String GREETING_WORD = "¡?(?:hi|hiya|hey|hello|hallo|hallöchen|dear|good (?:morning|afternoon|evening|day)"
            + "|morning|afternoon|greetings|liebe[rs]?|sehr geehrte[rs]?|guten (?:morgen|tag|abend)|moin(?: moin)?"
            + "|servus|grüß gott|grüezi|bonjour|bonsoir|salut|coucou|cher|chère|chers|chères|madame|monsieur"
            + "|hola|buen(?:os)? d[ií]as|buenas(?: (?:tardes|noches))?|estimad[oa]s?|querid[oa]s?"
            + "|ol[aá]|oi|bom dia|boa (?:tarde|noite)|prezad[oa]s?)(?![\\p{L}\\p{N}])";
    /** "Hi team, the VPN …": the greeting, its addressee (up to four words), the comma and the spaces go. */
    private static final Pattern GREETING = p("^\\h*" + GREETING_WORD + "(?:\\h+[^\\s,;:!?.]+){0,4}?\\h*[,!]+\\h*");
    /** "Good morning" or "hi" alone on a line, before more lines. */
    private static final Pattern GREETING_LINE = p("^\\h*" + GREETING_WORD + "(?:\\h+[^\\s,;:!?.]+){0,3}\\h*[.!]?\\h*$");
    private static final Pattern PLEASANTRY = p("^\\h*(?:(?:i )?hope (?:you(?:['’]re| are)(?: all)? (?:well|doing well|good|fine|ok)"
            + "|this (?:e-?mail|message) finds you well|all is well|you (?:had|have had) a (?:good|great|nice) (?:weekend|week|day))"
            + "|(?:ich )?hoffe,? (?:es geht (?:dir|ihnen|euch) gut|(?:du|sie|ihr) (?:hattest|hatten|hattet) ein schönes wochenende)"
            + "|j['’]espère que (?:vous allez|tu vas) bien"
            + "|espero que (?:estés|esté|estéis|estén) bien"
            + "|espero que (?:você )?(?:esteja|estejam) bem)[.!,]*\\h*");

    // ---- sign-offs

    static final List<String> SIGN_OFFS = List.of(
            // English
            "thanks", "thank you", "thanks a lot", "thanks so much", "thank you so much", "thank you very much",
            "thanks very much", "many thanks", "thanks again", "thanks in advance", "thank you in advance",
            "thanks for your help", "thank you for your help", "thanks for the help", "thanks for your support",
            "thank you for your support", "thanks for your time", "thank you for your time", "thx", "tks", "ty",
            "tia", "cheers", "regards", "best regards", "kind regards", "kindest regards", "warm regards",
            "warmest regards", "many regards", "with regards", "with kind regards", "with best regards", "best",
            "all the best", "best wishes", "br", "kr", "rgds", "brgds", "sincerely", "yours sincerely",
            "sincerely yours", "yours faithfully", "yours truly", "respectfully", "take care", "much appreciated",
            "appreciate it", "have a nice day", "have a great day", "have a good day",
            "looking forward to hearing from you", "looking forward to your reply",
            // German
            "danke", "danke schön", "dankeschön", "danke sehr", "vielen dank", "vielen lieben dank",
            "herzlichen dank", "besten dank", "danke im voraus", "vielen dank im voraus", "danke vorab",
            "vielen dank vorab", "danke für die hilfe", "vielen dank für ihre hilfe", "mit freundlichen grüßen",
            "mit freundlichen grüssen", "mit freundlichem gruß", "mit freundlichem gruss", "freundliche grüße",
            "freundliche grüsse", "viele grüße", "viele grüsse", "liebe grüße", "liebe grüsse", "beste grüße",
            "beste grüsse", "herzliche grüße", "herzliche grüsse", "schöne grüße", "schöne grüsse", "gruß", "gruss",
            "grüße", "grüsse", "mfg", "lg", "vg", "bg", "schönen tag noch", "einen schönen tag",
            // French
            "merci", "merci beaucoup", "merci bien", "merci d'avance", "merci par avance", "merci pour votre aide",
            "merci de votre aide", "cordialement", "bien cordialement", "très cordialement", "bien à vous",
            "salutations", "meilleures salutations", "sincères salutations", "salutations distinguées",
            "amicalement", "bonne journée", "bonne soirée", "belle journée", "bises", "à bientôt",
            // Spanish
            "gracias", "muchas gracias", "mil gracias", "gracias de antemano", "gracias por adelantado",
            "gracias por su ayuda", "gracias por tu ayuda", "saludos", "un saludo", "saludos cordiales",
            "un cordial saludo", "cordiales saludos", "atentamente", "cordialmente", "quedo atento", "quedo atenta",
            "quedo a la espera", "quedo a la espera de su respuesta",
            // Portuguese
            "obrigado", "obrigada", "muito obrigado", "muito obrigada", "obrigado desde já", "obrigada desde já",
            "desde já obrigado", "desde já agradeço", "agradeço desde já", "obrigado pela ajuda", "atenciosamente",
            "cumprimentos", "melhores cumprimentos", "com os melhores cumprimentos", "abraço", "abraços",
            "um abraço", "att", "att.", "grato", "grata", "saudações");

    /** Too short or too common to be taken for a sign-off anywhere but alone on their line. */
    private static final Set<String> LINE_ONLY = Set.of("best", "br", "kr", "ty", "tks", "tia", "rgds", "brgds", "att",
            "att.", "mfg", "lg", "vg", "bg", "gruß", "gruss", "grüße", "grüsse", "grato", "grata", "bises");

    /** The first words of the sign-offs: only a line or sentence starting with one is tried against them. */
    private static final Set<String> SIGN_OFF_FIRST_WORDS = SIGN_OFFS.stream()
            .map(phrase -> firstWord(phrase, 0))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> GREETING_FIRST_WORDS = Set.of("hi", "hiya", "hey", "hello", "hallo", "hallöchen",
            "dear", "good", "morning", "afternoon", "greetings", "liebe", "lieber", "liebes", "sehr", "guten", "moin",
            "servus", "grüß", "grüezi", "bonjour", "bonsoir", "salut", "coucou", "cher", "chère", "chers", "chères",
            "madame", "monsieur", "hola", "buen", "buenos", "buenas", "estimado", "estimada", "estimados", "estimadas",
            "querido", "querida", "queridos", "queridas", "olá", "ola", "oi", "bom", "boa", "prezado", "prezada",
            "prezados", "prezadas");
    private static final Set<String> AUTO_REPLY_FIRST_WORDS = Set.of("thank", "thanks", "i", "vielen", "dank", "ich",
            "merci", "je", "gracias", "estoy", "estaré", "obrigado", "obrigada", "estou", "estarei");

    private static final String JOIN = "(?:\\h*[,&+/]\\h*|\\h+(?:and|und|et|y|e)\\h+)";
    private static final String NAME_WORD = "(?-i:\\[name\\]|\\p{Lu}[\\p{L}\\p{M}'’.-]*)";
    /** A name after a sign-off: capitalised words, or after a comma one or two lower-case words ("thanks, anna"). */
    private static final String NAMES = "(?:" + NAME_WORD + "(?:\\h+(?:" + NAME_WORD + "|van|von|de|da|del|dos|der|den|la|le)){0,3}"
            + "|(?<=,\\h{0,3})(?-i:\\p{Ll}[\\p{L}\\p{M}'’-]*)(?:\\h+(?-i:\\p{Ll}[\\p{L}\\p{M}'’-]*))?)";
    private static final Pattern SIGN_OFF_LINE = p("^\\h*(?:" + alternation(SIGN_OFFS) + ")"
            + "(?:" + JOIN + "(?:" + alternation(SIGN_OFFS) + "))?"
            + "(?:\\h+(?:from|aus|de|desde|da|do)\\h+" + NAME_WORD + "(?:\\h+" + NAME_WORD + ")?)?"
            + "(?:[\\h\\p{P}\\p{S}]+" + NAMES + ")?[\\h\\p{P}\\p{S}]*$");
    /** Tried only where a sentence starts (see signOffAtEnd): one or more sign-offs, then the end of the line. */
    private static final Pattern SIGN_OFF_END = p("(?:"
            + alternation(SIGN_OFFS.stream().filter(s -> !LINE_ONLY.contains(s)).toList()) + ")"
            + "(?:(?:[\\h\\p{P}\\p{S}]+|\\h+(?:and|und|et|y|e)\\h+)(?:" + alternation(SIGN_OFFS) + "))*"
            + "[\\h\\p{P}\\p{S}]*$");

    // ---- what a signature line looks like

    private static final Pattern CONTACT = p("@|\\||www\\.|https?:|\\[(?:phone|email|url|name)\\]|(?:\\d[\\h/().+-]*){5,}"
            + "|^\\h*(?:tel|tel\\.|phone|mobile|mob|cell|fax|e-?mail|web|handy|mobil|telefon|tél|téléphone|portable"
            + "|teléfono|móvil|telefone|celular|telemóvel)\\h*[.:]");
    private static final Set<String> NAME_PARTICLES = Set.of("and", "for", "the", "und", "für", "des", "les", "del",
            "dos", "das", "van", "von", "der", "den", "per", "pro");
    private static final Pattern NAME_LINE = Pattern.compile(
            "^\\h*" + NAME_WORD + "(?:\\h+" + NAME_WORD + "){0,2}\\h*,?\\h*$");
    private static final Pattern BLANK = Pattern.compile("^\\s*$");
    // compiled once: signatureLine runs on every line of every ticket, and compiling per word cost more than the match
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    /** The lower-case letters of the word starting at or after {@code from} (white space and '¡' skipped). */
    static String firstWord(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '¡')) {
            i++;
        }
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex.replace(" ", "\\h+"), FLAGS);
    }

    /**
     * Phrases as one expression, merged into a tree of characters ("t(?:hanks…|ty)") so that the
     * matcher follows one branch instead of trying every phrase; a longer phrase is tried before its
     * prefix. A space matches any horizontal white space, an apostrophe ' and ’.
     */
    private static String alternation(List<String> phrases) {
        Node root = new Node();
        for (String phrase : phrases) {
            Node node = root;
            String lower = phrase.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                node = node.children.computeIfAbsent(atom(lower.charAt(i)), a -> new Node());
            }
            node.end = true;
        }
        return root.children();
    }

    private static String atom(char c) {
        if (c == ' ') {
            return "\\h+";
        }
        if (c == '\'' || c == '’') {
            return "['’]";
        }
        return Character.isLetterOrDigit(c) ? Character.toString(c) : "\\" + c;
    }

    /** One character of a phrase tree. */
    private static final class Node {
        final Map<String, Node> children = new TreeMap<>();
        boolean end;

        String children() {
            List<String> alternatives = new ArrayList<>();
            children.forEach((atom, child) -> alternatives.add(atom + child.rest()));
            return alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
        }

        String rest() {
            if (children.isEmpty()) {
                return "";
            }
            return end ? "(?:" + children() + ")?" : children();
        }
    }

    /**
     * What to remove from {@code text}: pairs of start (inclusive) and end (exclusive) offsets,
     * ascending and not touching each other.
     */
    static int[] removals(String text) {
        return new Cut(text).run();
    }

    /** One text being cut: per line the part that stays ([from, to)) or the whole line gone. */
    private static final class Cut {
        final String text;
        final int n;
        final int[] start;
        final int[] end;   // end of the line's content, before its line break
        final int[] next;  // start of the next line
        final int[] from;
        final int[] to;
        final boolean[] gone;
        // cheap facts about each line, so that most lines skip most expressions
        final String[] lower;
        final char[] lead;    // first character that is not white space, or ' '
        final boolean[] colon;
        final boolean[] digit;

        Cut(String text) {
            this.text = text;
            List<int[]> lines = new ArrayList<>();
            int i = 0;
            int length = text.length();
            while (i < length) {
                int s = i;
                while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                int e = i;
                if (i < length && text.charAt(i) == '\r') {
                    i++;
                }
                if (i < length && text.charAt(i) == '\n' && (i == e || text.charAt(i - 1) == '\r')) {
                    i++;
                }
                lines.add(new int[] {s, e, i});
            }
            n = lines.size();
            start = new int[n];
            end = new int[n];
            next = new int[n];
            for (int k = 0; k < n; k++) {
                start[k] = lines.get(k)[0];
                end[k] = lines.get(k)[1];
                next[k] = lines.get(k)[2];
            }
            from = start.clone();
            to = end.clone();
            gone = new boolean[n];
            lower = new String[n];
            lead = new char[n];
            colon = new boolean[n];
            digit = new boolean[n];
            for (int k = 0; k < n; k++) {
                String raw = raw(k);
                lower[k] = raw.toLowerCase(Locale.ROOT);
                String stripped = raw.strip();
                lead[k] = stripped.isEmpty() ? ' ' : stripped.charAt(0);
                colon[k] = raw.indexOf(':') >= 0;
                for (int c = 0; c < raw.length() && !digit[k]; c++) {
                    digit[k] = Character.isDigit(raw.charAt(c));
                }
            }
        }

        private boolean has(int i, String... parts) {
            for (String part : parts) {
                if (lower[i].contains(part)) {
                    return true;
                }
            }
            return false;
        }

        String line(int i) {
            return text.substring(from[i], to[i]);
        }

        String raw(int i) {
            return text.substring(start[i], end[i]);
        }

        boolean blank(int i) {
            for (int k = from[i]; k < to[i]; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        boolean rawBlank(int i) {
            return lead[i] == ' ';
        }

        boolean content(int i) {
            return !gone[i] && !blank(i);
        }

        int nextContent(int i) {
            for (int k = i + 1; k < n; k++) {
                if (content(k)) {
                    return k;
                }
            }
            return -1;
        }

        void goneFrom(int i) {
            for (int k = i; k < n; k++) {
                gone[k] = true;
            }
        }

        int[] run() {
            if (autoReply()) {
                return text.isEmpty() ? new int[0] : new int[] {0, text.length()};
            }
            boolean quoted = chain();
            lines();
            boolean greeted = greeting();
            boolean signed = signature();
            if (!signed && (greeted || quoted)) {
                nameOnly();
            }
            for (int i = 0; i < n; i++) {
                if (!gone[i] && SIGNATURE_DELIMITER.matcher(line(i)).matches()) {
                    gone[i] = true;
                }
            }
            return ranges();
        }

        /** The first two non-blank lines: an auto-reply's subject or first sentence. */
        private boolean autoReply() {
            int seen = 0;
            for (int i = 0; i < n && seen < 2; i++) {
                if (rawBlank(i)) {
                    continue;
                }
                String line = raw(i);
                if ((seen == 0 && colon[i] && AUTO_LABEL.matcher(line).lookingAt())
                        || (AUTO_REPLY_FIRST_WORDS.contains(firstWord(line, 0)) && AUTO_SENTENCE.matcher(line).lookingAt())) {
                    return true;
                }
                seen++;
            }
            return false;
        }

        /** Cuts a quoted reply chain from its first line; removes lines starting with '>'. */
        private boolean chain() {
            int first = -1;
            for (int i = 0; i < n && first < 0; i++) {
                String line = raw(i);
                boolean decorated = "-_=*~#".indexOf(lead[i]) >= 0;
                if ((decorated && CHAIN_SEPARATOR.matcher(line).matches())
                        || (has(i, "above", "oberhalb", "au-dessus", "encima", "acima") && REPLY_ABOVE.matcher(line).matches())
                        || (colon[i] && HEADER_ONE_LINE.matcher(line).matches())
                        || (colon[i] && digit[i] && ATTRIBUTION.matcher(line).matches())) {
                    first = i;
                } else if (digit[i] && i + 1 < n && colon[i + 1] && ATTRIBUTION_START.matcher(line).matches()
                        && ATTRIBUTION.matcher(line + " " + raw(i + 1)).matches()) {
                    first = i;
                } else if (colon[i] && HEADER_FROM.matcher(line).matches() && headerBlock(i)) {
                    first = i;
                } else if (lead[i] == '_' && UNDERSCORES.matcher(line).matches()) {
                    int k = i + 1;
                    while (k < n && rawBlank(k)) {
                        k++;
                    }
                    if (k < n && colon[k] && HEADER_FROM.matcher(raw(k)).matches()) {
                        first = i;
                    }
                } else if ((colon[i] || has(i, "--", "__", "==")) && has(i, "original", "ursprüngliche", "origine",
                        "forwarded", "weitergeleitete", "transféré", "reenviado", "encaminhada", "sent", "gesendet",
                        "envoy", "enviad", "date", "datum", "fecha", "data")) {
                    Matcher m = CHAIN_IN_LINE.matcher(line);
                    if (m.find()) {
                        to[i] = start[i] + m.start();
                        first = i + 1;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (lead[i] == '>') {
                    gone[i] = true;
                }
            }
            if (first >= 0) {
                goneFrom(first);
                return true;
            }
            return false;
        }

        /** From: followed by two header lines, or by one when it names an address. */
        private boolean headerBlock(int i) {
            int headers = 0;
            int seen = 0;
            for (int k = i + 1; k < n && seen < 5; k++) {
                if (rawBlank(k)) {
                    continue;
                }
                seen++;
                if (!colon[k] || !HEADER_OTHER.matcher(raw(k)).matches()) {
                    break;
                }
                headers++;
            }
            return headers >= 2 || (headers == 1 && ADDRESS.matcher(raw(i)).find());
        }

        /** Line by line: quotes, mobile signatures, disclaimers, template lines and labels. */
        private void lines() {
            int firstNonBlank = -1;
            for (int i = 0; i < n; i++) {
                if (gone[i]) {
                    continue;
                }
                if (rawBlank(i)) {
                    continue;
                }
                String line = raw(i);
                if (firstNonBlank < 0) {
                    firstNonBlank = i;
                }
                if ((has(i, "confiden", "disclaimer", "notice", "vertraulich", "haftungsausschluss", "hinweis", "aviso",
                        "avis ") && DISCLAIMER_HEADING.matcher(line).lookingAt())
                        || (i > firstNonBlank && disclaimer(i))) {
                    goneFrom(i);
                    return;
                }
                boolean mobile = has(i, "sent", "gesendet", "envoy", "enviado", "outlook");
                if ((has(i, "environ", "umwelt", "ambiente", "imprimir", "print") && ENVIRONMENT.matcher(line).matches())
                        || (mobile && MOBILE_LINE.matcher(line).matches())
                        || (colon[i] && (FIELD_ANY_VALUE.matcher(line).matches() || FIELD_SHORT_VALUE.matcher(line).matches()))
                        || (has(i, "created", "submitted", "opened", "logged", "raised", "erstellt", "créé", "creado", "criado")
                                && CREATED_VIA.matcher(line).matches())
                        || (!Character.isLetterOrDigit(lead[i]) && SEPARATOR.matcher(line).matches())
                        || (digit[i] && (TICKET_ONLY.matcher(line).matches() || TICKET_NOTICE.matcher(line).matches()))) {
                    gone[i] = true;
                    continue;
                }
                if (mobile) {
                    Matcher m = MOBILE_END.matcher(line);
                    if (m.find()) {
                        to[i] = start[i] + m.start();
                    }
                }
                prefixes(i, i == firstNonBlank);
            }
        }

        private boolean disclaimer(int i) {
            if (!has(i, "mail", "message", "nachricht", "courri", "mensaj", "mensag", "correo", "correio",
                    "communication", "transmission") || !DISCLAIMER_OPENER.matcher(raw(i)).lookingAt()) {
                return false;
            }
            StringBuilder paragraph = new StringBuilder();
            for (int k = i; k < n && k < i + 12 && !rawBlank(k); k++) {
                paragraph.append(raw(k)).append(' ');
            }
            return CONFIDENTIAL.matcher(paragraph).find() && WRONG_RECIPIENT.matcher(paragraph).find();
        }

        /** "RE:", ticket references, form prompts and labels at the start of a line. */
        private void prefixes(int i, boolean firstLine) {
            List<Pattern> candidates = new ArrayList<>(4);
            if (firstLine && colon[i]) {
                candidates.add(REPLY_PREFIX);
            }
            if (digit[i]) {
                candidates.add(TICKET_PREFIX);
            }
            if (has(i, "describ", "beschreib", "décri", "descri", "descre", "explain", "enter")) {
                candidates.add(PROMPT);
            }
            if (colon[i]) {
                candidates.add(LABEL);
            }
            boolean cut = !candidates.isEmpty();
            while (cut) {
                cut = false;
                for (Pattern prefix : candidates) {
                    Matcher m = prefix.matcher(line(i));
                    if (m.lookingAt() && m.end() > 0 && !BLANK.matcher(line(i).substring(0, m.end())).matches()) {
                        from[i] += m.end();
                        cut = true;
                    }
                }
            }
            if (from[i] > start[i] && (blank(i) || (digit[i] && TICKET_ONLY.matcher(line(i)).matches()))) {
                gone[i] = true;
            }
        }

        private boolean greeting() {
            int first = nextContent(-1);
            if (first < 0 || !GREETING_FIRST_WORDS.contains(firstWord(line(first), 0))) {
                return false;
            }
            Matcher m = GREETING.matcher(line(first));
            if (m.lookingAt()) {
                from[first] += m.end();
                if (blank(first)) {
                    gone[first] = true;
                }
            } else if (GREETING_LINE.matcher(line(first)).matches() && nextContent(first) >= 0) {
                gone[first] = true;
            } else {
                return false;
            }
            int after = gone[first] ? nextContent(first) : first;
            if (after >= 0) {
                Matcher pleasantry = PLEASANTRY.matcher(line(after));
                if (pleasantry.lookingAt()) {
                    from[after] += pleasantry.end();
                    if (blank(after)) {
                        gone[after] = true;
                    }
                }
            }
            return true;
        }

        /** The earliest sign-off (or "--") after which only signature lines follow, cut to the end. */
        private boolean signature() {
            List<Integer> content = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (content(i)) {
                    content.add(i);
                }
            }
            for (int c = 0; c < content.size(); c++) {
                int rest = content.size() - c - 1;
                if (rest > MAX_SIGNATURE_LINES) {
                    continue;
                }
                int i = content.get(c);
                String line = line(i);
                boolean whole = SIGNATURE_DELIMITER.matcher(line).matches() || signOffLine(line);
                int at = whole ? 0 : signOffAtEnd(line);
                if ((whole || at > 0) && signatureLines(content.subList(c + 1, content.size()))) {
                    if (whole) {
                        goneFrom(i);
                    } else {
                        to[i] = from[i] + at;
                        goneFrom(i + 1);
                    }
                    return true;
                }
            }
            return false;
        }

        /** A sign-off with an optional name, alone on its line. */
        static boolean signOffLine(String line) {
            return line.length() <= SIGN_OFF_LENGTH && SIGN_OFF_FIRST_WORDS.contains(firstWord(line, 0))
                    && SIGN_OFF_LINE.matcher(line).matches();
        }

        /**
         * Where sign-offs end the line after the end of a sentence ("… today. Thanks!") or as a
         * capitalised word after a space ("… today Thanks!"), else -1.
         */
        private static int signOffAtEnd(String line) {
            Matcher m = null;
            for (int s = 1; s < line.length(); s++) {
                char c = line.charAt(s);
                if (!Character.isLetter(c) || Character.isLetterOrDigit(line.charAt(s - 1))) {
                    continue;
                }
                int k = s - 1;
                while (k >= 0 && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                    k--;
                }
                if (k < 0) {
                    continue;
                }
                char before = line.charAt(k);
                boolean sentenceEnd = ".!?…)".indexOf(before) >= 0;
                boolean capitalAfterSpace = k < s - 1 && Character.isUpperCase(c) && Character.isLetterOrDigit(before);
                if ((sentenceEnd || capitalAfterSpace) && SIGN_OFF_FIRST_WORDS.contains(firstWord(line, s))) {
                    m = m == null ? SIGN_OFF_END.matcher(line) : m;
                    if (m.region(s, line.length()).lookingAt()) {
                        return s;
                    }
                }
            }
            return -1;
        }

        private boolean signatureLines(List<Integer> lines) {
            for (int i : lines) {
                if (!signatureLine(line(i))) {
                    return false;
                }
            }
            return true;
        }

        /** A name, a title, a company, an address or a phone number; not a sentence. */
        static boolean signatureLine(String line) {
            String s = line.strip();
            if (s.isEmpty() || SIGNATURE_DELIMITER.matcher(s).matches() || CONTACT.matcher(s).find() || signOffLine(s)) {
                return true;
            }
            if (".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
                return false;
            }
            String[] words = WHITESPACE.split(s);
            if (words.length > 6) {
                return false;
            }
            if (s.equals(s.toLowerCase(Locale.ROOT))) {
                return words.length <= 2; // "anna", "anna schmidt"
            }
            long lowerCaseWords = Arrays.stream(words)
                    .map(w -> EDGE_PUNCTUATION.matcher(w).replaceAll(""))
                    .filter(w -> w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && !NAME_PARTICLES.contains(w))
                    .count();
            // "Head of IT", and a title such as "Responsable achats" or "Chef de projet"
            return lowerCaseWords == 0
                    || (lowerCaseWords == 1 && words.length <= 3 && Character.isUpperCase(s.charAt(0)));
        }

        /** The last paragraph, when it is only a name ("…\n\nAnna"). */
        private void nameOnly() {
            int last = -1;
            for (int i = n - 1; i >= 0 && last < 0; i--) {
                if (content(i)) {
                    last = i;
                }
            }
            if (last <= 0 || (!gone[last - 1] && !blank(last - 1)) || nextContent(-1) == last) {
                return;
            }
            if (NAME_LINE.matcher(line(last)).matches()) {
                goneFrom(last);
            }
        }

        private int[] ranges() {
            int[] out = new int[4 * n + 2];
            int size = 0;
            for (int i = 0; i < n; i++) {
                int[] parts = gone[i]
                        ? new int[] {start[i], next[i]}
                        : new int[] {start[i], from[i], to[i], end[i]};
                for (int k = 0; k < parts.length; k += 2) {
                    int s = parts[k];
                    int e = parts[k + 1];
                    if (s >= e) {
                        continue;
                    }
                    if (size > 0 && out[size - 1] == s) {
                        out[size - 1] = e;
                    } else {
                        out[size++] = s;
                        out[size++] = e;
                    }
                }
            }
            return Arrays.copyOf(out, size);
        }
    }
}
