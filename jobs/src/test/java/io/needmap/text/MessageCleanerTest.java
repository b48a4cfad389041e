package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What {@link MessageCleaner} removes and keeps, one pattern per test, with exact inputs and exact
 * cleaned texts in English, German, French, Spanish and Portuguese where the pattern is worded.
 */
class MessageCleanerTest {

    private static void cleans(String expected, String input) {
        assertEquals(expected, MessageCleaner.clean(input), () -> "input: " + input);
    }

    private static void untouched(String input) {
        cleans(input, input);
    }

    // ---- quoted reply chains

    @Test
    void originalMessageSeparatorCutsTheChainToTheEnd() {
        cleans("The VPN drops every hour.",
                "The VPN drops every hour.\n\n-----Original Message-----\nFrom: IT Service Desk\nSubject: VPN\n\nYour ticket was resolved.");
        cleans("Der Drucker druckt nicht mehr.",
                "Der Drucker druckt nicht mehr.\n\n----- Ursprüngliche Nachricht -----\nVon: IT Service Desk\n\nIhr Ticket wurde gelöst.");
        cleans("L'imprimante ne marche plus.",
                "L'imprimante ne marche plus.\n\n-------- Message d'origine --------\nDe : IT Service Desk\n\nVotre ticket a été résolu.");
        cleans("La impresora no funciona.",
                "La impresora no funciona.\n\n-----Mensaje original-----\nDe: IT Service Desk\n\nSu ticket se ha resuelto.");
        cleans("A impressora não funciona.",
                "A impressora não funciona.\n\n-----Mensagem original-----\nDe: IT Service Desk\n\nO seu chamado foi resolvido.");
    }

    @Test
    void headerBlockCutsTheChainToTheEnd() {
        cleans("The VPN drops every hour.",
                "The VPN drops every hour.\n\nFrom: Service Desk <servicedesk@example.com>\nSent: Monday, 3 August 2026 10:12\n"
                        + "To: Anna Schmidt\nSubject: RE: VPN\n\nPlease restart your laptop.");
        cleans("Der VPN-Client stürzt ab.",
                "Der VPN-Client stürzt ab.\n\nVon: Service Desk\nGesendet: Montag, 3. August 2026 10:12\nAn: Anna Schmidt\n"
                        + "Betreff: AW: VPN\n\nBitte starten Sie neu.");
        cleans("Le VPN se coupe.",
                "Le VPN se coupe.\n\nDe : Service Desk\nEnvoyé : lundi 3 août 2026 10:12\nÀ : Anna Schmidt\nObjet : RE: VPN");
        cleans("La VPN se corta.",
                "La VPN se corta.\n\nDe: Service Desk\nEnviado: lunes, 3 de agosto de 2026 10:12\nPara: Anna Schmidt\nAsunto: RE: VPN");
        cleans("A VPN cai.",
                "A VPN cai.\n\nDe: Service Desk\nEnviada em: segunda-feira, 3 de agosto de 2026 10:12\nPara: Anna Schmidt\n"
                        + "Assunto: RES: VPN");
        // an export that lost the line breaks: the header run is cut where it starts
        cleans("The VPN drops.",
                "The VPN drops. From: Service Desk Sent: Monday, 3 August 2026 10:12 To: Anna Subject: RE: VPN");
    }

    @Test
    void attributionLineCutsTheChainToTheEnd() {
        cleans("Still broken.",
                "Still broken.\n\nOn Mon, 3 Aug 2026 at 10:12, Service Desk <servicedesk@example.com> wrote:\nYour ticket was resolved.");
        cleans("Immer noch kaputt.",
                "Immer noch kaputt.\n\nAm 03.08.2026 um 10:12 schrieb Service Desk <servicedesk@example.com>:\nIhr Ticket wurde gelöst.");
        cleans("Toujours en panne.",
                "Toujours en panne.\n\nLe lun. 3 août 2026 à 10:12, Service Desk <servicedesk@example.com> a écrit :\nRésolu.");
        cleans("Sigue sin funcionar.",
                "Sigue sin funcionar.\n\nEl lun, 3 ago 2026 a las 10:12, Service Desk (<servicedesk@example.com>) escribió:\nResuelto.");
        cleans("Continua sem funcionar.",
                "Continua sem funcionar.\n\nEm seg., 3 de ago. de 2026 às 10:12, Service Desk <servicedesk@example.com> escreveu:\nResolvido.");
        // wrapped over two lines by the mail client
        cleans("Still broken.",
                "Still broken.\n\nOn Mon, 3 Aug 2026 at 10:12, Service Desk <\nservicedesk@example.com> wrote:\nResolved.");
    }

