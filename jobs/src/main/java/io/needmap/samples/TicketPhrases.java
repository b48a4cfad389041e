package io.needmap.samples;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
  * Help-desk issues per theme. Each issue has one-line summaries, the requester's own words, extra
  * details and the note an agent types while on the phone, all about the same problem, so a ticket's
  * summary and description agree. Tokens ($PERSON, $LAPTOP ...) are filled once per ticket.
  */
final class TicketPhrases {
    private TicketPhrases() {}

    /** One kind of problem; departments null = anyone can have it. */
    record Issue(List<String> departments, String[] summaries, String[] bodies, String[] details, String[] notes) {
        boolean fits(String department) {
            return departments == null || departments.contains(department);
        }
    }

    static final Map<Theme, List<Issue>> ISSUES = new EnumMap<>(Theme.class);

    private static String[] s(String... x) {
        return x;
    }

    private static Issue issue(String[] summaries, String[] bodies, String[] details, String[] notes) {
        return new Issue(null, summaries, bodies, details, notes);
    }

    private static Issue issue(String departments, String[] summaries, String[] bodies, String[] details, String[] notes) {
        return new Issue(List.of(departments.split(",")), summaries, bodies, details, notes);
    }

    private static final String TRAVELLERS = "Sales,Executive,Marketing,Engineering";

