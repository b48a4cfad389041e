package io.needmap.samples;

import java.util.EnumMap;
import java.util.Map;

/**
  * What people answer to "What do you need from IT to do your job better?" and "Anything else?".
  * Short forms are noun phrases that can stand in a list ("faster vpn"), long forms are sentences.
  */
final class SurveyPhrases {
    private SurveyPhrases() {}

    static final Map<Theme, String[]> SHORT = new EnumMap<>(Theme.class);
    static final Map<Theme, String[]> LONG = new EnumMap<>(Theme.class);

    static {
        SHORT.put(Theme.VPN, new String[] {
                "{faster|stable|a more stable|reliable|a working|better} {VPN|vpn|remote access}",
                "VPN that doesn't drop {every hour|all the time|every 20 min|constantly}",
                "remote access {from home|from hotels|when travelling} that just works",
                "always-on vpn",
                "no more VPN disconnects",
                "fix the VPN{|!!| pls}",
                "{faster|quicker} access to {file shares|SAP|the intranet} from home",
                "[Engineering]vpn access to {the build servers|the test systems|staging} that doesn't time out",
        });
        LONG.put(Theme.VPN, new String[] {
                "The VPN {keeps dropping|disconnects constantly|drops several times a day} when I work from home{| and I lose my SAP session every time| and I have to log in again}.",
                "{Working from home|Home office} is painful because the VPN is {so|really|extremely} slow{ in the afternoons| after 4pm|}.",
                "[Sales,Executive,Marketing,Engineering]Make remote access work from hotels. {Half the time|Most of the time|Often} the VPN won't connect {behind|on} hotel {wifi|Wi-Fi|networks}.",
                "I need to reach {the file shares|SAP|our intranet} from home without the VPN {timing out|cutting out|freezing} every {30 minutes|hour|few minutes}.",
                "[Sales,Executive,Marketing,Engineering]When travelling I {can't|cannot|often can't} connect to the VPN from {customer sites|hotels|trains|airports}{, which makes it hard to prepare offers| and then I can't work|}.",
                "{VPN|The vpn} client {asks me to reconnect|pops up|needs a restart} {several times|multiple times|3-4 times} a day. {Please fix it|Can you fix this?|Very annoying}",
                "Remote access should be as fast as in the office{. Right now|, currently} {opening|downloading} a {file|big file|presentation} {over VPN|via vpn} takes forever.",
                "{Stable|Reliable} VPN. {Nothing else really|That's the main thing|That's all I ask}.",
        });

        SHORT.put(Theme.PASSWORD, new String[] {
                "fewer password resets",
                "longer password expiry",
                "self-service password reset{| that works}",
                "password reset without calling the hotline",
                "no more lockouts",
                "one password for everything",
        });
        LONG.put(Theme.PASSWORD, new String[] {
                "{I get|Getting} locked out {every time|whenever} I change my password{ because my phone still has the old one|, because the phone keeps the old one|}.",
                "Password has to be changed {every 90 days|too often|every 3 months} and then {nothing works|Outlook on my phone locks me out|I'm locked out for half a day}.",
                "Please let us reset our own passwords{, waiting for the hotline takes ages| without a ticket|}.",
                "Too many different passwords for {SAP, CRM and the portal|all the systems|every tool}. {Single sign-on|SSO|One login} would help.",
        });

        SHORT.put(Theme.MFA, new String[] {
                "fewer MFA prompts",
                "less 2FA popups",
                "MFA that remembers my device",
                "stop asking for the authenticator code {every time|all the time}",
        });
        LONG.put(Theme.MFA, new String[] {
                "The {MFA|2FA|authenticator} {prompts|popups|requests} are {driving me crazy|too frequent|annoying}{, I approve 10 a day| - sometimes 10 a day|}.",
                "Why do I need to approve {MFA|the authenticator} {every time|each time} I open {Teams|Outlook|a file|SAP}?",
                "New {phone|mobile} = {locked out of everything|no access for 2 days} because of {MFA|the authenticator app}. {Moving MFA to a new phone|The process} {needs to be easier|should be simpler}.",
                "Remember my device for {MFA|2FA} at least {in the office|for a week}.",
        });

        SHORT.put(Theme.CRM, new String[] {
                "better CRM access",
                "{a faster|a quicker|a less slow} CRM",
                "access to sales data in {the CRM|Salesforce}",
                "{CRM|Salesforce} reports I can actually use",
                "CRM login that doesn't expire {every day|all the time}",
                "one customer view instead of {CRM + Excel|three systems}",
        });
        LONG.put(Theme.CRM, new String[] {
                "I need {access to|to see} {the full customer history|all sales data|opportunities from other regions|my team's pipeline} in {the CRM|Salesforce|CRM}{, right now I have to ask someone every time|. Currently I only see my own accounts|}.",
                "{CRM|Salesforce} is {slow|really slow|sluggish} and {crashes|times out|logs me out} {when I update opportunities|during customer calls|at the worst moment}.",
                "Customer data is split between {CRM and Excel|the CRM and SAP|three systems}, {please|pls} connect them{ so I don't have to copy/paste|}.",
                "[Customer Service]Give {Customer Service|us} {write access|edit rights} in the CRM so we can update contact details ourselves.",
                "[Customer Service,Sales]When a customer calls I need to see {their orders and open tickets|order history|the last offers} in {one screen|the CRM} {quickly|right away|without searching in SAP}.",
        });

        SHORT.put(Theme.MOBILE, new String[] {
                "mobile access to {CRM|the CRM|Salesforce}",
                "CRM on my phone",
                "approvals on {mobile|the phone}",
                "a mobile app for {expenses|expense reports|travel expenses}",
                "{SAP|PO|invoice|holiday} approvals on the phone",
                "{Mobile access|mobile access|MOBILE ACCESS}{!!|!|}",
                "being able to work from my {phone|iPhone|iPad}",
                "dashboards on mobile",
        });
        LONG.put(Theme.MOBILE, new String[] {
                "[Sales,Executive]I'm on the road {3|4|most} days a week and {can't|cannot} {open|access|update} {the CRM|Salesforce|customer data|our price lists} on my phone{. I have to wait until I'm back at the hotel| - laptop only|}.",
                "A {mobile app|phone app|mobile version} for {expense reports|travel expenses|expenses} {would save me hours|please|so I can submit receipts on the go}.",
                "Let me approve {purchase orders|invoices|holiday requests|orders} on my {phone|iPhone|mobile}{, right now it only works on the laptop with VPN| instead of waiting until I'm at my desk|}.",
                "{Everything|Most things} should work on {mobile|the phone|my iPad|a tablet}: {CRM, approvals, dashboards|CRM and expenses|email is fine but nothing else works}.",
                "[Sales,Executive,Marketing,Customer Service]Mobile access to {the dashboards|sales figures|KPIs|Power BI reports} {before customer meetings|when I'm travelling|on the go}.",
                "Mobile access to {the dashboards|KPIs|Power BI reports|my approvals} {when I'm not at my desk|on the go|from the phone}.",
                "[Sales,Executive]Field sales needs {real|proper} mobile {access|tools}. {We|I} still {print|write down} {orders|visit notes} and type them in later{ at night|}.",
                "[Sales,Executive,Customer Service]Why can't I {see|check} {stock levels|delivery dates|open orders} on my phone {at the customer|in front of the customer}? {Every|Each} call back to the office costs time.",
                "{Access|Being able to get} to {our systems|CRM and mail|company apps} from {the smartphone|my mobile} without the laptop{ and VPN|}.",
        });

        SHORT.put(Theme.HARDWARE, new String[] {
                "{a |}second monitor",
                "{a new|a faster|a newer} laptop",
                "a docking station that works",
                "{a better|a proper} headset",
                "laptop refresh{|, mine is 5 years old}",
                "{a bigger|bigger} screen",
                "more RAM",
                "{a |}monitor for home office",
        });
        LONG.put(Theme.HARDWARE, new String[] {
                "My laptop is {4|5|6} years old and {takes ages|needs 10 minutes} to {start|boot}{. Please replace it|, a refresh would be great|}.",
                "The docking {station|stations} in {the office|meeting rooms|the hot desk area} {don't|do not} {work|detect my screens} half the time.",
                "{I need|We need|Please give us} a second monitor{ at home|, working with SAP on one small screen is painful| - one 13\" screen is not enough|}.",
                "{Headsets|The headsets} {break|die} {after a few months|constantly}{, please get better ones|}.",
                "[Engineering]Faster laptops for {engineers|developers}{, compiling takes forever| with more RAM|}.",
                "Faster laptops{ with more RAM| for power users|}, {Excel|Teams|everything} is so slow.",
                "Waiting {3|4|6} weeks for a new {laptop|keyboard|mouse|monitor} is too long.",
                "{My|The} laptop {battery|fan} {is dying|is super loud|lasts 1 hour}{, please swap it|}.",
        });

        SHORT.put(Theme.PRINTING, new String[] {
                "printers that work",
                "fewer printer problems",
                "a working printer on {the 2nd|the 3rd|the ground} floor",
                "scan to email",
                "[Operations]{reliable|working} label printers",
        });
        LONG.put(Theme.PRINTING, new String[] {
                "The printer on {the 2nd floor|the 3rd floor|our floor} is {broken|jammed|offline} {every week|all the time|again}.",
                "{Printing|Scanning} {from my laptop|to email|from home} {never works|is a pain}{, please fix the drivers|}.",
                "[Operations]Label printers in the warehouse {need to be replaced|keep losing connection|are unreliable}.",
                "Please stop {moving|renaming} the printers, I {can never find|have to reinstall} mine.",
        });

        SHORT.put(Theme.EMAIL, new String[] {
                "{a bigger|a larger} mailbox",
                "more mailbox space",
                "{a better|better} spam filter",
                "shared calendars that work",
                "{Outlook|outlook} that doesn't freeze",
                "faster email search",
        });
        LONG.put(Theme.EMAIL, new String[] {
                "{Outlook|outlook} {freezes|hangs|crashes} {several times a day|when I search|with shared mailboxes}.",
                "My mailbox is always full, {50GB|more space} would help{ - I can't delete customer emails|}.",
                "{Shared calendars|Room booking} in Outlook {are|is} {confusing|unreliable|broken}{, rooms get double booked|}.",
                "Too much {spam|phishing} gets through{ lately|}.",
                "Searching old emails {takes forever|does not find anything}.",
        });

        SHORT.put(Theme.MEETINGS, new String[] {
                "better Teams meetings",
                "working meeting room equipment",
                "{a Teams|a} phone {line|system} that works",
                "better sound in meeting rooms",
                "{cameras|screens} in all meeting rooms",
        });
        LONG.put(Theme.MEETINGS, new String[] {
                "Meeting rooms need {proper|better} {video conferencing|cameras and mics}{, remote people can't hear us|}.",
                "{Teams|teams} calls {drop|freeze|lag} {at least once a day|when many people join|in the afternoon}.",
                "[Customer Service]{Our|The} phone {system|line} in {Customer Service|the call center|the hotline} {drops calls|has echo|is unreliable}{, customers get annoyed|}.",
                "It takes {10|15} minutes to get the screen in the meeting room working{ every time|}.",
                "[Customer Service,Sales]Headset + {Teams|softphone} integration {so we can take customer calls on the laptop|for hotline calls}.",
                "[Customer Service,Sales]Calls get lost when we transfer {customers|callers} to {another team|a colleague} in Teams.",
        });

        SHORT.put(Theme.WIFI, new String[] {
                "better wifi",
                "stable Wi-Fi",
                "[Operations]{wifi|Wi-Fi} in the warehouse",
                "faster guest {wifi|Wi-Fi}",
                "Wi-Fi in {meeting rooms|the canteen}",
        });
        LONG.put(Theme.WIFI, new String[] {
                "Wi-Fi on {the 3rd floor|the 2nd floor|the ground floor|our floor} {is terrible|keeps dropping|is very weak}.",
                "{Wifi|WiFi|Wi-Fi} in {the canteen|meeting rooms|building B} {barely works|is useless|drops all the time}.",
                "Guest {wifi|Wi-Fi} for {customers|visitors} {is too slow|requires a code that nobody knows}.",
                "[Operations]The scanners in the warehouse lose {wifi|Wi-Fi|the network} {in aisle 7|in the back|near the loading dock}{ and we have to scan again|}.",
        });

        SHORT.put(Theme.SOFTWARE, new String[] {
                "admin rights",
                "faster software installs",
                "more licenses",
                "{an Adobe|a Visio|a Miro|a Power BI Pro} license",
                "{a |}self-service software portal",
                "newer Office version",
        });
        LONG.put(Theme.SOFTWARE, new String[] {
                "Installing {software|a simple tool|Python|Notepad++|a PDF tool} {takes|needs} {a ticket and 2 weeks|weeks|3 approvals}{. Please give us a software portal|}.",
                "[Engineering]We {need|should have} {local admin rights|admin rights} {for development|to install tools|on our laptops}{ - every install is a ticket|}.",
                "Not enough {Adobe|Visio|Power BI Pro|Miro} licenses, {we share one account|people wait weeks|I had to borrow a colleague's}.",
                "{Please|pls} keep {Excel|Office|our tools} up to date{, we still run old versions|}.",
                "[Engineering]{Docker|WSL|the IDE} {doesn't work|is blocked} on our laptops{ because of security settings|}, {which slows us down a lot|please sort this out}.",
        });

        SHORT.put(Theme.REPORTING, new String[] {
                "better reports",
                "dashboards that are up to date",
                "Excel export from {SAP|the ERP|Power BI}",
                "self-service BI",
                "{a sales|a margin|a KPI} dashboard",
        });
        LONG.put(Theme.REPORTING, new String[] {
                "{Reports|Dashboards} are {always|often} {out of date|a day late|wrong}{, so I build my own in Excel|}.",
                "I need {an Excel export|a proper export|to export data} from {SAP|the ERP|the dashboards} without {copy/paste|asking IT|formatting everything by hand}.",
                "{One|A single} dashboard with {all KPIs|sales and margin|stock and orders} instead of {10|five|many} different reports.",
                "{Power BI|The BI} reports {take minutes|are slow} to {load|refresh}.",
        });

        SHORT.put(Theme.ERP, new String[] {
                "{faster|a faster} SAP",
                "ERP that doesn't crash at month end",
                "faster month-end close",
                "quicker SAP reports",
                "{SAP|ERP} performance!!",
        });
        LONG.put(Theme.ERP, new String[] {
                "SAP is {unbearably|extremely|painfully} slow {at month end|during closing|in the last days of the month}{, reports take 20 minutes| - reports time out|}.",
                "[Finance,Executive]{Month-end|Closing} {is a nightmare|takes days} because {the ERP|SAP} {freezes|times out|crashes} when everyone runs reports.",
                "[Finance]We {lose|waste} hours waiting for {SAP|the ERP} {during close|to post invoices|to run the trial balance}.",
                "[Finance,Operations]{Invoice posting|Booking invoices|Posting} in {SAP|the ERP} {takes forever|is slow|hangs}{, especially at month end| on Mondays|}.",
                "{The|Our} ERP {needs|should get} {more performance|an upgrade|faster servers}{ before the next close|}.",
                "Please fix {SAP|the ERP} performance before {year-end|the next month end|the audit}.",
        });

        SHORT.put(Theme.FILES, new String[] {
                "more storage",
                "easier file sharing",
                "{shared drive|network drive} access",
                "one place for files",
                "OneDrive that syncs",
        });
        LONG.put(Theme.FILES, new String[] {
                "I never know {where to save files|which shared drive to use|if a file is on SharePoint or the S: drive}.",
                "{OneDrive|SharePoint} {sync|syncing} {breaks|fails|gets stuck} {every week|constantly}{ and I get duplicate files|}.",
                "Access to {shared drives|team folders|project folders} takes {days|a ticket and approvals}{, please speed it up|}.",
                "The {S: drive|shared drive} is {full|slow|a mess}.",
                "Sharing files with {customers|suppliers|external partners} is {impossible|way too complicated}{, we end up using WeTransfer|}.",
        });

        SHORT.put(Theme.ONBOARDING, new String[] {
                "faster onboarding",
                "new hires ready on day 1",
                "accounts ready on the first day",
                "{an |}offboarding checklist",
        });
        LONG.put(Theme.ONBOARDING, new String[] {
                "New {colleagues|hires|starters} {don't have|wait days for} {a laptop|accounts|access} on {their first day|day one}{, it looks unprofessional|}.",
                "{Onboarding|Setting up a new employee} {needs|requires} {5|6|too many} different tickets{. One form please|}.",
                "[HR]We send the onboarding form {two weeks|a month} ahead and new hires still have no laptop on day one.",
                "When people leave, their accounts stay {active|open} for {weeks|months}{ - that's a risk|}.",
                "[Sales,Marketing,Finance,Operations,Customer Service,Engineering,Executive]{Please|pls} {coordinate|sync} with HR so {new starters|new employees} get {their laptop|accounts} before {day one|they start}.",
        });

        SHORT.put(Theme.SERVICE_DESK, new String[] {
                "faster ticket responses",
                "quicker support",
                "someone to call",
                "status updates on tickets",
                "{more |}IT people on site",
        });
        LONG.put(Theme.SERVICE_DESK, new String[] {
                "{Tickets|My tickets} {take too long|sit for days} {without an answer|before someone looks at them}.",
                "I'd like {updates|status updates} on my tickets{ instead of silence|}.",
                "{The hotline|The service desk} {is hard to reach|never picks up} {before 9|at lunchtime|on Fridays}.",
                "{Please|Pls} don't close tickets before {the problem is fixed|checking with me}.",
                "{More IT people|An IT person} on site in {building B|our office} would help.",
                "[Operations]An IT person in the warehouse{, at least in the morning shift|} would help.",
        });

        // the two themes of QuarterChange: the Windows 11 upgrade (Q2 only), the AI assistant (Q3 only)
        SHORT.put(Theme.WINDOWS_11, new String[] {
                "a smoother Windows 11 upgrade",
                "{fewer|no more} problems after the Windows 11 {upgrade|migration}",
                "Windows 11 upgrades {outside working hours|at night|on the weekend}",
                "{more|earlier} notice before the Windows 11 upgrade",
                "my old {tools|add-ins|macros} working again on Windows 11",
                "a Windows 11 {quick guide|training}",
        });
        LONG.put(Theme.WINDOWS_11, new String[] {
                "The Windows 11 {upgrade|migration} {blocked my laptop|took my laptop away} for {half a day|three hours|a whole morning}{, please plan it outside working hours|}.",
                "{Please|Pls} tell us {earlier|in advance} when our {team|department} is in the next Windows 11 {wave|rollout}.",
                "After the {upgrade|migration} to Windows 11 {the taskbar|the start menu|everything} looks different and {nobody explained it|I can't find anything}. A short {training|guide} would help.",
                "{Some of our|Our old} {tools|macros|add-ins} {don't run|stopped working} on Windows 11{ since the upgrade|}, {please test them before the next wave|we need a fix}.",
                "Since the Windows 11 upgrade my {docking station|second screen|printer} {isn't detected|works only half the time}.",
                "[Engineering]The Windows 11 upgrade {broke|reset} {WSL|my dev setup|Docker}{, it took a day to set everything up again|}.",
        });

        SHORT.put(Theme.AI_ASSISTANT, new String[] {
                "{a Copilot licence|a Copilot license|Copilot access}{ for our team| for me|}",
                "access to {Copilot|an AI assistant} for work",
                "{an approved|a company} AI assistant",
                "Copilot in {Outlook|Teams|Word|Excel}",
                "clear rules for {AI tools|ChatGPT|Copilot}",
                "Copilot for everyone{!|, not just the pilot|}",
        });
        LONG.put(Theme.AI_ASSISTANT, new String[] {
                "{Please|Pls} give {us|our team|me} {a Copilot licence|access to Copilot}{, the pilot group loves it| - other departments already have it|}.",
                "We need {an approved|a company} AI {assistant|tool} {for writing offers|for summarising meetings|to draft emails}{ instead of everyone using ChatGPT privately|}.",
                "{ChatGPT|Every AI website} is blocked on our laptops. {Give us Copilot instead|What AI tool are we allowed to use?}",
                "Copilot {summaries|recaps} of Teams meetings would save {me|us} {hours|a lot of time} every week.",
                "When {do|will} we get Copilot{? The pilot started in July| in Outlook and Excel|}?",
                "[Marketing,Sales,Executive]{Copilot|An AI assistant} for {texts and presentations|campaign drafts|translations} would {help a lot|save us days}.",
                "[Engineering]{GitHub Copilot|An AI coding assistant} for {the developers|our team}{, please|, security said to ask IT|}.",
                "Training on how to use Copilot{ properly| and what data we may put in|}.",
        });
    }