    @Test
    void quotedLinesGo() {
        cleans("The printer is fine now\nbut the scanner still jams.",
                "The printer is fine now\n> Did the new driver help?\n>> Please install the driver.\nbut the scanner still jams.");
    }

    @Test
    void replyAboveThisLineCutsTheNotificationBelowIt() {
        cleans("The scanner is back.",
                "The scanner is back.\n--- Please type your reply above this line ---\nYour request 4711 has been updated.");
        cleans("", "##- Please type your reply above this line -##\nYour request 4711 has been updated.");
    }

    // ---- greetings

    @Test
    void greetingsAtTheStartGo() {
        cleans("The VPN drops at home.", "Hi team,\n\nThe VPN drops at home.");
        cleans("The VPN drops at home.", "Dear IT support,\nThe VPN drops at home.");
        cleans("the VPN drops at home.", "Hello, the VPN drops at home.");
        cleans("The VPN drops at home.", "Good morning\n\nThe VPN drops at home.");
        cleans("der VPN-Client stürzt ab.", "Hallo zusammen,\n\nder VPN-Client stürzt ab.");
        cleans("der VPN-Client stürzt ab.", "Sehr geehrte Damen und Herren, der VPN-Client stürzt ab.");
        cleans("le VPN se coupe.", "Bonjour,\nle VPN se coupe.");
        cleans("la VPN se corta.", "¡Hola equipo! la VPN se corta.");
        cleans("a VPN cai.", "Olá, a VPN cai.");
    }

    @Test
    void aPleasantryAfterTheGreetingGoesToo() {
        cleans("The VPN drops at home.", "Hi Anna, I hope you are well. The VPN drops at home.");
        cleans("The VPN drops at home.", "Dear all,\nI hope this email finds you well.\nThe VPN drops at home.");
        cleans("das VPN bricht ab.", "Hallo Marco,\nich hoffe, es geht dir gut.\ndas VPN bricht ab.");
    }

    @Test
    void greetingWordsInASentenceStay() {
        untouched("Good morning meetings are too early");
        untouched("hi printer broken");
        untouched("Morning shifts cannot log in to the VPN.");
    }

    // ---- sign-offs and signatures

    @Test
    void signOffsGoWithTheNameTitleAndPhoneLinesAfterThem() {
        cleans("The printer shows an error again.", "The printer shows an error again.\n\nMany thanks\nYusuf");
        cleans("Scan to email doesn't work.", "Scan to email doesn't work.\n\nMany thanks, Henrik");
        cleans("I need a new desk phone.", "I need a new desk phone.\n\nThanks!, Jörg");
        cleans("The app shows nothing.",
                "The app shows nothing.\n\nRegards,\n\n--\nInes Jäger | Complaints Coordinator | Customer Service\n"
                        + "Northwind Industrial Supplies GmbH | +49 30 0675 6114 | ines.jaeger@example.com");
        cleans("My mailbox is full.", "My mailbox is full.\n\nBest,\nMatteo Hartmann\nHead of IT Operations\nMobile: +49 170 1234567");
        cleans("The toner is empty.", "The toner is empty.\n\nCheers,\nAnna");
        cleans("The toner is empty.", "The toner is empty.\n\nKind regards\nBob O'Brien\nIT Service Desk");
        cleans("Cheers and kind regards work too.",
                "Cheers and kind regards work too.\n\nThanks and best regards,\nBob");
        cleans("der Drucker im 2. OG druckt nicht.",
                "der Drucker im 2. OG druckt nicht.\n\nViele Grüße\nAnna Schmidt\nTeamleitung Einkauf\nTel. +49 30 1234 5678");
        cleans("der Drucker druckt nicht.", "der Drucker druckt nicht.\n\nMit freundlichen Grüßen\n\nAnna Schmidt");
        cleans("der Drucker druckt nicht.", "der Drucker druckt nicht.\n\nLG Anna");
        cleans("l'imprimante du 2e étage ne marche plus.",
                "l'imprimante du 2e étage ne marche plus.\n\nCordialement,\nMarie Dupont\nResponsable achats");
        cleans("La impresora del segundo piso no imprime.",
                "La impresora del segundo piso no imprime.\n\nSaludos,\nAna García");
        cleans("A impressora do segundo andar não imprime.",
                "A impressora do segundo andar não imprime.\n\nAtenciosamente,\nJoão Silva\nGerente de Compras");
        cleans("A impressora não imprime.", "A impressora não imprime.\n\nObrigado\nJoão");
    }