    static {
        ISSUES.put(Theme.PASSWORD, List.of(
                issue(s("Locked out of my account", "Account locked", "account locked again", "AD account locked", "Locked out (again)",
                                "User locked out - $FIRST", "cannot login", "Login not possible"),
                        s("I {can't|cannot} log in {to my laptop|to Windows|anymore}, it says my account is locked.",
                                "My account {gets|keeps getting} locked {every morning|every few hours|again and again}.",
                                "{I'm|I am} locked out of {SAP|the CRM|Outlook|everything} after {too many|3} wrong attempts.",
                                "I changed my password {yesterday|on Friday|this morning} and now I'm locked out."),
                        s("I think my phone still uses the old password.", "I'm calling from a colleague's PC.", "Please call me on ext. $EXT.",
                                "I need it for a customer call at {10|11|2pm}."),
                        s("User called, account locked after pw change. Unlocked in AD, advised to update pw on phone.",
                                "Unlocked account. Old pw cached in Outlook mobile, removed account on phone, re-added.",
                                "Account locked {x3|3 times} today. Found old session on {$LAPTOP|a meeting room PC}, logged off, unlocked.")),
                issue(s("Password reset", "password reset pls", "Forgot password after holiday", "Can't log in{| to my laptop| to Windows}",
                                "Forgot my password"),
                        s("After my {holiday|vacation|parental leave} I {forgot|can't remember} my password{, sorry!|.}",
                                "{Could|Can} you please reset my password?", "I forgot my password{ and the self-service doesn't accept my answers|}."),
                        s("I tried the self service but it doesn't accept my answers.", "I'm calling from a colleague's PC.",
                                "Please call me on ext. $EXT."),
                        s("Caller locked out, identity verified via {manager callback|employee ID}, pw reset, temp pw given.",
                                "pw reset via phone. user reminded about self-service portal.")),
                issue(s("Password expired", "RE: Your password will expire in 3 days", "Password change not working"),
                        s("Windows says my password has expired but the change screen {gives an error|doesn't accept the new one}.",
                                "I got the mail that my password expires{ in 3 days|}, but when I try to change it {nothing happens|I get an error}.",
                                "The password reset link {doesn't work|has expired|never arrived}."),
                        s("I'm working from home today.", "I tried three times."),
                        s("Password changed with user on the phone, explained complexity rules.", "Expired pw reset, user set a new one."))));

        ISSUES.put(Theme.MFA, List.of(
                issue(s("Authenticator on new phone", "MFA after phone change", "New phone - no MFA"),
                        s("I got a new phone and now the {authenticator|Authenticator app} {shows nothing|doesn't have my account}.",
                                "I switched phones {yesterday|on the weekend} and can't do the MFA anymore."),
                        s("The old phone is already wiped.", "I'm travelling until {Thursday|Friday}."),
                        s("Reset MFA registration, user re-enrolled new phone while on call.",
                                "Temporary access pass issued, user set up authenticator again.")),
                issue(s("Lost phone - MFA", "No phone for MFA", "Phone broken - can't log in"),
                        s("I {lost|broke} my phone {yesterday|on the weekend} and can't {approve the login|do the MFA}."),
                        s("I already have a replacement phone.", "I'm travelling until {Thursday|Friday}."),
                        s("Temporary access pass issued, lost device wiped remotely.")),
                issue(s("MFA not working", "No MFA prompt", "2FA code not accepted", "MFA prompts all the time", "Can't approve sign-in"),
                        s("I don't get the MFA {prompt|notification} anymore{, so I can't log in to Teams|}.",
                                "The {code|6-digit code} from the authenticator is {not accepted|always wrong}.",
                                "I get {10|20|dozens of} MFA {requests|prompts} a day{ even in the office|}, is that normal?"),
                        s("I did not request those prompts!", "It started after the update."),
                        s("Unexpected MFA prompts - checked sign-in logs, {nothing suspicious|password reset to be safe}.",
                                "Phone clock was wrong, fixed time sync, codes accepted."))));

        ISSUES.put(Theme.ONBOARDING, List.of(
                issue(s("New starter $PERSON - accounts & laptop", "Onboarding: $PERSON starts $DATE", "New employee setup - $PERSON"),
                        s("$PERSON starts in {our team|$DEPT2} on $DATE. Please prepare {a laptop|laptop and monitor}, accounts{ and a phone|}.",
                                "Our new colleague $PERSON starts $DATE, can you please set up {a laptop and accounts|everything}?"),
                        s("HR already sent the form {last week|two weeks ago}.", "Cost center is the same as mine.",
                                "{He|She} will work mostly from home.", "Same setup as $PFIRST please."),
                        s("Accounts created, laptop $LAPTOP imaged, handed over to manager.", "Waiting for HR form / cost center approval.")),
                issue(s("New colleague has no laptop", "$PERSON - no access on first day", "URGENT: new starter can't work"),
                        s("Our new colleague $PERSON {started today|started on Monday} and still has {no laptop|no accounts|no access to SAP}."),
                        s("HR sent the form {last week|two weeks ago}!", "This is really embarrassing."),
                        s("Laptop $LAPTOP handed out, accounts activated.", "Form was stuck in approval, accounts created now.")),
                issue(s("Offboarding $PERSON", "Leaver: please disable accounts for $PERSON"),
                        s("$PERSON {leaves us|is leaving} on $DATE, please disable {all accounts|the account} and forward emails to {me|$PFIRST}."),
                        s("The laptop will be returned to reception.", "Please keep the mailbox for 3 months."),
                        s("Leaver processed: AD disabled, mailbox converted to shared, laptop collected.")),
                issue(s("Access for new colleague", "Access rights for $PERSON"),
                        s("Please set up {SAP|CRM|shared drive|Teams} access for $PERSON, same as {$PFIRST|me}."),
                        s("My manager approved it.", "{He|She} started on Monday."),
                        s("Access granted after manager approval.")),
                issue(s("Intern starting $DATE"),
                        s("We have an intern starting $DATE for {3|6} months. What do we need to order?"),
                        s("A used laptop is fine.", "Only email and Teams needed."),
                        s("Standard intern package ordered.")),
                issue("HR", s("Name change for $PFIRST $LASTNAME"),
                        s("$PFIRST from {Sales|Operations|Finance} got married, please change {her|the} name and email address."),
                        s("The new surname is in the HR system already."),
                        s("Display name and alias updated."))));

        ISSUES.put(Theme.VPN, List.of(
                issue(s("VPN keeps disconnecting", "VPN drops every {10|20|30} min"),
                        s("The VPN {keeps disconnecting|drops|cuts out} every {10|20|30} minutes{ since yesterday| since the update|}."),
                        s("Internet itself works fine.", "I restarted twice already.", "I have an important {offer|report} to finish today."),
                        s("VPN client reinstalled, profile re-imported. Works.", "Known issue with gateway, ref. problem ticket. User informed.")),
                issue(s("vpn not connecting from home", "VPN error {809|720|412}", "Remote access not working"),
                        s("I {can't|cannot} connect to the VPN from home{, it just says connecting| - error {809|720}|}."),
                        s("Internet itself works fine.", "My colleagues at home have the same problem."),
                        s("VPN client reinstalled, profile re-imported. Works.", "Expired certificate renewed, VPN connects.")),
                issue(TRAVELLERS, s("Can't connect to VPN in hotel", "No VPN at customer site", "VPN not working while travelling"),
                        s("{I'm|I am} {in a hotel|at a customer|on the train} and the VPN won't connect{ after I log in to the wifi|}."),
                        s("I need to send an offer today.", "Hotspot from my phone works sometimes."),
                        s("Hotel network blocks VPN ports, advised hotspot via phone.")),
                issue(s("VPN very slow", "Remote access extremely slow"),
                        s("VPN is {extremely|very|super} slow today, {SAP|the intranet|the S: drive} {takes minutes to load|is unusable}."),
                        s("My colleagues at home have the same problem.", "It's worst in the afternoon."),
                        s("Known issue with gateway, ref. problem ticket. User informed.", "Switched user to the second gateway.")),
                issue(s("Home office - no connection to S: drive"),
                        s("Since {this morning|Monday} I have no access to the shared drives from home."),
                        s("VPN says connected.", "In the office it works."),
                        s("DNS suffix missing on VPN adapter, fixed."))));

        ISSUES.put(Theme.WIFI, List.of(
                issue(s("Wi-Fi down {2nd|3rd} floor", "WLAN very slow"),
                        s("The wifi on {the 2nd floor|the 3rd floor|our floor} {is down|keeps dropping|is extremely slow}."),
                        s("Cable works.", "It's the same for everyone around me.", "It started after lunch."),
                        s("Access point {2.OG-04|3.OG-02} rebooted.")),
                issue(s("No wifi in meeting room $ROOM"),
                        s("In meeting room $ROOM there is no {wifi|Wi-Fi|WLAN} signal{ at all|}."),
                        s("We have a customer meeting there {tomorrow|at 2pm}.", "It's the same for everyone."),
                        s("Access point in $ROOM replaced.")),
                issue("Operations", s("Warehouse wifi dropping scanners", "Scanners offline in aisle {7|12}"),
                        s("The handheld scanners in {the warehouse|aisle 7|the loading area} {lose connection|disconnect} all the time."),
                        s("We have {40|60} parcels to ship today!", "We have to scan everything twice."),
                        s("Access point WH-07 rebooted.", "Roaming settings adjusted on the scanners.")),
                issue(s("Guest WiFi code", "Guest Wi-Fi for visitors"),
                        s("We have {visitors|customers} {today|tomorrow} and need guest wifi access."),
                        s("About {5|8|12} people.", "They arrive at 9."),
                        s("Guest voucher created and sent.")),
                issue(s("Laptop doesn't see office wifi"),
                        s("My laptop {doesn't find|won't connect to} the office wifi anymore."),
                        s("Cable works.", "My phone connects fine."),
                        s("Wi-Fi profile re-pushed via policy."))));

        ISSUES.put(Theme.HARDWARE, List.of(
                issue(s("Laptop very slow", "Laptop extremely slow"),
                        s("My laptop is {super|very|extremely} slow, {it takes 10 minutes to start|Excel freezes all the time|the fan is always on}."),
                        s("Asset tag is $LAPTOP.", "It's about 4 years old."),
                        s("Disk full with temp files, cleaned up.", "Swapped laptop, data migrated from $LAPTOP.")),
                issue(s("Docking station not detecting monitors", "Dock not working"),
                        s("The docking station {on my desk|at the hot desk|in $ROOM} doesn't detect {the monitors|my second screen} anymore."),
                        s("I'm at my desk {all day|until 5}.", "The laptop screen works."),
                        s("Replaced dock, firmware updated.")),
                issue(s("Need a second monitor", "Request: monitor for home office", "Request: docking station for home office"),
                        s("Could I get a second monitor{ please|}? {I work a lot with SAP and Excel side by side|My manager approved it}.",
                                "I'd need a {monitor|docking station} for my home office{, my manager approved it|}."),
                        s("I can pick it up anytime.", "Cost center {4100|4200|5300|6100}."),
                        s("Monitor ordered, delivery {next week|in 5 days}.", "Handed out from stock.")),
                issue(s("Headset broken", "Headset - microphone not working"),
                        s("My headset {is broken|doesn't work anymore|has a crackling noise}{, the microphone doesn't work|}."),
                        s("I'm on the phone all day.", "I can pick it up anytime."),
                        s("Headset swapped from stock.")),
                issue(s("Laptop screen cracked", "Broken screen"),
                        s("I {dropped|sat on|closed my charger in} my laptop and the screen is cracked now{. Sorry!|}."),
                        s("Asset tag is $LAPTOP.", "It still works with an external monitor."),
                        s("Screen replacement ordered from vendor.", "Swapped laptop, data migrated from $LAPTOP.")),
                issue(s("Keyboard: keys not working", "Mouse broken"),
                        s("{Some keys|The space bar|The E and R keys} on my keyboard {don't work|stick}.", "My mouse {stopped working|is broken}."),
                        s("I can pick it up anytime."),
                        s("Replaced from stock.")),
                issue(s("Laptop won't turn on", "Laptop dead"),
                        s("My laptop {won't turn on|doesn't start|stays black} {since this morning|after the update}."),
                        s("Asset tag is $LAPTOP.", "I'm working on a colleague's PC."),
                        s("Mainboard defect, loaner $LAPTOP handed out.", "Battery fully drained, charger faulty, replaced.")),
                issue(s("Battery drains fast"),
                        s("The battery {lasts|only lasts} {1 hour|45 minutes} now."),
                        s("It's about 4 years old."),
                        s("Battery replacement ordered from vendor."))));

        ISSUES.put(Theme.SOFTWARE, List.of(
                issue(s("Install request: $SW", "Please install $SW"),
                        s("Could you please install $SW on my laptop{? I need it for a project|, my manager approved it|}."),
                        s("Cost center {4100|4200|5300|6100}.", "Colleagues in my team already have it."),
                        s("Installed $SW via software center.")),
                issue(s("Need license for $SW", "License expired - $SW"),
                        s("I need a license for $SW{, my trial expired| for the new campaign|}.", "My $SW license expired{ yesterday|}."),
                        s("It's urgent for a deadline on $DATE.", "Colleagues in my team already have it."),
                        s("License assigned, user to restart.", "Waiting for license approval from cost center owner.")),
                issue(s("Excel crashes when opening file", "Excel keeps crashing"),
                        s("Excel crashes every time I open {the pricing file|the monthly report|big files}."),
                        s("It's urgent for a deadline on $DATE.", "Other files open fine."),
                        s("Repaired Office installation.", "Disabled faulty add-in.")),
                issue(s("$SW not starting", "Software update failed"),
                        s("$SW {doesn't start anymore|shows a license error|is very slow} since the last update.",
                                "The software center shows '{installation failed|error 0x87D00324}' for $SW."),
                        s("I restarted twice already."),
                        s("Reinstalled $SW.", "Cleared software center cache, update installed.")),
                issue("Engineering", s("Admin rights needed to install $DEVSW", "Admin rights request"),
                        s("I need admin rights to install $DEVSW{ for the new service| for testing|}.",
                                "Could I get local admin rights? I need to install $DEVSW{ and a few other dev tools|}."),
                        s("My manager approved it.", "The whole team needs this."),
                        s("Installed with temporary admin elevation.", "Policy exception requested from security.")),
                issue("Engineering", s("Docker not working", "WSL blocked by policy"),
                        s("{Docker|WSL} doesn't start{ because of the security policy| since the last update|}, can you help?"),
                        s("The whole team is blocked.", "It worked last week."),
                        s("Policy exception requested from security.", "Virtualization re-enabled in BIOS, works."))));

        ISSUES.put(Theme.EMAIL, List.of(
                issue(s("Outlook not syncing", "Outlook disconnected"),
                        s("Outlook {doesn't sync|shows 'disconnected'|is stuck on 'updating'} since {this morning|yesterday}."),
                        s("Webmail works.", "Restarting didn't help."),
                        s("Rebuilt Outlook profile.")),
                issue(s("Mailbox full", "Mailbox quota exceeded"),
                        s("I get a message that my mailbox is full and I can't send anymore."),
                        s("I can't delete customer emails.", "I need it for {invoices|orders} today."),
                        s("Mailbox archive enabled, user shown how to archive.")),
                issue(s("Shared mailbox missing"),
                        s("The shared mailbox {$DEPT2|orders|invoices} disappeared from my Outlook."),
                        s("I need it for {invoices|orders} today.", "Webmail works."),
                        s("Shared mailbox permission re-added.")),
                issue(s("Calendar invites not arriving"),
                        s("Meeting invites from {external people|customers|$PFIRST} don't arrive in my calendar."),
                        s("It worked last week."),
                        s("Calendar processing fixed on mailbox.")),
                issue(s("Distribution list change"),
                        s("Please add $PERSON to the {sales-team|finance-all|hotline} distribution list."),
                        s("{He|She} started on Monday."),
                        s("Done.")),
                issue(s("Outlook keeps asking for password"),
                        s("Outlook asks for my password {every 5 minutes|all the time}."),
                        s("I changed my password last week.", "Restarting didn't help."),
                        s("Cleared cached credentials, re-signed in."))));

        ISSUES.put(Theme.MEETINGS, List.of(
                issue(s("Teams audio not working", "Nobody can hear me in Teams"),
                        s("In Teams nobody can hear me{, the mic seems muted but isn't|}."),
                        s("We have a customer meeting in {30 minutes|an hour}!", "It worked last week."),
                        s("Teams cache cleared, audio device reset.")),
                issue(s("Meeting room screen not working", "Room $ROOM - no video"),
                        s("The screen in meeting room $ROOM {shows no signal|doesn't connect|keeps switching off}."),
                        s("We have a customer meeting in {30 minutes|an hour}!", "Affects everyone using the room."),
                        s("Room PC restarted, HDMI cable replaced.")),
                issue(s("Teams call drops", "Teams freezing"),
                        s("Teams calls {drop|freeze} after a few minutes{ when more than 5 people join|}."),
                        s("Affects the whole team.", "It worked last week."),
                        s("Teams reinstalled, network checked.")),
                issue("Customer Service", s("Hotline phone line dead", "Hotline queue not ringing", "Softphone not ringing"),
                        s("Our hotline {number|queue} is not ringing{, customers say they get a busy tone|}.",
                                "My softphone doesn't ring when customers call{ the hotline|}."),
                        s("Affects the whole team.", "Customers are complaining!"),
                        s("Call queue re-assigned to agents.", "Softphone licence re-assigned.")),
                issue(s("Can't share screen in Teams"),
                        s("I can't share my screen in Teams{, it's just black for the others|}."),
                        s("We have a customer meeting in {30 minutes|an hour}!"),
                        s("Screen recording permission fixed, Teams updated.")),
                issue(s("Camera not working in Teams"),
                        s("The camera {isn't detected|shows a black image} in Teams."),
                        s("It worked last week."),
                        s("Camera driver reinstalled."))));

        ISSUES.put(Theme.FILES, List.of(
                issue(s("No access to S:\\$DEPT2", "Folder access request"),
                        s("I need access to the folder S:\\$DEPT2\\{Projects|2026|Reports}{, my manager approved|}."),
                        s("It's urgent for a customer deadline.", "Same access as $PFIRST please."),
                        s("Access granted after owner approval.")),
                issue(s("OneDrive sync error", "OneDrive not syncing"),
                        s("OneDrive shows {a red cross|sync errors|'processing changes'} for {days|hours} now."),
                        s("I get duplicate files.", "Restarting didn't help."),
                        s("OneDrive reset, sync ok.")),
                issue(s("Restore deleted file", "Deleted folder by mistake"),
                        s("I accidentally deleted {a folder|the file 'Budget_2026_v3.xlsx'|a presentation} {yesterday|this morning}. Can you restore it?"),
                        s("The last version was from {Monday|Friday}.", "It's urgent for a customer deadline."),
                        s("File restored from snapshot.")),
                issue(s("SharePoint permission request", "Folder access for $PERSON"),
                        s("Please give $PERSON access to the {project|team} SharePoint site."),
                        s("Same access as $PFIRST please."),
                        s("Access granted after owner approval.")),
                issue(s("Shared drive full"),
                        s("The shared drive says it's full{, we can't save anything|}."),
                        s("Affects the whole team."),
                        s("Quota increased, old data archived."))));

        ISSUES.put(Theme.CRM, List.of(
                issue(s("Salesforce login error", "Can't log in to CRM"),
                        s("I can't {log in to|open} Salesforce{, it says 'insufficient privileges'| since this morning|}."),
                        s("I'm {with a customer|on the road} and need it {now|today}."),
                        s("Licence re-assigned, user can log in.", "Forwarded to CRM admin team.")),
                issue("Sales,Executive", s("Can't see accounts of my region", "CRM territory wrong"),
                        s("I {don't see|can't find} the accounts of {my new region|the north region|my colleague who left}."),
                        s("My territory changed on the 1st."),
                        s("Role / territory assignment corrected.")),
                issue(s("CRM report not loading"),
                        s("The {pipeline|forecast|sales} report in the CRM {doesn't load|times out|shows no data}."),
                        s("I need it for the {weekly|Monday} meeting."),
                        s("Cleared cache, report loads.", "Forwarded to CRM admin team.")),
                issue("Sales", s("Opportunity won't save"),
                        s("When I save the opportunity I get {an error|'unable to lock row'|a validation error}."),
                        s("I'm {with a customer|on the road} and need it {now|today}."),
                        s("Validation rule fixed by CRM admin.")),
                issue(s("Salesforce very slow", "CRM extremely slow"),
                        s("The CRM is {extremely|very} slow today, every click takes {10|20} seconds."),
                        s("Colleagues have the same."),
                        s("Known issue at the provider, resolved by itself.")),
                issue("Sales,Customer Service", s("Duplicate customers in CRM"),
                        s("Customer {Brenner Metallbau|Kranz Logistik|Oberland Hydraulik} exists {twice|three times} in the CRM, which one is right?"),
                        s("Orders are on both records."),
                        s("Records merged by CRM admin."))));

        ISSUES.put(Theme.ERP, List.of(
                issue(s("SAP extremely slow", "SAP transaction times out"),
                        s("SAP is {extremely|unbearably|very} slow {today|since this morning}, {$TCODE takes minutes|every transaction takes forever}."),
                        s("Same for my colleagues.", "Screenshot of the error attached."),
                        s("Forwarded to SAP basis team.", "Long-running job cancelled, performance back to normal.")),
                issue("Finance", s("ERP month-end report hangs", "Closing report times out"),
                        s("The {month-end|closing|trial balance} report {hangs|times out|runs for an hour} and then {aborts|gives a dump}."),
                        s("We are in month-end closing, this is urgent!", "The deadline for the close is {tomorrow|Thursday}."),
                        s("Known performance issue during close, linked to problem ticket.", "Report rescheduled as background job.")),
                issue("Finance,Operations", s("Cannot post invoices", "SAP - dump when posting"),
                        s("I can't post invoices in $TCODE{, it gives an error| - short dump|}."),
                        s("We are in month-end closing, this is urgent!", "Screenshot of the error attached."),
                        s("Forwarded to SAP basis team.", "Number range extended, posting works.")),
                issue(s("SAP authorization missing for $TCODE"),
                        s("I'm missing the authorization for $TCODE{ since the role change|, please add it|}."),
                        s("My manager approved it."),
                        s("Role updated, user to log off/on.")),
                issue(s("SAP GUI crashes"),
                        s("SAP GUI crashes {when I open|as soon as I run} $TCODE."),
                        s("Screenshot of the error attached."),
                        s("SAP GUI reinstalled (latest patch).")),
                issue("Finance", s("URGENT: SAP down for Finance", "SAP not responding"),
                        s("Nobody in {Finance|Accounting|our team} can work in SAP right now{, it just hangs|}."),
                        s("We are in month-end closing, this is urgent!"),
                        s("Long-running job cancelled, performance back to normal.", "Forwarded to SAP basis team."))));

        ISSUES.put(Theme.REPORTING, List.of(
                issue(s("Dashboard not refreshed", "Power BI report shows old data"),
                        s("The {sales|margin|stock} dashboard still shows {last week's|yesterday's} data."),
                        s("My manager asked for it."),
                        s("Dataset refresh failed (gateway), restarted.")),
                issue(s("Need Excel export of open orders", "Excel export request"),
                        s("I need an Excel export of {all open orders|the customer list|last quarter's invoices} for {a meeting|the audit|the budget}."),
                        s("Needed by {Friday|end of the week}."),
                        s("Export sent.", "Handed over to BI team.")),
                issue(s("Report numbers don't match SAP"),
                        s("The numbers in the {Power BI|BI} report don't match {SAP|the ERP} for {June|last month|Q2}."),
                        s("Needed by {Friday|end of the week}.", "My manager asked for it."),
                        s("Late postings not in the dataset, refresh re-run.")),
                issue(s("Access to sales dashboard", "Dashboard access"),
                        s("Could I get access to the {sales|management|KPI} dashboard?"),
                        s("My manager asked for it."),
                        s("Access granted to workspace.")),
                issue(s("New report request"),
                        s("We need a new report showing {margin by customer|returns by product|overdue invoices}."),
                        s("No rush.", "Needed by {Friday|end of the week}."),
                        s("Handed over to BI team for report request."))));

        ISSUES.put(Theme.PRINTING, List.of(
                issue(s("Printer {2nd|3rd} floor jammed", "Printer $PRINTER not printing"),
                        s("The printer $PRINTER {is jammed|shows an error|prints blank pages} again."),
                        s("Other printers work.", "It's the one next to the kitchen."),
                        s("Paper jam removed, roller cleaned.", "Printer queue cleared, driver re-installed.")),
                issue(s("Can't print", "Printer shows offline"),
                        s("I can't print anything{, the printer shows offline| since the update|}."),
                        s("Other printers work.", "Colleagues can print."),
                        s("Printer queue cleared, driver re-installed.")),
                issue(s("Scan to email not working"),
                        s("Scan to email doesn't work{, nothing arrives|}."),
                        s("It worked last week."),
                        s("SMTP settings on device corrected.")),
                issue("Operations", s("Label printer offline in warehouse", "Label printer packing station"),
                        s("The label printer at {the packing station|the loading dock|station 3} is offline{, we can't ship|}."),
                        s("We have {40|60} parcels to ship today!"),
                        s("Label printer rebooted, IP reservation fixed.")),
                issue(s("Toner empty - $PRINTER"),
                        s("Toner for $PRINTER is empty."),
                        s("No rush."),
                        s("Toner replaced."))));

        ISSUES.put(Theme.MOBILE, List.of(
                issue(s("Set up email on new phone", "Outlook on new phone"),
                        s("Can you help me set up {my email|Outlook} on my new {iPhone|phone|Android phone}?"),
                        s("It's a {company|private} phone.", "I'm in the office tomorrow if you need the device."),
                        s("Walked user through enrollment, done.", "Outlook app installed and configured.")),
                issue(s("Company portal app won't install", "MDM enrollment failed"),
                        s("The Company Portal app {won't install|shows an error} on my phone."),
                        s("It's a {company|private} phone."),
                        s("Re-enrolled device in MDM.")),
                issue(s("Phone not receiving emails", "Teams on mobile not working"),
                        s("My phone stopped receiving {emails|Teams messages} {yesterday|since the update}."),
                        s("On the laptop everything works."),
                        s("Re-signed in on the phone, works.")),
                issue(s("Need Salesforce app on iPad", "CRM app on phone"),
                        s("I would like to have the Salesforce app on my {iPad|phone}{ for customer visits|}."),
                        s("My manager approved it."),
                        s("App assigned in MDM, installed."))));

        ISSUES.put(Theme.SECURITY, List.of(
                issue(s("Suspicious email", "Phishing?", "Is this email legit?", "Fake invoice email", "FW: Your mailbox will be deactivated"),
                        s("I received an email from {'DHL'|'Microsoft'|our 'CEO'|a supplier} asking me to {click a link|pay an invoice|confirm my password}. Is this real?",
                                "Forwarding this email, it looks like phishing to me."),
                        s("I did not click anything.", "Several colleagues got the same."),
                        s("Phishing confirmed, mail purged from all mailboxes.", "Legit mail, user informed.")),
                issue(s("Clicked a link in strange email", "I think I clicked a phishing link"),
                        s("I accidentally clicked {on a link|the attachment} in {a strange|this} email{... what should I do?|, sorry!}"),
                        s("I did not enter my password.", "I {did|might have} entered my password..."),
                        s("pw reset as precaution, sign-ins checked, laptop scanned.")),
                issue("Finance,Operations", s("Supplier changed bank details?"),
                        s("A supplier sent new bank details by email{, can you check if this is legitimate|}."),
                        s("The payment run is {tomorrow|on Friday}."),
                        s("Fraud attempt confirmed, supplier informed by phone, mail purged."))));

        ISSUES.put(Theme.OTHER, List.of(
                issue(s("Desk move - need network port", "Desk move on $DATE"),
                        s("We are moving desks on $DATE, please {patch the network ports|move our phones}."),
                        s("About {4|6|10} people."),
                        s("Ports patched.", "Forwarded to facilities.")),
                issue(s("How do I {book|add} a room in Outlook?", "IT question", "Question"),
                        s("Quick question: {how do I book a meeting room|who orders the business cards|where do I request a parking card}?"),
                        s("Thanks for your help.", "No rush."),
                        s("Answered by phone.", "Forwarded to facilities.")),
                issue(s("Monitor arm request", "Request: new desk phone", "USB-C adapter"),
                        s("I need {a monitor arm|a new desk phone|a USB-C adapter} for my desk."),
                        s("No rush."),
                        s("Handed out from stock.", "Done."))));

        // the two themes of QuarterChange: the Windows 11 upgrade (Q2 only), the AI assistant (Q3 only)
        ISSUES.put(Theme.WINDOWS_11, List.of(
                issue(s("Windows 11 upgrade failed", "Win11 upgrade stuck at {35|61|88}%", "Windows 11 upgrade - laptop won't boot"),
                        s("The Windows 11 upgrade {started last night|ran this morning} and {is stuck|failed with an error|rolled back}.",
                                "My laptop was upgraded to Windows 11 {yesterday|over the weekend} and now {it won't start|it shows a blue screen|it restarts in a loop}."),
                        s("Asset tag is $LAPTOP.", "I need the laptop for a meeting at {10|2pm}."),
                        s("Upgrade re-run from software center, completed.", "Rolled back, laptop moved to the next Windows 11 wave.",
                                "Re-imaged $LAPTOP with Windows 11.")),
                issue(s("Postpone Windows 11 upgrade", "Windows 11 upgrade - reschedule please"),
                        s("My laptop is scheduled for the Windows 11 upgrade on $DATE, can we move it{? I'm travelling| - we are in month-end close|}?"),
                        s("Any day next week is fine.", "My manager agreed."),
                        s("Moved to the next upgrade wave.", "Upgrade deferred by two weeks.")),
                issue(s("App not working after Windows 11 upgrade", "$SW broken since Windows 11"),
                        s("Since the upgrade to Windows 11, $SW {doesn't start|crashes|shows an error}.",
                                "After the Windows 11 migration {my Excel add-in|$SW} {is gone|doesn't load}."),
                        s("It worked before the upgrade.", "Colleagues upgraded in the same wave have the same problem."),
                        s("Reinstalled $SW (Windows 11 compatible version).", "Known upgrade issue, workaround applied.")),
                issue(s("Dock / printer missing after Windows 11 upgrade"),
                        s("After the Windows 11 upgrade my {printer|docking station|second monitor} {is gone|isn't detected}."),
                        s("It worked before the upgrade."),
                        s("Driver reinstalled after the Windows 11 upgrade.", "Dock firmware updated for Windows 11.")),
                issue(s("Windows 11 question", "Windows 11 - where is the start menu?"),
                        s("Since Windows 11 I can't find {the old start menu|my network drives|the control panel}."),
                        s("No rush."),
                        s("Showed the user the Windows 11 quick guide.", "Answered by phone, sent the Windows 11 tips page."))));

        ISSUES.put(Theme.AI_ASSISTANT, List.of(
                issue(s("Copilot licence request", "Request: Microsoft 365 Copilot licence", "Copilot access for $PERSON"),
                        s("Could I get a Copilot licence{? My manager approved it| for the new project|}.",
                                "Please give $PERSON access to Microsoft 365 Copilot, {same as me|like the rest of the team}."),
                        s("Cost center {4100|4200|5300|6100}.", "Colleagues in my team already have it."),
                        s("Copilot licence assigned.", "Waiting for licence approval from cost center owner.", "Added to the Copilot rollout group.")),
                issue(s("Copilot not showing in Outlook", "Copilot button missing in {Word|Excel|Teams}"),
                        s("I have the Copilot licence but the Copilot button {doesn't show|is greyed out} in {Outlook|Word|Excel|Teams}."),
                        s("I restarted twice already.", "Colleagues with the licence see it."),
                        s("Office updated to current channel, Copilot visible.", "Licence sync took 24h, Copilot works now.")),
                issue(s("ChatGPT blocked", "AI website blocked"),
                        s("{ChatGPT|The AI website I use} is blocked{ by the proxy|}, can you unblock it or tell me which AI tool is approved?"),
                        s("I need it for {a presentation|an offer|translations}."),
                        s("Explained the AI policy, user pointed to Copilot.", "Not allowed by policy, Copilot licence requested instead.")),
                issue("Engineering", s("GitHub Copilot access", "AI coding assistant for the team"),
                        s("Our team would like GitHub Copilot {in VS Code|in IntelliJ|for the new service}{, security said to ask IT|}."),
                        s("The whole team needs this.", "My manager approved it."),
                        s("Forwarded to security for approval.", "GitHub Copilot seats assigned.")),
                issue(s("Copilot: may I use customer data?", "Question about the AI policy"),
                        s("Am I allowed to put {customer data|contracts|HR documents} into Copilot?"),
                        s("No rush."),
                        s("Answered: the AI policy allows internal data in Copilot, sent the guideline."))));
    }