    /** A blank-ish or non-committal answer. */
    static final String[] NON_ANSWERS = {
            "nothing", "Nothing", "nothing.", "n/a", "N/A", "-", "no", "No.", "nothing, all good", "All good, thanks",
            "nothing really", "idk", "not sure", "same as last time", ".", "Nothing at the moment", "nope", "see last survey",
    };

    /** One-word or vague answers that name no theme. */
    static final String[] VAGUE = {
            "faster", "Faster!", "speed", "everything faster", "better communication", "more support", "less bureaucracy",
            "simpler processes", "stability", "fewer changes", "less tools", "training", "More training on the tools",
            "Better communication when things are down",
    };

    /** Openers for a single need. */
    static final String[] OPENERS = {
            "Honestly, ", "Mainly: ", "Mostly ", "Top of my list: ", "For me: ", "Biggest thing: ", "Hmm, ", "As always: ",
    };

    static final String[] PRAISE = {
            "{Thanks|Thank you} for {the quick help|the fast support} {last week|with my laptop|recently}!",
            "{Marco|Svenja|Deniz|Katrin|Ole} from the service desk is {great|super helpful|a star}.",
            "IT is doing a good job overall.",
            "Service desk is always friendly{, thanks|}.",
            "Keep it up!",
            "Overall happy, just the small things.",
            "{The new laptops are great|The new laptop rollout went smoothly}, thanks.",
    };