    @Test
    void aSignOffEndingTheLastSentenceGoesButNotOneFollowedByAName() {
        cleans("A supplier sent new bank details by email.", "A supplier sent new bank details by email. Thanks a lot!");
        cleans("The dock does not detect my screen. I'm working from home today.",
                "The dock does not detect my screen. I'm working from home today. Thank you very much.");
        cleans("Where do I request a parking card?", "Where do I request a parking card? Thanks for your help. Thanks a lot!");
        cleans("The VPN is slow.",
                "The VPN is slow. Thanks!\n\n--\nAnna Schmidt | Sales | Northwind\nNorthwind | +49 30 1234 5678 | anna@example.com");
        cleans("der Drucker druckt seit Montag nicht.", "der Drucker druckt seit Montag nicht. Viele Grüße");
        cleans("l'imprimante ne marche plus.", "l'imprimante ne marche plus. Merci d'avance");
        cleans("la impresora no imprime.", "la impresora no imprime. Gracias");
        cleans("a impressora não imprime.", "a impressora não imprime. Obrigado");
        // with a name on the same line the words stay (they may be the need's subject)
        untouched("the VPN keeps disconnecting when I work from home. Thanks, Anna");
    }

    @Test
    void aSignatureAfterADoubleDashGoes() {
        cleans("The VPN is slow.", "The VPN is slow.\n\n--\nAnna Schmidt\nIT Manager\n+49 30 1234 5678");
    }

    @Test
    void signOffWordsInTheTextStay() {
        untouched("Thanks to the new VPN it works from home now, but Teams is slow.");
        untouched("All good, thanks");
        untouched("The new laptops are great, thanks.");
        untouched("The screen flickers.\n\nThanks,\nthe VPN is great");
        untouched("Best practice for passwords is unclear.");
    }

    @Test
    void aNameAloneAfterTheTextGoesWhenTheMailGreetedOrQuoted() {
        cleans("This is still not working, sorry",
                "This is still not working, sorry\n\nAnna\n\n-----Original Message-----\nFrom: IT Service Desk <servicedesk@example.com>\n"
                        + "Subject: [INC-2026-000123] resolved: Locked out\n\nDear colleague, your ticket has been resolved.");
        cleans("The VPN drops.", "Hi,\n\nThe VPN drops.\n\nAnna Schmidt");
        // without greeting or quote a short last paragraph may be the need itself
        untouched("Better printers.\n\nFaster Laptops");
    }

    @Test
    void scrubbedSignaturesGoToo() {
        cleans("The VPN is slow.", "The VPN is slow.\n\nBest regards,\n[name]");
        cleans("The VPN is slow.", "The VPN is slow.\n\nThanks!\n\n--\n[name] | IT Manager | Sales\nNorthwind | [phone] | [email]");
    }

    // ---- mobile signatures

    @Test
    void mobileSignaturesGo() {
        cleans("Printer jams.", "Printer jams.\n\nSent from my iPhone");
        cleans("Printer jams.", "Printer jams.\n\nSent from Outlook for Android");
        cleans("Printer jams.", "Printer jams.\n\nGet Outlook for iOS");
        cleans("Drucker klemmt.", "Drucker klemmt.\n\nVon meinem iPhone gesendet");
        cleans("L'imprimante bloque.", "L'imprimante bloque.\n\nEnvoyé de mon iPhone");
        cleans("La impresora se atasca.", "La impresora se atasca.\n\nEnviado desde mi iPhone");
        cleans("A impressora encrava.", "A impressora encrava.\n\nEnviado do meu iPhone");
        cleans("Printer jams", "Printer jams Sent from my iPhone");
        untouched("Emails sent from my iPhone bounce");
        untouched("I can't open mails sent from my iPhone");
    }