    /**
     * The hotline's phone trouble after the phone-system change ({@link PhoneChange}): Customer
     * Service's tickets about it, filed as "Teams, video meetings & phones".
     */
    static final List<Issue> PHONE_CHANGE_ISSUES = List.of(
            issue(s("Call queue dropping callers", "Hotline queue drops calls", "Customers cut off in the queue"),
                    s("Since {this morning|the switch|the phone change} callers in the hotline queue are cut off after {2|5|10} minutes{ of waiting|}.",
                            "The call queue {drops|hangs up on} customers {while they wait|before an agent picks up}{, again|}."),
                    s("Customers are complaining!", "Affects the whole team.", "Happened {5|10|20} times today."),
                    s("Provider ticket opened for dropped queue calls.", "Queue timeout corrected in the provider's portal, monitoring.")),
            issue(s("Softphone not ringing", "softphone logged out again", "Softphone lost registration"),
                    s("My softphone {stops ringing|logs me out|shows 'not registered'} {several times a day|since the phone change|after lunch}{ and the calls go to the others|}.",
                            "The softphone {doesn't ring|freezes} when a customer calls the hotline{, I only see missed calls|}."),
                    s("Affects the whole team.", "Please call me on ext. $EXT.", "It worked with the old phones."),
                    s("Softphone client reinstalled, re-registered with the new system.", "Headset firmware updated, softphone re-registered.")),
            issue(s("Call transfer fails", "Transfer to 2nd level drops the call"),
                    s("When I transfer a caller to {second level|Sales|a colleague} the call {drops|ends in silence}.",
                            "Transfers from the hotline {don't work|end in a busy tone} since the new phone system."),
                    s("Customers are complaining!", "It worked with the old phones."),
                    s("Transfer targets updated in the new call routing.", "Provider fixed the routing for internal transfers.")),
            issue(s("Echo on hotline calls", "One-way audio on customer calls"),
                    s("Customers {can't hear me|hear an echo|say I sound like a robot} on {some|most} calls since the phone change."),
                    s("Happened {5|10|20} times today.", "Affects the whole team."),
                    s("QoS on the hotline network checked, codec changed.", "Headset replaced, audio settings reset.")),
            issue(s("Queue wallboard empty", "Can't see waiting callers"),
                    s("The {wallboard|queue display} shows nothing since the new phone system{, we can't see who is waiting|}."),
                    s("Our team lead needs it for the shift plan."),
                    s("Wallboard connected to the new provider's queue statistics.")));