    static final String[] VPN_FIXED_PRAISE = {
            "The new VPN is {so much|a lot|way} better, thanks!",
            "{Finally|Great that} the VPN {works|is stable} now{, thank you|!|}.",
            "{Working from home|Home office} is {so much|much} easier with the new VPN.",
            "Whoever did the VPN change: thank you!",
            "VPN in hotels works now, {great job|nice}.",
    };

    static final String[] COMPLAINTS = {
            "Tickets get closed without {asking|checking with} me.",
            "{Nobody|No one} {answers|responds} on the hotline.",
            "IT doesn't understand {how we work|our business}.",
            "Same problems {every quarter|as in the last survey}, nothing changes.",
            "I have reported {this|the printer problem|this issue} {5|many|several} times already.",
            "Why do we fill this survey if nothing happens?",
            "{Things|Changes} get rolled out without telling us{ first|}.",
    };

    static final String[] FINANCE_COMPLAINTS = {
            "Month-end close is a nightmare every single month.",
            "{SAP|The ERP} performance costs our team {hours|days} every month.",
            "{We|Finance} {raised|reported} the SAP slowness {months ago|many times}, {still no fix|nothing happened}.",
            "During closing we can't work properly{, SAP just freezes|}. {Please prioritise this|This has to be fixed}!",
    };

    static final String[] NEUTRAL = {
            "Survey is too long.", "Thanks for asking.", "Please share the results of this survey.", "no", "-",
            "nothing else", "All fine.", "Why is this survey every quarter?",
    };
}