    // ---- disclaimers

    @Test
    void legalDisclaimersGo() {
        cleans("The VPN drops every hour.",
                "The VPN drops every hour.\n\nThis e-mail (and any attachments) is confidential and may be privileged. "
                        + "If you are not the intended recipient, please notify the sender and delete it.");
        cleans("The VPN drops every hour.",
                "The VPN drops every hour.\n\nCONFIDENTIALITY NOTICE: The contents of this email message are confidential.");
        cleans("Der VPN-Client stürzt ab.",
                "Der VPN-Client stürzt ab.\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
                        + "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.");
        cleans("Le VPN se coupe.",
                "Le VPN se coupe.\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive "
                        + "de ses destinataires. Si vous avez reçu ce message par erreur, merci de le détruire.");
        cleans("La VPN se corta.",
                "La VPN se corta.\n\nEste mensaje y sus anexos son confidenciales. Si usted no es el destinatario, por favor elimínelo.");
        cleans("A VPN cai.",
                "A VPN cai.\n\nEsta mensagem e seus anexos são confidenciais. Se você não for o destinatário, por favor apague-a.");
        cleans("The printer jams.", "The printer jams.\n\nPlease consider the environment before printing this e-mail.");
    }

    @Test
    void aNeedAboutConfidentialMailStays() {
        untouched("This email from HR about confidential salaries went to the wrong recipient, please check the list.");
    }

    // ---- auto-replies

    @Test
    void autoRepliesAreNoiseAsAWhole() {
        cleans("", "Automatic reply: Printer jams");
        cleans("", "Thank you for your email. I am out of the office until 12 May with limited access to e-mail.");
        cleans("", "Automatische Antwort: Drucker");
        cleans("", "Ich bin bis 15.08. nicht im Büro. In dringenden Fällen wenden Sie sich an servicedesk@example.com.");
        cleans("", "Réponse automatique : Imprimante");
        cleans("", "Je suis absente du bureau jusqu'au 15 août.");
        cleans("", "Respuesta automática: Impresora");
        cleans("", "Estoy fuera de la oficina hasta el 15 de agosto.");
        cleans("", "Resposta automática: Impressora");
        cleans("", "Estou fora do escritório até 15 de agosto.");
        untouched("I am out of the office next week and need VPN access on my private laptop.");
    }

    // ---- ticket templates

    @Test
    void ticketTemplateLinesGo() {
        cleans("The docking station does not detect my monitor.",
                "Category: Hardware\nPriority: P2\nTicket #48213\nPlease describe your issue below\n"
                        + "The docking station does not detect my monitor.\n[Created via portal]");
        cleans("The label printer at station 3 is offline.",
                "Problem: The label printer at station 3 is offline.\nAffected: whole floor\nDevice: LT-1234");
        cleans("The monitor flickers.", "INC0000045\nThe monitor flickers.\n==========\nTicket #4711 has been updated");
        cleans("Der Monitor flackert.", "Kategorie: Hardware\nPriorität: hoch\nBitte beschreiben Sie Ihr Problem:\nDer Monitor flackert.");
        cleans("L'écran clignote.", "Catégorie : Matériel\nPriorité : haute\nL'écran clignote.");
        cleans("La pantalla parpadea.", "Categoría: Hardware\nPrioridad: alta\nLa pantalla parpadea.");
        cleans("O monitor pisca.", "Categoria: Hardware\nPrioridade: alta\nDescreva o seu problema abaixo:\nO monitor pisca.");
        cleans("", "--- Please type your reply above this line ---");
    }

    @Test
    void replyPrefixesAndTicketReferencesGoFromTheStart() {
        cleans("Locked out of my account", "RE: [INC-2026-000123] resolved: Locked out of my account");
        cleans("Printer jams", "RE: [INC-2026-010260] resolved: RE: Printer jams");
        cleans("Drucker druckt nicht", "AW: WG: Drucker druckt nicht");
        cleans("L'imprimante", "TR: RE: L'imprimante");
        cleans("La impresora", "RV: La impresora");
        cleans("A impressora", "RES: ENC: A impressora");
    }