    static String[] software(String department) {
        return switch (department) {
            case "Marketing" -> new String[] {"Adobe Illustrator", "Adobe InDesign", "Camtasia", "Canva", "Miro", "Snagit"};
            case "Engineering" -> DEV_SOFTWARE;
            case "Finance" -> new String[] {"Power BI Desktop", "Adobe Acrobat Pro", "MS Project", "Excel Power Query add-in"};
            default -> new String[] {"Adobe Acrobat Pro", "Visio", "Notepad++", "Miro", "Zoom", "7-Zip", "Snagit", "MS Project"};
        };
    }

    static final String[] DEV_SOFTWARE = {"Python", "Docker Desktop", "IntelliJ", "Node.js", "Postman", "Git", "VS Code", "DBeaver"};
    static final String[] TCODES = {"FB60", "F-02", "ME23N", "MIRO", "FBL1N", "KSB1", "VA05", "F.01", "S_ALR_87012284"};
    static final String[] GREETINGS = {
            "Hi team,", "Hello IT,", "Hi,", "Hello,", "Dear IT support,", "Hi all,", "Hallo,", "Good morning,", "Hi $AGENT,",
            "Dear Service Desk,", "hi", "Hello Service Desk team,", "Morning,",
    };
    /** Details that fit any ticket. */
    static final String[] GENERIC_DETAIL = {
            "I'm working from home today.", "Could someone call me? ext. $EXT", "Sorry for the trouble.",
            "I'm in the office until {4|5} today.", "You can reach me on Teams.",
    };

    /** What an agent notes on a ticket that is not solved yet. */
    static final String[] PENDING_NOTES = {
            "Called user, no answer. Will try again {tomorrow|on Monday}.", "Escalated to 2nd level.", "Waiting for vendor.",
            "Waiting for user feedback.", "Part ordered, waiting for delivery.", "Remote session planned with user.",
    };
    static final String[] THANKS = {
            "Thanks!", "Thanks in advance", "Thank you", "Many thanks", "Thx", "Thanks a lot!", "Thank you very much.",
    };
    static final String[] SIGN_OFFS = {"Best regards,", "Kind regards,", "BR", "Regards,", "Viele Grüße", "Cheers,", "Best,"};
    static final String[] AGENTS = {"Marco", "Svenja", "Deniz", "Katrin", "Ole", "Priya"};
    static final String[] ROOMS = {"2.14", "2.05", "3.01", "3.12", "1.08", "B-104", "Boardroom"};
    static final String[] PRINTERS = {"PRN-2OG-03", "PRN-3OG-01", "PRN-EG-02", "PRN-WH-05", "PRN-2OG-07"};
}