    @Test
    void wordsThatLookLikeHeadersInANeedStay() {
        untouched("From: the warehouse we cannot print");
        untouched("I cannot reply to e-mails in Outlook, the reply button is greyed out.");
        untouched("Device: my laptop restarts every time I connect the second monitor to the docking station");
        untouched("Please call me about ticket #12345 from 2026-08-14");
        untouched("Printer PRN-2OG-03 in room 2.14 is offline");
    }

    // ---- whitespace

    @Test
    void blankLinesAreCollapsedAndTheTextTrimmed() {
        cleans("the VPN is slow.\n\nTeams too.", "Hi team,  the VPN is slow.  \n\n\n\nTeams too.\n\n\nThanks");
        cleans("Line one\n\nLine two", "Line one\r\n\r\n\r\nLine two\r\n\r\nThanks,\r\nAnna\r\n");
        cleans("", null);
        cleans("", "");
        cleans("", "Hi team, thanks!");
    }

    // ---- follow-ups

    @Test
    void followUpOnlyTextsAreRecognised() {
        for (String followUp : new String[] {
                "This is still not working, sorry", "Unfortunately the problem is back.", "Same problem again since this morning.",
                "Any update?", "Hello? Any update on this??", "problem persists", "Still not working. Any update?", "bump", "?",
                "see subject", "", "Problem besteht weiterhin", "Leider funktioniert es immer noch nicht.", "Siehe Betreff",
                "toujours le même problème", "Toujours le même problème depuis hier.", "voir objet",
                "sigue sin funcionar", "ver asunto", "O problema continua.", "ver assunto"}) {
            assertTrue(MessageCleaner.isFollowUp(followUp), followUp);
        }
        for (String need : new String[] {
                "The VPN is still not working", "Any update? The printer in room 2.14 also jams now.",
                "Still not working since the update to Windows 11 yesterday evening", "Der Drucker funktioniert nicht",
                "le même problème avec l'imprimante du 2e étage"}) {
            assertFalse(MessageCleaner.isFollowUp(need), need);
        }
    }

    @Test
    void ticketTextDropsAFollowUpDescriptionAndKeepsTheSummary() {
        assertEquals("Locked out of my account", MessageCleaner.ticketText(
                "RE: [INC-2026-000123] resolved: Locked out of my account",
                "This is still not working, sorry\n\nAnna\n\n-----Original Message-----\n"
                        + "From: IT Service Desk <servicedesk@example.com>\nSubject: [INC-2026-000123] resolved: Locked out of my account\n\n"
                        + "Dear colleague, your ticket INC-2026-000123 has been resolved. If the problem persists, reply to this e-mail."));
        assertEquals("Scan to email not working", MessageCleaner.ticketText("Scan to email not working", "see subject"));
        assertEquals("Drucker im 2. OG", MessageCleaner.ticketText("Drucker im 2. OG", "Problem besteht weiterhin"));
        assertEquals("Imprimante du 2e étage", MessageCleaner.ticketText("Imprimante du 2e étage", "toujours le même problème"));
        assertEquals("Impresora del segundo piso", MessageCleaner.ticketText("Impresora del segundo piso", "sigue sin funcionar"));
        assertEquals("Impressora do segundo andar", MessageCleaner.ticketText("Impressora do segundo andar", "o problema continua"));
        assertEquals("VPN drops\nThe VPN drops every hour.",
                MessageCleaner.ticketText("VPN drops", "Hi team,\n\nThe VPN drops every hour.\n\nThanks!\nAnna"));
        assertEquals("The label printer is offline again.",
                MessageCleaner.ticketText("Still not working", "The label printer is offline again."));
        assertEquals("", MessageCleaner.ticketText("Still not working", "Any update?"));
        assertEquals("", MessageCleaner.ticketText("", "bump"));
        assertEquals("", MessageCleaner.ticketText(null, null));
        assertEquals("", MessageCleaner.ticketText("Automatic reply: Printer jams", "I am out of the office until Monday."));
    }
}
